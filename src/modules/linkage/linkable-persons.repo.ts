/**
 * Persons as the linkage model reads them (names, birth, sex, nationality, documents by their blind
 * index), under the reader's row-level security: the agency's population, its stored blocks, and
 * the two sides of a pair.
 */
import { prepared, type Tx } from '../../db/db.ts';
import { maxDocumentHolders } from '../../linkage/index.ts';
import type { DocumentType } from '../../shared/person-codes.ts';
import type { LinkablePerson } from './person-scoring.ts';
import type { StoredPerson, StoredPopulation } from './stored-match.ts';

export interface PairPersonRow extends LinkablePerson {
  agency_id: string;
  document_types: DocumentType[];
  cases: { id: string; reference: string }[];
  master_id: string;
}

export const linkableDocuments = `coalesce((select json_agg(json_build_object('id', d.id, 'index', d.number_index, 'type', d.type,
  'country', d.issuing_country) order by d.number_index, d.id) from identity_document d where d.person_id = p.id), '[]'::json) as documents`;

/** What the model reads of a person apart from the names and documents. */
const personColumns = `p.id, p.sex, p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year,
  p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on, trim(p.nationality) as nationality`;

/**
 * What the model reads of a person. Documents by their numbers' blind indexes, kind and issuer
 * (decision 0121); none when the person holds none, so that a person without documents reads as before.
 */
export const linkableColumns = `${personColumns},
  array(select n.full_name from person_name n where n.person_id = p.id order by n.position, n.id) as names,
  ${linkableDocuments}`;

/**
 * A person read through blocks (`$1`, text[]): `linkableColumns` with each name's stored blocks
 * among them (`name_keys`; null for a name keyed under older rules), the names and their blocks in
 * one read of the person's names (`from person p ${namesInBlocks}`). Only the blocks asked for are
 * sent: a name's ~20 stored blocks as JSON, for each candidate, were most of a match's reads
 * (decision 0127). `key = any ($1)` is hashed by PostgreSQL (a constant array of more than 8).
 */
const blockedColumns = `${personColumns}, k.names, k.name_keys, ${linkableDocuments}`;
const namesInBlocks = `cross join lateral (
  select coalesce(array_agg(n.full_name order by n.position, n.id), '{}') as names,
         json_agg(case when n.linkage_keys is not null
                       then array(select key from unnest(n.linkage_keys) as key where key = any ($1::text[])) end
                  order by n.position, n.id) as name_keys
    from person_name n where n.person_id = p.id) as k`;

/**
 * The match job's reads, kept prepared on each server connection (decision 0060; 0142): parsed,
 * rewritten with the policies and, once PostgreSQL finds its generic plan no worse, planned once
 * per connection instead of at every job. Constant texts: the parameters carry every value.
 */
const countedKeysText = `select key, sum(records)::integer as records from linkage_key_count where key = any ($1::text[]) group by key`;
/**
 * The persons with a name in the blocks, by reader. An agency's (its scope set) through
 * lindung_linkage_block_persons (migration 0236), which can use the blocks' index; the row-level
 * security of person still applies to what is read. The owner's straight through the index. Two
 * texts, not one choosing by `lindung_agency_id()`: under row-level security the owner's branch
 * is planned as a scan of every name (the policy keeps the index's operator from running first),
 * and that branch's cost alone, never run, made PostgreSQL compile the agency's every read (JIT,
 * ~50 ms of a job's ~75 ms of database CPU at a million persons; decision 0166).
 */
const personsInBlocksBy = {
  agency: `select ${blockedColumns}
             from person p ${namesInBlocks}
            where p.id = any (array(select lindung_linkage_block_persons($1::text[])))
            order by p.id`,
  owner: `select ${blockedColumns}
            from person p ${namesInBlocks}
           where p.id = any (array(select n.person_id from person_name n where n.linkage_keys && $1::text[]
                                       and ($2::uuid is null or n.agency_id <> $2)))
           order by p.id`,
};
const documentHoldersText = `with held as (
           select d.number_index, array_agg(distinct d.person_id) as persons from identity_document d
            where d.number_index = any ($1::text[]) group by d.number_index)
         select ${linkableColumns},
                (select json_agg(n.linkage_keys order by n.position, n.id) from person_name n
                  where n.person_id = p.id) as name_keys
           from person p
          where p.id = any (array(select unnest(h.persons) from held h where cardinality(h.persons) <= $2))
            and ($3::uuid is null or p.agency_id <> $3)
          order by p.id`;
/**
 * The reads of each of a match job's two readers: its agency (row-level security) and the
 * database owner reading the other agencies' persons (`elsewhereThan`). A prepared statement is
 * rewritten and planned again whenever the role it runs as differs from the one it was planned
 * for, and one job's two matches may run on the same connection: one text per reader keeps both
 * plans. (The owner's scans of every agency's persons share the owner's texts.)
 */
const readsBy = (reader: PopulationReader) => {
  const by = reader === 'agency' ? 'an agency' : 'the owner';
  return {
    countedKeys: prepared(`${countedKeysText} -- ${by}`),
    personsInBlocks: prepared(`${personsInBlocksBy[reader]} -- ${by}`),
    documentHolders: prepared(`${documentHoldersText} -- ${by}`),
  };
};
const agencyReads = readsBy('agency');
const ownerReads = readsBy('owner');
const linkablePersonsById = prepared(
  `select ${linkableColumns} from person p where p.id = any ($1::uuid[]) order by p.id`,
);

/** Every person this agency may see (row-level security), as the linkage model reads them. */
export function linkablePersons(tx: Tx, ids?: readonly string[]): Promise<LinkablePerson[]> {
  return tx.query<LinkablePerson>(
    ids ? linkablePersonsById : `select ${linkableColumns} from person p order by p.id`,
    ids ? [ids] : [],
  );
}

/**
 * Who reads a population: an agency under its row-level security (a tenant transaction), or the
 * database owner, who sees every agency's persons.
 */
export type PopulationReader = 'agency' | 'owner';

/**
 * The persons `tx` may see as a match reads them through their stored keys (migration 0105): an
 * agency's under its row-level security (`reader` 'agency', in its tenant transaction), every
 * agency's as the database owner ('owner'). `elsewhereThan` (the owner's read only, as the
 * signatures say: an agency reads its own population): the counts stay every agency's (the blocks'
 * caps, the names' frequencies), the persons read through blocks and documents are only those of
 * the other agencies — what a match across agencies pairs one agency's targets with, a pair within
 * the agency making no hint (decision 0135).
 */
export function storedPopulation(tx: Tx, reader: 'agency'): StoredPopulation;
export function storedPopulation(tx: Tx, reader: 'owner', elsewhereThan?: string | null): StoredPopulation;
export function storedPopulation(
  tx: Tx,
  reader: PopulationReader,
  elsewhereThan: string | null = null,
): StoredPopulation {
  const reads = reader === 'agency' ? agencyReads : ownerReads;
  return {
    async count(keys) {
      const rows = await tx.query<{ key: string; records: number }>(reads.countedKeys, [keys]);
      return new Map(rows.map((r) => [r.key, r.records]));
    },
    personsIn(blocks) {
      // The names in the blocks first (the GIN index), then their persons by id: the planner cannot
      // tell how few names a set of blocks holds (it guesses 1 % of them), and joined it scanned every
      // person (and compiled the plan, JIT) — ~270 ms at a million persons instead of a look-up per
      // person. In id order, so that ties between a pair's names are broken the same way every time.
      // With each name's stored blocks among these, in the order of the names: a name sharing none
      // of the blocks is not prepared, the others' blocks are not computed again.
      return tx.query<StoredPerson>(
        reads.personsInBlocks,
        reader === 'agency' ? [blocks] : [blocks, elsewhereThan],
      );
    },
    documentHolders(indexes) {
      // Through the numbers' index (identity_document_number); an agency's under its row-level
      // security. A number held by more persons than a document can be is a placeholder: not read.
      return tx.query<StoredPerson>(reads.documentHolders, [indexes, maxDocumentHolders, elsewhereThan]);
    },
    async records() {
      const [row] = await tx.query<{ records: number }>(
        `select ((select count(*) from person_name)
                 + (select count(*) from person p where not exists (select 1 from person_name n where n.person_id = p.id)))::integer as records`,
      );
      return row?.records ?? 0;
    },
  };
}

/** The persons of pairs side by side: what is compared, their document types, cases and master. */
export function pairPersons(tx: Tx, ids: readonly string[]): Promise<PairPersonRow[]> {
  return tx.query<PairPersonRow>(
    `select ${linkableColumns}, p.agency_id,
            array(select distinct d.type from identity_document d where d.person_id = p.id order by d.type) as document_types,
            coalesce((select json_agg(json_build_object('id', c.id, 'reference', c.reference) order by c.opened_on, c.id)
                        from case_person cp join case_file c on c.id = cp.case_id where cp.person_id = p.id), '[]'::json) as cases,
            lindung_person_master(p.id) as master_id
       from person p where p.id = any ($1::uuid[])`,
    [ids],
  );
}
