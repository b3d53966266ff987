import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Messages for a form's fields, by the name of the input they belong to. */
export type FieldErrors = Partial<Record<string, string>>;

/** What a form shows after the API refused it: one message on top, and one per field. */
export interface FormProblem {
  /** The API's status, for a page that says more about one (a taken e-mail links to sign-in). */
  status: number;
  message: string;
  fields: FieldErrors;
}

const envelopeSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

// The API words its errors in English for developers; people read these instead.
const FIELD_MESSAGES: Partial<Record<string, () => string>> = {
  identifier: m.error_field_identifier,
  country: m.error_field_country,
  password: m.error_field_password,
  displayName: m.error_field_display_name,
  language: m.error_field_language,
  purposes: m.error_field_purposes,
  municipality: m.error_field_municipality,
  code: m.error_field_code,
};

/** What a page says for the API's statuses that depend on what the form was for. */
export interface Wording {
  unauthenticated?: string;
  conflict?: string;
  /** Finer messages for some fields than the generic ones above. */
  fields?: FieldErrors;
}

interface ApiResponse {
  status: number;
  headers: Headers;
  json(): Promise<unknown>;
}

/**
 * A 401: nobody is signed in. (The typed client only knows the statuses a handler
 * returns, not the errors it throws, hence a plain number here.)
 */
export const isSignedOut = (response: { status: number }) => response.status === 401;

function retryAfterSeconds(headers: Headers): number {
  const value = headers.get('retry-after') ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - Date.now()) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

/** Turns an error answer of the API (its `{ error: { code, message, fields } }`) into a form's messages. */
export async function problemFrom(response: ApiResponse, wording: Wording = {}): Promise<FormProblem> {
  const { status } = response;
  const fields: FieldErrors = {};
  switch (status) {
    case 429:
      return { status, message: m.error_rate_limited({ seconds: retryAfterSeconds(response.headers) }), fields };
    case 401:
      return { status, message: wording.unauthenticated ?? m.error_session_expired(), fields };
    case 409:
      return { status, message: wording.conflict ?? m.error_form_invalid(), fields };
    case 422: {
      const envelope = envelopeSchema.safeParse(await response.json().catch(() => null));
      for (const path of Object.keys(envelope.data?.error.fields ?? {})) {
        // A field inside a list ("purposes.0") belongs to the list's input.
        const name = path.split('.')[0] ?? path;
        const message = wording.fields?.[name] ?? FIELD_MESSAGES[name]?.();
        if (message) fields[name] ??= message;
      }
      return { status, message: Object.keys(fields).length > 0 ? m.error_check_fields() : m.error_form_invalid(), fields };
    }
    default:
      return { status, message: status >= 500 ? m.error_generic_body() : m.error_form_invalid(), fields };
  }
}

/** The action's answer to a refused form: the API's status, the messages, and what was typed (never a password). */
export async function apiFailure<Values extends object>(response: ApiResponse, values: Values, wording?: Wording) {
  const status = response.status >= 400 && response.status <= 599 ? response.status : 500;
  return fail(status, { values, problem: await problemFrom(response, wording) });
}
