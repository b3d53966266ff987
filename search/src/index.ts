export type { IndexDefinition } from './definition';
export { createEmbeddedSearch } from './embedded/engine';
export { SearchError } from './errors';
export { INDEX_SOURCES, INDEXES, type IndexSource } from './indexes/registry';
export { occupationDocument, skillDocument } from './indexes/taxonomy-documents';
export { occupationsIndex, skillsIndex } from './indexes/taxonomy';
export type { Filter, SearchDocument, SearchEngine, SearchEngineName, SearchHealth, SearchHit, SearchQuery, SearchResult } from './port';
export { reindex, reindexWhereMissing } from './reindex';
export { fold, terms } from './text/normalize';
