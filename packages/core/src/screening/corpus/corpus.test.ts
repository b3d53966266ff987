// The screening against two corpora: fake offers written for it (every one labelled with
// what it must raise) and ordinary offers built from real postings (which it must mostly
// leave alone). Prints one summary line with the numbers.

import { afterAll, describe, expect, it } from 'vitest';
import { screenOffer } from '../screen-offer';
import { type BlockCode, type FlagCode, type ScreeningResult, blockCodes, flagCodes } from '../types';
import { type FraudCase, fraudulentOffers } from './fraudulent';
import { type CorpusOffer, usualSalary } from './ordinary';
import { ordinaryFixture } from './ordinary-fixture';
import { SHARED_DATA, ordinaryFromSharedData, sharedDataPresent } from '../../../../../tests/fixtures/shared-postings';

const ORDINARY_FROM_REAL_POSTINGS = 320;

function screenCase(c: FraudCase, n: number): ScreeningResult {
  const iscoCode = c.iscoCode ?? null;
  return screenOffer(
    {
      title: c.title,
      description: c.description,
      howToApply: c.howToApply ?? '',
      salary: c.salary ?? usualSalary(c.country, iscoCode, n),
      workAbroad: c.workAbroad ?? false,
      suitableForAdolescents: false,
      workingTime: 'full_time',
    },
    {
      country: c.country,
      iscoCode,
      organisation: { verified: false, ageDays: 12, offersLastWeek: 1, ...c.organisation },
      sameTextOrganisations: c.sameTextOrganisations ?? 0,
    },
  );
}

const fraud = fraudulentOffers.map((c, n) => ({ c, result: screenCase(c, n) }));
const blockCases = fraud.filter(({ c }) => (c.blocks ?? []).length > 0);
const flagCases = fraud.filter(({ c }) => (c.flags ?? []).length > 0);
const missingBlocks = blockCases.filter(({ c, result }) => !(c.blocks ?? []).every((code) => result.blocks.some((b) => b.code === code)));
const missingFlags = flagCases.filter(({ c, result }) => !(c.flags ?? []).every((code) => result.flags.some((f) => f.code === code)));

const realPostings = sharedDataPresent();
const ordinary: CorpusOffer[] = realPostings ? ordinaryFromSharedData(ORDINARY_FROM_REAL_POSTINGS) : ordinaryFixture();
const screenedOrdinary = ordinary.map((offer) => ({ offer, result: screenOffer(offer.input, offer.context) }));
const ordinaryFlagged = screenedOrdinary.filter(({ result }) => result.blocks.length + result.flags.length > 0);
const ordinaryBlocked = screenedOrdinary.filter(({ result }) => result.blocks.length > 0);

const describeFinding = ({ offer, result }: (typeof screenedOrdinary)[number]) =>
  `${offer.id}: ${[...result.blocks, ...result.flags].map((f) => `${f.code} (${f.reason.en})`).join('; ')}`;

afterAll(() => {
  console.log(
    `screening corpus: blocks ${blockCases.length - missingBlocks.length}/${blockCases.length} refused, ` +
      `flags ${flagCases.length - missingFlags.length}/${flagCases.length} sent to review, ` +
      `ordinary ${ordinaryFlagged.length}/${ordinary.length} flagged (${ordinaryBlocked.length} blocked; ${realPostings ? 'real postings from ../shared/data' : 'in-repo fixture, ../shared/data absent'})`,
  );
});

describe('the fraudulent corpus', () => {
  it('has at least 100 offers and covers every block and flag code several times', () => {
    expect(fraudulentOffers.length).toBeGreaterThanOrEqual(100);
    const count = (code: BlockCode | FlagCode) => fraudulentOffers.filter((c) => [...(c.blocks ?? []), ...(c.flags ?? [])].includes(code)).length;
    for (const code of [...blockCodes, ...flagCodes]) expect(count(code), code).toBeGreaterThanOrEqual(3);
  });

  it('refuses every offer labelled with a block, with the expected codes', () => {
    const misses = missingBlocks.map(({ c, result }) => `${c.title}: expected ${c.blocks?.join(', ')}, got ${result.blocks.map((b) => b.code).join(', ') || 'nothing'}`);
    expect(misses).toEqual([]);
    expect(blockCases.length).toBeGreaterThan(0);
  });

  it('sends at least 95 % of the offers labelled with flags to review with the expected flags', () => {
    const misses = missingFlags.map(({ c, result }) => `${c.title}: expected ${c.flags?.join(', ')}, got ${result.flags.map((f) => f.code).join(', ') || 'nothing'}`);
    if (misses.length > 0) console.log(`flag cases missed:\n${misses.join('\n')}`);
    expect(flagCases.length).toBeGreaterThan(0);
    expect((flagCases.length - missingFlags.length) / flagCases.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never publishes a labelled offer automatically: each gets at least one block or flag', () => {
    expect(fraud.filter(({ result }) => result.blocks.length + result.flags.length === 0).map(({ c }) => c.title)).toEqual([]);
  });
});

describe(`ordinary offers (${realPostings ? `real postings in ${SHARED_DATA.pathname}` : 'in-repo fixture'})`, () => {
  it('has enough of them', () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(realPostings ? 300 : 20);
  });

  it('flags at most 5 % of them, and names each one it flags', () => {
    if (ordinaryFlagged.length > 0) console.log(`ordinary offers flagged:\n${ordinaryFlagged.map(describeFinding).join('\n')}`);
    expect(ordinaryFlagged.length / ordinary.length).toBeLessThanOrEqual(0.05);
  });

  it('blocks hardly any (only where the real text truly asks for money or papers), and prints those', () => {
    if (ordinaryBlocked.length > 0) console.log(`ordinary offers blocked:\n${ordinaryBlocked.map(describeFinding).join('\n')}`);
    expect(ordinaryBlocked.length / ordinary.length).toBeLessThanOrEqual(0.01);
  });
});

describe('the in-repo fixture of ordinary offers (what the test uses when ../shared/data is absent)', () => {
  const fixture = ordinaryFixture();

  it('is what runs when the folder is missing', () => {
    expect(sharedDataPresent(new URL('./no-such-folder/', SHARED_DATA))).toBe(false);
    expect(fixture.length).toBeGreaterThanOrEqual(20);
  });

  it('passes the same bar as the real postings', () => {
    const flagged = fixture.filter((offer) => {
      const result = screenOffer(offer.input, offer.context);
      return result.blocks.length + result.flags.length > 0;
    });
    expect(flagged.length / fixture.length).toBeLessThanOrEqual(0.05);
  });
});
