import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, MAX_PASSWORD_CHECKS_PER_HOUR, loginDelaySeconds } from './login-throttle';

describe('waiting after failed logins', () => {
  it('lets a person get their password wrong five times without waiting', () => {
    expect(FREE_FAILURES).toBe(5);
    for (let failures = 0; failures < 5; failures++) expect(loginDelaySeconds(failures), `${failures}`).toBe(0);
  });

  it('makes a person wait 2, then 4, then 8 seconds after the fifth, sixth and seventh failures', () => {
    expect([5, 6, 7].map(loginDelaySeconds)).toEqual([2, 4, 8]);
  });

  it('makes each wait at least as long as the one before', () => {
    for (let failures = 1; failures < 40; failures++) {
      expect(loginDelaySeconds(failures)).toBeGreaterThanOrEqual(loginDelaySeconds(failures - 1));
    }
  });

  it('never makes anyone wait more than 15 minutes, however many failures', () => {
    expect(loginDelaySeconds(15)).toBe(15 * 60);
    for (const failures of [20, 100, 1_000, 100_000]) expect(loginDelaySeconds(failures), `${failures}`).toBe(15 * 60);
  });

  it('lets someone guessing back to back, waiting out each delay, check far fewer passwords in an hour than the hourly cap', () => {
    let seconds = 0;
    let checks = 0;
    let failures = 0;
    while (seconds < 3600) {
      checks++;
      failures++;
      seconds += loginDelaySeconds(failures);
    }
    expect(checks).toBeLessThan(MAX_PASSWORD_CHECKS_PER_HOUR / 4);
    expect(checks).toBeGreaterThan(FREE_FAILURES);
  });
});
