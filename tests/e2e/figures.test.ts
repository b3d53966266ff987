import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS as PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, inEnglish, signInAsOfficer } = solidariaInChromium();

// The office's figures on a cheap phone, in Spanish, without JavaScript; the demo data
// has a year of placements in Upala, some in groups of fewer than 5 people.
const SPANISH_PHONE_NO_JS = { ...PHONE_NO_JS, acceptDownloads: true } as const;

describe("the office's figures", () => {
  it('shows an officer charts and tables with "<5" on a phone without JavaScript, exports CSV and prints a report, in Spanish and English', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const page = await context.newPage();
        await signInAsOfficer(page);
        await go(page, '/office/figures', main(page).getByRole('link', { name: 'Ver las cifras del programa' }).click());
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cifras del programa');
        expect(await main(page).innerText()).toContain('Upala, del');
        // The form shows the period the figures cover (the last twelve months unless chosen).
        expect(await page.getByLabel('Desde').inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
        expect(await page.getByLabel('Hasta').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

        // Placements by nationality: the demo has three people from El Salvador.
        await page.getByLabel('Desglosar por').selectOption({ value: 'nationality' });
        await submitted(page, page.getByRole('button', { name: 'Ver cifras' }).click());
        expect(new URL(page.url()).searchParams.get('by')).toBe('nationality');
        const placements = main(page).getByRole('region', { name: /^Personas colocadas/ });
        expect(await placements.getByRole('img', { name: 'Personas colocadas por mes' }).count()).toBe(1);
        expect(await placements.getByRole('img', { name: 'Personas colocadas por Nacionalidad' }).count()).toBe(1);
        const byNationality = placements.getByRole('table', { name: 'Personas colocadas por Nacionalidad' });
        expect(await byNationality.getByRole('row', { name: /El Salvador/ }).innerText()).toContain('<5');
        // A "<5" is never drawn as a bar: the chart writes the mark where the bar would be.
        expect(await placements.locator('svg text', { hasText: '<5' }).count()).toBeGreaterThan(0);
        const chart = await placements.getByRole('img', { name: 'Personas colocadas por mes' }).boundingBox();
        expect(chart!.width).toBeLessThanOrEqual(PHONE.width);
        expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await axe(page);
        const figuresPath = page.url().slice(solidaria.url.length);

        // The CSV: a download with the same suppression.
        const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('link', { name: 'Descargar las cifras (CSV)' }).click()]);
        expect(download.suggestedFilename()).toMatch(/^solidaria-figures-upala-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-by-nationality\.csv$/);
        const csv = readFileSync((await download.path())!);
        expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = csv.toString('utf8');
        expect(text).toContain('placements,,nationality,SV,El Salvador,<5');

        // The printable report: the same tables, no site header.
        await submitted(page, main(page).getByRole('link', { name: 'Informe para imprimir' }).click());
        expect(new URL(page.url()).pathname).toBe('/office/figures/report');
        expect(await page.getByRole('banner').count()).toBe(0);
        expect(await page.getByRole('table', { name: 'Personas colocadas por Nacionalidad' }).getByRole('row', { name: /El Salvador/ }).innerText()).toContain('<5');
        await axe(page);
        const reportPath = page.url().slice(solidaria.url.length);

        // A period that runs backwards is said beside the form, not a crash.
        await page.goto(`${solidaria.url}/office/figures?from=2026-06-01&to=2026-01-01`);
        expect(await main(page).getByRole('alert').innerText()).toContain('Revise las fechas');

        await inEnglish(context, page, [figuresPath, reportPath], async (english) => {
          expect(await main(english).innerText()).toMatch(/People placed in work|Figures report/);
          await axe(english);
        });
      });
    });
  });
});
