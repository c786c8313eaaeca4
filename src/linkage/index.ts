export { parseBirth } from './birth-text.ts';
export { type CandidatePairs, candidatePairs, type KeyHashes, keyHashes } from './blocking.ts';
export {
  addressedBlocking,
  addressedTraining,
  type BlockingRule,
  blockCap,
  datelessNameMaxBlock,
  datelessNameRule,
  exactBirthRule,
  personAnchor,
  personBlocking,
  personTraining,
  type TrainingRule,
  tokenYearMaxBlock,
  tokenYearRule,
  yearOffRule,
} from './blocking-rules.ts';
export { clusterLinks, type ScoredPairs } from './cluster.ts';
export {
  addressedComparisons,
  birthComparison,
  type Comparison,
  fatherComparison,
  missing,
  nameComparison,
  personComparisons,
} from './comparisons.ts';
export {
  compareDocuments,
  type DocumentKey,
  type DocumentLevel,
  type DocumentMatch,
  documentPairs,
  documentParameters,
  documentWeight,
  maxDocumentHolders,
} from './documents.ts';
export { blockMates, type Candidate, LinkageIndex } from './incremental.ts';
export { type LinkageOptions, type LinkageResult, linkRecords, linkRecordsInParallel } from './linkage.ts';
export {
  type FieldEvidence,
  type LinkageModel,
  type PairScore,
  pairLevels,
  probabilityOfWeight,
  scorePair,
  weighLevels,
} from './model.ts';
export { defaultSampleRecords, type LearningOptions, learnModel, sampleIndexes } from './model-sample.ts';
export { heldToLimits, trainModel } from './model-train.ts';
export { maxUSamples, uSampleSize } from './model-u.ts';
export { namesakeShares, sharedScore } from './namesake-shares.ts';
export {
  birthOf,
  type LinkablePerson,
  nameLinkageKeys,
  personBlockAdmits,
  personBlockCap,
  personBlockKeys,
  personNameValue,
  personRecords,
} from './persons.ts';
export {
  type Birth,
  type LinkRecord,
  type PreparedName,
  type PreparedRecord,
  prepareName,
  prepareRecord,
  prepareWith,
} from './record.ts';
export { mostWeight } from './weight-bound.ts';
