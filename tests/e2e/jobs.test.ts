import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { solidariaInChromium } from './fixture';

const { solidaria, withContext } = solidariaInChromium();
const phone = { viewport: { width: 360, height: 740 }, locale: 'es-CR' } as const;

describe('the job board', () => {
  it('lets a visitor without JavaScript find an offer by a misspelt word, filter it, and read it in Spanish or English', async () => {
    await withContext({ ...phone, javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/jobs`);
      expect(await page.getByRole('heading', { level: 1, name: 'Buscar empleo' }).isVisible()).toBe(true);

      await page.getByLabel('¿Qué trabajo busca?').fill('cosinero');
      await submitted(page, page.getByRole('button', { name: 'Buscar' }).click());
      expect(page.url()).toContain('q=cosinero');
      const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
      expect(await results.count()).toBeGreaterThan(0);
      expect(await results.first().getByRole('heading').innerText()).toMatch(/cocin/i);
      expect(await page.locator('mark').count()).toBeGreaterThan(0);

      // A facet narrows the search to one municipality and says how many offers it has.
      const facet = page.getByRole('navigation', { name: 'Ofertas por municipio' }).getByRole('link').first();
      const facetText = await facet.innerText();
      await submitted(page, facet.click());
      expect(page.url()).toMatch(/municipality=\d+/);
      expect(await page.getByText(/\d+ ofertas?/).first().innerText()).toContain(facetText.match(/\((\d+)\)/)?.[1] ?? 'none');

      const first = results.first().getByRole('link');
      const title = await first.innerText();
      await submitted(page, first.click());
      expect(page.url()).toMatch(/\/jobs\/\d+$/);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
      expect(await page.getByText(/verificó esta organización/).isVisible()).toBe(true);
      expect(await page.getByText('Postularse es gratis').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Enviar por WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=.*%2Fjobs%2F\d+/);

      await submitted(page, page.getByRole('button', { name: /English/ }).click());
      expect(await page.getByText('Applying is free. Nobody may charge you for a job.').isVisible()).toBe(true);
    });
  });

  // axe runs in the page, so it needs JavaScript; the pages are the same HTML either way.
  for (const locale of ['es-CR', 'en-US']) {
    it(`finds no axe violations on the search, results, offer and report pages in ${locale.slice(0, 2)}`, async () => {
      await withContext({ ...phone, locale }, async (context) => {
        const page = await context.newPage();
        for (const path of ['/jobs', '/jobs?q=cosinero', '/jobs?q=zzzzzzzz', '/jobs?municipality=1&contract=indefinite&page=2']) {
          await page.goto(`${solidaria.url}${path}`);
          expect({ path, violations: await accessibilityViolations(page) }).toEqual({ path, violations: [] });
        }
        await page.goto(`${solidaria.url}/jobs?q=cosinero`);
        await submitted(page, page.locator('ol li h2 a').first().click());
        expect({ path: page.url(), violations: await accessibilityViolations(page) }).toEqual({ path: page.url(), violations: [] });
        await page.locator('details summary').last().click();
        expect({ path: 'report form', violations: await accessibilityViolations(page) }).toEqual({ path: 'report form', violations: [] });
      });
    });
  }

  it('answers as you type when JavaScript is on, keeping the address shareable', async () => {
    await withContext(phone, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/jobs`);
      const input = page.getByLabel('¿Qué trabajo busca?');
      await input.pressSequentially('albanil', { delay: 40 });
      await page.waitForURL(/q=albanil/);
      await page.locator('#job-results h2', { hasText: /Albañil/i }).first().waitFor();
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });

  it('takes a report about an offer without JavaScript', async () => {
    await withContext({ ...phone, javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/jobs?q=chofer`);
      await submitted(page, page.locator('ol li h2 a').first().click());
      await page.getByText('Avisar a la oficina municipal sobre esta oferta').click();
      await page.getByLabel('Me piden dinero (cuota, depósito, uniforme, curso)').check();
      await page.getByLabel('Cuéntenos más (opcional)').fill('Me pidieron pagar el uniforme por WhatsApp');
      await submitted(page, page.getByRole('button', { name: 'Enviar el aviso' }).click());
      expect(await page.getByText('Gracias. La oficina municipal revisará esta oferta.').isVisible()).toBe(true);
    });
  });
});

describe('an offer page for search engines', () => {
  it('carries schema.org JobPosting JSON-LD with the fields Google requires and recommends', async () => {
    const search = (await (await fetch(`${solidaria.url}/api/offers?q=cocinero`)).json()) as { results: { id: number; salary: { kind: string } }[] };
    const paid = search.results.find((r) => r.salary.kind === 'range');
    expect(paid).toBeDefined();
    const html = await (await fetch(`${solidaria.url}/jobs/${paid!.id}`)).text();
    const block = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1];
    expect(block).toBeDefined();
    const posting = JSON.parse(block!) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON-LD is untyped
    expect(posting['@type']).toBe('JobPosting');
    for (const field of ['title', 'description', 'datePosted', 'validThrough', 'employmentType', 'hiringOrganization', 'baseSalary', 'identifier']) {
      expect(posting[field], field).toBeTruthy();
    }
    expect(posting.hiringOrganization.name).toBeTruthy();
    expect(posting.jobLocation?.address?.addressCountry ?? posting.applicantLocationRequirements?.name).toMatch(/^(CR|GT|HN|PA)$/);
    expect(posting.baseSalary.currency).toMatch(/^(CRC|GTQ|HNL|USD)$/);
    expect(posting.baseSalary.value.minValue).toBeGreaterThan(0);
    expect(posting.baseSalary.value.unitText).toMatch(/^(HOUR|DAY|WEEK|MONTH)$/);
    expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(posting.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('lets a cached search or offer page vary with the language cookie', async () => {
    const search = await fetch(`${solidaria.url}/jobs?q=cocinero`);
    expect(search.headers.get('vary') ?? '').toMatch(/cookie/i);
  });

  it('answers 404 for an offer that does not exist or is not public', async () => {
    expect((await fetch(`${solidaria.url}/jobs/999999`)).status).toBe(404);
    expect((await fetch(`${solidaria.url}/jobs/abc`)).status).toBe(404);
  });
});
