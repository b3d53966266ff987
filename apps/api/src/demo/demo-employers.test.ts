import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CountryCode, offerInputSchema, organisationInputSchema, taxIdProblem } from '@solidaria/core';
import { describe, expect, it } from 'vitest';
import { type DemoOffer, demoOffers, demoOrganisations } from './demo-employers';

const root = join(import.meta.dirname, '../../../..');

/** slug → country, from the municipalities seed migration. */
const municipalities = new Map<string, CountryCode>(
  [...readFileSync(join(root, 'packages/db/migrations/0001_seed-municipalities.sql'), 'utf8').matchAll(/\('([a-z0-9-]+)', '[^']*', '([A-Z]{2})'/g)].map(
    ([, slug, country]) => [slug!, country as CountryCode],
  ),
);
const PROGRAMME = ['upala', 'los-chiles', 'la-cruz', 'escazu', 'san-carlos', 'esquipulas', 'villa-nueva', 'san-pedro-sula', 'panama'];

interface StarterOccupation { uri: string; essentialSkills?: string[]; optionalSkills?: string[] }
const starter = JSON.parse(readFileSync(join(root, 'packages/db/taxonomy/starter.json'), 'utf8')) as {
  occupations: StarterOccupation[];
  skills: { uri: string }[];
};
const occupations = new Map(starter.occupations.map((o) => [o.uri, o]));
const skillUris = new Set(starter.skills.map((s) => s.uri));
const organisations = new Map(demoOrganisations.map((o) => [o.key, o]));

const countryOf = (offer: DemoOffer) => municipalities.get(offer.municipalitySlug)!;
const where = (offer: DemoOffer) => `${offer.organisation}: ${offer.fields.title}`;

describe('the demo employers', () => {
  it('are 8 to 14 organisations with unique keys, each registrable in its municipality', () => {
    expect(demoOrganisations.length).toBeGreaterThanOrEqual(8);
    expect(demoOrganisations.length).toBeLessThanOrEqual(14);
    expect(organisations.size).toBe(demoOrganisations.length);
    for (const [index, { key: _key, municipalitySlug: _slug, ...organisation }] of demoOrganisations.entries()) {
      const parsed = organisationInputSchema.safeParse({ ...organisation, municipalityId: index + 1 });
      expect(parsed.error?.issues, organisation.name).toBeUndefined();
    }
  });

  it('have a tax id valid for the country of their municipality', () => {
    for (const organisation of demoOrganisations) {
      const country = municipalities.get(organisation.municipalitySlug);
      expect(country, organisation.municipalitySlug).toBeDefined();
      expect(taxIdProblem(country!, organisation.taxId), `${organisation.name} ${organisation.taxId}`).toBeNull();
    }
  });

  it('can be reached only at example domains and at numbers of their own country that ring nobody', () => {
    const prefix: Record<CountryCode, string> = { CR: '+5060', GT: '+5020', HN: '+5040', PA: '+5070' };
    for (const organisation of demoOrganisations) {
      if (organisation.contactEmail) expect(organisation.contactEmail).toMatch(/@[a-z0-9.-]+\.example\.(org|com)$/);
      if (organisation.contactPhone) expect(organisation.contactPhone.startsWith(prefix[municipalities.get(organisation.municipalitySlug)!])).toBe(true);
      if (organisation.website) expect(new URL(organisation.website).hostname).toMatch(/\.example\.(org|com)$/);
    }
  });
});

describe('the demo offers', () => {
  it('each pass the offer schema an employer fills in', () => {
    for (const offer of demoOffers) {
      const parsed = offerInputSchema.safeParse({
        ...offer.fields,
        municipalityId: 1,
        occupationId: offer.occupationUri ? 1 : null,
        skills: offer.skills.map((skill, index) => ({ skillId: index + 1, level: skill.level, required: skill.required })),
        closesOn: new Date(Date.UTC(2026, 0, 1 + offer.closesInDays)).toISOString().slice(0, 10),
      });
      expect(parsed.error?.issues, where(offer)).toBeUndefined();
      expect(offer.closesInDays, where(offer)).toBeGreaterThan(0);
    }
  });

  it('are posted by a demo organisation in a municipality of its own country', () => {
    for (const offer of demoOffers) {
      const organisation = organisations.get(offer.organisation);
      expect(organisation, where(offer)).toBeDefined();
      expect(municipalities.has(offer.municipalitySlug), where(offer)).toBe(true);
      expect(countryOf(offer), where(offer)).toBe(municipalities.get(organisation!.municipalitySlug));
    }
  });

  it('name occupations and skills of the starter taxonomy, each skill one its occupation lists', () => {
    for (const offer of demoOffers) {
      const occupation = offer.occupationUri === null ? undefined : occupations.get(offer.occupationUri);
      if (offer.occupationUri !== null) expect(occupation, where(offer)).toBeDefined();
      const related = new Set([...(occupation?.essentialSkills ?? []), ...(occupation?.optionalSkills ?? [])]);
      for (const skill of offer.skills) {
        expect(skillUris.has(skill.uri), `${where(offer)} ${skill.uri}`).toBe(true);
        if (related.size > 0) expect(related.has(skill.uri), `${where(offer)} ${skill.uri}`).toBe(true);
      }
      expect(new Set(offer.skills.map((s) => s.uri)).size, where(offer)).toBe(offer.skills.length);
    }
  });

  it('fill a job board: at least 60 offers, 50 different titles, in all nine programme municipalities', () => {
    expect(demoOffers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(demoOffers.map((o) => o.fields.title)).size).toBeGreaterThanOrEqual(50);
    for (const slug of PROGRAMME) {
      expect(municipalities.has(slug), slug).toBe(true);
      expect(demoOffers.filter((o) => o.municipalitySlug === slug).length, slug).toBeGreaterThanOrEqual(5);
    }
  });

  it('pay in the local currency at or above the lowest legal minimum, never a hundred times off', () => {
    // The lowest full-time monthly minimum of each country in 2026, in major units.
    const floor: Record<CountryCode, number> = { CR: 271_845, GT: 3_221, HN: 9_000, PA: 300 };
    const monthsOf = { month: 1, week: 4.33, day: 26, hour: 208 } as const;
    for (const offer of demoOffers) {
      const { salary, workingTime } = offer.fields;
      if (salary.kind === 'to_agree') continue;
      const monthly = (salary.minMinor / 100) * monthsOf[salary.period];
      const lowest = floor[countryOf(offer)] * (workingTime === 'part_time' ? 0.25 : 0.95);
      expect(monthly, where(offer)).toBeGreaterThanOrEqual(lowest);
      expect(monthly, where(offer)).toBeLessThanOrEqual(floor[countryOf(offer)] * 6);
    }
    expect(demoOffers.filter((o) => o.fields.salary.kind === 'to_agree').length).toBeLessThanOrEqual(demoOffers.length / 10);
  });

  it('read like honest offers: free to apply, no fees, no private channels, no age or looks', () => {
    const suspicious =
      /whatsapp|dep[óo]sito|inscripci[óo]n|cuota|señorita|buena presencia|urgente|gana mucho|modelaje|edec[áa]n|anfitriona|masaje|pasaporte|foto|\bde \d+ a \d+ años|trabajo en el extranjero/i;
    for (const offer of demoOffers) {
      const text = `${offer.fields.title} ${offer.fields.description} ${offer.fields.howToApply}`;
      expect(text, where(offer)).not.toMatch(suspicious);
      expect(offer.fields.description, where(offer)).toMatch(/gratis|gratuit|no cuesta nada|no tiene (ningún )?costo/i);
      expect(offer.fields.workAbroad, where(offer)).toBe(false);
      expect(offer.fields.acceptedAuthorizations, where(offer)).toEqual(expect.arrayContaining(['refugee', 'asylum_seeker_with_permit']));
    }
    for (const organisation of demoOrganisations) expect(organisation.description, organisation.name).not.toMatch(suspicious);
  });

  it('offer a few light daytime part-time jobs to adolescents, and a few remote ones', () => {
    const forAdolescents = demoOffers.filter((o) => o.fields.suitableForAdolescents);
    expect(forAdolescents.length).toBeGreaterThanOrEqual(2);
    for (const offer of forAdolescents) {
      expect(offer.fields.workingTime, where(offer)).toBe('part_time');
      expect(offer.fields.shifts, where(offer)).not.toContain('night');
    }
    expect(demoOffers.filter((o) => o.fields.remote).length).toBeGreaterThanOrEqual(2);
  });
});
