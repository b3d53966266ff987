// `npm start`: build what is not built, then run the one-process host, which migrates
// the database, seeds it when empty and serves the web app with the API at /api.
import { buildWebIfStale } from './web-build';

buildWebIfStale((line) => process.stdout.write(`${line}\n`));
await import('../apps/web/server/main');
