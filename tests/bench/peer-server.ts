// The API benchmark's peer: the same three requests answered by a bare Hono app on Node
// with MiniSearch over the same published offers (title, occupation label, description),
// no middleware, no database at request time. Run as its own process:
//   node --import tsx tests/bench/peer-server.ts <database file> <port>
// It prints one line, `ready <documents>`, once it listens.
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createMiniSearch, searchMiniSearch } from './minisearch';
import type { BenchOffer } from './offers-index';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function serve(file: string, port: number) {
  const db = openSqliteDatabase(file);
  const rows = await db.orm.all<{ id: number; title: string; description: string; occupation: string | null }>(sql`
    SELECT o.id, o.title, o.description, c.label_es AS occupation FROM offers o LEFT JOIN occupations c ON c.id = o.occupation_id WHERE o.status = 'published'`);
  db.close();
  const offers: BenchOffer[] = rows.map((r) => ({
    id: r.id, title: r.title, occupation: r.occupation ?? '', description: r.description, municipality: '', salary: 0, skills: [], remote: false,
  }));
  const titles = new Map(offers.map((o) => [o.id, o.title]));
  const search = createMiniSearch();
  search.addAll(offers);
  const find = (q: string) => {
    const { total, ids } = searchMiniSearch(search, q, 20);
    return { total, results: ids.map((id) => ({ id, title: titles.get(id) ?? '' })) };
  };

  const app = new Hono()
    .get('/api/health', (c) => c.json({ ok: true }))
    .get('/api/offers', (c) => c.json(find(c.req.query('q') ?? '')))
    .get('/jobs', (c) => {
      const q = c.req.query('q') ?? '';
      const { total, results } = find(q);
      const items = results.map((r) => `<li><a href="/jobs/${r.id}">${escape(r.title)}</a></li>`).join('');
      return c.html(`<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Empleos</title></head><body><main><h1>${total} empleos para «${escape(q)}»</h1><ol>${items}</ol></main></body></html>`);
    });
  createServer(getRequestListener(app.fetch)).listen(port, '127.0.0.1', () => console.log(`ready ${offers.length}`));
}

if (process.argv[2] && process.argv[3]) await serve(process.argv[2], Number(process.argv[3]));
