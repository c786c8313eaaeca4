import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { queuePersonMatches } from '../linkage/index.ts';

/** A file in the attachments folder whose record was erased: removed once the erasure commits. */
export interface ErasedFile {
  readonly agencyId: string;
  readonly id: string;
}

export interface Anonymised {
  readonly caseIds: readonly string[];
  readonly personIds: readonly string[];
  readonly files: readonly ErasedFile[];
}

/**
 * Encrypted columns that may not be empty hold, once erased, the encryption of '' under their own
 * context: they stay readable (and rotatable) and say nothing. Nullable ones become null.
 */
function emptyValues(keyring: Keyring): Record<string, string> {
  const contexts = [
    'care_plan.goals',
    'service_delivery.description',
    'health_screening.findings',
    'repatriation.travel_documents',
    'repatriation.route',
    'reintegration_plan.goals',
    'identification_decision.basis',
    'public_report.what',
    'public_report.place',
  ];
  return Object.fromEntries(contexts.map((context) => [context, encryptField(keyring, context, '')]));
}

/**
 * The persons of these cases whose personal data may go with them: every case they appear in is
 * among these (or was anonymised before), and they are nobody's suspect (prosecution keeps its own).
 */
async function personsOnlyIn(tx: Tx, caseIds: readonly string[]): Promise<string[]> {
  const rows = await tx.query<{ person_id: string }>(
    `select distinct cp.person_id from case_person cp
      where cp.case_id = any ($1::uuid[])
        and not exists (
          select 1 from case_person other join case_file c on c.id = other.case_id
           where other.person_id = cp.person_id and not (other.case_id = any ($1::uuid[])) and c.anonymised_at is null)
        and not exists (select 1 from suspect s where s.person_id = cp.person_id)`,
    [caseIds],
  );
  return rows.map((row) => row.person_id);
}

/**
 * What reviewers wrote about the persons' possible duplicates — a decision's, a merge's and an
 * undo's reasons, free text that may quote a name, a date of birth or a document — becomes a fixed
 * word, as a referral's reasons do (0188): the pair and its steps stay, so the other record's
 * history still tells that it was decided, merged and undone, and by whom. The pair's fingerprint,
 * a digest of the names and date of birth as scored, goes too: a decision on it is stale now.
 * The evidence per field holds levels and weights only, no values, and stays.
 */
async function erasePairReasons(tx: Tx, personIds: readonly string[]): Promise<void> {
  const pairs = `select id from person_match_candidate where person_a = any ($1::uuid[]) or person_b = any ($1::uuid[])`;
  await tx.query(
    `update person_match_candidate set fingerprint = 'anonymised',
            reason = case when reason is not null then 'anonymised' end
      where id in (${pairs})`,
    [personIds],
  );
  await tx.query(`update person_match_decision set reason = 'anonymised' where candidate_id in (${pairs})`, [
    personIds,
  ]);
  await tx.query(
    `update person_merge set reason = 'anonymised',
            undo_reason = case when undo_reason is not null then 'anonymised' end
      where survivor_id = any ($1::uuid[]) or merged_id = any ($1::uuid[]) or candidate_id in (${pairs})`,
    [personIds],
  );
}

/**
 * Erases the personal data of closed cases and of the persons only they concern, in the caller's
 * transaction (the platform's own connection: it reaches every agency's rows). Kept: every date,
 * code, country, sex and an age, so that the statistics, the TIP table and the microdata give the
 * same figures — an exact date of birth becomes the age on the day the person's first case was
 * opened. Erased: narratives and reasons, names with their search keys and linkage counts, the
 * reasons written on their possible duplicates, document numbers with
 * their blind index, contact, address, notes, tasks' titles, progress pages for the family, and
 * the records of files and photos (whose files the caller removes after commit). Cases already
 * anonymised are left as they are.
 */
export async function anonymiseCases(
  tx: Tx,
  keyring: Keyring,
  requested: readonly string[],
  options: {
    /**
     * Runs once the cases are locked and the persons to anonymise chosen, before anything is
     * erased: what must be read from these persons while their names exist (erasure notices).
     */
    beforeErasing?: (personIds: readonly string[]) => Promise<void>;
  } = {},
): Promise<Anonymised> {
  const pending = await tx.query<{ id: string }>(
    `select id from case_file where id = any ($1::uuid[]) and anonymised_at is null order by id for update`,
    [requested],
  );
  const caseIds = pending.map((row) => row.id);
  if (caseIds.length === 0) return { caseIds, personIds: [], files: [] };
  const empty = emptyValues(keyring);
  const personIds = await personsOnlyIn(tx, caseIds);
  await options.beforeErasing?.(personIds);
  const files: ErasedFile[] = [];
  const run = (statement: string, params: unknown[] = []) => tx.query(statement, [caseIds, ...params]);

  await run(`update case_file set summary = null, recruitment_place = null, exploitation_place = null,
                    close_reason = null, anonymised_at = now() where id = any ($1::uuid[])`);
  await run(`delete from case_note where case_id = any ($1::uuid[])`);
  await run(`update case_task set title = '-' where case_id = any ($1::uuid[])`);
  files.push(
    ...(
      await tx.query<{ agency_id: string; id: string }>(
        `delete from case_attachment where case_id = any ($1::uuid[]) returning agency_id, id`,
        [caseIds],
      )
    ).map((row) => ({ agencyId: row.agency_id, id: row.id })),
  );
  await run(`update needs_assessment set notes = null where case_id = any ($1::uuid[])`);
  await run(`update care_plan set goals = $2 where case_id = any ($1::uuid[])`, [empty['care_plan.goals']]);
  await run(`update service_delivery set description = $2 where case_id = any ($1::uuid[])`, [
    empty['service_delivery.description'],
  ]);
  await run(
    `update repatriation set travel_documents = $2, route = $3, escort = null, cancel_reason = null
              where case_id = any ($1::uuid[])`,
    [empty['repatriation.travel_documents'], empty['repatriation.route']],
  );
  await run(
    `update reintegration_follow_up set notes = null where plan_id in (
       select id from reintegration_plan where case_id = any ($1::uuid[])
          or repatriation_id in (select id from repatriation where case_id = any ($1::uuid[])))`,
  );
  await run(
    `update reintegration_plan set goals = $2, closure_note = null
      where case_id = any ($1::uuid[]) or repatriation_id in (select id from repatriation where case_id = any ($1::uuid[]))`,
    [empty['reintegration_plan.goals']],
  );
  await run(`update protection_order set revocation_reason = null, magistrate = null, court_reference = null
              where case_id = any ($1::uuid[])`);
  await run(
    // A declined or cancelled referral keeps a reason (0012), so the reason becomes a fixed word (0188).
    `update referral set decline_reason = case when decline_reason is not null then 'anonymised' end,
                         cancel_reason = case when cancel_reason is not null then 'anonymised' end,
                         completion_note = null, acceptance_note = null
      where case_id = any ($1::uuid[])`,
  );
  await run(
    `update approval_request set sealed_change = null, comment = null where case_id = any ($1::uuid[])`,
  );
  await run(`delete from case_progress_code where case_id = any ($1::uuid[])`);
  await run(`delete from case_progress_summary where case_id = any ($1::uuid[])`);
  // A report from the public that became this case: what it told and who told it.
  await run(
    `delete from public_report_message where report_id in (select id from public_report where case_id = any ($1::uuid[]))`,
  );
  await run(
    `delete from public_report_attachment where report_id in (select id from public_report where case_id = any ($1::uuid[]))`,
  );
  await run(
    `update public_report set what = $2, place = $3, happened = null, who = null, contact = null, closed_reason = null
              where case_id = any ($1::uuid[])`,
    [empty['public_report.what'], empty['public_report.place']],
  );
  await run(`update health_screening set findings = $2 where case_id = any ($1::uuid[])`, [
    empty['health_screening.findings'],
  ]);

  if (personIds.length > 0) {
    const people = (statement: string, params: unknown[] = []) => tx.query(statement, [personIds, ...params]);
    // The age on the day the first case was opened is what the figures read from an exact birth date.
    await people(
      `update person p set contact = null, address = null, anonymised_at = now(),
              birth_precision = 'estimated', birth_date = null,
              estimated_age = extract(year from age(f.first_opened, p.birth_date))::integer, estimated_on = f.first_opened
         from (select cp.person_id, min(c.opened_on) as first_opened from case_person cp
                 join case_file c on c.id = cp.case_id group by cp.person_id) f
        where p.id = any ($1::uuid[]) and f.person_id = p.id and p.birth_precision = 'exact'`,
    );
    await people(
      `update person set contact = null, address = null, anonymised_at = now() where id = any ($1::uuid[])`,
    );
    // The blocks, name values and search keys her names counted in (date of birth, name tokens)
    // are keys of their own: counted down to nothing by the delete below, they would stay as rows of zero.
    const keys = await tx.query<{ key: string }>(
      `select distinct k.key from person_name n
         cross join lateral unnest(n.linkage_keys || array['=' || n.linkage_value]
                                   || lindung_search_key_counted(n.match_keys, n.phonetic_keys)) as k(key)
        where n.person_id = any ($1::uuid[])`,
      [personIds],
    );
    await people(`delete from person_name where person_id = any ($1::uuid[])`);
    await tx.query(`delete from linkage_key_count where key = any ($1::text[]) and records <= 0`, [
      keys.map((row) => row.key),
    ]);
    await erasePairReasons(tx, personIds);
    await people(`delete from identity_document where person_id = any ($1::uuid[])`);
    // Matched again without their names: their possible duplicates leave the review queue.
    await queuePersonMatches(tx, personIds);
    files.push(
      ...(
        await tx.query<{ agency_id: string; id: string }>(
          `delete from person_photo where person_id = any ($1::uuid[]) returning agency_id, id`,
          [personIds],
        )
      ).map((row) => ({ agencyId: row.agency_id, id: row.id })),
    );
    await people(`update screening set observations = null, interpreter_name = null, location = null
                   where person_id = any ($1::uuid[])`);
    await people(`update identification_decision set basis = $2 where person_id = any ($1::uuid[])`, [
      empty['identification_decision.basis'],
    ]);
    await people(
      `update consent set guardian_name = null, withdrawal_reason = null where person_id = any ($1::uuid[])`,
    );
    await people(`update health_screening set findings = $2 where person_id = any ($1::uuid[])`, [
      empty['health_screening.findings'],
    ]);
  }
  return { caseIds, personIds, files };
}
