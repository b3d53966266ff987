/** Latency figures of one query set, in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Each query's time, in the order the queries were given. */
  times: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function latencyOf(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / Math.max(1, times.length);
  return { n: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean, times };
}

/**
 * Runs the queries one after the other as a single user would, after a short warm-up on
 * the first few, and times each one; stops early once `budgetMs` has been spent.
 */
export async function timeQueries(
  queries: readonly string[],
  run: (q: string) => unknown,
  options: { warmup?: number; budgetMs?: number } = {},
): Promise<Latency> {
  for (const q of queries.slice(0, options.warmup ?? 10)) await run(q);
  const times: number[] = [];
  const start = performance.now();
  for (const q of queries) {
    if (performance.now() - start > (options.budgetMs ?? Infinity)) break;
    const t = performance.now();
    await run(q);
    times.push(performance.now() - t);
  }
  return latencyOf(times);
}

/** The same, for pairs of queries timed alternately (a query and its variant). */
export async function timePairs(
  pairs: readonly { exact: string; typo: string }[],
  run: (q: string) => unknown,
  budgetMs = Infinity,
): Promise<{ exact: Latency; typo: Latency }> {
  for (const p of pairs.slice(0, 5)) await run(p.exact);
  const exact: number[] = [];
  const typo: number[] = [];
  const start = performance.now();
  for (const p of pairs) {
    if (performance.now() - start > budgetMs) break;
    for (const [q, list] of [[p.exact, exact], [p.typo, typo]] as const) {
      const t = performance.now();
      await run(q);
      list.push(performance.now() - t);
    }
  }
  return { exact: latencyOf(exact), typo: latencyOf(typo) };
}

export const gc = (globalThis as { gc?: () => void }).gc;

/** The process's resident memory in MB, after a full collection when node runs with --expose-gc. */
export function rssMb(): number {
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().rss / 1e6;
}

export const seconds = (start: number) => (performance.now() - start) / 1000;
