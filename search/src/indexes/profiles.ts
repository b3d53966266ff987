import type { IndexDefinition } from '../definition';

/**
 * Job seekers as verified employers and officers may search them: only what an employer
 * may see of an anonymous profile (skills, occupations, languages, municipality,
 * availability). Hidden profiles and those of minors are never in it.
 */
export const profilesIndex: IndexDefinition = {
  name: 'profiles',
  searchable: [
    { field: 'occupationLabels', weight: 6 },
    { field: 'skillLabels', weight: 4 },
  ],
  filterable: {
    municipalityId: 'number',
    skillIds: 'number[]',
    occupationIds: 'number[]',
    languages: 'text[]',
    fullTime: 'boolean',
    partTime: 'boolean',
  },
  sortable: [],
};
