import { selectAudited, selectListAudited } from '../../audit/audit.ts';
import { prepared, type Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { CaseFacts, CaseListQuery, CaseSort } from './case.schema.ts';

export interface CaseRow {
  id: string;
  agency_id: string;
  reference: string;
  type: string;
  status: string;
  exploitation_types: string[];
  labour_sector: string | null;
  recruitment_place: string | null;
  recruitment_country: string | null;
  recruited_on: string | null;
  exploitation_place: string | null;
  exploitation_country: string | null;
  exploitation_started_on: string | null;
  exploitation_ended_on: string | null;
  means_of_control: string[];
  recruiter_relationship: string | null;
  risk_level: string;
  summary: string | null;
  opened_on: string;
  closed_at: Date | null;
  close_reason: string | null;
  created_at: Date;
  updated_at: Date;
  /** Moves with every change of the case's row (migration 0205): what If-Match names. */
  version: number;
  persons: { personId: string; role: string; name: string | null }[];
  workers: { userId: string; displayName: string }[];
}

/** The case's victim (or presumed victim), else its first person: whom a victim's record is about by default. */
export function caseVictimId(found: Pick<CaseRow, 'persons'>): string | undefined {
  const victim = found.persons.find(
    (person) => person.role === 'victim' || person.role === 'presumed_victim',
  );
  return (victim ?? found.persons[0])?.personId;
}

/** Case facts by their column: the one place that maps API names to the table. */
const factColumns: Record<keyof CaseFacts, string> = {
  exploitationTypes: 'exploitation_types',
  labourSector: 'labour_sector',
  recruitmentPlace: 'recruitment_place',
  recruitmentCountry: 'recruitment_country',
  recruitedOn: 'recruited_on',
  exploitationPlace: 'exploitation_place',
  exploitationCountry: 'exploitation_country',
  exploitationStartedOn: 'exploitation_started_on',
  exploitationEndedOn: 'exploitation_ended_on',
  meansOfControl: 'means_of_control',
  recruiterRelationship: 'recruiter_relationship',
  riskLevel: 'risk_level',
  summary: 'summary',
};

function factAssignments(facts: CaseFacts): { columns: string[]; values: unknown[] } {
  const entries = (Object.entries(facts) as [keyof CaseFacts, unknown][]).filter(
    ([, value]) => value !== undefined,
  );
  return {
    columns: entries.map(([key]) => factColumns[key]),
    values: entries.map(([, value]) => value),
  };
}

export async function insertCase(
  tx: Tx,
  row: {
    id: string;
    agencyId: string;
    reference: string;
    type: string;
    /** The agency's own date: the column's default is the database's (UTC) date. */
    openedOn: string;
    createdBy: string;
    facts: CaseFacts;
  },
): Promise<void> {
  const { columns, values } = factAssignments(row.facts);
  const placeholders = values.map((_, index) => `$${index + 7}`);
  await tx.query(
    `insert into case_file (id, agency_id, reference, type, opened_on, created_by${columns.map((c) => `, ${c}`).join('')})
     values ($1, $2, $3, $4, $5, $6${placeholders.map((p) => `, ${p}`).join('')})`,
    [row.id, row.agencyId, row.reference, row.type, row.openedOn, row.createdBy, ...values],
  );
}

/**
 * Writes the case's facts on the version read: false when the case changed since (or is not
 * there). The version moves with the row (migration 0205).
 */
export async function updateCaseFacts(
  tx: Tx,
  id: string,
  version: number,
  facts: CaseFacts,
): Promise<boolean> {
  const { columns, values } = factAssignments(facts);
  const sets = columns.map((column, index) => `${column} = $${index + 3}`);
  const rows = await tx.query(
    `update case_file set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1 and version = $2 returning id`,
    [id, version, ...values],
  );
  return rows.length > 0;
}

/**
 * Moves the case from the status it was checked in to the next: false when it is no longer in
 * that status, or no longer at `version` when one is named — a concurrent change got there first.
 */
export async function updateCaseStatus(
  tx: Tx,
  change: { id: string; from: string; to: string; closeReason: string | null; version: number | undefined },
): Promise<boolean> {
  const rows = await tx.query(
    `update case_file set status = $3, close_reason = $4,
            closed_at = case when $3 = 'closed' then now() end, updated_at = now()
      where id = $1 and status = $2 and ($5::integer is null or version = $5)
      returning id`,
    [change.id, change.from, change.to, change.closeReason, change.version ?? null],
  );
  return rows.length > 0;
}

export async function addCasePerson(
  tx: Tx,
  caseId: string,
  personId: string,
  agencyId: string,
  role: string,
) {
  await tx.query(
    'insert into case_person (case_id, person_id, agency_id, role) values ($1, $2, $3, $4) on conflict do nothing',
    [caseId, personId, agencyId, role],
  );
}

export async function assignCaseWorker(tx: Tx, caseId: string, userId: string, agencyId: string) {
  await tx.query(
    'insert into case_worker (case_id, user_id, agency_id) values ($1, $2, $3) on conflict do nothing',
    [caseId, userId, agencyId],
  );
}

const caseSelect = `
  select c.*,
    coalesce((select json_agg(json_build_object('personId', cp.person_id, 'role', cp.role,
                'name', (select n.full_name from person_name n where n.person_id = cp.person_id order by n.position limit 1))
                order by cp.added_at, cp.person_id)
                from case_person cp where cp.case_id = c.id), '[]'::json) as persons,
    coalesce((select json_agg(json_build_object('userId', w.user_id, 'displayName', u.display_name)
                order by w.assigned_at, w.user_id)
                from case_worker w join app_user u on u.id = w.user_id where w.case_id = c.id), '[]'::json) as workers
  from case_file c`;

/** A case by its id: the case detail's read, kept prepared on server connections (decision 0060). */
const caseById = prepared(`${caseSelect} where c.id = $1`);

export async function findCase(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.query<CaseRow>(caseById, [id]);
  return row;
}

/** The case, or a 404 — also when it belongs to an agency this one may not see. */
export async function requireCase(tx: Tx, id: string): Promise<CaseRow> {
  const found = await findCase(tx, id);
  if (!found) throw new NotFoundError('case');
  return found;
}

/** The case, or a 404, with the user's read of it audited in the same statement. */
export async function requireCaseAudited(
  tx: Tx,
  id: string,
  read: Omit<Parameters<typeof selectAudited>[3], 'subjectType'>,
): Promise<CaseRow> {
  const [found] = await selectAudited<CaseRow>(tx, caseById, [id], {
    ...read,
    subjectType: 'case',
  });
  if (!found) throw new NotFoundError('case');
  return found;
}

export interface CaseSummaryRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  risk_level: string;
  exploitation_types: string[];
  opened_on: string;
  primary_person_name: string | null;
  /** Listed by person (`personId`): that person's roles in the case, else null. */
  person_roles: string[] | null;
}

/** The column each sort orders by (then the id, so that the cursor is unique), and its direction. */
const caseSorts: Record<CaseSort, { column: string; cast: string; descending: boolean }> = {
  '-openedOn': { column: 'c.opened_on', cast: 'date', descending: true },
  openedOn: { column: 'c.opened_on', cast: 'date', descending: false },
  reference: { column: 'c.reference', cast: 'text', descending: false },
  '-reference': { column: 'c.reference', cast: 'text', descending: true },
};

/** The value of a case summary a sort orders by: the first part of its cursor. */
export function caseSortKey(sort: CaseSort, row: CaseSummaryRow): string {
  return caseSorts[sort].column === 'c.reference' ? row.reference : row.opened_on;
}

/**
 * Cases in the order asked for (newest first unless told), filtered, a page after the cursor
 * (the sort value and the id of the last case seen); row-level security limits the agency.
 */
/** The SQL of a page of cases (one row beyond the page, to know whether another follows). */
function caseListStatement(
  query: CaseListQuery,
  after: [string, string] | undefined,
): { text: string; params: unknown[] } {
  const sort = caseSorts[query.sort];
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replaceAll('?', `$${params.length}`));
  };
  // Listed by person: the person's roles in each case (victim, witness…), for the person's page.
  let personRoles = 'null::text[] as person_roles';
  if (query.personId) {
    params.push(query.personId);
    personRoles = `array(select cp.role::text from case_person cp
       where cp.case_id = c.id and cp.person_id = $${params.length} order by cp.added_at) as person_roles`;
  }
  if (query.status) where('c.status = ?', query.status);
  if (query.type) where('c.type = ?', query.type);
  if (query.exploitationType) where('? = any (c.exploitation_types)', query.exploitationType);
  if (query.workerId)
    where('exists (select 1 from case_worker w where w.case_id = c.id and w.user_id = ?)', query.workerId);
  if (query.agencyId) where('c.agency_id = ?', query.agencyId);
  if (query.openedFrom) where('c.opened_on >= ?::date', query.openedFrom);
  if (query.openedTo) where('c.opened_on <= ?::date', query.openedTo);
  if (query.nationality) {
    where(
      'exists (select 1 from case_person cp join person p on p.id = cp.person_id where cp.case_id = c.id and p.nationality = ?)',
      query.nationality,
    );
  }
  if (query.personId)
    where(
      'exists (select 1 from case_person cp where cp.case_id = c.id and cp.person_id = ?)',
      query.personId,
    );
  if (after) {
    params.push(after[0], after[1]);
    const beyond = sort.descending ? '<' : '>';
    conditions.push(
      `(${sort.column}, c.id) ${beyond} ($${params.length - 1}::${sort.cast}, $${params.length}::uuid)`,
    );
  }
  const direction = sort.descending ? 'desc' : 'asc';
  params.push(query.limit + 1);
  return {
    text: `select c.id, c.reference, c.type, c.status, c.risk_level, c.exploitation_types, c.opened_on,
            (select n.full_name from case_person cp join person_name n on n.person_id = cp.person_id
              where cp.case_id = c.id order by cp.added_at, n.position limit 1) as primary_person_name,
            ${personRoles}
       from case_file c
      ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
      order by ${sort.column} ${direction}, c.id ${direction}
      limit $${params.length}`,
    params,
  };
}

/** The list's texts kept prepared so far: one per combination of filters, sort and cursor seen. */
const preparedListShapes = new Set<string>();
/**
 * How many of the list's texts are kept prepared (decision 0073). The text varies only with which
 * filters are given, the sort and whether a cursor is (never with their values: those are
 * parameters), so the shapes in use are few; the first ones seen are prepared, any beyond run
 * unnamed as before. With its audited form that is twice as many of `prepared`'s hundred.
 */
export const mostPreparedListShapes = 24;

/** The list's `text`, marked `prepared` while there is room for another shape (decision 0073). */
function listText(text: string): string {
  if (preparedListShapes.has(text)) return text;
  if (preparedListShapes.size >= mostPreparedListShapes) return text;
  preparedListShapes.add(text);
  return prepared(text);
}

/** A page of the cases the reader may see, unaudited: for the benchmark's baselines and plans. */
export function findCases(tx: Tx, query: CaseListQuery, after: [string, string] | undefined) {
  const { text, params } = caseListStatement(query, after);
  return tx.query<CaseSummaryRow>(listText(text), params);
}

/**
 * A page of the cases the reader may see, its read audited as `case.list` with the cases shown
 * (the list shows each case's first person's name): in the same statement, as a detail's read.
 */
export function listCases(
  tx: Tx,
  query: CaseListQuery,
  after: [string, string] | undefined,
  read: Pick<Parameters<typeof selectListAudited>[3], 'actor' | 'reason' | 'requestId'>,
) {
  const { text, params } = caseListStatement(query, after);
  return selectListAudited<CaseSummaryRow>(tx, listText(text), params, {
    ...read,
    action: 'case.list',
    idsAs: 'cases',
    shown: query.limit,
    on: Object.keys(query).filter((key) => !['limit', 'sort', 'cursor'].includes(key)),
  });
}
