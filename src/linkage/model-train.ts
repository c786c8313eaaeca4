import { type Comparison, missing, weighs } from './comparisons.ts';
import { type LinkageModel, levelAt, patternOf, uRows, withinAt } from './model.ts';
import { estimateU, normalise, readsNationality, uSampleSize } from './model-u.ts';
import type { PreparedRecord } from './record.ts';

function initialM(levels: number): number[] {
  // Matches mostly agree: the first level takes most of the mass, the last (different) little.
  const raw = Array.from({ length: levels }, (_, l) => (l === levels - 1 ? 0.05 : 0.9 ** (l * 4)));
  const total = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / total);
}

/** Candidate pairs made by one blocking rule, and the comparisons that rule fixes (left out of its EM). */
export interface TrainingSession {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly count: number;
  readonly fields: readonly string[];
}

/** Pairs read per EM session and by the anchor; more only repeat the same proportions. */
const maxSessionPairs = 200_000;
/** Fewer pairs than this in the exact-birth session say too little to read the prior from. */
const minimumSessionPairs = 30;

interface SessionResult {
  /** Matches among the session's pairs. */
  readonly matches: number;
  /** m per comparison (undefined for the fields the session's rule fixes). */
  readonly m: (number[] | undefined)[];
  /** Among matches: share of pairs at each level, missing counted (index 0 = missing). */
  readonly withMissing: number[][];
}

/**
 * One EM run, Splink-style: over the pairs of one blocking rule, with u fixed from random pairs
 * and the fields of the rule left out (on them every pair agrees by construction, which would
 * teach EM that agreement is common among non-matches). Pairs with the same level pattern are
 * counted together, so an iteration costs the number of distinct patterns, not of pairs.
 */
function runSession(
  records: readonly PreparedRecord[],
  comparisons: readonly Comparison[],
  session: TrainingSession,
  us: Pick<LinkageModel, 'u' | 'uWithin'>,
  maxIterations: number,
): SessionResult & { iterations: number } {
  const histogram = new Map<number, number>();
  // EM needs the shape of the pairs, not all of them: at most `maxSessionPairs`, evenly spread.
  const step = Math.max(1, Math.ceil(session.count / maxSessionPairs));
  for (let p = 0; p < session.count; p += step) {
    const code = patternOf(
      comparisons,
      records[session.left[p] as number] as PreparedRecord,
      records[session.right[p] as number] as PreparedRecord,
    );
    histogram.set(code, (histogram.get(code) ?? 0) + 1);
  }
  const used = comparisons.map((c) => !session.fields.includes(c.field));
  const at = withinAt({ comparisons, ...us });
  const patterns = [...histogram.entries()].map(([code, count]) => ({
    count,
    levels: comparisons.map((_, k) => levelAt(code, k)),
    u: uRows(us, at, at === -1 ? missing : levelAt(code, at)),
  }));
  let m = comparisons.map((c) => initialM(c.levels.length));
  let prior = 0.5;
  let iterations = 0;
  let withMissing: number[][] = [];
  let matches = 0;
  for (; iterations < maxIterations; iterations++) {
    const mCounts = comparisons.map((c) => new Array<number>(c.levels.length).fill(1e-9));
    const missingCounts = comparisons.map((c) => new Array<number>(c.levels.length + 1).fill(0));
    let matched = 0;
    let total = 0;
    for (const pattern of patterns) {
      let pm = prior;
      let pu = 1 - prior;
      pattern.levels.forEach((level, k) => {
        if (!used[k] || !weighs(comparisons[k] as Comparison, level)) return;
        pm *= (m[k] as number[])[level] as number;
        pu *= (pattern.u[k] as number[])[level] as number;
      });
      const posterior = pm / (pm + pu);
      const weight = posterior * pattern.count;
      matched += weight;
      total += pattern.count;
      pattern.levels.forEach((level, k) => {
        (missingCounts[k] as number[])[level + 1] =
          ((missingCounts[k] as number[])[level + 1] as number) + weight;
        if (level !== missing)
          (mCounts[k] as number[])[level] = ((mCounts[k] as number[])[level] as number) + weight;
      });
    }
    const next = mCounts.map(normalise);
    const nextPrior = Math.min(1 - 1e-9, Math.max(1e-9, matched / Math.max(1, total)));
    const change = Math.max(
      Math.abs(nextPrior - prior),
      ...next.flatMap((row, k) => row.map((x, l) => Math.abs(x - ((m[k] as number[])[l] as number)))),
    );
    m = next;
    prior = nextPrior;
    withMissing = missingCounts.map(normalise);
    matches = matched;
    if (change < 1e-7) break;
  }
  return {
    matches: matches * step,
    m: m.map((row, k) => (used[k] ? row : undefined)),
    withMissing,
    iterations,
  };
}

/**
 * With only a name and a date of birth to go on (nationality follows the name), EM cannot tell
 * the m of the date apart from the match prior: any mix fits. The anchor reads it where the answer
 * is plain without labels: pairs whose names agree, at `nearest` or a nearer level, on a name held
 * by at most `maxRecords` records (two to four records of one person, seldom two persons).
 */
export interface Anchor {
  readonly on: string;
  readonly fields: readonly string[];
  readonly maxRecords: number;
  /**
   * The farthest level of `on` the anchor reads (levels run nearest first; 0 unless told): matches
   * whose names agree only exactly are the cleanest records, whose dates agree more often than
   * all matches' do (decision 0152).
   */
  readonly nearest?: number;
  /** The least m a level of the anchored fields keeps once namesakes are taken out (`withoutNamesakes`); `minimumAnchoredM` unless told. */
  readonly minimumM?: number;
}

function anchorEstimate(
  records: readonly PreparedRecord[],
  comparisons: readonly Comparison[],
  sessions: readonly TrainingSession[],
  anchor: Anchor,
  population: readonly PreparedRecord[],
  u: readonly (readonly number[])[],
): (number[] | undefined)[] {
  const on = comparisons.findIndex((c) => c.field === anchor.on);
  const comparison = comparisons[on];
  if (!comparison?.termFrequency) return [];
  // A name is rare by its count in the whole population, not in the sample EM may run on.
  const counts = valueCounts(population, comparison.termFrequency);
  const tallies = comparisons.map((c) => new Array<number>(c.levels.length).fill(0.5));
  for (const session of sessions) {
    const step = Math.max(1, Math.ceil(session.count / maxSessionPairs));
    for (let p = 0; p < session.count; p += step) {
      const a = records[session.left[p] as number] as PreparedRecord;
      const b = records[session.right[p] as number] as PreparedRecord;
      const nameLevel = comparison.compare(a, b);
      if (nameLevel === missing || nameLevel > (anchor.nearest ?? 0)) continue;
      if ((counts.get(comparison.termFrequency(a)) ?? 0) > anchor.maxRecords) continue;
      comparisons.forEach((c, k) => {
        // Only the rules that leave the field free: a pair the exact-date rule also made would
        // otherwise be counted twice when its dates agree and once when they do not (decision 0152).
        if (!anchor.fields.includes(c.field) || session.fields.includes(c.field)) return;
        const level = c.compare(a, b);
        if (level !== missing)
          (tallies[k] as number[])[level] = ((tallies[k] as number[])[level] as number) + 1;
      });
    }
  }
  return comparisons.map((c, k) =>
    anchor.fields.includes(c.field)
      ? withoutNamesakes(tallies[k] as number[], u[k] as number[], anchor.minimumM ?? minimumAnchoredM)
      : undefined,
  );
}

/**
 * The least m of an anchored level: one match in 200 (decision 0105). A date's 'different' then
 * weighs about −6 bits, not a veto: a name and a sex and nationality that agree still outweigh it.
 */
const minimumAnchoredM = 0.005;

/** Levels at least this share of random pairs show: the disagreements, where namesakes fall. */
const commonLevel = 0.1;

/**
 * m from the anchor's tallies of one comparison, with the namesakes taken out (decision 0105): two
 * persons of one rare name are not rare at scale, and their dates of birth fall as random pairs'
 * do (u). Their number is read from the levels common among random pairs (u ≥ `commonLevel`: the
 * disagreements), taken as theirs; they are taken out of every level at u's shares, and what is
 * left is the matches. Each level keeps at least `minimumM`: a match may still show any level (a
 * forged document's date), and a level emptied would otherwise veto a pair on its own.
 */
export function withoutNamesakes(
  tallies: readonly number[],
  u: readonly number[],
  minimumM: number,
): number[] {
  let count = 0;
  let share = 0;
  tallies.forEach((tally, l) => {
    if ((u[l] as number) < commonLevel) return;
    count += tally;
    share += u[l] as number;
  });
  const namesakes = share > 0 ? count / share : 0;
  const m = normalise(tallies.map((tally, l) => Math.max(0, tally - namesakes * (u[l] as number))));
  return normalise(m.map((x) => Math.max(x, minimumM)));
}

/**
 * What a model learns besides its comparisons and term frequencies: plain numbers, so that a
 * worker thread can learn them and hand them over (decision 0190).
 */
export type LearntParameters = Omit<LinkageModel, 'comparisons' | 'frequencies'>;

/** What `trainParameters` learns from. */
export interface TrainingProps {
  records: readonly PreparedRecord[];
  /** Every record, when `records` is a sample of them: term frequencies and the anchor count these. */
  population?: readonly PreparedRecord[];
  comparisons: readonly Comparison[];
  sessions: readonly TrainingSession[];
  /** Pairs a full comparison would make: n(n-1)/2, or |A|·|B| in link mode. */
  possiblePairs: number;
  link?: boolean;
  seed?: number;
  uSamples?: number;
  maxIterations?: number;
  anchor?: Anchor;
}

/** Learns the model without labels (`trainParameters`), with the population's term frequencies. */
export function trainModel(props: TrainingProps): LinkageModel {
  return withTermFrequencies(trainParameters(props), props.comparisons, props.population ?? props.records);
}

/** A model of learnt parameters and the term frequencies of `population` (every record). */
export function withTermFrequencies(
  parameters: LearntParameters,
  comparisons: readonly Comparison[],
  population: readonly PreparedRecord[],
): LinkageModel {
  const frequencies = comparisons.map((comparison) => {
    if (!comparison.termFrequency) return undefined;
    const counts = valueCounts(population, comparison.termFrequency);
    let n = 0;
    for (const count of counts.values()) n += count;
    const shares = new Map<string, number>();
    for (const [value, count] of counts) shares.set(value, count / Math.max(1, n));
    return shares;
  });
  return { comparisons, ...parameters, frequencies };
}

/**
 * Learns a model's parameters without labels: u from random pairs; m by EM in sessions, each over the
 * pairs of one blocking rule with that rule's fields left out, averaged over the sessions that
 * estimate it; and the prior — the chance that two random records are the same person — from the
 * session blocked on the exact date of birth: its matches, divided by the share of matches that
 * agree exactly on the date (learnt in the other sessions), over all possible pairs.
 */
export function trainParameters(props: TrainingProps): LearntParameters {
  const { records, comparisons } = props;
  const population = props.population ?? records;
  const drawU = (withinNationality: boolean) =>
    estimateU(
      records,
      comparisons,
      props.uSamples ?? uSampleSize(records.length, props.possiblePairs),
      props.link ?? false,
      props.seed ?? 1,
      withinNationality,
    );
  const u = drawU(false);
  // u among pairs of one nationality too (decision 0106), for the pairs whose nationality agrees.
  const drawnWithin = readsNationality(comparisons) ? drawU(true) : undefined;
  // Only where names are compared, and not on the levels a value's own frequency weighs (the
  // term-frequency adjustment already replaces u there by the value's share).
  const uWithin = drawnWithin?.map((row, k) => {
    const comparison = comparisons[k] as Comparison;
    const own = u[k] as number[];
    if (!comparison.byNationality) return own;
    return row.map((x, l) => (comparison.tfLevels?.includes(l) ? (own[l] as number) : x));
  });
  const results = props.sessions.map((session) =>
    runSession(
      records,
      comparisons,
      session,
      { u, ...(uWithin ? { uWithin } : {}) },
      props.maxIterations ?? 200,
    ),
  );
  const m = comparisons.map((comparison, k) => {
    const estimates = results.map((r) => r.m[k]).filter((row): row is number[] => row !== undefined);
    if (estimates.length === 0) return initialM(comparison.levels.length);
    return normalise(
      comparison.levels.map((_, l) => estimates.reduce((s, row) => s + (row[l] as number), 0)),
    );
  });
  if (props.anchor) {
    const anchored = anchorEstimate(records, comparisons, props.sessions, props.anchor, population, u);
    anchored.forEach((row, k) => {
      if (row) m[k] = row;
    });
  }
  comparisons.forEach((comparison, k) => {
    m[k] = heldToLimits(comparison, m[k] as number[], u[k] as number[]);
  });
  const birthAt = comparisons.findIndex((c) => c.field === 'birth');
  const birthSession = props.sessions.findIndex((s) => s.fields.length === 1 && s.fields[0] === 'birth');
  // Without enough exact dates to read the prior from, the other sessions' matches stand in (as
  // if their rules found every match: the prior comes out too small rather than too large).
  const otherMatches = Math.max(0, ...results.filter((_, i) => i !== birthSession).map((r) => r.matches));
  let prior = Math.min(0.5, Math.max(1e-12, otherMatches / Math.max(1, props.possiblePairs)));
  const birthPairs = birthSession === -1 ? 0 : (props.sessions[birthSession] as TrainingSession).count;
  if (birthAt !== -1 && birthSession !== -1 && birthPairs >= minimumSessionPairs) {
    // Share of all matches whose dates of birth agree exactly (level 0, missing counted as not).
    const recalls = results
      .filter((_, i) => i !== birthSession)
      .map((r) => (r.withMissing[birthAt] as number[])[1] as number)
      .filter((x) => x > 0);
    const recall = recalls.length ? recalls.reduce((s, x) => s + x, 0) / recalls.length : 1;
    const matches = (results[birthSession] as SessionResult).matches / Math.max(0.05, recall);
    prior = Math.min(0.5, Math.max(1e-12, matches / Math.max(1, props.possiblePairs)));
  }
  return {
    prior,
    m,
    u,
    randomU: u,
    ...(uWithin ? { uWithin } : {}),
    recordCount: population.length,
    iterations: Math.max(...results.map((r) => r.iterations)),
  };
}

/**
 * A comparison's m held to what it says a level may weigh: at most u for the levels that are never
 * evidence for one person (`neverFor`, decision 0124), and at most the weight of another level for
 * those never stronger than it (`noStrongerThan`, decision 0133).
 */
export function heldToLimits(comparison: Comparison, m: readonly number[], u: readonly number[]): number[] {
  let row = [...m];
  if (comparison.neverFor)
    row = atMost(row, Object.fromEntries(comparison.neverFor.map((l) => [l, u[l] as number])));
  for (const [level, than] of comparison.noStrongerThan ?? []) {
    const ratio = (row[than] as number) / (u[than] as number);
    row = atMost(row, { [level]: (u[level] as number) * ratio });
  }
  return row;
}

/** A row of m with each level named in `most` held to its share there, the rest renormalised to the remaining mass. */
export function atMost(row: readonly number[], most: Readonly<Record<number, number>>): number[] {
  const held = row.map((x, l) =>
    most[l] !== undefined && x > (most[l] as number) ? (most[l] as number) : undefined,
  );
  const heldMass = held.reduce<number>((s, x) => s + (x ?? 0), 0);
  const freeMass = row.reduce((s, x, l) => s + (held[l] === undefined ? x : 0), 0);
  if (heldMass === 0 || freeMass === 0) return [...row];
  return row.map((x, l) => held[l] ?? (x * (1 - heldMass)) / freeMass);
}

/** How many records hold each value (empty values left out). */
function valueCounts(
  records: readonly PreparedRecord[],
  termOf: (record: PreparedRecord) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = termOf(record);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
