import { createRoute, z } from '@hono/zod-openapi';
import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

/** The types a photo may be sent as; the content decides what it really is. */
export const UPLOAD_BODY_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];
/** The body limit of an upload; the image module refuses larger images with the same 413. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

const uploadDef = createRoute({
  method: 'post', path: '/uploads', summary: 'A vendor uploads a photo (the raw JPEG, PNG or WebP bytes): stored in a few widths with every piece of metadata removed',
  responses: {
    201: { description: 'The stored photo', content: jsonContent(z.object({ id: z.string(), widths: z.array(z.number()) }).openapi('Upload')) },
    413: { description: 'Over 8 MB or 40 megapixels' }, 415: { description: 'Not a JPEG, PNG or WebP image' }, 503: { description: 'No photo storage on this host' }, ...errorResponses,
  },
});
const fileDef = createRoute({
  method: 'get', path: '/uploads/{id}/{file}', summary: 'A stored photo in one width (`640.webp`, `640.jpg`)',
  request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{32}$/), file: z.string().regex(/^\d{2,5}\.(webp|jpg)$/) }) },
  responses: { 200: { description: 'The image' }, 404: { description: 'No such photo' } },
});

export function uploadRoutes(services: Services) {
  const { db, clock, photos } = services;
  return routeGroup()
    .openapi(uploadDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, actor.grants.some((g) => g.role === 'vendor'), 'upload.create');
      if (!photos) throw new ApiError('UNAVAILABLE', 'Photos are stored by the Node server only.');
      const { id, widths } = await photos.save(new Uint8Array(await c.req.arrayBuffer()));
      await db.atomic([db.orm.insert(schema.uploads).values({ id, ownerUserId: actor.userId, widths, createdAt: clock.now() })]);
      return c.json({ id, widths }, 201);
    })
    .openapi(fileDef, async (c) => {
      const { id, file } = c.req.valid('param');
      const [asked, extension] = file.split('.') as [string, 'webp' | 'jpg'];
      const [upload] = await db.orm.select({ widths: schema.uploads.widths }).from(schema.uploads).where(eq(schema.uploads.id, id));
      // A small photo has no wider copies: the widest one up to the width asked (or its smallest) answers.
      const widths = [...(upload?.widths ?? [])].sort((a, b) => a - b);
      const width = extension === 'jpg' ? Math.min(640, widths.at(-1) ?? 0) : ([...widths].reverse().find((w) => w <= Number(asked)) ?? widths[0] ?? 0);
      const found = photos && upload ? await photos.read(id, width, extension === 'jpg' ? 'jpeg' : 'webp') : null;
      if (!found) throw new ApiError('NOT_FOUND', 'There is no such photo.');
      // A stored photo never changes: its id is new for every upload.
      return c.body(found.bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': found.contentType, 'cache-control': 'public, max-age=31536000, immutable' });
    });
}
