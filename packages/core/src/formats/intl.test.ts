import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl';

describe('reused Intl formatters', () => {
  it('gives the same formatter for the same locale and options, and formats as a new one would', () => {
    const options = { style: 'currency', currency: 'CRC', maximumFractionDigits: 0 } as const;
    expect(numberFormat('es-CR', options)).toBe(numberFormat('es-CR', { ...options }));
    expect(numberFormat('es-CR', options).format(1500)).toBe(new Intl.NumberFormat('es-CR', options).format(1500));
    expect(numberFormat('en-US', options)).not.toBe(numberFormat('es-CR', options));
  });

  it('keeps time zones apart', () => {
    const at = new Date('2026-11-28T03:30:00Z');
    expect(dateTimeFormat('en-CA', { timeZone: 'America/Costa_Rica' }).format(at)).toBe('2026-11-27');
    expect(dateTimeFormat('en-CA', { timeZone: 'UTC' }).format(at)).toBe('2026-11-28');
  });
});
