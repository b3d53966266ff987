// The Meilisearch engine and the worker that feeds it from the search outbox.
export { createMeilisearchEngine, type MeilisearchEngine, type MeilisearchEngineOptions } from './engine';
export { drainSearchOutbox, startSearchOutboxWorker, type DrainOptions, type WorkerOptions } from './outbox-worker';
