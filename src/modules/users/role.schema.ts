import { z } from 'zod';
import { permissionSchema } from '../../policy/permissions.ts';

/** A role as `GET /api/roles` answers it: its name in the four languages and what it lets one do. */
export const roleSchema = z
  .object({
    code: z.string(),
    labels: z
      .object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() })
      .describe('The role\u2019s name by language; a missing one falls back to English, then the code'),
    description: z.string().describe('What the role is for, in English'),
    permissions: z.array(permissionSchema),
    assignable: z.boolean().describe('Whether the reader may give this role to a user'),
  })
  .meta({ id: 'Role' });
export type RoleView = z.infer<typeof roleSchema>;
