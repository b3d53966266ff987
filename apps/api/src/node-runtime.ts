import type { Config } from './config';
import { seedDemoData } from './demo/seed';
import { createNodeServices } from './node-services';
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
  if (config.demo) {
    const file = await seedDemoData(services, config.dataDir);
    if (file) services.logger.info({ file }, `Demo accounts created; their sign-in details are in ${file}`);
  }
  return {
    services,
    describe: services.describe,
    close: async () => services.db.close(),
  };
}
