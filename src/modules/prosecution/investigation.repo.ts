import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { OffenceCategory } from './offences.ts';

export interface InvestigationRow {
  id: string;
  agency_id: string;
  reference: string;
  opened_on: string;
  created_by: string;
  created_at: Date;
  offences: { code: string; category: OffenceCategory }[];
}

const investigationSelect = `
  select i.id, i.agency_id, i.reference, i.opened_on, i.created_by, i.created_at,
         coalesce((select json_agg(json_build_object('code', o.offence_code, 'category', o.offence_category)
                                   order by o.offence_code)
                     from investigation_offence o where o.investigation_id = i.id), '[]'::json) as offences
    from investigation i`;

export async function insertInvestigation(
  tx: Tx,
  investigation: {
    agencyId: string;
    reference: string;
    openedOn: string;
    createdBy: string;
    offences: readonly { code: string; category: OffenceCategory }[];
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into investigation (agency_id, reference, opened_on, created_by) values ($1, $2, $3, $4) returning id`,
    [investigation.agencyId, investigation.reference, investigation.openedOn, investigation.createdBy],
  );
  if (!row) throw new Error('investigation insert returned no row');
  for (const offence of investigation.offences) {
    await tx.query(
      `insert into investigation_offence (investigation_id, agency_id, offence_code, offence_category)
       values ($1, $2, $3, $4)`,
      [row.id, investigation.agencyId, offence.code, offence.category],
    );
  }
  return row.id;
}

/** The investigation, or a 404 — also when it belongs to an agency this one may not see. */
export async function requireInvestigation(tx: Tx, id: string): Promise<InvestigationRow> {
  const [row] = await tx.query<InvestigationRow>(`${investigationSelect} where i.id = $1`, [id]);
  if (!row) throw new NotFoundError('investigation');
  return row;
}

/** The agency's investigations, most recently opened first, after the cursor's (opened on, id) when given. */
export function listInvestigations(
  tx: Tx,
  page: { limit: number; after: { openedOn: string; id: string } | undefined },
): Promise<InvestigationRow[]> {
  const after = page.after ? 'and (i.opened_on, i.id) < ($2::date, $3::uuid)' : '';
  return tx.query<InvestigationRow>(
    `${investigationSelect} where i.agency_id = (select lindung_agency_id()) ${after}
      order by i.opened_on desc, i.id desc limit $1`,
    page.after ? [page.limit + 1, page.after.openedOn, page.after.id] : [page.limit + 1],
  );
}

export interface VictimLinkRow {
  id: string;
  investigation_id: string;
  case_id: string | null;
  referral_id: string | null;
  linked_by: string;
  created_at: Date;
}

const victimColumns = 'id, investigation_id, case_id, referral_id, linked_by, created_at';

export async function insertVictimLink(
  tx: Tx,
  link: {
    investigationId: string;
    agencyId: string;
    caseId: string | null;
    referralId: string | null;
    linkedBy: string;
  },
): Promise<VictimLinkRow> {
  const [row] = await tx.query<VictimLinkRow>(
    `insert into investigation_victim (investigation_id, agency_id, case_id, referral_id, linked_by)
     values ($1, $2, $3, $4, $5) returning ${victimColumns}`,
    [link.investigationId, link.agencyId, link.caseId, link.referralId, link.linkedBy],
  );
  if (!row) throw new Error('investigation victim insert returned no row');
  return row;
}

export function listVictimLinks(tx: Tx, investigationId: string): Promise<VictimLinkRow[]> {
  return tx.query<VictimLinkRow>(
    `select ${victimColumns} from investigation_victim where investigation_id = $1 order by created_at, id`,
    [investigationId],
  );
}

export async function findVictimLink(tx: Tx, investigationId: string, id: string) {
  const [row] = await tx.query<VictimLinkRow>(
    `select ${victimColumns} from investigation_victim where investigation_id = $1 and id = $2`,
    [investigationId, id],
  );
  return row;
}

/** A referral this agency received for investigation and accepted, as the referral's policy shows it. */
export async function findReceivedReferral(tx: Tx, referralId: string) {
  const [row] = await tx.query<{ id: string; purpose: string; status: string; to_agency_id: string }>(
    `select id, purpose, status, to_agency_id from referral where id = $1 and to_agency_id = lindung_agency_id()`,
    [referralId],
  );
  return row;
}

/** What the user may see of a victim: a case of the agency's own (null when hidden by its policies). */
export async function findOwnCaseVictims(tx: Tx, caseId: string) {
  const [row] = await tx.query<{
    reference: string;
    victims: { names: string[]; sex: string | null; nationality: string | null }[];
  }>(
    `select c.reference,
            coalesce((select json_agg(json_build_object(
                        'names', coalesce((select json_agg(n.full_name order by n.position, n.id)
                                             from person_name n where n.person_id = p.id), '[]'::json),
                        'sex', p.sex, 'nationality', btrim(p.nationality)) order by cp.added_at, p.id)
                        from case_person cp join person p on p.id = cp.person_id
                       where cp.case_id = c.id and cp.role in ('victim', 'presumed_victim')), '[]'::json) as victims
       from case_file c where c.id = $1`,
    [caseId],
  );
  return row;
}

/** What the user may see of a victim through a referral: its shared view, as the database decides it. */
export async function findReferredVictim(tx: Tx, referralId: string) {
  const [row] = await tx.query<{
    case_reference: string;
    names: { fullName: string }[] | null;
    sex: string | null;
    nationality: string | null;
  }>(
    `select r.case_reference, s.names, s.sex, s.nationality
       from referral r left join lateral lindung_referral_shared(r.id) s on true where r.id = $1`,
    [referralId],
  );
  return row;
}

export interface SuspectRow {
  id: string;
  investigation_id: string;
  person_id: string;
  created_at: Date;
  /** Null when the person is not visible to the user. */
  names: string[] | null;
}

const suspectSelect = `
  select s.id, s.investigation_id, s.person_id, s.created_at,
         case when exists (select 1 from person p where p.id = s.person_id) then
           coalesce((select json_agg(n.full_name order by n.position, n.id)
                       from person_name n where n.person_id = s.person_id), '[]'::json) end as names
    from suspect s`;

export async function insertSuspect(
  tx: Tx,
  suspect: { investigationId: string; agencyId: string; personId: string; addedBy: string },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into suspect (investigation_id, agency_id, person_id, added_by) values ($1, $2, $3, $4) returning id`,
    [suspect.investigationId, suspect.agencyId, suspect.personId, suspect.addedBy],
  );
  if (!row) throw new Error('suspect insert returned no row');
  return row.id;
}

export function listSuspects(tx: Tx, investigationId: string): Promise<SuspectRow[]> {
  return tx.query<SuspectRow>(`${suspectSelect} where s.investigation_id = $1 order by s.created_at, s.id`, [
    investigationId,
  ]);
}

export async function findSuspect(
  tx: Tx,
  investigationId: string,
  id: string,
): Promise<SuspectRow | undefined> {
  const [row] = await tx.query<SuspectRow>(`${suspectSelect} where s.investigation_id = $1 and s.id = $2`, [
    investigationId,
    id,
  ]);
  return row;
}

export async function findSuspectByPerson(tx: Tx, investigationId: string, personId: string) {
  const [row] = await tx.query<SuspectRow>(
    `${suspectSelect} where s.investigation_id = $1 and s.person_id = $2`,
    [investigationId, personId],
  );
  return row;
}

export interface ArrestRow {
  id: string;
  investigation_id: string;
  suspect_id: string;
  arrested_on: string;
  /** Encrypted. */
  place: string;
  recorded_by: string;
  created_at: Date;
}

const arrestColumns = 'id, investigation_id, suspect_id, arrested_on, place, recorded_by, created_at';

export async function insertArrest(
  tx: Tx,
  arrest: {
    investigationId: string;
    agencyId: string;
    suspectId: string;
    arrestedOn: string;
    place: string;
    recordedBy: string;
  },
): Promise<ArrestRow> {
  const [row] = await tx.query<ArrestRow>(
    `insert into arrest (investigation_id, agency_id, suspect_id, arrested_on, place, recorded_by)
     values ($1, $2, $3, $4, $5, $6) returning ${arrestColumns}`,
    [
      arrest.investigationId,
      arrest.agencyId,
      arrest.suspectId,
      arrest.arrestedOn,
      arrest.place,
      arrest.recordedBy,
    ],
  );
  if (!row) throw new Error('arrest insert returned no row');
  return row;
}

export function listArrests(tx: Tx, investigationId: string): Promise<ArrestRow[]> {
  return tx.query<ArrestRow>(
    `select ${arrestColumns} from arrest where investigation_id = $1 order by arrested_on, created_at, id`,
    [investigationId],
  );
}

export async function requireArrest(tx: Tx, id: string): Promise<ArrestRow> {
  const [row] = await tx.query<ArrestRow>(`select ${arrestColumns} from arrest where id = $1`, [id]);
  if (!row) throw new NotFoundError('arrest');
  return row;
}
