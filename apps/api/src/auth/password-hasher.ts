/** The OWASP argon2id parameters, the same on Node and on Workers. */
export const ARGON2_PARAMS = { memoryKiB: 19_456, iterations: 2, parallelism: 1 } as const;

/** Hashes and checks passwords; @node-rs/argon2 on Node, WASM argon2 on Workers. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
