import type { DemoOffer, DemoOrganisation } from './demo-employers';
import { MON_FRI, MON_SAT, desired, offerFields, perMonth, required, toAgree } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Honduras: the 2025 minimum-wage table is still in force in 2026 for most branches while
// the tripartite commission negotiates; commerce, hotels and restaurants with up to ten
// workers pay at least about L12,540 a month, larger firms and services to businesses more.

/** The salon opens from Tuesday to Sunday; each person has two days off in the week. */
const SALON_DAYS: DemoOffer['fields']['days'] = ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CALL_CENTRE_DAYS: DemoOffer['fields']['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const at = (organisation: DemoOrganisation['key']) => ({ organisation, municipalitySlug: 'san-pedro-sula' });

export const hondurasOffers: DemoOffer[] = [
  {
    ...at('contacto-merendon'),
    occupationUri: o.callCentreAgent,
    skills: [required(s.interactVerballyEnglish, 'advanced'), required(s.communicateByTelephone), desired(s.tolerateStress)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Agente bilingüe de llamadas (inglés)',
      description:
        'Atender por teléfono a clientes de una empresa de servicios de Estados Unidos: consultas de facturación, cambios de plan y soporte básico. Turnos fijos de ocho horas entre las 7 a. m. y las 9 p. m., cinco días por semana con dos libres. Capacitación pagada de cuatro semanas, IHSS, RAP, décimo tercer y décimo cuarto mes. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: CALL_CENTRE_DAYS,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(22000, 28000),
      vacancies: 10,
      languages: [{ code: 'en', level: 'C1' }],
    }),
  },
  {
    ...at('contacto-merendon'),
    occupationUri: o.contactCentreClerk,
    skills: [required(s.customerService), required(s.answerIncomingCalls), desired(s.handleCustomerComplaints)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Agente de servicio al cliente en español',
      description:
        'Atender llamadas de clientes de una empresa de telefonía de Honduras: consultas, reclamos y seguimiento de casos. Turnos de ocho horas entre las 7 a. m. y las 9 p. m., con dos días libres. Capacitación pagada, IHSS, RAP, décimo tercer y décimo cuarto mes. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: CALL_CENTRE_DAYS,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(16000, 18500),
      vacancies: 6,
    }),
  },
  {
    ...at('contacto-merendon'),
    occupationUri: o.liveChatOperator,
    skills: [required(s.haveComputerLiteracy), required(s.performMultipleTasks), desired(s.interactVerballyEnglish)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Agente de chat desde casa',
      description:
        'Responder por chat a clientes de una cadena de farmacias: disponibilidad de productos, pedidos y entregas. Teletrabajo desde Honduras, de lunes a viernes de 8 a. m. a 5 p. m.; se necesita internet estable y un lugar tranquilo, y la empresa presta la computadora. IHSS, RAP y décimos. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(16000, 18000),
      vacancies: 4,
      remote: true,
    }),
  },
  {
    ...at('contacto-merendon'),
    occupationUri: o.ictTechnician,
    skills: [required(s.performIctTroubleshooting, 'intermediate'), required(s.implementAntiVirusSoftware), desired(s.ictNetworkRouting)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Técnico o técnica de soporte informático interno',
      description:
        'Mantener funcionando las 200 estaciones de trabajo del centro: instalación de equipos, diademas, red, antivirus y atención a los agentes. De lunes a viernes de 7 a. m. a 4 p. m. Se pide técnico en computación o experiencia equivalente. IHSS, RAP, décimos y certificaciones pagadas. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(22000, 28000),
    }),
  },
  {
    ...at('automotriz-chamelecon'),
    occupationUri: o.vehicleTechnician,
    skills: [required(s.mechanicalComponentsVehicles, 'intermediate'), required(s.useAutomotiveDiagnosticEquipment), desired(s.provideCustomerInformationRelated)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Mecánico o mecánica automotriz',
      description:
        'Diagnóstico y reparación de frenos, suspensión, motor y afinados de carros y pickups. De lunes a sábado de 7:30 a. m. a 5 p. m. Se piden dos años de experiencia en taller. IHSS, décimo tercer y décimo cuarto mes, y herramienta del taller. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(15000, 20000),
      vacancies: 2,
    }),
  },
  {
    ...at('automotriz-chamelecon'),
    occupationUri: o.motorcycleMechanic,
    skills: [required(s.useHandTools), required(s.driveTwoWheeledVehicles), desired(s.vehicleElectricalSystems)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Mecánico o mecánica de motocicletas',
      description:
        'Mantenimiento y reparación de motocicletas de trabajo y de reparto: frenos, cadena, carburador y sistema eléctrico. De lunes a sábado de 7:30 a. m. a 5 p. m. IHSS y décimos, con pago quincenal. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(13500, 17000),
    }),
  },
  {
    ...at('automotriz-chamelecon'),
    occupationUri: o.automotiveElectrician,
    skills: [required(s.vehicleElectricalSystems, 'intermediate'), required(s.electricalWiringPlans), desired(s.operateSolderingEquipment)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Electricista automotriz',
      description:
        'Diagnóstico y reparación de arranques, alternadores, luces, alarmas y aire acondicionado de vehículos. De lunes a sábado de 7:30 a. m. a 5 p. m. El salario se acuerda según experiencia. IHSS y décimos. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: toAgree,
    }),
  },
  {
    ...at('automotriz-chamelecon'),
    occupationUri: o.tyreFitter,
    skills: [required(s.replaceTires), required(s.balanceTires), desired(s.inspectWornTires)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Llantero o llantera',
      description:
        'Montar, reparar, balancear y rotar llantas de carros, pickups y motocicletas. De lunes a sábado de 7:30 a. m. a 5 p. m. Le enseñamos a usar la balanceadora y la desmontadora. IHSS, décimos y equipo de protección. Aplicar no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(13000, 14000),
    }),
  },
  {
    ...at('automotriz-chamelecon'),
    occupationUri: o.vehicleCleaner,
    skills: [required(s.handleChemicalCleaningAgents), required(s.maintainWorkAreaCleanliness), desired(s.communicateCustomers)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Lavador o lavadora de vehículos',
      description:
        'Lavado exterior, aspirado y limpieza de interiores de carros en el lavado del taller. De lunes a sábado de 8 a. m. a 5 p. m. Salario fijo más propinas, con IHSS y décimos, botas y guantes. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(12800, 13300),
      vacancies: 2,
    }),
  },
  {
    ...at('estetica-las-palmas'),
    occupationUri: o.hairdresser,
    skills: [required(s.identifyCustomerNeeds), required(s.maintainEquipment), desired(s.administerAppointments)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Estilista de corte y color',
      description:
        'Cortes, tintes, mechas, alisados y peinados para clientela de barrio, con citas y sin cita. De martes a domingo de 9 a. m. a 7 p. m., con dos días libres por semana. Salario base más propinas, con IHSS y décimos; los productos los pone el salón. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: SALON_DAYS,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(13000, 16000),
    }),
  },
  {
    ...at('estetica-las-palmas'),
    occupationUri: o.barber,
    skills: [required(s.communicateCustomers), required(s.maintainEquipment), desired(s.administerAppointments)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Barbero o barbera',
      description:
        'Cortes clásicos y modernos, perfilado y arreglo de barba. De martes a domingo de 9 a. m. a 7 p. m., con dos días libres por semana. Salario base más propinas, con IHSS y décimos; máquinas y productos del salón. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: SALON_DAYS,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(13000, 16000),
    }),
  },
  {
    ...at('estetica-las-palmas'),
    occupationUri: o.manicurist,
    skills: [required(s.cosmetics), required(s.skinTypes), desired(s.adviseCustomersUsageCosmetics)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Manicurista y pedicurista',
      description:
        'Manicura, pedicura, uñas acrílicas y de gel, cuidando la higiene de cada herramienta. Medio tiempo de viernes a domingo de 12 m. a 7 p. m. Salario proporcional más propinas, con IHSS y décimos. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'part_time',
      days: ['fri', 'sat', 'sun'],
      shifts: ['afternoon'],
      salary: perMonth(7000, 8500),
    }),
  },
  {
    ...at('estetica-las-palmas'),
    occupationUri: o.aesthetician,
    skills: [required(s.cosmetics), required(s.adviseCustomersUsageCosmetics), desired(s.testMakeUp)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Esteticista para limpiezas faciales y maquillaje',
      description:
        'Limpiezas faciales, depilación y maquillaje para eventos, con cabina propia en el salón. De martes a domingo de 9 a. m. a 7 p. m., con dos días libres. Se pide curso de cosmetología. Salario base más propinas, con IHSS y décimos. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: SALON_DAYS,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(13500, 17000),
    }),
  },
];
