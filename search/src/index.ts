export type { SearchEngine, SearchEngineName, SearchHealth } from './port';
export { createEmbeddedSearch } from './embedded-engine';
