export type { Database, Orm, Write } from './database';
export * as schema from './schema';
export { listMunicipalities } from './municipalities/repository';
