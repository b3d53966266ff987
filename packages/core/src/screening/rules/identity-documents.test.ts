import { describe, expect, it } from 'vitest';
import { codesFor, screen } from '../testing';

const ids = (text: string) => codesFor(text).filter((c) => c === 'identity_documents');

describe('identity_documents: asking for papers to keep, or photos of them in advance, is refused', () => {
  it.each([
    'Debe entregar su pasaporte original, que quedará en resguardo de la empresa.',
    'El primer día debe dejar su DPI original con el supervisor.',
    'Se le pedirá dejar su cédula en garantía.',
    'Retenemos sus documentos hasta que termine el contrato.',
    'La empresa guarda la cédula o el pasaporte de cada trabajador mientras dure la cosecha.',
    'Su DNI original se retiene como garantía del arma asignada.',
    'Enviar foto de su DPI por ambos lados.',
    'Manda una selfie con tu cédula.',
    'Mandar foto de la tarjeta de identidad para apartar su lugar.',
    'Enviar foto de la cédula de frente y reverso para el registro previo.',
    'Escanee su cédula y mándela junto con su hoja de vida.',
    'Enviar CV y copia de cédula a reclutamiento@empresa.com.',
    'Los papeles del trabajador (DPI, tarjeta de salud) se quedan con la empresa hasta cumplir seis meses.',
    'Entregue el carnet de refugiado a la encargada, que lo guarda mientras dure el contrato.',
  ])('refuses «%s»', (text) => {
    expect(ids(text)).toEqual(['identity_documents']);
  });

  it.each([
    'Presentar cédula de identidad el día de la entrevista.',
    'Debe traer original y copia de la cédula.',
    'Traer DPI original a la entrevista para verificar su identidad.',
    'Traer 2 fotos tamaño cédula.',
    'Fotografía tamaño pasaporte reciente.',
    'Enviar CV con foto a talento@empresa.com.',
    'Indicar número de DNI en el asunto del correo.',
    'Presentar pasaporte, cédula o DIMEX vigente.',
    'Nunca retenemos documentos de identidad.',
    'Si alguien le pide su pasaporte, no lo entregue.',
    'Archivo y custodia de documentos de la oficina.',
    'El primer día entregar fotocopia de DPI y dos fotografías tamaño cédula.',
  ])('does not refuse the ordinary «%s»', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('quotes the request in the reason', () => {
    const [block] = screen('Buen ambiente. Enviar foto de su DPI por ambos lados.').blocks;
    expect(block?.reason.es).toContain('«Enviar foto de su DPI por ambos lados»');
    expect(block?.field).toBe('description');
  });
});
