// Writes packages/db/migrations/0006_starter-taxonomy.sql from starter.json, so a fresh
// install has a taxonomy before anyone imports the full ESCO classification.
//
//   npx tsx packages/db/taxonomy/build-starter-migration.ts
//
// The same SQL runs on Node (drizzle's migrator splits it on `--> statement-breakpoint`)
// and on Cloudflare D1 (`wrangler d1 migrations apply`), so it is plain SQLite INSERTs,
// each statement kept well under D1's 100 KB limit. Rows get explicit ids (1, 2, … in
// starter.json's order) so the relations can name them; the tables are empty when this
// migration runs, right after 0005 created them. Same input, same bytes out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type SkillType = 'skill/competence' | 'knowledge';

export type StarterIscoGroup = { code: string; labelEs: string; labelEn: string };

export type StarterOccupation = {
  uri: string;
  iscoCode: string;
  labelEs: string;
  labelEn: string;
  altLabelsEs: string[];
  altLabelsEn: string[];
  /** Skill URIs. */
  essentialSkills: string[];
  optionalSkills: string[];
};

export type StarterSkill = {
  uri: string;
  skillType: SkillType;
  labelEs: string;
  labelEn: string;
  altLabelsEs: string[];
  altLabelsEn: string[];
};

export type StarterTaxonomy = {
  about: string;
  esco: { labels: string; relations: string };
  iscoGroups: StarterIscoGroup[];
  occupations: StarterOccupation[];
  skills: StarterSkill[];
};

/** D1 refuses statements over 100 KB; stay at half of that. */
const MAX_STATEMENT_BYTES = 50_000;
const BREAKPOINT = '\n--> statement-breakpoint\n';

const text = (s: string) => `'${s.replace(/'/g, "''")}'`;
const json = (labels: string[]) => text(JSON.stringify(labels));

/** One INSERT per batch of rows, each batch under the size limit. */
function inserts(table: string, columns: string[], rows: string[]): string[] {
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES\n`;
  const statements: string[] = [];
  let batch: string[] = [];
  let bytes = Buffer.byteLength(head);
  for (const row of rows) {
    const size = Buffer.byteLength(row) + 2;
    if (batch.length > 0 && bytes + size > MAX_STATEMENT_BYTES) {
      statements.push(`${head}${batch.join(',\n')};`);
      batch = [];
      bytes = Buffer.byteLength(head);
    }
    batch.push(row);
    bytes += size;
  }
  if (batch.length > 0) statements.push(`${head}${batch.join(',\n')};`);
  return statements;
}

/** Throws on anything the tables would refuse or a search could not use. */
export function checkStarter(t: StarterTaxonomy): void {
  const fail = (message: string) => {
    throw new Error(`starter.json: ${message}`);
  };
  const codes = new Set<string>();
  for (const g of t.iscoGroups) {
    if (!/^\d{1,4}$/.test(g.code) || codes.has(g.code)) fail(`bad or repeated ISCO code ${g.code}`);
    if (!g.labelEs || !g.labelEn) fail(`ISCO group ${g.code} lacks a label`);
    codes.add(g.code);
  }
  const skillUris = new Set<string>();
  for (const s of t.skills) {
    if (skillUris.has(s.uri)) fail(`skill ${s.uri} is listed twice`);
    if (!s.labelEs || !s.labelEn) fail(`skill ${s.uri} lacks a label`);
    if (s.skillType !== 'skill/competence' && s.skillType !== 'knowledge') fail(`skill ${s.uri} has type ${s.skillType}`);
    skillUris.add(s.uri);
  }
  const occupationUris = new Set<string>();
  for (const o of t.occupations) {
    if (occupationUris.has(o.uri)) fail(`occupation ${o.uri} is listed twice`);
    if (!o.labelEs || !o.labelEn) fail(`occupation ${o.uri} lacks a label`);
    if (!codes.has(o.iscoCode)) fail(`occupation ${o.uri} has unknown ISCO code ${o.iscoCode}`);
    const linked = [...o.essentialSkills, ...o.optionalSkills];
    if (new Set(linked).size !== linked.length) fail(`occupation ${o.uri} lists a skill twice`);
    for (const s of linked) if (!skillUris.has(s)) fail(`occupation ${o.uri} links unknown skill ${s}`);
    occupationUris.add(o.uri);
  }
}

export function starterMigrationSql(t: StarterTaxonomy): string {
  checkStarter(t);
  const skillId = new Map(t.skills.map((s, i) => [s.uri, i + 1]));
  const relations = t.occupations.flatMap((o, i) => {
    const linked = [
      ...o.essentialSkills.map((s) => ({ s, relation: 'essential' })),
      ...o.optionalSkills.map((s) => ({ s, relation: 'optional' })),
    ];
    return linked
      .map(({ s, relation }) => ({ skill: skillId.get(s)!, relation }))
      .sort((a, b) => a.skill - b.skill)
      .map(({ skill, relation }) => `(${i + 1}, ${skill}, ${text(relation)})`);
  });
  const statements = [
    ...inserts('isco_groups', ['code', 'label_es', 'label_en'], t.iscoGroups.map((g) => `(${text(g.code)}, ${text(g.labelEs)}, ${text(g.labelEn)})`)),
    ...inserts(
      'occupations',
      ['id', 'uri', 'isco_code', 'label_es', 'label_en', 'alt_labels_es', 'alt_labels_en'],
      t.occupations.map(
        (o, i) =>
          `(${i + 1}, ${text(o.uri)}, ${text(o.iscoCode)}, ${text(o.labelEs)}, ${text(o.labelEn)}, ${json(o.altLabelsEs)}, ${json(o.altLabelsEn)})`,
      ),
    ),
    ...inserts(
      'skills',
      ['id', 'uri', 'skill_type', 'label_es', 'label_en', 'alt_labels_es', 'alt_labels_en'],
      t.skills.map(
        (s, i) =>
          `(${i + 1}, ${text(s.uri)}, ${text(s.skillType)}, ${text(s.labelEs)}, ${text(s.labelEn)}, ${json(s.altLabelsEs)}, ${json(s.altLabelsEn)})`,
      ),
    ),
    ...inserts('occupation_skills', ['occupation_id', 'skill_id', 'relation'], relations),
  ];
  const header = [
    '-- The starter taxonomy: ISCO-08 groups, occupations common in Central America and their skills.',
    '-- Generated by packages/db/taxonomy/build-starter-migration.ts from packages/db/taxonomy/starter.json;',
    '-- do not edit by hand. Labels from ESCO (https://esco.ec.europa.eu), © European Union.',
  ].join('\n');
  return `${header}\n${statements.join(BREAKPOINT)}\n`;
}

// Run as a script, it writes the migration; imported (for its types), it writes nothing.
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename;
if (isMain) {
  const starterFile = join(import.meta.dirname, 'starter.json');
  const migrationFile = join(import.meta.dirname, '../migrations/0006_starter-taxonomy.sql');
  const starter = JSON.parse(readFileSync(starterFile, 'utf8')) as StarterTaxonomy;
  const sql = starterMigrationSql(starter);
  writeFileSync(migrationFile, sql);
  const relations = starter.occupations.reduce((n, o) => n + o.essentialSkills.length + o.optionalSkills.length, 0);
  console.log(
    `${migrationFile}: ${starter.iscoGroups.length} ISCO groups, ${starter.occupations.length} occupations, ` +
      `${starter.skills.length} skills, ${relations} relations, ${sql.split(BREAKPOINT).length} statements, ` +
      `${Buffer.byteLength(sql)} bytes`,
  );
}
