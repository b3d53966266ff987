// The curated selection behind the starter taxonomy: which occupations matter in
// Central America's labour market, the regional Spanish words ESCO lacks, occupations
// ESCO does not name, and practical skills of informal work. Read by select-from-esco.ts.

/** An ESCO occupation by its English preferred label, with the regional labels ESCO lacks. */
export type EscoPick = { esco: string; es?: string[]; en?: string[] };

export const ESCO_OCCUPATIONS: EscoPick[] = [
  // cooking, food and hospitality
  { esco: 'cook', es: ['cocinero de restaurante', 'cocinera de restaurante', 'cocinero de comedor', 'cocinera de comedor', 'cocinero de soda', 'cocinera de soda'] },
  { esco: 'chef', es: ['chef de cocina', 'jefe de cocina'] },
  { esco: 'industrial cook', es: ['cocinero de comedor industrial', 'cocinera de comedor industrial', 'cocinero de comedor escolar', 'cocinera de comedor escolar'] },
  { esco: 'kitchen assistant', es: ['ayudante de cocinero', 'ayudante de cocinera', 'auxiliar de cocina'] },
  { esco: 'kitchen porter', es: ['lavaplatos', 'lavatrastes', 'lavatrastos', 'lavaollas', 'steward de cocina'], en: ['dishwasher'] },
  { esco: 'quick service restaurant crew member', es: ['empleado de comida rápida', 'empleada de comida rápida', 'cajero de comida rápida', 'cajera de comida rápida'] },
  { esco: 'waiter/waitress', es: ['mesero', 'mesera', 'salonero', 'salonera', 'mesero de restaurante', 'mesera de restaurante', 'salonero de restaurante', 'salonera de restaurante'] },
  { esco: 'bartender', es: ['cantinero', 'cantinera', 'bartender', 'barman', 'salonero de bar', 'salonera de bar'] },
  { esco: 'barista', es: ['barista de café', 'preparador de café', 'preparadora de café'] },
  { esco: 'baker', es: ['panificador', 'panificadora', 'hornero', 'hornera'] },
  { esco: 'pastry maker', es: ['repostero', 'repostera', 'pastelero de panadería', 'pastelera de panadería'] },
  { esco: 'butcher', es: ['destazador', 'destazadora', 'carnicero de mercado', 'carnicera de mercado'] },
  { esco: 'dairy products maker', es: ['quesero', 'quesera', 'elaborador de quesos', 'elaboradora de quesos', 'lechero', 'lechera'] },
  { esco: 'coffee taster', es: ['catador de café de especialidad', 'catadora de café de especialidad'], en: ['coffee cupper', 'Q grader'] },
  { esco: 'master coffee roaster', es: ['tostador de café', 'tostadora de café', 'tostador', 'tostadora'] },
  // tourism and lodging
  { esco: 'hospitality establishment receptionist', es: ['recepcionista de hotel', 'recepcionista de hostal', 'recepcionista de cabinas'] },
  { esco: 'room attendant', es: ['camarista', 'mucama', 'recamarera', 'recamarero', 'camarista de hotel', 'mucama de hotel'], en: ['housekeeper', 'chambermaid'] },
  { esco: 'housekeeping supervisor', es: ['ama de llaves', 'supervisora de limpieza', 'supervisor de limpieza'] },
  { esco: 'guide', es: ['guía turístico', 'guía turística', 'guía de turistas'] },
  // cleaning and domestic work
  { esco: 'domestic housekeeper', es: ['empleada doméstica', 'empleado doméstico', 'trabajadora del hogar', 'trabajador del hogar', 'trabajadora doméstica', 'trabajador doméstico', 'doméstica', 'empleada de casa', 'servidora doméstica'], en: ['domestic worker', 'maid', 'household worker'] },
  { esco: 'domestic cleaner', es: ['empleada doméstica', 'trabajadora del hogar', 'empleada de limpieza', 'limpiadora de casas', 'señora de limpieza', 'aseadora'], en: ['house cleaner', 'maid'] },
  { esco: 'building cleaner', es: ['misceláneo', 'miscelánea', 'conserje de limpieza', 'afanador', 'afanadora', 'personal de limpieza', 'operario de limpieza', 'operaria de limpieza', 'limpiador', 'limpiadora', 'aseador', 'aseadora'], en: ['janitor', 'cleaner'] },
  { esco: 'laundry worker', es: ['planchador', 'planchadora', 'aplanchadora', 'lavandera y planchadora', 'lavandero', 'lavandera', 'trabajador de lavandería', 'trabajadora de lavandería'] },
  { esco: 'vehicle cleaner', es: ['lavacarros', 'lavador de carros', 'lavadora de carros', 'lavador de autos', 'lavador de vehículos', 'lavacoches'], en: ['car washer'] },
  { esco: 'street sweeper', es: ['barrendero municipal', 'barrendera municipal', 'peón de aseo de vías', 'peona de aseo de vías'] },
  { esco: 'refuse collector', es: ['recolector de basura', 'recolectora de basura', 'peón de recolección', 'recolector de desechos'] },
  { esco: 'recycling worker', es: ['reciclador', 'recicladora', 'recolector de material reciclable', 'recolectora de material reciclable', 'chatarrero', 'chatarrera', 'pepenador', 'pepenadora'], en: ['waste picker'] },
  { esco: 'building caretaker', es: ['conserje', 'portero de edificio', 'portera de edificio', 'encargado de edificio', 'encargada de edificio'] },
  { esco: 'handyman', es: ['todero', 'todera', 'encargado de mantenimiento', 'encargada de mantenimiento', 'operario de mantenimiento general', 'oficios varios', 'misceláneo de mantenimiento'] },
  // care
  { esco: 'nanny', es: ['niñera por horas', 'canguro', 'niñera', 'niñero', 'nana', 'chineadora', 'cuidadora de niños', 'cuidador de niños'] },
  { esco: 'child care worker', es: ['cuidadora de niños', 'cuidador de niños', 'cuidadora', 'cuidador', 'asistente de cuido', 'niñera'] },
  { esco: 'early years teaching assistant', es: ['asistente de preescolar', 'auxiliar de preescolar', 'asistente de kínder', 'asistente de maestra'] },
  { esco: 'home care aide', es: ['asistente de pacientes', 'cuidadora', 'cuidador', 'cuidadora de adultos mayores', 'cuidador de adultos mayores', 'cuidadora de ancianos', 'cuidador de ancianos', 'acompañante de adultos mayores', 'cuidadora de enfermos', 'cuidador de enfermos'], en: ['carer', 'caregiver', 'elderly carer'] },
  { esco: 'nurse assistant', es: ['asistente de enfermería', 'auxiliar de enfermería', 'auxiliar de enfermera'] },
  { esco: 'pharmacy assistant', es: ['dependiente de farmacia', 'dependienta de farmacia', 'auxiliar de farmacia', 'despachador de farmacia', 'despachadora de farmacia'] },
  { esco: 'community health worker', es: ['promotor de salud', 'promotora de salud', 'agente comunitario de salud', 'agente comunitaria de salud'] },
  { esco: 'social work assistant', es: ['promotor social', 'promotora social', 'asistente de trabajo social'] },
  { esco: 'interpreter', es: ['traductor', 'traductora', 'intérprete comunitario', 'intérprete comunitaria'] },
  // farm, coffee, livestock, forestry and fishing
  { esco: 'fruit and vegetable picker', es: ['jornalero agrícola', 'jornalera agrícola', 'recolector', 'recolectora', 'cosechador', 'cosechadora', 'cortador de fruta', 'cortadora de fruta', 'peón agrícola'] },
  { esco: 'crop production worker', es: ['jornalero agrícola', 'jornalera agrícola', 'jornalero', 'jornalera', 'peón', 'peón agrícola', 'peona agrícola', 'peón de finca', 'trabajador agrícola', 'trabajadora agrícola', 'bracero', 'obrero agrícola', 'obrera agrícola'], en: ['farm labourer', 'farmhand', 'day labourer'] },
  { esco: 'agronomic crop production team leader', es: ['capataz de finca', 'mandador', 'mandadora', 'mayordomo de finca', 'caporal'] },
  { esco: 'livestock worker', es: ['vaquero', 'vaquera', 'sabanero', 'sabanera', 'ordeñador', 'ordeñadora', 'peón de ganadería', 'peón de lechería', 'mozo de granja'], en: ['cowhand', 'milker'] },
  { esco: 'pig breeder', es: ['porcicultor', 'porcicultora', 'criador de chanchos', 'criadora de chanchos', 'criador de cerdos'] },
  { esco: 'poultry breeder', es: ['avicultor', 'avicultora', 'criador de gallinas', 'criadora de gallinas', 'criador de pollos', 'criadora de pollos'] },
  { esco: 'bee breeder', es: ['apicultor', 'apicultora', 'productor de miel', 'productora de miel'] },
  { esco: 'mixed farmer', es: ['agricultor', 'agricultora', 'campesino', 'campesina', 'productor agrícola', 'productora agrícola', 'finquero', 'finquera', 'parcelero', 'parcelera'], en: ['smallholder', 'farmer'] },
  { esco: 'horticulture worker', es: ['horticultor', 'horticultora', 'viverista', 'trabajador de vivero', 'trabajadora de vivero', 'peón de vivero'] },
  { esco: 'garden labourer', es: ['paisajista', 'jardinero de casas', 'chapeador', 'chapeadora', 'ayudante de jardinería', 'jardinero', 'jardinera', 'zacatero'] },
  { esco: 'forest worker', es: ['motosierrista', 'peón forestal', 'leñador', 'leñadora', 'trabajador forestal', 'trabajadora forestal'] },
  { esco: 'agricultural technician', es: ['técnico agropecuario', 'técnica agropecuaria', 'perito agrónomo', 'perita agrónoma', 'extensionista agrícola'] },
  { esco: 'land-based machinery operator', es: ['tractorista', 'operador de tractor', 'operadora de tractor', 'operador de maquinaria agrícola'] },
  { esco: 'fisheries boatman', es: ['pescador', 'pescadora', 'pescador artesanal', 'pescadora artesanal', 'lanchero', 'lanchera'] },
  { esco: 'aquaculture husbandry worker', es: ['piscicultor', 'piscicultora', 'trabajador de granja acuícola', 'trabajadora de granja acuícola', 'camaronero', 'tilapiero'] },
  // construction
  { esco: 'bricklayer', es: ['albañil', 'constructor', 'constructora', 'maestro albañil', 'maestra albañil', 'mampostero', 'mampostera', 'bloquero', 'oficial de albañilería'], en: ['mason', 'builder'] },
  { esco: 'bricklaying supervisor', es: ['maestro de obras', 'maestra de obras', 'capataz', 'encargado de obra', 'encargada de obra', 'contratista'], en: ['foreman', 'site foreman'] },
  { esco: 'building construction worker', es: ['peón de construcción', 'peona de construcción', 'ayudante de albañil', 'ayudante de construcción', 'chalán', 'obrero', 'obrera', 'albañil', 'constructor', 'jornalero de construcción'], en: ['construction labourer', "builder's labourer", "mason's helper"] },
  { esco: 'carpenter', es: ['carpintero de obra', 'carpintera de obra', 'formaletero', 'formaletera', 'encofrador', 'encofradora'] },
  { esco: 'cabinet maker', es: ['carpintero de muebles', 'carpintera de muebles', 'mueblero', 'mueblera'] },
  { esco: 'construction painter', es: ['pintor', 'pintora', 'pintor de casas', 'pintora de casas', 'pintor de brocha gorda'] },
  { esco: 'plasterer', es: ['repellador', 'repelladora', 'enlucidor', 'enlucidora', 'yesero', 'yesera', 'repello y afinado'] },
  { esco: 'tile fitter', es: ['enchapador', 'enchapadora', 'colocador de cerámica', 'colocadora de cerámica', 'colocador de pisos', 'azulejero', 'ceramiquero'] },
  { esco: 'roofer', es: ['techador', 'techadora', 'instalador de techos', 'instaladora de techos', 'instalador de láminas', 'techero'] },
  { esco: 'plumber', es: ['plomero', 'plomera', 'fontanero', 'fontanera', 'técnico en fontanería', 'gasfitero'] },
  { esco: 'electrician', es: ['electricista residencial', 'técnico electricista', 'técnica electricista', 'electricista de obra'] },
  { esco: 'welder', es: ['soldador', 'soldadora', 'soldador eléctrico', 'soldador de estructuras', 'herrero soldador'] },
  { esco: 'structural ironworker', es: ['armador', 'armadora', 'armador de varilla', 'fierrero', 'varillero', 'armador de hierro'] },
  { esco: 'concrete finisher', es: ['concretero', 'concretera', 'acabador de concreto', 'acabadora de concreto', 'afinador de concreto'] },
  { esco: 'road maintenance worker', es: ['peón de caminos', 'peona de caminos', 'bacheador', 'bacheadora', 'trabajador de caminos vecinales'] },
  { esco: 'excavator operator', es: ['operador de retroexcavadora', 'operadora de retroexcavadora', 'operador de maquinaria pesada', 'operadora de maquinaria pesada', 'operador de back hoe'] },
  { esco: 'forklift operator', es: ['montacarguista', 'operador de montacargas', 'operadora de montacargas'] },
  { esco: 'sheet metal worker', es: ['hojalatero', 'hojalatera', 'latonero', 'instalador de canoas'] },
  { esco: 'heating, ventilation, air conditioning (and refrigeration) service engineer', es: ['técnico en refrigeración', 'técnica en refrigeración', 'técnico en aire acondicionado', 'técnica en aire acondicionado', 'refrigerista'] },
  { esco: 'hand brick moulder', es: ['ladrillero', 'ladrillera', 'adobero', 'tejero'] },
  // mechanics and repair
  { esco: 'vehicle technician', es: ['mecánico automotriz', 'mecánica automotriz', 'mecánico', 'mecánica', 'mecánico de carros', 'mecánico de autos', 'mecánico general'], en: ['car mechanic', 'auto mechanic'] },
  { esco: 'diesel engine mechanic', es: ['mecánico diésel', 'mecánica diésel', 'mecánico de camiones', 'mecánico de buses'] },
  { esco: 'automotive electrician', es: ['electricista automotriz', 'electromecánico automotriz', 'electromecánica automotriz'] },
  { esco: 'coachbuilder', es: ['pintor automotriz', 'pintora automotriz', 'pintor de carros', 'enderezador', 'enderezadora', 'enderezador y pintor', 'latonero automotriz'] },
  { esco: 'tyre fitter', es: ['llantero', 'llantera', 'montallantas', 'reparador de llantas', 'reparadora de llantas', 'vulcanizador'] },
  { esco: 'vehicle maintenance attendant', es: ['ayudante de mecánica', 'ayudante de mecánico', 'lubricador', 'lubricadora', 'cambiador de aceite'] },
  { esco: 'bicycle mechanic', es: ['bicicletero', 'bicicletera', 'reparador de bicicletas'] },
  { esco: 'industrial machinery mechanic', es: ['mecánico industrial', 'mecánica industrial', 'técnico en mantenimiento industrial', 'técnica en mantenimiento industrial'] },
  { esco: 'household appliances repair technician', es: ['técnico en electrodomésticos', 'técnica en electrodomésticos', 'reparador de electrodomésticos', 'técnico en línea blanca'] },
  { esco: 'mobile phone repair technician', es: ['técnico en celulares', 'técnica en celulares', 'reparador de celulares', 'reparadora de celulares'] },
  { esco: 'computer hardware repair technician', es: ['técnico en computadoras', 'técnica en computadoras', 'técnico en reparación de computadoras', 'reparador de computadoras'] },
  { esco: 'shoe repairer', es: ['zapatero remendón', 'zapatera remendona', 'reparador de zapatos', 'reparadora de zapatos'] },
  // sewing, textiles, crafts and light manufacturing
  { esco: 'sewing machine operator', es: ['costurera', 'costurero', 'costurera industrial', 'operaria de maquila', 'operario de maquila', 'maquilera', 'operaria de máquina de coser', 'operaria de confección'], en: ['seamstress', 'garment worker'] },
  { esco: 'dressmaker', es: ['costurera de arreglos', 'arreglos de ropa', 'costurera', 'costurero', 'modisto', 'modista', 'confeccionista'], en: ['seamstress'] },
  { esco: 'tailor', es: ['sastre', 'sastra'] },
  { esco: 'embroiderer', es: ['bordadora', 'bordador', 'bordadora a mano'] },
  { esco: 'weaver', es: ['tejedora de telar', 'tejedor de telar', 'tejedora de telar de cintura', 'artesana textil', 'artesano textil'] },
  { esco: 'upholsterer', es: ['tapicero', 'tapicera'] },
  { esco: 'shoemaker', es: ['zapatero', 'zapatera', 'fabricante de calzado'] },
  { esco: 'leather goods artisanal worker', es: ['talabartero', 'talabartera', 'marroquinero', 'marroquinera'] },
  { esco: 'production potter', es: ['ceramista', 'artesano de barro', 'artesana de barro'] },
  { esco: 'woodcarver', es: ['tallador de madera', 'talladora de madera', 'artesano de madera', 'artesana de madera'] },
  { esco: 'hand packer', es: ['empacador', 'empacadora', 'empacador de fruta', 'empacadora de fruta', 'embalador', 'embaladora'] },
  { esco: 'factory hand', es: ['operario de fábrica', 'operaria de fábrica', 'obrero de fábrica', 'obrera de fábrica', 'operario de producción', 'operaria de producción', 'operaria de maquila'] },
  // beauty
  { esco: 'hairdresser', es: ['peinadora', 'estilista', 'estilista de cabello', 'cosmetóloga', 'cosmetólogo'] },
  { esco: 'barber', es: ['barbero', 'barbera', 'peluquero de caballeros'] },
  { esco: 'beauty salon attendant', es: ['asistente de salón de belleza', 'ayudante de estética', 'recepcionista de salón de belleza'] },
  { esco: 'manicurist', es: ['pedicurista', 'pedicura', 'manicurista', 'técnica de uñas', 'técnico de uñas', 'decoradora de uñas'] },
  { esco: 'make-up artist', es: ['maquillista'] },
  { esco: 'aesthetician', es: ['cosmetóloga', 'cosmetólogo', 'cosmiatra'] },
  { esco: 'masseur/masseuse', es: ['masajista terapéutico', 'masajista terapéutica'] },
  // retail, markets and street vending
  { esco: 'sales assistant', es: ['dependiente', 'dependienta', 'vendedor de tienda', 'vendedora de tienda', 'vendedor de mostrador', 'vendedora de mostrador', 'impulsador', 'impulsadora'], en: ['shop clerk', 'salesclerk'] },
  { esco: 'shop assistant', es: ['dependiente de panadería', 'vendedor de repuestos', 'vendedor de celulares', 'vendedora de ropa', 'dependiente', 'dependienta', 'despachador', 'despachadora', 'asistente de ventas', 'ayudante de tienda'] },
  { esco: 'cashier', es: ['cajero', 'cajera', 'cajero de supermercado', 'cajera de supermercado', 'cajero de tienda', 'cajera de tienda'] },
  { esco: 'retail entrepreneur', es: ['pulpero', 'pulpera', 'tendero', 'tendera', 'abarrotero', 'abarrotera', 'dueño de pulpería', 'dueña de pulpería', 'comerciante'], en: ['shopkeeper', 'corner shop owner'] },
  { esco: 'market vendor', es: ['vendedor de mercado', 'vendedora de mercado', 'placero', 'placera', 'tramero', 'tramera', 'feriante', 'vendedor de feria', 'vendedora de feria', 'puestero', 'puestera'], en: ['stallholder', 'market trader'] },
  { esco: 'hawker', es: ['vendedor ambulante', 'vendedora ambulante', 'vendedor callejero', 'vendedora callejera', 'buhonero', 'buhonera', 'chinamero', 'chinamera', 'comerciante informal'], en: ['street vendor', 'peddler'] },
  { esco: 'street food vendor', es: ['vendedor de comida', 'vendedora de comida', 'vendedora de comida típica', 'pupusero', 'pupusera', 'fritanguero', 'fritanguera', 'vendedor de tamales', 'vendedora de tamales', 'vendedor de elotes', 'vendedora de elotes', 'vendedor de frutas picadas'] },
  { esco: 'door to door seller', es: ['vendedora a domicilio', 'vendedor por catálogo', 'vendedora por catálogo', 'vendedor de puerta en puerta'] },
  { esco: 'fuel station specialised seller', es: ['bombero de gasolinera', 'pistero', 'pistera', 'despachador de combustible', 'despachadora de combustible', 'gasolinero', 'gasolinera'], en: ['gas station attendant', 'pump attendant'] },
  { esco: 'shelf filler', es: ['reponedor', 'reponedora', 'acomodador de mercadería', 'acomodadora de mercadería', 'surtidor', 'surtidora'] },
  { esco: 'fruit and vegetables specialised seller', es: ['verdulero', 'verdulera', 'frutero', 'frutera', 'vendedor de verduras', 'vendedora de verduras'] },
  { esco: 'second-hand goods specialised seller', es: ['vendedor de ropa americana', 'vendedora de ropa americana', 'vendedor de ropa usada', 'vendedora de ropa usada', 'pacas'] },
  { esco: 'hardware and paint specialised seller', es: ['ferretero', 'ferretera', 'dependiente de ferretería', 'dependienta de ferretería'] },
  { esco: 'lottery cashier', es: ['lotero', 'lotera', 'vendedor de lotería', 'vendedora de lotería', 'chancero', 'chancera', 'vendedor de chances'] },
  // transport and logistics
  { esco: 'taxi driver', es: ['taxista', 'chofer de taxi', 'conductor de taxi', 'conductora de taxi', 'porteador', 'porteadora'] },
  { esco: 'bus driver', es: ['chofer', 'chofer de bus', 'chofer de autobús', 'motorista', 'motorista de bus', 'busero', 'conductor de bus', 'conductora de bus'] },
  { esco: 'delivery driver', es: ['repartidor', 'repartidora', 'chofer repartidor', 'conductor de reparto', 'motorista repartidor', 'chofer de reparto'] },
  { esco: 'motorcycle delivery person', es: ['repartidor en moto', 'repartidora en moto', 'motorizado', 'motorizada', 'mensajero en moto', 'mensajera en moto', 'repartidor', 'repartidora', 'delivery'], en: ['motorbike courier', 'rider'] },
  { esco: 'cargo vehicle driver', es: ['chofer de camión', 'camionero', 'camionera', 'motorista de camión', 'trailero', 'furgonero', 'transportista'], en: ['truck driver', 'lorry driver'] },
  { esco: 'private chauffeur', es: ['chofer', 'chofer particular', 'chofer privado', 'motorista', 'conductor privado', 'conductora privada'] },
  { esco: 'bicycle courier', es: ['mensajero', 'mensajera', 'mandadero', 'mandadera', 'repartidor en bicicleta'] },
  { esco: 'warehouse worker', es: ['bodeguero', 'bodeguera', 'auxiliar de bodega', 'ayudante de bodega', 'almacenista', 'peón de bodega'] },
  { esco: 'materials handler', es: ['mudancero', 'peón de mudanzas', 'cargador de muelle', 'ayudante de camión', 'cargador', 'cargadora', 'auxiliar de logística', 'estibador', 'estibadora'] },
  { esco: 'warehouse order picker', es: ['alistador', 'alistadora', 'alistador de pedidos', 'alistadora de pedidos', 'preparador de pedidos', 'preparadora de pedidos'] },
  // security
  { esco: 'security guard', es: ['guarda de seguridad', 'guarda', 'vigilante', 'guardia de seguridad', 'guardia', 'oficial de seguridad', 'celador', 'celadora', 'guachimán', 'agente de seguridad privada'] },
  { esco: 'gate guard', es: ['guarda de portón', 'portero', 'portera', 'agente de control de acceso', 'vigilante de portón'] },
  // call centres and offices
  { esco: 'call centre agent', es: ['operador de call center', 'operadora de call center', 'agente de call center', 'agente de centro de llamadas', 'agente de telemercadeo', 'teleoperador bilingüe', 'agente de ventas telefónicas'], en: ['call center agent', 'telemarketer'] },
  { esco: 'customer contact centre information clerk', es: ['agente de servicio al cliente', 'representante de servicio al cliente', 'agente de call center', 'operador de call center', 'operadora de call center', 'agente de centro de llamadas', 'agente de centro de contacto', 'agente bilingüe'], en: ['customer service representative', 'call center agent'] },
  { esco: 'live chat operator', es: ['agente de chat', 'agente de soporte por chat'] },
  { esco: 'receptionist', es: ['recepcionista de oficina', 'secretaria recepcionista'] },
  { esco: 'office clerk', es: ['oficinista', 'auxiliar administrativo', 'auxiliar administrativa', 'asistente administrativo', 'asistente administrativa', 'secretaria', 'secretario'] },
  { esco: 'data entry clerk', es: ['digitador', 'digitadora', 'capturista', 'operador de captura de datos', 'operadora de captura de datos'] },
  { esco: 'billing clerk', es: ['facturador', 'facturadora', 'auxiliar contable', 'auxiliar de contabilidad'] },
  { esco: 'bank teller', es: ['cajero bancario', 'cajera bancaria', 'receptor pagador', 'receptora pagadora'] },
  { esco: 'debt collector', es: ['gestor de cobro', 'gestora de cobro', 'cobrador', 'cobradora'] },
  // IT and digital work
  { esco: 'ICT help desk agent', es: ['técnico de soporte', 'técnica de soporte', 'agente de soporte técnico', 'soporte técnico', 'mesa de ayuda', 'help desk'] },
  { esco: 'ICT technician', es: ['técnico en informática', 'técnica en informática', 'técnico en computación', 'técnica en computación'] },
  { esco: 'ICT network technician', es: ['técnico en redes', 'técnica en redes', 'técnico de redes', 'técnico en cableado estructurado'] },
  { esco: 'software developer', es: ['programador', 'programadora', 'desarrollador', 'desarrolladora'] },
  { esco: 'web developer', es: ['programador web', 'programadora web', 'desarrollador de páginas web'] },
  { esco: 'graphic designer', es: ['diseñador gráfico', 'diseñadora gráfica', 'diseñador publicitario', 'rotulista'] },
  { esco: 'online marketer', es: ['community manager', 'gestor de redes sociales', 'gestora de redes sociales', 'especialista en marketing digital', 'mercadeo digital'] },
  { esco: 'photographer', es: ['fotógrafo de eventos', 'fotógrafa de eventos', 'fotógrafo', 'fotógrafa'] },
];

/** Work ESCO does not name, under uri urn:solidaria:occupation:<slug>. */
export type CustomOccupation = {
  slug: string;
  isco: string;
  labelEs: string;
  labelEn: string;
  es: string[];
  en: string[];
  /** ESCO occupations (English preferred labels) whose essential skills this work shares, kept as optional. */
  skillsLike: string[];
  /** ESCO skills (English preferred labels) essential to this work. */
  essentialSkills: string[];
};

export const CUSTOM_OCCUPATIONS: CustomOccupation[] = [
  {
    slug: 'coffee-picker', isco: '9211', labelEs: 'cortador de café/cortadora de café', labelEn: 'coffee picker',
    es: ['recolector de café', 'recolectora de café', 'cogedor de café', 'cogedora de café', 'cosechador de café', 'cosechadora de café', 'pizcador de café', 'corte de café', 'jornalero cafetalero'],
    en: ['coffee harvester', 'coffee cherry picker'],
    skillsLike: ['fruit and vegetable picker'],
    essentialSkills: ['harvest crop', 'load picked fruits and vegetables', 'adapt to different weather conditions', 'lift heavy weights'],
  },
  {
    slug: 'coffee-grower', isco: '6112', labelEs: 'caficultor/caficultora', labelEn: 'coffee grower',
    es: ['cafetalero', 'cafetalera', 'productor de café', 'productora de café', 'finquero cafetalero', 'cultivador de café', 'cultivadora de café'],
    en: ['coffee farmer', 'coffee producer'],
    skillsLike: ['mixed farmer'],
    essentialSkills: ['harvest crop', 'prune plants', 'spray pesticides', 'coffee characteristics'],
  },
  {
    slug: 'sugar-cane-cutter', isco: '9211', labelEs: 'cortador de caña/cortadora de caña', labelEn: 'sugar cane cutter',
    es: ['zafrero', 'zafrera', 'machetero', 'cañero', 'cañera', 'cortero de caña', 'jornalero de la zafra'],
    en: ['cane cutter'],
    skillsLike: ['fruit and vegetable picker'],
    essentialSkills: ['harvest crop', 'adapt to different weather conditions', 'lift heavy weights', 'use hand tools'],
  },
  {
    slug: 'banana-plantation-worker', isco: '9211', labelEs: 'trabajador bananero/trabajadora bananera', labelEn: 'banana plantation worker',
    es: ['bananero', 'bananera', 'peón bananero', 'empacador de banano', 'empacadora de banano', 'trabajador de finca bananera', 'trabajadora de planta empacadora'],
    en: ['banana packer', 'banana farm worker'],
    skillsLike: ['crop production worker'],
    essentialSkills: ['harvest crop', 'pack goods', 'lift heavy weights'],
  },
  {
    slug: 'tortilla-maker', isco: '7512', labelEs: 'tortillero/tortillera', labelEn: 'tortilla maker',
    es: ['echador de tortillas', 'echadora de tortillas', 'tortillería', 'palmeadora', 'elaborador de tortillas', 'elaboradora de tortillas'],
    en: ['tortilla cook'],
    skillsLike: [],
    essentialSkills: ['use cooking techniques', 'use food preparation techniques', 'comply with food safety and hygiene', 'maintain personal hygiene standards', 'maintain work area cleanliness', 'sell products', 'operate cash register'],
  },
  {
    slug: 'motorcycle-mechanic', isco: '7231', labelEs: 'mecánico de motos/mecánica de motos', labelEn: 'motorcycle mechanic',
    es: ['mecánico de motocicletas', 'mecánica de motocicletas', 'técnico en motos', 'reparador de motos'],
    en: ['motorbike mechanic'],
    skillsLike: ['vehicle technician'],
    essentialSkills: ['use hand tools', 'drive two-wheeled vehicles'],
  },
  {
    slug: 'motorcycle-taxi-driver', isco: '8321', labelEs: 'mototaxista', labelEn: 'motorcycle taxi driver',
    es: ['conductor de mototaxi', 'conductora de mototaxi', 'tuctuquero', 'tuktukero', 'conductor de tuk-tuk', 'piloto de mototaxi'],
    en: ['tuk-tuk driver', 'moto-taxi driver'],
    skillsLike: ['motorcycle delivery person'],
    essentialSkills: ['drive two-wheeled vehicles', 'drive in urban areas', 'communicate with customers', 'process payments'],
  },
  {
    slug: 'shoe-shiner', isco: '9510', labelEs: 'lustrabotas', labelEn: 'shoe shiner',
    es: ['lustrador de zapatos', 'lustradora de zapatos', 'limpiabotas', 'bolero', 'embolador'],
    en: ['shoeshiner', 'bootblack'],
    skillsLike: [],
    essentialSkills: ['shine shoes', 'communicate with customers', 'process payments', 'deliver outstanding service', 'work independently'],
  },
];

/** Skills of everyday and informal work, added to occupations that need them. */
export type PracticalSkill = { skill: string; relation?: 'essential' | 'optional'; occupations: string[] };

export const SELLERS = ['market vendor', 'hawker', 'street food vendor', 'retail entrepreneur', 'door to door seller', 'lottery cashier', 'fruit and vegetables specialised seller', 'second-hand goods specialised seller'];
export const COUNTER = ['cashier', 'sales assistant', 'shop assistant', 'quick service restaurant crew member', 'fuel station specialised seller', 'pharmacy assistant'];
export const DRIVERS = ['taxi driver', 'bus driver', 'delivery driver', 'cargo vehicle driver', 'private chauffeur'];
export const CARERS = ['nanny', 'child care worker', 'home care aide', 'nurse assistant', 'domestic housekeeper'];
export const BUILDERS = ['bricklayer', 'building construction worker', 'carpenter', 'plasterer', 'tile fitter', 'roofer', 'concrete finisher', 'structural ironworker'];
export const CALL_CENTRE = ['call centre agent', 'customer contact centre information clerk', 'live chat operator', 'receptionist', 'hospitality establishment receptionist'];

export const PRACTICAL_SKILLS: PracticalSkill[] = [
  { skill: 'operate cash register', occupations: [...SELLERS, ...COUNTER] },
  { skill: 'process payments', occupations: [...SELLERS, ...COUNTER, 'taxi driver'] },
  { skill: 'sell products', occupations: [...SELLERS, ...COUNTER] },
  { skill: 'communicate with customers', occupations: [...SELLERS, ...COUNTER, 'waiter/waitress', 'taxi driver', 'hairdresser', 'barber', 'vehicle technician'] },
  { skill: 'negotiate terms with suppliers', occupations: ['market vendor', 'hawker', 'street food vendor', 'retail entrepreneur'] },
  { skill: 'manage a small-to-medium business', occupations: ['retail entrepreneur', 'market vendor', 'street food vendor', 'mixed farmer', 'dressmaker', 'hairdresser', 'barber'] },
  { skill: 'keep track of expenses', occupations: ['retail entrepreneur', 'market vendor', 'street food vendor', 'hawker'] },
  { skill: 'carry out work-related calculations', occupations: [...SELLERS, ...COUNTER, ...BUILDERS] },
  { skill: 'comply with food safety and hygiene', occupations: ['street food vendor', 'market vendor', 'cook', 'kitchen assistant', 'baker'] },
  { skill: 'maintain personal hygiene standards', occupations: ['street food vendor', 'cook', 'kitchen assistant', 'waiter/waitress', 'nanny', 'home care aide'] },
  { skill: 'perform cleaning duties', occupations: ['domestic housekeeper', 'domestic cleaner', 'building cleaner', 'room attendant', 'kitchen porter'] },
  { skill: 'clean surfaces', occupations: ['domestic housekeeper', 'domestic cleaner', 'building cleaner'] },
  { skill: 'wash the laundry', occupations: ['domestic housekeeper', 'laundry worker', 'nanny'] },
  { skill: 'iron textiles', occupations: ['domestic housekeeper', 'laundry worker', 'dressmaker'] },
  { skill: 'supervise children', occupations: ['nanny', 'child care worker', 'early years teaching assistant', 'domestic housekeeper'] },
  { skill: 'apply first response', occupations: [...CARERS, 'security guard', 'early years teaching assistant'] },
  { skill: 'provide first aid', occupations: [...CARERS, 'security guard', 'community health worker'] },
  { skill: 'older adults\' needs', occupations: ['home care aide', 'nurse assistant'] },
  { skill: 'drive vehicles', occupations: DRIVERS },
  { skill: 'drive in urban areas', occupations: [...DRIVERS, 'motorcycle delivery person'] },
  { skill: 'drive two-wheeled vehicles', occupations: ['motorcycle delivery person', 'bicycle courier'] },
  { skill: 'read maps', occupations: [...DRIVERS, 'motorcycle delivery person', 'bicycle courier', 'guide'] },
  { skill: 'lift heavy weights', occupations: [...BUILDERS, 'materials handler', 'warehouse worker', 'crop production worker', 'fruit and vegetable picker'] },
  { skill: 'work in a construction team', occupations: BUILDERS },
  { skill: 'follow health and safety procedures in construction', occupations: [...BUILDERS, 'construction painter', 'welder', 'plumber', 'electrician'] },
  { skill: 'mix concrete', occupations: ['bricklayer', 'building construction worker', 'concrete finisher'] },
  { skill: 'use hand tools', occupations: [...BUILDERS, 'handyman', 'garden labourer', 'crop production worker', 'bicycle mechanic'] },
  { skill: 'use power tools', occupations: ['carpenter', 'handyman', 'cabinet maker', 'tile fitter'] },
  { skill: 'use personal protection equipment', occupations: ['crop production worker', 'refuse collector', 'recycling worker', 'street sweeper', 'welder', 'forest worker'] },
  { skill: 'harvest crop', occupations: ['crop production worker', 'mixed farmer'] },
  { skill: 'spray pesticides', occupations: ['crop production worker', 'mixed farmer', 'horticulture worker'] },
  { skill: 'adapt to different weather conditions', occupations: ['crop production worker', 'fruit and vegetable picker', 'garden labourer', 'street sweeper', 'hawker', 'road maintenance worker'] },
  { skill: 'speak different languages', occupations: [...CALL_CENTRE, 'guide', 'interpreter', 'waiter/waitress', 'bartender'] },
  { skill: 'interact verbally in English', occupations: [...CALL_CENTRE, 'guide', 'interpreter'] },
  { skill: 'interact verbally in Spanish', occupations: [...CALL_CENTRE, 'guide', 'interpreter'] },
  { skill: 'use communication devices', occupations: [...CALL_CENTRE, 'security guard', 'motorcycle delivery person'] },
  { skill: 'handle customer complaints', occupations: CALL_CENTRE },
  { skill: 'carry out practical tasks with smart devices', occupations: ['motorcycle delivery person', 'delivery driver', 'taxi driver', 'market vendor', 'online marketer'] },
  { skill: 'use spreadsheets software', occupations: ['office clerk', 'data entry clerk', 'billing clerk', 'retail entrepreneur'] },
  { skill: 'use word processing software', occupations: ['office clerk', 'data entry clerk', 'receptionist'] },
  { skill: 'use microsoft office', occupations: ['office clerk', 'data entry clerk', 'billing clerk', 'receptionist'] },
  { skill: 'work in teams', occupations: ['waiter/waitress', 'kitchen assistant', 'building construction worker', 'call centre agent', 'factory hand', 'sewing machine operator'] },
  { skill: 'adapt to change', occupations: ['hawker', 'market vendor', 'crop production worker', 'call centre agent'] },
  { skill: 'shine shoes', occupations: ['shoe repairer'] },
];
