import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('uses port 3000 and ./data when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads PORT and DATA_DIR', () => {
    expect(loadConfig({ PORT: '8080', DATA_DIR: '/srv/solidaria' })).toMatchObject({ port: 8080, dataDir: '/srv/solidaria' });
  });

  it('keeps only the origin of ORIGIN and refuses an address that is not http(s)', () => {
    expect(loadConfig({ ORIGIN: 'https://empleo.upala.go.cr/' }).origin).toBe('https://empleo.upala.go.cr');
    expect(() => loadConfig({ ORIGIN: 'ftp://upala' })).toThrow(/ORIGIN/);
  });

  it('turns card payments on only with both Stripe secrets, and refuses one without the other', () => {
    expect(loadConfig({}).stripe).toBeUndefined();
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripe).toEqual({ secretKey: 'sk_test_abc', webhookSecret: 'whsec_abc' });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(/STRIPE_SECRET_KEY/);
  });

  it('reads the platform fee in whole basis points (0 by default) and the Stripe API address for tests', () => {
    expect(loadConfig({}).platformFeeBasisPoints).toBe(0);
    expect(loadConfig({ PLATFORM_FEE_BASIS_POINTS: '250' }).platformFeeBasisPoints).toBe(250);
    for (const bad of ['2.5', '-1', '10001', 'abc']) expect(() => loadConfig({ PLATFORM_FEE_BASIS_POINTS: bad }), bad).toThrow(/PLATFORM_FEE_BASIS_POINTS/);
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc', STRIPE_API_URL: 'http://127.0.0.1:12111' }).stripe)
      .toEqual({ secretKey: 'sk_test_abc', webhookSecret: 'whsec_abc', host: '127.0.0.1', port: 12111, protocol: 'http' });
  });

  it('stops with a message that names the variable and the bad value', () => {
    expect(() => loadConfig({ PORT: 'tres mil' })).toThrow(/PORT.*"tres mil"/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
