import { hash, verify } from '@node-rs/argon2';
import { ARGON2_PARAMS, type PasswordHasher } from './password-hasher';

// Algorithm.Argon2id; the enum is a `const enum` that isolated modules cannot import.
const ARGON2ID = 2;

export const nodePasswordHasher: PasswordHasher = {
  hash: (password) =>
    hash(password, {
      algorithm: ARGON2ID,
      memoryCost: ARGON2_PARAMS.memoryKiB,
      timeCost: ARGON2_PARAMS.iterations,
      parallelism: ARGON2_PARAMS.parallelism,
    }),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};
