import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from '@solidaria/db';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';

// Money is an integer number of minor units with a currency code, everywhere it is kept
// or computed; only a page's formatting turns it into words.
const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['apps/api/src', 'packages/core/src', 'packages/db/src', 'packages/payments/src', 'search/src', 'apps/web/src/lib/server'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('money', () => {
  it('is kept in integer columns named for their minor units', () => {
    const tables: SQLiteTable[] = Object.values(schema).filter((table) => typeof table === 'object' && table !== null && Symbol.for('drizzle:IsDrizzleTable') in table);
    const moneyColumns = tables
      .flatMap((table) => {
        const config = getTableConfig(table);
        return config.columns.filter((c) => /(_minor|price|salary|total|amount)/.test(c.name) && c.name !== 'salary_period').map((c) => ({ column: `${config.name}.${c.name}`, type: c.getSQLType() }));
      });
    // offers' salaries, products' prices, orders' totals and their lines' prices
    expect(moneyColumns.map((c) => c.column).sort()).toEqual(['offers.salary_max_minor', 'offers.salary_min_minor', 'order_items.unit_price_minor', 'orders.total_minor', 'products.price_minor']);
    expect(moneyColumns.filter((c) => c.type !== 'integer' || !c.column.endsWith('_minor'))).toEqual([]);
  });

  it('is never read with parseFloat nor rounded with toFixed in server code', () => {
    const offending = SOURCES.flatMap((dir) => files(join(root, dir)))
      .filter((file) => !file.includes('/cli/'))
      .filter((file) => /parseFloat\(|\.toFixed\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offending).toEqual([]);
  });
});
