import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { type AgencyRow, findAgency } from '../agencies/index.ts';
import { listPartners, type PartnerFilter, type PartnerRow } from './partner.repo.ts';

/** The countries whose partner directory an agency reads: its own and, for an embassy, its host's. */
export async function directoryCountries(tx: Tx, agencyId: string): Promise<Set<string>> {
  const agency = await findAgency(tx, agencyId);
  return new Set([agency?.country.trim(), agency?.host_country?.trim()].filter((c) => c !== undefined));
}

export type NotSelectableBecause = 'not_on_platform' | 'own_agency' | 'inactive';

export interface ReferralTarget {
  readonly partner: PartnerRow;
  readonly receiver: { id: string; name: string; shortName: string | null } | null;
  readonly notSelectableBecause: NotSelectableBecause | null;
}

/**
 * The partner directory as the choice of who receives a referral: every partner the actor's
 * agency may read, with the platform agency it is (the receiver). Only a partner linked to another
 * active agency can receive one; the others stay listed with the reason, so the sender knows to
 * contact them outside the platform. Selectable partners come first.
 */
export async function referralTargets(
  tx: Tx,
  actor: Actor,
  filter: PartnerFilter,
): Promise<ReferralTarget[]> {
  const countries = await directoryCountries(tx, actor.agencyId);
  const rows = (await listPartners(tx, filter)).filter(
    (row) => actor.skipPolicyChecks || countries.has(row.country),
  );
  const agencies = new Map<string, AgencyRow | undefined>();
  for (const row of rows) {
    const id = row.linked_agency_id;
    if (id !== null && !agencies.has(id)) agencies.set(id, await findAgency(tx, id));
  }
  const targets = rows.map((partner): ReferralTarget => {
    const agency = partner.linked_agency_id ? agencies.get(partner.linked_agency_id) : undefined;
    const notSelectableBecause = !agency
      ? 'not_on_platform'
      : agency.id === actor.agencyId
        ? 'own_agency'
        : !agency.active
          ? 'inactive'
          : null;
    return {
      partner,
      receiver: agency ? { id: agency.id, name: agency.name, shortName: agency.short_name } : null,
      notSelectableBecause,
    };
  });
  return targets.sort(
    (a, b) => Number(a.notSelectableBecause !== null) - Number(b.notSelectableBecause !== null),
  );
}
