import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { validationHook } from './errors';

/** A feature's routes: validated through the one hook, documented in the OpenAPI file. */
export const routeGroup = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
