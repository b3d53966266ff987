import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { errorEnvelopeSchema, handleError, handleNotFound, validationHook } from './errors';
import { healthRoutes } from './health/routes';
import { acceptBodyTypes, limitBody } from './middleware/body-rules';
import { logRequests } from './middleware/request-log';
import { apiSecurityHeaders } from './middleware/security-headers';
import { municipalityRoutes } from './municipalities/routes';
import type { Services } from './services';

/** Builds the HTTP API, mounted at /api, from the services its host gives it. */
export function createApp(services: Services) {
  const app = new OpenAPIHono({ defaultHook: validationHook }).basePath('/api');

  app.use(requestId());
  app.use(logRequests(services.logger));
  app.use(apiSecurityHeaders());
  app.use(limitBody());
  app.use(acceptBodyTypes('application/json'));
  app.onError(handleError(services.logger));
  app.notFound(handleNotFound(app));

  const routes = app
    .route('/', healthRoutes(services))
    .route('/', municipalityRoutes(services));

  app.openAPIRegistry.register('Error', errorEnvelopeSchema);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Solidaria API', version: '0.1.0' },
  });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
