import type { OfferSalary } from '@solidaria/core';

/** What the offer page knows, as the API gives it. */
export interface PublicOffer {
  id: number;
  title: string;
  description: string;
  municipality: { name: string; country: string };
  organisation: { name: string; website: string | null };
  remote: boolean;
  contractType: string;
  workingTime: string;
  salary: OfferSalary;
  currency: string;
  vacancies: number;
  closesOn: string;
  publishedAt: string | null;
}

const UNIT = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH' } as const;
const EMPLOYMENT = { full_time: 'FULL_TIME', part_time: 'PART_TIME' } as const;
const CONTRACT = { indefinite: null, fixed_term: 'TEMPORARY', seasonal: 'TEMPORARY', per_task: 'CONTRACTOR', internship: 'INTERN' } as const;

/**
 * schema.org JobPosting, with the fields Google's job search requires (title,
 * description, datePosted, hiringOrganization, jobLocation or, for remote work,
 * applicantLocationRequirements + jobLocationType) and recommends (validThrough,
 * employmentType, baseSalary, identifier, directApply).
 */
export function jobPosting(offer: PublicOffer, url: string) {
  const employmentType = [EMPLOYMENT[offer.workingTime as keyof typeof EMPLOYMENT], CONTRACT[offer.contractType as keyof typeof CONTRACT]].filter(Boolean);
  const place = { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: offer.municipality.name, addressCountry: offer.municipality.country } };
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: offer.description.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    identifier: { '@type': 'PropertyValue', name: offer.organisation.name, value: String(offer.id) },
    datePosted: (offer.publishedAt ?? new Date().toISOString()).slice(0, 10),
    validThrough: `${offer.closesOn}T23:59:59`,
    employmentType,
    hiringOrganization: { '@type': 'Organization', name: offer.organisation.name, ...(offer.organisation.website ? { sameAs: offer.organisation.website } : {}) },
    ...(offer.remote
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: offer.municipality.country } }
      : { jobLocation: place }),
    ...(offer.salary.kind === 'range'
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: offer.currency,
            value: { '@type': 'QuantitativeValue', minValue: offer.salary.minMinor / 100, maxValue: offer.salary.maxMinor / 100, unitText: UNIT[offer.salary.period] },
          },
        }
      : {}),
    totalJobOpenings: offer.vacancies,
    directApply: true,
    url,
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON for a <script type="application/ld+json"> block: nothing in it can close the element. */
export const jsonLdScript = (data: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}</script>`;
