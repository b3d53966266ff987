export * from './types';
export { screenOffer } from './screen-offer';
export { offerTextFingerprint } from './fingerprint';
export { FAR_ABOVE_FACTOR, majorGroupOf, monthlyMaxMinor, toMonthly, usualMonthlyPay, type IscoMajorGroup, type PayRange } from './usual-pay';
export { MANY_OFFERS_PER_WEEK, NEW_ORGANISATION_DAYS } from './rules/account-signals';
