import { z } from 'zod';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { namesAChange, noChangeRule } from '../../shared/partial-change.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const localeSchema = z.enum(['en', 'ms', 'id', 'vi']);
const roleCode = z.string().regex(/^[a-z_]{2,40}$/, 'must be a role code, e.g. case_manager');

export const membershipSchema = z.object({ agencyId: z.uuid(), role: roleCode }).meta({ id: 'Membership' });
const membershipsInput = z
  .array(z.strictObject({ agencyId: z.uuid(), role: roleCode }))
  .min(1, 'must name at least one agency and role')
  .max(50);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: localeSchema,
    active: z.boolean(),
    twoFactorEnabled: z.boolean(),
    memberships: z
      .array(membershipSchema)
      .describe('Only memberships in agencies the reader manages are shown'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof userSchema>;

export const createUserSchema = z
  .strictObject({
    email: z.email().max(254),
    displayName: singleLineText(1, 200),
    locale: localeSchema.default('en'),
    password: z.string().max(256).describe('Initial password; at least 12 characters'),
    memberships: membershipsInput,
  })
  .meta({ id: 'CreateUser' });
export type CreateUser = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    email: z.email().max(254).optional(),
    displayName: singleLineText(1, 200).optional(),
    locale: localeSchema.optional(),
    active: z.boolean().optional(),
    memberships: membershipsInput.optional().describe('Replaces the memberships the administrator manages'),
  })
  .refine(namesAChange, noChangeRule)
  .meta({ id: 'UpdateUser' });
export type UpdateUser = z.infer<typeof updateUserSchema>;

export const userListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  agencyId: z.uuid().optional(),
  role: roleCode.optional(),
  q: trimmedText(1, 100).optional(),
  active: z.stringbool().optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
