import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import { regionProblem } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { NotFoundError, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { type AgencyRow, findAgency, insertAgency, updateAgency, wouldCreateCycle } from './agency.repo.ts';
import {
  type AgencyJurisdiction,
  type CreateAgency,
  triageAgencyTypes,
  type UpdateAgency,
} from './agency.schema.ts';
import { jurisdictionOf, replaceRegions, setDefaultTriage } from './agency-region.repo.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

async function requireParent(tx: Tx, parentId: string): Promise<void> {
  if (!(await findAgency(tx, parentId))) {
    throw new RuleViolationError('parent_agency_not_found', 'The parent agency does not exist.');
  }
}

/** Registers an agency (a tenant of the platform) and audits it. */
export async function createAgency(props: CommandProps & { agency: CreateAgency }): Promise<AgencyRow> {
  const { tx, agency } = props;
  if (agency.parentId) await requireParent(tx, agency.parentId);
  const id = randomUUID();
  await insertAgency(tx, id, agency);
  await recordAudit(tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'agency.create',
    subject: { type: 'agency', id },
    requestId: props.requestId,
    detail: { fields: Object.keys(agency) },
  });
  const created = await findAgency(tx, id);
  if (!created) throw new Error('created agency not readable');
  return created;
}

/**
 * Changes an agency's details. A parent must exist and must not be the agency itself or one of
 * its descendants (that would make a loop in the hierarchy).
 */
export async function changeAgency(
  props: CommandProps & { agencyId: string; change: UpdateAgency },
): Promise<AgencyRow> {
  const { tx, agencyId, change } = props;
  if (change.parentId) {
    await requireParent(tx, change.parentId);
    if (change.parentId === agencyId || (await wouldCreateCycle(tx, agencyId, change.parentId))) {
      throw new RuleViolationError(
        'agency_hierarchy_loop',
        'An agency cannot be placed under itself or one of its own units.',
      );
    }
  }
  const current = await findAgency(tx, agencyId);
  if (!current) throw new NotFoundError('agency');
  if (change.hostCountry && current.type !== 'embassy') {
    throw new RuleViolationError('host_country_not_embassy', 'Only an embassy has a host country.');
  }
  if (!(await updateAgency(tx, agencyId, change))) throw new NotFoundError('agency');
  await recordAudit(tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: change.active === false ? 'agency.deactivate' : 'agency.update',
    subject: { type: 'agency', id: agencyId },
    requestId: props.requestId,
    detail: { fields: Object.keys(change) },
  });
  return (await findAgency(tx, agencyId)) as AgencyRow;
}

/**
 * Declares the regions of its own country an agency covers, which route reports from the public
 * about places there to it, and (when named) whether it is the country's default triage agency,
 * which receives the reports no region routes. Audited with the codes (not personal data).
 */
export async function declareJurisdiction(
  props: CommandProps & { agency: AgencyRow; jurisdiction: AgencyJurisdiction },
): Promise<{ regions: string[]; defaultTriage: boolean }> {
  const { tx, agency, jurisdiction } = props;
  const regions = [...new Set(jurisdiction.regions)];
  if (
    (regions.length > 0 || jurisdiction.defaultTriage) &&
    !triageAgencyTypes.includes(agency.type as never)
  ) {
    throw new RuleViolationError(
      'agency_cannot_triage',
      'Only a public authority (police, immigration, labour, welfare, prosecution or a coordinating body) receives reports from the public.',
    );
  }
  const problems = regions.flatMap(
    (code) => regionProblem(agency.country, code, `regions.${jurisdiction.regions.indexOf(code)}`) ?? [],
  );
  if (problems.length > 0) throw new ValidationError(problems);
  await replaceRegions(tx, agency.id, regions);
  if (jurisdiction.defaultTriage !== undefined) {
    await setDefaultTriage(tx, agency, jurisdiction.defaultTriage);
  }
  await recordAudit(tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'agency.jurisdiction',
    subject: { type: 'agency', id: agency.id },
    requestId: props.requestId,
    detail: { regions, defaultTriage: jurisdiction.defaultTriage ?? null },
  });
  return jurisdictionOf(tx, agency.id);
}
