import { defineConfig } from 'drizzle-kit';

// The same folder is the D1 migrations folder in wrangler.toml.
export default defineConfig({
  dialect: 'sqlite',
  schema: './packages/db/src/schema.ts',
  out: './packages/db/migrations',
});
