export { createApp, type AppType } from './app';
export type { ErrorCode, ErrorEnvelope } from './errors';
export type { Logger } from './logger';
export { systemClock, type Clock, type Services } from './services';
