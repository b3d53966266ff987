import { request } from 'node:http';

export interface Reply {
  status: number;
  body: unknown;
  /** The session cookie set by the answer, as a Cookie header value. */
  cookie?: string;
}

/**
 * The loopback address of the n-th person (127.0.x.y): the whole of 127.0.0.0/8 reaches
 * this machine, so many people can each come from an address of their own, as they do in
 * real life, and the per-address rate limits see them as different people.
 */
export const personAddress = (n: number) => `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;

/** One JSON request to the server from a chosen loopback address; rejects on socket errors. */
export function callJson(url: string, method: string, path: string, options: { body?: unknown; cookie?: string; from?: string } = {}): Promise<Reply> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method,
        agent: false,
        ...(options.from ? { localAddress: options.from } : {}),
        headers: {
          accept: 'application/json',
          ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const session = res.headers['set-cookie']?.find((c) => c.includes('solidaria_session='));
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, body, ...(session ? { cookie: session.split(';')[0] } : {}) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
