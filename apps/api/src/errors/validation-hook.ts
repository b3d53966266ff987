import type { Hook } from '@hono/zod-openapi';
import { errorResponse, type FieldErrors } from './envelope';

/** The one validation hook: every zod failure, of any input, becomes a 422 with fields. */
// `any`: the one hook serves every route, whatever its input and output types.
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (result.success) return;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : result.target;
    fields[key] ??= issue.message;
  }
  return errorResponse(c, 'VALIDATION_FAILED', 'Some values are not valid.', fields);
};
