import type { IndexDefinition } from '../definition';
import type { SearchDocument } from '../port';

/** A small offers-like index the contract suite runs on, in both engines. */
export const contractIndex: IndexDefinition = {
  name: 'contract_offers',
  searchable: [
    { field: 'title', weight: 10, asYouType: true },
    { field: 'tags', weight: 4, asYouType: true },
    { field: 'description', weight: 1, snippet: true },
  ],
  filterable: { municipality: 'text', salary: 'number', skills: 'number[]', remote: 'boolean' },
  sortable: ['salary'],
};

const offer = (id: number, title: string, description: string, municipality: string, salary: number, skills: number[], tags: string[] = [], remote = false): SearchDocument =>
  ({ id, title, description, municipality, salary, skills, tags, remote });

export const contractDocuments: SearchDocument[] = [
  offer(1, 'Cocinero para restaurante', 'Preparar platos típicos en la cocina de un restaurante.', 'upala', 350_000, [10, 11], ['cocina']),
  offer(2, 'Albañil con experiencia', 'Construcción de viviendas; se valora saber leer planos.', 'upala', 400_000, [20]),
  offer(3, 'Mesero de fin de semana', 'Atender mesas los sábados y domingos.', 'los-chiles', 250_000, [30], ['servicio']),
  offer(4, 'Conductor de camión', 'Reparto de mercadería con licencia B1.', 'la-cruz', 450_000, [40]),
  offer(5, 'Agente de call center bilingüe', 'Atención a clientes por teléfono, inglés y español.', 'escazu', 500_000, [50, 51], [], true),
  offer(6, 'Recolector de café', 'Cosecha de café en finca, temporada de noviembre a febrero.', 'san-carlos', 200_000, [60]),
  offer(7, 'Jardinero', 'Mantenimiento de jardines y zonas verdes.', 'escazu', 300_000, [70]),
  offer(8, 'Ayudante de cocina', 'Lavar, pelar y cortar verduras; apoyo al cocinero.', 'upala', 260_000, [10]),
  offer(9, 'Costurera', 'Confección y arreglos de ropa <a la medida>.', 'los-chiles', 280_000, [80]),
  offer(10, 'Cajera de supermercado', 'Cobro en caja y atención al cliente.', 'la-cruz', 270_000, [90], [], false),
];
