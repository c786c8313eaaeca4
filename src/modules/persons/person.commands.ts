import { randomUUID } from 'node:crypto';
import { recordAudit, recordRead } from '../../audit/audit.ts';
import { normalizeDocumentNumber } from '../../crypto/encrypted-columns.ts';
import { blindIndex, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { burmeseAsUnicode, nameWords, normalizeName } from '../../names/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { dateInFuture, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { earliestDay } from '../../shared/period.ts';
import { agencyToday } from '../agencies/index.ts';
import { personFields } from './person.fields.ts';
import {
  insertIdentityDocuments,
  insertPerson,
  insertPersonNames,
  type PersonRow,
  queuePersonMatch,
  queuePersonsMatch,
  requirePerson,
} from './person.repo.ts';
import type { CreatePerson, PersonMatchQuery } from './person.schema.ts';
import { searchKeysFor, storedBirth } from './person-name-keys.ts';
import { rankCandidate } from './person-ranking.ts';
import { findPersonMatches, type PersonMatchRow } from './person-search.repo.ts';

export interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/**
 * Dates a person's record may not hold: a birth in the future; an age estimated before 1900 (year
 * 0000 otherwise failed in the database, naming no field) or putting the birth before 1900, as an
 * exact date or a year may not. Checked here rather than in the birth schema, which also checks
 * the answers, so an estimate kept before this rule is still served.
 */
export function checkDates(person: Pick<CreatePerson, 'birth'>, today: string): void {
  const problems: FieldProblem[] = [];
  if (person.birth.precision === 'exact' && person.birth.date > today) {
    problems.push(dateInFuture('birth.date'));
  }
  if (person.birth.precision === 'year' && person.birth.year > Number(today.slice(0, 4))) {
    problems.push(dateInFuture('birth.year'));
  }
  if (person.birth.precision === 'estimated' && person.birth.on > today) {
    problems.push(dateInFuture('birth.on'));
  }
  if (person.birth.precision === 'estimated' && person.birth.on < earliestDay) {
    problems.push({ code: 'date_too_early', field: 'birth.on', message: `is before ${earliestDay}` });
  } else if (
    person.birth.precision === 'estimated' &&
    Number(person.birth.on.slice(0, 4)) - person.birth.age < Number(earliestDay.slice(0, 4))
  ) {
    problems.push({
      code: 'date_too_early',
      field: 'birth.age',
      message: `puts the birth before ${earliestDay}`,
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * A name must name someone: one with no word left once titles, patronymic markers, punctuation
 * and invisible characters are set aside ("bin binti", "Haji", "-- ..", zero-width spaces) is
 * refused, field by field (`names.0.fullName`), as it would otherwise match on nothing.
 */
export function checkNames(names: readonly { fullName: string }[]): void {
  const problems: FieldProblem[] = names.flatMap((name, i) =>
    nameWords(normalizeName(name.fullName)).length === 0 ? [nameWithoutWords(`names.${i}.fullName`)] : [],
  );
  if (problems.length > 0) {
    // 400 as the search's refusal of such a name, and as every other field's problem here.
    throw new ValidationError(problems, 'A name has no word of a name in it.', 'name_without_words');
  }
}

function nameWithoutWords(field: string): FieldProblem {
  return {
    code: 'name_without_words',
    field,
    message: 'has no word of a name in it (only titles, patronymic markers, punctuation or spaces)',
  };
}

/** Documents as stored: the number encrypted, with its blind index so that the same passport is found again. */
export function sealedDocuments(keyring: Keyring, documents: CreatePerson['documents']) {
  return documents.map((document) => ({
    type: document.type,
    number: encryptField(keyring, personFields.documentNumber, document.number),
    numberIndex: blindIndex(keyring, personFields.documentNumber, normalizeDocumentNumber(document.number)),
    issuingCountry: document.issuingCountry ?? null,
    heldBy: document.heldBy,
    expiresOn: document.expiresOn ?? null,
  }));
}

/**
 * Records a person for the actor's agency. Contact details, address and document numbers are
 * encrypted; document numbers also get a blind index so that the same passport is found again.
 * The person's match against those already recorded is queued with them, unless the caller
 * records many persons at once and queues their matches together (`queueMatchOfPersons`).
 */
export async function createPerson(
  props: CommandProps & { person: CreatePerson; matchQueuedByCaller?: boolean },
): Promise<PersonRow> {
  const { tx, actor, keyring, person } = props;
  checkNames(person.names);
  checkDates(person, await agencyToday(tx, actor.agencyId));
  const id = randomUUID();
  await insertPerson(tx, {
    id,
    agencyId: actor.agencyId,
    createdBy: actor.userId,
    sex: person.sex,
    birth: person.birth,
    nationality: person.nationality ?? null,
    languages: person.languages,
    contact: person.contact
      ? encryptField(keyring, personFields.contact, JSON.stringify(person.contact))
      : null,
    address: person.address ? encryptField(keyring, personFields.address, person.address) : null,
  });
  await insertPersonNames(tx, id, actor.agencyId, person.names, storedBirth(person.birth));
  await insertIdentityDocuments(tx, id, actor.agencyId, sealedDocuments(keyring, person.documents));
  // Matched against the persons already recorded by a job, not in this request (decision 0037).
  if (!props.matchQueuedByCaller) await queuePersonMatch(tx, id);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'person.create',
    subject: { type: 'person', id },
    requestId: props.requestId,
    detail: { names: person.names.length, documents: person.documents.length },
  });
  return requirePerson(tx, id);
}

/**
 * Queues one match for persons recorded together (an import), in the caller's transaction: one
 * job scores them all in one pass (decision 0044), as a job per person would.
 */
export async function queueMatchOfPersons(props: { tx: Tx; personIds: readonly string[] }): Promise<void> {
  await queuePersonsMatch(props.tx, props.personIds);
}

/** Reads a person and audits the read: who looked at whom, and why when they said. */
export async function readPerson(
  props: CommandProps & { personId: string; reason?: string | undefined },
): Promise<PersonRow> {
  const person = await requirePerson(props.tx, props.personId);
  await recordRead(props.tx, { ...props, subject: { type: 'person', id: person.id } });
  return person;
}

export type RankedMatch = PersonMatchRow &
  ReturnType<typeof rankCandidate> & {
    /** A record merged into this person matched the search too, and is left out for it. */
    foundThroughMerged: boolean;
  };

function birthYearOf(row: PersonMatchRow): number | null {
  if (row.birth_date) return Number(String(row.birth_date).slice(0, 4));
  if (row.birth_year !== null) return row.birth_year;
  if (row.estimated_age !== null && row.estimated_on)
    return Number(String(row.estimated_on).slice(0, 4)) - row.estimated_age;
  return null;
}

/**
 * A person merged into another (decision 0029) is one person: when the record it resolves to is
 * among the results, the merged record is left out and that person says it was found through a
 * merged record too (decision 0145), since the name searched for may be the merged record's
 * alone; when only the merged record matched, it stays, saying which record it now belongs to.
 */
function oncePerMergedPerson<Row extends { id: string; merged_into: string | null }>(
  rows: Row[],
): (Row & { foundThroughMerged: boolean })[] {
  const listed = new Set(rows.map((row) => row.id));
  const foundThrough = new Set(
    rows.flatMap((row) => (row.merged_into !== null && listed.has(row.merged_into) ? [row.merged_into] : [])),
  );
  return rows
    .filter((row) => row.merged_into === null || !listed.has(row.merged_into))
    .map((row) => ({ ...row, foundThroughMerged: foundThrough.has(row.id) }));
}

/**
 * How many candidates the look-up reads back to be ranked (decisions 0061, 0074). The look-up
 * chooses them by name, the year of birth searched for (a date's year) breaking a common name's
 * ties and its run read from that year outwards: the ranking orders what it chose, and 10 × the
 * limit suffice with a year as without (recall@10 with the year at 1M: 0.980 with 100, against
 * 0.976 for 0166's 200 chosen blind to the year, on the same database).
 */
function candidatesFor(query: PersonMatchQuery): number {
  return Math.max(100, query.limit * 10);
}

/** The year of birth a search asks for: the year given, or the year of the date. */
function searchedYear(query: PersonMatchQuery): number | undefined {
  return query.birthYear ?? (query.birthDate ? Number(query.birthDate.slice(0, 4)) : undefined);
}

/**
 * Search before create, and search as you type: the persons this agency may see who could be the
 * one asked for, by any written form of the name (src/names), date of birth, nationality or
 * document number, best first with the reasons they matched. The search is audited by what was
 * searched on, never by the values.
 */
export async function matchPersons(
  props: CommandProps & { query: PersonMatchQuery },
): Promise<RankedMatch[]> {
  const { query, keyring } = props;
  const normalised = query.name ? normalizeName(query.name) : undefined;
  // A name that says nothing ("bin", "a/l", "Haji") is asked again, never matched on (issue 8).
  if (normalised && nameWords(normalised).length === 0) {
    throw new ValidationError(
      [nameWithoutWords('query.name')],
      'The name searched for has no word of a name in it.',
      'name_without_words',
    );
  }
  const keys = query.name ? searchKeysFor(query.name) : { matchKeys: [], phoneticKeys: [] };
  const year = searchedYear(query);
  const candidates = await findPersonMatches(props.tx, {
    // Zawgyi is looked up as the Unicode it stands for, as the names are keyed.
    name: query.name ? burmeseAsUnicode(query.name) : undefined,
    matchKeys: keys.matchKeys,
    phoneticKeys: keys.phoneticKeys,
    documentIndex: query.documentNumber
      ? blindIndex(keyring, personFields.documentNumber, normalizeDocumentNumber(query.documentNumber))
      : undefined,
    birthYear: year,
    birthDate: query.birthDate,
    nationality: query.nationality,
    candidates: candidatesFor(query),
  });
  // By birth alone (decision 0130), a person is found by the birth agreeing, within two years.
  const byBirthOnly = !query.name && !query.documentNumber;
  const ranked = candidates
    .map((row) => {
      const birthYear = birthYearOf(row);
      return {
        ...row,
        ...rankCandidate(query, normalised, {
          names: row.names,
          nameSimilarities: row.name_similarities,
          birthDate: row.birth_date ? String(row.birth_date) : null,
          birthYear,
          nationality: row.nationality?.trim() ?? null,
          documentMatch: row.document_match,
        }),
        yearsApart:
          year === undefined || birthYear === null ? Number.POSITIVE_INFINITY : Math.abs(birthYear - year),
      };
    })
    .filter((row) =>
      byBirthOnly
        ? row.reasons.some((reason) => reason.on.startsWith('birth'))
        : row.document_match || row.nameMatched,
    )
    // The tier first (decision 0122): a name spelled a little closer never puts a person born far
    // from the year searched for above one born that year; at equal scores, the nearer birth first.
    .sort(
      (a, b) =>
        b.tier - a.tier ||
        b.score - a.score ||
        b.nameScore - a.nameScore ||
        a.yearsApart - b.yearsApart ||
        a.id.localeCompare(b.id),
    );
  const rows = oncePerMergedPerson(ranked).slice(0, query.limit);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'person.search',
    requestId: props.requestId,
    detail: {
      on: Object.keys(query).filter((key) => key !== 'limit'),
      results: rows.length,
      // Who was shown, as the linkage reads say: "who has seen this person" includes searches.
      persons: rows.map((row) => row.id),
    },
  });
  return rows;
}
