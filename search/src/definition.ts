/** One searchable field of an index and how it is searched. */
export interface SearchableField {
  field: string;
  /** Its weight in ranking. */
  weight: number;
  /** Long text: highlighted as a snippet, and (unless marked `asYouType`) not searched while typing. */
  snippet?: boolean;
  /**
   * A short, title-like field that search-as-you-type looks in. When no field of an index
   * is marked, every field that is not a `snippet` is.
   */
  asYouType?: boolean;
}

/** How one index is searched, shared by both engines. */
export interface IndexDefinition {
  name: string;
  /** Searchable fields, most important first, with their weight in ranking. */
  searchable: readonly SearchableField[];
  /** Fields filters and facets may use, and their kind. Lists are matched element-wise. */
  filterable: Readonly<Record<string, 'text' | 'number' | 'boolean' | 'text[]' | 'number[]'>>;
  sortable: readonly string[];
}

export const searchableFields = (definition: IndexDefinition) => definition.searchable.map((s) => s.field);

/** The title-like fields a search-as-you-type query looks in (see `SearchableField.asYouType`). */
export function asYouTypeFields(definition: IndexDefinition): string[] {
  const marked = definition.searchable.filter((s) => s.asYouType === true);
  const short = definition.searchable.filter((s) => s.snippet !== true);
  return (marked.length > 0 ? marked : short.length > 0 ? short : definition.searchable).map((s) => s.field);
}
