// The starter taxonomy's URIs the demo offers use (packages/db/taxonomy/starter.json),
// named after their English label so the offers read as words; the Spanish label follows.

export const occupation = {
  aesthetician: 'http://data.europa.eu/esco/occupation/a1e1a788-2352-4172-8fcf-1f985a6968b0', // esteticista
  agriculturalTechnician: 'http://data.europa.eu/esco/occupation/1f8314c2-01bd-4af4-babc-04d7034591b8', // técnico agrícola
  automotiveElectrician: 'http://data.europa.eu/esco/occupation/6656337f-67eb-4f48-b1e4-ecccdfa44dd2', // electricista de automóviles
  baker: 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419', // panadero
  barber: 'http://data.europa.eu/esco/occupation/4e0c14d6-b170-40f1-bcdc-703c0b92109b', // barbero
  barista: 'http://data.europa.eu/esco/occupation/bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61', // barista
  bartender: 'http://data.europa.eu/esco/occupation/2f5e38a0-6578-4665-bdbd-e2ab505be140', // barman
  bricklayer: 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7', // albañil
  buildingCaretaker: 'http://data.europa.eu/esco/occupation/1822bfc2-e735-449f-ba00-ca71eb5c062b', // conserje de edificio
  buildingCleaner: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397', // operario de limpieza de edificios
  buildingConstructionWorker: 'http://data.europa.eu/esco/occupation/fb7e2f4f-1545-42f1-972e-94082e49c6dc', // obrero de la construcción
  butcher: 'http://data.europa.eu/esco/occupation/37c7880e-cfee-4c41-a41b-061682fefde3', // carnicero
  callCentreAgent: 'http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19', // teleoperador
  cargoVehicleDriver: 'http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4', // conductor de vehículo de carga
  carpenter: 'http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4', // carpintero
  cashier: 'http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098', // cajero
  childCareWorker: 'http://data.europa.eu/esco/occupation/3413f234-6230-47a8-8cc7-2691fd54ce3a', // cuidador infantil
  coffeePicker: 'urn:solidaria:occupation:coffee-picker', // cortador de café
  coffeeTaster: 'http://data.europa.eu/esco/occupation/3d7b36e2-bfb8-4b67-9585-6787c1dda13e', // catador de café
  constructionPainter: 'http://data.europa.eu/esco/occupation/15620506-fb5d-49cd-87a2-1c9047fb406a', // pintor de obra
  contactCentreClerk: 'http://data.europa.eu/esco/occupation/b7b75eb6-34bc-462d-b412-eed393cc1397', // agente de centro de atención al cliente
  cook: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e', // cocinero
  cropProductionWorker: 'http://data.europa.eu/esco/occupation/c9191f7f-28b5-4df8-991d-804c53009b83', // operario agrícola
  dataEntryClerk: 'http://data.europa.eu/esco/occupation/6353b3e8-e8f2-4ecb-b230-186927139892', // grabador de datos
  domesticHousekeeper: 'http://data.europa.eu/esco/occupation/6d50f735-dca9-4a02-96dc-e4310ed98ae2', // empleado del hogar
  dressmaker: 'http://data.europa.eu/esco/occupation/5589e8e0-48d9-4193-8c85-86ba9f17e0e9', // modisto
  electrician: 'http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0', // electricista
  embroiderer: 'http://data.europa.eu/esco/occupation/7324e9f5-0f94-497e-af2f-42142e939a94', // bordador
  excavatorOperator: 'http://data.europa.eu/esco/occupation/eedbf8b1-9432-4f42-ab7f-db5cd3eb2a05', // operador de excavadora
  forkliftOperator: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755', // operador de carretilla elevadora
  fruitVegetablePicker: 'http://data.europa.eu/esco/occupation/373db468-bd25-4b67-a6e0-4ac79d9a9e85', // recolector de frutas y verduras
  fruitVegetablesSpecialisedSeller: 'http://data.europa.eu/esco/occupation/51ca3c6e-1c9b-49e4-aa09-9e77d1a59547', // vendedor especializado en frutas y verduras
  gardenLabourer: 'http://data.europa.eu/esco/occupation/a10eb17a-3c78-4f7a-a1da-8f31146339d3', // peón de jardinería
  guide: 'http://data.europa.eu/esco/occupation/b476f45f-2c79-44d5-a4d7-fa357aa83074', // guía de turismo
  hairdresser: 'http://data.europa.eu/esco/occupation/099c6bb0-22d3-4c5d-8bf5-70910af381ef', // peluquero
  handPacker: 'http://data.europa.eu/esco/occupation/f5cb9901-86fc-48d0-9cde-667fbe8cef3a', // responsable de empaquetado manual
  handyman: 'http://data.europa.eu/esco/occupation/f4a25243-b06a-42a9-9c69-246853df63ad', // empleado de mantenimiento
  homeCareAide: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60', // técnico de atención sociosanitaria a personas en el domicilio
  hospitalityEstablishmentReceptionist: 'http://data.europa.eu/esco/occupation/82025c02-9082-416c-998b-f51eb0359ee6', // recepcionista de alojamientos turísticos
  ictHelpDeskAgent: 'http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9', // agente del servicio de asistencia de TIC
  ictTechnician: 'http://data.europa.eu/esco/occupation/3e7bf729-4442-4b9f-ad5e-83111963795c', // técnico de TIC
  industrialCook: 'http://data.europa.eu/esco/occupation/11e6d39e-1295-40e7-8eea-3eb042bc7e34', // cocinero especializado en cocina industrial
  industrialMachineryMechanic: 'http://data.europa.eu/esco/occupation/269c47e7-9017-4aa6-bce8-49e89a696a64', // mecánico de maquinaria industrial
  kitchenAssistant: 'http://data.europa.eu/esco/occupation/e1cf6897-158d-4b48-a39e-2a3a8cac216c', // ayudante de cocina
  landBasedMachineryOperator: 'http://data.europa.eu/esco/occupation/1b8c75a9-407b-4554-a7d6-df391672c6b1', // operador de maquinaria agrícola
  liveChatOperator: 'http://data.europa.eu/esco/occupation/fde97584-d8e3-413e-a662-511c9055357e', // agente de atención al cliente por chat
  livestockWorker: 'http://data.europa.eu/esco/occupation/65bd2342-f7de-4932-9164-eb480e35a791', // operario de explotación ganadera
  manicurist: 'http://data.europa.eu/esco/occupation/bced9b86-d4e7-42f8-bb47-acb2001b9bd0', // manicuro
  masterCoffeeRoaster: 'http://data.europa.eu/esco/occupation/a2a126ac-d90d-4e9f-97d1-9b8dff2ff946', // maestro tostador de café
  motorcycleDeliveryPerson: 'http://data.europa.eu/esco/occupation/b5f6bb2c-0602-484d-a87f-9cac33f83010', // conductor de motocicleta de reparto
  motorcycleMechanic: 'urn:solidaria:occupation:motorcycle-mechanic', // mecánico de motos
  nanny: 'http://data.europa.eu/esco/occupation/0a5356bc-7f81-4e40-971d-c1dc789c5fb4', // niñero
  nurseAssistant: 'http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7', // auxiliar de enfermería
  plumber: 'http://data.europa.eu/esco/occupation/ed3cf43d-c2c1-4c46-82fc-1375e27e0290', // fontanero
  privateChauffeur: 'http://data.europa.eu/esco/occupation/e75305db-9011-4ee0-ab62-8d41a98f807e', // chófer privado
  roomAttendant: 'http://data.europa.eu/esco/occupation/731ecac4-06e8-4ec2-a559-101fecbd9183', // camarero de pisos
  sewingMachineOperator: 'http://data.europa.eu/esco/occupation/7d4266b3-2108-4330-b27b-430a96012c21', // operador de máquinas de coser
  shelfFiller: 'http://data.europa.eu/esco/occupation/d35f9e79-5778-43b4-8667-0e3ba1fcb19a', // reponedor
  shopAssistant: 'http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2', // asistente de tienda
  tyreFitter: 'http://data.europa.eu/esco/occupation/98c429ad-128e-467e-803a-9a6dc1ceed72', // encargado de la puesta a punto de los neumáticos
  vehicleCleaner: 'http://data.europa.eu/esco/occupation/7cb71c5f-c310-481c-b46b-d0044328758c', // operario de limpieza de vehículos
  vehicleTechnician: 'http://data.europa.eu/esco/occupation/4ad4024e-d1d3-4dea-b6d1-2c7948111dce', // mecánico de vehículos
  waiter: 'http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', // camarero
  warehouseWorker: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // mozo de almacén
  webDeveloper: 'http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d', // desarrollador web
  welder: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b', // soldador
} as const;

export const skill = {
  adaptDifferentWeatherConditions: 'http://data.europa.eu/esco/skill/3577e49b-951d-4d46-a1f4-417087a8fb6d', // adaptarse a condiciones climáticas diferentes
  administerAppointments: 'http://data.europa.eu/esco/skill/933e7ccf-5d56-46ba-aca4-857f826a6b3a', // gestionar las citas
  adviseCustomersUsageCosmetics: 'http://data.europa.eu/esco/skill/78ecad49-4579-4e6d-932e-edeaada0fdfe', // aconsejar a los clientes sobre el uso de cosméticos
  alterWearingApparel: 'http://data.europa.eu/esco/skill/7e2f6f05-d6ef-45f3-a33c-5d6d0b07e1cf', // arreglar prendas de vestir
  analyzeEnvironmentalData: 'http://data.europa.eu/esco/skill/77f109c4-3107-4d2a-a512-5160ac103933', // analizar datos medioambientales
  animalNutrition: 'http://data.europa.eu/esco/skill/37fd96cf-404a-4fa3-a443-2b5d6858c010', // alimentación animal
  answerIncomingCalls: 'http://data.europa.eu/esco/skill/5a0bffcf-4ff6-49cf-a7db-4142e63f5f04', // responder a las llamadas
  applyArcWeldingTechniques: 'http://data.europa.eu/esco/skill/27d26fd6-5795-4f0a-884e-112df7c68314', // aplicar técnicas de soldadura por arco
  applyFirstResponse: 'http://data.europa.eu/esco/skill/0dcea846-04b4-4ffc-8c75-a35c991454b1', // aplicar primeros auxilios
  applyGmp: 'http://data.europa.eu/esco/skill/bf7a45c4-0d72-4e6e-9da7-127b2b6656b7', // aplicar prácticas correctas de fabricación
  applyHaccp: 'http://data.europa.eu/esco/skill/5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350', // aplicar análisis de peligros y puntos de control crítico
  applyHealthSafetyWhen: 'http://data.europa.eu/esco/skill/0b34dd9f-bcb2-4bd0-9aaa-e88421cdf288', // aplicar normas de salud y de seguridad en la recolección de frutas y verduras
  applyNumeracySkills: 'http://data.europa.eu/esco/skill/5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde', // aplicar competencias matemáticas
  assistChildrensDevelopment: 'http://data.europa.eu/esco/skill/8e09fe66-2649-4179-81ef-91fefa3ceee8', // prestar asistencia en del desarrollo de las capacidades personales básicas de los niños
  assistClientsSpecialNeeds: 'http://data.europa.eu/esco/skill/b6b2e665-1085-4f4d-9973-e979721815d7', // asistir a clientes con necesidades especiales
  attendChildrensBasicNeeds: 'http://data.europa.eu/esco/skill/beb952e4-8a9c-47af-8a60-c6eb5c5f25bc', // prestar atención a las necesidades físicas básicas de los niños
  bakeGoods: 'http://data.europa.eu/esco/skill/5626b3b1-5415-47f6-acf1-b573d457d180', // hornear productos
  balanceTires: 'http://data.europa.eu/esco/skill/36576c3d-2c7b-4755-bc67-ec1452470c98', // equilibrar neumáticos
  buttonholing: 'http://data.europa.eu/esco/skill/09169f97-5c9a-413e-8aa3-5af953ba3a04', // fabricación de ojales
  carryOutStockRotation: 'http://data.europa.eu/esco/skill/ca55d9dd-f177-45b6-a2ee-1a4695044b76', // efectuar la rotación de existencias
  checkDeliveriesReceipt: 'http://data.europa.eu/esco/skill/f7f56b20-8f05-4731-a1bf-79fdcffc72ce', // comprobar entregas con acuse de recibo
  cleanBuildingFloors: 'http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe', // limpiar el suelo de un edificio
  cleanGlassSurfaces: 'http://data.europa.eu/esco/skill/d05ae693-dc7d-4073-8806-2782f117c24a', // limpiar superficies de cristal
  cleanRooms: 'http://data.europa.eu/esco/skill/7bb01a18-4637-4535-ba18-258f48f705b8', // limpiar salas
  cleanSurfaces: 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca', // limpiar superficies
  cleaningIndustryHealthSafety: 'http://data.europa.eu/esco/skill/09dea77e-870c-49eb-9a97-1398bee57bd0', // medidas de higiene y seguridad en la industria de la limpieza
  coffeeCharacteristics: 'http://data.europa.eu/esco/skill/deab5e2f-d45c-439b-a4c7-f2ea3b8dad86', // características del café
  communicateByTelephone: 'http://data.europa.eu/esco/skill/de2f0ce8-f8d6-48c5-a213-4d065251cecf', // comunicarse por teléfono
  communicateCustomers: 'http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127', // comunicarse con los clientes
  complyChecklists: 'http://data.europa.eu/esco/skill/d66964f4-6f5b-443e-bf74-e61a56f5957f', // seguir la lista de comprobaciones
  complyFoodSafetyHygiene: 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f', // observar la legislación relevante sobre salud seguridad higiene y otros relativa a las comidas
  computerProgramming: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97', // programación informática
  controlPerformanceVehicle: 'http://data.europa.eu/esco/skill/144318ce-d147-49fb-ae0b-3c5a9a677c14', // supervisar el rendimiento del vehículo
  cosmetics: 'http://data.europa.eu/esco/skill/7d9d73a8-08df-4624-a5df-95cb220c0736', // cosméticos
  createSolutionsProblems: 'http://data.europa.eu/esco/skill/03b9b491-fc9b-4868-914a-bf7cd47b5041', // crear soluciones para problemas
  customerService: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc', // servicio al cliente
  cutWallChases: 'http://data.europa.eu/esco/skill/ca1e4742-42cc-463a-9b12-a1733f06d7a3', // abrir galerías de conducciones
  debugSoftware: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1', // depurar software
  disabilityCare: 'http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8', // atención de personas con discapacidades
  distinguishFabrics: 'http://data.europa.eu/esco/skill/6d9f05ed-9ada-4604-9670-2df3bb439050', // diferenciar tejidos
  drawSketchesDevelopTextile: 'http://data.europa.eu/esco/skill/cdfb75ab-adc3-4143-a453-b91949dcfa1f', // hacer bosquejos de artículos textiles con programas de ordenador
  driveTwoWheeledVehicles: 'http://data.europa.eu/esco/skill/e7f63440-6007-486b-948f-ea124839c418', // conducir vehículos de dos ruedas
  driveUrbanAreas: 'http://data.europa.eu/esco/skill/2815f65d-6adb-46a6-8041-5768febf5580', // conducir en zonas urbanas
  educateCustomersCoffeeVarieties: 'http://data.europa.eu/esco/skill/a8562251-8f76-4217-b738-c348048c0f5d', // asesorar a la clientela sobre las variedades de café y té
  electricalWiringPlans: 'http://data.europa.eu/esco/skill/d15e92c4-c8dc-48cd-a1f6-94fe13347f87', // planos del cableado eléctrico
  electricity: 'http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e', // electricidad
  embroiderFabrics: 'http://data.europa.eu/esco/skill/1fe563ab-47b8-4092-98d6-2ac94952891e', // bordar tejidos
  ensureCleanlinessFoodPreparation: 'http://data.europa.eu/esco/skill/c747ab82-9c35-4bf6-ab90-b50b9a53d292', // asegurar que la zona de preparación de comidas mantiene el nivel de limpieza adecuado
  ensureSanitation: 'http://data.europa.eu/esco/skill/0c944316-12f6-4949-a156-a03dbaae790f', // limpiar el área de trabajo
  executeAnalyticalMathematicalCalculations: 'http://data.europa.eu/esco/skill/31c69100-b612-4a61-8db5-fd314318854c', // ejecutar cálculos matemáticos analíticos
  executeFertilisation: 'http://data.europa.eu/esco/skill/726629ad-29f1-4e46-9723-13c023ed43b4', // fertilizar
  executeInspectionWalkway: 'http://data.europa.eu/esco/skill/f13bcfba-84b9-44a0-974f-a3d5b470ea9a', // realizar una inspección a pie
  executeOpeningClosingProcedures: 'http://data.europa.eu/esco/skill/e5a6d7a7-f275-4e3a-be59-ea7c134944a6', // ejecutar procesos de apertura y cierre
  fillOutForms: 'http://data.europa.eu/esco/skill/8d49f760-3765-4612-8d40-a2bdd50738fe', // rellenar formularios
  followHealthSafetyProcedures: 'http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe', // respetar procedimientos de salud y seguridad en la construcción
  followHygienicProceduresDuring: 'http://data.europa.eu/esco/skill/a34f4fd4-1aff-4941-82d5-542ac94f81c3', // seguir procedimientos de higiene en la producción de alimentos
  followSafetyWorkingAtHeight: 'http://data.europa.eu/esco/skill/fafbb75f-ec35-4cc2-996a-20c85ef6c266', // seguir los procedimientos de seguridad al efectuar trabajos en altura
  followStockControlInstructions: 'http://data.europa.eu/esco/skill/b3b2547b-5c37-4d21-8ee5-f01b6bd672ae', // seguir las instrucciones para el control de las mercancías
  followWrittenInstructions: 'http://data.europa.eu/esco/skill/54d68400-9da3-4077-a7ee-52e68b390ef6', // seguir instrucciones escritas
  foodStorage: 'http://data.europa.eu/esco/skill/b4b3b539-81ae-43aa-a540-0e2ea2c7e802', // almacenamiento de alimentos
  greetGuests: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da', // recibir a los huéspedes
  growPlants: 'http://data.europa.eu/esco/skill/c5f255ef-02d3-4ab0-a652-2bf055d1d493', // cultivar plantas
  handleChemicalCleaningAgents: 'http://data.europa.eu/esco/skill/51a26193-9abe-4bce-9108-f50835be1c35', // manipular productos químicos de limpieza
  handleCustomerComplaints: 'http://data.europa.eu/esco/skill/28d715e3-3e5b-4fb6-8dd2-4be4919c8587', // gestionar reclamaciones de clientes
  handleFinancialTransactions: 'http://data.europa.eu/esco/skill/f7e7ccb6-fadc-4c35-935d-e1040be40dfe', // gestionar operaciones financieras
  handleGlassware: 'http://data.europa.eu/esco/skill/1493adef-8342-418b-bf61-87cf8a99c4d7', // manipular cristalería
  harvestCrop: 'http://data.europa.eu/esco/skill/2e4e8114-e579-453d-918e-b0262818ab76', // cosechar cultivos
  haveComputerLiteracy: 'http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60', // tener competencias informáticas
  healthSafetyRegulations: 'http://data.europa.eu/esco/skill/f2f463e5-2382-49cb-8199-e7e043d868df', // normativa de salud y seguridad
  hydraulics: 'http://data.europa.eu/esco/skill/68e66ed6-a171-4350-8ec1-2cfc4cae50e4', // hidráulica
  hygieneHealthCareSetting: 'http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2', // higiene en establecimientos de salud
  ictNetworkRouting: 'http://data.europa.eu/esco/skill/0da6cab1-0ee9-4391-a299-f71fbf21db56', // enrutado de red de TIC
  identifyCustomerNeeds: 'http://data.europa.eu/esco/skill/68698869-c13c-4563-adc7-118b7644f45d', // averiguar las necesidades del cliente
  implementAntiVirusSoftware: 'http://data.europa.eu/esco/skill/bb2b4485-2bad-402f-8517-44bf7d9afff4', // instalar software antivirus
  informationConfidentiality: 'http://data.europa.eu/esco/skill/a56dec32-05ef-45de-a256-ee6741f356db', // confidencialidad de la información
  inspectWornTires: 'http://data.europa.eu/esco/skill/4b09e030-03c4-42e1-b023-632089002335', // inspeccionar neumáticos gastados
  interactVerballyEnglish: 'http://data.europa.eu/esco/skill/0ee9e985-0ee5-4a73-8a12-78b53b261bb2', // interactuar verbalmente en inglés
  interpret2dPlans: 'http://data.europa.eu/esco/skill/dfce2aba-783e-4e17-9c17-e74aca505ec2', // interpretar planos en 2D
  joinWoodElements: 'http://data.europa.eu/esco/skill/2e8e2acf-5d58-4d99-807d-2ed77a6c8b17', // unir elementos de madera
  keepRecordsWorkProgress: 'http://data.europa.eu/esco/skill/ccfbdaad-b91d-4bfe-bd0e-d30b33587f19', // llevar registro de la evolución de los trabajos
  liftHeavyWeights: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99', // levantar objetos pesados
  listenActively: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de', // practicar la escucha activa
  loadPickedFruitsVegetables: 'http://data.europa.eu/esco/skill/5bc9fb93-6591-4e48-ad51-20a2055ce620', // cargar frutas y verduras recolectadas
  localGeography: 'http://data.europa.eu/esco/skill/b4b28d82-0a26-4b1c-a932-38d4378c189e', // geografía local
  maintainCustomerRecords: 'http://data.europa.eu/esco/skill/c753a3b5-d5cc-406d-adfe-3372bb267f4b', // mantener registros de clientes y clientas
  maintainCustomerService: 'http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3', // mantener el servicio de atención a clientes
  maintainEquipment: 'http://data.europa.eu/esco/skill/5033c2fb-ec55-4b8e-b0a4-9379593f1e1c', // mantener el equipo
  maintainIncidentReportingRecords: 'http://data.europa.eu/esco/skill/3fa8e226-4f06-4efb-8abe-26dbc1f5c085', // mantener registros de información sobre incidentes
  maintainRecordsMaintenanceInterventions: 'http://data.europa.eu/esco/skill/182915aa-3470-433a-9b12-347511befcde', // llevar un registro del mantenimiento
  maintainStoreCleanliness: 'http://data.europa.eu/esco/skill/57c1debf-3867-4e64-baf8-ce70d84f88c9', // mantener limpia la tienda
  maintainVehicleAppearance: 'http://data.europa.eu/esco/skill/5924a1a6-507a-43bf-8609-23840e59dfd7', // mantener el aspecto físico del vehículo
  maintainWorkAreaCleanliness: 'http://data.europa.eu/esco/skill/5598739b-6718-4cff-8402-91d7f65b1505', // mantener la limpieza de la zona de trabajo
  makeBeds: 'http://data.europa.eu/esco/skill/e0c6fdd1-336a-4e2f-91d1-ab4a2f9c385d', // hacer las camas
  manageCleaningActivities: 'http://data.europa.eu/esco/skill/a97353c8-f2a3-47be-86e1-f7c301fca630', // gestionar actividades de limpieza
  manageHealthWelfareLivestock: 'http://data.europa.eu/esco/skill/7c6ab71d-c8d4-4a85-9f33-7ab3c2e23157', // gestionar la salud y el bienestar del ganado
  manageWarehouseInventory: 'http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63', // gestionar el inventario del almacén
  mechanicalComponentsVehicles: 'http://data.europa.eu/esco/skill/575f79e8-8500-4ddf-91ec-5e6de73d35a3', // componentes mecánicos de los vehículos
  mechanicalTools: 'http://data.europa.eu/esco/skill/44297bbb-306a-46fa-ab1b-fa3fb327ebda', // herramientas mecánicas
  mechanics: 'http://data.europa.eu/esco/skill/efa141df-f382-418f-9121-bd88fd735669', // mecánica
  mixConcrete: 'http://data.europa.eu/esco/skill/5cc37935-e6c9-4f28-b800-25e177e63e68', // mezclar hormigón
  mixConstructionGrouts: 'http://data.europa.eu/esco/skill/bfd96453-f2fd-43ea-afc1-fb2dc0d7367d', // mezclar materiales de construcción
  monitorStockLevel: 'http://data.europa.eu/esco/skill/44f6a65f-6be7-4818-9a66-73908797283f', // supervisar el nivel de las existencias
  olderAdultsNeeds: 'http://data.europa.eu/esco/skill/634865e0-2ec2-4b7f-bb7f-c196637f0f7b', // necesidades de los adultos mayores
  operateAgriculturalMachinery: 'http://data.europa.eu/esco/skill/00dd3271-077f-4a12-a958-e297fdd724ce', // manejar maquinaria agrícola
  operateCashPoint: 'http://data.europa.eu/esco/skill/279101c1-e325-4349-bf58-401b6c8ff208', // llevar la caja
  operateCashRegister: 'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82', // manejar una caja registradora
  operateForklift: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da', // manejar carretillas elevadoras
  operateGarmentManufacturingMachines: 'http://data.europa.eu/esco/skill/a3b7134f-81c8-43da-b207-a00d8b09e61b', // manejar máquinas para confeccionar prendas de vestir
  operateGpsSystems: 'http://data.europa.eu/esco/skill/97fb21db-a4e5-4b03-af21-03b9d510d872', // manejar sistemas de posicionamiento global
  operateHeatTreatmentProcess: 'http://data.europa.eu/esco/skill/14f6c275-5a3c-4016-8be0-53c40b4bfbc5', // manejar el proceso de tratamiento térmico
  operateKneadingFoodProducts: 'http://data.europa.eu/esco/skill/d87653a0-87b0-4c03-a44a-bf0a217431a2', // amasar productos alimenticios
  operateSolderingEquipment: 'http://data.europa.eu/esco/skill/f30a7ea4-77dd-452c-8a2d-b06c12606a7f', // manejar herramientas para soldadura
  operateWeighingMachine: 'http://data.europa.eu/esco/skill/d18408c1-c2ba-4835-9ee0-352705d807d0', // manejar la balanza
  operateWeldingEquipment: 'http://data.europa.eu/esco/skill/2fcd95a4-1f9a-41cf-95a9-4701bde476b4', // manejar equipos de soldadura
  orderSupplies: 'http://data.europa.eu/esco/skill/210827e3-3129-45a2-8683-70399f3f561f', // encargar suministros
  organizeProductDisplay: 'http://data.europa.eu/esco/skill/77a11321-754a-41de-b9e4-80d747f528db', // organizar la presentación de los productos
  packGoods: 'http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a', // empaquetar mercancías
  performIctTroubleshooting: 'http://data.europa.eu/esco/skill/744442ac-c157-4350-8be0-ce454df4f5c5', // detectar y corregir errores de las tecnologías de la información y de las comunicaciones
  performMultipleTasks: 'http://data.europa.eu/esco/skill/0b144726-21c2-46ed-8d13-c03d27f61604', // realizar varias tareas a la vez
  performSensoryEvaluation: 'http://data.europa.eu/esco/skill/2f4e1ff6-1191-4fd8-b1bf-043af19cec65', // realizar análisis sensorial
  performWeedControlOperations: 'http://data.europa.eu/esco/skill/94a1b3c5-2a95-4703-8559-973bc6d14747', // realizar operaciones de control de hierbas
  pickOrdersDispatching: 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f', // preparar los pedidos para el envío
  prepareEquipmentHarvest: 'http://data.europa.eu/esco/skill/64c626b1-0078-4958-bbde-86b5cf2b18fa', // preparar equipos para la cosecha
  prepareHotDrinks: 'http://data.europa.eu/esco/skill/e4fb4f26-1c0c-45e4-9250-5be32cee2a48', // preparar bebidas calientes
  prepareReadyMadeDishes: 'http://data.europa.eu/esco/skill/b72395ea-623b-4204-abef-a67592b0781a', // preparar platos precocinados
  prepareSandwiches: 'http://data.europa.eu/esco/skill/493a1805-6caa-4cda-8fd3-6495ec8ea451', // elaborar bocadillos
  processData: 'http://data.europa.eu/esco/skill/f2d57f41-43b4-4f5b-8100-3df5c21eda50', // procesar datos
  processPayments: 'http://data.europa.eu/esco/skill/bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23', // tramitar pagos
  propagatePlants: 'http://data.europa.eu/esco/skill/844e9480-7aef-49f6-9260-d88c27249241', // realizar actividades de multiplicación de plantas
  protectSurfacesDuringConstruction: 'http://data.europa.eu/esco/skill/30bfd573-ab0b-457e-95fa-851dc681af60', // proteger superficies durante obras de construcción
  provideCustomerGuidanceProduct: 'http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32', // orientar a los clientes en la selección de productos
  provideCustomerInformationRelated: 'http://data.europa.eu/esco/skill/ae4ea3e1-3c1a-45b0-96a7-106988c053c0', // proporcionar a los clientes información sobre las reparaciones
  provideFirstAid: 'http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6', // ofrecer primeros auxilios
  prunePlants: 'http://data.europa.eu/esco/skill/af9b6098-7d2f-4990-b4eb-d7dd73fdb933', // podar plantas
  readMaps: 'http://data.europa.eu/esco/skill/3172f001-a4dd-4e7e-9f74-9707b2e7c6e1', // interpretar mapas
  replaceTires: 'http://data.europa.eu/esco/skill/202d0d2b-f6b9-48fe-b70e-cff49fa1d087', // reemplazar neumáticos
  resolveEquipmentMalfunctions: 'http://data.europa.eu/esco/skill/1de6b87b-2c7d-49aa-bcc0-3b2ef75f064f', // resolver problemas de averías de equipos
  restockToiletFacilitiesSupplies: 'http://data.europa.eu/esco/skill/bb62b926-73ff-437d-aac1-5f8af6cc8e52', // reponer los suministros de los aseos
  roadTrafficLaws: 'http://data.europa.eu/esco/skill/48f480aa-c9a8-4552-b1c5-e94330912257', // leyes en materia de circulación vial
  secureGoodsAccordingWork: 'http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c', // asegurar los productos por orden de pedido
  serveBeverages: 'http://data.europa.eu/esco/skill/beeaddc7-fe69-4b97-a286-0bd595432eb9', // servir bebidas
  sewPiecesFabric: 'http://data.europa.eu/esco/skill/a3ef84f9-c436-437a-bc6f-4956ae13e1eb', // coser telas
  sewTextileBasedArticles: 'http://data.europa.eu/esco/skill/0d207bf2-b0dd-4a36-933f-d2cd3da2933d', // coser artículos de tela
  skinTypes: 'http://data.europa.eu/esco/skill/db85a2ca-04c4-4275-ba7a-b615c3686e09', // tipos de piel
  speakDifferentLanguages: 'http://data.europa.eu/esco/skill/2de4572a-4724-4f76-afc2-72a568a264ac', // hablar idiomas
  stockShelves: 'http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68', // colocar las mercancías en las estanterías
  storeRawFoodMaterials: 'http://data.europa.eu/esco/skill/29b326ea-a9c8-4963-b35a-8541d0cdff77', // almacenar materias primas alimenticias
  superviseChildren: 'http://data.europa.eu/esco/skill/f8d4a24c-fb62-444e-9525-7aa5662f440d', // vigilar a los niños
  supportChildrensWellbeing: 'http://data.europa.eu/esco/skill/a65fb963-6faf-47b2-a3d9-c4e5e4d833c5', // apoyar el bienestar de los niños
  takeFoodBeverageOrders: 'http://data.europa.eu/esco/skill/704bed2c-737a-4585-b840-1d28bbcab9b4', // tomar pedidos de comida y bebida de la clientela
  testMakeUp: 'http://data.europa.eu/esco/skill/2c6439c2-77a5-436a-b222-5e12d435c3eb', // probar maquillaje
  tolerateStress: 'http://data.europa.eu/esco/skill/d15f8745-28f8-4abf-a7b6-6cb8a304efd2', // tolerar el estrés
  transportConstructionSupplies: 'http://data.europa.eu/esco/skill/4af56376-7b2f-4ced-ac58-0c3967bd1e83', // transportar materiales de construcción
  useAutomotiveDiagnosticEquipment: 'http://data.europa.eu/esco/skill/5b264a14-d4db-4352-9278-fbb63c5ebed4', // utilizar equipos de diagnóstico de automóviles
  useCookingTechniques: 'http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467', // usar técnicas de cocina
  useFoodCuttingTools: 'http://data.europa.eu/esco/skill/c42d2a2a-2f55-45ac-beb1-0a8a76412457', // utilizar herramientas para cortar alimentos
  useFoodPreparationTechniques: 'http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c', // usar técnicas de preparación de alimentos
  useGardeningEquipment: 'http://data.europa.eu/esco/skill/8a1942a8-bebd-4cc5-bdff-fe215aaa3de5', // manejar maquinaria de jardinería
  useHandTools: 'http://data.europa.eu/esco/skill/7cd6de25-f691-4aac-81a2-a9d09b004b38', // manejar herramientas manuales
  useMeasurementInstruments: 'http://data.europa.eu/esco/skill/b92758d4-4591-4df1-9ceb-f907aa71ebd9', // utilizar instrumentos de medida
  usePackagingEquipment: 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd', // utilizar equipos de empaquetado
  usePowerTools: 'http://data.europa.eu/esco/skill/5bf7f85a-b080-4b27-8ddc-9f62af4643f5', // utilizar herramientas eléctricas
  useSafetyEquipmentConstruction: 'http://data.europa.eu/esco/skill/c643e59b-d74c-4f44-b76e-6e1d96c05ec4', // utilizar equipamiento de seguridad en obras de construcción
  useSander: 'http://data.europa.eu/esco/skill/2aa6039e-c747-4f74-a61e-e96a195f3260', // utilizar lijadoras de yeso
  useSoftwareDesignPatterns: 'http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17', // utilizar patrones de diseño de software
  useSpreadsheetsSoftware: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be', // utilizar programas informáticos de hojas de cálculo
  useTraditionalToolboxTools: 'http://data.europa.eu/esco/skill/b1338cfb-930c-4bcb-b77a-1034d76ddb0e', // utilizar las herramientas de una caja de herramientas
  vehicleElectricalSystems: 'http://data.europa.eu/esco/skill/3a5275f4-67e5-4371-a31e-68291aa86691', // sistemas eléctricos de los vehículos
  washLaundry: 'http://data.europa.eu/esco/skill/04838ae5-a737-48a0-a782-3d1b6b6cb75b', // lavar la ropa
  wearAppropriateProtectiveGear: 'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc', // utilizar equipos de protección adecuados
  workAccordingRecipe: 'http://data.europa.eu/esco/skill/a0d96ce8-aeeb-4ffb-bd78-21c0598179ff', // respetar las recetas
  workOutdoorConditions: 'http://data.europa.eu/esco/skill/0e355580-bd4a-465a-8058-92984623070e', // trabajar al aire libre
  writeWorkRelatedReports: 'http://data.europa.eu/esco/skill/918f5211-b99f-4b29-9a34-6e475583ef55', // preparar informes sobre asuntos de trabajo
} as const;
