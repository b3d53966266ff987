import type { z } from '@hono/zod-openapi';
import { errorEnvelopeSchema } from '../errors';

const errorContent = { 'application/json': { schema: errorEnvelopeSchema } };

/** The error answers any signed-in or throttled route can give, for the OpenAPI document. */
export const errorResponses = {
  401: { description: 'Not signed in, or wrong credentials', content: errorContent },
  403: { description: 'Not allowed', content: errorContent },
  422: { description: 'Invalid values', content: errorContent },
  429: { description: 'Too many attempts; see Retry-After', content: errorContent },
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonContent = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
