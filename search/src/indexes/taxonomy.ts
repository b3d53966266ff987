import type { IndexDefinition } from '../definition';

// The taxonomy indexes answer search-as-you-type in both languages: the preferred label
// weighs most, then alternative labels (regional and gendered forms), then the other language.
const LABELS: IndexDefinition['searchable'] = [
  { field: 'labelEs', weight: 10 },
  { field: 'altLabelsEs', weight: 6 },
  { field: 'labelEn', weight: 4 },
  { field: 'altLabelsEn', weight: 2 },
];

export const occupationsIndex: IndexDefinition = {
  name: 'occupations',
  searchable: LABELS,
  filterable: { iscoCode: 'text', iscoMinor: 'text', iscoMajor: 'text' },
  sortable: [],
};

export const skillsIndex: IndexDefinition = {
  name: 'skills',
  searchable: LABELS,
  filterable: { skillType: 'text' },
  sortable: [],
};
