import { z } from 'zod';
import { storedProfileSchema } from './profile';

const when = z.string();

/**
 * The part of "download my data" the readable page shows. The API answers it as an open
 * object (it grows as Solidaria keeps more); the page reads what it knows how to show,
 * and the downloaded file always has everything.
 */
export const personalDataSchema = z.object({
  exportedAt: when,
  account: z.object({
    id: z.number(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.string(),
    municipalityId: z.number().nullable(),
    createdAt: when,
    hasAuthenticator: z.boolean(),
  }),
  roles: z.array(z.object({ role: z.string(), municipalityId: z.number().nullable(), grantedAt: when })),
  profile: storedProfileSchema.nullable(),
  consents: z.array(z.object({ id: z.number(), purpose: z.string(), noticeVersion: z.string(), grantedAt: when, withdrawnAt: when.nullable(), recordedBy: z.number().nullable() })),
  sessions: z.array(z.object({ createdAt: when, lastSeenAt: when, userAgent: z.string().nullable() })),
  passwordResets: z.array(z.object({ createdAt: when, usedAt: when.nullable(), inPerson: z.number().nullable() })),
  organisations: z.array(z.object({ id: z.number(), name: z.string() })),
  emails: z.array(z.object({ subject: z.string(), createdAt: when, sentAt: when.nullable() })),
  recordOfAccess: z.array(z.object({ at: when, action: z.string(), byUser: z.number().nullable() })),
});

export type PersonalData = z.infer<typeof personalDataSchema>;
