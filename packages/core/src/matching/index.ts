export * from './types';
export * from './score';
export * from './weights';
