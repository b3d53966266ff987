import type { Profile } from '@solidaria/core';
import type { Write } from '@solidaria/db';
import { profileDocument } from '@solidaria/search';
import type { Services } from '../services';

/** The search writes that bring the profiles index in line with a profile (or its absence). */
export async function profileIndexWrites({ db, search, clock }: Services, userId: number, profile: Profile | null): Promise<Write[]> {
  const document = profile ? await profileDocument(db, profile, clock.now()) : null;
  return document ? search.upsertWrites('profiles', [document]) : search.deleteWrites('profiles', [userId]);
}
