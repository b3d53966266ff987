import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ERROR_STATUS, errorCodes, type ErrorCode } from './codes';

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      /** Why a screened text was refused, in both languages (offers). */
      reasons: z.array(z.object({ code: z.string(), field: z.string().optional(), es: z.string(), en: z.string() })).optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
export type FieldErrors = Record<string, string>;
export type Reasons = NonNullable<ErrorEnvelope['error']['reasons']>;

/** An error a handler throws on purpose; the error handler turns it into the envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers?: Record<string, string>,
    readonly reasons?: Reasons,
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
  reasons?: Reasons,
) {
  const body: ErrorEnvelope = {
    error: { code, message, ...(fields ? { fields } : {}), ...(reasons ? { reasons } : {}), requestId: c.get('requestId') ?? '' },
  };
  return c.json(body, ERROR_STATUS[code], { 'cache-control': 'no-store', ...headers });
}
