// The words of the worker_fee rule: what can be charged, how people say the worker pays,
// and what shows a payment is harmless. Kept apart from the rule so each list can be read
// (and added to) on its own.

import { AMOUNT } from '../amounts';
import { anyOf, near, word } from '../text-match';

// Things that are only ever a charge when money is mentioned with them.
export const FEE_THINGS = anyOf(
  'cuotas?(?! (?:de )?(?:ventas?|metas?|produccion|obrer\\w*|patronal\\w*))',
  'in?s?cri[pc]?[cs]ion(?:es)?',
  'matriculas?',
  'tramites?',
  'papeleria',
  'expedientes?',
  'gastos (?:administrativos|de (?:tramite|papeleria|inscripcion|gestion|reclutamiento|seleccion|visa|expediente|contratacion|proceso))',
  'kit(?: de inicio| inicial)?',
  'membresias?',
  'afiliacion',
  'fianzas?',
  '[vb]isas?',
  'visados?',
  'permisos? de trabajo',
  'gafetes?',
  'papeles',
  'credencial(?:es)?',
  'derecho de (?:entrada|inscripcion|ingreso|entrevista|examen)',
  'comision(?:es)? (?:de|por) (?:colocacion|reclutamiento|contratacion|agencia|ubicacion)',
);
// Things employers also give or pay for: a charge only with a stronger sign that the worker pays.
export const PROVIDED_THINGS = anyOf(
  'capa[cs]ita[cs]ion(?:es)?',
  'cursos?',
  'entrenamientos?',
  'induccion',
  'talleres?',
  'formacion',
  'h?uniformes?',
  'materiale?s?',
  'pasajes?',
  'boletos?',
  'tiquetes?',
  'vuelos?',
  'examen(?:es)? (?:medicos?|de sangre|de laboratorio|de salud|de orina|de heces)',
  'dep[oó]?[sc]itos?',
  'garantia',
  // ("carne" alone is meat: the ID card only as "carnet" or "carné de salud")
  'carnets?(?! de conducir)',
  'carne (?:de|del) (?:salud|manipulacion|manipulador|identificacion|empleado|trabajador|la empresa)',
  'herramientas?',
  'botas',
  'cascos?',
  'equipo de proteccion(?: personal)?',
);
export const ANY_THING = anyOf(FEE_THINGS, PROVIDED_THINGS);

// The worker is the one who pays: an obligation, an order, "we charge", a price, a deduction.
// (Voseo folds into the same words: "debés" → "debes", "tenés que" → "tenes que".)
const MUST = anyOf('debe', 'debes', 'deberas', 'debera', 'deberan', 'deben', 'tiene que', 'tienes que', 'tenes que', 'tienen que', 'tendra que', 'tendras que', 'hay que', 'requisito:?', 'es (?:necesario|obligatorio)', 'obligatorio', 'necesita', 'necesitas', 'necesitan', 'se requiere', 'requiere', 'favor de', 'por favor', 'para', 'solo', 'solamente', 'unicamente');
const TO_PAY = anyOf('pagar', 'cancelar', 'depositar', 'abonar', 'aportar', 'costear', 'sufragar', 'transferir', '(?:hacer|realizar) (?:un |el |su |tu )?(?:pago|deposito|aporte)');
// ("14 pagas", "pagas extra", Catalan "14 pagues": in Spain the yearly salary instalments, not "you pay".)
const PAYS = anyOf('pague', 'paguen', '(?<!(?:\\d|dos|doce|catorce|quince|las|sus|en|per) )pag(?:as|ues)(?! extras?| prorratead| anuales)', 'pagan', 'cancele', 'cancelen', 'cancela', 'deposite', 'depositen', 'depositas', 'deposita', 'abone', 'abonen', 'transfiera', 'transfieras');
const CHARGE = anyOf('cobr(?:o|amos|an|ara|aran|aremos|ar|ando|a)', 'se (?:le |te |les )?cobra(?:n|ra|ran)?', '(?:le|te|les) cobr[a-z]+');
const DEDUCTS = anyOf('descuentan?', 'descontara', 'descontaran', 'descontamos', 'descontaremos', 'descontad[oa]s?', 'rebaja(?:n|ra|ran|mos)?', 'rebajad[oa]s?');
export const WORKER_PAYS = anyOf(`${MUST} (?:de )?${TO_PAY}`, PAYS, CHARGE, DEDUCTS);
// A price put on the thing: "costo de la capacitación", "el uniforme tiene un valor de", "el curso cuesta".
export const PRICED = [
  word(`(?:costo|coste|precio|valor|descuento) (?:de|del|por) (?:la |el |los |las |su |tu )?${ANY_THING}`),
  word(`${ANY_THING}(?: [a-z]+){0,3} (?:(?:tiene|tendra|tienen|con|lleva) (?:un )?(?:costo|coste|valor|precio)|cuestan?)`),
];
// Weaker payment words ("pago de inscripción", "se paga la visa"): enough with the fee-only things.
export const PAYMENT = anyOf('pag(?:o|os|a|as|an|ar|ue|ues|uen|ara|aras|aran)', 'se pagan?');
// Buying what the job needs: "debes comprar tu kit", "adquiera su uniforme".
export const BUY = anyOf(`${MUST} (?:de )?(?:comprar|adquirir)`, 'compre', 'compres', 'compren', 'adquiera', 'adquieras', 'adquieran', 'compra de');
export const BOUGHT = anyOf('kit', 'botas', 'cascos?', 'herramientas?', 'equipo de proteccion(?: personal)?', 'paquete(?: de inicio| inicial)?', 'h?uniformes?', 'materiale?s?(?: de trabajo)?', 'catalogos?', 'productos? (?:para (?:vender|revender|empezar|iniciar)|iniciales?|de inicio)', 'mercaderia inicial');

// Asking for money outright, whatever it is called.
export const OUTRIGHT = [
  'pago (?:unico|inicial|previo|por adelantado|anticipado)',
  'pago de (?:ingreso|entrada|admision)',
  'inversion (?:inicial|minima)',
  'cuota (?:de )?(?:inscripcion|ingreso|afiliacion|admision|reclutamiento|unica|inicial)',
  'dep[oó]?[sc]ito (?:de garantia|en garantia|inicial|previo|reembolsable|unico)',
  'costo (?:de|del) (?:tramite|reclutamiento|proceso|expediente|inscripcion|visa|papeleria)',
  `${MUST} (?:hacer|realizar) (?:un |una )?(?:pago|deposito|aporte|transferencia)`,
  `${anyOf('pedimos', 'pide', 'piden', 'se pide', 'solicitamos', 'se solicita', 'requerimos')} (?:un |una )?(?:pequen[oa] )?(?:deposito|pago|aporte|cuota|colaboracion economica|contribucion)`,
  `${anyOf('debe', 'debes', 'deberas', 'debera', 'deben', 'tiene que', 'tienes que', 'hay que', 'necesitas')} (?:pagar|depositar|abonar|invertir|transferir)(?! (?:a|al|el|los|las|la) (?:clientes?|proveedores?|salario))`,
  // an agency's cut: "comisión por conseguirte trabajo", "el 10 % de tu primer salario"
  'comision(?:es)? (?:por|de) (?:conseguir|colocar|ubicar|encontrar|buscar)[a-z]*',
  '(?:\\d+ ?%|porcentaje|parte) (?:de|del) (?:tu |su )?primer (?:salario|sueldo|pago|mes)',
  // a debt for the trip or the papers, paid back with work: how debt bondage starts
  `(?:te|le|les) (?:prestamos|adelantamos|financiamos)(?: [a-z]+){0,3} (?:viaje|pasaje|boleto|vuelo|visa|tramites?|traslado)`,
  '(?:lo |la |los |las )?(?:pagas|pagues|pagaras|pagan|reponen|repones|devuelves) con (?:tu|su|sus|tus) (?:trabajo|salario|sueldo|primeros? (?:pagos?|salarios?|sueldos?))',
];

// Words that mean the money goes to the worker: "bono de Q500 por capacitación".
export const TO_WORKER = '(?<![a-z])' + anyOf('bonos?', 'bonificacion(?:es)?', 'incentivos?', 'viaticos?', 'salario', 'sueldo', 'retribucion', 'remuneracion', 'brut[oa]s?', 'net[oa]s?', 'ganas', 'ganaras', 'recibes', 'recibiras', 'pagamos', 'te pagamos', 'premios?', 'becas?', 'apoyo economico', 'subsidio', 'comision(?:es)?(?! (?:de|por) (?:colocacion|reclutamiento|contratacion|agencia|ubicacion))');

export const AMOUNT_NEAR_THING = [
  new RegExp(`(?<![a-z0-9])${ANY_THING}(?: [a-z]+){0,4}?(?: ?(?:de|:|=|por|a|en|con (?:un )?(?:costo|valor|precio) de))? ?${AMOUNT}`),
  new RegExp(`${AMOUNT} (?:de|por|para|del|por el|por la|para el|para la|en) ${ANY_THING}(?![a-z0-9])`),
  new RegExp(`(?<![a-z0-9])${anyOf('costo', 'coste', 'cuota', 'inversion', 'aporte', 'colaboracion', 'contribucion', 'donacion', 'dep[oó]?[sc]ito', 'derecho')}(?: ?(?:de|:|total de|unico de|unica de|minim[oa] de))? ?${AMOUNT}`),
  // (bare orders too, as ads write them: "Depositar L 500", "Traer Q100 para…"; a salary is told apart by its period)
  ...near(anyOf(`${MUST} (?:de )?${TO_PAY}`, TO_PAY, 'traer', 'traiga', 'trae', 'llevar', 'lleve', 'presentarse con', 'presentate con', PAYS, '(?<!(?:la|buena|excelente|su|tu|de|una|mejor|con|y) )paga(?!:)', 'cobramos', 'cobraremos', '(?:le|te|les) cobr[a-z]+', 'se (?:le |te |les )?cobra(?:n|ra|ran)?', 'envi(?:a|e|as|es|ar|anos|enos)', 'mand(?:a|e|as|es|ar|anos|enos)'), AMOUNT, 4, false),
  // money sent to hold a place, or through a transfer channel
  ...near(anyOf('(?:reservar|apartar|asegurar|separar|guardar) (?:tu |su |el |la )?(?:plaza|cupo|lugar|puesto|espacio|vacante)', 'sinpe(?: movil)?', 'tigo money', 'western union', 'remesa', 'yappy', 'nequi', 'a la cuenta', 'cuenta bancaria', 'numero de cuenta'), AMOUNT, 5),
];

// Shows the worker does not pay: it is free, or the company pays for it. Cancels any finding.
export const FREE_OR_PAID_BY_COMPANY = [
  word('gratis|gratuit[oa]s?|sin (?:ningun |ninguna |algun )?(?:costo|coste|cargo|cobro|pago)|libre de (?:costo|cargo|pago)s?|cero costo|costo cero|no (?:tiene|tendra|genera|implica) (?:ningun )?(?:costo|cobro|cargo)'),
  // the company pays
  word(`${anyOf('la empresa', 'el empleador', 'el patrono', 'el patron', 'la compania', 'nosotros', 'la organizacion', 'la institucion', 'la finca', 'la cooperativa', 'la municipalidad', 'el proyecto', 'el programa', 'el hotel', 'el restaurante', 'la tienda')}(?: [a-z]+){0,2} ${anyOf('paga', 'pagara', 'pagan', 'cubre', 'cubrira', 'cubren', 'asume', 'asumira', 'costea', 'financia', 'aporta', 'deposita', 'reembolsa', 'devuelve')}`),
  word(`(?:por cuenta|a cargo|a costa|cortesia) (?:de|del) ${anyOf('la empresa', 'el empleador', 'empleador', 'el patrono', 'patrono', 'la compania', 'nosotros', 'la casa')}`),
  word(`(?:pagad|cubiert|proporcionad|financiad|costead|otorgad|brindad|entregad|facilitad|suministrad)[oa]s? por ${anyOf('la empresa', 'el empleador', 'el patrono', 'la compania', 'nosotros')}`),
  word(anyOf('pagamos', 'cubrimos', 'reembolsamos')),
  // paid training means the worker is paid while learning
  word('(?:capacitacion|induccion|entrenamiento|formacion|curso)(?:es)? (?:remunerad[oa]s?|pagad[oa]s?|con goce)|(?:pago|salario|sueldo) durante (?:la |el )?(?:capacitacion|induccion|entrenamiento|formacion|curso)'),
  // the money is the job's subject matter, not the worker's: accounts, customers, social security
  word('proveedores|facturas?|facturacion|cuentas por (?:pagar|cobrar)|tesoreria|cobranzas?|cartera|nomina|planillas?|contabilidad|aduan[a-z]*|igss|ccss|ihss|seguro social|caja costarricense'),
  word('tarjetas? de (?:credito|debito)|tarjeta visa|visa (?:y|o) master(?:card)?|mastercard|datafonos?|punto de venta|pos'),
  word('(?:cobr[a-z]*|pag[a-z]*) (?:a |de )?(?:los )?clientes|clientes (?:paguen|pagan|pague)|(?:te|le|les) pag(?:an|amos|aremos|aran)'),
];

// Shows the company provides the thing ("la empresa proporciona el uniforme", "incluye
// capacitación"). Cancels a payment word near a thing, but not a sum of money or a plain
// demand for a deposit: "te damos la chamba pero deposita L 1,500" is still a fee.
export const PROVIDED_BY_COMPANY = [
  word(`${anyOf('la empresa', 'el empleador', 'el patrono', 'el patron', 'la compania', 'nosotros', 'la organizacion', 'la institucion', 'la finca', 'la cooperativa', 'el proyecto', 'el hotel', 'el restaurante', 'la tienda')}(?: [a-z]+){0,2} ${anyOf('proporciona', 'proporcionara', 'da', 'dara', 'brinda', 'brindara', 'entrega', 'entregara', 'otorga', 'regala', 'facilita', 'provee', 'incluye')}`),
  word(anyOf('proporcionamos', 'brindamos', 'entregamos', 'damos', 'otorgamos', 'facilitamos', 'regalamos', 'incluimos', 'dotamos', 'se (?:le |te |les )?(?:da|dan|proporciona|proporcionan|entrega|entregan|brinda|brindan|otorga|dota|facilita|regala)')),
  word('incluid[oa]s?|incluye'),
];
