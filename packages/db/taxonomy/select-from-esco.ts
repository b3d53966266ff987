// Writes packages/db/taxonomy/starter.json, the starter taxonomy that ships with the
// project, from the ESCO CSV files (ISCO-08 groups, occupations, skills, relations) and
// the curated lists in curation.ts: which occupations matter in Central America's labour market,
// formal and informal, the regional Spanish words people use for them, a few occupations
// ESCO does not name, and practical skills of informal work.
//
//   npx tsx packages/db/taxonomy/select-from-esco.ts [ESCO folder, default ../shared/esco]
//
// Only this script reads the ESCO folder, at curation time; the project never needs it at
// run time. To change the starter taxonomy, edit curation.ts, run this script, then
// `npx tsx packages/db/taxonomy/build-starter-migration.ts`. The output is deterministic.
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SkillType, StarterOccupation, StarterSkill, StarterTaxonomy } from './build-starter-migration';
import { ESCO_OCCUPATIONS, CUSTOM_OCCUPATIONS, SELLERS, COUNTER, DRIVERS, CARERS, BUILDERS, CALL_CENTRE, PRACTICAL_SKILLS } from './curation';

/** How many skills the starter taxonomy aims for, and how many each occupation keeps at least. */
const SKILL_TARGET = 500;
const CORE_SKILLS_PER_OCCUPATION = 6;
const MAX_ALT_LABELS_OCCUPATION = 40;
const MAX_ALT_LABELS_SKILL = 10;

// ---- CSV (quoted fields hold commas, doubled quotes and the newlines between alt labels) ----

type Row = Record<string, string>;

const records = (text: string): Row[] => parse(text, { columns: true, bom: true, skip_empty_lines: true });

// ---- labels ----

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const splitLines = (s: string | undefined) => (s ?? '').split('\n').map(clean).filter(Boolean);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "cocinero/cocinera" → both forms; "coordinador/coordinadora de café verde" → both full forms. */
function genderedForms(label: string): string[] {
  const parts = label.split('/').map(clean).filter(Boolean);
  if (parts.length < 2) return [];
  if (parts.length > 2) return parts;
  const [a, b] = parts as [string, string];
  const bWords = b.split(' ');
  if (!a.includes(' ') && bWords.length > 1) return [`${a} ${bWords.slice(1).join(' ')}`, b];
  return [a, b];
}

/** Alternative labels in order, without the preferred label, duplicates (ignoring case) or blanks. */
function altLabels(preferred: string, lists: string[][], max: number): string[] {
  const seen = new Set([preferred.toLocaleLowerCase('es')]);
  const out: string[] = [];
  for (const label of lists.flat().map(clean)) {
    const key = label.toLocaleLowerCase('es');
    if (!label || seen.has(key)) continue;
    seen.add(key);
    out.push(label);
    if (out.length === max) break;
  }
  return out;
}

// ---- the selection ----

type Relation = 'essential' | 'optional';
type Draft = Omit<StarterOccupation, 'essentialSkills' | 'optionalSkills'> & { relations: Map<string, Relation> };

function main(escoDir: string, outFile: string) {
  const readCsv = (name: string) => records(readFileSync(join(escoDir, name), 'utf8'));
  const byUri = (rows: Row[]) => new Map(rows.map((r) => [r.conceptUri!, r]));

  const iscoEs = byUri(readCsv('ISCOGroups_es.csv'));
  const iscoGroups = readCsv('ISCOGroups_en.csv')
    .map((en) => ({ code: en.code!, labelEs: clean(iscoEs.get(en.conceptUri!)?.preferredLabel ?? ''), labelEn: clean(en.preferredLabel!) }))
    .sort((a, b) => compare(a.code, b.code));
  const iscoCodes = new Set(iscoGroups.map((g) => g.code));

  const occEs = byUri(readCsv('occupations_es.csv'));
  const occEnRows = readCsv('occupations_en.csv');
  const occEn = byUri(occEnRows);
  const occByEnLabel = new Map<string, string[]>();
  for (const r of occEnRows) {
    const key = clean(r.preferredLabel!);
    occByEnLabel.set(key, [...(occByEnLabel.get(key) ?? []), r.conceptUri!]);
  }
  const occupationUri = (enLabel: string) => {
    const found = occByEnLabel.get(enLabel) ?? [];
    if (found.length !== 1) throw new Error(`ESCO has ${found.length} occupations labelled "${enLabel}"`);
    return found[0]!;
  };

  const skillsEs = byUri(readCsv('skills_es.csv'));
  const skillEnRows = readCsv('skills_en-us.csv');
  const skillsEn = byUri(skillEnRows);
  const skillByEnLabel = new Map(skillEnRows.map((r) => [clean(r.preferredLabel!), r.conceptUri!]));
  // A skill the starter can use: known to the v1.0 label files, with both labels.
  const usableSkill = (uri: string) =>
    Boolean(clean(skillsEs.get(uri)?.preferredLabel ?? '') && clean(skillsEn.get(uri)?.preferredLabel ?? ''));
  const skillUri = (enLabel: string) => {
    const uri = skillByEnLabel.get(enLabel);
    if (!uri || !usableSkill(uri)) throw new Error(`ESCO has no usable skill labelled "${enLabel}"`);
    return uri;
  };

  // The relations come zipped; unzip streams the one file we need, nothing lands on disk.
  const relationsCsv = execFileSync('unzip', ['-p', join(escoDir, 'relations-v1.1.1.zip'), 'occupationSkillRelations.csv'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const relationsOf = new Map<string, { skill: string; relation: Relation }[]>();
  const relationSkillType = new Map<string, string>();
  let relationsTotal = 0;
  for (const r of records(relationsCsv)) {
    relationsTotal++;
    relationSkillType.set(r.skillUri!, r.skillType!);
    if (r.relationType !== 'essential' && r.relationType !== 'optional') continue;
    if (!usableSkill(r.skillUri!)) continue;
    const list = relationsOf.get(r.occupationUri!) ?? [];
    list.push({ skill: r.skillUri!, relation: r.relationType });
    relationsOf.set(r.occupationUri!, list);
  }

  const addRelation = (d: Draft, skill: string, relation: Relation) => {
    if (usableSkill(skill) && d.relations.get(skill) !== 'essential') d.relations.set(skill, relation);
  };

  const drafts: Draft[] = [];
  for (const pick of ESCO_OCCUPATIONS) {
    const uri = occupationUri(pick.esco);
    const es = occEs.get(uri);
    const en = occEn.get(uri)!;
    if (!es) throw new Error(`ESCO has no Spanish labels for "${pick.esco}"`);
    const labelEs = clean(es.preferredLabel!);
    const labelEn = clean(en.preferredLabel!);
    const d: Draft = {
      uri,
      iscoCode: es.iscoGroup!,
      labelEs,
      labelEn,
      altLabelsEs: altLabels(labelEs, [genderedForms(labelEs), pick.es ?? [], splitLines(es.altLabels)], MAX_ALT_LABELS_OCCUPATION),
      altLabelsEn: altLabels(labelEn, [genderedForms(labelEn), pick.en ?? [], splitLines(en.altLabels)], MAX_ALT_LABELS_OCCUPATION),
      relations: new Map(),
    };
    for (const r of relationsOf.get(uri) ?? []) addRelation(d, r.skill, r.relation);
    drafts.push(d);
  }
  for (const c of CUSTOM_OCCUPATIONS) {
    const d: Draft = {
      uri: `urn:solidaria:occupation:${c.slug}`,
      iscoCode: c.isco,
      labelEs: c.labelEs,
      labelEn: c.labelEn,
      altLabelsEs: altLabels(c.labelEs, [genderedForms(c.labelEs), c.es], MAX_ALT_LABELS_OCCUPATION),
      altLabelsEn: altLabels(c.labelEn, [genderedForms(c.labelEn), c.en], MAX_ALT_LABELS_OCCUPATION),
      relations: new Map(),
    };
    for (const label of c.essentialSkills) addRelation(d, skillUri(label), 'essential');
    for (const like of c.skillsLike) {
      for (const r of relationsOf.get(occupationUri(like)) ?? []) if (r.relation === 'essential') addRelation(d, r.skill, 'optional');
    }
    drafts.push(d);
  }
  for (const d of drafts) if (!iscoCodes.has(d.iscoCode)) throw new Error(`${d.labelEn}: unknown ISCO code ${d.iscoCode}`);
  if (new Set(drafts.map((d) => d.uri)).size !== drafts.length) throw new Error('an occupation is selected twice');

  const draftByEn = new Map(drafts.map((d) => [d.labelEn, d]));
  const curated = new Set<string>();
  for (const p of PRACTICAL_SKILLS) {
    const uri = skillUri(p.skill);
    curated.add(uri);
    for (const occ of p.occupations) {
      const d = draftByEn.get(occ);
      if (!d) throw new Error(`practical skill "${p.skill}": no selected occupation labelled "${occ}"`);
      addRelation(d, uri, p.relation ?? 'optional');
    }
  }
  for (const c of CUSTOM_OCCUPATIONS) for (const label of c.essentialSkills) curated.add(skillUri(label));

  // Skills shared by many selected occupations come first (essential counts double); every
  // occupation keeps its most widely shared essential skills, so none is left bare.
  const score = new Map<string, number>();
  for (const d of drafts) {
    for (const [skill, relation] of d.relations) score.set(skill, (score.get(skill) ?? 0) + (relation === 'essential' ? 2 : 1));
  }
  const ranked = (skills: Iterable<string>) => [...skills].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || compare(a, b));
  const chosen = new Set<string>(curated);
  for (const d of drafts) {
    const essential = [...d.relations].filter(([, r]) => r === 'essential').map(([s]) => s);
    for (const s of ranked(essential).slice(0, CORE_SKILLS_PER_OCCUPATION)) chosen.add(s);
  }
  for (const s of ranked(score.keys())) {
    if (chosen.size >= SKILL_TARGET) break;
    chosen.add(s);
  }

  const skillType = (uri: string): SkillType => {
    const raw = skillsEn.get(uri)!.skillType!;
    if (raw === 'skill/competence' || raw === 'knowledge') return raw;
    // ESCO v1.0 types one concept both ways ("types of wood materials"); the relations decide.
    return relationSkillType.get(uri) === 'skill/competence' ? 'skill/competence' : 'knowledge';
  };
  const skills: StarterSkill[] = [...chosen]
    .map((uri) => {
      const es = skillsEs.get(uri)!;
      const en = skillsEn.get(uri)!;
      const labelEs = clean(es.preferredLabel!);
      const labelEn = clean(en.preferredLabel!);
      return {
        uri,
        skillType: skillType(uri),
        labelEs,
        labelEn,
        altLabelsEs: altLabels(labelEs, [splitLines(es.altLabels)], MAX_ALT_LABELS_SKILL),
        altLabelsEn: altLabels(labelEn, [splitLines(en.altLabels)], MAX_ALT_LABELS_SKILL),
      };
    })
    .sort((a, b) => compare(a.labelEn, b.labelEn) || compare(a.uri, b.uri));

  const occupations: StarterOccupation[] = drafts
    .map(({ relations, ...o }) => {
      const kept = [...relations].filter(([s]) => chosen.has(s));
      const of = (r: Relation) => kept.filter(([, rel]) => rel === r).map(([s]) => s).sort(compare);
      return { ...o, essentialSkills: of('essential'), optionalSkills: of('optional') };
    })
    .sort((a, b) => compare(a.iscoCode, b.iscoCode) || compare(a.labelEn, b.labelEn) || compare(a.uri, b.uri));

  const starter: StarterTaxonomy = {
    about:
      'Solidaria starter taxonomy: the ISCO-08 groups, occupations common in Central America (formal and informal) ' +
      'and their skills. Labels from ESCO (https://esco.ec.europa.eu), © European Union, reused under Commission ' +
      'Decision 2011/833/EU; the regional Spanish labels and the urn:solidaria occupations are our own. ' +
      'Written by packages/db/taxonomy/select-from-esco.ts; build-starter-migration.ts turns it into a migration.',
    esco: { labels: 'v1.0', relations: 'v1.1.1' },
    iscoGroups,
    occupations,
    skills,
  };
  writeFileSync(outFile, `${JSON.stringify(starter, null, 1)}\n`);

  const relationCount = occupations.reduce((n, o) => n + o.essentialSkills.length + o.optionalSkills.length, 0);
  const thin = occupations.filter((o) => o.essentialSkills.length + o.optionalSkills.length < 5).map((o) => o.labelEn);
  console.log(
    `${outFile}: ${iscoGroups.length} ISCO groups, ${occupations.length} occupations (${CUSTOM_OCCUPATIONS.length} of our own), ` +
      `${skills.length} skills, ${relationCount} occupation-skill relations (read ${relationsTotal} ESCO relations)` +
      (thin.length ? `; fewer than 5 skills: ${thin.join(', ')}` : ''),
  );
}

main(resolve(process.argv[2] ?? join(import.meta.dirname, '../../../../shared/esco')), join(import.meta.dirname, 'starter.json'));
