import { describe, expect, it } from 'vitest';
import { createConsoleLogger, type LogSink } from './console-logger';

function capture() {
  const lines: { level: string; line: string }[] = [];
  const sink: LogSink = {
    info: (line: string) => lines.push({ level: 'info', line }),
    warn: (line: string) => lines.push({ level: 'warn', line }),
    error: (line: string) => lines.push({ level: 'error', line }),
  };
  return { lines, logger: createConsoleLogger(sink) };
}

describe('the Workers console logger', () => {
  it('writes one JSON line per call at the console level of the call', () => {
    const { lines, logger } = capture();
    logger.warn({ requestId: 'r1', status: 429 }, 'rate limited');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('warn');
    expect(JSON.parse(lines[0]?.line ?? '')).toMatchObject({ level: 'warn', msg: 'rate limited', requestId: 'r1', status: 429 });
  });

  it('keeps an error\'s message and stack, and lets no field overwrite the level or message', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('boom'), msg: 'forged', level: 'info' }, 'unhandled error');
    const entry = JSON.parse(lines[0]?.line ?? '');
    expect(entry).toMatchObject({ level: 'error', msg: 'unhandled error', err: { type: 'Error', message: 'boom' } });
    expect(entry.err.stack).toContain('boom');
  });

  it('never throws, even for fields that cannot be serialised', () => {
    const { lines, logger } = capture();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.info({ cycle, big: 10n }, 'odd fields')).not.toThrow();
    expect(JSON.parse(lines[0]?.line ?? '')).toMatchObject({ msg: 'odd fields' });
  });
});
