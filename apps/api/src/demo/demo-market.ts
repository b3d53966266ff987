import type { EnterpriseCategory, PaymentMethod } from '@solidaria/core';

/*
 * The quick-start marketplace: the Mercadito Upaleño and invented enterprises of our own
 * writing in four municipalities. Prices are in major units here (colones, quetzales,
 * lempiras) and become integer minor units when seeded. The photos are drawn at start:
 * a coloured card with the product's name, made by our own code.
 */

export interface DemoProduct {
  name: string;
  description: string;
  price: number;
  stock: number | null;
  colour: string;
}

export interface DemoEnterprise {
  name: string;
  category: EnterpriseCategory;
  municipalitySlug: string;
  description: string;
  pickupPoint: string;
  whatsapp: string;
  paymentMethods: PaymentMethod[];
  paymentInstructions: string;
  atMercadito: boolean;
  products: DemoProduct[];
}

const CASH_SINPE: PaymentMethod[] = ['cash', 'sinpe_movil'];

export const demoMarket = { slug: 'mercadito-upaleno', name: 'Mercadito Upaleño', municipalitySlug: 'upala', place: 'Parque central de Upala, frente a la iglesia' };

export const demoEnterprises: DemoEnterprise[] = [
  {
    name: 'Tortillería Doña Rosa', category: 'food', municipalitySlug: 'upala', atMercadito: true, whatsapp: '+50680000101', paymentMethods: CASH_SINPE,
    description: 'Tortillas palmeadas a mano con maíz de la zona, rosquillas y tanelas como en Nicaragua.', pickupPoint: 'Puesto 4 del Mercadito Upaleño',
    paymentInstructions: 'SINPE Móvil al 8000-0101 a nombre de Rosa; ponga su nombre como referencia.',
    products: [
      { name: 'Tortillas palmeadas (docena)', description: 'Recién hechas, de maíz blanco.', price: 1500, stock: 40, colour: '#d9a441' },
      { name: 'Rosquillas (bolsa de 20)', description: 'Horneadas con queso seco.', price: 2000, stock: 25, colour: '#c98b2f' },
      { name: 'Tanelas', description: 'Pan dulce de maíz con dulce de tapa.', price: 600, stock: 30, colour: '#b5732a' },
    ],
  },
  {
    name: 'Hamacas Río Frío', category: 'crafts', municipalitySlug: 'los-chiles', atMercadito: true, whatsapp: '+50680000102', paymentMethods: CASH_SINPE,
    description: 'Hamacas y bolsos tejidos a mano por una familia que llegó de Nicaragua.', pickupPoint: 'Puesto 9 del Mercadito Upaleño',
    paymentInstructions: 'SINPE Móvil al 8000-0102.',
    products: [
      { name: 'Hamaca tejida de algodón', description: 'Dos metros, colores a elegir.', price: 35000, stock: 3, colour: '#2f7d6b' },
      { name: 'Bolso de hilo', description: 'Tejido a mano, resistente.', price: 9000, stock: 8, colour: '#3f8f9f' },
    ],
  },
  {
    name: 'Costurería La Aguja', category: 'clothing', municipalitySlug: 'upala', atMercadito: true, whatsapp: '+50680000103', paymentMethods: ['cash'],
    description: 'Arreglos de ropa, uniformes escolares a la medida y delantales.', pickupPoint: 'Puesto 12 del Mercadito Upaleño',
    paymentInstructions: 'Se paga en efectivo al recoger.',
    products: [
      { name: 'Ruedo de pantalón', description: 'Listo para el siguiente mercado.', price: 2000, stock: null, colour: '#6b4f9f' },
      { name: 'Delantal de cocina', description: 'Tela de algodón con bolsillo.', price: 5500, stock: 10, colour: '#9f4f7a' },
    ],
  },
  {
    name: 'Salón Belleza Nica', category: 'beauty', municipalitySlug: 'upala', atMercadito: false, whatsapp: '+50680000104', paymentMethods: CASH_SINPE,
    description: 'Cortes, trenzas y peinados; también a domicilio en el centro de Upala.', pickupPoint: 'Local junto a la parada de buses de Upala',
    paymentInstructions: 'SINPE Móvil al 8000-0104.',
    products: [
      { name: 'Corte de cabello', description: 'Con cita.', price: 4000, stock: null, colour: '#c0506a' },
      { name: 'Trenzas', description: 'Según el largo del cabello.', price: 8000, stock: null, colour: '#a8405a' },
    ],
  },
  {
    name: 'Reparaciones El Tornillo', category: 'repairs', municipalitySlug: 'upala', atMercadito: true, whatsapp: '+50680000105', paymentMethods: CASH_SINPE,
    description: 'Reparación de celulares, radios y licuadoras. Presupuesto sin costo.', pickupPoint: 'Puesto 2 del Mercadito Upaleño',
    paymentInstructions: 'Efectivo o SINPE Móvil al 8000-0105.',
    products: [
      { name: 'Cambio de pantalla de celular', description: 'Según el modelo; pregunte antes.', price: 25000, stock: null, colour: '#4a5a6a' },
      { name: 'Cargador de celular', description: 'USB-C o micro USB.', price: 4500, stock: 15, colour: '#5a6a7a' },
    ],
  },
  {
    name: 'Huerta Los Guatusos', category: 'farm_produce', municipalitySlug: 'upala', atMercadito: true, whatsapp: '+50680000106', paymentMethods: CASH_SINPE,
    description: 'Verduras sin químicos de una huerta familiar en Upala.', pickupPoint: 'Puesto 7 del Mercadito Upaleño',
    paymentInstructions: 'SINPE Móvil al 8000-0106.',
    products: [
      { name: 'Culantro (rollo)', description: 'Cosechado el día antes.', price: 500, stock: 30, colour: '#3f8f3f' },
      { name: 'Plátanos maduros (5)', description: 'Para freír.', price: 1000, stock: 20, colour: '#d9c441' },
      { name: 'Yuca (kilo)', description: 'Lavada.', price: 800, stock: 25, colour: '#b5a37a' },
    ],
  },
  {
    name: 'Pan Casero La Frontera', category: 'food', municipalitySlug: 'los-chiles', atMercadito: true, whatsapp: '+50680000107', paymentMethods: CASH_SINPE,
    description: 'Pan casero horneado en horno de leña.', pickupPoint: 'Puesto 5 del Mercadito Upaleño',
    paymentInstructions: 'SINPE Móvil al 8000-0107.',
    products: [
      { name: 'Pan casero (bolsa)', description: 'Seis unidades.', price: 1800, stock: 20, colour: '#c9a06a' },
      { name: 'Pan de coco', description: 'Receta del Caribe.', price: 1200, stock: 15, colour: '#e0c9a0' },
    ],
  },
  {
    name: 'Mariscos Bahía Salinas', category: 'food', municipalitySlug: 'la-cruz', atMercadito: false, whatsapp: '+50680000108', paymentMethods: CASH_SINPE,
    description: 'Pescado fresco de pescadores artesanales de La Cruz.', pickupPoint: 'Muelle de Puerto Soley, por las mañanas',
    paymentInstructions: 'SINPE Móvil al 8000-0108.',
    products: [
      { name: 'Pargo entero (kilo)', description: 'Limpio, del día.', price: 6000, stock: 10, colour: '#3a6fa0' },
      { name: 'Ceviche (medio litro)', description: 'De pescado, con limón.', price: 3500, stock: 12, colour: '#6fa0c9' },
    ],
  },
  {
    name: 'Quesos Florencia', category: 'farm_produce', municipalitySlug: 'san-carlos', atMercadito: false, whatsapp: '+50680000109', paymentMethods: CASH_SINPE,
    description: 'Queso tierno, natilla y cuajada de una lechería pequeña.', pickupPoint: 'Feria del agricultor de Ciudad Quesada, sábados',
    paymentInstructions: 'SINPE Móvil al 8000-0109.',
    products: [
      { name: 'Queso tierno (kilo)', description: 'Hecho esa semana.', price: 4500, stock: 15, colour: '#e8dca0' },
      { name: 'Natilla (medio litro)', description: 'Fresca.', price: 1800, stock: 20, colour: '#f0e8c0' },
    ],
  },
  {
    name: 'Dulces Típicos Esquipulas', category: 'food', municipalitySlug: 'esquipulas', atMercadito: false, whatsapp: '+50230000110', paymentMethods: ['cash', 'bank_transfer'],
    description: 'Dulces de leche, cocadas y colochos de guayaba hechos en casa.', pickupPoint: 'Frente a la Basílica, en la venta de dulces número 3',
    paymentInstructions: 'Depósito o transferencia a la cuenta 0000-000110 del banco; envíe su nombre como referencia.',
    products: [
      { name: 'Cocadas (6)', description: 'De coco y panela.', price: 15, stock: 30, colour: '#e0b090' },
      { name: 'Colochos de guayaba', description: 'Bolsa de 10.', price: 20, stock: 20, colour: '#d07060' },
    ],
  },
  {
    name: 'Baleadas Doña Marta', category: 'food', municipalitySlug: 'san-pedro-sula', atMercadito: false, whatsapp: '+50430000111', paymentMethods: ['cash'],
    description: 'Baleadas, pupusas y tajadas; pedidos para llevar.', pickupPoint: 'Colonia Rivera Hernández, junto a la pulpería La Esquina',
    paymentInstructions: 'Se paga en efectivo al recoger.',
    products: [
      { name: 'Baleada sencilla', description: 'Frijoles, queso y mantequilla.', price: 25, stock: null, colour: '#d0a060' },
      { name: 'Baleada con huevo y aguacate', description: 'La completa.', price: 45, stock: null, colour: '#a0b060' },
    ],
  },
  {
    name: 'Artesanías Maleku', category: 'crafts', municipalitySlug: 'upala', atMercadito: true, whatsapp: '+50680000112', paymentMethods: CASH_SINPE,
    description: 'Máscaras y jícaras talladas, hechas por artesanos de la zona norte.', pickupPoint: 'Puesto 10 del Mercadito Upaleño',
    paymentInstructions: 'SINPE Móvil al 8000-0112.',
    products: [
      { name: 'Jícara tallada', description: 'Pieza única.', price: 12000, stock: 4, colour: '#8a5a3a' },
      { name: 'Llavero de semilla', description: 'Con nombre grabado.', price: 2500, stock: 20, colour: '#7a6a4a' },
    ],
  },
];
