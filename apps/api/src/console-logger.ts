import type { Logger } from './logger';

type Level = 'info' | 'warn' | 'error';

/** What the console logger writes to; the global console on Workers, a fake in tests. */
export type LogSink = Pick<Console, Level>;

// Error objects stringify to "{}", so their name, message and stack are copied out;
// a bigint would make JSON.stringify throw. The stack only ever reaches the log.
function jsonSafe(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { type: value.name, message: value.message, stack: value.stack, ...(value.cause !== undefined ? { cause: value.cause } : {}) };
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * The Workers logger: one JSON line per call through console.info/warn/error, so the
 * Workers log keeps the level, and never console.log, which it files as "log". Logging
 * never throws: fields that cannot be serialised (a cycle, say) are replaced by a note.
 */
export function createConsoleLogger(sink: LogSink = console): Logger {
  const write = (level: Level, fields: Record<string, unknown>, msg: string) => {
    const head = { level, time: Date.now(), msg };
    let line: string;
    try {
      // The head goes first for reading and last so no field can overwrite it.
      line = JSON.stringify(Object.assign({}, head, fields, head), jsonSafe);
    } catch {
      line = JSON.stringify({ ...head, logError: 'the fields of this line could not be serialised' });
    }
    sink[level](line);
  };
  return {
    info: (fields, msg) => write('info', fields, msg),
    warn: (fields, msg) => write('warn', fields, msg),
    error: (fields, msg) => write('error', fields, msg),
  };
}
