// The Workers password hasher: argon2id compiled to WebAssembly (Workers have no native
// argon2), with the same parameters as @node-rs/argon2 on Node, so the encoded strings
// are interchangeable and an account moves between the hosts with its password.
import { argon2id, argon2Verify, setWASMModules } from 'argon2-wasm-edge';
import { ARGON2_PARAMS, type PasswordHasher } from './password-hasher';

/** The library's two compiled modules, as a Workers bundle imports them. */
export interface Argon2WasmModules {
  argon2WASM: WebAssembly.Module;
  blake2bWASM: WebAssembly.Module;
}

// The same salt and output lengths as @node-rs/argon2's defaults.
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/**
 * The WASM argon2id hasher. On Workers, pass the modules imported from
 * 'argon2-wasm-edge/wasm/*.wasm': workerd refuses to compile WebAssembly from bytes at
 * run time, which is what the library does otherwise (and what works on Node).
 */
export function createWasmPasswordHasher(modules?: Argon2WasmModules): PasswordHasher {
  // setWASMModules only fills the library's module cache; it settles at once.
  if (modules) void setWASMModules(modules);
  return {
    hash: (password) => {
      const salt = new Uint8Array(SALT_BYTES);
      crypto.getRandomValues(salt);
      return argon2id({
        password,
        salt,
        memorySize: ARGON2_PARAMS.memoryKiB,
        iterations: ARGON2_PARAMS.iterations,
        parallelism: ARGON2_PARAMS.parallelism,
        hashLength: HASH_BYTES,
        outputType: 'encoded',
      });
    },
    // The parameters come from the stored string, as with @node-rs/argon2. A malformed
    // hash or an empty password (which the library refuses) is a mismatch, not an error.
    verify: async (stored, password) => {
      try {
        return await argon2Verify({ hash: stored, password });
      } catch {
        return false;
      }
    },
  };
}
