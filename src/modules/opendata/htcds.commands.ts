import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { PackCode } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { dateInFuture, type FieldProblem, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { dateTooEarly, earliestDay, longestPeriodFrom, periodProblems } from '../../shared/period.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import type { OpenCase } from '../cases/case.schema.ts';
import { openCase } from '../cases/index.ts';
import { createPerson, queueMatchOfPersons } from '../persons/index.ts';
import { htcdsOrganisationType, htcdsVersion } from './htcds-codes.ts';
import { fromHtcds, toHtcds, type VictimCaseRow } from './htcds-mapping.ts';
import { type HtcdsDocument, htcdsProblems } from './htcds-schema.ts';
import type { HtcdsExportQuery } from './opendata.schema.ts';

interface Props {
  tx: Tx;
  actor: Actor;
  requestId: string;
}

/**
 * The agency's victim cases as HTCDS records, one per victim or presumed victim, in a stable order, a
 * page at a time (`after` is the last record's cursor). Reads run as the caller under row-level
 * security: only the caller's agency's cases and persons are ever read. The export is audited with
 * the number of records and the cases they came from.
 */
export async function exportHtcds(
  props: Props & { query: HtcdsExportQuery },
): Promise<{ document: HtcdsDocument; next: string | null }> {
  const { tx, actor, query } = props;
  const to = query.to ?? (await agencyToday(tx, actor.agencyId));
  const from = query.from ?? longestPeriodFrom(to);
  const problems = periodProblems({ from, to }, { from: 'query.from', to: 'query.to' });
  if (problems.length > 0) throw new ValidationError(problems);
  const agency = await findAgency(tx, actor.agencyId);
  const [afterCase, afterPerson] = query.after ? query.after.split('.') : [null, null];
  const rows = await tx.query<VictimCaseRow & { case_id: string; person_id: string }>(
    `select c.id as case_id, p.id as person_id, c.reference, c.status, c.opened_on::text as opened_on, cp.role,
            c.exploitation_types, c.labour_sector, btrim(c.recruitment_country) as recruitment_country,
            c.recruited_on::text as recruited_on, btrim(c.exploitation_country) as exploitation_country,
            c.exploitation_started_on::text as exploitation_started_on,
            c.exploitation_ended_on::text as exploitation_ended_on, c.means_of_control, c.recruiter_relationship,
            p.sex, p.birth_precision, p.birth_date::text as birth_date, p.birth_year, p.estimated_age,
            p.estimated_on::text as estimated_on, btrim(p.nationality) as nationality,
            n.full_name, n.given_name, n.family_name
       from case_file c
       join case_person cp on cp.case_id = c.id and cp.role in ('victim', 'presumed_victim')
       join person p on p.id = cp.person_id
       join lateral (select pn.full_name, pn.given_name, pn.family_name from person_name pn
                      where pn.person_id = p.id order by pn.position, pn.created_at, pn.id limit 1) n on true
      where c.type = 'victim_case' and c.agency_id = $1 and c.opened_on between $2 and $3
        and ($4::uuid is null or (c.id, p.id) > ($4::uuid, $5::uuid))
      order by c.id, p.id
      limit $6`,
    [actor.agencyId, from, to, afterCase ?? null, afterPerson ?? null, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last ? `${last.case_id}.${last.person_id}` : null;
  const document: HtcdsDocument = {
    standard: htcdsVersion,
    exportedAt: new Date().toISOString(),
    organisation: {
      org_Name: agency?.name ?? 'unknown',
      org_Type: htcdsOrganisationType[agency?.type ?? ''] ?? 'CentralGovernmentOrganisation',
      ...(agency && { org_ShippingCountry: agency.country.trim() }),
    },
    records: page.map(toHtcds),
  };
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'htcds.export',
    requestId: props.requestId,
    detail: {
      from,
      to,
      records: page.length,
      cases: [...new Set(page.map((row) => row.case_id))],
    },
  });
  return { document, next };
}

/**
 * Dates in an imported record that cannot be: in the future, before 1900 (year 0000 passes the
 * file's date format and then failed in the database), or an end before its start.
 */
function dateProblems(document: HtcdsDocument, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  document.records.forEach((record, index) => {
    const check = (field: string, value: string | null | undefined) => {
      if (value && value > today) problems.push(dateInFuture(`records.${index}.${field}`));
      if (value && value < earliestDay) problems.push(dateTooEarly(`records.${index}.${field}`));
    };
    check('prs_Birthdate', record.prs_Birthdate);
    check('lnd_IdentifiedOn', record.lnd_IdentifiedOn);
    check('lnd_AgeEstimatedOn', record.lnd_AgeEstimatedOn);
    check('lnd_ExploitationEndedOn', record.lnd_ExploitationEndedOn);
    record.hte_Events?.forEach((event, e) => {
      check(`hte_Events.${e}.hte_Date`, event.hte_Date);
    });
    const started = record.hte_Events?.find((event) => event.hte_Type === 'Exploitation')?.hte_Date;
    if (started && record.lnd_ExploitationEndedOn && record.lnd_ExploitationEndedOn < started)
      problems.push({
        code: 'date_before_earlier_step',
        field: `records.${index}.lnd_ExploitationEndedOn`,
        message: 'is before the exploitation began',
      });
    if (record.lnd_BirthYear && record.lnd_BirthYear > Number(today.slice(0, 4)))
      problems.push(dateInFuture(`records.${index}.lnd_BirthYear`));
  });
  return problems;
}

/**
 * Imports an HTCDS document into the caller's agency: each record becomes a person and a victim
 * case opened on the record's identification date. All or nothing: every record is checked first
 * (the JSON Schema, then the dates), and any problem refuses the whole file with every problem named
 * by record and field; a refused file writes nothing. Persons and cases are made by the same
 * commands as the API's (encryption, references, audit).
 */
export async function importHtcds(
  props: Props & { keyring: Keyring; jurisdiction: PackCode; body: unknown },
): Promise<{ imported: number; cases: { reference: string; source: string | null }[] }> {
  const { tx, actor } = props;
  const problems = htcdsProblems(props.body);
  if (problems.length > 0)
    throw new ValidationError(problems.slice(0, 200), 'The HTCDS file has invalid records.');
  const document = props.body as HtcdsDocument;
  const dated = dateProblems(document, await agencyToday(tx, actor.agencyId));
  if (dated.length > 0) throw new ValidationError(dated.slice(0, 200), 'The HTCDS file has invalid records.');
  const cases: { reference: string; source: string | null }[] = [];
  const personIds: string[] = [];
  for (const [index, record] of document.records.entries()) {
    const victim = fromHtcds(record);
    try {
      const person = await createPerson({
        tx,
        actor,
        keyring: props.keyring,
        requestId: props.requestId,
        person: victim.person,
        matchQueuedByCaller: true,
      });
      personIds.push(person.id);
      const opened = await openCase({
        tx,
        actor,
        keyring: props.keyring,
        requestId: props.requestId,
        jurisdiction: props.jurisdiction,
        open: {
          type: 'victim_case',
          personId: person.id,
          personRole: victim.role,
          ...victim.facts,
        } as OpenCase,
      });
      if (victim.identifiedOn)
        await tx.query('update case_file set opened_on = $2 where id = $1', [opened.id, victim.identifiedOn]);
      cases.push({ reference: opened.reference, source: record.lnd_CaseReference ?? null });
    } catch (error) {
      if (error instanceof ValidationError)
        throw new ValidationError(
          error.fields.map((problem) => ({ ...problem, field: `records.${index}.${problem.field}` })),
          'The HTCDS file has invalid records.',
        );
      // A rule of the domain broken by a record, said of the record it is in.
      if (error instanceof RuleViolationError)
        throw new RuleViolationError(
          error.code,
          error.message,
          error.fields.map((problem) => ({ ...problem, field: `records.${index}.${problem.field}` })),
        );
      throw error;
    }
  }
  // One job scores every imported person in one pass, queued with them (decision 0044).
  await queueMatchOfPersons({ tx, personIds });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'htcds.import',
    requestId: props.requestId,
    detail: { records: document.records.length, sourceOrganisation: document.organisation.org_Name },
  });
  return { imported: cases.length, cases };
}
