import { reindexWhereMissing, startSearchOutboxWorker } from '@solidaria/search';
import type { Config } from './config';
import { seedDemoData } from './demo/seed';
import { startOutboxWorker } from './mail/outbox-worker';
import { createSmtpTransport } from './mail/smtp-deliverer';
import { createNodeServices } from './node-services';
import { sendDailyDigest } from './notifications/daily-digest';
import { closeExpiredOffers } from './offers/close-expired';
import { runPeriodically } from './periodic';
import type { Services } from './services';

export interface NodeRuntime {
  services: Services;
  /** One line for the start-up log: which database and search engine serve. */
  describe(): string;
  /** Stops background work, then closes the database. */
  close(): Promise<void>;
}

/** Everything a Node host needs before it listens: services, migrations, demo data. */
export async function startNodeRuntime(config: Config): Promise<NodeRuntime> {
  const services = createNodeServices(config);
  const fillIndexes = async () => {
    await services.search.applySettings();
    const rebuilt = await reindexWhereMissing(services.db, services.search);
    if (rebuilt.length > 0) services.logger.info({ indexes: rebuilt }, 'search indexes rebuilt from the database');
  };
  // Meilisearch may be down at boot: its worker prepares the indexes (retrying) and then
  // drains the search outbox; the embedded engine is ready before the first request.
  const { meilisearch } = services;
  const searchWorker = meilisearch
    ? startSearchOutboxWorker({ db: services.db, client: meilisearch.client, logger: services.logger, prepare: fillIndexes })
    : undefined;
  if (!meilisearch) await fillIndexes();
  if (config.demo) {
    const file = await seedDemoData(services, config.dataDir);
    if (file) services.logger.info({ file }, `Demo accounts created; their sign-in details are in ${file}`);
  }
  const HOUR = 3_600_000;
  const closingSweep = runPeriodically(services.logger, 'closing expired offers', () => closeExpiredOffers(services), HOUR, true);
  // Checked hourly; sends only when a day has passed since the last digest.
  const digest = runPeriodically(services.logger, 'daily digest', () => sendDailyDigest(services), HOUR);
  // E-mail leaves the outbox only when SMTP_URL is set; otherwise it waits in the table.
  const smtp = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : undefined;
  const outbox = smtp
    ? startOutboxWorker({ ...services, send: smtp.send, ...(config.smtpFrom ? { from: config.smtpFrom } : {}) })
    : undefined;
  const mail = smtp ? `e-mail by SMTP via ${new URL(config.smtpUrl!).host}` : 'e-mail kept in the outbox';
  return {
    services,
    describe: () => `${services.describe()}, ${mail}`,
    close: async () => {
      await closingSweep.stop();
      await digest.stop();
      await searchWorker?.stop();
      await outbox?.stop();
      smtp?.close();
      services.db.close();
    },
  };
}
