import { buildWebIfStale } from '../scripts/web-build';

// Browser tests run against the built web app; build it once, before any test file.
export default function setup() {
  buildWebIfStale((line) => process.stdout.write(`${line}\n`));
}
