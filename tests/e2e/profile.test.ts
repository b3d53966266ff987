import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go } = solidariaInChromium();

const PASSWORD = 'frijoles-de-los-chiles-9';

const section = (page: Page, heading: string) => main(page).getByRole('region', { name: heading });
const saveAndContinue = (page: Page) => main(page).getByRole('button', { name: 'Guardar y seguir' }).click();

describe('a job seeker’s profile, on a phone, with JavaScript off, in Spanish', () => {
  it('builds a profile step by step, chooses who sees it, hides it, downloads it and deletes the account', async () => {
    await withContext(SPANISH_PHONE_NO_JS, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/register`);
      expect(await main(page).getByRole('link', { name: 'Cómo cuidamos sus datos' }).getAttribute('href')).toBe('/privacy');
      await page.getByLabel('Correo electrónico o teléfono').fill('rosa.mejia@example.org');
      await page.getByLabel('Contraseña').fill(PASSWORD);
      await page.getByLabel('Su nombre').fill('Rosa Mejía');
      await page.getByRole('checkbox', { name: 'Buscar trabajo' }).check();
      await go(page, '/account', page.getByRole('button', { name: 'Crear cuenta' }).click());

      await go(page, '/profile', page.getByRole('banner').getByRole('link', { name: 'Mi perfil' }).click());
      await go(page, '/profile/place', main(page).getByRole('link', { name: 'Empezar mi perfil' }).click());

      // Step 1, with the birth date forgotten: the message sits next to the field.
      expect(await main(page).getByText('Paso 1 de 9').isVisible()).toBe(true);
      // Before the first save she reads what it shares, and that her agreement is recorded.
      expect(await main(page).getByText(/^Al guardar este paso se crea su perfil en modo Anónimo/).textContent()).toContain('Queda anotado que usted acepta compartirlo así.');
      await page.getByLabel('Municipio donde vive').selectOption({ label: 'Upala' });
      await page.getByRole('radio', { name: 'Tengo la condición de persona refugiada' }).check();
      await saveAndContinue(page);
      const birthDate = page.getByLabel('Fecha de nacimiento');
      expect(await birthDate.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#birthDate-error').textContent()).toBe('Escriba su fecha de nacimiento completa.');
      expect((await birthDate.getAttribute('aria-describedby'))?.split(' ')[0]).toBe('birthDate-error');
      await birthDate.fill('1991-03-14');
      await page.getByRole('radio', { name: 'Tengo la condición de persona refugiada' }).check();
      await go(page, '/profile/work', saveAndContinue(page));

      // Step 2: the taxonomy forgives the spelling, and the search stays in the address.
      expect(await main(page).getByText('Paso 2 de 9').isVisible()).toBe(true);
      await page.getByLabel('Escriba un trabajo').fill('cosinero');
      await go(page, '/profile/work?q=cosinero', main(page).getByRole('button', { name: 'Buscar', exact: true }).click());
      await go(page, '/profile/work?q=cosinero', main(page).getByRole('button', { name: 'Añadir cocinero/cocinera', exact: true }).click());
      expect(await section(page, 'Trabajos que busca').getByRole('button', { name: 'Quitar cocinero/cocinera' }).isVisible()).toBe(true);
      expect(await main(page).getByText('cocinero/cocinera: ya está en su lista').isVisible()).toBe(true);
      await go(page, '/profile/skills', saveAndContinue(page));

      // Step 3: one suggested skill in one tap, and one from informal work in her own words.
      const suggestion = section(page, 'Sugeridas para usted').getByRole('button').first();
      const suggested = ((await suggestion.textContent()) ?? '').replace('+', '').replace('Añadir', '').trim();
      expect(suggested.length).toBeGreaterThan(3);
      await go(page, '/profile/skills', suggestion.click());
      await page.getByLabel('Algo que sabe hacer').fill('hacer pupusas');
      await go(page, '/profile/skills', section(page, 'Con sus propias palabras').getByRole('button', { name: 'Añadir' }).click());
      const mySkills = section(page, 'Sus habilidades');
      expect(await mySkills.getByRole('button', { name: `Quitar ${suggested}` }).isVisible()).toBe(true);
      await mySkills.getByRole('combobox', { name: /hacer pupusas/ }).selectOption({ label: 'Experto' });
      await go(page, '/profile/languages', saveAndContinue(page));

      // Step 4: Spanish as her mother tongue.
      await page.getByLabel('Idioma', { exact: true }).selectOption({ label: 'Español' });
      await page.getByLabel('¿Qué tan bien lo habla?').selectOption({ label: 'Es mi lengua materna' });
      await go(page, '/profile/languages', section(page, 'Añadir un idioma').getByRole('button', { name: 'Añadir' }).click());
      await go(page, '/profile/history', saveAndContinue(page));

      // Step 5: two years of informal work, and primary school.
      await page.getByLabel('¿Qué hacía?').fill('Cocinera en un comedor');
      await page.getByLabel('¿Cuántos meses?').fill('24');
      await page.getByRole('radio', { name: 'Sin contrato (informal)' }).check();
      await go(page, '/profile/history', section(page, 'Añadir un trabajo').getByRole('button', { name: 'Añadir' }).click());
      expect(await section(page, 'Sus trabajos').getByText('24 meses · Sin contrato (informal)').isVisible()).toBe(true);
      // The job's title found its occupation (a canteen's cook: "cocina industrial"), so matching counts the experience as a cook's.
      expect(await section(page, 'Sus trabajos').getByText(/Oficio: cocinero/).isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Primaria' }).check();
      await go(page, '/profile/availability', saveAndContinue(page));

      await page.getByRole('checkbox', { name: 'Tiempo completo' }).check();
      await page.getByRole('checkbox', { name: 'Lunes' }).check();
      await page.getByRole('checkbox', { name: 'Mañana' }).check();
      await go(page, '/profile/permit', saveAndContinue(page));

      // Step 7: the answer from step 1 is there; the expiry date goes with it.
      expect(await page.getByRole('radio', { name: 'Tengo la condición de persona refugiada' }).isChecked()).toBe(true);
      await page.getByLabel(/¿Cuándo vence su documento?/).fill('2027-06-30');
      await go(page, '/profile/figures', saveAndContinue(page));

      expect(await main(page).getByText('Estas preguntas son opcionales').isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Mujer' }).check();
      await page.getByLabel('Nacionalidad (opcional)').selectOption('NI');
      await go(page, '/profile/visibility', saveAndContinue(page));

      // Step 9: anonymous, and the preview shows her skills but not her name. Next to the
      // choice, what each one shares and that choosing to be shown records her consent.
      expect(await main(page).getByText('Paso 9 de 9').isVisible()).toBe(true);
      const choice = main(page).getByRole('group', { name: '¿Quién puede ver su perfil?' });
      expect(await choice.textContent()).toContain('Anónimo y Visible comparten su perfil con empleadores: al elegir uno queda anotado que usted lo acepta.');
      expect(await choice.textContent()).toContain('sus estudios, cuántos meses ha trabajado');
      await page.getByRole('radio', { name: 'Anónimo' }).check();
      await go(page, '/profile/visibility?done=saved', main(page).getByRole('button', { name: 'Guardar mi elección' }).click());
      const preview = section(page, 'Lo que ve un empleador');
      const shown = (await preview.textContent()) ?? '';
      expect(shown).toContain('hacer pupusas · Experto');
      expect(shown).toContain('cocinero/cocinera');
      expect(shown).toContain('Upala');
      expect(shown).toContain('Sin contrato: 24 meses');
      expect(shown).not.toContain('Rosa');
      expect(shown).not.toContain('1991');
      expect(shown).not.toContain('Nicaragua');
      expect(shown).not.toContain('refugi');

      // Employers may ask for her contact only once she says so.
      const contact = section(page, '¿Pueden los empleadores pedirle su contacto?');
      expect(await contact.textContent()).toContain('Ahora: no, ningún empleador puede pedírmelo.');
      await submitted(page, contact.getByRole('button', { name: 'Sí, pueden pedirme mi contacto' }).click());
      expect(page.url()).toBe(`${solidaria.url}/profile/visibility?done=contact-yes#contact-heading`);
      expect(await page.getByRole('status').textContent()).toContain('los empleadores verificados pueden pedirle su contacto');
      expect(await contact.textContent()).toContain('Ahora: sí, pueden pedírmelo.');

      // Her data: the consent to share, recorded with her profile, is there; withdrawing it hides her at once.
      await page.goto(`${solidaria.url}/account`);
      await go(page, '/account/data', main(page).getByRole('link', { name: 'Ver o descargar mis datos' }).click());
      const consents = section(page, 'Lo que usted aceptó');
      expect(await consents.textContent()).toContain('Retirarlo oculta su perfil a todos los empleadores al instante.');
      expect(await section(page, 'Su perfil de trabajo').textContent()).toContain('Ahora: Anónimo');
      await go(page, '/account/data?withdrawn=share', consents.getByRole('button', { name: 'Retirar Compartir mi perfil con empleadores' }).click());
      expect(await page.getByRole('status').textContent()).toContain('su perfil quedó oculto');
      expect(await section(page, 'Su perfil de trabajo').textContent()).toContain('Ahora: Oculto');
      expect(await consents.getByText(/^Retirado el/).count()).toBe(1);

      // Shown again with her name (a new consent), then hidden with one tap (withdrawn again).
      await page.goto(`${solidaria.url}/profile/visibility`);
      expect(await main(page).getByText('Ahora: Oculto').isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Visible con mi nombre' }).check();
      await go(page, '/profile/visibility?done=saved', main(page).getByRole('button', { name: 'Guardar mi elección' }).click());
      await go(page, '/profile/visibility?done=hidden', main(page).getByRole('button', { name: 'Ocultarme ahora' }).click());
      expect(await page.getByRole('status').textContent()).toContain('su perfil está oculto');
      expect(await preview.textContent()).toContain('Nada: su perfil está oculto.');
      const saved = (await (await context.request.get(`${solidaria.url}/api/me/profile`)).json()) as { profile: { visibility: string } };
      expect(saved.profile.visibility).toBe('hidden');

      // Both consents to share are withdrawn; the consent to be contacted she withdraws here; the download has everything.
      await page.goto(`${solidaria.url}/account/data`);
      expect(await section(page, 'Su perfil de trabajo').textContent()).toContain('hacer pupusas · Experto');
      expect(await consents.getByText(/^Retirado el/).count()).toBe(2);
      await go(page, '/account/data?withdrawn=1', consents.getByRole('button', { name: 'Retirar Que los empleadores me contacten' }).click());
      expect(await page.getByRole('status').textContent()).toContain('Listo: retiró ese permiso.');
      expect(await consents.getByText(/^Retirado el/).count()).toBe(3);
      expect(await consents.getByRole('button').count()).toBe(0);

      const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('link', { name: 'Descargar mis datos' }).first().click()]);
      const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { account: { displayName: string }; profile: { skills: unknown[] } };
      expect(exported.account.displayName).toBe('Rosa Mejía');
      expect(exported.profile.skills).toContainEqual({ customLabel: 'hacer pupusas', level: 'expert' });

      // Deleting takes the box ticked and her password, then she is signed out for good.
      await go(page, '/account/delete', main(page).getByRole('link', { name: 'Borrar mi cuenta' }).click());
      await page.getByLabel('Contraseña').fill(PASSWORD);
      await submitted(page, main(page).getByRole('button', { name: 'Borrar mi cuenta para siempre' }).click());
      expect(await page.locator('#confirm-error').textContent()).toBe('Marque la casilla para confirmar.');
      await page.getByLabel('Contraseña').fill('no-es-mi-clave');
      await page.getByRole('checkbox', { name: /Sí, quiero borrar mi cuenta/ }).check();
      await submitted(page, main(page).getByRole('button', { name: 'Borrar mi cuenta para siempre' }).click());
      expect(await page.locator('#password-error').textContent()).toBe('Esta no es su contraseña.');
      await page.getByLabel('Contraseña').fill(PASSWORD);
      await page.getByRole('checkbox', { name: /Sí, quiero borrar mi cuenta/ }).check();
      await go(page, '/account/deleted', main(page).getByRole('button', { name: 'Borrar mi cuenta para siempre' }).click());
      expect(await main(page).getByRole('heading', { name: 'Su cuenta fue borrada' }).isVisible()).toBe(true);
      expect(await page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' }).isVisible()).toBe(true);

      await page.goto(`${solidaria.url}/login`);
      await page.getByLabel('Correo electrónico o teléfono').fill('rosa.mejia@example.org');
      await page.getByLabel('Contraseña').fill(PASSWORD);
      await submitted(page, page.getByRole('button', { name: 'Entrar' }).click());
      expect(await page.getByRole('alert').textContent()).toContain('no son correctos');
    });
  }, 90_000); // a whole journey of some thirty pages; slow while the rest of the suite runs beside it
});

/** A seeker with a profile that fills every step, made through the API, and their session cookie. */
async function seekerWithProfile(identifier: string) {
  const res = await fetch(`${solidaria.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, displayName: 'Axe Tester', password: PASSWORD, purposes: ['seeker'] }),
  });
  expect(res.status).toBe(201);
  const pair = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const cookie = { name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: solidaria.url };
  const cook = ((await (await fetch(`${solidaria.url}/api/taxonomy/occupations?q=cocinero`)).json()) as { results: { id: number }[] }).results[0]!.id;
  const put = await fetch(`${solidaria.url}/api/me/profile`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: pair },
    body: JSON.stringify({
      municipalityId: 1, birthDate: '1988-08-08', workAuthorization: 'refugee', desiredOccupationIds: [cook],
      skills: [{ customLabel: 'hacer tortillas', level: 'expert' }], languages: [{ code: 'es', level: 'native' }],
      workHistory: [{ title: 'Cocinero', months: 12, formal: false }], availability: { fullTime: true, days: ['mon'], shifts: ['morning'] },
    }),
  });
  expect(put.status).toBe(200);
  return cookie;
}

describe('who sees the profile, in English, with JavaScript off', () => {
  it('says what each choice shares and records it: hiding withdraws the consent to share, which her data page shows', async () => {
    const session = await seekerWithProfile('consent-en@example.org');
    await withContext({ javaScriptEnabled: false, locale: 'en', viewport: PHONE }, async (context) => {
      await context.addCookies([session]);
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/account/data`);
      const consents = section(page, 'What you agreed to');
      expect(await consents.textContent()).toContain('Share my profile with employers');
      expect(await consents.getByText(/^Withdrawn on/).count()).toBe(0);

      await page.goto(`${solidaria.url}/profile/visibility`);
      const choice = main(page).getByRole('group', { name: 'Who may see your profile?' });
      expect(await choice.textContent()).toContain('Anonymous and Visible share your profile with employers: choosing either records that you agree to it.');
      expect(await section(page, 'May employers ask for your contact?').textContent()).toContain('Now: no, no employer may ask me.');
      await page.getByRole('radio', { name: 'Hidden' }).check();
      await go(page, '/profile/visibility?done=hidden', main(page).getByRole('button', { name: 'Save my choice' }).click());
      expect(await page.getByRole('status').textContent()).toContain('your profile is hidden');

      await page.goto(`${solidaria.url}/account/data`);
      expect(await consents.getByText(/^Withdrawn on/).count()).toBe(1);
      expect(await section(page, 'Your job profile').textContent()).toContain('Now: Hidden');
    });
  });
});

// axe runs as a script in the page, so these contexts keep JavaScript on; the pages ship none.
describe('accessibility of the profile and data pages', () => {
  const PAGES = [
    '/profile', '/profile/place', '/profile/work?q=cosinero', '/profile/skills?q=cocinar', '/profile/languages', '/profile/history',
    '/profile/availability', '/profile/permit', '/profile/figures', '/profile/visibility', '/account', '/account/data', '/account/delete', '/privacy',
  ];
  for (const locale of ['es', 'en']) {
    it(`finds no axe violations on the ${PAGES.length} profile and data pages, signed in, in ${locale}`, async () => {
      const session = await seekerWithProfile(`axe-profile-${locale}@example.org`);
      await withContext({ locale, viewport: PHONE }, async (context) => {
        await context.addCookies([session]);
        const page = await context.newPage();
        for (const path of PAGES) {
          await page.goto(`${solidaria.url}${path}`);
          expect(page.url(), path).toBe(`${solidaria.url}${path}`);
          expect({ path, violations: await accessibilityViolations(page) }).toEqual({ path, violations: [] });
        }
      });
    }, 60_000);

    it(`finds no axe violations on a step showing errors, before any profile, and after erasure, in ${locale}`, async () => {
      const res = await fetch(`${solidaria.url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: `axe-new-${locale}@example.org`, displayName: 'New', password: PASSWORD, purposes: ['seeker'] }),
      });
      const pair = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
      await withContext({ locale, viewport: PHONE }, async (context) => {
        await context.addCookies([{ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: solidaria.url }]);
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/profile/place`);
        await main(page).locator('button.primary').click();
        await page.getByRole('alert').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.goto(`${solidaria.url}/profile/visibility`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.goto(`${solidaria.url}/account/deleted`);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    });
  }
});
