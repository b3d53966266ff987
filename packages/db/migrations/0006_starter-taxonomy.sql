-- Filled by packages/db/taxonomy/build-starter-migration.ts from packages/db/taxonomy/starter.json.
SELECT 1;
