import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

/*
 * The hints of a match held by another agency (decision 0050): what an agency is told of a person
 * another agency also holds, read and disclosed only through the database's own functions.
 */

export interface HintListRow {
  id: string;
  person_id: string;
  names: string[];
  holds: boolean;
  /** Null where the agency may not be told (decision 0050): the newer side, until the holder discloses. */
  other_agency_id: string | null;
  other_agency_name: string | null;
  probability: number;
  found_at: Date;
  disclosed_at: Date | null;
}

/*
 * The other agency is read only through lindung_match_hint_named_agency (migration 0144): the
 * application's role may not read the column, so no query here can hand it to the newer side.
 */
const hintSelect = `select h.id, h.person_id, lindung_match_hint_holds(h.id) as holds,
            a.id as other_agency_id, a.name as other_agency_name, h.probability, h.found_at, h.disclosed_at,
            array(select n.full_name from person_name n where n.person_id = h.person_id order by n.position, n.id) as names
       from person_match_hint h left join agency a on a.id = lindung_match_hint_named_agency(h.id)`;

/** The agency's hints, the strongest first (keyset on probability, id). */
export function listHints(
  tx: Tx,
  filter: { after?: [number, string] | undefined; limit: number },
): Promise<HintListRow[]> {
  return tx.query<HintListRow>(
    `${hintSelect}
      where ($1::float8 is null or (h.probability, h.id) < ($1::float8, $2::uuid))
      order by h.probability desc, h.id desc
      limit $3`,
    [filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
}

/** A hint whose pair the caller's agency holds (decision 0050); any other answers 404, whoever asks. */
export async function requireHeldHint(tx: Tx, id: string): Promise<HintListRow> {
  const [row] = await tx.query<HintListRow>(
    `${hintSelect} where h.id = $1 and lindung_match_hint_holds(h.id)`,
    [id],
  );
  if (!row) throw new NotFoundError('linkage_hint');
  return row;
}

/**
 * The holder agrees to be named to the newer side; answers when it first agreed and the
 * notifications the first agreement sent to the newer side's reviewers (none on a repeat).
 */
export async function discloseHint(tx: Tx, id: string): Promise<{ disclosedAt: Date; notified: string[] }> {
  const [row] = await tx.query<{ disclosed_at: Date; notified: string[] }>(
    'select disclosed_at, notified from lindung_disclose_match_hint($1)',
    [id],
  );
  if (!row) throw new Error('lindung_disclose_match_hint answered no row');
  return { disclosedAt: row.disclosed_at, notified: row.notified };
}
