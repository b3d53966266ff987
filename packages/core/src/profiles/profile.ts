import { z } from 'zod';

export const skillLevels = ['basic', 'intermediate', 'advanced', 'expert'] as const;
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const educationLevels = ['none', 'primary', 'secondary', 'technical', 'university', 'postgraduate'] as const;
export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const shifts = ['morning', 'afternoon', 'night'] as const;
export const workAuthorizations = [
  'citizen_or_resident', 'refugee', 'asylum_seeker_with_permit', 'asylum_seeker_without_permit', 'other_permit', 'none',
] as const;
export const genders = ['female', 'male', 'non_binary', 'prefer_not_to_say'] as const;
export const populationGroups = ['refugee', 'asylum_seeker', 'internally_displaced', 'returnee', 'migrant', 'host_community'] as const;
export const visibilities = ['hidden', 'anonymous', 'visible'] as const;

export type Visibility = (typeof visibilities)[number];
export type WorkAuthorization = (typeof workAuthorizations)[number];

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

/** A skill from the taxonomy, or one from informal work in the person's own words. */
const profileSkill = z.union([
  z.object({ skillId: z.number().int().positive(), level: z.enum(skillLevels) }),
  z.object({ customLabel: text(80).min(2), level: z.enum(skillLevels) }),
]);

/** What a job seeker says about themselves; one schema for the API and the web forms. */
export const profileInputSchema = z.object({
  headline: text(120).default(''),
  municipalityId: z.number().int().positive(),
  /** Needed to keep children out of work: never shown to employers, who see no age. */
  birthDate: isoDate,
  desiredOccupationIds: z.array(z.number().int().positive()).max(5).default([]),
  skills: z.array(profileSkill).max(60).default([]),
  languages: z.array(z.object({ code: z.string().regex(/^[a-z]{2,3}$/), level: z.enum(languageLevels) })).max(10).default([]),
  workHistory: z
    .array(
      z.object({
        title: text(120).min(1),
        occupationId: z.number().int().positive().nullable().default(null),
        employer: text(120).default(''),
        months: z.number().int().min(0).max(720),
        formal: z.boolean(),
      }),
    )
    .max(20)
    .default([]),
  educationLevel: z.enum(educationLevels).nullable().default(null),
  availability: z
    .object({
      fullTime: z.boolean().default(false),
      partTime: z.boolean().default(false),
      days: z.array(z.enum(weekDays)).max(7).default([]),
      shifts: z.array(z.enum(shifts)).max(3).default([]),
      canStartOn: isoDate.nullable().default(null),
      /** Would move to another municipality for work (matching counts other places then). */
      willingToRelocate: z.boolean().default(false),
    })
    .default({ fullTime: false, partTime: false, days: [], shifts: [], canStartOn: null, willingToRelocate: false }),
  workAuthorization: z.enum(workAuthorizations),
  workAuthorizationExpiresOn: isoDate.nullable().default(null),
  /** Self-reported, optional, for the office's aggregated figures only. */
  gender: z.enum(genders).nullable().default(null),
  nationality: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  populationGroup: z.enum(populationGroups).nullable().default(null),
}).meta({ id: 'ProfileInput' });

export type ProfileInput = z.infer<typeof profileInputSchema>;

/** A stored profile: what the person said, whose it is, and who may see it. */
export interface Profile extends ProfileInput {
  userId: number;
  displayName: string;
  visibility: Visibility;
  updatedAt: Date;
}
