import { describe, expect, it } from 'vitest';
import {
  CONNECT_SELF_SERVE_COUNTRIES,
  InvalidMoneyError,
  availableMethods,
  checkoutIdempotencyKey,
  checkoutTotalMinor,
  connectSupported,
  offlineMethods,
  platformFeeMinor,
} from './port';

describe('offline payment methods per country', () => {
  it('offers SINPE Móvil only in Costa Rica', () => {
    expect(offlineMethods('CR')).toEqual(['cash', 'sinpe_movil', 'bank_transfer']);
    for (const country of ['GT', 'HN', 'PA']) {
      expect(offlineMethods(country)).toEqual(['cash', 'bank_transfer']);
      expect(offlineMethods(country)).not.toContain('sinpe_movil');
    }
  });

  it('always offers cash on pickup, whatever the country code looks like', () => {
    expect(offlineMethods('cr')).toContain('sinpe_movil');
    expect(offlineMethods('XX')).toContain('cash');
  });

  it('adds card only for a vendor with an onboarded card account', () => {
    expect(availableMethods('CR', false)).not.toContain('card');
    expect(availableMethods('CR', true)).toEqual(['cash', 'sinpe_movil', 'bank_transfer', 'card']);
  });
});

describe('where Stripe Connect onboards vendors', () => {
  it('says no for all four programme countries, as Stripe documents', () => {
    for (const country of ['CR', 'GT', 'HN', 'PA']) expect(connectSupported(country)).toBe(false);
  });

  it('says yes for the documented self-serve regions', () => {
    for (const country of ['US', 'GB', 'CA', 'CH', 'ES', 'DE']) expect(connectSupported(country)).toBe(true);
    expect(CONNECT_SELF_SERVE_COUNTRIES).not.toContain('CR');
  });

  it('lets a deployment with its own Stripe agreement pass its list', () => {
    expect(connectSupported('cr', ['CR'])).toBe(true);
  });
});

describe('checkout money and keys', () => {
  it('totals lines in integer minor units', () => {
    expect(checkoutTotalMinor([
      { name: 'Tamal', unitAmountMinor: 150000, quantity: 3 },
      { name: 'Café', unitAmountMinor: 99, quantity: 1 },
    ])).toBe(450099);
  });

  it('refuses a fractional price or quantity instead of rounding it', () => {
    expect(() => checkoutTotalMinor([{ name: 'x', unitAmountMinor: 12.5, quantity: 1 }])).toThrow(InvalidMoneyError);
    expect(() => checkoutTotalMinor([{ name: 'x', unitAmountMinor: 100, quantity: 1.5 }])).toThrow(InvalidMoneyError);
    expect(() => checkoutTotalMinor([{ name: 'x', unitAmountMinor: -1, quantity: 1 }])).toThrow(InvalidMoneyError);
    expect(() => checkoutTotalMinor([{ name: 'x', unitAmountMinor: Number.MAX_SAFE_INTEGER, quantity: 2 }])).toThrow(InvalidMoneyError);
  });

  it('makes one idempotency key per order and attempt', () => {
    expect(checkoutIdempotencyKey(42)).toBe('order-42-checkout-v1');
    expect(checkoutIdempotencyKey(42, 2)).toBe('order-42-checkout-v2');
  });
});

describe('the platform fee', () => {
  it('is the rate in basis points of the total, rounded down to a whole minor unit', () => {
    expect(platformFeeMinor(900_000, 0)).toBe(0);
    expect(platformFeeMinor(900_000, 250)).toBe(22_500); // 2.5 % of ₡9 000,00
    expect(platformFeeMinor(999, 250)).toBe(24); // 24.975 → 24: never more than promised
    expect(platformFeeMinor(1_000, 10_000)).toBe(1_000);
  });

  it('stays exact where total × rate passes 2^53', () => {
    expect(platformFeeMinor(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(Number.isInteger(platformFeeMinor(Number.MAX_SAFE_INTEGER, 3_333))).toBe(true);
  });

  it('refuses a fractional, negative or over-100 % rate, and a float total', () => {
    expect(() => platformFeeMinor(1_000, 2.5)).toThrow(InvalidMoneyError);
    expect(() => platformFeeMinor(1_000, -1)).toThrow(InvalidMoneyError);
    expect(() => platformFeeMinor(1_000, 10_001)).toThrow(InvalidMoneyError);
    expect(() => platformFeeMinor(10.5, 100)).toThrow(InvalidMoneyError);
  });
});
