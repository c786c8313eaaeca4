export {
  addressedBlocking,
  addressedTraining,
  type BlockingRule,
  blockCap,
  type CandidatePairs,
  candidatePairs,
  datelessNameMaxBlock,
  datelessNameRule,
  exactBirthRule,
  type KeyHashes,
  keyHashes,
  personAnchor,
  personBlocking,
  personTraining,
  ruleAdmits,
  type TrainingRule,
  tokenYearMaxBlock,
  tokenYearRule,
  yearOffMaxBlock,
  yearOffRule,
} from './blocking.ts';
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
export { blockMates, type Candidate, LinkageIndex } from './incremental.ts';
export { type LinkageOptions, type LinkageResult, linkRecords, linkRecordsInParallel } from './linkage.ts';
export { type FieldEvidence, type LinkageModel, type PairScore, scorePair } from './model.ts';
export { defaultSampleRecords, type LearningOptions, learnModel, sampleIndexes } from './model-sample.ts';
export { maxUSamples, trainModel, uSampleSize } from './model-train.ts';
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
export { type Birth, type LinkRecord, type PreparedRecord, parseBirth, prepareRecord } from './record.ts';
