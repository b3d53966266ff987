export * from './enterprise';
export * from './orders';
export * from './programme';
export * from './sales';
export * from './price-ranges';
