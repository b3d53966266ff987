/** Failed logins allowed before delays begin. */
export const FREE_FAILURES = 5;
/** Password checks allowed for one account in one hour, whatever else happens. */
export const MAX_PASSWORD_CHECKS_PER_HOUR = 100;
const MAX_DELAY_SECONDS = 15 * 60;

/**
 * Seconds to wait before the next password check after `failures` failures in a row:
 * none for the first five, then 2, 4, 8 … up to fifteen minutes.
 */
export function loginDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES + 1), MAX_DELAY_SECONDS);
}
