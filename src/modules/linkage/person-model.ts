/**
 * Which model a population of persons is scored with (decision 0024): m, u and the prior learnt on
 * its own persons when there are enough, kept a while in this process, else the reference ones
 * (bench/linkage/person-parameters.ts); the names' term frequencies always the population's own.
 */
import {
  type LinkablePerson,
  type LinkageModel,
  learnModel,
  type PreparedRecord,
  personAnchor,
  personComparisons,
  personRecords,
  personTraining,
  prepareRecord,
} from '../../linkage/index.ts';
import parameters from './person-parameters.json' with { type: 'json' };

/** With this many persons or more an agency's model is learnt on its own persons (EM, no labels). */
export const ownModelMinimum = 5000;

if (parameters.fields.join() !== personComparisons.map((c) => c.field).join()) {
  throw new Error(
    'person-parameters.json was learnt for other comparisons: run bench/linkage/person-parameters.ts',
  );
}

/** Each comparison's values (those with term frequencies) as shares: count over `denominator`, or over the values found. */
function sharesOf(records: readonly PreparedRecord[], denominator?: number) {
  return personComparisons.map((comparison) => {
    if (!comparison.termFrequency) return undefined;
    const counts = new Map<string, number>();
    let found = 0;
    for (const record of records) {
      const value = comparison.termFrequency(record);
      if (!value) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      found++;
    }
    const over = denominator ?? Math.max(1, found);
    return new Map([...counts].map(([value, count]) => [value, count / over]));
  });
}

/**
 * m, u and the prior learnt by EM on a population (an agency's persons, or every agency's), kept
 * in this process for an hour while the population stays within 5 % of its size: matching one new
 * person then takes the parameters learnt moments ago instead of learning them again on nearly the
 * same persons (seconds at thousands of persons). Term frequencies are always the population's own.
 */
const learnt = new Map<string, LearntParameters>();
const keepLearntMs = 3_600_000;

/**
 * Whether a population of `persons` has grown or shrunk by more than 5 % since parameters were
 * learnt on `learntPersons`: they are then learnt again (kept in this process, and by the scan).
 */
export const populationChanged = (persons: number, learntPersons: number): boolean =>
  Math.abs(persons - learntPersons) > learntPersons * 0.05;

/** m, u and the prior learnt on a population of `persons` at `at` (ms), without term frequencies. */
export interface LearntParameters {
  readonly model: LinkageModel;
  readonly persons: number;
  readonly at: number;
}

/** What was learnt on `population` in this process (to keep it in the database), if anything. */
export const learntOn = (population: string): LearntParameters | undefined => learnt.get(population);

/** Takes parameters learnt on `population` elsewhere (the database) unless newer ones are here. */
export function keepLearnt(population: string, parameters: LearntParameters): void {
  if ((learnt.get(population)?.at ?? -1) < parameters.at) learnt.set(population, parameters);
}

/** Forgets what this process learnt (a test of a new process). */
export const forgetLearnt = () => learnt.clear();

/**
 * The parameters last learnt on `population`: for a scan or a match over the whole population,
 * while they are kept (an hour, the population within 5 %); for a match through the stored counts
 * (`anyAge`), whenever any are kept — a match does not learn again inside one person's job, the
 * scans do (decision 0109).
 */
function keptModel(
  population: string | undefined,
  persons: number,
  anyAge = false,
): LinkageModel | undefined {
  const kept = population === undefined ? undefined : learnt.get(population);
  if (
    kept &&
    (anyAge || (Date.now() - kept.at < keepLearntMs && !populationChanged(persons, kept.persons)))
  ) {
    return kept.model;
  }
  return undefined;
}

function learntModel(
  records: readonly PreparedRecord[],
  persons: number,
  population: string | undefined,
  relearn: boolean,
): LinkageModel {
  const kept = relearn ? undefined : keptModel(population, persons);
  if (kept) return { ...kept, frequencies: sharesOf(records), recordCount: records.length };
  // Learning alone: m, u and the prior on a sample of a large population, never all its pairs.
  const model = learnModel(records, {
    comparisons: personComparisons,
    training: personTraining,
    anchor: personAnchor,
  });
  if (population !== undefined) {
    learnt.set(population, { model: { ...model, frequencies: [] }, persons, at: Date.now() });
  }
  return model;
}

/** The reference m and u (bench/linkage/person-parameters.ts), as if for a population of `size` records. */
function referenceModel(
  frequencies: readonly (ReadonlyMap<string, number> | undefined)[],
  size: number,
): LinkageModel {
  return {
    comparisons: personComparisons,
    prior: parameters.prior,
    m: parameters.m,
    u: parameters.u,
    randomU: parameters.u,
    uWithin: parameters.uWithin,
    frequencies,
    recordCount: size,
    iterations: 0,
  };
}

/**
 * The model for a population of persons: learnt on them without labels when there are enough
 * (decision 0024; kept a while per `population` when named, learnt again when `relearn`), otherwise the reference m and u
 * (bench/linkage/person-parameters.ts) with the prior and the names' frequencies taken as if the
 * persons were part of a population that size, so that a small agency's two records of one
 * "Siti Aminah" do not read as a common name.
 */
export function personModel(
  records: readonly PreparedRecord[],
  persons: number,
  population?: string,
  relearn = false,
): LinkageModel {
  if (persons >= ownModelMinimum) return learntModel(records, persons, population, relearn);
  const size = Math.max(records.length, parameters.recordCount);
  return referenceModel(sharesOf(records, size), size);
}

/** Learns m, u and the prior on these persons afresh and keeps them for `population` (the scheduled scan, decision 0109). */
export function learnPersonModel(persons: readonly LinkablePerson[], population: string): LinkageModel {
  const records = persons.flatMap(personRecords).map(prepareRecord);
  return personModel(records, persons.length, population, true);
}

/** What a population's stored counts say about it (decision 0037): the model reads no record for them. */
export interface PopulationCounts {
  readonly persons: number;
  /** Records: every name, and each person without a name. */
  readonly records: number;
  /** Records with a name value (those the name's term frequency counts). */
  readonly named: number;
  /** Records holding each name value needed. */
  readonly values: ReadonlyMap<string, number>;
}

/**
 * The same model as `personModel` on the population these counts describe, with the term
 * frequencies of the name values counted only and the parameters last kept for it, however old
 * (decision 0109); undefined when the parameters must first be learnt on the whole population
 * (none kept for it).
 */
export function countedModel(counts: PopulationCounts, population?: string): LinkageModel | undefined {
  const over = (denominator: number) =>
    personComparisons.map((c) =>
      c.termFrequency ? new Map([...counts.values].map(([value, n]) => [value, n / denominator])) : undefined,
    );
  if (counts.persons >= ownModelMinimum) {
    // Whatever their age (decision 0109): learning again on a million persons takes minutes.
    const kept = keptModel(population, counts.persons, true);
    return kept && { ...kept, frequencies: over(Math.max(1, counts.named)), recordCount: counts.records };
  }
  const size = Math.max(counts.records, parameters.recordCount);
  return referenceModel(over(size), size);
}
