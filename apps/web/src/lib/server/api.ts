import type { AppType } from '@solidaria/api';
import { hc } from 'hono/client';
import type { ApiFetch } from './in-process-api';

export type ApiClient = ReturnType<typeof hc<AppType>>;

/**
 * The typed API client, the only place the web app knows the API's addresses. In the
 * one-process host the API answers in-process; elsewhere it is the same origin's /api.
 */
export function createApiClient(origin: string, apiFetch?: ApiFetch): ApiClient {
  const fetchApi: typeof fetch = apiFetch
    ? async (input, init) => apiFetch(new Request(input, init))
    : fetch;
  return hc<AppType>(origin, { fetch: fetchApi });
}
