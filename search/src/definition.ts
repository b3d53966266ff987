/** How one index is searched, shared by both engines. */
export interface IndexDefinition {
  name: string;
  /** Searchable fields, most important first, with their weight in ranking. */
  searchable: readonly { field: string; weight: number; /** Long text: highlighted as a snippet. */ snippet?: boolean }[];
  /** Fields filters and facets may use, and their kind. Lists are matched element-wise. */
  filterable: Readonly<Record<string, 'text' | 'number' | 'boolean' | 'text[]' | 'number[]'>>;
  sortable: readonly string[];
}

export const searchableFields = (definition: IndexDefinition) => definition.searchable.map((s) => s.field);
