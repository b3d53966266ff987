import { describe, expect, it } from 'vitest';
import { screen } from '../testing';

const risky = (text: string, title = 'Oferta de trabajo') => screen(text, { input: { title } }).flags.filter((f) => f.code === 'high_risk_work');

describe('high_risk_work: modelling, hostess, massage, escort and night-club work goes to review', () => {
  it.each([
    'Agencia busca edecanes para ferias.',
    'Spa contrata masajistas.',
    'Se buscan bailarinas para club.',
    'Damas de compañía para ejecutivos.',
    'Estudio de modelos webcam.',
    'Bar busca anfitrionas.',
    'Hostess para restaurante.',
    'Acompañantes para cenas de negocios.',
    'Ocupamos meseras para cantina.',
    'Buscamos modelos para fotografía de catálogo.',
    'Personal para club nocturno.',
  ])('flags «%s»', (text) => {
    expect(risky(text)).toHaveLength(1);
  });

  it('looks at the title too', () => {
    expect(risky('Para eventos de fin de semana en la capital.', 'Edecán')[0]?.field).toBe('title');
  });

  it.each([
    'Modelo de negocio innovador.',
    'Acompañante de adultos mayores.',
    'Acompañante terapéutico para niños.',
    'Curso de primeros auxilios y masaje cardíaco.',
    'Conocer los modelos de vehículos de la marca.',
    'Mesero para restaurante familiar.',
  ])('leaves the everyday «%s» alone', (text) => {
    expect(risky(text)).toEqual([]);
  });
});
