import type { OfferInput, Sector, skillLevels } from '@solidaria/core';
import { escazuOffers } from './demo-offers-escazu';
import { esquipulasOffers } from './demo-offers-esquipulas';
import { hondurasOffers } from './demo-offers-honduras';
import { laCruzOffers } from './demo-offers-la-cruz';
import { sanCarlosOffers } from './demo-offers-san-carlos';
import { panamaOffers } from './demo-offers-panama';
import { upalaLosChilesOffers } from './demo-offers-upala-los-chiles';
import { villaNuevaOffers } from './demo-offers-villa-nueva';

/*
 * The quick-start demo's employers and their job offers: invented organisations, offers
 * of our own writing, so that `npm start` shows a living job board across the nine
 * municipalities of the programme. Pay follows each country's minimum wages of 2026
 * (Costa Rica's decree of the CNS, Guatemala's Acuerdo Gubernativo 256-2025, Honduras's
 * 2025 table still in force, Panama's Decreto Ejecutivo 13 of 2025). Phone numbers use
 * the country's prefix followed by a 0, which no operator is assigned: they ring nobody.
 */

export type SkillLevel = (typeof skillLevels)[number];

export interface DemoOrganisation {
  key: string;
  name: string;
  sector: Sector;
  municipalitySlug: string;
  taxId: string;
  description: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
}

export interface DemoOffer {
  /** The `key` of the DemoOrganisation that posts it. */
  organisation: string;
  municipalitySlug: string;
  occupationUri: string | null;
  skills: { uri: string; level: SkillLevel; required: boolean }[];
  closesInDays: number;
  fields: Omit<OfferInput, 'municipalityId' | 'occupationId' | 'skills' | 'closesOn'>;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'llanuras-del-zapote',
    name: 'Agrícola Llanuras del Zapote S.A.',
    sector: 'agriculture',
    municipalitySlug: 'upala',
    taxId: '3-101-745218',
    description:
      'Finca de piña, yuca y ganado de leche entre Upala y Los Chiles, con planta empacadora propia. Trabajamos de lunes a sábado, de madrugada en cosecha para evitar el calor. Todo el personal tiene seguro social (CCSS), póliza de riesgos del trabajo, aguinaldo y transporte desde Upala centro. Postularse es gratis.',
    contactEmail: 'empleo@llanurasdelzapote.example.org',
    contactPhone: '+50604701120',
    website: null,
  },
  {
    key: 'super-rio-frio',
    name: 'Súper y Panadería Río Frío S.R.L.',
    sector: 'retail',
    municipalitySlug: 'los-chiles',
    taxId: '3-102-779056',
    description:
      'Supermercado familiar con panadería y carnicería en el centro de Los Chiles, abierto todos los días. Los turnos son de ocho horas con un día libre a la semana. Ofrecemos CCSS, aguinaldo, vacaciones y uniforme. La postulación no tiene ningún costo.',
    contactEmail: 'personal@superriofrio.example.com',
    contactPhone: '+50604711385',
    website: null,
  },
  {
    key: 'brisas-de-salinas',
    name: 'Hotel Brisas de Salinas S.R.L.',
    sector: 'hospitality_tourism',
    municipalitySlug: 'la-cruz',
    taxId: '3-102-812334',
    description:
      'Hotel de 40 habitaciones frente a Bahía Salinas, con restaurante y escuela de kitesurf. Trabajamos por turnos rotativos de seis días con uno libre. Damos CCSS, aguinaldo, alimentación en el turno y transporte desde La Cruz centro. Postularse en Solidaria es gratuito.',
    contactEmail: 'talento@brisasdesalinas.example.org',
    contactPhone: '+50606791402',
    website: 'https://brisasdesalinas.example.org',
  },
  {
    key: 'cerro-platanar',
    name: 'Constructora Cerro Platanar S.A.',
    sector: 'construction',
    municipalitySlug: 'san-carlos',
    taxId: '3-101-655102',
    description:
      'Construimos viviendas de interés social, bodegas y caminos en San Carlos. La jornada es de lunes a viernes de 7 a. m. a 4 p. m. y sábados medio día, con pago semanal. Damos CCSS, póliza del INS, equipo de protección y aguinaldo. Aplicar no cuesta nada.',
    contactEmail: 'obras@cerroplatanar.example.com',
    contactPhone: '+50604601770',
    website: null,
  },
  {
    key: 'cuidar-en-casa',
    name: 'Asociación Cuidar en Casa',
    sector: 'care_health',
    municipalitySlug: 'escazu',
    taxId: '3-002-698421',
    description:
      'Asociación sin fines de lucro que acompaña a personas mayores y familias en sus casas de Escazú y Santa Ana. Las jornadas son de día, con horario fijo acordado con cada familia. Todo el personal tiene contrato por escrito, CCSS, aguinaldo y capacitación en primeros auxilios. Postularse es gratis.',
    contactEmail: 'equipo@cuidarencasa.example.org',
    contactPhone: '+50602288140',
    website: 'https://cuidarencasa.example.org',
  },
  {
    key: 'servicios-digitales-guachipelin',
    name: 'Centro de Servicios Digitales Guachipelín S.A.',
    sector: 'technology_call_centre',
    municipalitySlug: 'escazu',
    taxId: '3-101-803917',
    description:
      'Centro de servicio al cliente y soporte técnico para empresas de la región, con oficinas en Guachipelín de Escazú y parte del equipo en teletrabajo. Horarios de lunes a sábado en turnos de día. Ofrecemos CCSS, aguinaldo, capacitación pagada y equipo de trabajo. Postularse no cuesta nada.',
    contactEmail: 'reclutamiento@serviciosguachipelin.example.com',
    contactPhone: '+50602201960',
    website: 'https://serviciosguachipelin.example.com',
  },
  {
    key: 'hotel-tres-cerros',
    name: 'Hotel y Restaurante Los Tres Cerros, S.A.',
    sector: 'hospitality_tourism',
    municipalitySlug: 'esquipulas',
    taxId: '9871234-9',
    description:
      'Hotel de peregrinos y turistas a cuatro cuadras de la Basílica de Esquipulas, con restaurante y tienda de recuerdos. En enero y en Semana Santa contratamos más personal. Pagamos IGSS, bonificación incentivo, aguinaldo y bono 14. Postularse es gratuito.',
    contactEmail: 'recursoshumanos@trescerros.example.org',
    contactPhone: '+50207943310',
    website: null,
  },
  {
    key: 'finca-loma-pinabete',
    name: 'Finca Cafetalera Loma del Pinabete',
    sector: 'agriculture',
    municipalitySlug: 'esquipulas',
    taxId: '4560123-2',
    description:
      'Finca de café de altura con beneficio húmedo en las montañas de Esquipulas. La cosecha va de noviembre a febrero; el resto del año hay trabajo de poda, abono y vivero. Pagamos al día o por jornada con IGSS y bonificación incentivo, y damos agua, sombra y transporte desde el parque central. Aplicar no tiene costo.',
    contactEmail: 'finca@lomadelpinabete.example.org',
    contactPhone: '+50207941875',
    website: null,
  },
  {
    key: 'confecciones-barcena',
    name: 'Confecciones Textiles Bárcena, S.A.',
    sector: 'manufacturing',
    municipalitySlug: 'villa-nueva',
    taxId: '55102347-3',
    description:
      'Planta de confección de uniformes escolares y ropa de trabajo en Bárcena, Villa Nueva. Trabajamos de lunes a viernes de 7:00 a 16:30, sin turnos de noche. Pagamos IGSS, bonificación incentivo, aguinaldo, bono 14 y bono por producción, y hay comedor en la planta. Postularse es gratis.',
    contactEmail: 'empleo@confeccionesbarcena.example.com',
    contactPhone: '+50206631240',
    website: 'https://confeccionesbarcena.example.com',
  },
  {
    key: 'contacto-merendon',
    name: 'Centro de Contacto Merendón, S. de R.L.',
    sector: 'technology_call_centre',
    municipalitySlug: 'san-pedro-sula',
    taxId: '0501-9020-104567',
    description:
      'Centro de llamadas y atención por chat en el bulevar del Norte de San Pedro Sula, con clientes en Honduras y en el extranjero. Turnos de ocho horas entre las 7 a. m. y las 9 p. m., con dos días libres. Damos IHSS, RAP, décimo tercer y décimo cuarto mes, y capacitación pagada. Postularse no tiene costo.',
    contactEmail: 'talento@contactomerendon.example.com',
    contactPhone: '+50405502200',
    website: 'https://contactomerendon.example.com',
  },
  {
    key: 'automotriz-chamelecon',
    name: 'Servicios Automotrices del Chamelecón, S. de R.L.',
    sector: 'repair_maintenance',
    municipalitySlug: 'san-pedro-sula',
    taxId: '05019018233410',
    description:
      'Taller mecánico, llantera y lavado de vehículos en la salida a Chamelecón. Trabajamos de lunes a sábado de 7:30 a. m. a 5 p. m. Damos IHSS, décimo tercer y décimo cuarto mes, y herramienta del taller. Aplicar es gratis.',
    contactEmail: 'taller@automotrizchamelecon.example.org',
    contactPhone: '+50405571190',
    website: null,
  },
  {
    key: 'estetica-las-palmas',
    name: 'Estética y Barbería Las Palmas, S. de R.L.',
    sector: 'beauty',
    municipalitySlug: 'san-pedro-sula',
    taxId: '05019021098823',
    description:
      'Salón de belleza y barbería de barrio en la colonia Las Palmas, con clientela fija. Abrimos de martes a domingo de 9 a. m. a 7 p. m., y cada persona tiene dos días libres. Pagamos salario base más propinas, con IHSS y décimos. Postularse en Solidaria es gratis.',
    contactEmail: 'citas@esteticalaspalmas.example.com',
    contactPhone: '+50405530815',
    website: null,
  },
  {
    key: 'hotel-bahia-garzas',
    name: 'Hotel Bahía de las Garzas, S.A.',
    sector: 'hospitality_tourism',
    municipalitySlug: 'panama',
    taxId: '155712345-2-2022 DV 31',
    description:
      'Hotel de ciudad con 120 habitaciones y dos restaurantes en la avenida Balboa. Trabajamos en turnos rotativos de 48 horas semanales. Ofrecemos Caja de Seguro Social, décimo tercer mes, alimentación en el turno y propinas repartidas. Postularse no tiene ningún costo.',
    contactEmail: 'empleos@bahiagarzas.example.org',
    contactPhone: '+5070206400',
    website: 'https://bahiagarzas.example.org',
  },
  {
    key: 'servicios-istmenos',
    name: 'Servicios Generales Istmeños, S.A.',
    sector: 'cleaning_domestic',
    municipalitySlug: 'panama',
    taxId: '2598134-1-829377 DV 58',
    description:
      'Empresa de limpieza de oficinas, mantenimiento de edificios y cuidado en casa en la ciudad de Panamá. Cada persona trabaja en un solo lugar con horario fijo de día. Todos los contratos son por escrito, con Caja de Seguro Social, décimo tercer mes y vacaciones. Aplicar es gratis.',
    contactEmail: 'personal@serviciosistmenos.example.com',
    contactPhone: '+5070211780',
    website: null,
  },
];

export const demoOffers: DemoOffer[] = [
  ...upalaLosChilesOffers,
  ...laCruzOffers,
  ...sanCarlosOffers,
  ...escazuOffers,
  ...esquipulasOffers,
  ...villaNuevaOffers,
  ...hondurasOffers,
  ...panamaOffers,
];
