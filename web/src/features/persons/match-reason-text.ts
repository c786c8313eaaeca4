import type { MatchReason } from '../../api/types.ts';

/**
 * The text of why a person matched, as a key of the catalogue and its values: for a name whose
 * words agreed, how many did and how the weakest of them did (`openCase.matchWords.variant`:
 * "2 of 2 words of the name match, one or more in another known spelling"), so that a name is
 * read as written exactly only when every word was (issue 8); else what agreed (`openCase.matchReason`).
 */
export function matchReasonText(reason: MatchReason): {
  key: `openCase.matchWords.${string}` | `openCase.matchReason.${string}`;
  values: { matched: number; of: number } | undefined;
} {
  if (reason.agreement && reason.words)
    return { key: `openCase.matchWords.${reason.agreement}`, values: reason.words };
  return { key: `openCase.matchReason.${reason.on}`, values: reason.words };
}
