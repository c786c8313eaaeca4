import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface PlacementRow {
  id: string;
  agency_id: string;
  case_id: string;
  person_id: string;
  shelter_id: string;
  shelter_name: string;
  shelter_agency_id: string;
  bed_id: string;
  bed_label: string;
  referral_id: string | null;
  reason: string;
  admitted_on: string;
  admitted_by: string;
  acknowledged_warnings: string[];
  transferred_from_id: string | null;
  transferred_to_id: string | null;
  discharged_on: string | null;
  discharge_reason: string | null;
  created_at: Date;
  /** From `lindung_placement_person`: null unless this agency may see the person's minimum. */
  person_name: string | null;
  person_sex: string | null;
  person_age_band: string | null;
}

export interface NewPlacement {
  agencyId: string;
  caseId: string;
  personId: string;
  shelterId: string;
  shelterAgencyId: string;
  bedId: string;
  referralId: string | null;
  reason: string;
  admittedOn: string;
  admittedBy: string;
  acknowledgedWarnings: readonly string[];
  transferredFromId: string | null;
}

const placementSelect = `
  select p.id, p.agency_id, p.case_id, p.person_id, p.shelter_id, s.name as shelter_name, p.shelter_agency_id,
         p.bed_id, b.label as bed_label, p.referral_id, p.reason, p.admitted_on, p.admitted_by,
         p.acknowledged_warnings, p.transferred_from_id,
         (select n.id from placement n where n.transferred_from_id = p.id) as transferred_to_id,
         p.discharged_on, p.discharge_reason, p.created_at,
         pp.full_name as person_name, pp.sex as person_sex, pp.age_band as person_age_band
    from placement p
    join shelter s on s.id = p.shelter_id
    join shelter_bed b on b.id = p.bed_id
    left join lateral lindung_placement_person(p.id) pp on true`;

export async function insertPlacement(tx: Tx, placement: NewPlacement): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into placement (agency_id, case_id, person_id, shelter_id, shelter_agency_id, bed_id, referral_id, reason,
                            admitted_on, admitted_by, acknowledged_warnings, transferred_from_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12) returning id`,
    [
      placement.agencyId,
      placement.caseId,
      placement.personId,
      placement.shelterId,
      placement.shelterAgencyId,
      placement.bedId,
      placement.referralId,
      placement.reason,
      placement.admittedOn,
      placement.admittedBy,
      placement.acknowledgedWarnings,
      placement.transferredFromId,
    ],
  );
  return (row as { id: string }).id;
}

/** Ends an open placement; false when it had ended already (a concurrent discharge). */
export async function endPlacement(
  tx: Tx,
  id: string,
  end: { dischargedOn: string; reason: string; userId: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update placement set discharged_on = $2, discharge_reason = $3, discharged_by = $4, discharged_at = now()
      where id = $1 and discharged_on is null returning id`,
    [id, end.dischargedOn, end.reason, end.userId],
  );
  return rows.length === 1;
}

/** The placement, or a 404 — also when this agency neither placed the person nor runs the shelter. */
export async function requirePlacement(tx: Tx, id: string): Promise<PlacementRow> {
  const [row] = await tx.query<PlacementRow>(`${placementSelect} where p.id = $1`, [id]);
  if (!row) throw new NotFoundError('placement');
  return row;
}

/** A case's placements, the latest first. */
export function listCasePlacements(tx: Tx, caseId: string): Promise<PlacementRow[]> {
  return tx.query<PlacementRow>(
    `${placementSelect} where p.case_id = $1 order by p.admitted_on desc, p.created_at desc, p.id`,
    [caseId],
  );
}

/** A shelter's placements (those open now unless `all`), the latest first. */
export function listShelterPlacements(
  tx: Tx,
  shelterId: string,
  currentOnly: boolean,
): Promise<PlacementRow[]> {
  return tx.query<PlacementRow>(
    `${placementSelect} where p.shelter_id = $1 and ($2::boolean is false or p.discharged_on is null)
      order by p.admitted_on desc, p.created_at desc, p.id`,
    [shelterId, currentOnly],
  );
}

/** Where the person is placed now, and the day their last placement ended. */
export async function findPersonPlacements(
  tx: Tx,
  personId: string,
): Promise<{ open: string | undefined; lastDischargedOn: string | null }> {
  const [row] = await tx.query<{ open: string | null; last_discharged_on: string | null }>(
    `select (select id from placement where person_id = $1 and discharged_on is null) as open,
            (select max(discharged_on) from placement where person_id = $1) as last_discharged_on`,
    [personId],
  );
  return { open: row?.open ?? undefined, lastDischargedOn: row?.last_discharged_on ?? null };
}

/** What the shelter's rules are checked against: the person's sex and age on the day. */
export async function findPersonForRules(
  tx: Tx,
  personId: string,
  onDay: string,
): Promise<{ sex: string; age: number | null } | undefined> {
  const [row] = await tx.query<{ sex: string; age: number | null }>(
    'select p.sex, lindung_person_age(p, $2::date) as age from person p where p.id = $1',
    [personId, onDay],
  );
  return row;
}

/**
 * The accepted referral of this case's person to the agency for shelter (purpose or service), with
 * the consent in force: what lets this agency place the person in that agency's shelter.
 */
export async function findShelterReferral(
  tx: Tx,
  basis: { agencyId: string; caseId: string; personId: string; toAgencyId: string },
): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `select r.id from referral r
      where r.agency_id = $1 and r.case_id = $2 and r.person_id = $3 and r.to_agency_id = $4
        and r.status = 'accepted' and (r.purpose = 'shelter' or 'shelter' = any (r.services))
        and lindung_referral_consent_state(r.id) = 'in_force'
      order by r.responded_at desc limit 1`,
    [basis.agencyId, basis.caseId, basis.personId, basis.toAgencyId],
  );
  return row?.id;
}

/** The shelter's free beds in service, in label order. */
export function findFreeBeds(tx: Tx, shelterId: string): Promise<{ bed_id: string; label: string }[]> {
  return tx.query('select bed_id, label from lindung_shelter_free_beds($1)', [shelterId]);
}
