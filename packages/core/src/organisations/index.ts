export * from './organisation';
export { normaliseTaxId, taxIdProblem } from './tax-id';
