import { describe, expect, it } from 'vitest';
import { solidariaInChromium } from '../e2e/fixture';
import { publicRecords } from './demo-records';
import { publicPages } from './page-routes';
import { firstLoad, weightTable, type PageWeight } from './page-weight';

const { solidaria, withContext } = solidariaInChromium();

// Budgets for a cheap phone on a slow network (issue 10).
const PAGE_BUDGET = 90 * 1024;
const SCRIPT_BUDGET = 40 * 1024;
// Pages with an interaction that needs script (the job search's as-you-type results,
// apps/web/static/search-as-you-type.js); every other page ships no JavaScript at all.
const interactivePaths = new Set(['/jobs']);
const isInteractive = (path: string) => interactivePaths.has(new URL(path, 'http://x').pathname);
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'es-CR' } as const;

describe('page budgets on a first visit', () => {
  it('keeps every public page small, compressed, without web fonts, script, console errors or eagerly loaded images', { timeout: 120_000 }, async () => {
    const records = await withContext(PHONE, (context) => publicRecords(context.request, solidaria.url));
    const weights: PageWeight[] = [];
    for (const path of publicPages(records)) weights.push(await withContext(PHONE, (context) => firstLoad(context, solidaria.url, path)));
    console.log(`First load of each public page (gzip on the wire, phone, nothing cached):\n${weightTable(weights)}`);

    const over = (weight: PageWeight) => ({
      path: weight.path,
      tooHeavy: weight.total > PAGE_BUDGET,
      tooMuchScript: weight.script > (isInteractive(weight.path) ? SCRIPT_BUDGET : 0),
      fonts: weight.fontRequests + weight.fontFaces,
      consoleErrors: weight.consoleErrors,
      // The HTML and every style sheet reach the phone compressed.
      uncompressed: weight.transfers.filter((t) => (t.type === 'document' || t.type === 'stylesheet') && !t.encoding).map((t) => t.url),
      // Every picture is sized (no layout shift) and lazy: on these pages none is the first thing on a phone's screen.
      unsizedOrEager: weight.images.filter((img) => !img.width || !img.height || img.loading !== 'lazy').map((img) => img.src),
    });
    const fine = (path: string) => ({ path, tooHeavy: false, tooMuchScript: false, fonts: 0, consoleErrors: [], uncompressed: [], unsizedOrEager: [] });
    expect(weights.map(over)).toEqual(weights.map((w) => fine(w.path)));
    // The enterprise page has pictures, so the image rule above was put to work.
    expect(weights.find((w) => w.path === `/market/${records.enterpriseSlug}`)?.images.length).toBeGreaterThan(0);
  });
});
