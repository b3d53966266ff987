import { m } from '$lib/paraglide/messages';
import type { Names } from '$lib/profile/facts';
import type { ApiClient } from './api';
import { taxonomyLabels } from './taxonomy';

/** The names of the occupations, skills and municipality a profile refers to by id, fetched at once. */
export async function namesFor(
  api: ApiClient,
  profile: { desiredOccupationIds: readonly number[]; skills: readonly ({ skillId: number } | { customLabel: string })[] },
): Promise<Names> {
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const [occupations, skills, municipalitiesRes] = await Promise.all([
    taxonomyLabels(api, 'occupations', profile.desiredOccupationIds),
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
