export * from './types';
export * from './score';
