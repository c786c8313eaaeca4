/**
 * A record belongs to one person at most (decision 0156). A record without a full date of birth
 * (none, a year alone, or the 01-01 put in for it) cannot tell two persons of one name apart: its
 * name, sex and nationality agree as well with a namesake's records as with its own person's, and
 * pair by pair the model weighs each of them alone and links it to both, although the two persons'
 * own records, whose full dates differ, are kept apart. Here the records it is linked to are read
 * as persons — records with full dates linked together, as the model links them — and when it is
 * linked to more than one, their chances are shared: a person's odds (those of its strongest link)
 * over one (neither of them) plus the odds of them all. A link stays a link only where that share does.
 *
 * And a person is all its records (decision 0169): a record linked to a person is one person with
 * each record that is one person with it. A pair the model scores below the threshold on its own
 * — a name another agency wrote shorter, without the date that would have carried it — but whose
 * evidence is not against one person (a Bayes factor of at least 1: at least the prior) is raised
 * to what the person's records say of it: the person's share times the least probability the
 * model gives its other record and each record the person is linked by (`raisedThrough`). Both
 * must hold for it to be one person, and the least asks the pair's record to be one person with
 * every such record, not with one of them alone: a chain (Minh, Minh written without marks, Mạnh
 * read as the second's slip) does not carry a link to its end.
 */
import { linkedTo, type ScoredPairs } from './cluster.ts';
import type { PreparedRecord } from './record.ts';

/** Odds of a probability; a certain link (probability 1 in floating point) keeps finite odds. */
const oddsOf = (probability: number) => probability / Math.max(1e-15, 1 - probability);

/**
 * Whether `record`, without a full date, is linked to `other` as to a person that another of its
 * links may be another of: `other` has a full date (decision 0156), or `record` has no date at all
 * and `other` a year, or 01-01 (decision 0172) — Nur Syuhada without a date, linked to NUR SYUHADA
 * born 1974 and NUR SYUHADAH born 1987, is linked to two persons, whom their years tell apart
 * as the model reads them (`samePerson`): a year-only record is a person of its own unless the
 * model links it to another.
 */
export function readAsPerson(
  record: Pick<PreparedRecord, 'birth'> | undefined,
  other: Pick<PreparedRecord, 'birth'> | undefined,
): boolean {
  return other?.birth?.partial === false || (!record?.birth && !!other?.birth);
}

/** A record's group among the records with full dates linked together (union–find, paths halved). */
export function personOf(parent: Int32Array, record: number): number {
  let at = record;
  while (parent[at] !== at) {
    parent[at] = parent[parent[at] as number] as number;
    at = parent[at] as number;
  }
  return at;
}

/**
 * Shares, in place, the links between a record without a full date and records with one, or,
 * for a record with no date at all, with a year too (`readAsPerson`; see above): a link to one
 * of several persons is lowered to its person's share, never raised; with `raise`, a pair below the threshold and at or above `raise.floor` (the model's prior) whose other
 * record is of a person the record is linked to — linked to its records, as the records with full
 * dates are read as persons here — is raised through that person (`raisedThrough`), never
 * lowered. Other links between two records without a full date (both without a date, or both
 * with a year) are left as they are: no date tells either's person apart. Not for linking two sources: records of one source are never compared, so
 * two of them that are not linked are not known to be two persons.
 *
 * `samePerson` (decision 0163): whether the model links two records with full dates, scored
 * against each other. Two records a record is linked to are one person when it says so, as the
 * product's match reads its candidates (namesake-shares.ts, decision 0160): blocking never paired
 * them (a year mistyped in one full date — 1994-08-29 / 1995-08-29 — shares no year key), or their
 * pair was not kept, and read as two persons they halved the record's links to its own person.
 * `raise.probability` (decision 0169): the model's probability for two records, scored together.
 */
export function shareLinksWithoutFullDate(
  records: readonly Pick<PreparedRecord, 'birth'>[],
  scored: ScoredPairs,
  threshold: number,
  samePerson?: (a: number, b: number) => boolean,
  raise?: { readonly floor: number; readonly probability: (a: number, b: number) => number },
): void {
  const withoutFullDate = (record: number) => records[record]?.birth?.partial !== false;
  const parent = Int32Array.from({ length: records.length }, (_, i) => i);
  const linksOf = new Map<number, number[]>();
  for (let p = 0; p < scored.count; p++) {
    if ((scored.probability[p] as number) < threshold) continue;
    const a = scored.left[p] as number;
    const b = scored.right[p] as number;
    const aOpen = withoutFullDate(a);
    const bOpen = withoutFullDate(b);
    if (!aOpen && !bOpen) parent[personOf(parent, a)] = personOf(parent, b);
    else if (aOpen !== bOpen) push(linksOf, aOpen ? a : b, p);
    else if (readAsPerson(records[a], records[b])) push(linksOf, a, p);
    else if (readAsPerson(records[b], records[a])) push(linksOf, b, p);
  }
  // The weak pairs of linked records only, so that a million records' weak pairs are not kept.
  const weakOf = new Map<number, number[]>();
  for (let p = 0; raise && p < scored.count; p++) {
    const probability = scored.probability[p] as number;
    if (probability >= threshold || probability < raise.floor) continue;
    const a = scored.left[p] as number;
    const aOpen = withoutFullDate(a);
    if (aOpen === withoutFullDate(scored.right[p] as number)) continue;
    const record = aOpen ? a : (scored.right[p] as number);
    if (linksOf.has(record)) push(weakOf, record, p);
  }
  for (const [record, links] of linksOf) {
    const weak = weakOf.get(record) ?? [];
    if (links.length < 2 && weak.length === 0) continue;
    const linked = links.map((p) => linkedTo(scored, p, record));
    const groups = linked.map((other) => personOf(parent, other));
    const persons = personsOf(
      linked.length,
      (i, j) => groups[i] === groups[j] || (samePerson?.(linked[i] as number, linked[j] as number) ?? false),
    );
    const shares = personShares(
      links.map((p, n) => ({ person: persons[n] as number, probability: scored.probability[p] as number })),
    );
    links.forEach((p, n) => {
      scored.probability[p] = shares[n] as number;
    });
    if (!raise) continue;
    for (const p of weak) {
      // Only a record of one of the persons, as the dated records' links read them.
      const other = linkedTo(scored, p, record);
      const at = groups.indexOf(personOf(parent, other));
      if (at === -1) continue;
      const of = links.flatMap((_, n) => (persons[n] === persons[at] ? [n] : []));
      scored.probability[p] = raisedThrough(
        scored.probability[p] as number,
        of.map((n) => ({ person: persons[n] as number, probability: shares[n] as number })),
        (i) => raise.probability(other, linked[of[i] as number] as number),
      );
    }
  }
}

function push(lists: Map<number, number[]>, key: number, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * A weak pair's probability raised through the person its other record belongs to (decision
 * 0169), given the record's links to that person (their probabilities once shared): the person's
 * share (its strongest link's) times the least probability that the other record is one person
 * with each record the person is linked by (`withLinked(n)`, for the n-th link) — the chance that
 * the record is the person and the other record is too; the pair's own when higher. Links of
 * several persons: the best person's.
 */
export function raisedThrough<Person>(
  own: number,
  links: readonly { readonly person: Person; readonly probability: number }[],
  withLinked: (n: number) => number,
): number {
  const shareOf = new Map<Person, number>();
  for (const { person, probability } of links)
    shareOf.set(person, Math.max(shareOf.get(person) ?? 0, probability));
  let best = own;
  for (const [person, share] of shareOf) {
    if (share <= best) continue;
    let through = 1;
    for (let n = 0; n < links.length && share * through > best; n++)
      if ((links[n] as { person: Person }).person === person) through = Math.min(through, withLinked(n));
    best = Math.max(best, share * through);
  }
  return best;
}

/**
 * The persons of `count` records or candidates, by union–find over them: one number per person,
 * the same for all its records. Two are one when `samePerson` says so of them or of others that
 * join them; a pair already joined is not asked (asking may mean scoring it).
 */
export function personsOf(count: number, samePerson: (i: number, j: number) => boolean): number[] {
  const person = Int32Array.from({ length: count }, (_, i) => i);
  const root = (i: number) => personOf(person, i);
  for (let i = 1; i < count; i++)
    for (let j = 0; j < i; j++) {
      if (root(i) === root(j)) continue;
      if (samePerson(i, j)) person[root(i)] = root(j);
    }
  return Array.from(person, (_, i) => root(i));
}

/**
 * Each link's probability once a record that is one person at most shares it among the persons it
 * is linked to (see above): a person's odds, those of its strongest link, over one plus the odds
 * of them all; never above the link's own. Linked to one person alone, the probabilities are kept.
 */
export function personShares<Person>(
  links: readonly { readonly person: Person; readonly probability: number }[],
): number[] {
  const persons = new Map<Person, number>();
  for (const { person, probability } of links)
    persons.set(person, Math.max(persons.get(person) ?? 0, oddsOf(probability)));
  if (persons.size < 2) return links.map((link) => link.probability);
  let allOdds = 1;
  for (const odds of persons.values()) allOdds += odds;
  return links.map(({ person, probability }) =>
    Math.min(probability, (persons.get(person) as number) / allOdds),
  );
}
