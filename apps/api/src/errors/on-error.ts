import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logger';
import { SearchError } from '@solidaria/search';
import { codeForStatus } from './codes';
import { ApiError, errorResponse } from './envelope';

const GENERIC_MESSAGE: Record<number, string> = {
  400: 'The request could not be read.',
  413: 'The request body is too large.',
  500: 'Something went wrong on our side. Please try again.',
};

/** Maps every thrown error to the envelope; only the log ever sees a stack. */
export function handleError(logger: Logger): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.code, err.message, err.fields, err.headers, err.reasons);
    if (err instanceof SearchError) return errorResponse(c, 'BAD_REQUEST', err.message);
    if (err instanceof HTTPException && err.status < 500) {
      const message = GENERIC_MESSAGE[err.status] ?? 'The request was not accepted.';
      return errorResponse(c, codeForStatus(err.status), message);
    }
    logger.error(
      { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, err },
      'unhandled error',
    );
    return errorResponse(c, 'INTERNAL', GENERIC_MESSAGE[500] as string);
  };
}
