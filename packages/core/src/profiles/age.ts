/** Whole years between a birth date (YYYY-MM-DD) and `on`, as labour law counts them. */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const years = on.getUTCFullYear() - y;
  const hadBirthday = on.getUTCMonth() + 1 > m || (on.getUTCMonth() + 1 === m && on.getUTCDate() >= d);
  return hadBirthday ? years : years - 1;
}

export type WorkingAge = 'child' | 'adolescent' | 'adult';

/**
 * Under 15: no work through Solidaria at all; 15–17: only work marked suitable for
 * adolescents, and never a public profile; 18 and over: anything.
 */
export function workingAge(birthDate: string, on: Date): WorkingAge {
  const age = ageOn(birthDate, on);
  return age < 15 ? 'child' : age < 18 ? 'adolescent' : 'adult';
}

/** Age bands for the office's figures (never for a decision about a person). */
export function ageBand(birthDate: string, on: Date): string {
  const age = ageOn(birthDate, on);
  if (age < 18) return 'under-18';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

/** Whether a person may apply to an offer, by age alone. */
export function mayApplyByAge(birthDate: string, offer: { suitableForAdolescents: boolean }, on: Date): boolean {
  const age = workingAge(birthDate, on);
  return age === 'adult' || (age === 'adolescent' && offer.suitableForAdolescents);
}
