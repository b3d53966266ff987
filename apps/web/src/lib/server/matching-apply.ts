import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import type { ApplyStanding } from '$lib/matching/types';
import type { ApiClient } from './api';
import { relayApiCookies } from './api-cookies';
import { isSignedOut, problemFrom } from './api-errors';
import { formText } from './form-input';
import { loginPath } from './same-site-path';

/** The anchor of the offer page's apply section, where a person comes back to. */
export const APPLY_ANCHOR = 'apply-here';

export async function applyStanding(
  api: ApiClient,
  user: { roles: readonly { role: string }[] } | null,
  offerId: number,
  url: URL,
): Promise<ApplyStanding> {
  // After signing in, the person comes back to this form (an address of its own, so no
  // copy of the page kept from before they signed in stands in for it).
  if (!user) return { kind: 'signed_out', loginHref: loginPath(`/jobs/${offerId}?apply=1#${APPLY_ANCHOR}`) };
  if (!user.roles.some((grant) => grant.role === 'seeker')) return { kind: 'not_seeker' };
  const [profileRes, applicationsRes] = await Promise.all([api.api.me.profile.$get(), api.api.me.applications.$get()]);
  if (profileRes.ok && (await profileRes.json()).profile === null) return { kind: 'no_profile' };
  const applied = applicationsRes.ok && (await applicationsRes.json()).applications.some((a) => a.offer.id === offerId);
  return applied ? { kind: 'applied', justNow: url.searchParams.has('applied') } : { kind: 'open' };
}

interface ApplyProblem {
  values: { note: string; shareContact: boolean };
  reasons: string[];
  message: string | null;
}
const refused = (status: number, apply: ApplyProblem) => fail(status, { apply });

const refusalSchema = z.object({ error: z.object({ reasons: z.array(z.object({ code: z.string(), es: z.string(), en: z.string() })).optional() }) });

/** A refused application: the law's or the offer's reasons when there are some, else the usual message. */
async function refusal(res: { status: number; headers: Headers; json(): Promise<unknown> }, values: ApplyProblem['values']) {
  // The body is read once: the reasons from it, or the usual messages.
  const body: unknown = await res.json().catch(() => null);
  const reasons = res.status === 422 ? (refusalSchema.safeParse(body).data?.error.reasons ?? []).map((r) => (getLocale() === 'en' ? r.en : r.es)) : [];
  if (reasons.length > 0) return refused(422, { values, reasons, message: null });
  const problem = await problemFrom({ status: res.status, headers: res.headers, json: async () => body });
  return refused(problem.status, { values, reasons: [], message: problem.message });
}

/**
 * The apply form's action. Sent: the page again at its apply section, saying so. Refused
 * by the law or the offer's conditions (422 with reasons): the reasons in the page's
 * language. Already applied, or no profile (409): the page, whose load tells which.
 */
export async function applyToOffer({ locals, cookies, url, request }: Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'request'>, offerId: string) {
  const data = await request.formData();
  const values = { note: formText(data, 'note').slice(0, 1000), shareContact: formText(data, 'shareContact') === 'yes' };
  const res = await locals.api.api.offers[':id'].applications.$post({ param: { id: offerId }, json: values });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(`${url.pathname}?apply=1#${APPLY_ANCHOR}`));
  if (res.ok) redirect(303, `/jobs/${offerId}?applied=1#${APPLY_ANCHOR}`);
  if (res.status === 409) return refused(409, { values, reasons: [], message: null });
  return refusal(res, values);
}
