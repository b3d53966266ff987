import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, MUNICIPALITIES } from './corpus';
import { findDataFolder } from './sources';

describe('the benchmark corpus', () => {
  it('says the real postings are missing instead of failing when their folder is absent', () => {
    const result = loadCorpus(10, { dataDir: join(tmpdir(), 'solidaria-no-such-data-folder'), cache: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not at .*solidaria-no-such-data-folder/);
  });

  it('is the same for the same N, with at least 10,000 distinct descriptions in 20,000 offers', () => {
    if (!findDataFolder().ok) {
      // Without ../shared/data there is nothing to generate from, and the bench says so.
      expect(loadCorpus(20_000, { cache: false }).ok).toBe(false);
      return;
    }
    const first = loadCorpus(20_000, { cache: false });
    const second = loadCorpus(20_000, { cache: false });
    if (!first.ok || !second.ok) throw new Error('the data folder was found but the corpus was not built');
    const offers = first.corpus.offers;
    expect(second.corpus.offers).toEqual(offers);
    expect(offers).toHaveLength(20_000);
    expect(new Set(offers.map((o) => o.description)).size).toBeGreaterThanOrEqual(10_000);
    for (const offer of offers.slice(0, 500)) {
      expect(offer.title.length).toBeGreaterThan(1);
      expect(MUNICIPALITIES).toContain(offer.municipality);
      expect(Number.isInteger(offer.salary)).toBe(true);
      expect(offer.skills.length).toBeGreaterThanOrEqual(2);
      expect(offer.skills.length).toBeLessThanOrEqual(6);
    }
  });
});
