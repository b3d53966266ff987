/** What a person can be in Solidaria; one person may hold several roles at once. */
export const roles = ['seeker', 'employer', 'vendor', 'officer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Roles a person chooses for themselves at registration. */
export const selfChosenRoles = ['seeker', 'employer', 'vendor'] as const;
export type SelfChosenRole = (typeof selfChosenRoles)[number];

/** Roles only an admin grants; they see many people's records, so they get more protection. */
export const privilegedRoles = ['officer', 'admin'] as const;

export interface RoleGrant {
  role: Role;
  /** The municipality an officer works for; null for every other role. */
  municipalityId: number | null;
}

export const isPrivileged = (grants: readonly RoleGrant[]): boolean =>
  grants.some((grant) => (privilegedRoles as readonly Role[]).includes(grant.role));
