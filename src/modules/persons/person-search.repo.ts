import { prepared, type Tx } from '../../db/db.ts';
import type { PersonRow } from './person.repo.ts';

export interface PersonMatchRow
  extends Pick<
    PersonRow,
    | 'id'
    | 'sex'
    | 'birth_precision'
    | 'birth_date'
    | 'birth_year'
    | 'estimated_age'
    | 'estimated_on'
    | 'nationality'
  > {
  names: string[];
  /** Best trigram similarity of a name to the query (case and accents folded). */
  name_score: number;
  /** Trigram similarity per name, in the order of `names`. */
  name_similarities: number[];
  document_match: boolean;
  /** The person this one was merged into (followed through the merges in force), if any. */
  merged_into: string | null;
}

/**
 * The search's read: a constant text kept prepared on each server connection (decision 0060), so
 * that the statement, rewritten with the policies of five tables, is parsed and rewritten once per
 * connection, and planned once when PostgreSQL finds its generic plan no worse (decision 0142).
 */
const personMatches = prepared(
  `with by_name as (
       select c.person_id, c.score from lindung_person_name_candidates($1, $4, $5, $3, $6) c where $1::text is not null
     ), by_document as (
       select distinct d.person_id from identity_document d where $2::text is not null and d.number_index = $2
     ), by_birth as (
       -- Searched by a date of birth alone (decision 0130), the agency's own persons read by an index
       -- that leads with the agency (decision 0137).
       select b.person_id from lindung_persons_born_near($8::date, $7, $3) b
        where $1::text is null and $2::text is null and $8::date is not null
     ), candidate as (
       select person_id from by_name union select person_id from by_document union select person_id from by_birth
     )
     select p.id, p.sex, p.birth_precision, p.birth_date, p.birth_year, p.estimated_age, p.estimated_on, p.nationality,
            coalesce(bn.score, 0)::float8 as name_score, (bd.person_id is not null) as document_match,
            case when exists (select 1 from person_merge m where m.merged_id = p.id and m.undone_at is null)
                 then lindung_person_master(p.id) end as merged_into,
            coalesce(pn.names, '{}') as names, coalesce(pn.name_similarities, '{}') as name_similarities
       from candidate c
       join person p on p.id = c.person_id
       -- The person's names read once for both arrays (decision 0061).
       cross join lateral (
         select array_agg(n.full_name order by n.position, n.id) as names,
                array_agg(coalesce(similarity(lindung_fold(n.full_name), lindung_fold($1)), 0)::float8
                          order by n.position, n.id) as name_similarities
           from person_name n where n.person_id = p.id
       ) pn
       left join by_name bn on bn.person_id = p.id
       left join by_document bd on bd.person_id = p.id`,
);

/**
 * Candidates for a person search among the persons this agency may see (row-level security):
 * names like the query by trigram similarity (case and accents folded), names sharing a
 * normalised token key or a double-metaphone code, and holders of a document with this blind
 * index. The caller ranks them; here they are only cut to the `candidates` most promising. The
 * names are looked up by `lindung_person_name_candidates` (migration 0131), which keeps to the
 * agency's own names itself, so that the trigram and key indexes serve the look-up; given a year of
 * birth, it reads a name's bearers born near it first and keeps the best by name and year (0193).
 * Without a name or document, the agency's persons born on the day searched, or known by a year
 * within two years of it, are the candidates (`lindung_persons_born_near`, decisions 0130, 0137).
 */
export async function findPersonMatches(
  tx: Tx,
  criteria: {
    name?: string | undefined;
    matchKeys: readonly string[];
    phoneticKeys: readonly string[];
    documentIndex?: string | undefined;
    /**
     * The year of birth searched for: the look-up then prefers the name's bearers born near it.
     */
    birthYear?: number | undefined;
    /**
     * The date of birth searched for: with no name nor document, the look-up finds those born that
     * day and those whose birth is known only by year or age within two years of it.
     */
    birthDate?: string | undefined;
    /** The nationality searched for, which a search by birth alone keeps to. */
    nationality?: string | undefined;
    candidates: number;
  },
): Promise<PersonMatchRow[]> {
  return tx.query<PersonMatchRow>(personMatches, [
    criteria.name ?? null,
    criteria.documentIndex ?? null,
    criteria.candidates,
    criteria.matchKeys,
    criteria.phoneticKeys,
    criteria.birthYear ?? null,
    criteria.nationality ?? null,
    criteria.birthDate ?? null,
  ]);
}
