// The matching benchmark's report: the three measures beside the budgets of issue 7, the
// counts per call, memory and size, then where the time goes, step by step.
import type { StepBreakdown } from './matching-steps';
import type { Latency } from './timing';

export interface Measure {
  name: string;
  latency: Latency;
  planned: number;
  budgetP95: number;
  /** What one call retrieved, scored and returned, on average. */
  note: string;
}

export interface Proposal {
  title: string;
  where: string;
  /** The step as it is and as proposed, timed on the same requests. */
  before: Latency;
  after: Latency;
  note: string;
}

export interface MatchingResults {
  header: string[];
  measures: Measure[];
  facts: [string, string][];
  breakdowns: { title: string; breakdown: StepBreakdown; endToEnd: Latency }[];
  proposals: Proposal[];
  conclusions: string[];
}

export const ms = (v: number) => (Number.isFinite(v) ? (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(1)} ms`) : '—');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderSummary(r: MatchingResults): string {
  const rows = r.measures.map((m) => [
    `${m.name} — ${m.latency.n}${m.latency.n < m.planned ? ` of ${m.planned} (time budget)` : ''} calls`,
    ms(m.latency.p50), ms(m.latency.p95), ms(m.latency.p99), `p95 ≤ ${m.budgetP95} ms`, mark(m.latency.p95 <= m.budgetP95), m.note,
  ]);
  return [table(['measure', 'p50', 'p95', 'p99', 'budget', '', 'per call'], rows), '', table(['', ''], r.facts)].join('\n');
}

function breakdownTable(b: StepBreakdown, endToEnd: Latency): string {
  const rows = Object.entries(b.steps)
    .sort(([, x], [, y]) => y.mean - x.mean)
    .map(([step, l]) => [step, ms(l.p50), ms(l.p95), ms(l.mean), `${((100 * l.mean) / b.total.mean).toFixed(0)} %`]);
  rows.push(['**sum of the steps**', ms(b.total.p50), ms(b.total.p95), ms(b.total.mean), '100 %']);
  rows.push(['the same requests through `app.request` (whole API stack)', ms(endToEnd.p50), ms(endToEnd.p95), ms(endToEnd.mean), '']);
  const counts = Object.entries(b.counts).map(([name, c]) => `${name}: mean ${Math.round(c.mean).toLocaleString('en-US')}, max ${Math.round(c.max).toLocaleString('en-US')}`);
  return [table(['step', 'p50', 'p95', 'mean', 'share of the mean'], rows), '', ...counts.map((c) => `- ${c}`)].join('\n');
}

export function renderReport(r: MatchingResults): string {
  const out = [...r.header, '', renderSummary(r), '', '## Where the time goes', ''];
  for (const { title, breakdown, endToEnd } of r.breakdowns) out.push(`### ${title} (${breakdown.requests} requests, timed step by step on a copy of the handler)`, '', breakdownTable(breakdown, endToEnd), '');
  if (r.proposals.length) {
    out.push('## Proposed changes, measured on copies of the logic in tests/bench', '');
    out.push(table(['change', 'where', 'step now p50 / p95', 'proposed p50 / p95', 'note'], r.proposals.map((p) => [
      p.title, p.where, `${ms(p.before.p50)} / ${ms(p.before.p95)}`, `${ms(p.after.p50)} / ${ms(p.after.p95)}`, p.note,
    ])), '');
  }
  if (r.conclusions.length) out.push('## Reading', '', ...r.conclusions.map((c) => `- ${c}`), '');
  return out.join('\n');
}
