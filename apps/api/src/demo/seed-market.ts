import { slugify, type EnterpriseInput } from '@solidaria/core';
import { createEnterprise, createProductWrite, findMunicipalityBySlug, nextProductId, schema } from '@solidaria/db';
import { enterpriseDocument, productDocument } from '@solidaria/search';
import type { Services } from '../services';
import { todayIn } from '../offers/views';
import { demoEnterprises, demoMarket, type DemoProduct } from './demo-market';

const DAY_MS = 86_400_000;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A product's picture drawn by our own code: a coloured card with its name, as a PNG. */
async function productPicture(product: DemoProduct): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="${product.colour}"/><text x="400" y="320" font-family="sans-serif" font-size="44" fill="#ffffff" text-anchor="middle">${escapeXml(product.name)}</text></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/**
 * The Mercadito Upaleño with its next four Saturdays, and the demo enterprises with their
 * products (and pictures, where the host keeps photos). The first belongs to the demo vendor.
 */
export async function seedDemoMarket(services: Services, vendorId: number): Promise<void> {
  const { db, clock, search, photos } = services;
  const now = clock.now();
  const upala = await findMunicipalityBySlug(db, demoMarket.municipalitySlug);
  if (!upala) return;
  const [market] = await db.orm.insert(schema.markets).values({ slug: demoMarket.slug, name: demoMarket.name, municipalityId: upala.id, place: demoMarket.place }).returning();
  const today = new Date(`${todayIn(upala.timeZone, now)}T12:00:00Z`);
  const firstSaturday = new Date(today.getTime() + (((6 - today.getUTCDay() + 7) % 7) || 7) * DAY_MS);
  const days = await db.orm
    .insert(schema.marketDays)
    .values([0, 1, 2, 3].map((week) => ({ marketId: market!.id, date: new Date(firstSaturday.getTime() + week * 7 * DAY_MS).toISOString().slice(0, 10), opensAt: '07:00', closesAt: '13:00' })))
    .returning();

  for (const [i, d] of demoEnterprises.entries()) {
    const municipality = await findMunicipalityBySlug(db, d.municipalitySlug);
    if (!municipality) continue;
    const input: EnterpriseInput & { slug: string } = {
      name: d.name, slug: slugify(d.name), category: d.category, description: d.description, municipalityId: municipality.id, whatsapp: d.whatsapp, phone: null, email: null,
      pickupPoint: d.pickupPoint, paymentMethods: d.paymentMethods, paymentInstructions: d.paymentInstructions,
    };
    const enterprise = await createEnterprise(db, input, i === 0 ? vendorId : null, now);
    if (d.atMercadito) await db.orm.insert(schema.marketDayEnterprises).values(days.map((day) => ({ marketDayId: day.id, enterpriseId: enterprise.id })));
    for (const p of d.products) {
      const photo = photos ? await photos.save(await productPicture(p)) : null;
      if (photo) await db.orm.insert(schema.uploads).values({ id: photo.id, ownerUserId: i === 0 ? vendorId : null, widths: photo.widths, createdAt: now });
      const id = await nextProductId(db);
      const product = { name: p.name, description: p.description, category: d.category, priceMinor: p.price * 100, stock: p.stock, active: true, photoIds: photo ? [photo.id] : [] };
      const row = { id, enterpriseId: enterprise.id, ...product, currency: municipality.currency, createdAt: now, updatedAt: now };
      const document = await productDocument(db, row, enterprise);
      await db.atomic([createProductWrite(db, id, enterprise.id, product, municipality.currency, now), ...(document ? search.upsertWrites('products', [document]) : [])]);
    }
    await db.atomic(search.upsertWrites('enterprises', [await enterpriseDocument(db, enterprise)]));
  }
}
