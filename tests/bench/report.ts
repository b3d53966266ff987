import type { Breakdown } from './diagnose';
import type { IndexingBreakdown } from './diagnose-indexing';
import type { IndexingResult } from './embedded';
import { percent, type PostingsRelevance, type Rate, type TaxonomyRelevance } from './relevance';
import type { ProbeMemory } from './serve-probe';
import type { Latency } from './timing';

export interface Paired {
  ours: Latency;
  mini: Latency | null;
  /** How many queries the set had before the time budget cut it. */
  planned: number;
}

export interface BenchResults {
  header: string[];
  indexing: { ours: IndexingResult; mini: IndexingResult | null };
  rss: { baseline: number; afterIndexing: number; afterQueries: number; mini: number | null; probe: ProbeMemory | null; compiledProbe: ProbeMemory | string };
  dbSizeMb: number;
  /** As you type on the title-like fields (the budget's measure); MiniSearch on the same fields. */
  asYouType: Paired;
  /** The same words over every field. */
  allFields: Paired;
  byLastWordAllFields: Record<string, Latency>;
  full: Paired;
  typo: { typo: Paired; exact: Paired };
  taxonomy: TaxonomyRelevance;
  postings: PostingsRelevance;
  byLastWord: Record<string, Latency>;
  breakdowns: { title: string; breakdown: Breakdown }[];
  indexingParts: IndexingBreakdown;
}

type Line = [measure: string, ours: string, mini: string, ratio: string, budget: string, ok: string];

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');
const num = (v: number) => Math.round(v).toLocaleString('en-US');
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const ratio = (a: number, b: number | undefined) => (b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '—');
const pct = (r: Rate) => `${percent(r).toFixed(1)} % (${r.found}/${r.n})`;

function latencyLines(name: string, set: Paired, budgets: { p95?: number; p99?: number }): Line[] {
  const cut = set.ours.n < set.planned ? ` — ${set.ours.n} of ${set.planned} queries (time budget)` : ` — ${set.ours.n} queries`;
  return (['p50', 'p95', 'p99'] as const).map((p, i) => {
    const budget = p === 'p95' ? budgets.p95 : p === 'p99' ? budgets.p99 : undefined;
    return [
      `${name} ${p}${i === 0 ? cut : ''}`,
      ms(set.ours[p]),
      set.mini ? ms(set.mini[p]) : '—',
      ratio(set.ours[p], set.mini?.[p]),
      budget === undefined ? '' : `≤ ${budget} ms`,
      budget === undefined ? '' : mark(set.ours[p] <= budget),
    ];
  });
}

function mainTable(r: BenchResults): Line[] {
  const typoAddedOurs = r.typo.typo.ours.p95 - r.typo.exact.ours.p95;
  const typoAddedMini = r.typo.typo.mini && r.typo.exact.mini ? r.typo.typo.mini.p95 - r.typo.exact.mini.p95 : Number.NaN;
  const tax = r.taxonomy;
  const lookup = r.breakdowns.find((b) => b.title.startsWith('(b)'))?.breakdown.steps['typo candidates'];
  const compiled = typeof r.rss.compiledProbe === 'string' ? null : r.rss.compiledProbe;
  // The budget is for the server as `npm start` runs it (compiled); tsx is for development.
  const probeLines = (name: string, p: ProbeMemory | null, failed: string, modules: string, budgeted: boolean): Line[] => [
    [`RSS, a fresh process serving queries from the index (after GC): ${name}`, p ? `${num(p.served)} MB` : failed, '', '', budgeted ? '≤ 150 MB' : '', budgeted ? mark((p?.served ?? Infinity) <= 150) : ''],
    [`… the same process before opening the database (${modules})`, p ? `${num(p.start)} MB` : '—', '', '', '', ''],
    ['… added by opening the index and serving queries', p ? `${num(p.served - p.start)} MB` : '—', '', '', '', ''],
  ];
  return [
    ['indexing, documents/s', num(r.indexing.ours.docsPerSecond), r.indexing.mini ? num(r.indexing.mini.docsPerSecond) : '—',
      ratio(r.indexing.ours.docsPerSecond, r.indexing.mini?.docsPerSecond), '≥ 50,000', mark(r.indexing.ours.docsPerSecond >= 50_000)],
    ['indexing, documents per CPU second of the process (less disturbed by other work on the machine)', num(r.indexing.ours.docsPerCpuSecond),
      r.indexing.mini ? num(r.indexing.mini.docsPerCpuSecond) : '—', ratio(r.indexing.ours.docsPerCpuSecond, r.indexing.mini?.docsPerCpuSecond), '', ''],
    ['indexing, total time', `${r.indexing.ours.seconds.toFixed(1)} s`, r.indexing.mini ? `${r.indexing.mini.seconds.toFixed(1)} s` : '—', '', '', ''],
    ...probeLines('TypeScript through tsx, as in development', r.rss.probe, 'probe failed', 'node + tsx + modules', false),
    ...probeLines('compiled to JavaScript, plain node, as `npm start` runs', compiled, typeof r.rss.compiledProbe === 'string' ? r.rss.compiledProbe : '', 'node + bundled modules', true),
    ['RSS, bench process right after indexing, corpus dropped (after GC)', `${num(r.rss.afterIndexing)} MB`, r.rss.mini === null ? '—' : `${num(r.rss.mini)} MB`,
      ratio(r.rss.afterIndexing, r.rss.mini ?? undefined), '', ''],
    ['RSS, bench process after the query sets (after GC)', `${num(r.rss.afterQueries)} MB`, '', '', '', ''],
    ['database file size (offers index only)', `${r.dbSizeMb.toFixed(1)} MB`, '—', '', '', ''],
    ...latencyLines('(a) as you type, title-like fields (title + occupation)', r.asYouType, { p95: 8, p99: 15 }),
    ...latencyLines("(a') the same words over all fields, description included", r.allFields, {}),
    ...latencyLines('(b) full query + snippets', r.full, { p95: 15 }),
    ...latencyLines('(c) same with one typo', r.typo.typo, {}),
    ...latencyLines('(c) same queries without the typo', r.typo.exact, {}),
    ['(c) typo expansion adds, at p95 (typo p95 − exact p95)', ms(typoAddedOurs), ms(typoAddedMini), '', '≤ 5 ms', mark(typoAddedOurs <= 5)],
    [`(c) typo candidate lookup alone, p95 (in ${lookup?.n ?? 0} of ${r.breakdowns.find((b) => b.title.startsWith('(b)'))?.breakdown.queries ?? 0} full queries; `
      + 'skipped when exact matches pass 1,000)', ms(lookup?.p95 ?? Number.NaN), '', '', '≤ 5 ms', mark((lookup?.p95 ?? Infinity) <= 5)],
    [`(d) taxonomy: alt. label → top 5 [${tax.source.startsWith('ESCO') ? 'ESCO' : 'starter only'}]`, pct(tax.asIs), '', '', '≥ 90 %', mark(percent(tax.asIs) >= 90)],
    ['(d) … with one typo', pct(tax.typo), '', '', '≥ 90 %', mark(percent(tax.typo) >= 90)],
    ['(d) … with one typo, word finished (trailing space: no prefix)', pct(tax.typoDone), '', '', '', ''],
    ['(d) … without accents', pct(tax.noAccents), '', '', '≥ 90 %', mark(percent(tax.noAccents) >= 90)],
    ['(e) EURES: occupation label → a posting of it in top 10', pct(r.postings.withLabel), '', '', '≥ 90 %', mark(percent(r.postings.withLabel) >= 90)],
    ['(e) … postings indexed without their label (title + text only)', pct(r.postings.textOnly), '', '', '', ''],
  ];
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderSummary(r: BenchResults): string {
  return table(['measure', 'embedded (SQLite FTS5)', 'MiniSearch', 'ours ÷ MiniSearch', 'budget', ''], mainTable(r));
}

/** The detail tables: where the embedded engine's time goes, step by step. */
export function renderDetails(r: BenchResults): string {
  const out: string[] = [];
  const byLength = (title: string, classes: Record<string, Latency>) => out.push(title, '',
    table(['last word', 'queries', 'p50', 'p95', 'p99'], Object.entries(classes).map(([k, l]) => [k, String(l.n), ms(l.p50), ms(l.p95), ms(l.p99)])), '');
  byLength('### (a) As you type (title-like fields), by length of the word being typed', r.byLastWord);
  byLength("### (a') The same words over all fields", r.byLastWordAllFields);
  for (const { title, breakdown: b } of r.breakdowns) {
    const vocabularies = b.vocabularies.map((v) => `${v.table}: ${num(v.terms)} terms, loaded in ${ms(v.loadMs)}`).join('; ');
    out.push(`### ${title}: time per step (${b.queries} queries; vocabularies ${vocabularies})`, '',
      table(['step', 'queries it ran in', 'p50', 'p95', 'p99', 'mean'], [
        ...Object.entries(b.steps).map(([step, l]) => [step, String(l.n), ms(l.p50), ms(l.p95), ms(l.p99), ms(l.mean)]),
        ['whole search', String(b.total.n), ms(b.total.p50), ms(b.total.p95), ms(b.total.p99), ms(b.total.mean)],
      ]), '');
  }
  out.push(`### Indexing, by part (${num(r.indexingParts.documents)} documents, fresh database)`, '',
    table(['part', 'seconds', 'documents/s if it were alone', 'CPU seconds', 'documents per CPU second'],
      r.indexingParts.parts.map((p) => [p.part, p.seconds.toFixed(2), num(p.docsPerSecond), p.cpuSeconds.toFixed(2), num(p.docsPerCpuSecond)])));
  const misses = [['(d) as is', r.taxonomy.asIs], ['(d) typo', r.taxonomy.typo], ['(d) typo, finished', r.taxonomy.typoDone], ['(d) no accents', r.taxonomy.noAccents],
    ['(e) with label', r.postings.withLabel], ['(e) text only', r.postings.textOnly]] as const;
  out.push('', '### Relevance misses (first few)', '', ...misses.map(([name, rt]) => `- ${name}: ${rt.misses.map((m) => `“${m}”`).join(', ') || 'none'}`));
  return out.join('\n');
}

export function renderReport(r: BenchResults): string {
  return [...r.header, '', renderSummary(r), '', '## Where the time goes', '', renderDetails(r), ''].join('\n');
}
