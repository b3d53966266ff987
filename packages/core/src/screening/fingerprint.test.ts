import { describe, expect, it } from 'vitest';
import { fingerprintText, offerTextFingerprint } from './fingerprint';

const description = 'Se buscan señoritas para atención al cliente, pago semanal. ¡Llamá ya!';

describe('the offer text fingerprint', () => {
  it('is 16 hex digits, the same every time', () => {
    const fp = offerTextFingerprint({ title: 'Cajeras', description });
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(offerTextFingerprint({ title: 'Cajeras', description })).toBe(fp);
  });

  it('is FNV-1a 64 of the folded text', () => {
    // the published FNV-1a 64 test vectors
    expect(offerTextFingerprint({ title: 'x', description: '' })).toBe('cbf29ce484222325');
    expect(offerTextFingerprint({ title: 'x', description: 'a' })).toBe('af63dc4c8601ec8c');
  });

  it('ignores case, accents, punctuation, spacing and the title', () => {
    const copy = offerTextFingerprint({ title: 'Otro título', description: '  SE BUSCAN SENORITAS para atencion   al cliente -- pago semanal... llama ya' });
    expect(copy).toBe(offerTextFingerprint({ title: 'Cajeras', description }));
    expect(fingerprintText(description)).toBe('se buscan senoritas para atencion al cliente pago semanal llama ya');
  });

  it('differs when the words differ', () => {
    expect(offerTextFingerprint({ title: 'Cajeras', description: description.replace('semanal', 'mensual') })).not.toBe(offerTextFingerprint({ title: 'Cajeras', description }));
  });
});
