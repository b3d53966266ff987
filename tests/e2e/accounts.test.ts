import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { solidariaInChromium } from './fixture';

const { solidaria, withContext, go } = solidariaInChromium();

const PASSWORD = 'lluvia-sobre-upala-2026';
// What the people of the programme have: a Spanish-speaking phone browser, often without JavaScript.
const SPANISH_NO_JS = { javaScriptEnabled: false, locale: 'es-CR' } as const;

const header = (page: Page) => page.getByRole('banner');

async function registerInBrowser(page: Page, person: { identifier: string; name: string; password?: string }) {
  await page.goto(`${solidaria.url}/register`);
  await page.getByLabel('Correo electrónico o teléfono').fill(person.identifier);
  await page.getByLabel('Contraseña').fill(person.password ?? PASSWORD);
  await page.getByLabel('Su nombre').fill(person.name);
  await page.getByRole('checkbox', { name: 'Buscar trabajo' }).check();
  await submitted(page, page.getByRole('button', { name: 'Crear cuenta' }).click());
}

async function signInInBrowser(page: Page, identifier: string, password: string) {
  await page.getByLabel('Correo electrónico o teléfono').fill(identifier);
  await page.getByLabel('Contraseña').fill(password);
  await submitted(page, page.getByRole('button', { name: 'Entrar' }).click());
}

/** A person registered straight through the API, and their session cookie for a browser context. */
async function registeredPerson(identifier: string, displayName: string) {
  const res = await fetch(`${solidaria.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, displayName, password: PASSWORD, purposes: ['seeker', 'vendor'] }),
  });
  expect(res.status).toBe(201);
  const pair = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const equals = pair.indexOf('=');
  return { name: pair.slice(0, equals), value: pair.slice(equals + 1), url: solidaria.url };
}

function resetPathFromOutbox(recipient: string): string {
  const db = new Database(join(solidaria.dataDir, 'solidaria.db'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT body FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1').get(recipient) as { body: string } | undefined;
    const link = row?.body.match(/https?:\/\/\S+\/reset\?token=\S+/)?.[0];
    if (!link) throw new Error(`no reset link e-mailed to ${recipient}`);
    // The link names the public origin; the test server listens elsewhere.
    const url = new URL(link);
    return url.pathname + url.search;
  } finally {
    db.close();
  }
}

describe('an account, with JavaScript off and in Spanish', () => {
  it('registers with a phone number, signs out, signs in again and signs out on every device', async () => {
    await withContext(SPANISH_NO_JS, async (context) => {
      const page = await context.newPage();
      await go(page, '/account', registerInBrowser(page, { identifier: '8312 4567', name: 'María Rodríguez' }));
      expect(await page.getByRole('heading', { name: 'Su cuenta' }).isVisible()).toBe(true);
      expect(await page.getByRole('main').getByText('María Rodríguez').isVisible()).toBe(true);
      expect(await page.getByText('+50683124567').isVisible()).toBe(true);
      expect(await page.getByText('Busca trabajo').isVisible()).toBe(true);
      expect(await page.getByRole('listitem').filter({ hasText: 'Este dispositivo' }).getByText('Chrome en Linux').count()).toBe(1);
      expect(await header(page).getByRole('link', { name: 'María Rodríguez' }).getAttribute('href')).toBe('/account');

      await go(page, '/', header(page).getByRole('button', { name: 'Cerrar sesión' }).click());
      expect(await header(page).getByRole('link', { name: 'Iniciar sesión' }).isVisible()).toBe(true);
      await go(page, '/login?redirectTo=/account', page.goto(`${solidaria.url}/account`));

      await go(page, '/account', signInInBrowser(page, '8312 4567', PASSWORD));
      expect(await header(page).getByRole('link', { name: 'María Rodríguez' }).isVisible()).toBe(true);

      // Her other phone is signed in too; signing out everywhere ends both.
      await withContext(SPANISH_NO_JS, async (other) => {
        const phone = await other.newPage();
        await phone.goto(`${solidaria.url}/login`);
        await signInInBrowser(phone, '+506 8312 4567', PASSWORD);
        expect(phone.url()).toBe(`${solidaria.url}/account`);

        await page.reload();
        expect(await page.getByRole('listitem').filter({ hasText: 'Última actividad' }).count()).toBe(2);
        await go(page, '/', page.getByRole('button', { name: 'Cerrar sesión en todos los dispositivos' }).click());
        expect(await header(page).getByRole('link', { name: 'Iniciar sesión' }).isVisible()).toBe(true);
        await phone.reload();
        expect(phone.url()).toBe(`${solidaria.url}/login?redirectTo=/account`);
      });
    });
  });

  it('resets a forgotten password through the e-mailed link and signs in with the new one', async () => {
    await withContext(SPANISH_NO_JS, async (context) => {
      const page = await context.newPage();
      await go(page, '/account', registerInBrowser(page, { identifier: 'ana.perez@example.org', name: 'Ana Pérez' }));
      await go(page, '/', header(page).getByRole('button', { name: 'Cerrar sesión' }).click());

      await page.goto(`${solidaria.url}/forgot`);
      await page.getByLabel('Correo electrónico o teléfono').fill('Ana.Perez@example.org');
      await submitted(page, page.getByRole('button', { name: 'Enviar el enlace' }).click());
      expect(await page.getByRole('status').textContent()).toContain('Si existe una cuenta con este correo');

      await page.goto(`${solidaria.url}${resetPathFromOutbox('ana.perez@example.org')}`);
      await page.getByLabel('Nueva contraseña').fill('cafe-de-los-chiles-77');
      await submitted(page, page.getByRole('button', { name: 'Guardar la contraseña' }).click());
      expect(await page.getByRole('status').textContent()).toContain('Su contraseña cambió');
      await go(page, '/login', page.getByRole('main').getByRole('link', { name: 'Iniciar sesión' }).click());

      await signInInBrowser(page, 'ana.perez@example.org', PASSWORD);
      expect(await page.getByRole('alert').textContent()).toContain('no son correctos');
      await go(page, '/account', signInInBrowser(page, 'ana.perez@example.org', 'cafe-de-los-chiles-77'));
      expect(await page.getByText('ana.perez@example.org').isVisible()).toBe(true);
    });
  });

  it('says next to each field what the API refused, and keeps what was typed but the password', async () => {
    await withContext(SPANISH_NO_JS, async (context) => {
      const page = await context.newPage();
      await registerInBrowser(page, { identifier: 'no es un correo', name: 'Rosa', password: 'corta' });
      expect(await page.getByRole('alert').textContent()).toContain('Revise los datos marcados');
      const identifier = page.getByLabel('Correo electrónico o teléfono');
      expect(await identifier.getAttribute('aria-invalid')).toBe('true');
      expect(await identifier.inputValue()).toBe('no es un correo');
      const describedBy = (await identifier.getAttribute('aria-describedby'))?.split(' ') ?? [];
      expect(await page.locator(`#${describedBy[0]}`).textContent()).toBe('Escriba un correo electrónico o un número de teléfono válido.');

      await registerInBrowser(page, { identifier: 'rosa@example.org', name: 'Rosa', password: 'corta' });
      const password = page.getByLabel('Contraseña');
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await password.inputValue()).toBe('');
      expect(await page.locator('#password-error').textContent()).toBe('Use al menos 8 caracteres.');
    });
  });

  it('answers a wrong password with one neutral message, and too many with the wait', async () => {
    await registeredPerson('lucia@example.org', 'Lucía');
    await withContext(SPANISH_NO_JS, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/login`);
      await signInInBrowser(page, 'nadie@example.org', PASSWORD);
      expect(await page.getByRole('alert').textContent()).toBe('El correo o teléfono, o la contraseña, no son correctos.');

      for (let attempt = 0; attempt < 4; attempt++) await signInInBrowser(page, 'lucia@example.org', 'no-es-la-clave');
      expect(await page.getByRole('alert').textContent()).toBe('El correo o teléfono, o la contraseña, no son correctos.');
      await signInInBrowser(page, 'lucia@example.org', 'no-es-la-clave');
      await signInInBrowser(page, 'lucia@example.org', PASSWORD);
      expect(await page.getByRole('alert').textContent()).toMatch(/^Demasiados intentos; espere un momento \(\d+ s\)/);
    });
  });

  it('never sends a person to another site after signing in', async () => {
    await registeredPerson('sofia@example.org', 'Sofía');
    await withContext(SPANISH_NO_JS, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/login?redirectTo=//evil.example/phish`);
      await go(page, '/account', signInInBrowser(page, 'sofia@example.org', PASSWORD));
    });
  });

  it('keeps a signed-in person on their account page when they switch the language', async () => {
    const session = await registeredPerson('+50662223333', 'Carmen');
    await withContext(SPANISH_NO_JS, async (context) => {
      await context.addCookies([session]);
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/account`);
      await go(page, '/account', page.getByRole('button', { name: /English/ }).click());
      expect(await page.getByRole('heading', { name: 'Your account' }).isVisible()).toBe(true);
      expect(await page.getByText('Selling products').isVisible()).toBe(true);
      expect(await header(page).getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    });
  });
});

// axe runs as a script in the page, so these contexts keep JavaScript on; the pages ship none.
describe('accessibility of the account pages', () => {
  for (const locale of ['es', 'en']) {
    for (const path of ['/register', '/login', '/forgot', '/reset?token=x']) {
      it(`finds no axe violations on ${path} in ${locale}`, async () => {
        await withContext({ locale }, async (context) => {
          const page = await context.newPage();
          await page.goto(`${solidaria.url}${path}`);
          expect(await accessibilityViolations(page)).toEqual([]);
        });
      });
    }

    it(`finds no axe violations on /register showing errors in ${locale}`, async () => {
      await withContext({ locale }, async (context) => {
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/register`);
        await page.locator('button.primary').click();
        await page.getByRole('alert').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });

    it(`finds no axe violations on /account, signed in, in ${locale}`, async () => {
      const session = await registeredPerson(`axe-${locale}@example.org`, `Axe ${locale}`);
      await withContext({ locale }, async (context) => {
        await context.addCookies([session]);
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/account`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(locale === 'es' ? 'Su cuenta' : 'Your account');
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  }
});
