CREATE TABLE `enterprise_members` (
	`enterprise_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`enterprise_id`, `user_id`),
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enterprise_members_user` ON `enterprise_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`municipality_id` integer NOT NULL,
	`whatsapp` text,
	`phone` text,
	`email` text,
	`pickup_point` text NOT NULL,
	`payment_methods` text NOT NULL,
	`payment_instructions` text NOT NULL,
	`programme` integer DEFAULT false NOT NULL,
	`stripe_account_id` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_slug_unique` ON `enterprises` (`slug`);--> statement-breakpoint
CREATE INDEX `enterprises_municipality` ON `enterprises` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `market_day_enterprises` (
	`market_day_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	PRIMARY KEY(`market_day_id`, `enterprise_id`),
	FOREIGN KEY (`market_day_id`) REFERENCES `market_days`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `market_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`market_id` integer NOT NULL,
	`date` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`orders_close_hours_before` integer DEFAULT 24 NOT NULL,
	FOREIGN KEY (`market_id`) REFERENCES `markets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `market_days_once` ON `market_days` (`market_id`,`date`);--> statement-breakpoint
CREATE TABLE `markets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`municipality_id` integer NOT NULL,
	`place` text NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `markets_slug_unique` ON `markets` (`slug`);--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` integer,
	`from_state` text,
	`to_state` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `order_events_order` ON `order_events` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`order_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit_price_minor` integer NOT NULL,
	`quantity` integer NOT NULL,
	PRIMARY KEY(`order_id`, `product_id`),
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_id` text NOT NULL,
	`enterprise_id` integer NOT NULL,
	`buyer_user_id` integer,
	`buyer_name` text NOT NULL,
	`buyer_phone` text,
	`buyer_email` text,
	`payment_method` text NOT NULL,
	`market_day_id` integer,
	`note` text NOT NULL,
	`state` text NOT NULL,
	`total_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`stripe_session_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`buyer_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`market_day_id`) REFERENCES `market_days`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_public_id_unique` ON `orders` (`public_id`);--> statement-breakpoint
CREATE INDEX `orders_enterprise` ON `orders` (`enterprise_id`,`state`);--> statement-breakpoint
CREATE INDEX `orders_buyer` ON `orders` (`buyer_user_id`);--> statement-breakpoint
CREATE TABLE `payment_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`order_id` integer,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`category` text NOT NULL,
	`price_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`stock` integer,
	`active` integer NOT NULL,
	`photo_ids` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "products_stock_not_negative" CHECK("products"."stock" is null or "products"."stock" >= 0)
);
--> statement-breakpoint
CREATE INDEX `products_enterprise` ON `products` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_user_id` integer,
	`widths` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
