import type { Logger } from './logger';

/** A background job run every `everyMs` (and at once when `now`); stop() waits for a run in progress. */
export function runPeriodically(logger: Logger, name: string, job: () => Promise<unknown>, everyMs: number, now = false): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = job().catch((err: unknown) => logger.error({ err, job: name }, `${name} failed`));
  };
  if (now) tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
