import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS as PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, inEnglish, signInAsOfficer } = solidariaInChromium();

// The office's figures on a cheap phone, in Spanish, without JavaScript; the demo data
// has a year of placements in Upala, some in groups of fewer than 5 people.
const SPANISH_PHONE_NO_JS = { ...PHONE_NO_JS, acceptDownloads: true } as const;

describe("the office's figures", () => {
  it('shows an officer charts and tables with "<5" for whole months on a phone without JavaScript, refuses a day, exports CSV with names and prints a report, in Spanish and English', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const page = await context.newPage();
        await signInAsOfficer(page);
        await go(page, '/office/figures', main(page).getByRole('link', { name: 'Ver las cifras del programa' }).click());
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cifras del programa');
        expect(await main(page).innerText()).toContain('Las cifras se cuentan por meses enteros para que nadie pueda ser identificado.');
        expect(await main(page).innerText()).toMatch(/Upala, de [a-z]+ de \d{4} a [a-z]+ de \d{4}/);
        // The form shows the period the figures cover in whole months (the last twelve unless chosen).
        expect(await page.getByLabel('Desde').getAttribute('type')).toBe('month');
        const [from, to] = [await page.getByLabel('Desde').inputValue(), await page.getByLabel('Hasta').inputValue()];
        expect(from).toMatch(/^\d{4}-\d{2}$/);
        expect(to).toMatch(/^\d{4}-\d{2}$/);
        expect((Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5))).toBe(11);

        // Placements by nationality: the demo has three people from El Salvador.
        await page.getByLabel('Desglosar por').selectOption({ value: 'nationality' });
        await page.getByLabel('Desde').fill(from);
        await submitted(page, page.getByRole('button', { name: 'Ver cifras' }).click());
        expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ by: 'nationality', from, to });
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
        expect(download.suggestedFilename()).toBe(`solidaria-figures-upala-${from}-${to}-by-nationality.csv`);
        const csv = readFileSync((await download.path())!);
        expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = csv.toString('utf8');
        // The header in the page's language; each category's code beside its name.
        expect(text.slice(1).split('\r\n')[0]).toBe('municipio,desde,hasta,cifra,moneda,desglose,categoría,nombre de la categoría,valor');
        expect(text).toContain(`Upala,${from},${to},placements,,nationality,SV,El Salvador,<5`);

        // The printable report: the same tables, no site header.
        await submitted(page, main(page).getByRole('link', { name: 'Informe para imprimir' }).click());
        expect(new URL(page.url()).pathname).toBe('/office/figures/report');
        expect(await page.getByRole('banner').count()).toBe(0);
        expect(await page.getByRole('table', { name: 'Personas colocadas por Nacionalidad' }).getByRole('row', { name: /El Salvador/ }).innerText()).toContain('<5');
        await axe(page);
        const reportPath = page.url().slice(solidaria.url.length);

        // A period that runs backwards, or a day where a month goes, is said beside the form, not a crash.
        await page.goto(`${solidaria.url}/office/figures?from=2026-06&to=2026-01`);
        expect(await main(page).getByRole('alert').innerText()).toContain('Revise los meses');
        const dayPath = `/office/figures?from=${from}-02&to=${to}&by=gender`;
        await page.goto(`${solidaria.url}${dayPath}`);
        expect(await main(page).getByRole('alert').innerText()).toBe('Las cifras van por meses enteros: elija un mes (AAAA-MM), no un día.');
        expect(await page.getByLabel('Desde').getAttribute('aria-invalid')).toBe('true');
        expect(await page.getByLabel('Hasta').getAttribute('aria-invalid')).toBeNull();
        expect(await main(page).getByRole('table').count()).toBe(0);
        await axe(page);
        await page.goto(`${solidaria.url}/office/figures/report?from=${from}&to=${to}-30`);
        expect(await main(page).getByRole('alert').innerText()).toContain('meses enteros');

        await inEnglish(context, page, [figuresPath], async (english) => {
          expect(await main(english).innerText()).toContain('Figures are counted by whole months so that nobody can be singled out.');
          await axe(english);
          // The CSV follows the page's language: an English header and English names.
          const [download] = await Promise.all([english.waitForEvent('download'), main(english).getByRole('link', { name: 'Download the figures (CSV)' }).click()]);
          const text = readFileSync((await download.path())!).toString('utf8');
          expect(text.slice(1).split('\r\n')[0]).toBe('municipality,from,to,measure,currency,breakdown,category,category name,value');
          expect(text).toContain(`Upala,${from},${to},placements,,nationality,SV,El Salvador,<5`);
          expect(text).toMatch(/,seekers,,nationality,unknown,Not given,/);
        });
        await inEnglish(context, page, [reportPath], async (english) => {
          expect(await main(english).innerText()).toMatch(/Figures report[\s\S]*People placed in work/);
          await axe(english);
        });
        await inEnglish(context, page, [dayPath], async (english) => {
          expect(await main(english).getByRole('alert').innerText()).toBe('Figures go by whole months: choose a month (YYYY-MM), not a day.');
          await axe(english);
        });
      });
    });
  });
});
