import { describe, expect, it } from 'vitest';
import { screenOffer } from './screen-offer';
import { context, offer, screen } from './testing';
import { blockCodes, flagCodes } from './types';

describe('screening an offer', () => {
  it('leaves an ordinary offer with nothing to say', () => {
    expect(screenOffer(offer(), context())).toEqual({ blocks: [], flags: [] });
  });

  it('is pure: the same answer every time, and the offer untouched', () => {
    const input = offer({ description: 'Señoritas de 18 a 25 para trabajar en Cancún, pasaje pagado, solo pagás Q500 de trámite.' });
    const before = structuredClone(input);
    const first = screenOffer(input, context({ organisation: { verified: false } }));
    expect(screenOffer(input, context({ organisation: { verified: false } }))).toEqual(first);
    expect(input).toEqual(before);
  });

  it('finds every sign in one offer, blocks and flags in the order of their codes', () => {
    const result = screen('Se buscan señoritas de buena presencia para trabajar en Cancún como edecanes, pasaje pagado, solo pagás Q500 de trámite. Info solo por WhatsApp.', {
      context: { organisation: { verified: false } },
    });
    expect(result.blocks.map((b) => b.code)).toEqual(['worker_fee', 'work_abroad']);
    expect(result.flags.map((f) => f.code)).toEqual(['private_contact_only', 'age_or_gender_targeting', 'high_risk_work']);
    const order = (codes: readonly string[], found: string[]) => [...found].sort((a, b) => codes.indexOf(a) - codes.indexOf(b));
    expect(result.blocks.map((b) => b.code)).toEqual(order(blockCodes, result.blocks.map((b) => b.code)));
    expect(result.flags.map((f) => f.code)).toEqual(order(flagCodes, result.flags.map((f) => f.code)));
  });

  it('gives every finding a reason in Spanish and English and the field it is about', () => {
    const result = screen('Urgen cipotas sin experiencia, te pagamos L 60,000 al mes, mandá foto de tu tarjeta de identidad al 9911-2233.', {
      input: { salary: { kind: 'to_agree' } },
      context: { country: 'HN', iscoCode: '5131', sameTextOrganisations: 2 },
    });
    const findings = [...result.blocks, ...result.flags];
    expect(findings.length).toBeGreaterThanOrEqual(5);
    for (const f of findings) {
      expect(f.reason.es.length, f.code).toBeGreaterThan(20);
      expect(f.reason.en.length, f.code).toBeGreaterThan(20);
      expect(f.reason.es, f.code).not.toBe(f.reason.en);
      expect(f.field, f.code).toBeTruthy();
    }
  });
});
