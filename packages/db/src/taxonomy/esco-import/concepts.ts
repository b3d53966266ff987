import { join } from 'node:path';
import { ESCO_FILES, readCsv, type CsvRecord } from './csv-source';
import { altLabels, clean, genderedForms, labelLines } from './labels';

export type SkillType = 'skill/competence' | 'knowledge';
export interface IscoGroupDraft { code: string; labelEs: string; labelEn: string }
export interface ConceptDraft { uri: string; labelEs: string; labelEn: string; altLabelsEs: string[]; altLabelsEn: string[] }
export interface OccupationDraft extends ConceptDraft { iscoCode: string }
export interface SkillDraft extends ConceptDraft { skillType: SkillType }

async function byUri(file: string, required: readonly string[]): Promise<Map<string, CsvRecord>> {
  const rows = new Map<string, CsvRecord>();
  for await (const r of readCsv(file, ['conceptUri', ...required])) if (r.conceptUri) rows.set(r.conceptUri, r);
  return rows;
}

/**
 * Reads a concept's two language files and joins them by conceptUri, in the Spanish
 * file's order then the English-only ones. A concept missing one language takes the
 * other's preferred label (and no alternative labels in the missing language).
 */
async function joined<T>(
  folder: string,
  files: readonly [string, string],
  required: readonly string[],
  build: (uri: string, es: CsvRecord | undefined, en: CsvRecord | undefined) => T | undefined,
): Promise<T[]> {
  const [es, en] = await Promise.all(files.map((f) => byUri(join(folder, f), required)));
  const out: T[] = [];
  for (const uri of new Set([...es!.keys(), ...en!.keys()])) {
    const row = build(uri, es!.get(uri), en!.get(uri));
    if (row) out.push(row);
  }
  return out;
}

function labels(es: CsvRecord | undefined, en: CsvRecord | undefined, withForms: boolean): ConceptDraft | undefined {
  const ownEs = clean(es?.preferredLabel ?? '');
  const ownEn = clean(en?.preferredLabel ?? '');
  const labelEs = ownEs || ownEn;
  const labelEn = ownEn || ownEs;
  if (!labelEs) return undefined;
  const alts = (label: string, own: string, row: CsvRecord | undefined) =>
    own ? altLabels(label, withForms ? genderedForms(label) : [], labelLines(row?.altLabels)) : [];
  return { uri: '', labelEs, labelEn, altLabelsEs: alts(labelEs, ownEs, es), altLabelsEn: alts(labelEn, ownEn, en) };
}

export const readIscoGroups = (folder: string) =>
  joined<IscoGroupDraft>(folder, [ESCO_FILES.iscoEs, ESCO_FILES.iscoEn], ['code', 'preferredLabel'], (_uri, es, en) => {
    const code = clean(es?.code || en?.code || '');
    const l = labels(es, en, false);
    return /^\d{1,4}$/.test(code) && l ? { code, labelEs: l.labelEs, labelEn: l.labelEn } : undefined;
  });

// Occupation labels carry the gendered pairs; skill labels use "/" for other things
// ("azulejos/baldosas", "Reglamento REACH 1907/2006"), so only occupations get forms.
export const readOccupations = (folder: string) =>
  joined<OccupationDraft>(folder, [ESCO_FILES.occupationsEs, ESCO_FILES.occupationsEn], ['iscoGroup', 'preferredLabel', 'altLabels'], (uri, es, en) => {
    const l = labels(es, en, true);
    const iscoCode = clean(es?.iscoGroup || en?.iscoGroup || '');
    return l && iscoCode ? { ...l, uri, iscoCode } : undefined;
  });

/** ESCO v1.0 types one concept "skill/competence knowledge"; the table knows two types. */
const skillType = (raw: string | undefined): SkillType => (raw === 'skill/competence' ? raw : 'knowledge');

export const readSkills = (folder: string) =>
  joined<SkillDraft>(folder, [ESCO_FILES.skillsEs, ESCO_FILES.skillsEn], ['skillType', 'preferredLabel', 'altLabels'], (uri, es, en) => {
    const l = labels(es, en, false);
    return l ? { ...l, uri, skillType: skillType(es?.skillType || en?.skillType) } : undefined;
  });
