-- Reference data: the municipalities of the Cities of Solidarity programme, then a few
-- more cantons and municipalities that receive displaced people in the same countries.
-- Panama's prices are in US dollars, the country's paper money.
INSERT INTO `municipalities` (`slug`, `name`, `country`, `currency`, `time_zone`) VALUES
  ('upala', 'Upala', 'CR', 'CRC', 'America/Costa_Rica'),
  ('los-chiles', 'Los Chiles', 'CR', 'CRC', 'America/Costa_Rica'),
  ('la-cruz', 'La Cruz', 'CR', 'CRC', 'America/Costa_Rica'),
  ('escazu', 'Escazú', 'CR', 'CRC', 'America/Costa_Rica'),
  ('san-carlos', 'San Carlos', 'CR', 'CRC', 'America/Costa_Rica'),
  ('esquipulas', 'Esquipulas', 'GT', 'GTQ', 'America/Guatemala'),
  ('villa-nueva', 'Villa Nueva', 'GT', 'GTQ', 'America/Guatemala'),
  ('san-pedro-sula', 'San Pedro Sula', 'HN', 'HNL', 'America/Tegucigalpa'),
  ('panama', 'Panamá', 'PA', 'USD', 'America/Panama'),
  ('desamparados', 'Desamparados', 'CR', 'CRC', 'America/Costa_Rica'),
  ('liberia', 'Liberia', 'CR', 'CRC', 'America/Costa_Rica'),
  ('quetzaltenango', 'Quetzaltenango', 'GT', 'GTQ', 'America/Guatemala'),
  ('tegucigalpa', 'Tegucigalpa (Distrito Central)', 'HN', 'HNL', 'America/Tegucigalpa'),
  ('choluteca', 'Choluteca', 'HN', 'HNL', 'America/Tegucigalpa'),
  ('david', 'David', 'PA', 'USD', 'America/Panama');
