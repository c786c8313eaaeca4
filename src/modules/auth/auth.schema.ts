import { z } from 'zod';
import { permissionSchema } from '../../policy/permissions.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const signInSchema = z
  .strictObject({
    email: trimmedText(3, 254),
    password: z.string().min(1).max(1024),
    totp: z
      .string()
      .regex(/^\d{6}$/, 'must be the 6-digit code from the authenticator app')
      .optional(),
    recoveryCode: z.string().trim().min(10).max(20).optional(),
    agencyId: z.uuid().optional().describe('The agency to act for; the first membership when omitted'),
  })
  .meta({ id: 'SignIn' });

const stageSchema = z
  .enum(['complete', 'enrolment_required'])
  .describe('enrolment_required: only two-factor enrolment and sign-out are open until it is done');

export const signedInSchema = z
  .object({
    userId: z.uuid(),
    agencyId: z.uuid(),
    stage: stageSchema,
    csrfToken: z.string().describe('Send as the X-CSRF-Token header on every request that changes something'),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'SignedIn' });

export const meSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      locale: z.string(),
      twoFactorEnabled: z.boolean(),
    }),
    agency: z.object({
      id: z.uuid(),
      name: z.string(),
      shortName: z.string().nullable(),
      type: z.string(),
      country: z.string(),
      timeZone: z.string(),
    }),
    memberships: z.array(
      z.object({ agencyId: z.uuid(), agencyName: z.string(), roles: z.array(z.string()) }),
    ),
    permissions: z.array(permissionSchema),
    via: z.enum(['session', 'api_token', 'platform']),
    stage: stageSchema,
    csrfToken: z.string().nullable(),
    sessionExpiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Me' });

export const localeSchema = z.enum(['en', 'ms', 'id', 'vi']);

export const changeMeSchema = z
  .strictObject({ locale: localeSchema.describe('The language the web app shows this user') })
  .meta({ id: 'ChangeMe' });

export const switchAgencySchema = z.strictObject({ agencyId: z.uuid() });

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

export const totpEnrolmentSchema = z
  .object({
    secret: z.string().describe('For typing into an app that cannot scan the QR code'),
    otpauthUri: z.string(),
    qrCodeSvg: z.string(),
  })
  .meta({ id: 'TotpEnrolment' });

export const confirmTotpSchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, 'must be a 6-digit code'),
});

export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).describe('Shown once; each signs in once') })
  .meta({ id: 'RecoveryCodes' });

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scopes: z.array(z.string()),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createApiTokenSchema = z
  .strictObject({
    name: singleLineText(1, 100),
    scopes: z.array(permissionSchema).min(1).max(50),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .meta({ id: 'CreateApiToken' });

export const createdApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().describe('Shown once: send as "Authorization: Bearer <token>"') })
  .meta({ id: 'CreatedApiToken' });
