import type { DemoOffer } from './demo-employers';
import { MON_FRI, MON_SAT, ROTA, WEEKEND, desired, offerFields, perDay, perHour, perMonth, required, toAgree } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Guatemala, 2026 (Acuerdo Gubernativo 256-2025): Esquipulas is in circunscripción 2,
// where the minimum is Q3,816.90 a month for non-farm work and Q119.21 a day for farm
// work, before the Q250 bonificación incentivo every employer adds.

export const esquipulasOffers: DemoOffer[] = [
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.hospitalityEstablishmentReceptionist,
    skills: [required(s.greetGuests), required(s.maintainCustomerRecords), desired(s.handleFinancialTransactions)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Recepcionista de hotel',
      description:
        'Atender a peregrinos y turistas en la recepción: reservas, registro, cobros e información sobre Esquipulas. Turnos rotativos de 7:00 a 15:00 o de 15:00 a 23:00, seis días por semana. Salario más bonificación incentivo de Q250, IGSS, aguinaldo y bono 14. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(3950, 4400),
    }),
  },
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.roomAttendant,
    skills: [required(s.cleanRooms), required(s.makeBeds), desired(s.cleanGlassSurfaces)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Camarista de hotel',
      description:
        'Limpieza de habitaciones y pasillos, cambio de ropa de cama y toallas. Horario de 7:00 a 15:00, seis días por semana con día libre rotativo. Salario más bonificación incentivo, IGSS, aguinaldo, bono 14 y almuerzo. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(3850, 4100),
      vacancies: 4,
    }),
  },
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.cook,
    skills: [required(s.useCookingTechniques, 'intermediate'), required(s.ensureCleanlinessFoodPreparation), desired(s.storeRawFoodMaterials)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Cocinero o cocinera de comida típica',
      description:
        'Preparar desayunos chapines, caldos, pepián y platos del día para el restaurante del hotel. Turno de 6:00 a 14:00, seis días por semana. Se pide experiencia en cocina de restaurante o comedor. IGSS, bonificación incentivo, aguinaldo, bono 14 y alimentación. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(4100, 4700),
    }),
  },
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.waiter,
    skills: [required(s.takeFoodBeverageOrders), required(s.maintainCustomerService), desired(s.processPayments)],
    closesInDays: 14,
    fields: offerFields({
      title: 'Mesero o mesera para la temporada de enero',
      description:
        'Atender las mesas del restaurante durante la feria del Cristo Negro, cuando llegan más visitantes. Contrato de seis semanas, turnos de ocho horas entre las 6:00 y las 22:00. Salario más bonificación incentivo, propinas, IGSS y alimentación. Postularse es gratuito.',
      contractType: 'seasonal',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(3850, 4000),
      vacancies: 4,
    }),
  },
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.barista,
    skills: [required(s.prepareHotDrinks), desired(s.educateCustomersCoffeeVarieties), desired(s.executeOpeningClosingProcedures)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Barista para la cafetería del hotel',
      description:
        'Preparar café de la región, bebidas y postres en la cafetería del hotel, y abrir y cerrar caja. Horario de 6:30 a 14:30, seis días por semana. Le enseñamos a preparar café de especialidad. IGSS, bonificación incentivo, aguinaldo y bono 14. La postulación es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(3900, 4300),
    }),
  },
  {
    organisation: 'hotel-tres-cerros',
    municipalitySlug: 'esquipulas',
    occupationUri: o.shopAssistant,
    skills: [required(s.organizeProductDisplay), required(s.maintainStoreCleanliness), desired(s.operateCashRegister)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Ayudante de la tienda de recuerdos (fines de semana)',
      description:
        'Acomodar artesanías y recuerdos, atender a los visitantes y mantener ordenada la tienda del hotel. Sábados y domingos de 8:00 a 13:00, siempre de día y con una persona encargada. Es un trabajo liviano apto para adolescentes que estudian, con la autorización de su familia. Pago por hora con IGSS. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'part_time',
      days: WEEKEND,
      shifts: ['morning'],
      salary: perHour(17, 19),
      suitableForAdolescents: true,
      howToApply: 'Postúlese en Solidaria o pregunte en la recepción del hotel, en la 3.ª avenida frente al parque.',
    }),
  },
  {
    organisation: 'finca-loma-pinabete',
    municipalitySlug: 'esquipulas',
    occupationUri: o.coffeePicker,
    skills: [required(s.harvestCrop), required(s.adaptDifferentWeatherConditions), desired(s.loadPickedFruitsVegetables)],
    closesInDays: 45,
    fields: offerFields({
      title: 'Corte de café, temporada de cosecha',
      description:
        'Cortar café maduro de noviembre a febrero en la finca, a 20 minutos del parque central. De lunes a sábado de 6:00 a 14:00, con pago cada sábado por día trabajado, más bonificación incentivo e IGSS. Hay agua, sombra, servicios sanitarios y transporte de ida y vuelta. Aplicar no tiene costo.',
      contractType: 'seasonal',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perDay(130, 160),
      vacancies: 40,
    }),
  },
  {
    organisation: 'finca-loma-pinabete',
    municipalitySlug: 'esquipulas',
    occupationUri: o.coffeeTaster,
    skills: [required(s.performSensoryEvaluation, 'advanced'), required(s.coffeeCharacteristics, 'advanced'), desired(s.haveComputerLiteracy)],
    closesInDays: 40,
    fields: offerFields({
      title: 'Catador o catadora de café',
      description:
        'Catar y clasificar los lotes de cada día de cosecha, llevar los registros de calidad y apoyar las ventas a compradores. De lunes a viernes de 8:00 a 17:00. Se pide experiencia en catación; el salario se acuerda según experiencia y certificaciones. IGSS, bonificación incentivo, aguinaldo y bono 14. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: toAgree,
    }),
  },
  {
    organisation: 'finca-loma-pinabete',
    municipalitySlug: 'esquipulas',
    occupationUri: o.masterCoffeeRoaster,
    skills: [required(s.operateHeatTreatmentProcess), desired(s.performSensoryEvaluation), desired(s.applyGmp)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Tostador o tostadora de café',
      description:
        'Tostar, moler y empacar el café de la finca para las tiendas de Esquipulas y Chiquimula. De lunes a viernes de 7:00 a 16:00. Le capacitamos en el tostador de la finca. IGSS, bonificación incentivo, aguinaldo y bono 14. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(4300, 5000),
    }),
  },
  {
    organisation: 'finca-loma-pinabete',
    municipalitySlug: 'esquipulas',
    occupationUri: o.cropProductionWorker,
    skills: [required(s.propagatePlants), required(s.growPlants), desired(s.executeFertilisation)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Trabajador o trabajadora de vivero de café',
      description:
        'Llenar bolsas, sembrar semilla, regar y cuidar las plantas del vivero de café, y ayudar en la resiembra. De lunes a viernes de 6:00 a 14:00 y sábados hasta las 11:00. Contrato por nueve meses con IGSS, bonificación incentivo y pago quincenal. Postularse es gratis.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(3700, 3950),
      vacancies: 3,
    }),
  },
];
