import { schema } from '@solidaria/db';
import type { createApp } from '../app';
import type { Services } from '../services';

type App = ReturnType<typeof createApp>;

export const putJson = async (app: App, path: string, body: unknown, cookie: string) =>
  app.request(path, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json', cookie } });

/** An organisation of the employer, verified by the office (registration comes with the employers' issue). */
export async function verifiedOrganisationOf(services: Services, userId: number): Promise<void> {
  const [org] = await services.db.orm
    .insert(schema.organisations)
    .values({ name: 'Finca Verificada', municipalityId: 1, verification: 'verified', createdAt: services.clock.now() })
    .returning();
  await services.db.orm.insert(schema.organisationMembers).values({ organisationId: org!.id, userId });
}
