import { describe, expect, it } from 'vitest';
import { enterpriseEditSchema, productEditSchema } from './enterprise';
import { canDecideProgramme, canRequestProgramme } from './programme';
import { monthIn, monthlySales, monthsUpTo } from './sales';

const UPALA = 'America/Costa_Rica';

describe('monthly sales in the municipality’s time zone', () => {
  it('counts an order completed on the evening of the 31st in Upala in that month, not the next', () => {
    const evening = new Date('2026-10-31T23:30:00-06:00');
    expect(evening.toISOString().slice(0, 7)).toBe('2026-11');
    expect(monthIn(evening, UPALA)).toBe('2026-10');
  });

  it('gives six months ending with this one, across a new year, and adds only completed orders', () => {
    expect(monthsUpTo('2026-02', 6)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    const now = new Date('2026-11-27T15:00:00Z');
    const sales = monthlySales(
      [
        { state: 'completed', totalMinor: 1_500_00, updatedAt: new Date('2026-11-01T05:00:00Z') },
        { state: 'completed', totalMinor: 2_000_00, updatedAt: new Date('2026-11-01T07:00:00Z') },
        { state: 'paid', totalMinor: 9_000_00, updatedAt: new Date('2026-11-20T07:00:00Z') },
        { state: 'completed', totalMinor: 500_00, updatedAt: new Date('2025-01-01T07:00:00Z') },
      ],
      UPALA,
      now,
    );
    expect(sales.map((s) => s.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    // 05:00 UTC on the 1st is still 31 October in Upala.
    expect(sales.at(-2)).toEqual({ month: '2026-10', totalMinor: 1_500_00, count: 1 });
    expect(sales.at(-1)).toEqual({ month: '2026-11', totalMinor: 2_000_00, count: 1 });
  });
});

describe('the municipal programme', () => {
  const none = { programme: false, programmeRequestedAt: null };
  const asked = { programme: false, programmeRequestedAt: new Date() };
  const member = { programme: true, programmeRequestedAt: null };
  it('lets a vendor ask once, and an officer refuse only a pending request and take out only a member', () => {
    expect([none, asked, member].map(canRequestProgramme)).toEqual([true, false, false]);
    expect([none, asked, member].map((s) => canDecideProgramme(s, 'join'))).toEqual([true, true, false]);
    expect([none, asked, member].map((s) => canDecideProgramme(s, 'refuse'))).toEqual([false, true, false]);
    expect([none, asked, member].map((s) => canDecideProgramme(s, 'leave'))).toEqual([false, false, true]);
  });
});

describe('edits', () => {
  it('changes only the fields sent, refuses a float price and a municipality change', () => {
    expect(productEditSchema.parse({ active: false })).toEqual({ active: false });
    expect(productEditSchema.safeParse({ priceMinor: 12.5 }).success).toBe(false);
    expect(enterpriseEditSchema.parse({ name: ' Tortillería ' })).toEqual({ name: 'Tortillería' });
    expect(enterpriseEditSchema.safeParse({ municipalityId: 2 }).success).toBe(false);
  });
});
