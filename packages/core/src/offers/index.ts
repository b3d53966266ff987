export * from './offer';
export * from './lifecycle';
