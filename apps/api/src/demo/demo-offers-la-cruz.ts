import type { DemoOffer } from './demo-employers';
import { MON_SAT, ROTA, desired, offerFields, perDay, perMonth, required } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Costa Rica, 2026: ₡373,092 a month for unskilled work, ₡419,756 skilled, ₡487,355
// specialised. Construction pays by the week (₡86,000 a week is the unskilled minimum).
export const laCruzOffers: DemoOffer[] = [
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.hospitalityEstablishmentReceptionist,
    skills: [required(s.greetGuests), required(s.interactVerballyEnglish, 'intermediate'), desired(s.handleFinancialTransactions)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Recepcionista bilingüe de hotel',
      description:
        'Registro de entrada y salida de huéspedes, reservas, cobros y atención en español e inglés. Turnos rotativos de 7 a. m. a 3 p. m. o de 3 p. m. a 11 p. m., seis días por semana. Ofrecemos CCSS, aguinaldo, alimentación en el turno y transporte desde La Cruz. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(450000, 520000),
      languages: [{ code: 'en', level: 'B1' }],
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.roomAttendant,
    skills: [required(s.cleanRooms), required(s.handleChemicalCleaningAgents), desired(s.makeBeds)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Camarera o camarero de habitaciones',
      description:
        'Limpieza y arreglo de habitaciones, cambio de ropa de cama y reposición de amenidades. Horario de 7 a. m. a 3 p. m., seis días por semana con día libre rotativo. Damos uniforme, alimentación y transporte, con CCSS y aguinaldo. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(385000, 405000),
      vacancies: 3,
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.cook,
    skills: [required(s.useCookingTechniques, 'intermediate'), required(s.complyFoodSafetyHygiene), desired(s.useFoodCuttingTools)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Cocinero o cocinera de línea',
      description:
        'Preparar los platos del menú del restaurante del hotel: desayunos, casados, mariscos y pastas. Turnos de 6 a. m. a 2 p. m. o de 2 p. m. a 10 p. m., seis días por semana. Se pide experiencia en cocina de restaurante y carné de manipulación de alimentos. CCSS, aguinaldo y alimentación. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(430000, 490000),
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.waiter,
    skills: [required(s.takeFoodBeverageOrders), desired(s.processPayments), desired(s.speakDifferentLanguages)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Salonero o salonera de restaurante',
      description:
        'Atender las mesas del restaurante y del bar de la playa, tomar pedidos y cobrar. Turnos rotativos de ocho horas entre las 6 a. m. y las 10 p. m. Además del salario recibe su parte del 10 % de servicio. CCSS, aguinaldo y alimentación. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(380000, 400000),
      vacancies: 2,
      languages: [{ code: 'en', level: 'A2' }],
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.bartender,
    skills: [required(s.serveBeverages), desired(s.handleGlassware), desired(s.executeOpeningClosingProcedures)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Bartender para bar de playa',
      description:
        'Preparar bebidas con y sin licor, batidos y café en el bar del hotel, y llevar el inventario del bar. Horario de 2 p. m. a 10 p. m., seis días por semana. Recibe su parte del 10 % de servicio, con CCSS y aguinaldo. Aplicar no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['afternoon', 'night'],
      salary: perMonth(400000, 440000),
      languages: [{ code: 'en', level: 'A2' }],
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.guide,
    skills: [required(s.localGeography), required(s.interactVerballyEnglish, 'intermediate'), desired(s.assistClientsSpecialNeeds)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Guía de caminatas y kayak',
      description:
        'Guiar grupos pequeños en caminatas, paseos en kayak y visitas a la playa, cuidando la seguridad de cada persona. Se trabaja por salida, sobre todo de diciembre a abril, según las reservas. Se pide conocer la zona y hablar inglés; el curso de primeros auxilios lo paga el hotel. Pago por día de salida con CCSS. Postularse es gratis.',
      contractType: 'per_task',
      workingTime: 'part_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perDay(18000, 25000),
      vacancies: 2,
      languages: [{ code: 'en', level: 'B2' }],
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.handyman,
    skills: [required(s.electricity), required(s.useTraditionalToolboxTools), desired(s.maintainRecordsMaintenanceInterventions)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Encargado o encargada de mantenimiento del hotel',
      description:
        'Reparaciones de electricidad, fontanería, pintura y aires acondicionados sencillos en habitaciones y áreas comunes. Horario de lunes a sábado de 7 a. m. a 4 p. m. Ofrecemos contrato indefinido, CCSS, aguinaldo y herramienta del hotel. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(420000, 470000),
      howToApply: 'Postúlese en Solidaria o visítenos en la recepción del hotel, de lunes a viernes de 9 a. m. a 4 p. m.',
    }),
  },
  {
    organisation: 'brisas-de-salinas',
    municipalitySlug: 'la-cruz',
    occupationUri: o.kitchenAssistant,
    skills: [required(s.useFoodPreparationTechniques), desired(s.cleanSurfaces), desired(s.carryOutStockRotation)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Ayudante de cocina',
      description:
        'Lavar, picar y preparar ingredientes, mantener limpia la cocina y ayudar al cocinero en el servicio. Turno de 6 a. m. a 2 p. m., seis días por semana. Le enseñamos las recetas de la casa. CCSS, aguinaldo, alimentación y transporte. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(380000, 395000),
      vacancies: 2,
    }),
  },
];
