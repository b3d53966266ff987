// Ordinary offers written for the corpus test, used when the real postings
// (../shared/data) are not beside the repository. They are the kind of honest offer the
// municipal offices see every week, with the reassurances honest employers add ("no
// cobramos ninguna cuota", "el uniforme lo da la empresa") that the rules must not mistake
// for the opposite.

import { type CorpusOffer, ordinaryOffer } from './ordinary';

const OFFERS: [title: string, description: string][] = [
  ['Cocinero de línea', 'Restaurante en Upala busca cocinero de línea con un año de experiencia. Horario rotativo de 40 horas, salario según tabla del Ministerio de Trabajo, aguinaldo y vacaciones de ley. El uniforme lo da la empresa.'],
  ['Operario de empaque', 'Planta empacadora de piña en Los Chiles contrata operarios de empaque. Capacitación pagada por la empresa durante la primera semana. No cobramos ninguna cuota ni pedimos depósitos.'],
  ['Cajera o cajero de supermercado', 'Supermercado en La Cruz necesita cajero o cajera. Se requiere noveno año aprobado y manejo básico de computadora. Presentar cédula de identidad o DIMEX el día de la entrevista.'],
  ['Misceláneo para centro educativo', 'Centro educativo en Escazú contrata misceláneo para limpieza de aulas y zonas verdes, de lunes a viernes de 6 a 14 horas. Sin ningún costo para el trabajador: la empresa proporciona el uniforme y el equipo de protección.'],
  ['Peón agrícola', 'Finca de cítricos en San Carlos contrata peones para la cosecha. Pago semanal por SINPE o en efectivo, transporte desde el centro de Pital incluido. Se aceptan personas refugiadas y solicitantes de refugio con permiso laboral.'],
  ['Auxiliar de bodega', 'Distribuidora de abarrotes en Villa Nueva busca auxiliar de bodega para recepción y despacho de mercadería. Prestaciones de ley, bono 14 y aguinaldo, inscripción al IGSS desde el primer día.'],
  ['Mesero para restaurante', 'Restaurante en Esquipulas contrata mesero con experiencia en atención al cliente. Salario mínimo más propinas, horario de martes a domingo. Llevar hoja de vida y DPI a la entrevista.'],
  ['Piloto repartidor', 'Empresa de bebidas contrata piloto repartidor con licencia tipo B vigente. Ruta en la zona 18 y Chinautla, pago quincenal por depósito bancario. Capacitación remunerada de dos semanas.'],
  ['Costurera industrial', 'Taller de confección en Villa Nueva necesita costureras con experiencia en máquina plana y overlock. La empresa no cobra por la contratación ni por el uniforme.'],
  ['Albañil', 'Constructora en San Pedro Sula busca albañiles con experiencia en block y repello. Contrato por obra de seis meses, pago semanal, herramienta proporcionada por la empresa.'],
  ['Vendedor de mostrador', 'Ferretería en San Pedro Sula busca vendedor de mostrador con conocimientos de materiales eléctricos. Salario base más comisiones, seguro social (IHSS) y capacitación constante.'],
  ['Enfermera auxiliar', 'Clínica privada contrata enfermera auxiliar con título del Colegio de Enfermeras. Turnos de 12 horas, dos días libres. Enviar hoja de vida a talento@clinicasansalvador.hn.'],
  ['Ayudante de cocina', 'Hotel en Roatán necesita ayudantes de cocina para temporada alta. Se ofrece alimentación durante el turno y transporte nocturno. Presentarse con tarjeta de identidad en recepción de lunes a viernes.'],
  ['Guardia de seguridad', 'Empresa de seguridad con licencia de la Secretaría de Seguridad contrata guardias para Tegucigalpa. Curso de formación a cargo de la empresa, uniforme y equipo incluidos.'],
  ['Técnico de refrigeración', 'Empresa de climatización en Ciudad de Panamá busca técnico de refrigeración con dos años de experiencia. Salario según experiencia dentro de la tabla de Mitradel, seguro social y décimo tercer mes.'],
  ['Recepcionista bilingüe', 'Hotel en Casco Antiguo contrata recepcionista con inglés intermedio. Turnos rotativos. Postular en la plataforma o llamar al 210-5566 en horario de oficina.'],
  ['Conductor de bus', 'Empresa de transporte en San Miguelito busca conductores con licencia tipo E. Capacitación pagada y uniforme sin costo. Entrevistas en nuestras oficinas de lunes a viernes.'],
  ['Aseador de oficinas', 'Empresa de limpieza busca personal para oficinas en Obarrio, turno de 6 a 14. Pago quincenal, vacaciones y décimo tercer mes. No se pide dinero en ninguna etapa del proceso.'],
  ['Panadero', 'Panadería en Upala busca panadero con experiencia en pan dulce y salado. Horario de madrugada, salario según decreto vigente más pago de horas extra.'],
  ['Asistente administrativo', 'Cooperativa de productores en Los Chiles contrata asistente administrativo con conocimientos de Excel y facturación electrónica. Enviar currículum a rrhh@coopelosChiles.cr.'],
  ['Jardinero', 'Condominio en Escazú busca jardinero para mantenimiento de zonas verdes, de lunes a sábado. Se aceptan personas de otro país con documentos en regla.'],
  ['Cuidadora de adulto mayor', 'Familia en Liberia busca cuidadora para señora mayor, de lunes a viernes de día. Experiencia en cuidado de adultos mayores, curso de primeros auxilios deseable.'],
  ['Operario de maquila', 'Maquila en Choloma contrata operarios sin experiencia, le enseñamos el oficio. Capacitación pagada por la empresa, transporte y comedor subsidiado. Presentar DNI y constancia de antecedentes en la entrevista.'],
  ['Electricista residencial', 'Empresa de mantenimiento de edificios busca electricista con experiencia en instalaciones residenciales. La empresa entrega la herramienta y el equipo de protección personal.'],
];

export function ordinaryFixture(): CorpusOffer[] {
  return OFFERS.map(([title, description], n) => ordinaryOffer(`fixture ${n + 1}: ${title}`, title, description, n));
}
