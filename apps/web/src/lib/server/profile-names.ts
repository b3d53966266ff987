import { m } from '$lib/paraglide/messages';
import type { Names } from '$lib/profile/facts';
import type { ApiClient } from './api';
import { taxonomyLabels } from './taxonomy';

type Named = {
  desiredOccupationIds: readonly number[];
  skills: readonly ({ skillId: number } | { customLabel: string })[];
  workHistory?: readonly { occupationId: number | null }[] | undefined;
};

/**
 * The names of the occupations, skills and municipalities one or many profiles refer to by
 * id, fetched at once: one call per kind, however many people a page shows.
 */
export async function namesFor(api: ApiClient, profiles: Named | readonly Named[]): Promise<Names> {
  const list: readonly Named[] = Array.isArray(profiles) ? profiles : [profiles as Named];
  const skillIds = list.flatMap((p) => p.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : [])));
  const occupationIds = list.flatMap((p) => [...p.desiredOccupationIds, ...(p.workHistory ?? []).flatMap((w) => (w.occupationId ? [w.occupationId] : []))]);
  const [occupations, skills, municipalitiesRes] = await Promise.all([
    taxonomyLabels(api, 'occupations', occupationIds),
    taxonomyLabels(api, 'skills', skillIds),
    api.api.municipalities.$get(),
  ]);
  const municipalities = new Map(municipalitiesRes.ok ? (await municipalitiesRes.json()).municipalities.map((mu) => [mu.id, mu.name] as const) : []);
  return {
    occupation: (id) => occupations.get(id) ?? m.profile_unknown_entry(),
    skill: (id) => skills.get(id) ?? m.profile_unknown_entry(),
    municipality: (id) => municipalities.get(id) ?? m.profile_unknown_entry(),
  };
}
