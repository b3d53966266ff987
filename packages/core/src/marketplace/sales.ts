import { dateTimeFormat } from '../formats/intl';
import type { OrderState } from './orders';

/** The calendar month (YYYY-MM) a moment falls in, in a time zone. */
export function monthIn(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(dateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}`;
}

/** The `count` months up to and including `month` (YYYY-MM), oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const back = year * 12 + (number - 1) - (count - 1 - i);
    return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`;
  });
}

export interface MonthSales {
  month: string;
  totalMinor: number;
  count: number;
}

interface SoldOrder {
  state: OrderState;
  totalMinor: number;
  /** When the order last moved; for a completed order, when it was completed. */
  updatedAt: Date;
}

/**
 * Completed orders added up by the month they were completed in, in the municipality's
 * time zone (an order completed at 19:00 on the 31st in Upala is that month's, though it
 * is the next month in UTC). Integer minor units only.
 */
export function monthlySales(orders: readonly SoldOrder[], timeZone: string, now: Date, count = 6): MonthSales[] {
  const months = monthsUpTo(monthIn(now, timeZone), count);
  const byMonth = new Map(months.map((month) => [month, { month, totalMinor: 0, count: 0 }]));
  for (const order of orders) {
    if (order.state !== 'completed') continue;
    const entry = byMonth.get(monthIn(order.updatedAt, timeZone));
    if (!entry) continue;
    entry.totalMinor += order.totalMinor;
    entry.count += 1;
  }
  return months.map((month) => byMonth.get(month)!);
}
