import type { Cookies } from '@sveltejs/kit';
import type { AppType } from '@solidaria/api';
import { hc } from 'hono/client';
import type { ApiFetch } from './in-process-api';

export type ApiClient = ReturnType<typeof hc<AppType>>;

/**
 * The typed API client, the only place the web app knows the API's addresses. In the
 * one-process host the API answers in-process; elsewhere it is the same origin's /api.
 * `forward` gives the headers of the browser's request that the API must see.
 */
export function createApiClient(origin: string, apiFetch?: ApiFetch, forward?: () => Record<string, string>): ApiClient {
  const fetchApi: typeof fetch = apiFetch
    ? async (input, init) => apiFetch(new Request(input, init))
    : fetch;
  return hc<AppType>(origin, { fetch: fetchApi, ...(forward ? { headers: forward } : {}) });
}

/**
 * The browser's cookies as they stand at the moment of the call, so a call made after an
 * action signed in or out (the layout's load of that same request) sees the new state;
 * and its user agent, which names the device in the person's list of sessions.
 */
export function browserHeaders(request: Request, cookies: Cookies): Record<string, string> {
  const headers: Record<string, string> = {};
  const cookie = cookies
    .getAll({ decode: (value: string) => value })
    .filter(({ value }) => value !== '')
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  if (cookie) headers.cookie = cookie;
  const userAgent = request.headers.get('user-agent');
  if (userAgent) headers['user-agent'] = userAgent;
  return headers;
}
