// Script and HTML typed into every text field render as text: each record is made
// through the API with payloads (xss-records.ts), then every page that shows it is
// opened in Chromium with JavaScript on, so a payload that became markup would run.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { solidariaInChromium } from '../e2e/fixture';
import { createXssRecords, FIELDS, type Field, type XssRecords } from './xss-records';

const { solidaria, withContext } = solidariaInChromium();
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'es-CR' } as const;

/** The pages that show the records, by who may open them. */
const pagesFor = (r: XssRecords): Record<'public' | keyof XssRecords['cookies'], string[]> => ({
  public: [`/jobs?q=${encodeURIComponent(FIELDS.searchQuery)}`, '/jobs?q=cocinero', `/jobs/${r.offerId}`, '/market?q=pan', `/market/${r.enterpriseSlug}`, `/orders/${r.orderPublicId}`],
  employer: ['/employer', `/employer/organizations/${r.organisationId}`, `/employer/offers/${r.offerId}`, `/employer/offers/${r.offerId}/applications`],
  seeker: ['/account', '/profile', '/profile/history', '/applications'],
  vendor: ['/vendor', `/vendor/enterprises/${r.enterpriseSlug}`, `/vendor/enterprises/${r.enterpriseSlug}/edit`, `/vendor/enterprises/${r.enterpriseSlug}/products/${r.productId}`],
  officer: [`/office/organizations/${r.organisationId}`, `/office/people/${r.seekerId}`],
});

interface Inspection {
  ran: unknown;
  injected: string[];
  dialogs: string[];
  shown: Field[];
}

/** What a page did with the payloads: ran one, grew elements from one, or shows them as text. */
async function inspect(page: Page, dialogs: string[]): Promise<Inspection> {
  const found = await page.evaluate((fields) => {
    const injected = document.querySelectorAll('img[src="x"], [onerror], [onload], script:not([type="application/ld+json"]):not([src])');
    // Rendered text (what a reader sees), and what form fields hold for editing.
    const text = document.body.innerText.replace(/\s+/g, ' ');
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((e) => e.value);
    return {
      ran: (window as unknown as { __xss?: unknown }).__xss,
      injected: [...injected].map((e) => e.outerHTML.slice(0, 120)),
      shown: Object.entries(fields).filter(([, literal]) => text.includes(literal) || values.some((v) => v.includes(literal))).map(([field]) => field),
    };
  }, FIELDS as Record<string, string>);
  return { ...found, dialogs: [...dialogs], shown: found.shown as Field[] };
}

const collectDialogs = (page: Page) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
  return dialogs;
};

/** Opens a page and checks no payload ran or became markup; answers which payloads it shows as text. */
async function openAndCheck(page: Page, path: string): Promise<Field[]> {
  const dialogs = collectDialogs(page);
  const res = await page.goto(`${solidaria.url}${path}`, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  const { ran, injected, shown } = await inspect(page, dialogs);
  expect({ path, ran, injected, dialogs }).toEqual({ path, ran: undefined, injected: [], dialogs: [] });
  return shown;
}

describe('script and HTML in text fields', { timeout: 120_000 }, () => {
  it('would be caught: the same checks on a page that puts a payload in as markup see it run', async () => {
    await withContext(PHONE, async (context) => {
      const page = await context.newPage();
      const dialogs = collectDialogs(page);
      await page.setContent(`<main><h1>${FIELDS.offerTitle}</h1></main>`);
      await page.waitForFunction(() => document.readyState === 'complete');
      const seen = await inspect(page, dialogs);
      expect(seen.ran).toBe(1);
      expect(seen.injected.length).toBeGreaterThan(0);
      expect(seen.shown).not.toContain('offerTitle');
    });
  });

  it('render as text on every page that shows them, and never run', async () => {
    const records = await createXssRecords(solidaria.url, solidaria.dataDir);
    const shownAnywhere = new Set<Field>();
    const shownWhere: Record<string, Field[]> = {};
    for (const [who, paths] of Object.entries(pagesFor(records))) {
      await withContext(PHONE, async (context) => {
        const cookie = who === 'public' ? undefined : records.cookies[who as keyof XssRecords['cookies']];
        if (cookie) await context.addCookies([{ name: cookie.split('=')[0]!, value: cookie.slice(cookie.indexOf('=') + 1), url: solidaria.url }]);
        const page = await context.newPage();
        for (const path of paths) {
          const shown = await openAndCheck(page, path);
          shownWhere[path] = shown;
          for (const field of shown) shownAnywhere.add(field);
        }
      });
    }
    console.log('Payloads shown as text, by page:\n' + Object.entries(shownWhere).map(([p, f]) => `  ${p}: ${f.join(', ') || '—'}`).join('\n'));
    // Every field's payload was seen, whole and as text, on at least one page.
    expect([...shownAnywhere].sort()).toEqual(Object.keys(FIELDS).sort());
    // The search box keeps the query as typed, and the offer page shows the title and the organisation as text.
    expect(shownWhere[`/jobs?q=${encodeURIComponent(FIELDS.searchQuery)}`]).toContain('searchQuery');
    expect(shownWhere[`/jobs/${records.offerId}`]).toEqual(expect.arrayContaining(['offerTitle', 'offerDescription', 'organisationName']));
    expect(shownWhere[`/market/${records.enterpriseSlug}`]).toEqual(expect.arrayContaining(['enterpriseName', 'productName']));
  });
});
