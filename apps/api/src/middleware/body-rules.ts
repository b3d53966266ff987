import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../errors';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** Refuses bodies over the limit with 413, whether or not they announce their length. */
export const limitBody = (maxSize = MAX_JSON_BODY_BYTES) =>
  bodyLimit({
    maxSize,
    onError: (c) => errorResponse(c, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxSize} bytes.`),
  });

/** Refuses a request body of any type but the ones given, with 415. */
export function acceptBodyTypes(...types: string[]): MiddlewareHandler {
  return async (c, next) => {
    const hasBody =
      c.req.header('transfer-encoding') !== undefined || Number(c.req.header('content-length') ?? 0) > 0;
    if (hasBody) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!types.includes(type)) {
        return errorResponse(c, 'UNSUPPORTED_MEDIA_TYPE', `Send the body as ${types.join(' or ')}.`);
      }
    }
    await next();
  };
}
