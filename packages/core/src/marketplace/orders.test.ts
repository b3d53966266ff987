import { describe, expect, it } from 'vitest';
import { canMoveOrder, holdsStock, orderStates, orderTotalMinor, type OrderParty, type OrderState } from './orders';
import { slugify } from './enterprise';

// Every move an order may make, and by whom; anything else is forbidden.
const ALLOWED: [OrderState, OrderState, OrderParty][] = [
  ['pending_payment', 'paid', 'vendor'],
  ['pending_payment', 'cancelled', 'vendor'],
  ['paid', 'ready', 'vendor'],
  ['paid', 'refunded', 'vendor'],
  ['ready', 'completed', 'vendor'],
  ['ready', 'refunded', 'vendor'],
  ['pending_payment', 'cancelled', 'buyer'],
  ['pending_payment', 'paid', 'payments'],
  ['pending_payment', 'cancelled', 'payments'],
];

describe('the order state machine', () => {
  const allowed = new Set(ALLOWED.map((m) => m.join(' ')));
  for (const party of ['vendor', 'buyer', 'payments'] as const) {
    for (const from of orderStates) {
      for (const to of orderStates) {
        const expected = allowed.has(`${from} ${to} ${party}`);
        it(`${expected ? 'lets' : 'does not let'} the ${party} move ${from} → ${to}`, () => expect(canMoveOrder(from, to, party)).toBe(expected));
      }
    }
  }

  it('keeps stock held until an order is cancelled or refunded', () => {
    expect(orderStates.filter(holdsStock)).toEqual(['pending_payment', 'paid', 'ready', 'completed']);
  });
});

describe('money and names', () => {
  it('adds prices in integer minor units', () => {
    expect(orderTotalMinor([{ unitPriceMinor: 150_000, quantity: 3 }, { unitPriceMinor: 99, quantity: 1 }])).toBe(450_099);
    expect(Number.isInteger(orderTotalMinor([{ unitPriceMinor: 1, quantity: 7 }]))).toBe(true);
  });

  it('makes an address from a Spanish name', () => {
    expect(slugify('Panadería Doña Rosa')).toBe('panaderia-dona-rosa');
    expect(slugify('¡¡¡')).toBe('emprendimiento');
  });
});
