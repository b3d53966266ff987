import { describe, expect, it } from 'vitest';
import { codesFor, screen } from '../testing';

const fees = (text: string) => codesFor(text).filter((c) => c === 'worker_fee');

describe('worker_fee: an offer that charges the worker is refused', () => {
  it.each([
    'Para iniciar debe pagar Q300 de inscripción.',
    'Cobramos una cuota de inscripción de L 500.',
    'El uniforme tiene un costo de ₡25 000 que se descuenta del primer pago.',
    'Se requiere un depósito reembolsable de L 3,000.',
    'Inscripción: Q150.',
    'Pago único de $75 para tu expediente.',
    'Los trámites cuestan L 2,000.',
    'Requisito: comprar su kit de inicio.',
    'Tenés que pagar el uniforme.',
    'Pagá L 300 y empezás mañana.',
    'Envianos Q100 por Tigo Money para reservar tu plaza.',
    'Aportar una colaboración de L 300 para gastos de papelería.',
    'La capacitación se paga aparte: L 1,200.',
    'Se le descontará el uniforme de su salario.',
    'Debe pagar sus propios exámenes médicos en la clínica indicada: L 650.',
    'El curso cuesta 20 lucas.',
    'Hay que cancelar L 800 por el uniforme y los materiales.',
    'Te damos la chamba pero primero deposita L.1,500 a la cuenta del Banco Atlántida.',
    'Te cobramos $60 de registro y la calcomanía del carro.',
    'Comisión de colocación de Q500 al firmar.',
    'Presentarse con Q100 para el carné de salud.',
    'El trámite de ingreso sale en Q175 y se paga el primer día.',
    'Agencia de empleos: la comisión por conseguirte trabajo es el 10% de tu primer salario.',
    'Te prestamos para el viaje y lo pagás con tu trabajo allá.',
    'Cuota semanal de Q50 para el transporte del grupo.',
  ])('refuses «%s»', (text) => {
    expect(fees(text)).toEqual(['worker_fee']);
  });

  it('sees through accents, capitals, repeated letters and spelt-out words', () => {
    for (const text of ['DEBE PAGAR Q300 DE INSCRIPCION', 'Debe hacer un depósito de $50.', 'Debe hacer un deposito de $50.', 'Debe hacer un d e p o s i t o de $50.', 'Inscripciooon: Q150']) {
      expect(fees(text), text).toEqual(['worker_fee']);
    }
  });

  it('knows the conjugations: cobramos, cobra, cobro; pagar, pague, pago', () => {
    for (const text of ['Cobramos la capacitación.', 'Se cobra la capacitación.', 'Cobro de inscripción: Q50.', 'Debe pagar la inscripción.', 'Pague la inscripción en caja.', 'Pago de inscripción en la oficina.']) {
      expect(fees(text), text).toEqual(['worker_fee']);
    }
  });

  it('reads sums as people write them: $50, Q300, ₡25 000, L 500', () => {
    for (const sum of ['$50', 'Q300', 'Q. 300', '₡25 000', '¢25.000', 'L 500', 'Lps. 500', '500 lempiras', '300 quetzales', '25 mil colones', 'B/. 40']) {
      expect(fees(`Cuota de inscripción: ${sum}.`), sum).toEqual(['worker_fee']);
    }
  });

  it.each([
    'No cobramos ninguna cuota.',
    'Sin ningún costo para el trabajador.',
    'La empresa proporciona el uniforme.',
    'El uniforme lo da la empresa.',
    'Capacitación pagada por la empresa.',
    'Capacitación pagada.',
    'Nunca te pediremos depósito ni pago de trámites.',
    'No pedimos dinero. Capacitación gratuita.',
    'Capacitación remunerada y uniforme por cuenta de la empresa.',
    'El examen médico lo cubre la empresa.',
    'La empresa no cobra comisión por contratación.',
    'Uniforme y capacitación incluidos.',
    'Costo de inscripción: gratis.',
    'Inscripción al IGSS y pago de prestaciones de ley.',
    'Pago quincenal por depósito bancario.',
    'Salario de Q3,500 mensuales más bono de Q250 por capacitación.',
    'Vendedor de materiales de construcción Q4,000 mensuales.',
    'Cumplir la cuota de ventas de $5000.',
    'Paga a la semana Q6,000 para ayudante de albañil.',
    'Buena paga Q4,000 y prestaciones.',
    'Si alguien le pide dinero por esta oferta, denúncielo.',
    'Salario bruto de 1.400 euros en 14 pagas.',
    'Encargado de depósito de materiales.',
    'Gestión de cobros a clientes y pago a proveedores.',
    'Cobro en caja con tarjeta de crédito Visa y efectivo.',
    'Carnicero: cortar y pesar la carne, conocer el precio de la carne por libra.',
  ])('does not refuse the reassurance or ordinary words «%s»', (text) => {
    expect(fees(text)).toEqual([]);
  });

  it('keeps a negation to its own clause: "sin experiencia, solo pagar…" is still a fee', () => {
    expect(fees('Sin experiencia, solo pagar ₡10 000 por el curso.')).toEqual(['worker_fee']);
    expect(fees('No necesitas experiencia, solo pagar L 500 por el curso.')).toEqual(['worker_fee']);
  });

  it('says why in both languages, quoting the words and naming the field', () => {
    const [block] = screen('Trabajo estable. Debe pagar Q300 de inscripción.').blocks;
    expect(block?.field).toBe('description');
    expect(block?.reason.es).toContain('«Debe pagar Q300 de inscripción»');
    expect(block?.reason.en).toContain('"Debe pagar Q300 de inscripción"');
  });

  it('looks at the title and the how-to-apply text too', () => {
    const { blocks } = screen('Distribuidora busca auxiliar de bodega, de lunes a viernes.', { input: { title: 'Bodeguero (inscripción Q100)', howToApply: 'Traer Q100 para la inscripción.' } });
    expect(blocks.map((b) => b.field).sort()).toEqual(['howToApply', 'title']);
  });
});
