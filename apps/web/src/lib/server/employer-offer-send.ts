import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Finding } from '$lib/employer/finding';
import type { OfferFormValues } from '$lib/employer/offer-values';
import { samePage } from '$lib/employer/offer-paths';
import { relayApiCookies } from './api-cookies';
import { apiFailure, type FieldErrors } from './api-errors';
import { idParam, loadOffer } from './employer';
import { checkOfferForm, offerFieldMessages, offerFormValues, readOfferForm } from './employer-offer-form';
import { findingsOf, refusalReasons, screenDetails } from './employer-screening';

// The details form's buttons: save, check (screening without saving), send, and close.

type Event = Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'params' | 'request'>;

/** Screening refused the offer: the reasons on top, and each beside its field. */
function refused(values: OfferFormValues, reasons: Finding[]) {
  const fields: FieldErrors = {};
  for (const reason of reasons) fields[reason.field ?? 'description'] ??= reason.reason;
  return fail(422, { values, problem: { status: 422, message: m.employer_offer_refused(), fields }, refusal: reasons });
}

/** Answers a refused change or submission with what the page should say. */
async function failure(res: { status: number; headers: Headers; json(): Promise<unknown> }, values: OfferFormValues, organisationVerified: boolean) {
  const body: unknown = await res.json().catch(() => null);
  const reasons = res.status === 422 ? refusalReasons(body) : [];
  if (reasons.length > 0) return refused(values, reasons);
  const conflict = organisationVerified ? m.employer_offer_not_possible() : m.employer_offer_unverified();
  return apiFailure({ status: res.status, headers: res.headers, json: async () => body }, values, { fields: offerFieldMessages(), conflict });
}

/** Loads the offer, reads the form, checks it, and saves it (the API takes the fields whole). */
async function saveDetails(event: Event) {
  const id = idParam(event.params.id);
  const [offer, data] = await Promise.all([loadOffer(event.locals.api, id, event.url.pathname), event.request.formData()]);
  const values = readOfferForm(data);
  const verified = offer.organisation.verification === 'verified';
  const checked = checkOfferForm(values);
  if (checked.problem) return { id, values, verified, answer: fail(422, { values, problem: checked.problem }) };
  const res = await event.locals.api.api.offers[':id'].$patch({ param: { id }, json: checked.details });
  relayApiCookies(res, event.cookies);
  if (!res.ok) return { id, values, verified, answer: await failure(res, values, verified) };
  const saved = await res.json();
  return { id, values, verified, saved };
}

const outcomeOf = (saved: { offer: { status: string }; flags: { code: string; field?: string; reason: { es: string; en: string } }[] }) => ({
  status: saved.offer.status,
  flags: findingsOf(saved.flags),
});

export const sendActions = {
  save: async (event: Event) => {
    const result = await saveDetails(event);
    if (!result.saved) return result.answer;
    // A draft stays a draft; a published offer is screened again and may have moved.
    if (result.saved.offer.status === 'draft') redirect(303, samePage(event.url, 'saved'));
    return { outcome: outcomeOf(result.saved) };
  },
  submit: async (event: Event) => {
    const result = await saveDetails(event);
    if (!result.saved) return result.answer;
    const res = await event.locals.api.api.offers[':id'].submit.$post({ param: { id: result.id } });
    relayApiCookies(res, event.cookies);
    if (!res.ok) return failure(res, result.values, result.verified);
    return { outcome: outcomeOf(await res.json()) };
  },
  /** Sends the draft as saved, from the button beside its status. */
  submitSaved: async (event: Event) => {
    const id = idParam(event.params.id);
    const offer = await loadOffer(event.locals.api, id, event.url.pathname);
    const res = await event.locals.api.api.offers[':id'].submit.$post({ param: { id } });
    relayApiCookies(res, event.cookies);
    if (res.ok) return { outcome: outcomeOf(await res.json()) };
    return failure(res, offerFormValues(offer), offer.organisation.verification === 'verified');
  },
  check: async (event: Event) => {
    const id = idParam(event.params.id);
    const [offer, data] = await Promise.all([loadOffer(event.locals.api, id, event.url.pathname), event.request.formData()]);
    const values = readOfferForm(data);
    const { details } = checkOfferForm(values);
    const typed = details ?? { municipalityId: offer.municipality.id, title: values.title, description: values.description, howToApply: values.howToApply };
    return { values, screening: await screenDetails(event.locals.api, offer.organisation.id, typed, offer.occupation?.id ?? null) };
  },
  close: async (event: Event) => {
    const id = idParam(event.params.id);
    const filled = (await event.request.formData()).get('filled') === 'yes';
    const res = await event.locals.api.api.offers[':id'].close.$post({ param: { id }, json: { filled } });
    relayApiCookies(res, event.cookies);
    if (!res.ok) return apiFailure(res, {}, { conflict: m.employer_offer_not_possible() });
    redirect(303, samePage(event.url, 'closed'));
  },
};
