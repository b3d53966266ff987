import type { DemoOffer } from './demo-employers';
import { MON_SAT, desired, offerFields, perMonth, perWeek, required } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Costa Rica, 2026: ₡373,092 a month for unskilled work, ₡419,756 skilled, ₡487,355
// specialised. Construction pays by the week (₡86,000 a week is the unskilled minimum).
export const sanCarlosOffers: DemoOffer[] = [
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.bricklayer,
    skills: [required(s.mixConstructionGrouts, 'intermediate'), required(s.useSafetyEquipmentConstruction), desired(s.interpret2dPlans)],
    closesInDays: 20,
    fields: offerFields({
      title: 'Albañil',
      description:
        'Levantar paredes de block, repellos y pisos en un proyecto de 40 viviendas en Ciudad Quesada. De lunes a viernes de 7 a. m. a 4 p. m. y sábados hasta las 11 a. m., con pago semanal. Contrato por la duración de la obra, con CCSS, póliza del INS y equipo de protección. Postularse es gratis.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perWeek(105000, 120000),
      vacancies: 4,
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.buildingConstructionWorker,
    skills: [required(s.mixConcrete), required(s.transportConstructionSupplies), required(s.useSafetyEquipmentConstruction)],
    closesInDays: 20,
    fields: offerFields({
      title: 'Peón de construcción',
      description:
        'Preparar mezcla, acarrear materiales y apoyar a los albañiles en obra. De lunes a viernes de 7 a. m. a 4 p. m. y sábados medio día, con pago semanal. Damos casco, botas, chaleco y guantes, con CCSS y póliza del INS. La postulación no cuesta nada.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perWeek(92000, 98000),
      vacancies: 6,
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.carpenter,
    skills: [required(s.joinWoodElements), required(s.useMeasurementInstruments), desired(s.usePowerTools)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Carpintero o carpintera de obra',
      description:
        'Armar formaletas, cerchas y techos de madera en obras de vivienda. Horario de lunes a sábado de 7 a. m. a 4 p. m., con pago semanal. Contrato por obra con CCSS y póliza del INS; la herramienta eléctrica la pone la empresa. Aplicar es gratis.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perWeek(105000, 120000),
      vacancies: 2,
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.electrician,
    skills: [required(s.electricity, 'intermediate'), required(s.electricalWiringPlans), desired(s.keepRecordsWorkProgress)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Electricista residencial',
      description:
        'Instalación eléctrica de viviendas nuevas: canalización, cableado, tableros y pruebas. De lunes a viernes de 7 a. m. a 4 p. m. Se pide técnico en electricidad o experiencia comprobable en obra. Contrato indefinido con CCSS, aguinaldo y póliza del INS. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(490000, 570000),
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.plumber,
    skills: [required(s.interpret2dPlans), required(s.useMeasurementInstruments), desired(s.cutWallChases)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Fontanero o fontanera',
      description:
        'Instalar tuberías de agua potable y aguas negras, tanques y sanitarios en obras de vivienda. De lunes a sábado de 7 a. m. a 4 p. m., con pago semanal. Contrato por obra con CCSS y póliza del INS. Aplicar no tiene costo.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perWeek(105000, 118000),
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.constructionPainter,
    skills: [required(s.protectSurfacesDuringConstruction), required(s.followSafetyWorkingAtHeight), desired(s.useSander)],
    closesInDays: 20,
    fields: offerFields({
      title: 'Pintor o pintora de obra',
      description:
        'Preparar y pintar paredes, cielos y estructuras metálicas en viviendas y bodegas. De lunes a sábado de 7 a. m. a 4 p. m., con pago semanal. Damos arnés y equipo de protección para trabajos en altura, con CCSS y póliza del INS. Postularse es gratis.',
      contractType: 'fixed_term',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perWeek(100000, 112000),
      vacancies: 2,
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.welder,
    skills: [required(s.applyArcWeldingTechniques, 'intermediate'), required(s.wearAppropriateProtectiveGear), desired(s.interpret2dPlans)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Soldador o soldadora de estructuras',
      description:
        'Soldadura con electrodo y MIG de estructuras de techo, portones y bodegas. De lunes a viernes de 7 a. m. a 4 p. m. y sábados medio día. Buscamos experiencia en soldadura de estructura liviana. Contrato indefinido con CCSS, aguinaldo y equipo de protección. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(480000, 560000),
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.excavatorOperator,
    skills: [required(s.followHealthSafetyProcedures), required(s.mechanicalTools), desired(s.operateGpsSystems)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Operador u operadora de excavadora',
      description:
        'Operar excavadora y retroexcavadora en movimientos de tierra y caminos vecinales. De lunes a viernes de 6 a. m. a 3 p. m. y sábados medio día. Se pide licencia vigente para maquinaria pesada y dos años de experiencia. Contrato indefinido con CCSS, aguinaldo y viáticos fuera de San Carlos. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(540000, 620000),
    }),
  },
  {
    organisation: 'cerro-platanar',
    municipalitySlug: 'san-carlos',
    occupationUri: o.cargoVehicleDriver,
    skills: [required(s.roadTrafficLaws), required(s.controlPerformanceVehicle), desired(s.readMaps)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Chofer de vagoneta',
      description:
        'Transportar lastre, arena y materiales entre el tajo, el plantel y las obras de la zona norte. De lunes a sábado de 6 a. m. a 3 p. m. Se pide licencia C2 vigente. Contrato indefinido con CCSS, aguinaldo y viáticos. Aplicar es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_SAT,
      shifts: ['morning'],
      salary: perMonth(460000, 520000),
    }),
  },
];
