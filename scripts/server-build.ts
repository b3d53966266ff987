import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const serverBuildOutput = join(root, 'apps/web/build-server/main.mjs');

// What the server is made from: our TypeScript (third-party packages stay in node_modules).
const INPUTS = ['apps/web/server', 'apps/web/src/lib/server', 'apps/api/src', 'packages/core/src', 'packages/db/src', 'search/src'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/**
 * Our own modules are bundled; every package from node_modules stays an import, so native
 * ones (better-sqlite3, argon2) load as they are. `import.meta.url` keeps meaning the source
 * file's place, so the migrations folder and the web build are found where they are.
 */
const ourSourcesOnly: Plugin = {
  name: 'our-sources-only',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@solidaria/') ? undefined : { path: args.path, external: true }));
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/**
 * Compiles the one-process host to plain JavaScript for node alone: without the
 * TypeScript loader the server needs about 60 MB less memory (see tests/bench/results.md).
 */
export async function buildServerIfStale(log: (line: string) => void = () => {}, outfile = serverBuildOutput): Promise<string> {
  const builtAt = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  if (builtAt > Math.max(...INPUTS.map((input) => newestChange(join(root, input))))) return outfile;
  log('Compiling the server…');
  const { outputFiles } = await build({
    entryPoints: [join(root, 'apps/web/server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [ourSourcesOnly],
    logLevel: 'warning',
    write: false,
  });
  // Two test files may compile at once, and a server may be starting from the last
  // build: each file is written beside its place and renamed over it, which is atomic.
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
  return outfile;
}
