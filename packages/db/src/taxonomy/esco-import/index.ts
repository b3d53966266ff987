// The ESCO importer (Node only: it reads files and runs unzip).
export { ESCO_FILES, EscoImportError, missingEscoFiles } from './csv-source';
export { importEsco, STEP_SOURCES, type EscoImportOptions, type EscoImportStep, type EscoImportSummary } from './import-esco';
export type { OccupationRow, SkillRow, TaxonomyIndexWrites } from './upsert-concepts';
