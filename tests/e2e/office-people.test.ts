import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { raiseDuplicateFlags } from './duplicate-flags';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, inEnglish, signInAsOfficer } = solidariaInChromium();

/** Registers a person with assisted consent and returns the printed code and their record's path. */
async function registerAtTheOffice(page: Page, name: string, axe: (page: Page) => Promise<void>) {
  await go(page, '/office/register', main(page).getByRole('link', { name: 'Registrar a una persona en la oficina' }).click());
  await page.getByLabel('Nombre de la persona').fill(name);
  await page.getByLabel('Fecha de nacimiento').fill('1990-04-12');
  await page.getByLabel('Permiso de trabajo').selectOption({ value: 'refugee' });
  await page.getByLabel('Qué le explicó').fill('Le leí el aviso de privacidad en voz alta: su perfil es anónimo para empleadores y puede borrarlo cuando quiera.');
  // Before registering, the officer reads that the profile starts anonymous with the consent to share it, in the person's name, and that it can be hidden.
  const notice = await main(page).locator('#consent-share').innerText();
  expect(notice).toContain('su perfil empieza anónimo, es decir, los empleadores lo ven sin su nombre ni su contacto');
  expect(notice).toContain('queda anotado a nombre de la persona que está de acuerdo en compartirlo así');
  expect(notice).toContain('La persona puede ocultarlo en cualquier momento');
  await page.getByRole('checkbox', { name: 'La persona entendió y está de acuerdo' }).check();
  await submitted(page, page.getByRole('button', { name: 'Registrar y mostrar el código' }).click());
  expect(await main(page).getByRole('status').innerText()).toContain(`${name} quedó registrada`);
  const code = (await main(page).locator('strong.code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await axe(page);
  const record = (await main(page).getByRole('link', { name: 'Ver su expediente' }).getAttribute('href')) ?? '';
  expect(record).toMatch(/^\/office\/people\/\d+$/);
  return { code, record };
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe("the office's people", () => {
  it('registers a person with assisted consent, prints the code, and the person takes the account over and sees who looked at it; the officer records a placement and its 1-month follow-up and decides a possible duplicate', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      let code = '';
      let record = '';
      await withContext(SPANISH_PHONE_NO_JS, async (officerContext) => {
        const officer = await officerContext.newPage();
        await signInAsOfficer(officer);
        await go(officer, '/office/register', main(officer).getByRole('link', { name: 'Registrar a una persona en la oficina' }).click());
        await axe(officer);
        // Without the person's agreement nothing is registered.
        await officer.getByLabel('Nombre de la persona').fill('Marta Lucía Obando');
        await submitted(officer, officer.getByRole('button', { name: 'Registrar y mostrar el código' }).click());
        expect(await officer.getByRole('alert').innerText()).toContain('Revise');
        expect(await main(officer).innerText()).toContain('Sin el acuerdo de la persona no se puede registrar.');
        await axe(officer);
        await officer.goto(`${solidaria.url}/office`);
        ({ code, record } = await registerAtTheOffice(officer, 'Marta Lucía Obando', axe));

        // On paper only the card is printed: the site's header and the links stay off.
        await officer.emulateMedia({ media: 'print' });
        expect(await officer.getByRole('banner').isVisible()).toBe(false);
        expect(await main(officer).getByRole('link', { name: 'Ver su expediente' }).isVisible()).toBe(false);
        expect(await main(officer).locator('strong.code').isVisible()).toBe(true);
        await officer.emulateMedia({ media: 'screen' });

        await go(officer, record, main(officer).getByRole('link', { name: 'Ver su expediente' }).click());
        const file = await main(officer).innerText();
        expect(file).toContain('Registro hecho con ayuda de la oficina');
        expect(file).toContain('Le leí el aviso de privacidad en voz alta');
        // The explanation is kept on both consents the registration recorded, and read once.
        expect(file.split('Le leí el aviso de privacidad en voz alta').length - 1).toBe(1);
        const explained = await main(officer).getByRole('heading', { name: 'Lo que la oficina le explicó' }).locator('xpath=following-sibling::ul[1]').innerText();
        expect(explained).toMatch(/^Anotado por la oficina el .+, para: Compartir mi perfil con empleadores, Registro hecho con ayuda de la oficina\n+Se le explicó: Le leí el aviso/);
        await axe(officer);

        await go(officer, `/office/placements/new?person=${record.split('/').pop()}`, main(officer).getByRole('link', { name: 'Registrar una colocación de esta persona' }).click());
        expect(await main(officer).innerText()).toContain('Persona: Marta Lucía Obando');
        await officer.getByLabel('Buscar la ocupación').fill('cocinero');
        await submitted(officer, officer.getByRole('button', { name: 'Buscar' }).click());
        await axe(officer);
        await main(officer).locator('input[name="occupationId"]').nth(1).check();
        await officer.getByLabel('Empleador').fill('Soda El Parque');
        await officer.getByLabel('Fecha de inicio').fill(isoDaysAgo(40));
        await go(officer, '/office/placements?status=all&done=recorded', officer.getByRole('button', { name: 'Registrar la colocación' }).click());
        expect(await main(officer).getByRole('status').innerText()).toContain('Colocación registrada');
        await axe(officer);

        await officer.goto(`${solidaria.url}/office/placements`);
        const placement = main(officer).getByRole('listitem').filter({ has: officer.getByRole('heading', { name: /Marta Lucía Obando · Soda El Parque/ }) });
        expect(await placement.innerText()).toContain('Seguimiento al mes · pendiente');
        await axe(officer);
        await placement.getByRole('radio', { name: 'Sí, sigue trabajando ahí' }).check();
        await placement.getByLabel('Nota (opcional)').fill('Turno de mañana, contenta');
        await go(officer, '/office/placements?done=followed_up', placement.getByRole('button', { name: 'Guardar el seguimiento' }).click());
        expect(await main(officer).getByRole('status').innerText()).toContain('Seguimiento guardado');
        expect(await main(officer).innerText()).not.toContain('Marta Lucía Obando');
        await officer.goto(`${solidaria.url}/office/placements?status=all`);
        expect(await main(officer).innerText()).toMatch(/Seguimiento al mes · hecho .*Sí, sigue trabajando ahí · Turno de mañana, contenta/);

        // The demo's placements and this one make more than a page of 50: the next page has
        // the rest and no next link, and the previous link brings the first page back.
        const placementsShown = async () => main(officer).locator('ul.placements > li > h3').allInnerTexts();
        const pager = main(officer).getByRole('navigation', { name: 'Páginas de colocaciones' });
        const firstPage = await placementsShown();
        expect(firstPage).toHaveLength(50);
        expect(firstPage.join('\n')).toContain('Marta Lucía Obando · Soda El Parque');
        expect(await pager.getByRole('link', { name: 'Página anterior' }).count()).toBe(0);
        await submitted(officer, pager.getByRole('link', { name: 'Página siguiente' }).click());
        expect(officer.url()).toMatch(/\/office\/placements\?status=all&after=\d{4}-\d{2}-\d{2}\.\d+$/);
        const secondPage = await placementsShown();
        expect(secondPage.length).toBeGreaterThan(0);
        expect(await pager.getByRole('link', { name: 'Página siguiente' }).count()).toBe(0);
        await axe(officer);
        await submitted(officer, pager.getByRole('link', { name: 'Página anterior' }).click());
        expect(await placementsShown()).toEqual(firstPage);
        expect(await pager.getByRole('link', { name: 'Página anterior' }).count()).toBe(0);

        // A second registration with the same name written without accents is flagged, not refused.
        await officer.goto(`${solidaria.url}/office`);
        await registerAtTheOffice(officer, 'Marta Lucia Obando', axe);
        await officer.goto(`${solidaria.url}/office`);
        await go(officer, '/office/duplicates', main(officer).getByRole('link', { name: 'Posibles registros duplicados' }).click());
        expect(await main(officer).innerText()).toContain('Coincide: mismo año de nacimiento · nombre parecido');
        await axe(officer);
        await submitted(officer, main(officer).getByRole('link', { name: /^Decidir: / }).click());
        await axe(officer);
        await submitted(officer, officer.getByRole('button', { name: 'Son personas distintas' }).click());
        expect(await officer.getByRole('alert').innerText()).toContain('Revise');
        await officer.getByLabel('Motivo').fill('Hermanas: distinto documento, visto en persona');
        await go(officer, '/office/duplicates?done=different_people', officer.getByRole('button', { name: 'Son personas distintas' }).click());
        expect(await main(officer).getByRole('status').innerText()).toContain('son personas distintas');

        // Behind more than 50 open flags the queue comes a page at a time, with plain links, in es and en.
        raiseDuplicateFlags(solidaria.dataDir, 51);
        await officer.goto(`${solidaria.url}/office/duplicates`);
        const queueShown = async () => main(officer).getByRole('link', { name: /^Decidir: / }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        const queuePager = main(officer).getByRole('navigation', { name: 'Páginas de posibles duplicados' });
        const firstQueue = await queueShown();
        expect(firstQueue).toHaveLength(50);
        expect(await queuePager.getByRole('link', { name: 'Página anterior' }).count()).toBe(0);
        await submitted(officer, queuePager.getByRole('link', { name: 'Página siguiente' }).click());
        expect(officer.url()).toMatch(/\/office\/duplicates\?after=\d+\.\d+$/);
        const secondQueue = await queueShown();
        expect(secondQueue.length).toBeGreaterThan(0);
        expect(secondQueue.filter((href) => firstQueue.includes(href))).toEqual([]);
        expect(await queuePager.getByRole('link', { name: 'Página siguiente' }).count()).toBe(0);
        await axe(officer);
        await submitted(officer, queuePager.getByRole('link', { name: 'Página anterior' }).click());
        expect(await queueShown()).toEqual(firstQueue);
        await inEnglish(officerContext, officer, ['/office/duplicates'], async (page) => {
          await submitted(page, main(page).getByRole('navigation', { name: 'Pages of possible duplicates' }).getByRole('link', { name: 'Next page' }).click());
          expect(page.url()).toMatch(/\/office\/duplicates\?after=\d+\.\d+$/);
          expect(await main(page).getByRole('link', { name: 'Previous page' }).count()).toBe(1);
          await axe(page);
        });

        await officer.goto(`${solidaria.url}/office`);
        await go(officer, '/office/people', main(officer).getByRole('link', { name: 'Buscar a una persona' }).click());
        await officer.getByLabel('Parte del nombre').fill('obando');
        await go(officer, '/office/people?q=obando', officer.getByRole('button', { name: 'Buscar' }).click());
        expect(await main(officer).getByRole('list', { name: 'Resultados para «obando»' }).innerText()).toMatch(/Marta Lucia Obando[\s\S]*Marta Lucía Obando/);
        await axe(officer);
        // Accents and capitals, typed or registered either way, find both spellings.
        for (const typed of ['LUCÍA OBANDO', 'marta lucia']) {
          await officer.getByLabel('Parte del nombre').fill(typed);
          await submitted(officer, officer.getByRole('button', { name: 'Buscar' }).click());
          expect(await main(officer).getByRole('list', { name: `Resultados para «${typed}»` }).innerText()).toMatch(/Marta Lucia Obando[\s\S]*Marta Lucía Obando/);
        }

        // In English too: the notice before registering, and the explanation once on the record.
        const english: Record<string, (text: string) => void> = {
          '/office/register': (text) => expect(text).toContain('their profile starts anonymous, which means employers see it without their name or contact. Registering records, in the person\'s name, that they agree to share it that way. The person can hide it at any time.'),
          [record]: (text) => {
            expect(text).toMatch(/What the office explained\n+Recorded by the office on .+, for: Share my profile with employers, Registration done with the office's help\n+Explained: Le leí el aviso/);
            expect(text.split('Le leí el aviso de privacidad en voz alta').length - 1).toBe(1);
          },
        };
        await inEnglish(officerContext, officer, ['/office/people?q=obando', '/office/register', record, '/office/placements?status=all', '/office/placements/new', '/office/duplicates'], async (page) => {
          english[new URL(page.url()).pathname]?.(await main(page).innerText());
          await axe(page);
        });
      });

      await withContext(SPANISH_PHONE_NO_JS, async (personContext) => {
        const person = await personContext.newPage();
        await person.goto(`${solidaria.url}/takeover`);
        await axe(person);
        await person.getByLabel('Código de la oficina').fill('AAAA-BBBB-CCCC');
        await person.getByLabel('Correo electrónico o teléfono').fill('8712 3456');
        await person.getByLabel('Contraseña').fill('gallo-pinto-con-natilla');
        await submitted(person, person.getByRole('button', { name: 'Tomar mi cuenta' }).click());
        expect(await main(person).innerText()).toContain('Este código no sirve');
        await axe(person);
        await inEnglish(personContext, person, ['/takeover'], axe);

        await person.goto(`${solidaria.url}/takeover`);
        await person.getByLabel('Código de la oficina').fill(code.toLowerCase());
        await person.getByLabel('Correo electrónico o teléfono').fill('8712 3456');
        await person.getByLabel('Contraseña').fill('gallo-pinto-con-natilla');
        await go(person, '/account', person.getByRole('button', { name: 'Tomar mi cuenta' }).click());
        expect(await main(person).innerText()).toContain('Marta Lucía Obando');
        expect(await main(person).innerText()).toContain('+50687123456');

        await go(person, '/account/views', main(person).getByRole('link', { name: 'Quién miró mi expediente' }).click());
        const views = main(person).getByRole('table');
        expect(await views.getByRole('row').count()).toBeGreaterThan(1);
        expect(await views.innerText()).toContain('Oficina municipal de empleo de Upala');
        await axe(person);
        await inEnglish(personContext, person, ['/account/views'], axe);
      });

      // The code worked once.
      const again = await fetch(`${solidaria.url}/api/auth/takeover`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, identifier: 'otra.persona@example.org', password: 'gallo-pinto-con-natilla' }),
      });
      expect(again.status).toBe(422);
    });
  });
});
