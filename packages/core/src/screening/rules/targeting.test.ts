import { describe, expect, it } from 'vitest';
import { screen } from '../testing';

const targeting = (text: string) => screen(text).flags.filter((f) => f.code === 'age_or_gender_targeting');

describe('age_or_gender_targeting: asking for an age, a sex, a look or no family goes to review', () => {
  it.each([
    'Se buscan señoritas de 18 a 25 años.',
    'Solo mujeres.',
    'Buena presencia indispensable.',
    'Sin hijos.',
    'Edad: 20-35.',
    'Menores de 30 años.',
    'No mayor de 27 años.',
    'Edad máxima 28 años.',
    'Preferiblemente mujer.',
    'Sexo: femenino.',
    'Se solicitan varones para carga y descarga.',
    'Necesitamos patojas para mesera.',
    'Urgen cipotas para restaurante.',
    'Chicas delgadas y de buena apariencia.',
    'Enviar foto de cuerpo completo.',
    'Estado civil: soltera.',
    'Se pide prueba de embarazo.',
  ])('flags «%s»', (text) => {
    expect(targeting(text)).toHaveLength(1);
  });

  it.each([
    'Mayores de 18 años.',
    'Jóvenes de 18 años en adelante.',
    'Hombres y mujeres mayores de 18 años.',
    'Se buscan hombres o mujeres para bodega.',
    'Sin importar edad ni género.',
    'De 2 a 5 años de experiencia.',
    'Experiencia de 10 a 15 años en obra.',
    'Remuneración atractiva.',
    'Organizar actividades de ocio para solteros.',
    'Contrato de 12 a 18 meses.',
  ])('leaves «%s» alone', (text) => {
    expect(targeting(text)).toEqual([]);
  });

  it('quotes the words', () => {
    expect(targeting('Buscamos recepcionista. Solo mujeres.')[0]?.reason.es).toContain('«Solo mujeres»');
  });
});
