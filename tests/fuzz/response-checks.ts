import { errorCodes } from '../../apps/api/src/errors/codes';

// What must never reach a caller: stack frames, source paths, and the names of the
// libraries and error classes underneath (a hint of what to attack next).
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /^\s*at\s+\S.*$/m],
  ['a stack frame', /\bat\s+[\w.$<>[\] ]+\s\(?[^)\s]*:\d+:\d+\)?/],
  ['a source path', /(?:^|[\s"'(])\/(?:work|home|usr|tmp|root|app|srv)\/\S/],
  ['a source file position', /\.(?:ts|js|mjs|cjs|svelte):\d+/],
  ['an internal error name', /SqliteError|SQLITE_[A-Z]|ZodError|TypeError|ReferenceError|RangeError|SyntaxError|better-sqlite3|drizzle|DrizzleError|node_modules/i],
];

/** Why a response leaks something, or undefined when it does not. */
export function leakIn(text: string): string | undefined {
  for (const [what, pattern] of LEAKS) {
    const found = pattern.exec(text);
    if (found) return `${what}: ${JSON.stringify(found[0].slice(0, 120))}`;
  }
  return undefined;
}

/** Why an error body is not the API's error envelope, or undefined when it is. */
export function notAnEnvelope(contentType: string | null, text: string): string | undefined {
  if (!contentType?.startsWith('application/json')) return `content-type ${contentType}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'a body that is not JSON';
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; requestId?: unknown } }).error;
  if (!error || typeof error !== 'object') return 'no error object';
  if (!(errorCodes as string[]).includes(error.code as string)) return `unknown code ${String(error.code)}`;
  if (typeof error.message !== 'string' || error.message.length === 0) return 'no message';
  if (typeof error.requestId !== 'string') return 'no requestId';
  return undefined;
}
