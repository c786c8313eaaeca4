import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  type FieldProblem,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { caseReferenceKeySql, codeKey, hashSecret, newSecret, secretMatches } from './secrets.ts';
import { nameFinder } from './summary-names.ts';

/*
 * Case progress for the public: the safe summary a case worker publishes, the secrets they issue
 * (hashed, expiring, revocable) and the public lookup by case reference and secret.
 */

export const progressSummaryInputSchema = z
  .strictObject({
    stage: trimmedText(1, 300).describe('Where the case stands, in words safe to show the family'),
    nextStep: trimmedText(1, 1000),
    contactPoint: trimmedText(1, 300).describe(
      'Whom to call: an office or hotline, not a person’s private number',
    ),
  })
  .meta({ id: 'CaseProgressSummaryText' });
export type ProgressSummaryInput = z.infer<typeof progressSummaryInputSchema>;

export const issueProgressCodeSchema = z
  .strictObject({ validDays: z.number().int().min(1).max(365).default(90) })
  .meta({ id: 'IssueProgressCode' });

export const progressCheckSchema = z
  .strictObject({
    caseReference: z.string().trim().min(1).max(60),
    secret: z.string().trim().min(1).max(60),
  })
  .meta({ id: 'CaseProgressCheck' });

export const publicProgressSchema = z
  .object({
    caseReference: z.string(),
    stage: z.string(),
    nextStep: z.string(),
    contactPoint: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'PublicCaseProgress' });

const codeViewSchema = z.object({
  id: z.uuid(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});
export const progressViewSchema = z
  .object({
    caseId: z.uuid(),
    caseReference: z.string(),
    summary: publicProgressSchema.omit({ caseReference: true }).nullable(),
    codes: z.array(codeViewSchema),
  })
  .meta({ id: 'CaseProgressView' });
export const issuedCodeSchema = codeViewSchema
  .extend({ caseReference: z.string(), secret: z.string() })
  .meta({ id: 'IssuedProgressCode' });

const context = (column: string) => `case_progress_summary.${column}`;

interface SummaryRow {
  case_id: string;
  stage: string;
  next_step: string;
  contact_point: string;
  published_at: Date;
}

function presentSummary(keyring: Keyring, row: SummaryRow | undefined) {
  if (!row) return null;
  return {
    stage: decryptField(keyring, context('stage'), row.stage),
    nextStep: decryptField(keyring, context('next_step'), row.next_step),
    contactPoint: decryptField(keyring, context('contact_point'), row.contact_point),
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

interface CodeRow {
  id: string;
  issued_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}
function presentCode(row: CodeRow) {
  const now = Date.now();
  return {
    id: row.id,
    issuedAt: new Date(row.issued_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    state: row.revoked_at
      ? ('revoked' as const)
      : new Date(row.expires_at).getTime() <= now
        ? ('expired' as const)
        : ('active' as const),
  };
}

interface Props {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

const audit = (props: Props, action: string, caseId: string, detail = {}) =>
  recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'case', id: caseId },
    requestId: props.requestId,
    detail,
  });

/** The case's published summary and its codes (never their secrets). */
export async function progressOf(props: Props & { caseId: string; reference: string }) {
  const { tx, keyring, caseId } = props;
  const [summary] = await tx.query<SummaryRow>('select * from case_progress_summary where case_id = $1', [
    caseId,
  ]);
  const codes = await tx.query<CodeRow>(
    'select id, issued_at, expires_at, revoked_at from case_progress_code where case_id = $1 order by issued_at desc, id',
    [caseId],
  );
  return {
    caseId,
    caseReference: props.reference,
    summary: presentSummary(keyring, summary),
    codes: codes.map(presentCode),
  };
}

/**
 * The summary never carries names (issue 10): each field that holds a full, given or family name
 * of one of the case's persons is refused — as whole words, ignoring case and accents, and in the
 * other spellings of the same name or with its letters spaced out (issue 11; see summary-names.ts).
 */
async function refuseNamesOfCase(tx: Tx, caseId: string, summary: ProgressSummaryInput): Promise<void> {
  const rows = await tx.query<{ full_name: string; given_name: string | null; family_name: string | null }>(
    `select n.full_name, n.given_name, n.family_name
       from case_person cp join person_name n on n.person_id = cp.person_id
      where cp.case_id = $1`,
    [caseId],
  );
  const holdsName = nameFinder(
    rows
      .flatMap((row) => [row.full_name, row.given_name, row.family_name])
      .filter((name): name is string => Boolean(name)),
  );
  const problems: FieldProblem[] = Object.entries(summary)
    .filter(([, text]) => holdsName(text))
    .map(([field]) => ({ code: 'summary_names_person', field, message: 'names a person of the case' }));
  if (problems.length > 0)
    throw new ValidationError(problems, 'The summary the public sees must not name a person of the case.');
}

/** Publishes (or replaces) the summary the public sees with a code; the text is the case worker's choice. */
export async function publishSummary(props: Props & { caseId: string; summary: ProgressSummaryInput }) {
  const { tx, actor, keyring, caseId, summary } = props;
  await refuseNamesOfCase(tx, caseId, summary);
  await tx.query(
    `insert into case_progress_summary (case_id, agency_id, stage, next_step, contact_point, published_by)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (case_id) do update set stage = excluded.stage, next_step = excluded.next_step,
       contact_point = excluded.contact_point, published_by = excluded.published_by, published_at = now()`,
    [
      caseId,
      actor.agencyId,
      encryptField(keyring, context('stage'), summary.stage),
      encryptField(keyring, context('next_step'), summary.nextStep),
      encryptField(keyring, context('contact_point'), summary.contactPoint),
      actor.userId,
    ],
  );
  await audit(props, 'case_progress.publish', caseId);
}

/**
 * Issues a secret for the case's progress page, valid `validDays`; shown once, kept as a hash.
 * Only once a summary is published: a family given a secret for a case with nothing to show would
 * see the answer a wrong secret gets, and think the secret wrong.
 */
export async function issueCode(props: Props & { caseId: string; reference: string; validDays: number }) {
  const { tx, actor, caseId } = props;
  const [published] = await tx.query('select 1 from case_progress_summary where case_id = $1', [caseId]);
  if (!published) {
    throw new RuleViolationError(
      'progress_summary_missing',
      'Publish a summary for the family before issuing a secret: with no summary the secret would show nothing.',
    );
  }
  const secret = newSecret();
  const [row] = await tx.query<CodeRow>(
    `insert into case_progress_code (case_id, agency_id, secret_hash, expires_at, issued_by)
     values ($1, $2, $3, now() + make_interval(days => $4), $5) returning id, issued_at, expires_at, revoked_at`,
    [caseId, actor.agencyId, hashSecret(secret), props.validDays, actor.userId],
  );
  const code = presentCode(row as CodeRow);
  await audit(props, 'case_progress.issue_code', caseId, { codeId: code.id, validDays: props.validDays });
  return { ...code, caseReference: props.reference, secret };
}

/** Revokes a code of the agency's case; from then on it opens nothing. */
export async function revokeCode(props: Props & { codeId: string }) {
  const rows = await props.tx.query<{ case_id: string }>(
    `update case_progress_code set revoked_at = coalesce(revoked_at, now()), revoked_by = coalesce(revoked_by, $2)
      where id = $1 returning case_id`,
    [props.codeId, props.actor.userId],
  );
  const caseId = rows[0]?.case_id;
  if (!caseId) throw new NotFoundError('progress_code');
  await audit(props, 'case_progress.revoke_code', caseId, { codeId: props.codeId });
  return caseId;
}

/**
 * The public lookup (as the database owner): every live code of every case with that reference
 * (compared without case, spaces or dashes, as tracking codes and secrets are) is compared with
 * the secret in constant time, a dummy when there is none. Returns the summary, or undefined for
 * an unknown reference, a wrong, expired or revoked secret, or no summary alike.
 */
export async function checkProgress(props: {
  tx: Tx;
  keyring: Keyring;
  caseReference: string;
  secret: string;
}) {
  const { tx, keyring } = props;
  const codes = await tx.query<{
    case_id: string;
    agency_id: string;
    secret_hash: string;
    reference: string;
  }>(
    `select k.case_id, k.agency_id, k.secret_hash, c.reference from case_progress_code k
       join case_file c on c.id = k.case_id
      where ${caseReferenceKeySql} = $1 and k.revoked_at is null and k.expires_at > now()`,
    [codeKey(props.caseReference)],
  );
  const index = secretMatches(
    props.secret,
    codes.map((c) => c.secret_hash),
  );
  const code = codes[index];
  if (!code) return undefined;
  const [summary] = await tx.query<SummaryRow>('select * from case_progress_summary where case_id = $1', [
    code.case_id,
  ]);
  const presented = presentSummary(keyring, summary);
  if (!presented) return undefined;
  return {
    found: { caseReference: code.reference, ...presented },
    caseId: code.case_id,
    agencyId: code.agency_id,
  };
}
