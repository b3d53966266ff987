import type { RoleGrant } from '@solidaria/core';

// The callers of the authorization matrix and the shape of its rows: each row gives the
// status every caller gets, in the order of ACTORS.
export const ACTORS = ['anonymous', 'seeker', 'employer', 'vendor', 'officerA', 'officerB', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];
export type Statuses = [number, number, number, number, number, number, number];

export const UPALA = 1;
export const LOS_CHILES = 2;
export const GRANTS: Record<Exclude<ActorName, 'anonymous'>, RoleGrant[]> = {
  seeker: [{ role: 'seeker', municipalityId: null }],
  employer: [{ role: 'employer', municipalityId: null }],
  vendor: [{ role: 'vendor', municipalityId: null }],
  officerA: [{ role: 'officer', municipalityId: UPALA }],
  officerB: [{ role: 'officer', municipalityId: LOS_CHILES }],
  admin: [{ role: 'admin', municipalityId: null }],
};

export interface Row {
  route: string;
  expect: Statuses;
  send: (cookie: Record<string, string>) => Response | Promise<Response>;
}
