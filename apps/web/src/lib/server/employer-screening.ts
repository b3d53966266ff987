import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import type { Finding } from '$lib/employer/finding';
import type { ApiClient } from './api';
import type { OfferDetails } from './employer-offer-form';

// Screening speaks both languages; the page shows the one it is in.
const localisedSchema = z.object({ es: z.string(), en: z.string() });
const findingSchema = z.object({ code: z.string(), field: z.string().optional(), reason: localisedSchema });
const refusalSchema = z.object({
  error: z.object({ reasons: z.array(z.object({ code: z.string(), field: z.string().optional(), es: z.string(), en: z.string() })).optional() }),
});

const inPageLanguage = (text: { es: string; en: string }) => (getLocale() === 'en' ? text.en : text.es);

/** Findings of screening (blocks or flags) as the page shows them. */
export function findingsOf(findings: readonly z.infer<typeof findingSchema>[]): Finding[] {
  return findings.map((f) => ({ code: f.code, ...(f.field ? { field: f.field } : {}), reason: inPageLanguage(f.reason) }));
}

/** What screening would say of the details as typed, without saving anything. */
export async function screenDetails(api: ApiClient, organisationId: number, details: Partial<OfferDetails> & { municipalityId: number }, occupationId: number | null) {
  const res = await api.api.offers.screening.$post({
    json: {
      organisationId,
      municipalityId: details.municipalityId,
      title: details.title ?? '',
      description: details.description ?? '',
      howToApply: details.howToApply ?? '',
      occupationId,
      ...(details.salary ? { salary: details.salary } : {}),
      ...(details.workingTime ? { workingTime: details.workingTime } : {}),
      suitableForAdolescents: details.suitableForAdolescents ?? false,
    },
  });
  if (!res.ok) return null;
  const result = z.object({ blocks: z.array(findingSchema), flags: z.array(findingSchema) }).parse(await res.json());
  return { blocks: findingsOf(result.blocks), flags: findingsOf(result.flags) };
}

/** The reasons a refused submission's answer (a 422's body) gives, in the page's language. */
export function refusalReasons(body: unknown): Finding[] {
  const parsed = refusalSchema.safeParse(body);
  return (parsed.data?.error.reasons ?? []).map((r) => ({ code: r.code, ...(r.field ? { field: r.field } : {}), reason: inPageLanguage(r) }));
}
