import { startStripeDouble, type StripeDouble } from '@solidaria/payments/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { submitted } from './browser';
import { PHONE, SPANISH_PHONE_NO_JS, mainOf as main, solidariaInChromium } from './fixture';

// Card payments on, against a local Stripe double (the SDK's requests go to STRIPE_API_URL).
const WEBHOOK_SECRET = 'whsec_e2e_market';
let stripe: StripeDouble | undefined;
const { solidaria, withContext, go, axeChecker, inEnglish } = solidariaInChromium({
  env: async () => {
    stripe = await startStripeDouble();
    return { STRIPE_SECRET_KEY: 'sk_test_e2e_market', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: stripe.url };
  },
});
afterAll(() => stripe?.close());

const PASSWORD = 'tamales-de-upala-2026';

// Costa Rica groups thousands with a (narrow) no-break space: ₡1 500.
const SP = '[\\s\\u00a0\\u202f]?';

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

/** The API as a script calls it: JSON, with the session cookie once signed in. */
async function api<T>(path: string, body?: unknown, cookie = ''): Promise<{ status: number; body: T; setCookie: string | null }> {
  const res = await fetch(`${solidaria.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T, setCookie: res.headers.get('set-cookie') };
}

describe('market facets without JavaScript', () => {
  it('narrows the demo market by price range and market day with counted links, in Spanish and in English', async () => {
    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const page = await context.newPage();
        await page.goto(`${solidaria.url}/market`);
        const prices = main(page).getByRole('navigation', { name: 'Por precio' });
        const priceLinks = prices.getByRole('link');
        expect(await priceLinks.count()).toBeGreaterThan(1);
        const first = priceLinks.filter({ hasText: /^Menos de ₡/ });
        const [, counted] = /\((\d+)\)/.exec(await first.innerText()) ?? [];
        await submitted(page, first.click());
        expect(page.url()).toContain('priceRange=CRC-0');
        expect(await main(page).innerText()).toMatch(new RegExp(`Precio: Menos de ₡2${SP}000\\.`));
        expect(await main(page).getByRole('heading', { level: 2, name: `Productos (${counted})` }).isVisible()).toBe(true);
        // Every product listed costs less than ₡2 000.
        for (const price of await main(page).locator('.results .price').allInnerTexts()) {
          expect(Number(price.replace(/[^0-9,]/g, '').replace(',', '.'))).toBeLessThan(2000);
        }
        expect(await main(page).getByRole('navigation', { name: 'Por precio' }).count()).toBe(0);
        await axe(page);

        // The coming market days carry the count of products for each; one of them narrows the list.
        await page.goto(`${solidaria.url}/market`);
        const day = main(page).getByRole('region', { name: 'Próximos días de mercado' }).getByRole('link').first();
        const [, dayCount] = /\((\d+)\)$/.exec((await day.innerText()).trim()) ?? [];
        expect(Number(dayCount)).toBeGreaterThan(0);
        await submitted(page, day.click());
        expect(page.url()).toMatch(/marketDay=\d+/);
        expect(await main(page).getByRole('heading', { level: 2, name: `Productos (${dayCount})` }).isVisible()).toBe(true);
        await axe(page);

        await inEnglish(context, page, ['/market', '/market?priceRange=CRC-1'], axe);
        await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
        await page.goto(`${solidaria.url}/market`);
        expect(await main(page).getByRole('navigation', { name: 'By price' }).getByRole('link', { name: new RegExp(`^Under CRC${SP}2,000`) }).isVisible()).toBe(true);
        await page.goto(`${solidaria.url}/market?priceRange=CRC-1`);
        expect(await main(page).innerText()).toMatch(new RegExp(`Price: CRC${SP}2,000 to CRC${SP}5,000\\.`));
      });
    });
  });
});

describe('paying by card', () => {
  it('sends the buyer to Stripe Checkout from a plain form (one session for a double click), waits for the webhook, and shows the history', async () => {
    const double = stripe!;
    // The demo vendor lists a stall that takes cards, and a guest orders from it paying by card.
    const login = await api<{ status: string }>('/api/auth/login', { identifier: 'vendedora@demo.solidaria.test', password: 'demo-solidaria-2026' });
    expect(login.body.status).toBe('signed_in');
    const cookie = login.setCookie!.split(';')[0]!;
    const listed = await api<{ enterprise: { id: number; slug: string } }>('/api/enterprises', {
      name: 'Hamacas Tarjeta', category: 'crafts', municipalityId: 1, phone: '+50624601234', pickupPoint: 'Puesto 9 del Mercadito', paymentMethods: ['cash', 'card'],
    }, cookie);
    expect(listed.status).toBe(201);
    const { id: enterpriseId, slug } = listed.body.enterprise;
    const product = await api<{ product: { id: number } }>(`/api/enterprises/${enterpriseId}/products`, { name: 'Hamaca de algodón', category: 'crafts', priceMinor: 25_000_00, stock: 2 }, cookie);
    const ordered = await api<{ order: { publicId: string } }>('/api/orders', {
      enterpriseId, items: [{ productId: product.body.product.id, quantity: 1 }], buyerName: 'Luis Mora', buyerPhone: '+50687776655', paymentMethod: 'card',
    });
    expect(ordered.status).toBe(201);
    const orderPath = `/orders/${ordered.body.order.publicId}`;

    await withContext({ viewport: PHONE, locale: 'es-CR' }, async (checkerContext) => {
      const axe = axeChecker(await checkerContext.newPage());
      await withContext(SPANISH_PHONE_NO_JS, async (context) => {
        const page = await context.newPage();
        // This site has Stripe keys and the stall takes cards: its order form offers card.
        await page.goto(`${solidaria.url}/market/${slug}`);
        expect(await main(page).getByRole('radio', { name: 'Tarjeta' }).count()).toBe(1);
        await page.goto(`${solidaria.url}${orderPath}`);
        expect(await main(page).innerText()).toContain('Estado: Pendiente de pago');
        const history = main(page).getByRole('region', { name: 'Historial del pedido' });
        expect(await history.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/\d{1,2}:\d{2}.*: Pendiente de pago$/)]);
        await axe(page);

        // A double click: two posts of the form at once get the same Checkout address.
        const post = () => fetch(`${solidaria.url}${orderPath}?/pay`, { method: 'POST', redirect: 'manual', headers: { origin: solidaria.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
        const [one, two] = await Promise.all([post(), post()]);
        expect([one.status, two.status]).toEqual([303, 303]);
        expect(two.headers.get('location')).toBe(one.headers.get('location'));
        const sessions = () => [...double.sessions.values()].filter((s) => String(s.object['cancel_url']).endsWith(`${orderPath}?card=cancelled`));
        expect(sessions()).toHaveLength(1);

        // The button (JS off) posts the form and is sent on to the session's page on Stripe (not reachable from here).
        const session = sessions()[0]!.object;
        const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(`${orderPath}?/pay`)), main(page).getByRole('button', { name: 'Pagar con tarjeta' }).click()]);
        expect(answer.status()).toBe(303);
        expect(answer.headers()['location']).toBe(session['url']);
        await page.waitForURL((url) => !url.href.startsWith(solidaria.url), { waitUntil: 'commit' });
        expect(sessions()).toHaveLength(1);

        // The buyer gave up on Stripe's page: the order waits, and the button is there to try again.
        await page.goto(`${solidaria.url}${orderPath}?card=cancelled`);
        expect(await main(page).innerText()).toContain('No se hizo el pago');
        expect(await main(page).getByRole('button', { name: 'Pagar con tarjeta' }).isVisible()).toBe(true);

        // Paid on Stripe, back before the webhook: the page waits for the confirmation, the order is not paid.
        double.completeSession(String(session['id']));
        await page.goto(`${solidaria.url}${orderPath}?card=returned`);
        expect(await main(page).getByRole('status').innerText()).toContain('Estamos esperando la confirmación del pago');
        expect(await main(page).innerText()).toContain('Estado: Pendiente de pago');
        await axe(page);
        await inEnglish(context, page, [`${orderPath}?card=returned`], axe);
        await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
        await page.goto(`${solidaria.url}${orderPath}`);
        expect(await main(page).getByRole('button', { name: 'Pay by card' }).isVisible()).toBe(true);
        await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'es', url: solidaria.url }]);

        // Stripe's signed webhook is what marks it paid.
        const event = double.signedEvent('checkout.session.completed', String(session['id']), WEBHOOK_SECRET);
        const delivered = await fetch(`${solidaria.url}/api/payments/stripe/webhook`, { method: 'POST', body: event.rawBody, headers: { 'content-type': 'application/json', 'stripe-signature': event.signature } });
        expect(delivered.status).toBe(200);
        await page.goto(`${solidaria.url}${orderPath}?card=returned`);
        expect(await main(page).innerText()).toContain('El pago con tarjeta está confirmado');
        expect(await main(page).innerText()).toContain('Estado: Pagado');
        expect(await history.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/: Pendiente de pago$/), expect.stringMatching(/: Pagado$/)]);
        expect(await main(page).getByRole('button', { name: 'Pagar con tarjeta' }).count()).toBe(0);

        // The vendor's payments page says why cards cannot reach their own account in Costa Rica.
        const [name, value] = cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url: solidaria.url }]);
        await page.goto(`${solidaria.url}/vendor/enterprises/${slug}/payments`);
        expect(await main(page).innerText()).toContain('no abre cuentas para emprendimientos en Costa Rica');
        expect(await main(page).getByRole('button', { name: 'Configurar pagos con tarjeta' }).count()).toBe(0);
        expect(await main(page).getByRole('region', { name: 'Pagos sin tarjeta' }).innerText()).toContain('SINPE Móvil');
        await axe(page);
        await inEnglish(context, page, [`/vendor/enterprises/${slug}/payments`], axe);
      });
    });
  });
});
