import BetterSqlite3 from 'better-sqlite3';
import { openSqliteDatabase } from '@solidaria/db/node';
import { INDEX_SOURCES } from '@solidaria/search';
import { join } from 'node:path';
import type { Acknowledged, Stage } from './workload';

export interface Findings {
  integrity: string;
  /** Acknowledged writes that are not in the database as acknowledged. */
  lost: string[];
  /** Rows written in part: an order without items, stock that does not add up, a user without a role. */
  halfWritten: string[];
  /** Search documents that differ from what the database says they should be. */
  indexMismatches: string[];
  /** Rows per search index, to print. */
  indexed: Record<string, number>;
}

type Row = Record<string, unknown>;

/** What an acknowledged write left, or why it is not there. */
function checkAcknowledged(db: BetterSqlite3.Database, ack: Acknowledged): string | undefined {
  if (ack.kind === 'registration') {
    const user = db.prepare('SELECT email FROM users WHERE id = ?').get(ack.id) as Row | undefined;
    return user?.email === ack.email ? undefined : `registration ${ack.email} (user ${ack.id})`;
  }
  if (ack.kind === 'offer') {
    const offer = db.prepare('SELECT description, status FROM offers WHERE id = ?').get(ack.id) as Row | undefined;
    if (!offer || !String(offer.description).includes(ack.reference)) return `offer ${ack.id} (${ack.reference})`;
    // A draft whose submission was cut off by a kill may have been submitted all the same.
    const fine = ack.status === 'draft' ? ['draft', 'published', 'pending_review'] : [ack.status];
    return fine.includes(String(offer.status)) ? undefined : `offer ${ack.id} is ${String(offer.status)}, acknowledged as ${ack.status}`;
  }
  const order = db.prepare('SELECT public_id FROM orders WHERE id = ?').get(ack.id) as Row | undefined;
  const item = db.prepare('SELECT quantity FROM order_items WHERE order_id = ?').get(ack.id) as Row | undefined;
  return order?.public_id === ack.publicId && item?.quantity === ack.quantity ? undefined : `order ${ack.publicId}`;
}

function halfWrittenRows(db: BetterSqlite3.Database, stage: Stage): string[] {
  const problems: string[] = [];
  const all = (query: string) => db.prepare(query).all() as Row[];
  for (const r of all('SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)')) problems.push(`order ${String(r.id)} has no items`);
  for (const r of all('SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id)')) problems.push(`order ${String(r.id)} has no history`);
  for (const r of all('SELECT o.id FROM orders o WHERE o.total_minor != (SELECT sum(unit_price_minor * quantity) FROM order_items i WHERE i.order_id = o.id)')) problems.push(`order ${String(r.id)}: total is not the sum of its items`);
  for (const r of all('SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM user_roles g WHERE g.user_id = u.id)')) problems.push(`user ${String(r.id)} has no role`);
  for (const r of all("SELECT o.id FROM offers o WHERE NOT EXISTS (SELECT 1 FROM offer_events e WHERE e.offer_id = o.id) AND o.status != 'draft'")) problems.push(`offer ${String(r.id)} moved without history`);
  const stock = db.prepare('SELECT stock FROM products WHERE id = ?').get(stage.productId) as { stock: number };
  const held = db
    .prepare("SELECT coalesce(sum(i.quantity), 0) AS n FROM order_items i JOIN orders o ON o.id = i.order_id WHERE i.product_id = ? AND o.state NOT IN ('cancelled', 'refunded')")
    .get(stage.productId) as { n: number };
  if (stock.stock + held.n !== stage.initialStock) problems.push(`stock ${stock.stock} + ${held.n} held by orders ≠ ${stage.initialStock} at the start`);
  return problems;
}

// Lists in documents are sets (skill ids, market days to filter by): the order the
// database returns them in is not part of the data.
const comparable = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

function differingFields(stored: Row, wanted: Row): string[] {
  const fields = new Set([...Object.keys(stored), ...Object.keys(wanted)]);
  return [...fields].filter((f) => comparable(stored[f]) !== comparable(wanted[f])).map((f) => `${f} (${JSON.stringify(stored[f])} ≠ ${JSON.stringify(wanted[f])})`);
}

/** Every index's documents, as the database says they should be, against the stored ones; and the FTS rows against both. */
async function indexMismatches(file: string): Promise<{ mismatches: string[]; indexed: Record<string, number> }> {
  const db = openSqliteDatabase(file);
  const raw = new BetterSqlite3(file, { readonly: true });
  const mismatches: string[] = [];
  const indexed: Record<string, number> = {};
  try {
    for (const source of INDEX_SOURCES) {
      const name = source.definition.name;
      const expected = new Map<number, string>();
      for (let afterId = 0; ; ) {
        const page = await source.page(db, afterId, 2_000);
        if (page.length === 0) break;
        for (const doc of page) expected.set(doc.id, JSON.stringify(doc));
        afterId = page.at(-1)!.id;
      }
      const stored = raw.prepare(`SELECT id, doc FROM "search_${name}_docs"`).all() as { id: number; doc: string }[];
      indexed[name] = stored.length;
      for (const row of stored) {
        const want = expected.get(row.id);
        if (want === undefined) mismatches.push(`${name} ${row.id}: indexed, but not in the data`);
        else {
          const differing = differingFields(JSON.parse(row.doc) as Row, JSON.parse(want) as Row);
          if (differing.length) mismatches.push(`${name} ${row.id}: the indexed ${differing.join(', ')} differ from the data`);
        }
        expected.delete(row.id);
      }
      for (const id of expected.keys()) mismatches.push(`${name} ${id}: in the data, missing from the index`);
      for (const fts of [`search_${name}`, `search_${name}__all`]) {
        const exists = raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(fts);
        if (!exists) continue;
        const { n } = raw.prepare(`SELECT count(*) AS n FROM "${fts}"`).get() as { n: number };
        if (n !== stored.length) mismatches.push(`${fts} has ${n} rows for ${stored.length} documents`);
      }
    }
  } finally {
    raw.close();
    db.close();
  }
  return { mismatches, indexed };
}

/** Looks at a stopped server's database: integrity, acknowledged writes, half-written rows, the search index. */
export async function inspect(dataDir: string, acknowledged: readonly Acknowledged[], stage: Stage): Promise<Findings> {
  const file = join(dataDir, 'solidaria.db');
  const db = new BetterSqlite3(file, { fileMustExist: true });
  let integrity: string;
  let lost: string[];
  let halfWritten: string[];
  try {
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    lost = acknowledged.map((ack) => checkAcknowledged(db, ack)).filter((p): p is string => p !== undefined);
    halfWritten = halfWrittenRows(db, stage);
  } finally {
    db.close();
  }
  const { mismatches, indexed } = await indexMismatches(file);
  return { integrity, lost, halfWritten, indexMismatches: mismatches, indexed };
}
