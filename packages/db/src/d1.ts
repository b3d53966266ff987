import type { D1Database } from '@cloudflare/workers-types';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import type { Database, Orm } from './database';
import * as schema from './schema';

/** The application's database on a Cloudflare D1 binding (migrated by wrangler). */
export function openD1Database(binding: D1Database): Database {
  const orm = drizzle(binding, { schema });
  return {
    driver: 'd1',
    orm: orm as unknown as Orm,
    async atomic(writes) {
      const [first, ...rest] = writes;
      if (first) await orm.batch([first, ...rest]);
    },
    async ping() {
      try {
        await orm.run(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    close() {},
  };
}
