import { m } from '$lib/paraglide/messages';
import type { ApiClient } from './api';
import { loadMunicipalities } from './employer';

// What the office's people pages share: the municipalities an officer works for, and
// the API's field names for the assisted registration in the words an officer reads.

interface Grant {
  role: string;
  municipalityId: number | null;
}

/** The municipalities the signed-in officer works for (all of them for an admin). */
export async function officeMunicipalities(api: ApiClient, roles: readonly Grant[]) {
  const all = await loadMunicipalities(api);
  if (roles.some((g) => g.role === 'admin')) return all;
  const mine = new Set(roles.filter((g) => g.role === 'officer').map((g) => g.municipalityId));
  return all.filter((place) => mine.has(place.id));
}

/** The zone an officer's dates are shown in: their first municipality's. */
export const zoneOf = (municipalities: readonly { timeZone: string }[]) => municipalities[0]?.timeZone ?? 'America/Costa_Rica';

export const registerFieldWords = () => ({
  displayName: m.office_register_error_name(),
  profile: m.office_register_error_profile(),
  explanation: m.office_register_error_explanation(),
  consentGiven: m.office_register_error_consent(),
});
