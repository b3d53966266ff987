import { z } from '@hono/zod-openapi';
import { countryCodes, roles, selfChosenRoles } from '@solidaria/core';

// Length is checked by the password policy, which knows the person's roles; this only
// keeps absurd bodies out before hashing.
const password = z.string().min(1).max(1024);

export const identifierInput = z.object({
  identifier: z.string().trim().min(3).max(254).openapi({ description: 'E-mail address or phone number', example: '+50688881234' }),
  country: z.enum(countryCodes).optional().openapi({ description: 'Reads a local phone number in this country' }),
});

// z.object drops every key it does not name: `roles`, `isAdmin`, `municipalityId`,
// `__proto__` in a body never reach the handler (mass assignment).
export const registerBody = identifierInput
  .extend({
    password,
    displayName: z.string().trim().min(1).max(80),
    language: z.enum(['es', 'en']).default('es'),
    purposes: z.array(z.enum(selfChosenRoles)).min(1).max(3).default(['seeker']),
    municipality: z.string().max(60).optional().openapi({ description: "Slug of the person's municipality" }),
  })
  .openapi('RegisterRequest');

export const loginBody = identifierInput.extend({ password }).openapi('LoginRequest');
export const totpBody = z.object({ code: z.string().trim().regex(/^\d{6}$/) }).openapi('TotpRequest');
export const resetRequestBody = identifierInput.openapi('PasswordResetRequest');
export const resetConfirmBody = z.object({ token: z.string().min(16).max(200), password }).openapi('PasswordResetConfirm');
export const changePasswordBody = z.object({ currentPassword: password, newPassword: password }).openapi('ChangePassword');

export const grantSchema = z.object({
  role: z.enum(roles),
  municipalityId: z.number().int().positive().nullable().default(null),
});

export const meSchema = z
  .object({
    id: z.number(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.enum(['es', 'en']),
    municipalityId: z.number().nullable(),
    roles: z.array(grantSchema),
  })
  .openapi('Me');

export const loginResult = z
  .object({
    status: z.enum(['signed_in', 'totp_required']),
    /** Present once, when an officer or admin has no authenticator set up yet. */
    totpEnrollment: z.object({ secret: z.string(), uri: z.string() }).optional(),
  })
  .openapi('LoginResult');
