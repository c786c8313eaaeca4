import { recordRead } from '../../audit/audit.ts';
import { type ChargeRow, type HearingRow, listCharges, listHearings } from './court.repo.ts';
import {
  type ArrestRow,
  findOwnCaseVictims,
  findReferredVictim,
  type InvestigationRow,
  listArrests,
  listSuspects,
  listVictimLinks,
  type SuspectRow,
  type VictimLinkRow,
} from './investigation.repo.ts';
import { findOrigin, type OriginRow } from './investigation-origin.repo.ts';
import { victimIdentityPolicy, wouldAsk } from './prosecution.policy.ts';
import type { ProsecutionProps } from './prosecution-command.ts';
import { listRestitutionOrders, type RestitutionOrderRow } from './restitution.repo.ts';

export interface VictimIdentity {
  caseReference: string;
  victims: { names: string[]; sex: string | null; nationality: string | null }[];
}

export interface VictimLink extends VictimLinkRow {
  /** Undefined when the user may not see it (the policy, or else the database, said no). */
  identity: VictimIdentity | undefined;
}

export interface InvestigationRecord {
  investigation: InvestigationRow;
  victims: VictimLink[];
  suspects: SuspectRow[];
  arrests: ArrestRow[];
  charges: ChargeRow[];
  hearings: HearingRow[];
  restitutionOrders: RestitutionOrderRow[];
  /** The report by the public the investigation was opened from, if it was. */
  origin: OriginRow | undefined;
}

/**
 * The victim's identity behind a link, as far as the user may see it: from the agency's own case
 * (its policies need case:read and person:read), or from the referral's shared view (what the
 * victim's consent covers). Each identity shown is audited as a read of that case or referral.
 */
export async function victimIdentity(
  props: ProsecutionProps,
  link: VictimLinkRow,
): Promise<VictimIdentity | undefined> {
  if (!wouldAsk(props.actor, victimIdentityPolicy.see)) return undefined;
  let identity: VictimIdentity | undefined;
  if (link.case_id) {
    const found = await findOwnCaseVictims(props.tx, link.case_id);
    if (found) identity = { caseReference: found.reference, victims: found.victims };
  } else if (link.referral_id) {
    const shared = await findReferredVictim(props.tx, link.referral_id);
    if (shared && (shared.names !== null || shared.sex !== null)) {
      identity = {
        caseReference: shared.case_reference,
        victims: [
          {
            names: (shared.names ?? []).map((name) => name.fullName),
            sex: shared.sex,
            nationality: shared.nationality,
          },
        ],
      };
    }
  }
  if (identity) {
    await recordRead(props.tx, {
      actor: props.actor,
      subject: link.case_id
        ? { type: 'case', id: link.case_id }
        : { type: 'referral', id: link.referral_id ?? '' },
      requestId: props.requestId,
      detail: { via: 'investigation', investigationId: link.investigation_id, victimLinkId: link.id },
    });
  }
  return identity;
}

/**
 * Everything recorded on an investigation, with the victims' identities only as far as the user
 * may see them. The read of the investigation is audited, and so is each victim's identity shown.
 */
export async function readInvestigation(
  props: ProsecutionProps & { investigation: InvestigationRow },
): Promise<InvestigationRecord> {
  const { tx, investigation } = props;
  const links = await listVictimLinks(tx, investigation.id);
  const victims: VictimLink[] = [];
  for (const link of links) victims.push({ ...link, identity: await victimIdentity(props, link) });
  const record: InvestigationRecord = {
    investigation,
    victims,
    suspects: await listSuspects(tx, investigation.id),
    arrests: await listArrests(tx, investigation.id),
    charges: await listCharges(tx, investigation.id),
    hearings: await listHearings(tx, investigation.id),
    restitutionOrders: await listRestitutionOrders(tx, investigation.id),
    origin: await findOrigin(tx, investigation.id),
  };
  await recordRead(tx, {
    actor: props.actor,
    subject: { type: 'investigation', id: investigation.id },
    requestId: props.requestId,
    detail: {
      victimLinks: links.length,
      victimIdentitiesShown: victims.filter((victim) => victim.identity).length,
    },
  });
  return record;
}
