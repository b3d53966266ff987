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
  // priceRange: the price's range in its currency (`CRC-1`, see PRICE_RANGE_BOUNDS in @solidaria/core), for the facet.
  filterable: { municipalityId: 'number', category: 'text', enterpriseId: 'number', priceMinor: 'number', currency: 'text', priceRange: 'text', marketDayIds: 'number[]' },
  sortable: ['priceMinor'],
};
