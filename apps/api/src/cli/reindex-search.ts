// `npm run search:reindex [-- --index NAME]`: rebuilds search indexes from the database,
// in place, page by page, so it is safe to run while Solidaria serves.
import { parseArgs } from 'node:util';
import { INDEXES, reindex } from '@solidaria/search';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { createNodeServices } from '../node-services';

try {
  const { values } = parseArgs({ options: { index: { type: 'string' } } });
  const names = INDEXES.map((d) => d.name);
  if (values.index && !names.includes(values.index)) {
    process.stderr.write(`Unknown index "${values.index}". Indexes: ${names.join(', ')}\n`);
    process.exit(1);
  }
  const services = createNodeServices({ ...loadConfig(), logLevel: 'warn' });
  await services.search.applySettings();
  for (const index of values.index ? [values.index] : names) {
    const bar = new SingleBar({ format: `${index.padEnd(12)} [{bar}] {value}/{total}`, hideCursor: true }, Presets.shades_classic);
    bar.start(1, 0);
    const started = performance.now();
    const count = await reindex(services.db, services.search, index, (done, total) => {
      bar.setTotal(Math.max(total, 1));
      bar.update(done);
    });
    bar.stop();
    process.stdout.write(`${index}: ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  services.db.close();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
