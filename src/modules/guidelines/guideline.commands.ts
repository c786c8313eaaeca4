import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import type { GuidelineRow, VersionRow } from './guideline.repo.ts';
import type { CreateGuideline, VersionInput } from './guideline.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

async function versionProblems(
  tx: Tx,
  country: string,
  version: VersionInput,
  latest: VersionRow | undefined,
  prefix: string,
): Promise<FieldProblem[]> {
  const rows = await tx.query<{ id: string }>('select id from agency where country = $1', [country]);
  const agencies = new Set(rows.map((row) => row.id));
  const problems: FieldProblem[] = [];
  if (latest && version.effectiveOn <= latest.effective_on) {
    problems.push({
      code: 'date_before_earlier_step',
      field: `${prefix}effectiveOn`,
      message: `must be after version ${latest.version} took effect (${latest.effective_on})`,
    });
  }
  const seen = new Set<string>();
  version.requiredAgencyIds.forEach((id, i) => {
    if (!agencies.has(id))
      problems.push({
        code: 'agency_not_of_country',
        field: `${prefix}requiredAgencyIds.${i}`,
        message: 'is not an agency of the country',
      });
    else if (seen.has(id))
      problems.push({
        code: 'given_twice',
        field: `${prefix}requiredAgencyIds.${i}`,
        message: 'is given twice',
      });
    seen.add(id);
  });
  return problems;
}

async function insertVersion(
  props: CommandProps,
  guidelineId: string,
  number: number,
  version: VersionInput,
) {
  const [row] = await props.tx.query<{ id: string }>(
    `insert into guideline_version (guideline_id, version, effective_on, summary, body, required_agency_ids, created_by)
     values ($1, $2, $3, $4, $5, $6::uuid[], $7) returning id`,
    [
      guidelineId,
      number,
      version.effectiveOn,
      version.summary,
      version.body,
      version.requiredAgencyIds,
      props.actor.userId,
    ],
  );
  const id = row?.id as string;
  await auditCommand(
    props,
    'guideline.issue_version',
    { type: 'guideline', id: guidelineId },
    {
      versionId: id,
      version: number,
      effectiveOn: version.effectiveOn,
      requiredAgencies: version.requiredAgencyIds.length,
    },
  );
  return id;
}

/** A guideline of the actor's agency and country, with its first version. */
export async function createGuideline(props: CommandProps & { guideline: CreateGuideline }): Promise<string> {
  const { tx, actor, guideline } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const problems = await versionProblems(tx, country, guideline.version, undefined, 'version.');
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    'insert into guideline (agency_id, country, title, created_by) values ($1, $2, $3, $4) returning id',
    [actor.agencyId, country, guideline.title, actor.userId],
  );
  const id = row?.id as string;
  await auditCommand(props, 'guideline.create', { type: 'guideline', id });
  await insertVersion(props, id, 1, guideline.version);
  return id;
}

/** A new version, taking effect after the latest one. */
export async function issueVersion(
  props: CommandProps & { guideline: GuidelineRow; latest: VersionRow | undefined; version: VersionInput },
): Promise<string> {
  const { tx, guideline, latest, version } = props;
  const problems = await versionProblems(tx, guideline.country, version, latest, '');
  if (problems.length > 0) throw new ValidationError(problems);
  return insertVersion(props, guideline.id, (latest?.version ?? 0) + 1, version);
}

/** The actor's agency acknowledges a version it is required to; once. */
export async function acknowledgeVersion(props: CommandProps & { version: VersionRow }): Promise<void> {
  const { tx, actor, version } = props;
  if (version.agencies.some((a) => a.agencyId === actor.agencyId && a.acknowledgedAt)) {
    throw new ConflictError('already_acknowledged', 'Your agency has acknowledged this version already.');
  }
  await tx.query(
    'insert into guideline_acknowledgement (version_id, agency_id, acknowledged_by) values ($1, $2, $3)',
    [version.id, actor.agencyId, actor.userId],
  );
  await auditCommand(
    props,
    'guideline.acknowledge',
    { type: 'guideline', id: version.guideline_id },
    {
      versionId: version.id,
      version: version.version,
    },
  );
}
