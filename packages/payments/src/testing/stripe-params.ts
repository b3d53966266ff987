// Reading a request's parameters the way Stripe does, and its error answers.

import { randomBytes } from 'node:crypto';
import { formString, type FormObject } from './form';
import type { Json } from './stripe-double-types';

export const CHECKOUT_MIN_LIFETIME = 30 * 60;
export const CHECKOUT_MAX_LIFETIME = 24 * 60 * 60;

export function randomId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: Json) {
    super(String((body['error'] as Json | undefined)?.['message'] ?? 'error'));
  }
}

export function invalidRequest(message: string, param?: string, code = 'parameter_invalid'): ApiError {
  return new ApiError(400, { error: { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) } });
}

export function requiredString(body: FormObject, param: string): string {
  const value = formString(body, param);
  if (value === undefined || value === '') throw invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
  return value;
}

/** Stripe rejects "12.50" for an integer parameter: only digits pass. */
export function integerParam(value: string | undefined, param: string): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${String(value)}`, param);
  return Number(value);
}
