import { joinedTokens } from './joined.ts';
import { matchTokens } from './name-words.ts';
import type { NormalisedName } from './normalize.ts';

/** The keys stored per person name for search: every token key, and every phonetic code. */
export function searchKeys(name: NormalisedName): { keys: string[]; phonetic: string[] } {
  // The Latin reading's keys too, so that a Latin spelling finds the name written in its script.
  // A nickname in brackets is searched by too (Malee Srisook (Noi) is found by "Noi").
  const written = [
    ...matchTokens(name),
    ...name.nicknames,
    ...(name.latin ? [...matchTokens(name.latin), ...name.latin.nicknames] : []),
  ];
  // Adjacent words joined too, so that "Thida" finds "Thi Da" and the reverse (joined.ts).
  const tokens = [
    ...written,
    ...[name, name.latin].flatMap((form) =>
      form ? joinedTokens(matchTokens(form)).map(({ token }) => token) : [],
    ),
  ];
  return {
    keys: [...new Set(tokens.flatMap((t) => t.keys))].slice(0, 64),
    phonetic: [...new Set(tokens.flatMap((t) => t.phonetic))].slice(0, 64),
  };
}
