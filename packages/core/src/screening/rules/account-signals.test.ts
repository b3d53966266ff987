import { describe, expect, it } from 'vitest';
import { screen } from '../testing';
import { MANY_OFFERS_PER_WEEK, NEW_ORGANISATION_DAYS } from './account-signals';

const ordinary = 'Distribuidora busca auxiliar de bodega para recepción y despacho de mercadería.';

describe('duplicate_text: the same description from other organisations goes to review', () => {
  it('flags from one other organisation, saying how many', () => {
    expect(screen(ordinary, { context: { sameTextOrganisations: 0 } }).flags).toEqual([]);
    const [one] = screen(ordinary, { context: { sameTextOrganisations: 1 } }).flags;
    expect(one).toMatchObject({ code: 'duplicate_text', field: 'description' });
    expect(one?.reason.en).toContain('another organisation');
    expect(screen(ordinary, { context: { sameTextOrganisations: 4 } }).flags[0]?.reason.es).toContain('4 organizaciones');
  });
});

describe('new_organisation_many_offers: a brand-new organisation posting many offers goes to review', () => {
  const flags = (ageDays: number, offersLastWeek: number) => screen(ordinary, { context: { organisation: { ageDays, offersLastWeek } } }).flags.map((f) => f.code);

  it(`flags ${MANY_OFFERS_PER_WEEK} or more offers in a week in the first ${NEW_ORGANISATION_DAYS} days`, () => {
    expect(flags(3, MANY_OFFERS_PER_WEEK)).toEqual(['new_organisation_many_offers']);
    expect(flags(NEW_ORGANISATION_DAYS - 1, 20)).toEqual(['new_organisation_many_offers']);
  });

  it('leaves a new organisation with a few offers, and an older one with many, alone', () => {
    expect(flags(3, MANY_OFFERS_PER_WEEK - 1)).toEqual([]);
    expect(flags(NEW_ORGANISATION_DAYS, 20)).toEqual([]);
  });

  it('says the age and the count in the reason', () => {
    const [flag] = screen(ordinary, { context: { organisation: { ageDays: 2, offersLastWeek: 9 } } }).flags;
    expect(flag?.reason.es).toContain('hace 2 días');
    expect(flag?.reason.en).toContain('9 offers');
  });
});
