import type { IndexDefinition } from '@solidaria/search';

/** A job offer as the benchmark indexes it: searchable text and the fields filters use. */
export interface BenchOffer {
  id: number;
  title: string;
  occupation: string;
  description: string;
  municipality: string;
  salary: number;
  skills: number[];
  remote: boolean;
  [field: string]: string | number | boolean | number[];
}

// The benchmark's own offers index (the app's will live in search/ when offers exist).
export const benchOffersIndex: IndexDefinition = {
  name: 'bench_offers',
  searchable: [
    { field: 'title', weight: 10, asYouType: true },
    { field: 'occupation', weight: 6, asYouType: true },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { municipality: 'text', salary: 'number', skills: 'number[]', remote: 'boolean' },
  sortable: ['salary'],
};

/** The EURES postings as they are, for the relevance check on labelled occupations. */
export const benchPostingsIndex: IndexDefinition = {
  name: 'bench_postings',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'occupation', weight: 6 },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { occupation: 'text' },
  sortable: [],
};

/** The same postings without their occupation label: can the text alone find them? */
export const benchPostingsTextIndex: IndexDefinition = {
  name: 'bench_postings_text',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { occupation: 'text' },
  sortable: [],
};
