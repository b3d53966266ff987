export * from './suppression';
export * from './dimensions';
export * from './figures';
