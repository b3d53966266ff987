import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, submitted } from './browser';
import { solidariaInChromium } from './fixture';

const { solidaria, withContext, go } = solidariaInChromium();

const PASSWORD = 'tamales-de-upala-2026';
// A cheap phone's screen, in Spanish, without JavaScript: how most buyers and vendors read it.
const PHONE = { width: 360, height: 740 };
const SPANISH_PHONE_NO_JS = { javaScriptEnabled: false, locale: 'es-CR', viewport: PHONE } as const;

const main = (page: Page) => page.getByRole('main');
// Costa Rica groups thousands with a (narrow) no-break space: ₡1 500.
const SP = '[\\s\\u00a0\\u202f]?';

/**
 * axe needs JavaScript, which these pages run without: the page as the JS-off browser
 * received it is served again, at its own address, to a page that runs axe.
 */
function axeChecker(checker: Page) {
  return async (page: Page) => {
    const url = page.url();
    const html = await page.content();
    const serve = (request: URL) => request.href === url;
    await checker.route(serve, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    try {
      await checker.goto(url);
      const path = `${url.slice(solidaria.url.length)} (${await page.locator('html').getAttribute('lang')})`;
      expect({ path, violations: await accessibilityViolations(checker) }).toEqual({ path, violations: [] });
    } finally {
      await checker.unroute(serve);
    }
  };
}

/** The same pages again in English, as the language switch leaves them (its cookie). */
async function inEnglish(context: BrowserContext, page: Page, paths: string[], axe: (page: Page) => Promise<void>) {
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
  for (const path of paths) {
    await page.goto(`${solidaria.url}${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await axe(page);
  }
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'es', url: solidaria.url }]);
}

describe('the market', () => {
  it('shows the demo products with their pictures, served without any metadata', async () => {
    await withContext({ viewport: { width: 360, height: 740 }, locale: 'es-CR' }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${solidaria.url}/market/tortilleria-dona-rosa`);
      const picture = page.locator('main img').first();
      await picture.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll('main img')].some((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
      const src = await picture.evaluate((img) => (img as HTMLImageElement).currentSrc);
      const res = await fetch(src);
      expect(res.headers.get('content-type')).toMatch(/^image\/webp/);
      expect(Buffer.from(await res.arrayBuffer()).includes(Buffer.from('Exif'))).toBe(false);
    });
  });

  it('lets a vendor list an enterprise and a product, a guest order it paying cash, and the vendor complete the order, without JavaScript', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (vendorContext) => {
        const vendor = await vendorContext.newPage();
        await vendor.goto(`${solidaria.url}/register`);
        await vendor.getByLabel('Correo electrónico o teléfono').fill('rosa.tamales@example.org');
        await vendor.getByLabel('Contraseña').fill(PASSWORD);
        await vendor.getByLabel('Su nombre').fill('Rosa Martínez');
        await vendor.getByRole('checkbox', { name: 'Vender mis productos' }).check();
        await go(vendor, '/account', vendor.getByRole('button', { name: 'Crear cuenta' }).click());
        await go(vendor, '/vendor', vendor.getByRole('banner').getByRole('link', { name: 'Mi emprendimiento' }).click());
        await axe(vendor);
        await go(vendor, '/vendor/enterprises/new', main(vendor).getByRole('link', { name: 'Registrar mi emprendimiento' }).click());
        await axe(vendor);

        await vendor.getByLabel('Nombre del emprendimiento').fill('Tamales Doña Rosa');
        await vendor.getByLabel('Categoría').selectOption({ label: 'Comida' });
        await vendor.getByLabel('Qué vende u ofrece').fill('Tamales de cerdo y de pollo hechos en casa, envueltos en hoja de plátano.');
        await vendor.getByLabel('Municipio').selectOption({ label: 'Upala' });
        await vendor.getByLabel('Punto de entrega').fill('Puesto 4 del Mercadito Upaleño, frente al parque');
        await vendor.getByLabel('WhatsApp').fill('8888 1234');
        await vendor.getByLabel('Instrucciones de pago').fill('SINPE Móvil al 8888 1234, con su nombre como referencia.');
        await go(vendor, '/vendor/enterprises/tamales-dona-rosa?done=created', vendor.getByRole('button', { name: 'Registrar el emprendimiento' }).click());
        expect(await main(vendor).getByRole('status').innerText()).toContain('registrado');

        await vendor.getByLabel('Nombre del producto').fill('Tamal de chicharrón');
        await vendor.getByLabel('Precio', { exact: true }).fill('1.500');
        await vendor.getByLabel('Unidades disponibles').fill('3');
        await go(vendor, '/vendor/enterprises/tamales-dona-rosa?done=product', vendor.getByRole('button', { name: 'Agregar producto' }).click());
        const productLine = main(vendor).getByRole('listitem').filter({ hasText: 'Tamal de chicharrón' });
        expect(await productLine.innerText()).toMatch(new RegExp(`₡1${SP}500.*Quedan 3`));

        let orderPath = '';
        await withContext(SPANISH_PHONE_NO_JS, async (guestContext) => {
          const guest = await guestContext.newPage();
          await guest.goto(`${solidaria.url}/market`);
          await axe(guest);
          await guest.getByLabel('¿Qué busca?').fill('tamal de chicharon');
          await submitted(guest, guest.getByRole('button', { name: 'Buscar' }).click());
          expect(guest.url()).toContain('q=tamal+de+chicharon');
          const hit = main(guest).getByRole('listitem').filter({ has: guest.getByRole('heading', { name: 'Tamal de chicharrón' }) });
          expect(await hit.innerText()).toContain('Tamales Doña Rosa');
          expect(await hit.innerText()).toMatch(new RegExp(`₡1${SP}500`));
          await axe(guest);
          await go(guest, '/market/tamales-dona-rosa', hit.getByRole('link', { name: 'Tamal de chicharrón' }).click());
          expect(await guest.getByRole('link', { name: 'Escribir a Tamales Doña Rosa por WhatsApp' }).getAttribute('href')).toBe('https://wa.me/50688881234');
          await axe(guest);

          await guest.getByLabel('Cantidad de Tamal de chicharrón').fill('2');
          await guest.getByLabel('Su nombre').fill('Ana Pérez');
          await guest.getByLabel('Su teléfono o correo electrónico').fill('8312 4567');
          await guest.getByRole('radio', { name: 'Efectivo al recoger' }).check();
          await submitted(guest, guest.getByRole('button', { name: 'Hacer el pedido' }).click());
          orderPath = guest.url().slice(solidaria.url.length);
          expect(orderPath).toMatch(/^\/orders\/[A-Za-z0-9_-]{16,64}$/);
          const order = await main(guest).innerText();
          expect(order).toContain('Estado: Pendiente de pago');
          expect(order).toMatch(new RegExp(`Total\\s+₡3${SP}000`));
          expect(order).toContain('Puesto 4 del Mercadito Upaleño');
          expect(order).toContain('SINPE Móvil al 8888 1234');
          expect(await guest.getByRole('button', { name: 'Cancelar el pedido' }).isVisible()).toBe(true);
          await axe(guest);

          // The vendor runs the order: paid, ready, completed.
          await vendor.reload();
          expect(await main(vendor).innerText()).toContain('Ana Pérez');
          expect(await main(vendor).getByRole('link', { name: '+50683124567' }).isVisible()).toBe(true);
          for (const move of ['Marcar pagado', 'Marcar listo', 'Marcar entregado']) {
            await go(vendor, '/vendor/enterprises/tamales-dona-rosa?done=moved', main(vendor).getByRole('button', { name: `${move}: pedido de Ana Pérez` }).click());
          }
          expect(await main(vendor).getByRole('heading', { name: 'Entregado (1)' }).isVisible()).toBe(true);
          expect(await main(vendor).getByRole('region', { name: 'Ventas de este mes' }).innerText()).toMatch(new RegExp(`₡3${SP}000`));
          expect(await productLine.innerText()).toContain('Quedan 1');
          await axe(vendor);

          await guest.reload();
          expect(await main(guest).innerText()).toContain('Estado: Entregado');
          expect(await guest.getByRole('button', { name: 'Cancelar el pedido' }).count()).toBe(0);

          // The language switch turns the same pages English.
          await guest.goto(`${solidaria.url}/market/tamales-dona-rosa`);
          await submitted(guest, guest.getByRole('button', { name: /English/ }).click());
          expect(await guest.getByRole('button', { name: 'Place the order' }).isVisible()).toBe(true);
          await guestContext.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'es', url: solidaria.url }]);
          await inEnglish(guestContext, guest, ['/market', '/market?q=tamal+de+chicharon', '/market/tamales-dona-rosa', orderPath], axe);
        });
        await inEnglish(vendorContext, vendor, ['/vendor', '/vendor/enterprises/new', '/vendor/enterprises/tamales-dona-rosa'], axe);
      });
    });
  });
});
