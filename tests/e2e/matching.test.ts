import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';
import { DEMO_PASSWORD, PASSWORD, demoCookOffer, demoEmployerCookOffer, makeCookProfile, registerSeeker, text, type OfferSummary } from './matching-helpers';

const { solidaria, withContext, go } = solidariaInChromium();

describe('matching and applications, on a phone, with JavaScript off, in Spanish', () => {
  it('a seeker sees offers for her with the reasons and applies sharing her contact; the employer hires her from the pipeline', async () => {
    await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
      const employer = await employerContext.newPage();
      // Signing in on the way to the pipeline comes back to it.
      await go(employer, '/login?redirectTo=/employer', employer.goto(`${solidaria.url}/employer`));
      await employer.getByLabel('Correo electrónico o teléfono').fill('empleador@demo.solidaria.test');
      await employer.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await go(employer, '/employer', employer.getByRole('button', { name: 'Entrar' }).click());
      const offer = await demoCookOffer(solidaria.url, employerContext.request);

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

        await makeCookProfile(solidaria.url, seekerContext.request, offer.id);
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
      const offer = await demoEmployerCookOffer(solidaria.url, employerContext.request);
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        await registerSeeker(solidaria.url, context.request, 'adolescente@example.org', 'Joven');
        await makeCookProfile(solidaria.url, context.request, offer.id, `${new Date().getUTCFullYear() - 16}-01-15`);
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
        const offer = await demoEmployerCookOffer(solidaria.url, employerContext.request);
        await withContext({ locale, viewport: PHONE }, async (seekerContext) => {
          const seeker = seekerContext.request;
          await registerSeeker(solidaria.url, seeker, `axe-matching-${locale}@example.org`, `Axe ${locale}`, locale);
          await makeCookProfile(solidaria.url, seeker, offer.id);
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
