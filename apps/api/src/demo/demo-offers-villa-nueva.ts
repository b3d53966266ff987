import type { DemoOffer } from './demo-employers';
import { MON_FRI, desired, offerFields, perMonth, required } from './demo-employers-model';
import { occupation as o, skill as s } from './demo-offers-taxonomy';

// Guatemala, 2026 (Acuerdo Gubernativo 256-2025): Villa Nueva is in the department of
// Guatemala (circunscripción 1), where non-farm work pays at least Q4,002.28 a month
// before the Q250 bonificación incentivo. A plant sewing for the local market is not
// maquila for export, so the non-farm minimum applies.

export const villaNuevaOffers: DemoOffer[] = [
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.sewingMachineOperator,
    skills: [required(s.operateGarmentManufacturingMachines, 'intermediate'), required(s.sewPiecesFabric), desired(s.distinguishFabrics)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Operaria u operario de máquina plana',
      description:
        'Coser piezas de camisas y pantalones de uniforme en máquina plana industrial. De lunes a viernes de 7:00 a 16:30, sin turnos de noche. Salario más bonificación incentivo de Q250 y bono por producción, con IGSS, aguinaldo y bono 14. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4050, 4600),
      vacancies: 15,
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.sewingMachineOperator,
    skills: [required(s.operateGarmentManufacturingMachines), required(s.sewTextileBasedArticles), desired(s.buttonholing)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Operaria u operario de overlock y collareta',
      description:
        'Cerrar costados, ruedos y cuellos de playeras y sudaderas en máquinas overlock y collareta. De lunes a viernes de 7:00 a 16:30. Hacemos una prueba práctica corta en la planta. Bonificación incentivo, bono por producción, IGSS, aguinaldo y bono 14. La postulación no tiene costo.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4050, 4600),
      vacancies: 6,
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.embroiderer,
    skills: [required(s.embroiderFabrics, 'intermediate'), required(s.operateGarmentManufacturingMachines), desired(s.drawSketchesDevelopTextile)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Bordador o bordadora en máquina computarizada',
      description:
        'Bordar escudos y logotipos de colegios y empresas en máquinas de bordado de varios cabezales: cargar diseños, enhebrar y revisar calidad. De lunes a viernes de 7:00 a 16:30. Bonificación incentivo, IGSS, aguinaldo y bono 14. Aplicar es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4300, 5000),
      vacancies: 2,
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.dressmaker,
    skills: [required(s.alterWearingApparel, 'advanced'), required(s.sewPiecesFabric), desired(s.drawSketchesDevelopTextile)],
    closesInDays: 35,
    fields: offerFields({
      title: 'Modista para muestras y arreglos',
      description:
        'Confeccionar las muestras de cada modelo nuevo y hacer arreglos de tallas para clientes. De lunes a viernes de 7:00 a 16:30. Se pide experiencia completa en confección de prendas. Bonificación incentivo, IGSS, aguinaldo y bono 14. Postularse es gratuito.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4500, 5300),
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.handPacker,
    skills: [required(s.packGoods), required(s.complyChecklists), desired(s.secureGoodsAccordingWork)],
    closesInDays: 21,
    fields: offerFields({
      title: 'Empacador o empacadora de producto terminado',
      description:
        'Doblar, etiquetar y empacar prendas terminadas según cada pedido, y revisar que no lleven defectos. De lunes a viernes de 7:00 a 16:30. Bonificación incentivo, IGSS, aguinaldo, bono 14 y comedor en la planta. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4050, 4300),
      vacancies: 4,
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.industrialMachineryMechanic,
    skills: [required(s.resolveEquipmentMalfunctions, 'advanced'), required(s.mechanics), desired(s.orderSupplies)],
    closesInDays: 40,
    fields: offerFields({
      title: 'Mecánico o mecánica de máquinas de coser industriales',
      description:
        'Mantenimiento preventivo y reparación de máquinas planas, overlock, collareta y bordadoras. De lunes a viernes de 7:00 a 16:30. Se piden tres años de experiencia en confección. IGSS, bonificación incentivo, aguinaldo, bono 14 y herramienta de la empresa. La postulación es gratuita.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(5500, 7000),
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.forkliftOperator,
    skills: [required(s.operateForklift, 'intermediate'), required(s.followStockControlInstructions), desired(s.pickOrdersDispatching)],
    closesInDays: 30,
    fields: offerFields({
      title: 'Operador u operadora de montacargas',
      description:
        'Mover rollos de tela y tarimas de producto terminado en la bodega y cargar los camiones de despacho. De lunes a viernes de 7:00 a 16:30. Se pide experiencia con montacargas; damos la capacitación de seguridad. Bonificación incentivo, IGSS, aguinaldo y bono 14. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4300, 4900),
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.warehouseWorker,
    skills: [required(s.manageWarehouseInventory), required(s.liftHeavyWeights), desired(s.haveComputerLiteracy)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Auxiliar de bodega',
      description:
        'Recibir tela e insumos, registrar entradas y salidas en el sistema y preparar pedidos para despacho. De lunes a viernes de 7:00 a 16:30. Bonificación incentivo, IGSS, aguinaldo, bono 14 y comedor. Aplicar no cuesta nada.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning', 'afternoon'],
      salary: perMonth(4100, 4500),
      vacancies: 2,
    }),
  },
  {
    organisation: 'confecciones-barcena',
    municipalitySlug: 'villa-nueva',
    occupationUri: o.industrialCook,
    skills: [required(s.followHygienicProceduresDuring), required(s.workAccordingRecipe), desired(s.foodStorage)],
    closesInDays: 25,
    fields: offerFields({
      title: 'Cocinera o cocinero para el comedor de la planta',
      description:
        'Preparar el almuerzo diario para unas 150 personas en el comedor de la planta, siguiendo el menú semanal. De lunes a viernes de 5:30 a 14:00. Se pide experiencia en cocina para muchas personas y tarjeta de salud vigente. Bonificación incentivo, IGSS, aguinaldo y bono 14. Postularse es gratis.',
      contractType: 'indefinite',
      workingTime: 'full_time',
      days: MON_FRI,
      shifts: ['morning'],
      salary: perMonth(4100, 4600),
      vacancies: 2,
    }),
  },
];
