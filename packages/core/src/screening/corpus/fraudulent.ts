// Fake job offers, written for this corpus in the style of those that circulate in Costa
// Rica, Guatemala, Honduras and Panama (Facebook groups, WhatsApp chains, classifieds):
// fees dressed as "inscripción" or "uniforme", papers kept "en garantía", trips north
// "con todo pagado", "señoritas de buena presencia", private chats only. Each is labelled
// with the blocks and flags it must raise; none is a real advertisement, and names,
// numbers and accounts are invented.

import type { CountryCode } from '../../municipalities/municipality';
import type { OfferSalary, SalaryPeriod } from '../../offers/offer';
import type { BlockCode, FlagCode } from '../types';

export interface FraudCase {
  country: CountryCode;
  title: string;
  description: string;
  howToApply?: string;
  /** Default: a salary inside the usual range for the occupation. */
  salary?: OfferSalary;
  workAbroad?: boolean;
  iscoCode?: string | null;
  /** Default: not verified, 12 days old, 1 other offer this week. */
  organisation?: { verified?: boolean; ageDays?: number; offersLastWeek?: number };
  sameTextOrganisations?: number;
  blocks?: BlockCode[];
  flags?: FlagCode[];
}

/** A monthly (or other) range in major units. */
const pay = (min: number, max: number, period: SalaryPeriod = 'month'): OfferSalary => ({
  kind: 'range',
  minMinor: min * 100,
  maxMinor: max * 100,
  period,
});
const toAgree: OfferSalary = { kind: 'to_agree' };
const verified = { verified: true, ageDays: 400, offersLastWeek: 1 };

export const fraudulentOffers: FraudCase[] = [
  // ——— fees to the worker ———
  { country: 'GT', title: 'Chamba en bodega, Villa Nueva', description: 'Se necesitan 10 personas para bodega en Villa Nueva. Para iniciar debe pagar Q300 de inscripción y traer su DPI. Pago semanal.', iscoCode: '9321', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Operarios de maquila', description: 'Empresa maquiladora contrata operarios. Requisito: cancelar Q250 por el uniforme y el carné el primer día. Trabajo estable con prestaciones.', iscoCode: '8153', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Guardias de seguridad', description: 'Contratamos agentes de seguridad para Esquipulas. El curso de capacitación tiene un costo de Q450 que se descuenta en su primera quincena.', iscoCode: '5414', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Repartidores en moto', description: 'Buscamos repartidores con moto propia. Se cobra una cuota de afiliación de Q200 a la plataforma, después todo lo que entregues es ganancia.', iscoCode: '8321', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Ayudante de cocina', description: 'Restaurante en zona 10 busca ayudante de cocina. Antes de la entrevista deposite Q150 a la cuenta de Banrural 30-4455-667 para gastos de papelería.', iscoCode: '9412', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Promotoras de ventas', description: 'Solicitamos promotoras para supermercados. Tenés que comprar tu kit de inicio (Q350) con gorra, playera y material de exhibición. ¡Chamba segura!', iscoCode: '5242', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Agentes de call center', description: 'Call center bilingüe contrata sin experiencia. La inducción de dos semanas cuesta Q500, reembolsables al cumplir tres meses.', iscoCode: '4222', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Misceláneos para condominio en Escazú', description: 'Se buscan misceláneos. Los interesados deben hacer un depósito de ₡15 000 por SINPE Móvil para reservar el campo en la capacitación.', iscoCode: '9112', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Brete en piñeras de San Carlos', description: 'Hay brete en piñeras de San Carlos, mae. Solo tenés que pagar ₡25 000 de los trámites y el carné, y empezás el lunes.', iscoCode: '9211', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Cajeros para supermercado', description: 'Cadena de supermercados contrata cajeros en Upala. El uniforme tiene un valor de ₡18.500 que se rebaja del primer pago.', iscoCode: '5230', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Choferes con licencia B1', description: 'Se contratan choferes. Cobramos 20 lucas por el curso de manejo defensivo obligatorio, sin eso no hay contrato.', iscoCode: '8322', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Operarios de empaque', description: 'Empacadora en Los Chiles contrata. Todo aspirante debe cubrir el costo del examen médico en nuestra clínica asociada: ₡12 000.', iscoCode: '9329', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Vendedores por catálogo', description: 'Ganá dinero vendiendo por catálogo. Para empezar adquiera su paquete inicial de productos, solo ₡40 000, y recupere su inversión en una semana.', iscoCode: '5243', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Empleo en maquila San Pedro Sula', description: 'Maquila en San Pedro Sula contrata 50 operarias. Presentarse con L 350 para el pago de la inscripción y la foto del gafete.', iscoCode: '8153', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Motoristas para distribuidora', description: 'Distribuidora necesita motoristas con licencia. Pago único de L 1,200 por trámites de licencia y seguro, se devuelve al terminar el contrato.', iscoCode: '8322', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Guardias para residenciales', description: 'Empresa de seguridad contrata guardias. El uniforme y las botas los paga el guardia: L 900 en dos cuotas descontadas del salario.', iscoCode: '5414', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Chamba de digitador', description: 'Trabajo de digitador desde casa. Manda L 500 por Tigo Money al 9876-5432 para activar tu usuario y te enviamos el material.', iscoCode: '4132', blocks: ['worker_fee'], flags: ['private_contact_only'] },
  { country: 'HN', title: 'Bodegueros', description: 'Ocupamos bodegueros para zona industrial. Hay que dejar un depósito de garantía de L 2,000 por el equipo que se le entrega.', iscoCode: '4321', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Cocineras para comedor', description: 'Comedor en Choloma necesita cocineras. Costo de la capacitación en manipulación de alimentos: L 650, a pagar antes de iniciar.', iscoCode: '5120', blocks: ['worker_fee'] },
  { country: 'PA', title: 'Camarón de fin de semana', description: 'Camarón para eventos en la ciudad. Para entrar al grupo de trabajo se paga una membresía de $20 por Yappy. Pagamos por evento.', iscoCode: '9412', blocks: ['worker_fee'] },
  { country: 'PA', title: 'Atención al cliente bilingüe', description: 'Centro de llamadas en Ciudad de Panamá. Requisito: certificación de inglés con nosotros, el curso cuesta B/. 150.', iscoCode: '4222', blocks: ['worker_fee'] },
  { country: 'PA', title: 'Ayudantes de construcción', description: 'Constructora en San Miguelito contrata ayudantes. Cada trabajador debe comprar sus botas y casco con la empresa, $45, descontados del primer pago.', iscoCode: '9313', blocks: ['worker_fee'] },
  { country: 'PA', title: 'Conductores de plataforma', description: 'Maneja con nosotros y gana. Te cobramos $60 de registro y la calcomanía del carro. Inicia esta misma semana.', iscoCode: '8322', blocks: ['worker_fee'] },
  { country: 'PA', title: 'Limpieza de oficinas', description: 'Empresa de limpieza busca personal. El aspirante tiene que abonar $25 de gastos administrativos al entregar su hoja de vida.', iscoCode: '9112', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Vacantes en hotel de Antigua', description: 'Hotel en Antigua contrata recamareras y meseros. Se requiere aporte de Q200 para el seguro y el uniforme, pagadero en la primera semana.', iscoCode: '5131', blocks: ['worker_fee'] },
  { country: 'CR', title: 'Oficiales de seguridad', description: 'Empresa de seguridad en La Cruz. Para el curso de portación de armas hay una cuota de inscripción; el monto se indica en la entrevista.', iscoCode: '5414', blocks: ['worker_fee'] },
  { country: 'HN', title: 'Ayudantes de albañil', description: 'Ocupamos ayudantes de albañil. Se les descontará del primer pago la herramienta y los materiales que se les entreguen, L 700.', iscoCode: '9313', blocks: ['worker_fee'] },
  { country: 'GT', title: 'Trabajo en finca cafetalera', description: 'Finca en Huehuetenango necesita cortadores de café. Deben d e p o s i t a r Q100 para el transporte y la inscripción en la planilla.', iscoCode: '9211', blocks: ['worker_fee'] },

  // ——— identity documents ———
  { country: 'GT', title: 'Empleo inmediato en fábrica', description: 'Fábrica de plásticos contrata. Envíe foto de su DPI por ambos lados y su número de cuenta al WhatsApp 5544-3322 para generar el contrato.', iscoCode: '8142', blocks: ['identity_documents'], flags: ['private_contact_only'] },
  { country: 'GT', title: 'Meseros para eventos', description: 'Se necesitan meseros. El primer día debe dejar su DPI original con el supervisor; se le devuelve al terminar la temporada.', iscoCode: '5131', blocks: ['identity_documents'] },
  { country: 'CR', title: 'Recolectores de naranja', description: 'Finca en Upala contrata recolectores. La empresa guarda la cédula o el pasaporte de cada trabajador mientras dure la cosecha.', iscoCode: '9211', blocks: ['identity_documents'] },
  { country: 'CR', title: 'Misceláneas para casas', description: 'Agencia de empleadas domésticas. Enviar una selfie sosteniendo su cédula y una foto de la cédula por detrás a nuestro correo de reclutamiento.', iscoCode: '9111', blocks: ['identity_documents'] },
  { country: 'CR', title: 'Operarios para planta', description: 'Planta en Alajuela contrata. Requisitos: hoja de delincuencia, entregar el pasaporte o DIMEX original, que queda en custodia de la empresa.', iscoCode: '8219', blocks: ['identity_documents'] },
  { country: 'HN', title: 'Empacadores de camarón', description: 'Empacadora en Choluteca contrata. Mandar foto de la tarjeta de identidad y partida de nacimiento por WhatsApp para apartar su lugar.', iscoCode: '9329', blocks: ['identity_documents'], flags: ['private_contact_only'] },
  { country: 'HN', title: 'Guardias de seguridad', description: 'Empresa de seguridad contrata guardias. Su DNI original se retiene como garantía del arma y el uniforme asignados.', iscoCode: '5414', blocks: ['identity_documents'] },
  { country: 'HN', title: 'Cajeras para farmacia', description: 'Cadena de farmacias contrata cajeras. Adjuntar copia escaneada de la tarjeta de identidad con la solicitud enviada al número 3322-1100.', iscoCode: '5230', blocks: ['identity_documents'], flags: ['private_contact_only'] },
  { country: 'PA', title: 'Ayudantes generales', description: 'Empresa en Colón contrata ayudantes. Enviar foto de la cédula de frente y reverso para el registro previo, sin eso no hay entrevista.', iscoCode: '9329', blocks: ['identity_documents'] },
  { country: 'PA', title: 'Trabajo en hotel de playa', description: 'Hotel en Coronado contrata camareras. El pasaporte de los extranjeros quedará bajo resguardo de la gerencia durante el contrato.', iscoCode: '9112', blocks: ['identity_documents'] },
  { country: 'PA', title: 'Digitadores', description: 'Trabajo sencillo desde casa. Escanee su cédula y mándela junto con su hoja de vida a reclutamiento.panama@gmail.com para ser seleccionado.', iscoCode: '4132', blocks: ['identity_documents'] },
  { country: 'GT', title: 'Cocineros para restaurante', description: 'Restaurante en Xela contrata. Los papeles del trabajador (DPI, tarjeta de salud) se quedan con la empresa hasta cumplir seis meses.', iscoCode: '5120', blocks: ['identity_documents'] },
  { country: 'CR', title: 'Peones agrícolas', description: 'Ocupamos peones para la zafra. Se recoge el carnet de refugiado o de solicitante a cada uno para tramitar su permiso; se devuelve al final.', iscoCode: '9211', blocks: ['identity_documents'] },
  { country: 'HN', title: 'Bodeguero con moto', description: 'Ocupamos bodeguero con moto. Entregue sus documentos personales originales el día de ingreso, la empresa los guarda en su expediente.', iscoCode: '4321', blocks: ['identity_documents'] },
  { country: 'GT', title: 'Auxiliar de bodega', description: 'Auxiliar de bodega para zona 12. Adjunte fotografía del DPI y de su licencia en el formulario para verificar antecedentes antes de la entrevista.', iscoCode: '4321', blocks: ['identity_documents'] },

  // ——— work abroad, unverified organisation ———
  { country: 'GT', title: 'Trabajo en Estados Unidos', description: 'Trabajo en Estados Unidos en empacadoras de carne. Pasaje y visa pagados, solo necesitas ganas de trabajar.', iscoCode: '9329', blocks: ['work_abroad'] },
  { country: 'GT', title: 'Jornaleros para Canadá', description: 'Reclutamos jornaleros para la cosecha de fresa en Canadá, contrato de seis meses, vuelo y hospedaje cubiertos por el patrono.', iscoCode: '9211', blocks: ['work_abroad'] },
  { country: 'GT', title: 'Empleos en México', description: 'Hay chamba en México para soldadores y ayudantes, te llevamos y te conseguimos el permiso. Salida cada quince días desde la capital.', iscoCode: '7212', blocks: ['work_abroad'] },
  { country: 'HN', title: 'Visas de trabajo H2B', description: 'Aplique a visas de trabajo H-2B para jardinería en Texas. Nosotros hacemos todo el trámite y la entrevista en la embajada.', iscoCode: '6113', blocks: ['work_abroad'] },
  { country: 'HN', title: 'Enfermeras para España', description: 'Se buscan enfermeras para trabajar en España con contrato indefinido; te ayudamos con la homologación y el boleto de avión.', iscoCode: '3221', blocks: ['work_abroad'] },
  { country: 'HN', title: 'Cuidadoras de ancianos en Italia', description: 'Oportunidad para cuidadoras: viaja a Italia y gana en euros. Te damos el pasaje y el alojamiento el primer mes.', iscoCode: '5322', blocks: ['work_abroad'] },
  { country: 'CR', title: 'Brete afuera', description: 'Te llevamos al extranjero a trabajar en cruceros, pura vida. Boletos aéreos por cuenta de la naviera.', iscoCode: '5131', blocks: ['work_abroad'] },
  { country: 'CR', title: 'Plazas en Panamá', description: 'Plazas disponibles en Panamá para construcción en el canal, con transporte desde Paso Canoas y alojamiento.', iscoCode: '9313', blocks: ['work_abroad'] },
  { country: 'PA', title: 'Trabajo en cruceros', description: 'Trabaja a bordo en cruceros por el Caribe, salida desde Miami, visa de tripulante y tiquetes de avión incluidos.', iscoCode: '5131', blocks: ['work_abroad'] },
  { country: 'PA', title: 'Meseros para Dubái', description: 'Contratamos meseros para hoteles en Dubai, salario en dólares, sin experiencia, te tramitamos la visa.', iscoCode: '5131', blocks: ['work_abroad'] },
  { country: 'GT', title: 'Ayudantes de cocina', description: 'Ayudantes de cocina para restaurante. El trabajo es fuera del país, los detalles se dan en persona.', iscoCode: '9412', workAbroad: true, blocks: ['work_abroad'] },
  { country: 'CR', title: 'Trabajo en fincas de Nicaragua', description: 'Se ocupa gente para trabajar en fincas de Nicaragua, salimos el lunes desde Los Chiles, comida incluida.', iscoCode: '9211', blocks: ['work_abroad'] },
  { country: 'HN', title: 'Meseras', description: 'Meseras para restaurante en El Salvador, te pagamos el bus y te damos cuarto. Contrato por temporada.', iscoCode: '5131', blocks: ['work_abroad'] },
  { country: 'PA', title: 'Personal para fábricas', description: 'Personal para fábricas en Corea y Japón. Emigra legalmente, nosotros gestionamos tu visa y tu permiso de trabajo.', iscoCode: '8219', blocks: ['work_abroad'] },
  { country: 'GT', title: 'Albañiles', description: 'Albañiles con experiencia para obra. Lugar de trabajo: Belice, pago quincenal en dólares beliceños.', iscoCode: '7112', blocks: ['work_abroad'] },

  // ——— work abroad from a verified organisation: an officer decides ———
  { country: 'GT', title: 'Programa de trabajo temporal agrícola', description: 'Programa de trabajadores agrícolas temporales en Canadá en convenio con el Ministerio de Trabajo. Boletos de avión cubiertos por el empleador.', iscoCode: '9211', organisation: verified, flags: ['work_abroad_needs_approval'] },
  { country: 'HN', title: 'Soldadores', description: 'Empresa certificada recluta soldadores para trabajar en México por un año; visa de trabajo tramitada por la empresa.', iscoCode: '7212', organisation: verified, flags: ['work_abroad_needs_approval'] },
  { country: 'CR', title: 'Cocineros', description: 'Cadena hotelera con sedes en la región busca cocineros para su hotel en Panamá, con traslado incluido.', iscoCode: '5120', organisation: verified, flags: ['work_abroad_needs_approval'] },
  { country: 'PA', title: 'Técnicos de mantenimiento', description: 'Técnicos de mantenimiento de aires acondicionados para proyecto en Costa Rica de tres meses.', iscoCode: '7127', organisation: verified, workAbroad: true, flags: ['work_abroad_needs_approval'] },
  { country: 'GT', title: 'Cortadores de caña', description: 'Cortadores de caña para la zafra. La finca está en Chiapas, México; el transporte sale desde Tecún Umán.', iscoCode: '9211', organisation: verified, workAbroad: true, flags: ['work_abroad_needs_approval'] },
  { country: 'HN', title: 'Enfermeros', description: 'Hospital privado contrata enfermeros para trabajar en Estados Unidos mediante visa de trabajo patrocinada.', iscoCode: '3221', organisation: verified, flags: ['work_abroad_needs_approval'] },

  // ——— pay far above the usual ———
  { country: 'GT', title: 'Limpieza de casas', description: 'Se necesita señora para limpieza de casa en zona 15, de lunes a viernes, trato familiar.', iscoCode: '9111', salary: pay(18_000, 25_000), flags: ['pay_above_usual'] },
  { country: 'CR', title: 'Misceláneo', description: 'Misceláneo para oficina en Escazú. Funciones de limpieza y mandados, horario diurno.', iscoCode: '9112', salary: pay(1_400_000, 1_800_000), flags: ['pay_above_usual'] },
  { country: 'HN', title: 'Ayudante de bodega', description: 'Ayudante de bodega para cargar y descargar camiones en San Pedro Sula, turno de día.', iscoCode: '9333', salary: pay(1_800, 2_500, 'day'), flags: ['pay_above_usual'] },
  { country: 'PA', title: 'Mesera', description: 'Mesera para restaurante en Calidonia, turnos rotativos, buen ambiente de trabajo.', iscoCode: '5131', salary: pay(30, 40, 'hour'), flags: ['pay_above_usual'] },
  { country: 'GT', title: 'Repartidor', description: 'Repartidor de paquetería con moto propia en la capital. Ganarás Q18,000 al mes más bonificaciones.', iscoCode: '8321', flags: ['pay_above_usual'] },
  { country: 'HN', title: 'Niñera', description: 'Niñera para dos niños en Tegucigalpa, te pagamos L 20,000 a la semana, trato excelente.', iscoCode: '5311', flags: ['pay_above_usual'] },
  { country: 'CR', title: 'Peón de finca', description: 'Peón para finca ganadera en San Carlos. Salario de ₡3 500 000 mensuales con casa incluida.', iscoCode: '9211', flags: ['pay_above_usual'] },
  { country: 'PA', title: 'Recepcionista', description: 'Recepcionista para clínica dental. Sueldo de $ 4,500 mensuales desde el primer mes.', iscoCode: '4226', flags: ['pay_above_usual'] },
  { country: 'GT', title: 'Empacador', description: 'Empacador para bodega de granos, pago de Q3,500 semanales, trabajo fijo.', iscoCode: '9321', flags: ['pay_above_usual'] },
  { country: 'HN', title: 'Lavadores de carros', description: 'Car wash en La Ceiba contrata lavadores, se paga $ 2,000 al mes en efectivo.', iscoCode: '9122', flags: ['pay_above_usual'] },

  // ——— no pay ———
  { country: 'CR', title: 'Ayudante de soda', description: 'Se busca ayudante para soda en La Cruz. Es ad honorem los primeros tres meses mientras aprende el oficio.', iscoCode: '9412', flags: ['pay_missing'] },
  { country: 'GT', title: 'Trabajadora doméstica', description: 'Muchacha para oficios domésticos, puertas adentro. Se le da cuarto y comida a cambio de su trabajo.', iscoCode: '9111', salary: toAgree, flags: ['pay_missing'] },
  { country: 'HN', title: 'Ayudante de mecánico', description: 'Ayudante de taller mecánico en Comayagüela, trabajo sin sueldo al principio, después se ve.', iscoCode: '7231', flags: ['pay_missing'] },
  { country: 'PA', title: 'Promotores de eventos', description: 'Promotores para discoteca, pago solo con propinas y tragos gratis durante el evento.', iscoCode: '5242', flags: ['pay_missing'] },
  { country: 'GT', title: 'Pasantía en oficina', description: 'Pasantía en oficina contable, práctica no remunerada de seis meses, horario completo.', iscoCode: '4311', flags: ['pay_missing'] },
  { country: 'CR', title: 'Cuidadora de adulto mayor', description: 'Cuidadora para señora mayor en Liberia, el salario se conversa en la entrevista.', iscoCode: '5322', salary: toAgree, flags: ['pay_missing'] },
  { country: 'HN', title: 'Vendedores de ruta', description: 'Vendedores para ruta de abarrotes, pago a convenir según lo que vendan.', iscoCode: '5243', salary: pay(0, 0), flags: ['pay_missing'] },
  { country: 'PA', title: 'Voluntarios para construcción', description: 'Trabajo voluntario en obra de construcción de lunes a sábado, te damos el almuerzo.', iscoCode: '9313', flags: ['pay_missing'] },

  // ——— private contact only ———
  { country: 'GT', title: 'Cajeros', description: 'Supermercado contrata cajeros para la zona 18, horario rotativo, trabajo estable.', howToApply: 'Escribir únicamente por WhatsApp al 4455-6677.', iscoCode: '5230', flags: ['private_contact_only'] },
  { country: 'CR', title: 'Saloneros', description: 'Restaurante en Escazú busca saloneros con experiencia para fines de semana.', howToApply: 'Mandame mensaje al 8765-4321', iscoCode: '5131', flags: ['private_contact_only'] },
  { country: 'HN', title: 'Despachadores de gasolinera', description: 'Gasolinera en Villanueva busca despachadores. Interesados escribir al wasap 9988-7766 con su nombre.', iscoCode: '5245', flags: ['private_contact_only'] },
  { country: 'PA', title: 'Ayudante de cocina', description: 'Ayudante de cocina para fonda en Juan Díaz, de lunes a sábado.', howToApply: 'Contacto solo por Telegram: @chambas_pty', iscoCode: '9412', flags: ['private_contact_only'] },
  { country: 'GT', title: 'Pilotos repartidores', description: 'Pilotos con licencia tipo B para repartir en la capital. Info por inbox, no llamadas.', iscoCode: '8322', flags: ['private_contact_only'] },
  { country: 'CR', title: 'Cuidadora', description: 'Cuidadora de niños en Heredia, medio tiempo por las tardes.', howToApply: 'WhatsApp +506 6123 4567', iscoCode: '5311', flags: ['private_contact_only'] },
  { country: 'HN', title: 'Operarios', description: 'Operarios para fábrica de bloques. Más información exclusivamente vía WhatsApp.', iscoCode: '8114', flags: ['private_contact_only'] },
  { country: 'PA', title: 'Conserje', description: 'Conserje para edificio en Obarrio, turno nocturno.', howToApply: 'Escríbeme al 6677-8899 por whats', iscoCode: '9112', flags: ['private_contact_only'] },

  // ——— too good to be true ———
  { country: 'GT', title: '¡Urgen asesores!', description: 'URGEN asesores telefónicos, no se necesita experiencia, excelente salario y bonos semanales. ¡Empieza mañana!', iscoCode: '4222', flags: ['too_good_to_be_true'] },
  { country: 'CR', title: 'Trabajo desde casa', description: 'Dinero fácil desde tu celular, sin experiencia, solo unas horas al día. ¡Cupos limitados!', iscoCode: null, flags: ['too_good_to_be_true'] },
  { country: 'HN', title: 'Vendedores', description: 'Gana hasta L 60,000 al mes vendiendo desde tu casa, te enseñamos todo. Contratación inmediata.', iscoCode: '5243', flags: ['too_good_to_be_true', 'pay_above_usual'] },
  { country: 'PA', title: 'Chamba rápida', description: 'Chamba rápida y muy bien pagada, cero experiencia, inicias hoy mismo.', iscoCode: null, flags: ['too_good_to_be_true'] },
  { country: 'GT', title: 'Digitadores', description: 'Digitadores sin experiencia, pago diario desde Q400, últimas plazas disponibles.', iscoCode: '4132', flags: ['too_good_to_be_true'] },
  { country: 'CR', title: 'Asistentes virtuales', description: 'Asistentes virtuales, no requiere experiencia, ganás en dólares, urgente.', iscoCode: '4120', flags: ['too_good_to_be_true'] },
  { country: 'HN', title: 'Encuestadores', description: 'Encuestadores, sin estudios ni experiencia, ingresos altos, contratación inmediata en San Pedro Sula.', iscoCode: '4227', flags: ['too_good_to_be_true'] },
  { country: 'PA', title: 'Empaque de productos', description: 'Empaque de productos desde casa, ganancias garantizadas, no importa la experiencia.', iscoCode: '9329', flags: ['too_good_to_be_true'] },

  // ——— age or gender targeting ———
  { country: 'GT', title: 'Recepcionistas', description: 'Se buscan señoritas de 18 a 25 años para recepción de hotel, buena presencia indispensable.', iscoCode: '4224', flags: ['age_or_gender_targeting'] },
  { country: 'CR', title: 'Dependientas', description: 'Tienda de ropa en Mall San Pedro busca dependientas, solo mujeres, edad máxima 28 años.', iscoCode: '5223', flags: ['age_or_gender_targeting'] },
  { country: 'HN', title: 'Cajeras', description: 'Cajeras para restaurante, sexo femenino, solteras y sin hijos, disponibilidad inmediata.', iscoCode: '5230', flags: ['age_or_gender_targeting'] },
  { country: 'PA', title: 'Impulsadoras', description: 'Impulsadoras para supermercados, jóvenes de 18 a 24, delgadas y de buena apariencia, enviar foto de cuerpo completo.', iscoCode: '5242', flags: ['age_or_gender_targeting'] },
  { country: 'GT', title: 'Meseras', description: 'Necesitamos patojas para mesera en restaurante de la zona 1, edad entre 18 y 23 años.', iscoCode: '5131', flags: ['age_or_gender_targeting'] },
  { country: 'CR', title: 'Asistente de oficina', description: 'Asistente de oficina, preferiblemente mujer menor de 30 años, buena presencia.', iscoCode: '4110', flags: ['age_or_gender_targeting'] },
  { country: 'HN', title: 'Ayudantes de carga', description: 'Se solicitan varones de 18 a 30 años para carga y descarga en la zona libre.', iscoCode: '9333', flags: ['age_or_gender_targeting'] },
  { country: 'PA', title: 'Secretaria', description: 'Secretaria ejecutiva, muy guapa, soltera, no mayor de 27 años.', iscoCode: '4120', flags: ['age_or_gender_targeting'] },

  // ——— high-risk work ———
  { country: 'GT', title: 'Edecanes para eventos', description: 'Agencia busca edecanes para ferias y eventos privados, excelente pago por evento.', iscoCode: '5242', flags: ['high_risk_work'] },
  { country: 'CR', title: 'Masajistas', description: 'Spa en San José contrata masajistas, horario nocturno, no se requiere título.', iscoCode: '5142', flags: ['high_risk_work'] },
  { country: 'HN', title: 'Bailarinas', description: 'Se buscan bailarinas para club en San Pedro Sula, hospedaje incluido.', iscoCode: '2653', flags: ['high_risk_work'] },
  { country: 'PA', title: 'Damas de compañía', description: 'Agencia VIP busca damas de compañía para ejecutivos, ingresos en dólares.', iscoCode: null, flags: ['high_risk_work'] },
  { country: 'GT', title: 'Modelos webcam', description: 'Estudio de modelos webcam en la zona 9, turnos de 6 horas, te capacitamos.', iscoCode: null, flags: ['high_risk_work'] },
  { country: 'CR', title: 'Anfitrionas para bar', description: 'Bar en Liberia busca anfitrionas para atención a caballeros, pago por noche.', iscoCode: '5131', flags: ['high_risk_work'] },
  { country: 'HN', title: 'Meseras para cantina', description: 'Ocupamos meseras para cantina en Choloma, con cuarto.', iscoCode: '5131', flags: ['high_risk_work'] },
  { country: 'PA', title: 'Acompañantes para eventos', description: 'Acompañantes para cenas y viajes de negocios, discreción total.', iscoCode: null, flags: ['high_risk_work'] },
  { country: 'GT', title: 'Casting de modelos', description: 'Casting de modelos para catálogo de lencería, chicas de 18 a 22.', iscoCode: null, flags: ['high_risk_work', 'age_or_gender_targeting'] },

  // ——— same text from several accounts ———
  { country: 'GT', title: 'Ayudante general', description: 'Ayudante general para bodega, horario de 7 a 17 horas, pago quincenal, prestaciones de ley.', iscoCode: '9321', sameTextOrganisations: 3, flags: ['duplicate_text'] },
  { country: 'HN', title: 'Operarios', description: 'Operarios de producción para planta textil, turnos rotativos, transporte incluido.', iscoCode: '8153', sameTextOrganisations: 1, flags: ['duplicate_text'] },
  { country: 'CR', title: 'Cocinero', description: 'Cocinero para restaurante de comida típica, experiencia de un año, horario de 6 a 14.', iscoCode: '5120', sameTextOrganisations: 5, flags: ['duplicate_text'] },
  { country: 'PA', title: 'Chofer', description: 'Chofer con licencia comercial para reparto en la ciudad, horario diurno, lunes a sábado.', iscoCode: '8322', sameTextOrganisations: 2, flags: ['duplicate_text'] },

  // ——— new organisation, many offers ———
  { country: 'GT', title: 'Vendedores de piso', description: 'Vendedores para tienda de electrodomésticos en Villa Nueva, horario de centro comercial.', iscoCode: '5223', organisation: { ageDays: 3, offersLastWeek: 12 }, flags: ['new_organisation_many_offers'] },
  { country: 'CR', title: 'Peones', description: 'Peones para limpieza de potreros en Los Chiles, pago semanal.', iscoCode: '9211', organisation: { ageDays: 9, offersLastWeek: 6 }, flags: ['new_organisation_many_offers'] },
  { country: 'HN', title: 'Meseros', description: 'Meseros para restaurante nuevo en Roatán, con experiencia en atención al turista.', iscoCode: '5131', organisation: { ageDays: 1, offersLastWeek: 20 }, flags: ['new_organisation_many_offers'] },
  { country: 'PA', title: 'Guardias', description: 'Guardias de seguridad para urbanización en Arraiján, turnos de 12 horas.', iscoCode: '5414', organisation: { ageDays: 20, offersLastWeek: 5 }, flags: ['new_organisation_many_offers'] },

  // ——— several signs at once ———
  { country: 'GT', title: 'Señoritas para trabajo en México', description: 'Se buscan señoritas de buena presencia para trabajar en Cancún como edecanes, pasaje pagado, solo pagás Q500 de trámite. Info solo por WhatsApp.', iscoCode: null, blocks: ['worker_fee', 'work_abroad'], flags: ['age_or_gender_targeting', 'high_risk_work', 'private_contact_only'] },
  { country: 'HN', title: 'Cipotas para restaurante', description: 'Urgen cipotas sin experiencia para restaurante, te pagamos L 60,000 al mes, solo mandá foto de tu tarjeta de identidad al 9911-2233.', iscoCode: '5131', blocks: ['identity_documents'], flags: ['age_or_gender_targeting', 'too_good_to_be_true', 'pay_above_usual', 'private_contact_only'] },
  { country: 'CR', title: 'Chicas para bar en Panamá', description: 'Chicas para bar en Panamá, viaje y hospedaje incluidos, la empresa guarda tu pasaporte por seguridad.', iscoCode: null, blocks: ['work_abroad', 'identity_documents'], flags: ['high_risk_work', 'age_or_gender_targeting'] },
  { country: 'PA', title: 'Modelos para fotografía', description: 'Modelos para fotografía, edad de 17 a 21, sesión de prueba con costo de $80 que se reembolsa si quedás.', iscoCode: null, blocks: ['worker_fee'], flags: ['high_risk_work', 'age_or_gender_targeting'] },
  { country: 'GT', title: 'Trabajo fácil', description: 'Trabajo fácil y bien pagado, sin experiencia, inicio inmediato. Inscripción Q75. Contacto al 3344-5566.', iscoCode: null, salary: toAgree, blocks: ['worker_fee'], flags: ['too_good_to_be_true', 'pay_missing', 'private_contact_only'] },
  { country: 'HN', title: 'Empleadas domésticas', description: 'Empleadas domésticas para Guatemala, sin hijos, se les retiene el DNI hasta pagar el pasaje.', iscoCode: '9111', salary: toAgree, organisation: { ageDays: 5, offersLastWeek: 9 }, sameTextOrganisations: 2, blocks: ['work_abroad', 'identity_documents'], flags: ['age_or_gender_targeting', 'pay_missing', 'duplicate_text', 'new_organisation_many_offers'] },
];
