export * from './age';
export * from './profile';
export * from './views';
export * from './duplicates';
