import { foldName } from './fold.ts';
import { romaniseName } from './romanise/index.ts';
import { burmeseAsUnicode, detectBurmeseEncoding } from './zawgyi.ts';

/** How a name can be read by someone who cannot read its script, or whose font cannot show it. */
export interface NameReading {
  /** The name as recorded, trimmed: never changed by the reading. */
  name: string;
  /**
   * Its usual Latin spelling, words capitalised ("Kyaw Zin Htet"), when the name holds letters of
   * another script (Burmese, Thai, Khmer…); null for a name written in Latin.
   */
  latin: string | null;
  /**
   * The name in Unicode when it was typed in Zawgyi: what a page shows (Zawgyi text in a Unicode
   * font is garbled), marked as converted; null for any other name.
   */
  unicode: string | null;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The readings a page shows beside a name as recorded (decision 0083): the Unicode form of a Zawgyi
 * name, and the Latin reading of a name in another script — the same romanisers the search keys
 * names with, so the reading shown is the spelling the name is found by.
 */
export function readName(recorded: string): NameReading {
  const name = recorded.trim();
  const unicode = detectBurmeseEncoding(name) === 'zawgyi' ? burmeseAsUnicode(name) : null;
  const romanised = romaniseName(foldName(unicode ?? name));
  const latin = romanised ? romanised.split(' ').map(capitalised).join(' ') : null;
  return { name, latin: latin || null, unicode };
}
