import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { metadataOf, phonePhotoWithGps } from '../../apps/api/src/uploads/testing-images';
import { submitted } from './browser';
import { PHONE, mainOf as main, solidariaInChromium } from './fixture';

const { solidaria, withContext, go, axeChecker } = solidariaInChromium();

type Lang = 'es' | 'en';
const catalogue = (lang: Lang) => JSON.parse(readFileSync(new URL(`../../apps/web/messages/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const CATALOGUES = { es: catalogue('es'), en: catalogue('en') };
/** What the page says for a message, in a language: the words a person reads, from the catalogue the pages use. */
const say = (lang: Lang, key: string, params: Record<string, string | number> = {}) => {
  const text = CATALOGUES[lang][key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PASSWORD = 'quesos-de-upala-2026';

/** The bytes of a picture the page shows, as the server sends them. */
async function servedImage(page: Page, selector: string): Promise<Buffer> {
  const res = await fetch(`${solidaria.url}${await page.locator(selector).first().getAttribute('src')}`);
  expect(res.headers.get('content-type')).toMatch(/^image\//);
  return Buffer.from(await res.arrayBuffer());
}

const JOURNEYS = [
  { lang: 'es' as const, email: 'marta.quesos@example.org', enterprise: 'Quesos Doña Marta', slug: 'quesos-dona-marta', product: 'Requesón casero con culantro', typo: 'requeson caseo con culantro', buyer: 'Ana Pérez' },
  { lang: 'en' as const, email: 'luis.pupusas@example.org', enterprise: 'Pupusas Don Luis', slug: 'pupusas-don-luis', product: 'Pupusa revuelta', typo: 'pupusa revuelta', buyer: 'Grace Lewis' },
];

describe('a vendor’s enterprise, without JavaScript', () => {
  for (const j of JOURNEYS) {
    it(`(${j.lang}) lists an enterprise with a photographed product for the next Mercadito day; a buyer finds and orders it paying cash; the vendor completes it`, async () => {
      const t = (key: string, params?: Record<string, string | number>) => say(j.lang, key, params);
      const locale = { javaScriptEnabled: false, locale: j.lang === 'es' ? 'es-CR' : 'en-US', viewport: PHONE };
      const languageCookie = [{ name: 'PARAGLIDE_LOCALE', value: j.lang, url: solidaria.url }];
      await withContext({ viewport: PHONE }, async (checkerContext) => {
        const axe = axeChecker(await checkerContext.newPage());
        await withContext(locale, async (vendorContext) => {
          await vendorContext.addCookies(languageCookie);
          const vendor = await vendorContext.newPage();
          const page = `/vendor/enterprises/${j.slug}`;

          // Signs up as a vendor and lists the enterprise.
          await vendor.goto(`${solidaria.url}/register`);
          expect(await vendor.locator('html').getAttribute('lang')).toBe(j.lang);
          await vendor.getByLabel(t('field_identifier')).fill(j.email);
          await vendor.getByLabel(t('field_password')).fill(PASSWORD);
          await vendor.getByLabel(t('field_display_name')).fill('Vendedora');
          await vendor.getByRole('checkbox', { name: t('field_purpose_vendor') }).check();
          await go(vendor, '/account', vendor.getByRole('button', { name: t('register_submit') }).click());
          await vendor.goto(`${solidaria.url}/vendor`);
          await axe(vendor);
          await go(vendor, '/vendor/enterprises/new', main(vendor).getByRole('link', { name: t('vendor_list_enterprise') }).click());
          await vendor.getByLabel(t('vendor_field_name')).fill(j.enterprise);
          await vendor.getByLabel(t('vendor_field_category')).selectOption({ label: t('market_category_food') });
          await vendor.getByLabel(t('vendor_field_municipality')).selectOption({ label: 'Upala' });
          await vendor.getByLabel(t('vendor_field_pickup')).fill('Puesto 9 del Mercadito Upaleño');
          await vendor.getByLabel(t('vendor_field_whatsapp')).fill('8888 4321');
          await go(vendor, `${page}?done=created`, vendor.getByRole('button', { name: t('vendor_new_submit') }).click());
          await axe(vendor);

          // A product with a phone photo carrying GPS; the stored copies carry no metadata at all.
          const photo = await phonePhotoWithGps(800, 600);
          expect((await metadataOf(photo)).exif).toBeDefined();
          await vendor.getByLabel(t('vendor_product_name')).fill(j.product);
          await vendor.getByLabel(t('vendor_product_price'), { exact: true }).fill('2.500');
          await vendor.getByLabel(t('vendor_product_stock'), { exact: true }).fill('5');
          await vendor.getByLabel(t('vendor_photo_label')).setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: photo });
          await go(vendor, `${page}?done=product`, vendor.getByRole('button', { name: t('vendor_add_product_submit') }).click());
          const products = main(vendor).getByRole('region', { name: t('vendor_products_title') });
          expect(await products.getByRole('listitem').filter({ hasText: j.product }).innerText()).toContain(t('market_in_stock', { count: 5 }));
          const src = (await products.locator('img').first().getAttribute('src'))!;
          for (const file of [src, src.replace('320.webp', '640.jpg')]) {
            const served = Buffer.from(await (await fetch(`${solidaria.url}${file}`)).arrayBuffer());
            const seen = await metadataOf(served);
            expect(seen).toMatchObject({ exif: undefined, xmp: undefined, iptc: undefined });
            expect(served.includes(Buffer.from('SolidariaTestCam'))).toBe(false);
          }

          // An SVG is refused on the product's form, in the person's language, and nothing changes.
          await submitted(vendor, products.getByRole('link', { name: t('vendor_product_edit_label', { name: j.product }) }).click());
          expect(vendor.url()).toMatch(new RegExp(`${escape(page)}/products/\\d+$`));
          await axe(vendor);
          await vendor.getByLabel(t('vendor_photo_label')).setInputFiles({ name: 'dibujo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
          await submitted(vendor, vendor.getByRole('button', { name: t('vendor_save') }).click());
          expect(await main(vendor).getByRole('alert').innerText()).toContain(t('vendor_photo_wrong_type'));
          expect(await vendor.locator('#photo-error').innerText()).toBe(t('vendor_photo_wrong_type'));
          await axe(vendor);
          // Over the API's 8 MB: refused as too big, on the same form.
          const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(8 * 1024 * 1024 + 100_000)]);
          await vendor.getByLabel(t('vendor_photo_label')).setInputFiles({ name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: huge });
          await submitted(vendor, vendor.getByRole('button', { name: t('vendor_save') }).click());
          expect(await vendor.locator('#photo-error').innerText()).toBe(t('vendor_photo_too_big'));

          // The enterprise gets its own photo, shown on its public page.
          await vendor.goto(`${solidaria.url}${page}/edit`);
          await axe(vendor);
          await vendor.getByLabel(t('vendor_photo_label')).setInputFiles({ name: 'puesto.jpg', mimeType: 'image/jpeg', buffer: await phonePhotoWithGps(640, 480) });
          await go(vendor, `${page}?done=saved`, vendor.getByRole('button', { name: t('vendor_save') }).click());

          // Takes part in the next Mercadito Upaleño day that still takes orders.
          const days = main(vendor).getByRole('region', { name: t('vendor_days_title') });
          const open = days.getByRole('listitem').filter({ hasText: 'Mercadito Upaleño' }).filter({ hasNotText: t('vendor_day_orders_closed') }).first();
          const dayName = await open.locator('strong').innerText();
          await go(vendor, `${page}?done=joined`, open.getByRole('button', { name: t('vendor_day_join_label', { day: dayName }) }).click());
          expect(await days.getByRole('listitem').filter({ hasText: dayName }).innerText()).toContain(t('vendor_day_joined'));
          await axe(vendor);

          await withContext(locale, async (buyerContext) => {
            await buyerContext.addCookies(languageCookie);
            const buyer = await buyerContext.newPage();
            await buyer.goto(`${solidaria.url}/market`);
            await buyer.getByLabel(t('market_query_label')).fill(j.typo);
            await submitted(buyer, buyer.getByRole('button', { name: t('market_search_button') }).click());
            const hit = main(buyer).getByRole('listitem').filter({ has: buyer.getByRole('heading', { name: j.product }) });
            expect(await hit.innerText()).toContain(j.enterprise);
            await go(buyer, `/market/${j.slug}`, hit.getByRole('link', { name: j.product }).click());
            expect(await buyer.locator('main .photos img').count()).toBe(1);
            const storePhoto = await metadataOf(await servedImage(buyer, 'main .photos img'));
            expect(storePhoto.exif).toBeUndefined();
            await buyer.getByLabel(t('order_quantity', { product: j.product })).fill('2');
            await buyer.getByLabel(t('order_buyer_name')).fill(j.buyer);
            await buyer.getByLabel(t('order_contact')).fill('8312 4567');
            await buyer.getByRole('radio', { name: t('market_payment_cash') }).check();
            await buyer.getByRole('radio', { name: new RegExp(`^${escape(dayName)}`) }).check();
            await submitted(buyer, buyer.getByRole('button', { name: t('order_submit') }).click());
            expect(buyer.url()).toMatch(/\/orders\/[A-Za-z0-9_-]{16,64}$/);
          });

          // The vendor sees when it was ordered and for which day, and runs it to the end.
          await vendor.goto(`${solidaria.url}${page}`);
          const orders = main(vendor).getByRole('region', { name: t('vendor_orders_title') });
          const order = orders.getByRole('listitem').filter({ hasText: j.buyer });
          expect(await order.innerText()).toContain(t('vendor_order_for_day', { day: dayName }));
          expect(await order.innerText()).toContain(t('vendor_order_placed', { when: '' }).trim());
          for (const move of ['vendor_move_paid', 'vendor_move_ready', 'vendor_move_completed']) {
            await go(vendor, `${page}?done=moved`, orders.getByRole('button', { name: t('vendor_move_label', { move: t(move), name: j.buyer }) }).click());
          }
          expect(await orders.getByRole('heading', { name: `${t('order_state_completed')} (1)` }).isVisible()).toBe(true);
          expect(await main(vendor).getByRole('region', { name: t('vendor_sales_title') }).innerText()).toMatch(/5[\s\u00a0\u202f.,]?000/);
          expect(await products.getByRole('listitem').filter({ hasText: j.product }).innerText()).toContain(t('market_in_stock', { count: 3 }));
          await axe(vendor);
        });
      });
    });
  }
});
