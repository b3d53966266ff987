import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, inEnglish } = solidariaInChromium();

const PASSWORD = 'gallo-pinto-de-upala-7';
const DEMO_PASSWORD = 'demo-solidaria-2026';
// A cheap phone's screen, in Spanish, without JavaScript: the programme's usual reader.
const COOK_OFFER = /^Cocinero o cocinera/;

const text = async (page: Page) => (await main(page).textContent()) ?? '';

interface OfferSummary {
  id: number;
  status: string;
  title: string;
}

/** The demo employer's published cook offer (its organisation is verified in the demo data), found as that employer. */
async function demoCookOffer(request: APIRequestContext): Promise<OfferSummary & { organisationId: number }> {
  const { organisations } = (await (await request.get(`${solidaria.url}/api/me/organizations`)).json()) as { organisations: { id: number }[] };
  const organisationId = organisations[0]!.id;
  const { offers } = (await (await request.get(`${solidaria.url}/api/organizations/${organisationId}/offers`)).json()) as { offers: OfferSummary[] };
  const offer = offers.find((o) => o.status === 'published' && COOK_OFFER.test(o.title));
  expect(offer).toBeDefined();
  return { ...offer!, organisationId };
}

/**
 * A seeker's profile through the API with the browser's own session (the profile's steps
 * have their own test): a cook in Upala with one of the offer's two required skills, so
 * "Para ti" has reasons both ways and a missing skill to name.
 */
async function makeCookProfile(request: APIRequestContext, offerId: number, birthDate = '1990-05-14') {
  const { offer } = (await (await request.get(`${solidaria.url}/api/offers/${offerId}?lang=es`)).json()) as {
    offer: { municipality: { id: number }; occupation: { id: number }; skills: { id: number; required: boolean }[] };
  };
  const oneRequired = offer.skills.find((s) => s.required)!;
  const put = await request.put(`${solidaria.url}/api/me/profile`, {
    data: {
      municipalityId: offer.municipality.id, birthDate, workAuthorization: 'refugee', desiredOccupationIds: [offer.occupation.id],
      skills: [{ skillId: oneRequired.id, level: 'advanced' }], languages: [{ code: 'es', level: 'native' }],
      workHistory: [{ title: 'Cocinera en un comedor', months: 24, formal: false }], availability: { fullTime: true, days: ['mon', 'tue'], shifts: ['morning'] },
    },
  });
  expect(put.status()).toBe(200);
  expect((await request.put(`${solidaria.url}/api/me/profile/visibility`, { data: { visibility: 'anonymous' } })).status()).toBe(200);
}

async function signIn(request: APIRequestContext, identifier: string, password: string) {
  expect((await request.post(`${solidaria.url}/api/auth/login`, { data: { identifier, password } })).status()).toBe(200);
}

describe('matching and applications, on a phone, with JavaScript off, in Spanish', () => {
  it('a seeker sees offers for her with the reasons and applies sharing her contact; the employer hires her from the pipeline', async () => {
    await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
      const employer = await employerContext.newPage();
      // Signing in on the way to the pipeline comes back to it.
      await go(employer, '/login?redirectTo=/employer', employer.goto(`${solidaria.url}/employer`));
      await employer.getByLabel('Correo electrónico o teléfono').fill('empleador@demo.solidaria.test');
      await employer.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await go(employer, '/employer', employer.getByRole('button', { name: 'Entrar' }).click());
      const offer = await demoCookOffer(employerContext.request);

      await withContext(SPANISH_PHONE_NO_JS, async (seekerContext) => {
        const page = await seekerContext.newPage();
        await page.goto(`${solidaria.url}/register`);
        await page.getByLabel('Correo electrónico o teléfono').fill('lucia.reyes@example.org');
        await page.getByLabel('Contraseña').fill(PASSWORD);
        await page.getByLabel('Su nombre').fill('Lucía Reyes');
        await page.getByRole('checkbox', { name: 'Buscar trabajo' }).check();
        await go(page, '/account', page.getByRole('button', { name: 'Crear cuenta' }).click());

        // Before a profile, "Para ti" invites her to make one.
        await go(page, '/for-you', page.getByRole('banner').getByRole('link', { name: 'Para ti' }).click());
        expect(await main(page).getByRole('link', { name: 'Hacer mi perfil' }).getAttribute('href')).toBe('/profile');

        await makeCookProfile(seekerContext.request, offer.id);
        await page.reload();
        const card = main(page).getByRole('article', { name: offer.title });
        const shown = (await card.textContent()) ?? '';
        expect(shown).toMatch(/Coincide en un \d{1,3} %/);
        expect(shown).toContain('busca trabajo en esta ocupación');
        expect(shown).toContain('vive en Upala');
        expect(shown).toContain('Para este puesto le falta:');
        expect(await card.getByRole('list', { name: 'A favor' }).getByRole('listitem').count()).toBeGreaterThan(1);
        expect(await card.getByRole('link', { name: 'Añadir habilidades a mi perfil' }).getAttribute('href')).toBe('/profile/skills');

        // The offer, and applying with a note; sharing her contact is ticked for her.
        await go(page, `/jobs/${offer.id}`, card.getByRole('link', { name: offer.title }).click());
        const apply = main(page).getByRole('region', { name: 'Postularse', exact: true });
        expect(await apply.getByRole('checkbox', { name: 'Compartir mi nombre y contacto con esta organización' }).isChecked()).toBe(true);
        await apply.getByLabel('Mensaje para la organización (opcional)').fill('Puedo empezar el lunes.');
        await submitted(page, apply.getByRole('button', { name: 'Enviar mi postulación' }).click());
        expect(page.url()).toBe(`${solidaria.url}/jobs/${offer.id}?applied=1#apply-here`);
        expect(await apply.getByRole('status').textContent()).toContain('su postulación fue enviada');
        await go(page, '/applications', apply.getByRole('link', { name: 'Ver mis postulaciones' }).click());
        expect(await main(page).getByRole('article', { name: offer.title }).textContent()).toContain('Estado: Enviada');

        // The employer: she is among the ranked candidates, by name since she shared it, and in the pipeline.
        await employer.goto(`${solidaria.url}/employer/offers/${offer.id}`);
        await go(employer, `/employer/offers/${offer.id}/candidates`, main(employer).getByRole('link', { name: 'Candidatas y candidatos recomendados' }).click());
        const candidate = main(employer).getByRole('article', { name: 'Lucía Reyes' });
        expect(await candidate.textContent()).toContain('lucia.reyes@example.org');
        expect(await candidate.textContent()).toMatch(/Coincide en un \d{1,3} %/);
        await go(employer, `/employer/offers/${offer.id}/applications`, main(employer).getByRole('link', { name: 'Postulaciones recibidas' }).click());
        const received = main(employer).getByRole('region', { name: /^Recibidas/ }).getByRole('article', { name: 'Lucía Reyes' });
        expect(await received.textContent()).toContain('Puedo empezar el lunes.');
        expect(await received.getByRole('link', { name: 'lucia.reyes@example.org' }).getAttribute('href')).toBe('mailto:lucia.reyes@example.org');
        // Only the employer's moves from "received": no hiring straight away.
        expect(await received.getByRole('button').allTextContents()).toEqual(['Pasar a la lista corta', 'No seleccionar']);

        const pipeline = `/employer/offers/${offer.id}/applications`;
        const move = async (button: string, done: string) => {
          await submitted(employer, main(employer).getByRole('article', { name: 'Lucía Reyes' }).getByRole('button', { name: button, exact: true }).click());
          expect(employer.url()).toMatch(new RegExp(`${pipeline}\\?done=${done}#application-\\d+$`));
        };
        await move('Pasar a la lista corta', 'shortlisted');
        await move('Ofrecer el puesto', 'offered');
        await move('Contratar', 'hired');
        expect(await main(employer).getByRole('status').textContent()).toContain('Contratada/o');
        const hired = main(employer).getByRole('region', { name: /^Contratadas/ }).getByRole('article', { name: 'Lucía Reyes' });
        expect(await hired.getByRole('button').count()).toBe(0);

        // She sees it in plain words, with its history.
        await page.reload();
        const mine = main(page).getByRole('article', { name: offer.title });
        expect(await mine.textContent()).toContain('Estado: Contratada/o');
        expect((await mine.getByRole('listitem', { includeHidden: true }).allTextContents()).map((s) => s.split(': ')[1])).toEqual(['Enviada', 'En la lista corta', 'Le ofrecieron el puesto', 'Contratada/o']);
      });
    });
  });
});

describe('the rest of the buttons, with JavaScript off', () => {
  it('an adolescent is told why she cannot apply, in Spanish and in English', async () => {
    await withContext({ locale: 'es-CR' }, async (employerContext) => {
      await signIn(employerContext.request, 'empleador@demo.solidaria.test', DEMO_PASSWORD);
      const offer = await demoCookOffer(employerContext.request);
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const registered = await context.request.post(`${solidaria.url}/api/auth/register`, {
          data: { identifier: 'adolescente@example.org', displayName: 'Joven', password: PASSWORD, purposes: ['seeker'] },
        });
        expect(registered.status()).toBe(201);
        await makeCookProfile(context.request, offer.id, `${new Date().getUTCFullYear() - 16}-01-15`);
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/jobs/${offer.id}`);
        await submitted(page, main(page).getByRole('button', { name: 'Enviar mi postulación' }).click());
        const refusal = (await page.getByRole('alert').textContent()) ?? '';
        expect(refusal).toContain('No puede postularse a esta oferta:');
        expect(refusal).toContain('menor de edad: solo ofertas aptas para adolescentes');
        // The page in English says it in English.
        await submitted(page, page.getByRole('button', { name: /English/ }).click());
        await submitted(page, main(page).getByRole('button', { name: 'Send my application' }).click());
        expect(await page.getByRole('alert').textContent()).toContain('under 18: only offers suitable for adolescents');
        await page.goto(`${solidaria.url}/applications`);
        expect(await text(page)).toContain('You have not applied to any offer yet.');
      });
    });
  });

  it('a seeker stops sharing her contact, answers a contact request and withdraws; the employer asks an anonymous candidate', async () => {
    await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
      await signIn(employerContext.request, 'empleador@demo.solidaria.test', DEMO_PASSWORD);
      const offer = await demoCookOffer(employerContext.request);
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const registered = await context.request.post(`${solidaria.url}/api/auth/register`, {
          data: { identifier: 'ana.flores@example.org', displayName: 'Ana Flores', password: PASSWORD, purposes: ['seeker'] },
        });
        expect(registered.status()).toBe(201);
        await makeCookProfile(context.request, offer.id);
        // She agrees that employers may ask for her contact (the profile's last step offers it).
        expect((await context.request.post(`${solidaria.url}/api/me/consents`, { data: { purpose: 'contact_by_employers', granted: true } })).status()).toBe(200);
        expect((await context.request.post(`${solidaria.url}/api/offers/${offer.id}/applications`, { data: { note: '', shareContact: true } })).status()).toBe(201);
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/applications`);
        const mine = main(page).getByRole('article', { name: offer.title });
        expect(await mine.textContent()).toContain('Usted comparte su nombre y contacto con esta organización.');
        await submitted(page, mine.getByRole('button', { name: 'Dejar de compartir mi contacto' }).click());
        expect(page.url()).toMatch(/\/applications\?done=unshared#application-\d+$/);
        expect(await main(page).getByRole('status').textContent()).toContain('ya no ve su nombre ni su contacto');
        expect(await mine.textContent()).toContain('La organización ve su perfil sin su nombre ni su contacto.');

        // The employer now sees her without a name, and asks for her contact with a message.
        const employer = await employerContext.newPage();
        await employer.goto(`${solidaria.url}/employer/offers/${offer.id}/candidates`);
        expect(await text(employer)).not.toContain('Ana Flores');
        const { user } = (await (await context.request.get(`${solidaria.url}/api/me`)).json()) as { user: { id: number } };
        const card = main(employer).locator(`#candidate-${user.id}`);
        expect(await card.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Persona n\.º \d+$/);
        await card.getByText('Pedir su contacto').click();
        await card.getByLabel('Mensaje para la persona (opcional)').fill('Somos la finca; ¿podemos llamarle?');
        await submitted(employer, card.getByRole('button', { name: 'Pedir contacto' }).click());
        expect(employer.url()).toMatch(new RegExp(`/candidates\\?asked=${user.id}#candidate-${user.id}$`));
        expect(await card.getByRole('status').textContent()).toContain('Le pedimos su contacto');

        // She accepts, then takes it back, then withdraws her application.
        await page.reload();
        const request = main(page).getByRole('region', { name: 'Organizaciones que piden su contacto' }).getByRole('article');
        expect(await request.textContent()).toContain('Somos la finca; ¿podemos llamarle?');
        await submitted(page, request.getByRole('button', { name: 'Aceptar y compartir mi contacto' }).click());
        expect(await main(page).getByRole('status').textContent()).toContain('compartió su contacto');
        expect(await request.textContent()).toContain('Usted aceptó');
        await employer.reload();
        expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('Ana Flores');
        await submitted(page, request.getByRole('button', { name: 'Dejar de compartir mi contacto' }).click());
        expect(await request.textContent()).toContain('Usted dejó de compartir su contacto');
        await submitted(page, mine.getByRole('button', { name: 'Retirar mi postulación' }).click());
        expect(await main(page).getByRole('status').textContent()).toContain('Retiró su postulación.');
        expect(await mine.textContent()).toContain('Estado: Retirada');
        expect(await mine.getByRole('button').count()).toBe(0);
      });
    });
  });

  it('an employer asking someone who no longer takes contact requests is told so, not that it already asked; her withdrawal closes the request left waiting, in es and en', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
        await signIn(employerContext.request, 'empleador@demo.solidaria.test', DEMO_PASSWORD);
        const offer = await demoCookOffer(employerContext.request);
        await withContext(SPANISH_PHONE_NO_JS, async (context) => {
          const registered = await context.request.post(`${solidaria.url}/api/auth/register`, {
            data: { identifier: 'rosa.mejia@example.org', displayName: 'Rosa Mejía', password: PASSWORD, purposes: ['seeker'] },
          });
          expect(registered.status()).toBe(201);
          await makeCookProfile(context.request, offer.id);
          const { user } = (await (await context.request.get(`${solidaria.url}/api/me`)).json()) as { user: { id: number } };
          const contactConsent = async (granted: boolean) => expect((await context.request.post(`${solidaria.url}/api/me/consents`, { data: { purpose: 'contact_by_employers', granted } })).status()).toBe(200);
          const employer = await employerContext.newPage();
          const card = main(employer).locator(`#candidate-${user.id}`);
          const candidates = `/employer/offers/${offer.id}/candidates`;
          // The page is read while she takes requests; she stops before the employer sends.
          const askAfterSheStops = async (open: string, message: string, send: string) => {
            await contactConsent(true);
            await employer.goto(`${solidaria.url}${candidates}`);
            await card.getByText(open).click();
            await card.getByLabel(message).fill('¿Podemos llamarle?');
            await contactConsent(false);
            await submitted(employer, card.getByRole('button', { name: send }).click());
            return (await card.getByRole('alert').innerText()).trim();
          };
          expect(await askAfterSheStops('Pedir su contacto', 'Mensaje para la persona (opcional)', 'Pedir contacto')).toBe('No se envió su pedido: esta persona no recibe pedidos de contacto.');
          expect(await card.innerText()).not.toContain('ya le pidió el contacto');
          await inEnglish(employerContext, employer, [candidates], async () => {
            expect(await askAfterSheStops('Ask for their contact', 'A message for the person (optional)', 'Ask for contact')).toBe('Your request was not sent: this person takes no contact requests.');
            expect(await card.innerText()).not.toContain('already asked');
          });

          // She agrees again and is asked; then she says no to being asked, on her visibility page.
          await contactConsent(true);
          await employer.goto(`${solidaria.url}${candidates}`);
          await card.getByText('Pedir su contacto').click();
          await submitted(employer, card.getByRole('button', { name: 'Pedir contacto' }).click());
          expect(await card.getByRole('status').innerText()).toContain('Le pedimos su contacto');
          const page = await context.newPage();
          await page.goto(`${solidaria.url}/profile/visibility`);
          await submitted(page, main(page).getByRole('button', { name: 'No, que no me lo pidan' }).click());
          expect(await main(page).getByRole('status').innerText()).toContain('ningún empleador puede pedirle su contacto');

          // The request she had not answered is closed: she cannot answer it, and the employer reads that it is no longer possible.
          await page.goto(`${solidaria.url}/applications`);
          const request = main(page).getByRole('region', { name: 'Organizaciones que piden su contacto' }).getByRole('article');
          expect(await request.innerText()).toContain('Cerrado sin respuesta: usted dejó de recibir pedidos de contacto.');
          expect(await request.getByRole('button').count()).toBe(0);
          await axe(page);
          await employer.goto(`${solidaria.url}${candidates}`);
          expect(await card.innerText()).toContain('Le pidió su contacto, pero ya no es posible: esta persona dejó de recibir pedidos de contacto antes de responder, y su pedido quedó cerrado.');
          expect(await card.getByRole('button').count()).toBe(0);
          await axe(employer);
          await inEnglish(context, page, ['/applications'], async () => {
            const inEn = main(page).getByRole('region', { name: 'Organisations asking for your contact' }).getByRole('article');
            expect(await inEn.innerText()).toContain('Closed without an answer: you stopped taking contact requests.');
            await axe(page);
          });
          await inEnglish(employerContext, employer, [candidates], async () => {
            expect(await card.innerText()).toContain('You asked for their contact, but that is no longer possible: this person stopped taking contact requests before answering, so your request was closed.');
            await axe(employer);
          });
        });
      });
    });
  });
});

// axe runs as a script in the page, so these contexts keep JavaScript on; the pages ship none.
describe('accessibility of the matching pages', () => {
  for (const locale of ['es', 'en'] as const) {
    it(`finds no axe violations on "for you", applications, the offer's apply form, candidates and the pipeline, in ${locale}`, async () => {
      const check = async (page: Page, path: string) => {
        await page.goto(`${solidaria.url}${path}`);
        expect(page.url(), path).toBe(`${solidaria.url}${path}`);
        expect({ path, violations: await accessibilityViolations(page) }).toEqual({ path, violations: [] });
      };
      await withContext({ locale, viewport: PHONE }, async (employerContext: BrowserContext) => {
        await signIn(employerContext.request, 'empleador@demo.solidaria.test', DEMO_PASSWORD);
        const offer = await demoCookOffer(employerContext.request);
        await withContext({ locale, viewport: PHONE }, async (seekerContext) => {
          const seeker = seekerContext.request;
          const registered = await seeker.post(`${solidaria.url}/api/auth/register`, {
            data: { identifier: `axe-matching-${locale}@example.org`, displayName: `Axe ${locale}`, password: PASSWORD, purposes: ['seeker'], language: locale },
          });
          expect(registered.status()).toBe(201);
          await makeCookProfile(seeker, offer.id);
          expect((await seeker.post(`${solidaria.url}/api/me/consents`, { data: { purpose: 'contact_by_employers', granted: true } })).status()).toBe(200);
          // An application with contact kept back (anonymous in the pipeline, with moves to make), and an organisation asking for it.
          expect((await seeker.post(`${solidaria.url}/api/offers/${offer.id}/applications`, { data: { note: 'Hola', shareContact: false } })).status()).toBe(201);
          const { user } = (await (await seeker.get(`${solidaria.url}/api/me`)).json()) as { user: { id: number } };
          const asked = await employerContext.request.post(`${solidaria.url}/api/profiles/${user.id}/contact-requests`, { data: { organisationId: offer.organisationId, offerId: offer.id, message: '¿Podemos llamarle?' } });
          expect(asked.status()).toBe(201);

          const page = await seekerContext.newPage();
          await check(page, '/for-you');
          await check(page, '/applications');
          // Another of the organisation's offers, not applied to: the form itself.
          const { offers } = (await (await employerContext.request.get(`${solidaria.url}/api/organizations/${offer.organisationId}/offers`)).json()) as { offers: OfferSummary[] };
          const other = offers.find((o) => o.status === 'published' && o.id !== offer.id)!;
          await check(page, `/jobs/${other.id}`);
          expect(await main(page).getByRole('button', { name: locale === 'es' ? 'Enviar mi postulación' : 'Send my application' }).isVisible()).toBe(true);
        });
        const page = await employerContext.newPage();
        await check(page, `/employer/offers/${offer.id}/candidates`);
        await check(page, `/employer/offers/${offer.id}/applications`);
        expect(await text(page)).toContain(locale === 'es' ? 'Pasar a la lista corta' : 'Shortlist');
      });
    });
  }
});
