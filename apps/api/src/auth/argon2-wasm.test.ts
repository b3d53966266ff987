import { hash as nodeHash, verify as nodeVerify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { nodePasswordHasher } from './argon2-node';
import { createWasmPasswordHasher } from './argon2-wasm';

// On Node the library compiles its own embedded WebAssembly; on Workers, worker.ts
// hands it the modules wrangler compiled.
const wasm = createWasmPasswordHasher();
const PASSWORD = 'mango-limon-2026';
// UTF-8 on both sides, or a password with accents would only work on one host.
const ACCENTED = 'contraseña-güiro-ñandú';

describe('the WASM argon2id hasher (Workers)', () => {
  it('writes standard argon2id strings with the shared parameters, a 16-byte salt and a 32-byte hash', async () => {
    const encoded = await wasm.hash(PASSWORD);
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await wasm.hash(PASSWORD)).not.toBe(encoded);
  });

  it('checks its own hashes', async () => {
    const encoded = await wasm.hash(PASSWORD);
    expect(await wasm.verify(encoded, PASSWORD)).toBe(true);
    expect(await wasm.verify(encoded, 'mango-limon-2027')).toBe(false);
  });

  it('makes hashes that @node-rs/argon2 verifies, and verifies the ones it makes', async () => {
    for (const password of [PASSWORD, ACCENTED]) {
      const fromWasm = await wasm.hash(password);
      expect(await nodeVerify(fromWasm, password)).toBe(true);
      expect(await nodeVerify(fromWasm, `${password}!`)).toBe(false);

      const fromNode = await nodePasswordHasher.hash(password);
      expect(fromNode).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await wasm.verify(fromNode, password)).toBe(true);
      expect(await wasm.verify(fromNode, `${password}!`)).toBe(false);
    }
  });

  it('honours the parameters written in a stored hash, as @node-rs/argon2 does', async () => {
    const cheaper = await nodeHash(PASSWORD, { algorithm: 2, memoryCost: 8192, timeCost: 1, parallelism: 1 });
    expect(await wasm.verify(cheaper, PASSWORD)).toBe(true);
  });

  it('treats a malformed hash or an empty password as a mismatch', async () => {
    const encoded = await wasm.hash(PASSWORD);
    expect(await wasm.verify('not a hash', PASSWORD)).toBe(false);
    expect(await wasm.verify('', PASSWORD)).toBe(false);
    expect(await wasm.verify(encoded, '')).toBe(false);
  });
});
