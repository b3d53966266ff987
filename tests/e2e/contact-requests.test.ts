import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';
import { demoEmployerCookOffer, makeCookProfile, registerSeeker, text } from './matching-helpers';

const { solidaria, withContext, axeChecker, inEnglish } = solidariaInChromium();

// Contact requests between an employer and a seeker, on a phone, with JavaScript off.
describe('contact requests, with JavaScript off', () => {
  it('a seeker stops sharing her contact, answers a contact request and withdraws; the employer asks an anonymous candidate', async () => {
    await withContext(SPANISH_PHONE_NO_JS, async (employerContext) => {
      const offer = await demoEmployerCookOffer(solidaria.url, employerContext.request);
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        await registerSeeker(solidaria.url, context.request, 'ana.flores@example.org', 'Ana Flores');
        await makeCookProfile(solidaria.url, context.request, offer.id);
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
        const offer = await demoEmployerCookOffer(solidaria.url, employerContext.request);
        await withContext(SPANISH_PHONE_NO_JS, async (context) => {
          await registerSeeker(solidaria.url, context.request, 'rosa.mejia@example.org', 'Rosa Mejía');
          await makeCookProfile(solidaria.url, context.request, offer.id);
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
