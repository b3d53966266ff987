export type { Database, Orm, Write } from './database';
export * as schema from './schema';
export * from './accounts/password-resets-repository';
export * from './accounts/sessions-repository';
export * from './accounts/users-repository';
export * from './audit/repository';
export { listMunicipalities, findMunicipalityBySlug } from './municipalities/repository';
export * from './outbox/repository';
export * from './rate-limits/repository';
