export { detectScript, foldName, type Script } from './fold.ts';
export { jaroWinkler } from './jaro-winkler.ts';
export {
  type JoinedToken,
  joinedTokens,
  joinSignature,
  joinsMayMeet,
  mayJoin,
  rejoined,
} from './joined.ts';
export { phoneticKeys, skeleton, spellingKeys, tokenKeys, typedVariants } from './keys.ts';
export {
  compareNames,
  isNameWord,
  letterSimilarity,
  type NameComparison,
  soundsAlike,
  spelledAlike,
  type TokenAgreement,
  tokenWeight,
  veryCommonPair,
} from './match.ts';
export { misreadUtf8 } from './mojibake.ts';
export { type NameReading, readName } from './name-reading.ts';
export { matchTokens, nameWords, searchedTokens } from './name-words.ts';
export { latinForm, maxNameLength, type NormalisedName, normalizeName } from './normalize.ts';
export { hasNonLatinLetters, romaniseName } from './romanise/index.ts';
export { searchKeys } from './search-keys.ts';
export { slipsApart } from './slips.ts';
export { spelledTogetherAlike, togetherSkeleton } from './together.ts';
export type { NameToken } from './tokens.ts';
export { type BurmeseEncoding, burmeseAsUnicode, detectBurmeseEncoding } from './zawgyi.ts';
