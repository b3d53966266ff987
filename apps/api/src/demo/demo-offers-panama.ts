import type { DemoOffer } from './demo-employers';
import { MON_FRI, MON_SAT, ROTA, desired, offerFields, perHour, perMonth, required, toAgree } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Panama, from 16 January 2026 (Decreto Ejecutivo 13 of 2025): hourly minimums by activity
// and region; the district of Panamá is region 1, where most services pay about $2.80 to
// $3.10 an hour (some $600 to $650 a month for 48 hours a week) and construction $3.51.

export const panamaOffers: DemoOffer[] = [
  {
    organisation: 'hotel-bahia-garzas',
    municipalitySlug: 'panama',
    occupationUri: o.cook,
    skills: [required(s.useCookingTechniques, 'intermediate'), required(s.complyFoodSafetyHygiene), desired(s.prepareReadyMadeDishes)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Cocinero o cocinera para restaurante de hotel',
      description:
        'Preparar el menú del restaurante y los desayunos del hotel, con recetas estandarizadas. Turnos rotativos de 8 horas, seis días por semana. Se pide experiencia en cocina de restaurante y carné de salud vigente. Caja de Seguro Social, décimo tercer mes, alimentación y propinas repartidas. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(750, 900),
      vacancies: 2,
    }),
  },
  {
    organisation: 'hotel-bahia-garzas',
    municipalitySlug: 'panama',
    occupationUri: o.kitchenAssistant,
    skills: [required(s.useFoodCuttingTools), required(s.ensureCleanlinessFoodPreparation), desired(s.checkDeliveriesReceipt)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Ayudante de cocina, turno de tarde',
      description:
        'Preparar ingredientes, lavar utensilios y mantener la cocina en orden durante el servicio de la tarde y la noche. Horario de 2 p. m. a 10 p. m., seis días por semana. Le enseñamos las recetas de la cocina. Caja de Seguro Social, décimo tercer mes y alimentación. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['afternoon', 'night'],
      salary: perMonth(640, 700),
      vacancies: 2,
    }),
  },
  {
    organisation: 'hotel-bahia-garzas',
    municipalitySlug: 'panama',
    occupationUri: o.waiter,
    skills: [required(s.takeFoodBeverageOrders), required(s.speakDifferentLanguages), desired(s.processPayments)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Mesero o mesera bilingüe',
      description:
        'Atender las mesas del restaurante y del servicio a la habitación, en español y en inglés. Turnos rotativos de 8 horas, seis días por semana. Salario fijo más propinas, Caja de Seguro Social, décimo tercer mes y alimentación. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(640, 700),
      vacancies: 3,
      languages: [{ code: 'en', level: 'B1' }],
    }),
  },
  {
    organisation: 'hotel-bahia-garzas',
    municipalitySlug: 'panama',
    occupationUri: o.hospitalityEstablishmentReceptionist,
    skills: [required(s.greetGuests), required(s.interactVerballyEnglish, 'advanced'), desired(s.maintainIncidentReportingRecords)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Recepcionista nocturno bilingüe',
      description:
        'Atender la recepción de noche: llegadas tardías, cierre del día, llamadas y seguridad de los huéspedes, junto con el personal de seguridad. Turno fijo de 11 p. m. a 7 a. m., cinco noches por semana, con recargo nocturno. Caja de Seguro Social, décimo tercer mes y transporte al salir. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['night'],
      salary: perMonth(850, 950),
      languages: [{ code: 'en', level: 'B2' }],
      howToApply: 'Postúlese en Solidaria o pase por la oficina de recursos humanos del hotel, de lunes a viernes de 9 a. m. a 3 p. m.',
    }),
  },
  {
    organisation: 'hotel-bahia-garzas',
    municipalitySlug: 'panama',
    occupationUri: o.roomAttendant,
    skills: [required(s.cleanRooms), required(s.healthSafetyRegulations), desired(s.makeBeds)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Personal de limpieza de habitaciones',
      description:
        'Limpiar y preparar habitaciones, reponer amenidades y reportar cualquier daño. Horario de 7 a. m. a 3 p. m., seis días por semana con día libre rotativo. Caja de Seguro Social, décimo tercer mes, uniforme, alimentación y propinas repartidas. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: ROTA,
      shifts: ['morning'],
      salary: perMonth(640, 690),
      vacancies: 5,
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.buildingCleaner,
    skills: [required(s.cleanBuildingFloors), required(s.cleaningIndustryHealthSafety), desired(s.restockToiletFacilitiesSupplies)],
    closesInDays: 20,
    fields: offerFields({
      title: 'Aseador o aseadora de oficinas',
      description:
        'Limpieza de oficinas, baños y áreas comunes en un edificio de oficinas de Obarrio. De lunes a viernes de 6 a. m. a 2 p. m. y sábados hasta las 10 a. m. Contrato por escrito con Caja de Seguro Social, décimo tercer mes, uniforme y equipo. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(640, 700),
      vacancies: 4,
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.buildingCaretaker,
    skills: [required(s.executeInspectionWalkway), required(s.manageCleaningActivities), desired(s.fillOutForms)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Conserje de edificio residencial',
      description:
        'Recorrer y revisar las áreas comunes, coordinar la limpieza y recibir a proveedores en un edificio de apartamentos de San Francisco. De lunes a sábado de 7 a. m. a 3 p. m. Caja de Seguro Social, décimo tercer mes y vacaciones. Postularse no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(680, 760),
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.homeCareAide,
    skills: [required(s.olderAdultsNeeds), required(s.makeBeds), desired(s.administerAppointments)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Cuidador o cuidadora de persona mayor a domicilio',
      description:
        'Acompañar a una persona mayor que vive con su familia: aseo personal, comidas, medicinas a su hora y acompañamiento a citas médicas. De lunes a viernes de 7 a. m. a 3 p. m., sin dormida. Damos curso de primeros auxilios, con Caja de Seguro Social y décimo tercer mes. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(600, 700),
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.nanny,
    skills: [required(s.superviseChildren), required(s.supportChildrensWellbeing), desired(s.useCookingTechniques)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Niñera o niñero de tiempo completo',
      description:
        'Cuidar a un bebé de un año en su casa mientras sus padres trabajan: alimentación, baño, juego y siesta. De lunes a viernes de 7:30 a. m. a 4:30 p. m., sin dormida. Contrato por escrito con Caja de Seguro Social, décimo tercer mes y vacaciones. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(450, 550),
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.privateChauffeur,
    skills: [required(s.driveUrbanAreas, 'intermediate'), required(s.roadTrafficLaws), desired(s.maintainVehicleAppearance)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Conductor o conductora de busito de personal',
      description:
        'Llevar y traer al personal de una empresa cliente entre estaciones del metro y sus oficinas, y cuidar el vehículo. De lunes a viernes, de 5:30 a. m. a 9:30 a. m. y de 4 p. m. a 8 p. m. Se pide licencia panameña vigente para el tipo de vehículo y cinco años conduciendo. El salario se acuerda según experiencia, con Caja de Seguro Social y décimo tercer mes. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: toAgree,
    }),
  },
  {
    organisation: 'servicios-istmenos',
    municipalitySlug: 'panama',
    occupationUri: o.gardenLabourer,
    skills: [required(s.useGardeningEquipment), required(s.prunePlants), desired(s.performWeedControlOperations)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Jardinero o jardinera de áreas verdes',
      description:
        'Cortar grama, podar, sembrar y mantener los jardines de varios edificios de la empresa en Bella Vista y San Francisco. De lunes a sábado de 7 a. m. a 3 p. m., con pago quincenal por hora. Damos equipo de protección, Caja de Seguro Social y décimo tercer mes. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perHour(3.3, 3.7),
      vacancies: 2,
    }),
  },
];
