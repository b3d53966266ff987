// The one-process host (apps/web/server) hands the API to SvelteKit on the Node request
// it passes to adapter-node's handler, which exposes that request as `platform.req`.
// Server-side loads then call the API in-process instead of over the network.

export type ApiFetch = (request: Request) => Response | Promise<Response>;

const KEY = Symbol.for('solidaria.in-process-api');

export function attachApi(request: object, apiFetch: ApiFetch): void {
  Object.defineProperty(request, KEY, { value: apiFetch, enumerable: false });
}

export function attachedApi(request: unknown): ApiFetch | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  return (request as { [KEY]?: ApiFetch })[KEY];
}
