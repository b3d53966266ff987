import { describe, expect, it } from 'vitest';
import { screen } from '../testing';

const unverified = { organisation: { verified: false } };

describe('work_abroad: work in another country needs a verified organisation and an officer', () => {
  it.each([
    'Trabajo en Estados Unidos, pasaje y visa pagados.',
    'Te llevamos al extranjero a trabajar en fincas.',
    'Reclutamos jornaleros para la cosecha de fresa en Canadá.',
    'Hay chamba en México para soldadores.',
    'Se buscan enfermeras para trabajar en España.',
    'Visa de trabajo H-2B para jardinería.',
    'Contratamos meseros para hoteles en Dubai, te tramitamos la visa.',
    'Meseras para restaurante en El Salvador, te damos cuarto.',
    'Lugar de trabajo: Belice.',
    'Boletos aéreos por cuenta de la empresa.',
  ])('refuses «%s» from an unverified organisation', (text) => {
    const { blocks, flags } = screen(text, { context: unverified });
    expect(blocks.map((b) => b.code)).toContain('work_abroad');
    expect(flags.map((f) => f.code)).not.toContain('work_abroad_needs_approval');
  });

  it('sends the same offer from a verified organisation to an officer instead', () => {
    const { blocks, flags } = screen('Trabajo en Estados Unidos, pasaje y visa pagados.', { context: { organisation: { verified: true } } });
    expect(blocks).toEqual([]);
    expect(flags.map((f) => f.code)).toEqual(['work_abroad_needs_approval']);
    expect(flags[0]?.reason.es).toContain('«Trabajo en Estados Unidos');
  });

  it('takes the "work abroad" box as enough, with its own field', () => {
    const blocked = screen('Ayudantes de cocina para restaurante, horario diurno.', { input: { workAbroad: true }, context: unverified });
    expect(blocked.blocks).toEqual([expect.objectContaining({ code: 'work_abroad', field: 'workAbroad' })]);
    const flagged = screen('Ayudantes de cocina para restaurante, horario diurno.', { input: { workAbroad: true } });
    expect(flagged.flags).toEqual([expect.objectContaining({ code: 'work_abroad_needs_approval', field: 'workAbroad' })]);
  });

  it('counts the other programme countries as abroad, but not the offer’s own', () => {
    expect(screen('Plazas en Panamá para construcción.', { context: { ...unverified, country: 'CR' } }).blocks.map((b) => b.code)).toEqual(['work_abroad']);
    expect(screen('Plazas en Panamá para construcción.', { context: { ...unverified, country: 'PA' } }).blocks).toEqual([]);
    expect(screen('Trabajo en Guatemala, zona 10.', { context: { ...unverified, country: 'GT' } }).blocks).toEqual([]);
  });

  it.each([
    'No es trabajo en el extranjero, es en San José.',
    'Se aceptan personas de otro país.',
    'Retornados de Estados Unidos bienvenidos.',
    'Experiencia en el extranjero valorada.',
    'Disponibilidad para viajar dentro del país.',
    'Trabajo en Los Chiles, cerca de la frontera.',
    'Limpieza de exteriores del edificio.',
    'Atención a clientes de Estados Unidos por teléfono.',
    'Trabajo con clientes en Estados Unidos desde nuestra oficina.',
    'Empresa con operaciones en México y Centroamérica.',
    'Fábrica de muebles que exporta a Europa.',
    'Se aceptan extranjeros con visa de trabajo o permiso laboral.',
  ])('leaves «%s» alone', (text) => {
    const { blocks, flags } = screen(text, { context: unverified });
    expect([...blocks, ...flags].map((f) => f.code)).toEqual([]);
  });
});
