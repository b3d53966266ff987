import { deliverDueEmails, describeError, type DeliveryOptions } from './smtp-deliverer';

export interface OutboxWorker {
  /** Stops the timer and waits for a run in flight, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox's due e-mail now and then every `intervalMs`. Runs never overlap
 * (a tick while one is in flight is skipped) and the timer does not keep the process alive.
 */
export function startOutboxWorker(options: DeliveryOptions & { intervalMs?: number }): OutboxWorker {
  const { intervalMs = 5000, ...delivery } = options;
  let inFlight: Promise<void> | undefined;
  let stopped = false;

  const run = () => {
    if (stopped || inFlight) return;
    inFlight = deliverDueEmails(delivery)
      .then(
        (counts) => {
          if (counts.sent + counts.failed > 0) delivery.logger.info(counts, 'outbox e-mail run');
        },
        (error: unknown) => delivery.logger.error({ error: describeError(error) }, 'outbox e-mail run failed'),
      )
      .finally(() => {
        inFlight = undefined;
      });
  };

  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await inFlight;
    },
  };
}
