// Bounded HTTP load on loopback with autocannon: at most `amount` requests over
// `connections` connections, stopped at `maxSeconds` if they are not done by then, the
// paths taken in turn (so each search request asks something else).
import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  amount: number;
  maxSeconds: number;
}

export interface LoadResult {
  /** Requests answered (any status). */
  requests: number;
  seconds: number;
  perSecond: number;
  /** Latency in ms, as autocannon records it (whole milliseconds). */
  p50: number;
  p99: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  failures: number;
}

export function loadPaths(baseUrl: string, paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const path = () => paths[next++ % paths.length] as string;
  return new Promise((resolve, reject) => {
    let stopped = false;
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        amount: options.amount,
        timeout: 10,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) }],
      },
      (error, result) => {
        clearTimeout(timer);
        if (error) return reject(error);
        const requests = result.requests.total;
        resolve({
          requests,
          seconds: result.duration,
          perSecond: requests / Math.max(result.duration, 1e-9),
          p50: result.latency.p50,
          p99: result.latency.p99,
          failures: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    const timer = setTimeout(() => {
      if (!stopped) instance.stop();
      stopped = true;
    }, options.maxSeconds * 1000);
  });
}
