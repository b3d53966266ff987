import type { IndexDefinition } from '../definition';

/** Enterprises anyone may find: every enterprise is public (it chose to sell). */
export const enterprisesIndex: IndexDefinition = {
  name: 'enterprises',
  searchable: [
    { field: 'name', weight: 10, asYouType: true },
    { field: 'productNames', weight: 4, asYouType: true },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { municipalityId: 'number', category: 'text', programme: 'boolean', marketDayIds: 'number[]' },
  sortable: [],
};

/** Active products, with their enterprise's place and market days for the filters. */
export const productsIndex: IndexDefinition = {
  name: 'products',
  searchable: [
    { field: 'name', weight: 10, asYouType: true },
    { field: 'enterpriseName', weight: 4, asYouType: true },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { municipalityId: 'number', category: 'text', enterpriseId: 'number', priceMinor: 'number', currency: 'text', marketDayIds: 'number[]' },
  sortable: ['priceMinor'],
};
