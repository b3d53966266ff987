// Every table, for drizzle-kit and for the typed query API.
export { passwordResets, sessions, userRoles, users } from './accounts/tables';
export { auditLog } from './audit/table';
export { municipalities } from './municipalities/table';
export { outbox } from './outbox/table';
export { rateLimits } from './rate-limits/table';
export { iscoGroups, occupationSkills, occupations, skills } from './taxonomy/tables';
export { searchOutbox } from './search-outbox/table';
export { consents } from './consents/table';
export { organisationMembers, organisations } from './organisations/tables';
export { profileLanguages, profileOccupations, profileSkills, seekerProfiles, workHistory } from './profiles/tables';
export { duplicateFlags } from './profiles/duplicate-flags';
export { offerEvents, offerReports, offerSkills, offers } from './offers/tables';
export { applicationEvents, applications, candidateExposures, contactRequests, jobRuns, placements } from './applications/tables';
export { enterpriseMembers, enterprises, marketDayEnterprises, marketDays, markets, orderEvents, orderItems, orders, paymentEvents, products, uploads } from './marketplace/tables';
export { placementFollowUps, takeoverCodes } from './office/tables';
