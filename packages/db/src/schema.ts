// Every table, for drizzle-kit and for the typed query API.
export { municipalities } from './municipalities/table';
