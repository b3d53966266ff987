import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { solidariaInChromium } from './fixture';

const { solidaria, withContext } = solidariaInChromium();

describe('the home page', () => {
  it('is in Spanish by default, switches to English with JavaScript off and remembers the choice', async () => {
    await withContext({ javaScriptEnabled: false, locale: 'es-CR' }, async (context) => {
      const page = await context.newPage();
      await page.goto(solidaria.url);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await page.getByRole('heading', { name: 'Municipios' }).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'Costa Rica' }).isVisible()).toBe(true);

      await submitted(page, page.getByRole('button', { name: /English/ }).click());
      expect(page.url()).toBe(`${solidaria.url}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('heading', { name: 'Municipalities' }).isVisible()).toBe(true);
      const honduras = page.getByRole('list', { name: 'Honduras' });
      expect(await honduras.getByRole('listitem').filter({ hasText: 'San Pedro Sula' }).count()).toBe(1);

      await page.reload();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await submitted(page, page.getByRole('button', { name: /español/i }).click());
      expect(await page.getAttribute('html', 'lang')).toBe('es');
    });
  });

  it('follows the browser language on a first visit', async () => {
    await withContext({ locale: 'en-US' }, async (context) => {
      const page = await context.newPage();
      await page.goto(solidaria.url);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('listitem').filter({ hasText: 'Upala' }).count()).toBe(1);
    });
  });

  it('ships no JavaScript, since it has nothing interactive', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
      await page.goto(solidaria.url);
      expect(scripts).toEqual([]);
    });
  });
});

describe('the about page', () => {
  it('credits ESCO, as its licence asks, in both languages', async () => {
    await withContext({ locale: 'es' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/about`);
      expect(await page.getByText('ESCO, © Unión Europea').isVisible()).toBe(true);
      await submitted(page, page.getByRole('button', { name: /English/ }).click());
      expect(await page.getByText('ESCO, © European Union').isVisible()).toBe(true);
    });
  });
});

describe('a missing page', () => {
  it('answers 404 with a friendly page in the visitor\'s language', async () => {
    await withContext({ locale: 'es' }, async (context) => {
      const page = await context.newPage();
      const response = await page.goto(`${solidaria.url}/no-existe`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { name: 'No encontramos esta página' }).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Volver al inicio' }).getAttribute('href')).toBe('/');
    });
  });
});

describe('accessibility', () => {
  for (const locale of ['es', 'en']) {
    for (const path of ['/', '/about', '/language', '/no-existe']) {
      it(`finds no axe violations on ${path} in ${locale}`, async () => {
        await withContext({ locale }, async (context) => {
          const page = await context.newPage();
          await page.goto(`${solidaria.url}${path}`);
          expect(await accessibilityViolations(page)).toEqual([]);
        });
      });
    }
  }
});

describe('the language switch', () => {
  // What a browser sends when the form in the header is submitted without JavaScript.
  const postLanguageForm = (body: string) =>
    fetch(`${solidaria.url}/language`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: solidaria.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });

  it('never sends the visitor to another site after switching', async () => {
    const res = await postLanguageForm('locale=en&redirectTo=//evil.example/phish');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(/^PARAGLIDE_LOCALE=en;/);
  });

  it('refuses a language it does not have and changes nothing', async () => {
    const res = await postLanguageForm('locale=fr&redirectTo=/');
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
