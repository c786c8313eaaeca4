import { type Actor, can, type Policy } from '../../policy/policy.ts';

/** Who may do what with approval requests. The database's policies on `approval_request` say the same. */
export const approvalPolicy = {
  list: (actor: Actor) => can(actor, 'case:read'),
  decide: (actor: Actor) => can(actor, 'approval:decide'),
  withdraw: (actor: Actor) => can(actor, 'case:write'),
} satisfies Policy<undefined>;
