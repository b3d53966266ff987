import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, signInAsOfficer } = solidariaInChromium();

const PASSWORD = 'tamales-de-upala-2026';

const HONEST = 'Buscamos cocinero o cocinera para preparar casados, gallo pinto y sopas en nuestra soda del centro de Upala. Horario de 7 a 15 horas, de lunes a sábado. Ofrecemos seguro social, aguinaldo y vacaciones.';
const WITH_FEE = `${HONEST} Para postularse debe pagar una inscripción de ₡5000 por el uniforme.`;

const section = (page: Page, heading: string | RegExp) => main(page).getByRole('region', { name: heading, exact: true });
const alertText = async (page: Page) => (await page.getByRole('alert').textContent()) ?? '';
const statusText = async (page: Page) => (await main(page).getByRole('status').first().textContent()) ?? '';

async function registerEmployer(page: Page, axe: (page: Page) => Promise<void>) {
  await page.goto(`${solidaria.url}/register`);
  await page.getByLabel('Correo electrónico o teléfono').fill('soda.amistad@example.org');
  await page.getByLabel('Contraseña').fill(PASSWORD);
  await page.getByLabel('Su nombre').fill('Carmen Solís');
  await page.getByRole('checkbox', { name: 'Contratar personal' }).check();
  await go(page, '/account', page.getByRole('button', { name: 'Crear cuenta' }).click());
  await axe(page);
  await go(page, '/employer', page.getByRole('banner').getByRole('link', { name: 'Mis ofertas de empleo' }).click());
}

async function registerOrganisation(page: Page, axe: (page: Page) => Promise<void>): Promise<string> {
  await go(page, '/employer/organizations/new', main(page).getByRole('link', { name: 'Registrar una organización' }).click());
  await axe(page);
  await page.getByLabel('Nombre de la organización').fill('Soda La Amistad');
  await page.getByLabel('Sector').selectOption({ label: 'Restaurantes y sodas' });
  await page.getByLabel('Municipio').selectOption({ label: 'Upala' });
  await page.getByLabel('Número fiscal').fill('12345');
  await page.getByLabel('Correo de contacto').fill('soda.amistad@example.org');
  await submitted(page, main(page).getByRole('button', { name: 'Registrar la organización' }).click());
  // The API's message is English; the page says it in Spanish, with the country's format, beside the field.
  const taxId = page.getByLabel('Número fiscal');
  expect(await taxId.getAttribute('aria-invalid')).toBe('true');
  expect((await taxId.getAttribute('aria-describedby'))?.split(' ')[0]).toBe('taxId-error');
  expect(await page.locator('#taxId-error').textContent()).toContain('La cédula jurídica tiene 10 dígitos');
  await axe(page);

  await taxId.fill(`3-101-${String(Date.now()).slice(-6)}`);
  await submitted(page, main(page).getByRole('button', { name: 'Registrar la organización' }).click());
  expect(page.url()).toMatch(/\/employer\/organizations\/\d+\?done=created$/);
  expect(await main(page).getByText('Esperando verificación de la oficina municipal').isVisible()).toBe(true);
  await axe(page);
  return /organizations\/(\d+)/.exec(page.url())![1]!;
}

async function writeOffer(page: Page, axe: (page: Page) => Promise<void>): Promise<string> {
  await submitted(page, main(page).getByRole('link', { name: 'Escribir una oferta nueva' }).click());
  await axe(page);
  await page.getByLabel('Título del puesto').fill('Cocinero para soda');
  await page.getByLabel('Descripción del trabajo').fill(HONEST);
  await page.getByRole('radio', { name: 'Indefinido' }).check();
  await page.getByRole('radio', { name: 'Tiempo completo' }).check();
  for (const day of ['Lunes', 'Martes', 'Miércoles']) await page.getByRole('checkbox', { name: day }).check();
  await page.getByLabel('Desde', { exact: true }).fill('450000');
  await page.getByLabel('Hasta (opcional)').fill('500.000');
  // Refugees and asylum seekers with a permit are accepted unless the employer says otherwise.
  expect(await page.getByRole('checkbox', { name: 'Personas refugiadas' }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: 'Solicitantes de asilo con permiso de trabajo' }).isChecked()).toBe(true);
  await submitted(page, main(page).getByRole('button', { name: 'Guardar borrador' }).click());
  expect(page.url()).toMatch(/\/employer\/offers\/\d+\?done=created$/);
  const offerId = /offers\/(\d+)/.exec(page.url())![1]!;

  // The title suggests the occupation before anything is typed ("Cocinero para soda" → "Cocinero").
  expect(await main(page).getByRole('button', { name: 'Elegir cocinero/cocinera', exact: true }).isVisible()).toBe(true);
  // The occupation from the taxonomy, without JavaScript, and one of its essential skills in one tap.
  await page.getByLabel('Buscar un oficio').fill('cocinero');
  await go(page, `/employer/offers/${offerId}?occupation=cocinero`, section(page, 'Oficio').getByRole('button', { name: 'Buscar', exact: true }).click());
  await axe(page);
  await go(page, `/employer/offers/${offerId}?done=occupation`, main(page).getByRole('button', { name: 'Elegir cocinero/cocinera', exact: true }).click());
  expect(await main(page).getByText('Oficio: cocinero/cocinera').isVisible()).toBe(true);
  const suggestion = section(page, 'Habilidades de cocinero/cocinera').getByRole('button').first();
  const skill = ((await suggestion.textContent()) ?? '').replace('+', '').replace('Añadir', '').trim();
  await go(page, `/employer/offers/${offerId}?done=skills`, suggestion.click());
  expect(await section(page, 'Habilidades').getByRole('button', { name: `Quitar ${skill}` }).isVisible()).toBe(true);
  await axe(page);

  // Unverified: the offer stays a draft, and the page says why.
  await submitted(page, main(page).getByRole('button', { name: 'Enviar para publicar' }).click());
  expect(await alertText(page)).toContain('Su organización espera la verificación de la oficina municipal de empleo');
  await axe(page);
  return offerId;
}

async function verifyAsOfficer(context: BrowserContext, organisationId: string, axe: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  await signInAsOfficer(page, axe);
  await axe(page);
  await go(page, `/office/organizations/${organisationId}`, section(page, /^Organizaciones por verificar/).getByRole('link', { name: 'Soda La Amistad' }).click());
  expect(await main(page).getByText(/^3-101-\d{6}$/).isVisible()).toBe(true);
  await axe(page);
  await page.getByLabel('Motivo').fill('Cédula jurídica confirmada en el Registro Nacional');
  await go(page, `/office/organizations/${organisationId}?done=verified`, main(page).getByRole('button', { name: 'Verificar' }).click());
  expect(await statusText(page)).toContain('Organización verificada');
  await axe(page);

  // An offer the screening flagged (from the demo data): its reasons, then a decision; rejecting needs a reason.
  await go(page, '/office', main(page).getByRole('link', { name: 'Oficina municipal de empleo' }).click());
  const flagged = section(page, /^Ofertas por revisar/).getByRole('link').first();
  const offerPath = (await flagged.getAttribute('href')) ?? '';
  await go(page, offerPath, flagged.click());
  expect(await section(page, 'Señales de la revisión automática').getByRole('listitem').count()).toBeGreaterThan(0);
  await axe(page);
  await submitted(page, main(page).getByRole('button', { name: 'Rechazar' }).click());
  expect(await page.locator('#reason-error').textContent()).toContain('escriba el motivo');
  await axe(page);
  await go(page, `${offerPath}?done=publish`, main(page).getByRole('button', { name: 'Publicar' }).click());
  expect(await statusText(page)).toContain('Oferta publicada');
}

describe('an employer and the municipal office, on a phone, with JavaScript off, in Spanish', () => {
  it('registers an organisation, writes an offer, is verified by the office, is refused a fee and publishes an honest offer', async () => {
    await withContext({ locale: 'es-CR', viewport: PHONE }, async (axeContext) => {
      const axe = axeChecker(await axeContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
        const page = await employerContext.newPage();
        await registerEmployer(page, axe);
        await axe(page);
        const organisationId = await registerOrganisation(page, axe);
        const offerId = await writeOffer(page, axe);

        await withContext(SPANISH_PHONE_NO_JS, (officerContext) => verifyAsOfficer(officerContext, organisationId, axe));

        // A fee charged to the worker: the check says so before sending, and sending is refused with the reason.
        await page.goto(`${solidaria.url}/employer/offers/${offerId}`);
        await page.getByLabel('Descripción del trabajo').fill(WITH_FEE);
        await submitted(page, main(page).getByRole('button', { name: 'Revisar antes de enviar' }).click());
        expect(await alertText(page)).toContain('Pide dinero a quien busca empleo');
        await axe(page);
        await submitted(page, main(page).getByRole('button', { name: 'Guardar y enviar' }).click());
        const refusal = await alertText(page);
        expect(refusal).toContain('Esta oferta no se puede publicar así');
        expect(refusal).toContain('Pide dinero a quien busca empleo');
        expect(await page.getByLabel('Descripción del trabajo').getAttribute('aria-describedby')).toContain('description-error');
        await axe(page);

        // The honest offer is published at once, with its public page.
        await page.getByLabel('Descripción del trabajo').fill(HONEST);
        await submitted(page, main(page).getByRole('button', { name: 'Guardar y enviar' }).click());
        expect(await statusText(page)).toContain('Oferta publicada');
        await axe(page);
        await go(page, `/jobs/${offerId}`, main(page).getByRole('link', { name: 'Ver la página pública de la oferta' }).first().click());
        expect(await main(page).getByRole('heading', { level: 1 }).textContent()).toBe('Cocinero para soda');
        await axe(page);

        // Once in English, through the site's language switch.
        await page.goto(`${solidaria.url}/employer/offers/${offerId}`);
        await go(page, `/employer/offers/${offerId}`, page.getByRole('button', { name: /English/ }).click());
        expect(await main(page).getByText('Status: Published').isVisible()).toBe(true);
        await axe(page);
      });
    });
  }, 120_000); // some thirty pages and their axe checks, while the rest of the suite runs beside it
});
