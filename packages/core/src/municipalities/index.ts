export * from './municipality';
export * from './neighbours';
