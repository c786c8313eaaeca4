import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useLabel } from '../victim-path/labels.ts';
import type { Labels } from '../victim-path/types.ts';

/** A role as `GET /api/roles` answers it (src/modules/users/role.schema.ts). */
export interface Role {
  code: string;
  labels: Labels;
  description: string;
  permissions: string[];
  /** Whether the signed-in user may give it. */
  assignable: boolean;
}

/**
 * The platform's roles, from the server (the `role` table is their only list), with each role's
 * name in the user's language: `codes` in the order forms show them, `assignable` those the user
 * may give, and `label(code)` for a role met on a record.
 */
export function useRoles() {
  const pick = useLabel();
  const roles = useQuery({
    queryKey: ['roles'],
    queryFn: () => api<{ items: Role[] }>('GET', '/api/roles'),
    staleTime: 60 * 60_000,
  });
  const items = roles.data?.items ?? [];
  return {
    query: roles,
    codes: items.map((role) => role.code),
    assignable: items.filter((role) => role.assignable).map((role) => role.code),
    label: (code: string, fallback?: string) =>
      pick(items.find((role) => role.code === code)?.labels, fallback ?? code),
  };
}

export const locales = ['en', 'ms', 'id', 'vi'] as const;
