import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ERROR_STATUS, errorCodes, type ErrorCode } from './codes';

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
export type FieldErrors = Record<string, string>;

/** An error a handler throws on purpose; the error handler turns it into the envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The one way any error leaves the API. */
export function errorResponse(
  c: Context,
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
  headers?: Record<string, string>,
) {
  const body: ErrorEnvelope = {
    error: { code, message, ...(fields ? { fields } : {}), requestId: c.get('requestId') ?? '' },
  };
  return c.json(body, ERROR_STATUS[code], { 'cache-control': 'no-store', ...headers });
}
