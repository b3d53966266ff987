import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// packages/core holds the domain: pure TypeScript that a framework, an ORM or a
// driver must never reach into, so it runs the same on Node, Workers and in a browser.
const FORBIDDEN = [
  /^hono($|\/)/, /^@hono\//, /^drizzle-orm($|\/)/, /^drizzle-kit/, /^svelte($|\/)/, /^@sveltejs\//,
  /^better-sqlite3/, /^@cloudflare\//, /^wrangler/, /^miniflare/, /^meilisearch/, /^stripe/, /^pino/,
  /^@solidaria\/(api|web|db|search|payments)/, /^(node:)?(fs|net|http|https|child_process|sqlite)($|\/)/,
];

const coreDir = fileURLToPath(new URL('../../packages/core', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** The module specifiers a source file imports, read by TypeScript's own scanner. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

const forbiddenImportsOf = (source: string) =>
  importsOf(source).filter((specifier) => FORBIDDEN.some((pattern) => pattern.test(specifier)));

describe('packages/core', () => {
  it('imports no framework, ORM or driver in any file', () => {
    const offenders = sourceFiles(join(coreDir, 'src')).flatMap((file) =>
      forbiddenImportsOf(readFileSync(file, 'utf8')).map((specifier) => `${relative(coreDir, file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('declares no framework, ORM or driver among its dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8'));
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies });
    expect(declared.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)))).toEqual([]);
  });

  it('would catch every kind of import of a forbidden package', () => {
    const sample = [
      "import { Hono } from 'hono';",
      "import type { Context } from 'hono';",
      "export { sql } from 'drizzle-orm';",
      "const db = await import('better-sqlite3');",
      "import { mount } from 'svelte';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(forbiddenImportsOf(sample)).toEqual(['hono', 'hono', 'drizzle-orm', 'better-sqlite3', 'svelte']);
  });
});
