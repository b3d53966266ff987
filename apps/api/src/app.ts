import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { adminRoutes } from './admin/routes';
import { resolveActor } from './auth/actor';
import { loginRoutes } from './auth/login-routes';
import { passwordResetRoutes } from './auth/password-reset-routes';
import { registerRoutes } from './auth/register-routes';
import type { AppEnv } from './env';
import { errorEnvelopeSchema, handleError, handleNotFound, validationHook } from './errors';
import { healthRoutes } from './health/routes';
import { meRoutes } from './me/routes';
import { acceptBodyTypes, limitBody } from './middleware/body-rules';
import { logRequests } from './middleware/request-log';
import { apiSecurityHeaders } from './middleware/security-headers';
import { municipalityRoutes } from './municipalities/routes';
import { officeQueueRoutes } from './office/queue-routes';
import { officeDuplicateRoutes } from './office/duplicate-routes';
import { officePersonRoutes } from './office/person-routes';
import { recordViewsRoutes } from './office/record-views-routes';
import { assistedRegistrationRoutes } from './assisted/register-routes';
import { takeoverRoutes } from './assisted/takeover-routes';
import { followUpRoutes } from './placements/follow-up-routes';
import { officeRoutes } from './office/routes';
import { employerOfferRoutes } from './offers/employer-routes';
import { publicOfferRoutes } from './offers/public-routes';
import { reviewOfferRoutes } from './offers/review-routes';
import { screeningRoutes } from './offers/screening-routes';
import { organisationRoutes } from './organisations/routes';
import { applicationRoutes } from './applications/routes';
import { contactRequestRoutes } from './contact-requests/routes';
import { matchingRoutes } from './matching/routes';
import { placementRoutes } from './placements/routes';
import { statsRoutes } from './stats/routes';
import { MAX_UPLOAD_BYTES, UPLOAD_BODY_TYPES, uploadRoutes } from './uploads/routes';
import { enterpriseRoutes } from './marketplace/enterprise-routes';
import { vendorRoutes } from './marketplace/vendor-routes';
import { programmeRoutes } from './marketplace/programme-routes';
import { orderRoutes } from './marketplace/order-routes';
import { paymentRoutes } from './marketplace/payment-routes';
import { connectRoutes } from './marketplace/connect-routes';
import { meProfileRoutes } from './profiles/me-profile-routes';
import { meRightsRoutes } from './profiles/me-rights-routes';
import { profilesRoutes } from './profiles/profiles-routes';
import { taxonomyRoutes } from './taxonomy/routes';
import type { Services } from './services';

/** Builds the HTTP API, mounted at /api, from the services its host gives it. */
export function createApp(services: Services) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).basePath('/api');

  app.use(requestId());
  app.use(logRequests(services.logger));
  app.use(apiSecurityHeaders());
  // Closed unless origins are configured: Hono's cors() alone would allow any origin.
  if (services.corsOrigins.length > 0) app.use(cors({ origin: [...services.corsOrigins], credentials: true }));
  // JSON everywhere but the photo upload, which takes an image's raw bytes.
  const jsonBody = [limitBody(), acceptBodyTypes('application/json')] as const;
  const imageBody = [limitBody(MAX_UPLOAD_BYTES), acceptBodyTypes(...UPLOAD_BODY_TYPES)] as const;
  for (const i of [0, 1] as const) app.use((c, next) => (c.req.path === '/api/uploads' ? imageBody[i](c, next) : jsonBody[i](c, next)));
  app.use(resolveActor(services));
  app.onError(handleError(services.logger));
  app.notFound(handleNotFound(app));

  const routes = app
    .route('/', healthRoutes(services))
    .route('/', municipalityRoutes(services))
    .route('/', registerRoutes(services))
    .route('/', loginRoutes(services))
    .route('/', passwordResetRoutes(services))
    .route('/', meRoutes(services))
    .route('/', adminRoutes(services))
    .route('/', officeRoutes(services))
    .route('/', officeQueueRoutes(services))
    .route('/', officeDuplicateRoutes(services))
    .route('/', officePersonRoutes(services))
    .route('/', assistedRegistrationRoutes(services))
    .route('/', takeoverRoutes(services))
    .route('/', recordViewsRoutes(services))
    .route('/', followUpRoutes(services))
    .route('/', taxonomyRoutes(services))
    .route('/', meProfileRoutes(services))
    .route('/', meRightsRoutes(services))
    .route('/', profilesRoutes(services))
    .route('/', organisationRoutes(services))
    // The screening route comes before /offers/{id} routes so "screening" is never read as an id.
    .route('/', screeningRoutes(services))
    .route('/', employerOfferRoutes(services))
    .route('/', reviewOfferRoutes(services))
    .route('/', publicOfferRoutes(services))
    .route('/', matchingRoutes(services))
    .route('/', applicationRoutes(services))
    .route('/', contactRequestRoutes(services))
    .route('/', placementRoutes(services))
    .route('/', statsRoutes(services))
    .route('/', enterpriseRoutes(services))
    .route('/', vendorRoutes(services))
    .route('/', programmeRoutes(services))
    .route('/', orderRoutes(services))
    .route('/', connectRoutes(services))
    .route('/', paymentRoutes(services))
    .route('/', uploadRoutes(services));

  app.openAPIRegistry.register('Error', errorEnvelopeSchema);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Solidaria API', version: '0.1.0' },
  });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
