import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { type FieldProblem, ForbiddenError, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { registerDeadline } from '../deadlines/index.ts';
import type { PartnerRow } from './partner.repo.ts';
import type { MouInput, PartnerChange, PartnerInput } from './partner.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

function audit(props: CommandProps, action: string, id: string, detail = {}) {
  return recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'partner', id },
    requestId: props.requestId,
    detail,
  });
}

const columns = {
  name: 'name',
  kind: 'kind',
  services: 'services',
  regions: 'regions',
  languages: 'languages',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
  website: 'website',
  networkMember: 'network_member',
  memberSince: 'member_since',
  linkedAgencyId: 'linked_agency_id',
} as const satisfies Record<keyof PartnerInput, string>;

async function problemsOf(
  tx: Tx,
  country: string,
  partner: { networkMember: boolean; memberSince: string | null; linkedAgencyId: string | null },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!partner.networkMember && partner.memberSince)
    problems.push({
      code: 'member_since_network_only',
      field: 'memberSince',
      message: 'is only for members of the network',
    });
  if (partner.linkedAgencyId) {
    const agency = await findAgency(tx, partner.linkedAgencyId);
    // An embassy hosted in the country is one of its partners too (a government focal point).
    if (!agency || (agency.country.trim() !== country && agency.host_country?.trim() !== country))
      problems.push({
        code: 'agency_not_of_country',
        field: 'linkedAgencyId',
        message: 'is not an agency of the country or hosted in it',
      });
  }
  return problems;
}

/** A partner of the actor's country, kept by the actor's agency. */
export async function createPartner(props: CommandProps & { partner: PartnerInput }): Promise<string> {
  const { tx, actor, partner } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const problems = await problemsOf(tx, country, {
    networkMember: partner.networkMember,
    memberSince: partner.memberSince ?? null,
    linkedAgencyId: partner.linkedAgencyId ?? null,
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    `insert into partner_organisation (agency_id, country, name, kind, services, regions, languages, contact_name,
       contact_email, contact_phone, website, network_member, member_since, linked_agency_id, created_by)
     values ($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
    [
      actor.agencyId,
      country,
      partner.name,
      partner.kind,
      [...new Set(partner.services)],
      [...new Set(partner.regions)],
      [...new Set(partner.languages)],
      partner.contactName ?? null,
      partner.contactEmail ?? null,
      partner.contactPhone ?? null,
      partner.website ?? null,
      partner.networkMember,
      partner.memberSince ?? null,
      partner.linkedAgencyId ?? null,
      actor.userId,
    ],
  );
  const id = row?.id as string;
  await audit(props, 'partner.create', id, { kind: partner.kind, networkMember: partner.networkMember });
  return id;
}

/** Changes the fields given; the audit names the fields, never their values. */
export async function changePartner(
  props: CommandProps & { partner: PartnerRow; change: PartnerChange },
): Promise<void> {
  const { tx, partner, change } = props;
  const given = Object.entries(change).filter(([, value]) => value !== undefined) as [
    keyof PartnerChange,
    unknown,
  ][];
  if (given.length === 0) return;
  const leaving = change.networkMember === false && change.memberSince === undefined && partner.member_since;
  // Leaving the network ends the membership date too.
  if (leaving) given.push(['memberSince', null]);
  const problems = await problemsOf(tx, partner.country, {
    networkMember: change.networkMember ?? partner.network_member,
    memberSince: leaving
      ? null
      : change.memberSince !== undefined
        ? change.memberSince
        : partner.member_since,
    linkedAgencyId: change.linkedAgencyId !== undefined ? change.linkedAgencyId : partner.linked_agency_id,
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const sets = given.map(([field], i) => `${columns[field]} = $${i + 2}`);
  const rows = await tx.query(
    `update partner_organisation set ${sets.join(', ')}, updated_at = now() where id = $1 returning id`,
    [partner.id, ...given.map(([, value]) => (Array.isArray(value) ? [...new Set(value)] : value))],
  );
  // Row-level security lets only the keeping agency's coordinators change it: say so, never 200.
  if (rows.length === 0) throw new ForbiddenError();
  await audit(props, 'partner.change', partner.id, { fields: given.map(([field]) => field) });
}

/** Records an MoU; its expiry becomes a deadline of the keeping agency, reminded like any other. */
export async function recordMou(
  props: CommandProps & { partner: Pick<PartnerRow, 'id' | 'agency_id'>; mou: MouInput },
): Promise<string> {
  const { tx, actor, partner, mou } = props;
  if (mou.expiresOn <= mou.signedOn)
    throw new ValidationError([
      { code: 'ends_before_start', field: 'expiresOn', message: 'must be after signedOn' },
    ]);
  const [row] = await tx.query<{ id: string }>(
    'insert into partner_mou (partner_id, title, signed_on, expires_on, created_by) values ($1, $2, $3, $4, $5) returning id',
    [partner.id, mou.title, mou.signedOn, mou.expiresOn, actor.userId],
  );
  const id = row?.id as string;
  await registerDeadline({
    tx,
    source: { kind: 'partner_mou_expiry', id },
    agencyId: partner.agency_id,
    caseId: null,
    ownerUserId: actor.userId,
    due: { on: mou.expiresOn },
  });
  await audit(props, 'partner.record_mou', partner.id, { mouId: id, expiresOn: mou.expiresOn });
  return id;
}
