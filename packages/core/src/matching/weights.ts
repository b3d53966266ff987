// The tuning of a score: how its 100 points are shared, and the credits within parts.

/**
 * The weighted parts of a score, out of 100 when every part applies to the offer.
 *
 * - `skills` 45: what the person can do is the best single sign. The 45 points are shared
 *   between the offer's required and desired skills, each required skill counting
 *   `SKILL_UNITS.required` (3) times a desired one, so a missing required skill always
 *   costs more than a missing desired one whatever their numbers. With as many desired as
 *   required skills that is 33.75 required / 11.25 desired (the 35/10 we started from);
 *   with only required skills, all 45 are theirs.
 * - `occupation` 20: the job they want or have done (same ESCO occupation, same ISCO unit
 *   group, same minor group), and the skills they have that ESCO relates to the offer's
 *   occupation — this finds people who would never have searched for the title.
 * - `place` 15: displaced people rarely have the money to commute far or move.
 * - `experience` 8: months of work, formal and informal alike, more when related.
 * - `availability` 7: full/part time, days and shifts.
 * - `languages` 5: most offers need only Spanish, which nearly every seeker speaks; it
 *   matters for the few that ask English or another language.
 *
 * A part that says nothing about the offer is left out and the others are scaled up to 100
 * (never neutral credit): an offer naming no skills is judged on occupation, place and the
 * rest, an offer with no occupation on skills, place and the rest, an offer asking no
 * language on the others. So an offer without skills does not rank everyone at 0, and a
 * perfect fit on what the offer does say is still 100.
 */
export const MATCH_WEIGHTS = {
  skills: 45,
  occupation: 20,
  place: 15,
  experience: 8,
  availability: 7,
  languages: 5,
} as const;

/** How the skills part is shared: a required skill weighs three desired ones. */
export const SKILL_UNITS = { required: 3, desired: 1 } as const;

/** Credit (0–1) within the occupation and place parts, and the rest of the tuning. */
export const MATCH_CREDITS = {
  /** Same ESCO occupation. */
  sameOccupation: 1,
  /** Same ISCO-08 unit group (4 digits). */
  sameUnitGroup: 0.8,
  /** Same ISCO-08 minor group (3 digits). */
  sameMinorGroup: 0.4,
  /** Full skill-relation credit: this many of the person's skills among the occupation's (or all of them if fewer). */
  relatedSkillsForFull: 5,
  /** The most the occupation part gives for related skills alone, with no related occupation. */
  relatedSkillsMax: 0.6,
  sameMunicipality: 1,
  remote: 1,
  neighbour: 0.75,
  willingToRelocate: 0.4,
  /** Months of work (weighted by relation) for the full experience part. */
  experienceMonthsForFull: 24,
  /** Share of a month of unrelated work (a month in the same occupation counts 1). */
  unrelatedMonth: 0.4,
  /** Credit for an availability detail the person did not state (full/part time, days, shifts). */
  unstated: 0.5,
} as const;
