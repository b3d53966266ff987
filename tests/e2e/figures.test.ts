import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { solidariaInChromium } from './fixture';

const { solidaria, withContext, go } = solidariaInChromium();

// The office's figures on a cheap phone, in Spanish, without JavaScript; the demo data
// has a year of placements in Upala, some in groups of fewer than 5 people.
const PHONE = { width: 360, height: 740 };
const SPANISH_PHONE_NO_JS = { javaScriptEnabled: false, locale: 'es-CR', viewport: PHONE, acceptDownloads: true } as const;
const main = (page: Page) => page.getByRole('main');

/** axe needs JavaScript: the HTML the JS-off browser received is served again to a page that runs it. */
function axeChecker(checker: Page) {
  return async (page: Page) => {
    const url = page.url();
    const html = await page.content();
    const serve = (request: URL) => request.href === url;
    await checker.route(serve, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    try {
      await checker.goto(url);
      const path = `${url.slice(solidaria.url.length)} (${await page.locator('html').getAttribute('lang')})`;
      expect({ path, violations: await accessibilityViolations(checker) }).toEqual({ path, violations: [] });
    } finally {
      await checker.unroute(serve);
    }
  };
}

async function signInAsOfficer(page: Page) {
  const text = readFileSync(join(solidaria.dataDir, 'demo-credentials.txt'), 'utf8');
  const [, email = '', password = ''] = /^officer: (\S+) \/ (\S+)/m.exec(text) ?? [];
  await go(page, '/login?redirectTo=/office', page.goto(`${solidaria.url}/office`));
  await page.getByLabel('Correo electrónico o teléfono').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await go(page, '/login/totp?redirectTo=%2Foffice', page.getByRole('button', { name: 'Entrar' }).click());
  const uri = (await main(page).locator('code.uri').textContent()) ?? '';
  await page.getByLabel('Código de 6 números').fill(URI.parse(uri).generate());
  await go(page, '/office', page.getByRole('button', { name: 'Verificar' }).click());
}

async function inEnglish(context: BrowserContext, page: Page, paths: string[], check: (page: Page) => Promise<void>) {
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
  for (const path of paths) {
    await page.goto(`${solidaria.url}${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await check(page);
  }
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'es', url: solidaria.url }]);
}

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
