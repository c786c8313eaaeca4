import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as the typed query builder sees them. The SQL in `migrations/` is the truth;
 * `schema.int.test.ts` checks that every column named here exists there.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  type: string;
  country: string;
  host_country: string | null;
  parent_id: string | null;
  time_zone: string;
  approvals_required: Generated<string[]>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RoleTable {
  code: string;
  description: string;
  /** The role's name by language (`en`, `ms`, `id`, `vi`); migration 0094. */
  labels: Generated<Record<string, string>>;
  position: Generated<number>;
}

export interface RolePermissionTable {
  role_code: string;
  permission: string;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  locale: Generated<string>;
  password_hash: string;
  password_changed_at: Timestamp;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipTable {
  user_id: string;
  agency_id: string;
  role_code: string;
  created_at: CreatedAt;
}

export interface AuthSessionTable {
  token_hash: string;
  user_id: string;
  agency_id: string;
  stage: 'complete' | 'enrolment_required';
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  agency_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  expires_at: Date;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface SignInThrottleTable {
  key_hash: string;
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

export interface AuditEventTable {
  id: ColumnType<number, never, never>;
  at: ColumnType<Date, never, never>;
  actor_user_id: string | null;
  agency_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: Generated<'success' | 'denied' | 'failure'>;
  reason: string | null;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
}

/** An audit entry's place in the hash chain, written by the chainer only (see src/audit/chain.ts). */
export interface AuditChainTable {
  entry_id: ColumnType<number, never, never>;
  /** The gapless chain number. */
  seq: ColumnType<number, never, never>;
  prev_hash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

export interface JobTable {
  id: Generated<string>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Date | null;
  last_error: string | null;
  singleton_key: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface EncryptionKeyTable {
  id: string;
  canary: string;
  created_at: CreatedAt;
}

export interface IdentityDocumentTable {
  id: Generated<string>;
  person_id: string;
  agency_id: string;
  type: string;
  number: string;
  number_index: string;
  issuing_country: string | null;
  held_by: Generated<string>;
  expires_on: string | null;
  created_at: CreatedAt;
}

export interface Database {
  agency: AgencyTable;
  role: RoleTable;
  role_permission: RolePermissionTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  auth_session: AuthSessionTable;
  api_token: ApiTokenTable;
  recovery_code: RecoveryCodeTable;
  sign_in_throttle: SignInThrottleTable;
  audit_event: AuditEventTable;
  audit_chain: AuditChainTable;
  job: JobTable;
  encryption_key: EncryptionKeyTable;
  identity_document: IdentityDocumentTable;
}
