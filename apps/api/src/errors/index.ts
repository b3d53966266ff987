export { ERROR_STATUS, type ErrorCode } from './codes';
export { ApiError, errorEnvelopeSchema, errorResponse, type ErrorEnvelope, type FieldErrors, type Reasons } from './envelope';
export { handleError } from './on-error';
export { handleNotFound } from './not-found';
export { validationHook } from './validation-hook';
