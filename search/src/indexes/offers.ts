import type { IndexDefinition } from '../definition';

/**
 * Published offers the public may see: only offers of verified organisations, not hidden
 * by reports; an offer leaves the index when it closes, is hidden or goes back to review.
 */
export const offersIndex: IndexDefinition = {
  name: 'offers',
  searchable: [
    { field: 'title', weight: 10, asYouType: true },
    { field: 'occupationLabels', weight: 6, asYouType: true },
    { field: 'skillLabels', weight: 3 },
    { field: 'organisationName', weight: 2 },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: {
    municipalityId: 'number',
    occupationId: 'number',
    iscoMajor: 'text',
    contractType: 'text',
    workingTime: 'text',
    remote: 'boolean',
    suitableForAdolescents: 'boolean',
    currency: 'text',
    salaryMonthlyMax: 'number',
    closesOn: 'number',
    skillIds: 'number[]',
    organisationId: 'number',
    publishedAt: 'number',
  },
  sortable: ['publishedAt', 'salaryMonthlyMax'],
};
