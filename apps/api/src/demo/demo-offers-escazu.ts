import type { DemoOffer } from './demo-employers';
import { MON_FRI, MON_SAT, desired, offerFields, perHour, perMonth, required } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Costa Rica, 2026: domestic work has its own minimum, ₡271,845 a month full time; the
// other jobs here are skilled (₡419,756) or specialised (₡487,355) or hold a degree.

export const escazuOffers: DemoOffer[] = [
  {
    organisation: 'cuidar-en-casa',
    municipalitySlug: 'escazu',
    occupationUri: o.homeCareAide,
    skills: [required(s.olderAdultsNeeds), required(s.applyFirstResponse), desired(s.prepareReadyMadeDishes), desired(s.listenActively)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Asistente de cuidado de personas mayores en casa',
      description:
        'Acompañar a una persona mayor en su casa: higiene, comidas, medicamentos según la receta, paseos cortos y compañía. Horario fijo de lunes a viernes de 7 a. m. a 3 p. m. Damos capacitación en primeros auxilios y movilización segura, con CCSS, aguinaldo y vacaciones. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(400000, 450000),
      vacancies: 3,
    }),
  },
  {
    organisation: 'cuidar-en-casa',
    municipalitySlug: 'escazu',
    occupationUri: o.nurseAssistant,
    skills: [required(s.hygieneHealthCareSetting), required(s.disabilityCare), desired(s.provideFirstAid)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Auxiliar de enfermería a domicilio',
      description:
        'Control de signos vitales, curaciones sencillas, apoyo en la movilidad y registro diario para la familia y el médico. Turno de lunes a viernes de 6 a. m. a 2 p. m. Se pide título de auxiliar de enfermería. Contrato indefinido con CCSS, aguinaldo y vacaciones. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(460000, 520000),
      vacancies: 2,
    }),
  },
  {
    organisation: 'cuidar-en-casa',
    municipalitySlug: 'escazu',
    occupationUri: o.nanny,
    skills: [required(s.superviseChildren), required(s.attendChildrensBasicNeeds), desired(s.prepareSandwiches)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Niñera o niñero por las tardes',
      description:
        'Recoger a dos niños de la escuela, darles la merienda, acompañar las tareas y jugar con ellos hasta que llegan sus padres. De lunes a viernes de 12:30 p. m. a 5:30 p. m. Contrato por escrito a medio tiempo con CCSS, aguinaldo y vacaciones proporcionales. Postularse no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'part_time',
      days: MON_FRI,
      shifts: ['afternoon'],
      salary: perMonth(190000, 220000),
    }),
  },
  {
    organisation: 'cuidar-en-casa',
    municipalitySlug: 'escazu',
    occupationUri: o.domesticHousekeeper,
    skills: [required(s.cleanRooms), required(s.washLaundry), desired(s.useCookingTechniques)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Persona trabajadora del hogar (limpieza y cocina)',
      description:
        'Limpieza de la casa, lavado y planchado de ropa y preparación del almuerzo para una familia de cuatro personas. Trabajo sin dormida, de lunes a viernes de 8 a. m. a 4 p. m., con una hora de almuerzo. Contrato por escrito con salario sobre el mínimo del servicio doméstico, CCSS, aguinaldo y vacaciones. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(300000, 340000),
    }),
  },
  {
    organisation: 'cuidar-en-casa',
    municipalitySlug: 'escazu',
    occupationUri: o.childCareWorker,
    skills: [required(s.assistChildrensDevelopment), required(s.superviseChildren), desired(s.provideFirstAid)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Cuidador o cuidadora en guardería comunitaria',
      description:
        'Cuidar y acompañar a niñas y niños en edad preescolar en la guardería comunitaria de la asociación: juego, alimentación, higiene y siesta. De lunes a viernes de 7 a. m. a 3 p. m. Valoramos cursos de cuidado infantil o experiencia. CCSS, aguinaldo, vacaciones y capacitación continua. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(390000, 420000),
      vacancies: 2,
    }),
  },
  {
    organisation: 'servicios-digitales-guachipelin',
    municipalitySlug: 'escazu',
    occupationUri: o.contactCentreClerk,
    skills: [required(s.interactVerballyEnglish, 'advanced'), required(s.customerService), desired(s.handleCustomerComplaints)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Agente bilingüe de servicio al cliente',
      description:
        'Atender llamadas y correos en inglés de clientes de una aerolínea regional: cambios de reserva, equipaje y reclamos. Turnos de 8 horas entre las 6 a. m. y las 10 p. m., de lunes a sábado con un día libre entre semana. Capacitación pagada de tres semanas, CCSS, aguinaldo y bono por idioma. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(620000, 800000),
      vacancies: 8,
      languages: [{ code: 'en', level: 'C1' }],
    }),
  },
  {
    organisation: 'servicios-digitales-guachipelin',
    municipalitySlug: 'escazu',
    occupationUri: o.liveChatOperator,
    skills: [required(s.haveComputerLiteracy), required(s.performMultipleTasks), desired(s.handleCustomerComplaints)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Agente de chat en español (teletrabajo)',
      description:
        'Responder por chat y correo a clientes de una tienda en línea: pedidos, entregas y devoluciones. Teletrabajo desde cualquier lugar de Costa Rica, de lunes a viernes de 8 a. m. a 5 p. m.; se necesita internet estable y la empresa presta la computadora. Contrato indefinido con CCSS y aguinaldo. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(420000, 470000),
      vacancies: 5,
      remote: true,
    }),
  },
  {
    organisation: 'servicios-digitales-guachipelin',
    municipalitySlug: 'escazu',
    occupationUri: o.ictHelpDeskAgent,
    skills: [required(s.createSolutionsProblems, 'intermediate'), required(s.communicateCustomers), desired(s.implementAntiVirusSoftware)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Técnico o técnica de mesa de ayuda',
      description:
        'Resolver por teléfono y acceso remoto los problemas de computadoras, correo e impresoras de nuestros clientes, y escalar lo que haga falta. Horario de lunes a viernes de 8 a. m. a 5 p. m. en la oficina de Guachipelín. Se pide técnico en informática o experiencia equivalente e inglés de lectura. CCSS, aguinaldo y certificaciones pagadas. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(560000, 700000),
      languages: [{ code: 'en', level: 'B1' }],
    }),
  },
  {
    organisation: 'servicios-digitales-guachipelin',
    municipalitySlug: 'escazu',
    occupationUri: o.webDeveloper,
    skills: [required(s.computerProgramming, 'intermediate'), required(s.debugSoftware), desired(s.useSoftwareDesignPatterns)],
    closesInDays: 40,
    fields: offerFields({
      title: 'Desarrollador o desarrolladora web junior',
      description:
        'Mantener y mejorar los sitios y formularios web de nuestros clientes (HTML, CSS, JavaScript y una base de datos SQL), con revisión de código y un mentor. Trabajo remoto desde Costa Rica, de lunes a viernes en horario de oficina, con una reunión presencial al mes en Escazú. Contrato indefinido con CCSS, aguinaldo y cursos pagados. La postulación no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(900000, 1250000),
      remote: true,
      languages: [{ code: 'en', level: 'B1' }],
    }),
  },
  {
    organisation: 'servicios-digitales-guachipelin',
    municipalitySlug: 'escazu',
    occupationUri: o.dataEntryClerk,
    skills: [required(s.processData), required(s.informationConfidentiality), desired(s.useSpreadsheetsSoftware)],
    closesInDays: 20,
    fields: offerFields({
      title: 'Digitador o digitadora de datos a medio tiempo (teletrabajo)',
      description:
        'Digitar y revisar formularios escaneados en nuestro sistema, cuidando la confidencialidad de los datos. Teletrabajo de lunes a viernes de 8 a. m. a 12 m.; necesita computadora e internet estable. Pago quincenal por hora con CCSS y aguinaldo proporcional. Postularse es gratis.',
      contractType: 'fixed_term',
      workingTime: 'part_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perHour(2200, 2500),
      vacancies: 4,
      remote: true,
    }),
  },
];
