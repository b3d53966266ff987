import { describe, expect, it } from 'vitest';
import { screen } from '../testing';

const contact = (description: string, howToApply = '', country: 'CR' | 'GT' | 'HN' | 'PA' = 'GT') =>
  screen(description, { input: { howToApply }, context: { country } }).flags.filter((f) => f.code === 'private_contact_only');

const job = 'Supermercado contrata cajeros para la zona 18, horario rotativo.';

describe('private_contact_only: an offer answered only in a private chat goes to review', () => {
  it('flags "only by WhatsApp / Telegram", however it is spelt', () => {
    for (const how of ['Contacto únicamente por WhatsApp.', 'Solo por wasap.', 'Info solamente por whats', 'Exclusivamente vía Telegram: @chambas', 'Solo al wsp']) {
      expect(contact(job, how), how).toHaveLength(1);
    }
  });

  it('flags a private channel or a mobile given as the only way to answer', () => {
    expect(contact(job, 'Escribir al WhatsApp 4455-6677')).toHaveLength(1);
    expect(contact(job, 'Mandame mensaje al 8765-4321', 'CR')).toHaveLength(1);
    expect(contact(job, 'Llamar al +504 9988 7766', 'HN')).toHaveLength(1);
    expect(contact(job, 'Escríbeme al 6677-8899', 'PA')).toHaveLength(1);
    expect(contact(`${job} Info por inbox, no llamadas.`)).toHaveLength(1);
  });

  it('quotes the channel and names the field it is in', () => {
    const [flag] = contact(job, 'Escribir únicamente por WhatsApp al 4455-6677.');
    expect(flag?.field).toBe('howToApply');
    expect(flag?.reason.es).toContain('«únicamente por WhatsApp»');
    expect(flag?.reason.en).toContain('WhatsApp');
  });

  it('leaves an offer alone when the organisation gives another way too', () => {
    expect(contact(job, 'WhatsApp 4455-6677 o correo empleo@supermercado.com.gt')).toEqual([]);
    expect(contact(job, 'Llamar al 2233-4455 o al 5544-3322')).toEqual([]);
    expect(contact(job, 'Escríbanos al WhatsApp o preséntese en nuestras oficinas de la zona 18.')).toEqual([]);
    expect(contact(job, 'Postule en la plataforma; dudas al WhatsApp 4455-6677.')).toEqual([]);
    expect(contact(job, 'Visite www.supermercado.com.gt')).toEqual([]);
  });

  it('does not mistake a landline, a sum of money or a negation for a private chat', () => {
    expect(contact(job, 'Llamar al 2233-4455', 'GT')).toEqual([]);
    expect(contact(job, 'Llamar al 2222-7777', 'CR')).toEqual([]);
    expect(contact(`${job} Salario de Q4000 5000 al mes.`)).toEqual([]);
    expect(contact(`${job} No atendemos por WhatsApp: llame al 2233-4455.`)).toEqual([]);
  });

  it('does not flag an offer with no contact details at all (people apply in Solidaria)', () => {
    expect(contact(job)).toEqual([]);
  });
});
