import { describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker, signInAsOfficer } = solidariaInChromium();

describe('the municipal programme, without JavaScript', () => {
  it('takes a vendor’s request to the Upala office, which includes the enterprise with a reason; its public page shows the mark', async () => {
    await withContext({ viewport: PHONE }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (vendorContext) => {
        const vendor = await vendorContext.newPage();
        await vendor.goto(`${solidaria.url}/register`);
        await vendor.getByLabel('Correo electrónico o teléfono').fill('costura.lupe@example.org');
        await vendor.getByLabel('Contraseña').fill('hilos-y-agujas-2026');
        await vendor.getByLabel('Su nombre').fill('Lupe Castro');
        await vendor.getByRole('checkbox', { name: 'Vender mis productos' }).check();
        await go(vendor, '/account', vendor.getByRole('button', { name: 'Crear cuenta' }).click());
        await vendor.goto(`${solidaria.url}/vendor/enterprises/new`);
        await vendor.getByLabel('Nombre del emprendimiento').fill('Costurería Lupe');
        await vendor.getByLabel('Categoría').selectOption({ label: 'Ropa' });
        await vendor.getByLabel('Municipio').selectOption({ label: 'Upala' });
        await vendor.getByLabel('Teléfono').fill('2470 1234');
        const page = '/vendor/enterprises/costureria-lupe';
        await go(vendor, `${page}?done=created`, vendor.getByRole('button', { name: 'Registrar el emprendimiento' }).click());
        const programme = main(vendor).getByRole('region', { name: 'Programa municipal' });
        await go(vendor, `${page}?done=programme`, programme.getByRole('button', { name: 'Pedir entrar al programa municipal' }).click());
        expect(await programme.innerText()).toContain('está en manos de la oficina');
        await axe(vendor);

        await withContext(SPANISH_PHONE_NO_JS, async (officeContext) => {
          const officer = await officeContext.newPage();
          await signInAsOfficer(officer);
          await go(officer, '/office/enterprises', main(officer).getByRole('link', { name: 'Emprendimientos que piden entrar al programa municipal' }).click());
          await axe(officer);
          const request = main(officer).getByRole('listitem').filter({ hasText: 'Costurería Lupe' });
          expect(await request.innerText()).toContain('Upala');
          await submitted(officer, request.getByRole('link', { name: 'Costurería Lupe' }).click());
          const decision = officer.url().slice(solidaria.url.length);
          expect(decision).toMatch(/^\/office\/enterprises\/\d+$/);
          await axe(officer);
          // No reason: refused on the form, nothing decided.
          await submitted(officer, main(officer).getByRole('button', { name: 'Incluir en el programa' }).click());
          expect(await main(officer).getByRole('alert').isVisible()).toBe(true);
          await main(officer).getByLabel('Motivo').fill('Completó la capacitación de octubre');
          await go(officer, `${decision}?done=join`, main(officer).getByRole('button', { name: 'Incluir en el programa' }).click());
          expect(await main(officer).innerText()).toContain('Es parte del programa municipal.');
          await axe(officer);
          await officeContext.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
          for (const path of ['/office/enterprises', decision]) {
            await officer.goto(`${solidaria.url}${path}`);
            expect(await officer.locator('html').getAttribute('lang')).toBe('en');
            await axe(officer);
          }
          expect(await main(officer).innerText()).toContain('Part of the municipal programme.');
        });

        await vendor.goto(`${solidaria.url}${page}`);
        expect(await programme.innerText()).toContain('Completó la capacitación de octubre');
        await vendor.goto(`${solidaria.url}/market/costureria-lupe`);
        expect(await main(vendor).locator('.meta').first().innerText()).toContain('Programa municipal');
      });
    });
  });
});

