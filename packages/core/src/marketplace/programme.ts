import { z } from 'zod';

/** An officer's decision on an enterprise and the municipal programme. */
export const programmeDecisions = ['join', 'refuse', 'leave'] as const;
export type ProgrammeDecision = (typeof programmeDecisions)[number];

export const programmeDecisionSchema = z
  .object({ decision: z.enum(programmeDecisions), reason: z.string().trim().min(3).max(500) })
  .meta({ id: 'ProgrammeDecision' });

interface ProgrammeStanding {
  programme: boolean;
  programmeRequestedAt: Date | null;
}

/**
 * Which decisions fit where the enterprise stands: an officer may take an enterprise in
 * (asked or not), refuse only a pending request, and take out only one that is in.
 */
export function canDecideProgramme(standing: ProgrammeStanding, decision: ProgrammeDecision): boolean {
  if (decision === 'join') return !standing.programme;
  if (decision === 'refuse') return !standing.programme && standing.programmeRequestedAt !== null;
  return standing.programme;
}

/** A vendor may ask once, while not in the programme and with no request pending. */
export const canRequestProgramme = (standing: ProgrammeStanding): boolean => !standing.programme && standing.programmeRequestedAt === null;

/** Where an enterprise stands, as its vendor and the office read it. */
export const programmeStatus = (standing: ProgrammeStanding): 'member' | 'requested' | 'none' =>
  standing.programme ? 'member' : standing.programmeRequestedAt !== null ? 'requested' : 'none';
