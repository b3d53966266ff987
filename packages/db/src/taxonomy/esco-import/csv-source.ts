import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A problem with the input the person running the import can fix (missing file, wrong format, no unzip). */
export class EscoImportError extends Error {
  override name = 'EscoImportError';
}

export type CsvRecord = Record<string, string>;

/** The files of an ESCO download (as in ../shared/esco) the importer reads. */
export const ESCO_FILES = {
  iscoEs: 'ISCOGroups_es.csv',
  iscoEn: 'ISCOGroups_en.csv',
  occupationsEs: 'occupations_es.csv',
  occupationsEn: 'occupations_en.csv',
  skillsEs: 'skills_es.csv',
  skillsEn: 'skills_en-us.csv',
  relationsZip: 'relations-v1.1.1.zip',
} as const;
export const RELATIONS_MEMBER = 'occupationSkillRelations.csv';

export const missingEscoFiles = (folder: string): string[] =>
  Object.values(ESCO_FILES).filter((name) => !existsSync(join(folder, name)));

/**
 * A streaming parser for one file. Quoted fields hold newlines (altLabels), so only a real
 * CSV parser splits records correctly. The header must name the columns the import reads.
 */
function parser(source: string, required: readonly string[]) {
  return parse({
    bom: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const missing = required.filter((c) => !header.includes(c));
      if (missing.length > 0) throw new EscoImportError(`${source} lacks the column(s) ${missing.join(', ')}: is it an ESCO CSV file?`);
      return header;
    },
  });
}

async function* records(input: Readable, source: string, required: readonly string[]): AsyncGenerator<CsvRecord> {
  const csv = parser(source, required);
  // pipeline, not pipe: a read error must reach the parser (and so the loop below).
  pipeline(input, csv, () => {});
  yield* csv as AsyncIterable<CsvRecord>;
}

export function readCsv(file: string, required: readonly string[]): AsyncGenerator<CsvRecord> {
  return records(createReadStream(file), file, required);
}

/**
 * Streams one member of a zip through the system's `unzip -p`: nothing is extracted to
 * disk, memory stays flat, and Info-ZIP handles every zip variant (zip64, data
 * descriptors, other compression methods) a hand-written central-directory reader would
 * have to. Its exit code is checked, so a missing member or a damaged zip is an error,
 * not an empty file.
 */
export async function* readZipMember(zip: string, member: string, required: readonly string[]): AsyncGenerator<CsvRecord> {
  const child = spawn('unzip', ['-p', zip, member], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  exited.catch(() => {}); // awaited below; this only stops an early rejection counting as unhandled
  try {
    yield* records(child.stdout, `${zip}:${member}`, required);
    const code = await exited.catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new EscoImportError(`Reading ${zip} needs the unzip command (Debian: apt-get install unzip).`);
      throw error;
    });
    if (code !== 0) throw new EscoImportError(`unzip could not read ${member} from ${zip} (exit ${code}): ${stderr.trim()}`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
