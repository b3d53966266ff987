export * from './suppression';
export * from './dimensions';
export * from './months';
export * from './category-names';
export * from './figures';
