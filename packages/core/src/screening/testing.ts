// Test support: an ordinary offer and context to vary one thing at a time.

import { screenOffer } from './screen-offer';
import type { ScreeningContext, ScreeningInput, ScreeningResult } from './types';

export function offer(overrides: Partial<ScreeningInput> = {}): ScreeningInput {
  return {
    title: 'Auxiliar de bodega',
    description: 'Distribuidora busca auxiliar de bodega para recepción y despacho de mercadería, de lunes a viernes.',
    howToApply: '',
    // Q4,000 a month: inside the usual range for elementary work in Guatemala.
    salary: { kind: 'range', minMinor: 380_000, maxMinor: 400_000, period: 'month' },
    workAbroad: false,
    suitableForAdolescents: false,
    workingTime: 'full_time',
    ...overrides,
  };
}

export function context(overrides: Partial<Omit<ScreeningContext, 'organisation'>> & { organisation?: Partial<ScreeningContext['organisation']> } = {}): ScreeningContext {
  const { organisation, ...rest } = overrides;
  return {
    country: 'GT',
    iscoCode: '9321',
    sameTextOrganisations: 0,
    ...rest,
    organisation: { verified: true, ageDays: 400, offersLastWeek: 1, ...organisation },
  };
}

/** The codes screening gives a description (or other fields), blocks and flags together. */
export function codesFor(description: string, more: { input?: Partial<ScreeningInput>; context?: Parameters<typeof context>[0] } = {}): string[] {
  const result = screen(description, more);
  return [...result.blocks, ...result.flags].map((f) => f.code);
}

export function screen(description: string, more: { input?: Partial<ScreeningInput>; context?: Parameters<typeof context>[0] } = {}): ScreeningResult {
  return screenOffer(offer({ description, ...more.input }), context(more.context));
}
