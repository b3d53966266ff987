// The one table `npm run bench` prints: each measure of Solidaria beside the same request on
// a peer (MiniSearch, or a bare Hono app) where one exists, as a ratio, and the budget of
// the issue that set one.
import type { ApiBench, ApiTarget } from './api-bench';
import { percent, type Rate } from './relevance';
import type { BenchResults } from './report';
import type { Latency } from './timing';

export interface MatchingSummary {
  candidates: Latency;
  recommendations: Latency;
  /** Profiles and offers of the matching database. */
  profiles: number;
  offers: number;
}

export interface Summary {
  search: BenchResults | null;
  matching: MatchingSummary | null;
  api: ApiBench | null;
}

type Row = [measure: string, ours: string, peer: string, ratio: string, budget: string, ok: string];

const ms = (v: number) => (Number.isFinite(v) ? `${(Math.abs(v) < 0.05 ? 0 : v).toFixed(1)} ms` : '—');
const num = (v: number) => Math.round(v).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const ratio = (a: number, b: number | null | undefined) => (b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '—');
const within = (value: number, max: number): [string, string] => [`≤ ${max} ms`, mark(value <= max)];

function searchRows(r: BenchResults): Row[] {
  const n = (l: Latency) => l.n.toLocaleString('en-US');
  const latency = (name: string, ours: Latency, mini: Latency | null, budgets: Partial<Record<'p95' | 'p99', number>>): Row[] =>
    (['p50', 'p95', 'p99'] as const).map((p) => {
      const budget = p === 'p50' ? undefined : budgets[p];
      return [`${name} ${p}`, ms(ours[p]), mini ? ms(mini[p]) : '—', ratio(ours[p], mini?.[p]), ...(budget === undefined ? ['', ''] as [string, string] : within(ours[p], budget))];
    });
  const typoOurs = r.typo.typo.ours.p95 - r.typo.exact.ours.p95;
  const typoMini = r.typo.typo.mini && r.typo.exact.mini ? r.typo.typo.mini.p95 - r.typo.exact.mini.p95 : Number.NaN;
  const compiled = typeof r.rss.compiledProbe === 'string' ? null : r.rss.compiledProbe;
  return [
    ...latency(`search as you type (title-like fields, ${n(r.asYouType.ours)} queries)`, r.asYouType.ours, r.asYouType.mini, { p95: 8, p99: 15 }),
    ...latency(`search, full query with snippets (${n(r.full.ours)} queries)`, r.full.ours, r.full.mini, { p95: 15 }),
    ['typo expansion cost: p95 with one typo − p95 without', ms(typoOurs), ms(typoMini), '', ...within(typoOurs, 5)],
    [`indexing, documents/s (${num(r.indexing.ours.documents)} offers, the engine's writes in batches of 5,000)`, num(r.indexing.ours.docsPerSecond),
      r.indexing.mini ? num(r.indexing.mini.docsPerSecond) : '—', ratio(r.indexing.ours.docsPerSecond, r.indexing.mini?.docsPerSecond), '≥ 50,000', mark(r.indexing.ours.docsPerSecond >= 50_000)],
    ['… documents per CPU second of the process (about what the clock gives when the cores are idle)', num(r.indexing.ours.docsPerCpuSecond),
      r.indexing.mini ? num(r.indexing.mini.docsPerCpuSecond) : '—', ratio(r.indexing.ours.docsPerCpuSecond, r.indexing.mini?.docsPerCpuSecond), '', ''],
    ...floorRows(r),
    ['RSS, a compiled process serving search from that index (after GC)', compiled ? `${num(compiled.served)} MB` : String(r.rss.compiledProbe), '', '', '≤ 150 MB', mark((compiled?.served ?? Infinity) <= 150)],
    ['RSS, the bench process after indexing (after GC)', `${num(r.rss.afterIndexing)} MB`, r.rss.mini === null ? '—' : `${num(r.rss.mini)} MB`, ratio(r.rss.afterIndexing, r.rss.mini), '', ''],
    ['database size, search corpus (offers index only)', `${r.dbSizeMb.toFixed(0)} MB`, '', '', '', ''],
    relevanceRow(`relevance: an occupation's alternative label → it in the top 5, as is / one typo / no accents (${r.taxonomy.source.startsWith('ESCO') ? 'full ESCO' : 'starter taxonomy only'})`,
      [r.taxonomy.asIs, r.taxonomy.typo, r.taxonomy.noAccents]),
    relevanceRow('relevance: a EURES posting\'s ESCO label → a posting of it in the top 10', [r.postings.withLabel]),
  ];
}

/**
 * What the indexing budget asks of FTS5 itself: its least work on the same descriptions
 * (nothing else written), and that plus the engine's two other tables, each timed alone.
 */
function floorRows(r: BenchResults): Row[] {
  const part = (prefix: string) => r.indexingParts.parts.find((p) => p.part.startsWith(prefix));
  const [floor, titles, documents] = [part('floor:'), part('title-like FTS5 table'), part('documents table')];
  if (!floor || !titles || !documents) return [];
  const n = r.indexingParts.documents;
  const least = n / (floor.seconds + titles.seconds + documents.seconds);
  return [
    [`… floor: FTS5 alone on the descriptions (no positions, no merging, nothing else written; ${num(n)} offers)`, num(floor.docsPerSecond), '', '', '', ''],
    ['… that floor plus the title-like table and the documents table, each timed alone: the least the engine could write', num(least), '', '', '≥ 50,000', mark(least >= 50_000)],
  ];
}

function relevanceRow(name: string, rates: Rate[]): Row {
  const shown = rates.map((rate) => `${percent(rate).toFixed(1)} %`).join(' / ');
  return [`${name} (${rates.map((rate) => rate.n).join(' / ')} samples)`, shown, '', '', '≥ 90 %', mark(rates.every((rate) => percent(rate) >= 90))];
}

function matchingRows(m: MatchingSummary): Row[] {
  const on = `${num(m.profiles)} profiles, ${num(m.offers)} offers`;
  return [
    [`matching p95: candidates for an offer (${m.candidates.n} calls through the in-process API; ${on})`, ms(m.candidates.p95), '', '', ...within(m.candidates.p95, 50)],
    [`matching p95: recommendations for a seeker (${m.recommendations.n} calls, the same way)`, ms(m.recommendations.p95), '', '', ...within(m.recommendations.p95, 50)],
  ];
}

function targetRows(t: ApiTarget): Row[] {
  const failed = (f: number) => (f > 0 ? `, ${num(f)} failed` : '');
  const count = `${num(t.ours.requests)} requests${failed(t.ours.failures)}`;
  return [
    [`${t.name}: requests/s (${count}, ${t.options.connections} connections)`, num(t.ours.perSecond),
      t.peer ? `${num(t.peer.perSecond)}${failed(t.peer.failures)}` : '—', ratio(t.ours.perSecond, t.peer?.perSecond), '', t.ours.failures === 0 ? '' : '✗ errors'],
    [`${t.name}: p99 under that load`, ms(t.ours.p99), t.peer ? ms(t.peer.p99) : '—', ratio(t.ours.p99, t.peer?.p99), ...within(t.ours.p99, 500)],
  ];
}

function apiRows(a: ApiBench): Row[] {
  return [
    ...a.reindex.map((r): Row => [`reindex from the database (\`npm run search:reindex\` path), ${r.index}: documents/s (${num(r.documents)})`, num(r.docsPerSecond), '', '', '', '']),
    ...a.targets.flatMap(targetRows),
    ['RSS of the server process after the load', `${num(a.serverRss.end)} MB`, a.peerRss === null ? '—' : `${num(a.peerRss)} MB`, ratio(a.serverRss.end, a.peerRss), '', ''],
    ['… the same process when it began serving', `${num(a.serverRss.start)} MB`, '', '', '', ''],
    ['database size, API benchmark (profiles, offers, taxonomy, their indexes)', `${a.dbSizeMb.toFixed(0)} MB`, '', '', '', ''],
  ];
}

const PEERS = 'peer: MiniSearch (same corpus and queries) for search; a bare Hono app on Node with MiniSearch over the same offers for the API';

export function renderTable(s: Summary): string {
  const rows: Row[] = [
    ...(s.search ? searchRows(s.search) : []),
    ...(s.matching ? matchingRows(s.matching) : []),
    ...(s.api ? apiRows(s.api) : []),
  ];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const head = ['measure', 'Solidaria', 'peer', 'ours ÷ peer', 'budget', ''];
  return [line(head), line(head.map(() => '---')), ...rows.map(line), '', PEERS].join('\n');
}
