import { passwordProblem, type PasswordProblem } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';

const ADVICE: Record<PasswordProblem, () => string> = {
  TOO_SHORT: m.error_field_password_too_short,
  TOO_LONG: m.error_field_password_too_long,
  TOO_COMMON: m.error_field_password_too_common,
};

/**
 * Says what is wrong with a new password the API refused, by the same policy the API
 * applies (from core), or nothing when the API's reason lies elsewhere (an officer's
 * longer minimum), which the generic password message then covers.
 */
export function passwordAdvice(password: string): string | undefined {
  const problem = passwordProblem(password);
  return problem ? ADVICE[problem]() : undefined;
}
