import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for a Meilisearch server in tests (none runs here). It accepts only the
// requests of Meilisearch's documented API the engine and the outbox worker use, checks
// their method, path, headers and body shape, and answers with the documented shapes.
// Anything else is recorded in `unrecognised` (and answered with an error) so tests fail.

type Json = Record<string, unknown>;
export interface Recorded { method: string; path: string; query: Record<string, string>; body: unknown }
interface StoredIndex { primaryKey: string | null; settings: Json; documents: Map<string, Json> }

const SETTINGS = new Set(['displayedAttributes', 'searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'rankingRules',
  'stopWords', 'nonSeparatorTokens', 'separatorTokens', 'dictionary', 'synonyms', 'distinctAttribute', 'proximityPrecision',
  'typoTolerance', 'faceting', 'pagination', 'embedders', 'searchCutoffMs', 'localizedAttributes', 'facetSearch', 'prefixSearch']);
const SEARCH = new Set(['q', 'offset', 'limit', 'hitsPerPage', 'page', 'filter', 'facets', 'attributesToRetrieve', 'attributesToCrop',
  'cropLength', 'cropMarker', 'attributesToHighlight', 'highlightPreTag', 'highlightPostTag', 'showMatchesPosition', 'sort',
  'matchingStrategy', 'showRankingScore', 'showRankingScoreDetails', 'rankingScoreThreshold', 'attributesToSearchOn', 'distinct', 'locales']);
const RULES = /^(words|typo|proximity|attribute|sort|exactness|[\w.]+:(asc|desc))$/;

const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const unknownKeys = (body: Json, allowed: Set<string>) => Object.keys(body).filter((k) => !allowed.has(k));

/** Why a settings body is not one Meilisearch accepts, or null. */
function settingsProblem(body: unknown): string | null {
  if (!isObject(body)) return 'settings must be an object';
  if (unknownKeys(body, SETTINGS).length) return `unknown settings ${unknownKeys(body, SETTINGS)}`;
  for (const key of ['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'stopWords', 'rankingRules']) {
    if (key in body && !isStrings(body[key])) return `${key} must be a list of strings`;
  }
  if ((body.rankingRules as string[] | undefined)?.some((r) => !RULES.test(r))) return 'unknown ranking rule';
  if ('synonyms' in body && !(isObject(body.synonyms) && Object.values(body.synonyms).every(isStrings))) return 'synonyms must map words to lists';
  const typo = body.typoTolerance;
  if (typo !== undefined && !(isObject(typo) && unknownKeys(typo, new Set(['enabled', 'minWordSizeForTypos', 'disableOnWords', 'disableOnAttributes', 'disableOnNumbers'])).length === 0
    && (typo.minWordSizeForTypos === undefined || (isObject(typo.minWordSizeForTypos) && unknownKeys(typo.minWordSizeForTypos, new Set(['oneTypo', 'twoTypos'])).length === 0)))) {
    return 'typoTolerance has unknown keys';
  }
  return null;
}

function searchProblem(body: unknown): string | null {
  if (!isObject(body)) return 'search body must be an object';
  if (unknownKeys(body, SEARCH).length) return `unknown search parameters ${unknownKeys(body, SEARCH)}`;
  if (body.q !== undefined && body.q !== null && typeof body.q !== 'string') return 'q must be a string';
  for (const key of ['facets', 'sort', 'attributesToHighlight']) if (key in body && !isStrings(body[key])) return `${key} must be a list of strings`;
  for (const key of ['page', 'hitsPerPage']) if (key in body && !Number.isInteger(body[key])) return `${key} must be an integer`;
  if ('filter' in body && typeof body.filter !== 'string' && !Array.isArray(body.filter)) return 'filter must be a string or an array';
  return null;
}

export async function startMeilisearchDouble(apiKey: string) {
  const indexes = new Map<string, StoredIndex>();
  const tasks = new Map<number, Json>();
  const requests: Recorded[] = [];
  const unrecognised: string[] = [];
  const state = {
    /** While true, every request gets a 503 with a plain-text body, as from a proxy in front of a dead server. */
    outage: false,
    /** The answer to the next searches; by default every stored document, unranked. */
    searchAnswer: null as ((index: string, body: Json) => Json) | null,
    /** While set, document tasks are accepted but end 'failed' with this error code. */
    failDocumentTasks: null as string | null,
  };
  const at = () => new Date().toISOString();

  const enqueue = (indexUid: string | null, type: string, run: () => Json | null, details: Json = {}) => {
    const taskUid = tasks.size;
    const failure = type.startsWith('document') ? state.failDocumentTasks : null;
    const error = failure ? { message: 'The task failed.', code: failure, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${failure}` } : run();
    tasks.set(taskUid, { uid: taskUid, batchUid: taskUid, indexUid, status: error ? 'failed' : 'succeeded', type, canceledBy: null,
      details, error, duration: 'PT0.001S', enqueuedAt: at(), startedAt: at(), finishedAt: at() });
    return [202, { taskUid, indexUid, status: 'enqueued', type, enqueuedAt: at() }] as const;
  };
  const ensure = (uid: string) => indexes.get(uid) ?? indexes.set(uid, { primaryKey: null, settings: {}, documents: new Map() }).get(uid)!;

  function route(method: string, path: string, query: Record<string, string>, body: unknown): readonly [number, Json] | string {
    const m = (pattern: RegExp) => path.match(pattern)?.[1];
    if (method === 'GET' && path === '/health') return [200, { status: 'available' }];
    if (method === 'GET' && m(/^\/tasks\/(\d+)$/)) return tasks.has(Number(m(/^\/tasks\/(\d+)$/))) ? [200, tasks.get(Number(m(/^\/tasks\/(\d+)$/)))!] : 'unknown task';
    if (method === 'POST' && path === '/indexes') {
      if (!isObject(body) || typeof body.uid !== 'string' || unknownKeys(body, new Set(['uid', 'primaryKey'])).length) return 'index creation body must be {uid, primaryKey?}';
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return enqueue(uid, 'indexCreation', () => indexes.has(uid)
        ? { message: `Index \`${uid}\` already exists.`, code: 'index_already_exists', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#index_already_exists' }
        : (indexes.set(uid, { primaryKey: primaryKey ?? null, settings: {}, documents: new Map() }), null), { primaryKey });
    }
    const uid = m(/^\/indexes\/([\w-]+)\//);
    if (!uid) return 'unknown path';
    const rest = path.slice(`/indexes/${uid}`.length);
    if (method === 'PATCH' && rest === '/settings') {
      const problem = settingsProblem(body);
      return problem ?? enqueue(uid, 'settingsUpdate', () => (Object.assign(ensure(uid).settings, body), null), body as Json);
    }
    if (method === 'POST' && rest === '/documents') {
      if (!Array.isArray(body) || !body.every(isObject)) return 'documents must be a list of objects';
      if (unknownKeys(query, new Set(['primaryKey', 'csvDelimiter', 'customMetadata'])).length) return 'unknown query parameter';
      const key = query.primaryKey ?? ensure(uid).primaryKey ?? 'id';
      if (!body.every((d) => typeof d[key] === 'number' || typeof d[key] === 'string')) return `every document needs its ${key}`;
      return enqueue(uid, 'documentAdditionOrUpdate', () => {
        for (const doc of body as Json[]) ensure(uid).documents.set(String(doc[key]), doc);
        return null;
      }, { receivedDocuments: body.length, indexedDocuments: body.length });
    }
    if (method === 'POST' && rest === '/documents/delete-batch') {
      if (!Array.isArray(body) || !body.every((id) => typeof id === 'number' || typeof id === 'string')) return 'delete-batch body must be a list of ids';
      return enqueue(uid, 'documentDeletion', () => (body.forEach((id) => ensure(uid).documents.delete(String(id))), null), { providedIds: body.length });
    }
    if (method === 'DELETE' && rest === '/documents') {
      if (body !== undefined) return 'delete all documents takes no body';
      return enqueue(uid, 'documentDeletion', () => (ensure(uid).documents.clear(), null), { originalFilter: null });
    }
    if (method === 'POST' && rest === '/search') {
      const problem = searchProblem(body);
      if (problem) return problem;
      if (!indexes.has(uid)) return [404, { message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#index_not_found' }];
      const params = body as Json;
      if (state.searchAnswer) return [200, state.searchAnswer(uid, params)];
      const all = [...indexes.get(uid)!.documents.values()];
      const page = (params.page as number | undefined) ?? 1;
      const hitsPerPage = (params.hitsPerPage as number | undefined) ?? 20;
      return [200, { hits: all.slice((page - 1) * hitsPerPage, page * hitsPerPage), query: params.q ?? '', processingTimeMs: 0,
        hitsPerPage, page, totalPages: Math.ceil(all.length / hitsPerPage), totalHits: all.length }];
    }
    return 'unknown route';
  }

  const answer = (res: ServerResponse, status: number, body: Json) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://double');
    const record: Recorded = { method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? JSON.parse(text) : undefined };
    if (state.outage) return void res.writeHead(503, { 'Content-Type': 'text/plain' }).end('upstream unavailable');
    requests.push(record);
    const reject = (why: string) => {
      unrecognised.push(`${record.method} ${record.path}: ${why}`);
      answer(res, 400, { message: why, code: 'bad_request', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#bad_request' });
    };
    if (req.headers.authorization !== `Bearer ${apiKey}`) return reject('missing or wrong API key');
    if (text && !req.headers['content-type']?.startsWith('application/json')) return reject('body is not JSON');
    const routed = route(record.method, record.path, record.query, record.body);
    if (typeof routed === 'string') return reject(routed);
    answer(res, routed[0], routed[1]);
  }

  const server = createServer((req, res) => void handle(req, res).catch((e: Error) => answer(res, 500, { message: e.message })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state, requests, unrecognised, indexes, tasks,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export type MeilisearchDouble = Awaited<ReturnType<typeof startMeilisearchDouble>>;
