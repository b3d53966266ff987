import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { browserHeaders, createApiClient } from '$lib/server/api';
import { attachedApi } from '$lib/server/in-process-api';
import { securityHeaders } from '$lib/server/security-headers';

const language: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

const api: Handle = ({ event, resolve }) => {
  // Read at each call, so the API sees cookies an action has just set or cleared.
  const forward = () => browserHeaders(event.request, event.cookies);
  event.locals.api = createApiClient(event.url.origin, attachedApi(event.platform?.req), forward);
  return resolve(event);
};

export const handle = sequence(securityHeaders, language, api);

// Unexpected errors are logged here with their stack and reach the page only as a
// generic message; a missing page is not an error worth a log line.
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status !== 404) {
    console.error(JSON.stringify({ level: 'error', path: event.url.pathname, status, error: String(error), stack: (error as Error)?.stack }));
  }
  return { message };
};
