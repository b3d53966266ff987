import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleGrant } from '@solidaria/core';
import { createUser, schema } from '@solidaria/db';
import { newToken } from '../auth/tokens';
import type { Services } from '../services';
import { seedDemoOffers } from './seed-offers';
import { seedDemoMarket } from './seed-market';
import { seedDemoPlacements } from './seed-placements';
import { seedDemoSeekers } from './seed-seekers';

/** The quick-start accounts anyone may use; listed in the README. Never made when DEMO=false. */
export const DEMO_PASSWORD = 'demo-solidaria-2026';
const PUBLIC_DEMO: { email: string; name: string; grants: RoleGrant[] }[] = [
  { email: 'buscadora@demo.solidaria.test', name: 'María (demo)', grants: [{ role: 'seeker', municipalityId: null }] },
  { email: 'empleador@demo.solidaria.test', name: 'Finca La Esperanza (demo)', grants: [{ role: 'employer', municipalityId: null }] },
  { email: 'vendedora@demo.solidaria.test', name: 'Doña Rosa (demo)', grants: [{ role: 'vendor', municipalityId: null }, { role: 'seeker', municipalityId: null }] },
];

/**
 * Fills an empty database with demo accounts: the public ones above, and an officer of
 * Upala and an admin with random passwords, written to a file only the owner can read
 * (never to the log). Returns that file's path, or null when the database had people.
 */
export async function seedDemoData(services: Services, dataDir: string): Promise<string | null> {
  const { db, clock, passwords } = services;
  const [anyone] = await db.orm.select({ id: schema.users.id }).from(schema.users).limit(1);
  if (anyone) return null;
  const now = clock.now();
  const upala = (await db.orm.select().from(schema.municipalities)).find((m) => m.slug === 'upala');

  const privileged = [
    { email: 'oficina.upala@demo.solidaria.test', name: 'Oficina de empleo de Upala (demo)', grants: [{ role: 'officer', municipalityId: upala?.id ?? 1 }] as RoleGrant[] },
    { email: 'admin@demo.solidaria.test', name: 'Administración (demo)', grants: [{ role: 'admin', municipalityId: null }] as RoleGrant[] },
  ].map((account) => ({ ...account, password: newToken().slice(0, 20) }));

  const ids = new Map<string, number>();
  for (const account of [...PUBLIC_DEMO.map((a) => ({ ...a, password: DEMO_PASSWORD })), ...privileged]) {
    const user = await createUser(db, {
      identifier: { kind: 'email', value: account.email },
      displayName: account.name,
      language: 'es',
      passwordHash: await passwords.hash(account.password),
      municipalityId: upala?.id ?? null,
      grants: account.grants,
      now,
    });
    ids.set(account.email, user.id);
  }
  await seedDemoOffers(services, { employerId: ids.get('empleador@demo.solidaria.test')!, officerId: ids.get('oficina.upala@demo.solidaria.test')! });
  await seedDemoSeekers(services, ids.get('buscadora@demo.solidaria.test')!);
  await seedDemoMarket(services, ids.get('vendedora@demo.solidaria.test')!);
  await seedDemoPlacements(services, ids.get('oficina.upala@demo.solidaria.test')!);

  const file = join(dataDir, 'demo-credentials.txt');
  const lines = [
    'Solidaria demo accounts (created because DEMO is not false). Delete this file once read.',
    ...PUBLIC_DEMO.map((a) => `${a.grants.map((g) => g.role).join('+')}: ${a.email} / ${DEMO_PASSWORD}`),
    ...privileged.map((a) => `${a.grants[0]?.role}: ${a.email} / ${a.password}  (the first sign-in sets up the authenticator app)`),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}
