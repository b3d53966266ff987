export * from './offer';
export * from './lifecycle';
export * from './applications';
