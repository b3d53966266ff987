import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');
export const webBuildOutput = join(web, 'build/handler.js');

// What the built web app is made from; generated folders are left out.
const INPUTS = [
  'apps/web/src', 'apps/web/static', 'apps/web/messages', 'apps/web/project.inlang',
  'apps/web/svelte.config.js', 'apps/web/vite.config.ts', 'apps/web/paraglide.options.js', 'apps/web/package.json', 'packages/core/src',
];
const GENERATED = new Set(['paraglide', 'cache', 'node_modules']);

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!GENERATED.has(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/** Builds the web app when there is no build or a source changed since the last one. */
export function buildWebIfStale(log: (line: string) => void = () => {}): void {
  const builtAt = existsSync(webBuildOutput) ? statSync(webBuildOutput).mtimeMs : 0;
  const changedAt = Math.max(...INPUTS.map((input) => newestChange(join(root, input))));
  if (builtAt > changedAt) return;
  log('Building the web app…');
  // A build started from a test runner must not inherit its mode (VITEST, NODE_ENV=test).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`The web build failed (exit ${result.status}).`);
}
