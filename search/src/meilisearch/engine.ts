import { Meilisearch, type WaitOptions } from 'meilisearch';
import type { Database } from '@solidaria/db';
import type { IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from '../port';
import { matchesNothing } from './filters';
import { outboxWrites, systemClock, type Clock } from './outbox-writes';
import { emptyResult, searchParams, searchResult } from './search-params';
import { meilisearchSettings, type SynonymGroups } from './settings';
import { MeilisearchTaskFailed, settled } from './tasks';
import { SYNONYM_GROUPS } from '../text/synonyms';

export interface MeilisearchEngineOptions {
  db: Database;
  url: string;
  apiKey?: string;
  definitions: readonly IndexDefinition[];
  clock?: Clock;
  logger?: { warn(fields: Record<string, unknown>, message: string): void };
  /** Words that mean the same; each group becomes Meilisearch synonyms in every index. */
  synonymGroups?: SynonymGroups;
  /** Per HTTP request; keeps health() and searches from hanging on a dead server. */
  requestTimeoutMs?: number;
  /** How long to wait for a task (index creation, settings, clearing) to be processed. */
  taskTimeoutMs?: number;
}

export type MeilisearchEngine = SearchEngine & { readonly name: 'meilisearch'; readonly client: Meilisearch };

/**
 * The engine for deployments that outgrow one machine. Searches go straight to
 * Meilisearch; changes go to the search outbox in the caller's atomic unit and reach
 * Meilisearch through the outbox worker, so an outage delays them but loses none.
 */
export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchEngine {
  const { db, definitions, clock = systemClock, logger, synonymGroups = SYNONYM_GROUPS } = options;
  const client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
  const wait: WaitOptions = { timeout: options.taskTimeoutMs ?? 60_000, interval: 50 };
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const definitionOf = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new SearchError('UNKNOWN_INDEX', `There is no search index "${name}".`);
    return found;
  };

  return {
    name: 'meilisearch',
    client,

    async applySettings() {
      for (const definition of definitions) {
        try {
          await settled(client.createIndex(definition.name, { primaryKey: 'id' }), wait);
        } catch (error) {
          // Creating is how "create if missing" is asked; an existing index is the usual answer.
          if (!(error instanceof MeilisearchTaskFailed && error.task.error?.code === 'index_already_exists')) throw error;
        }
        await settled(client.index(definition.name).updateSettings(meilisearchSettings(definition, synonymGroups)), wait);
      }
    },

    upsertWrites(index, documents) {
      definitionOf(index);
      return outboxWrites(db, clock.now(), index, { operation: 'upsert', documents });
    },

    deleteWrites(index, ids) {
      definitionOf(index);
      return outboxWrites(db, clock.now(), index, { operation: 'delete', ids });
    },

    async search<Doc extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<Doc>> {
      const definition = definitionOf(index);
      const params = searchParams(definition, query);
      if (matchesNothing(query.filters)) return emptyResult<Doc>(query);
      const { q, ...rest } = params;
      const response = await client.index(index).search<Record<string, unknown>>(q, rest);
      return searchResult<Doc>(definition, query, response);
    },

    async clear(index) {
      definitionOf(index);
      await settled(client.index(index).deleteAllDocuments(), wait);
    },

    async health() {
      try {
        const { status } = await client.health();
        return { engine: 'meilisearch', ok: status === 'available' };
      } catch (error) {
        logger?.warn({ error: error instanceof Error ? error.message : String(error) }, 'Meilisearch is not reachable');
        return { engine: 'meilisearch', ok: false };
      }
    },
  };
}
