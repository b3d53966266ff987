// `npm run taxonomy:import -- <folder>`: imports the full ESCO classification (ISCO-08
// groups, occupations, skills and their relations) from the CSV files of an ESCO download
// laid out as ../shared/esco. Idempotent: running it again changes nothing. The search
// indexes are written in the same atomic units as the rows, so it is safe while serving.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EscoImportError, importEsco, missingEscoFiles, STEP_SOURCES, type EscoImportStep } from '@solidaria/db/node';
import { occupationDocument, reindexWhereMissing, skillDocument } from '@solidaria/search';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { createNodeServices } from '../node-services';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

try {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) fail('Usage: npm run taxonomy:import -- <folder with the ESCO CSV files, e.g. ../shared/esco>');
  const folder = resolve(positionals[0]!);
  const missing = missingEscoFiles(folder);
  if (missing.length > 0) fail(`${folder} is not an ESCO download: it lacks ${missing.join(', ')}.`);

  const services = createNodeServices({ ...loadConfig(), logLevel: 'warn' });
  await services.search.applySettings();
  // The import only rewrites rows that change, so the indexes must mirror the tables first.
  await reindexWhereMissing(services.db, services.search);

  let step: EscoImportStep | undefined;
  let bar: SingleBar | undefined;
  const summary = await importEsco({
    db: services.db,
    folder,
    index: {
      occupations: (rows) => services.search.upsertWrites('occupations', rows.map(occupationDocument)),
      skills: (rows) => services.search.upsertWrites('skills', rows.map(skillDocument)),
    },
    onProgress: (current, done, total) => {
      if (current !== step) {
        bar?.stop();
        step = current;
        bar = new SingleBar({ format: `${STEP_SOURCES[current].padEnd(52)} [{bar}] {value}/{total}`, hideCursor: true }, Presets.shades_classic);
        bar.start(Math.max(total, 1), 0);
      }
      bar!.setTotal(Math.max(total, 1));
      bar!.update(done);
    },
  });
  bar?.stop();
  services.db.close();

  const { changed } = summary;
  const line = (label: string, n: number, written: number) => `  ${label.padEnd(12)} ${String(n).padStart(7)}  (${written} inserted or updated)\n`;
  process.stdout.write(
    `Imported ESCO from ${folder} in ${(summary.ms / 1000).toFixed(1)} s:\n` +
      line('ISCO groups', summary.iscoGroups, changed.iscoGroups) +
      line('occupations', summary.occupations, changed.occupations) +
      line('skills', summary.skills, changed.skills) +
      line('relations', summary.relations, changed.relations) +
      `  skipped      ${String(summary.skippedRelations).padStart(7)}  relations whose occupation or skill is not in the label files\n`,
  );
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof EscoImportError)) throw error;
  fail(error.message);
}
