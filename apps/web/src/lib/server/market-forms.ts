import { fail } from '@sveltejs/kit';
import { enterpriseCategories, parseIdentifier, paymentMethods, type CountryCode } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { parsePriceMinor } from '$lib/market/price';
import type { FieldErrors } from './api-errors';
import { formChoice, formChoices, formText } from './form-input';

/** Payment methods a vendor may offer today; card payments wait for the Stripe setup. */
export const offlineMethods = paymentMethods.filter((method) => method !== 'card');

const refused = <V extends object>(values: V, fields: FieldErrors) =>
  fail(422, { values, problem: { status: 422, message: m.vendor_error_check_fields(), fields } });

/** A phone typed as people write it locally ("8888 1234") in E.164, '' when empty, or null when unreadable. */
function phoneOf(typed: string, country: CountryCode | undefined): string | null {
  if (typed.trim() === '') return '';
  const read = parseIdentifier(typed, country);
  return read?.kind === 'phone' ? read.value : null;
}

export function readEnterpriseForm(data: FormData) {
  return {
    name: formText(data, 'name'),
    category: formText(data, 'category'),
    description: formText(data, 'description'),
    municipalityId: formText(data, 'municipalityId'),
    whatsapp: formText(data, 'whatsapp'),
    phone: formText(data, 'phone'),
    email: formText(data, 'email'),
    pickupPoint: formText(data, 'pickupPoint'),
    paymentMethods: formChoices(data, 'paymentMethods', offlineMethods) as string[],
    paymentInstructions: formText(data, 'paymentInstructions'),
  };
}
export type EnterpriseValues = ReturnType<typeof readEnterpriseForm>;

export function enterpriseInput(values: EnterpriseValues, country: CountryCode | undefined) {
  const fields: FieldErrors = {};
  const whatsapp = phoneOf(values.whatsapp, country);
  const phone = phoneOf(values.phone, country);
  if (whatsapp === null) fields.whatsapp = m.vendor_error_phone();
  if (phone === null) fields.phone = m.vendor_error_phone();
  if (values.name.trim().length < 2) fields.name = m.vendor_error_name();
  const category = enterpriseCategories.find((c) => c === values.category);
  if (!category) fields.category = m.vendor_error_category();
  if (!country) fields.municipalityId = m.vendor_error_municipality();
  if (values.paymentMethods.length === 0) fields.paymentMethods = m.vendor_error_payment_methods();
  const email = values.email.trim();
  if (!whatsapp && !phone && !email && !fields.whatsapp && !fields.phone) fields.whatsapp = m.vendor_error_contact();
  if (Object.keys(fields).length > 0 || !category) return { refused: refused(values, fields) };
  return {
    input: {
      name: values.name,
      category,
      description: values.description,
      municipalityId: Number(values.municipalityId),
      whatsapp: whatsapp || null,
      phone: phone || null,
      email: email || null,
      pickupPoint: values.pickupPoint,
      paymentMethods: offlineMethods.filter((method) => values.paymentMethods.includes(method)),
      paymentInstructions: values.paymentInstructions,
    },
  };
}

export function readProductForm(data: FormData) {
  return {
    name: formText(data, 'name'),
    description: formText(data, 'description'),
    category: formText(data, 'category'),
    price: formText(data, 'price'),
    stockKind: formChoice(data, 'stockKind', ['counted', 'to_order'] as const) ?? 'counted',
    stock: formText(data, 'stock'),
  };
}
export type ProductValues = ReturnType<typeof readProductForm>;

export function productInput(values: ProductValues) {
  const fields: FieldErrors = {};
  const priceMinor = parsePriceMinor(values.price);
  if (priceMinor === null) fields.price = m.vendor_error_price();
  const stockText = values.stock.trim();
  const stock = values.stockKind === 'to_order' ? null : /^\d{1,6}$/.test(stockText) ? Number(stockText) : Number.NaN;
  if (Number.isNaN(stock) || (stock !== null && stock > 100_000)) fields.stock = m.vendor_error_stock();
  if (values.name.trim().length < 2) fields.name = m.vendor_error_name();
  const category = enterpriseCategories.find((c) => c === values.category);
  if (!category) fields.category = m.vendor_error_category();
  if (Object.keys(fields).length > 0 || !category || priceMinor === null) return { refused: refused(values, fields) };
  return { input: { name: values.name, description: values.description, category, priceMinor, stock, active: true, photoIds: [] } };
}
