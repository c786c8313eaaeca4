import { coercionFlags } from './flags/coercion.ts';
import { counterSignals } from './flags/counter-signals.ts';
import { type NegationCues, negationCues } from './flags/negation.ts';
import { offerFlags } from './flags/offer.ts';
import { scamCompoundFlags } from './flags/scam-compound.ts';
import type { PatternsByLanguage, RedFlag } from './flags/types.ts';
import { type AdvertLanguage, advertLanguages } from './language.ts';

export type { Reason, RedFlag } from './flags/types.ts';

/**
 * The red flags of an online job advert, as data (one file per group in `flags/`, this file is the
 * engine that compiles and runs them): each with a stable id, the reason shown to
 * the reader (en, ms, id, vi), a weight in log-odds (how much it raises the risk when it fires,
 * from the evidence in shared/reference/jobads.md §1) and patterns per language. Counter-signals
 * (a recruitment licence number, a government-to-government scheme, a skilled job's real
 * requirements) carry negative weights: a legitimate overseas or well-paid advert shares many
 * words with a scam, and these are what set it apart.
 *
 * Patterns are regular-expression sources matched case-insensitively on the normalised advert
 * (NFC, Burmese in Unicode). Thai, Burmese and Khmer are written without spaces between words,
 * so their patterns are matched on the advert with its spaces removed. Every language's patterns
 * are tried on every advert: adverts mix English words ("Telegram", "customer service") into the
 * local language. A `negatable` flag does not count a match the advert negates or waives ("no
 * processing fee", "tidak ada potongan gaji"; cues per language in `flags/negation.ts`), and a flag
 * with `requires` fires only when the advert also says what it requires (travel paid needs travel
 * abroad); decision 0045. Bump `redFlagsVersion` whenever a pattern, a cue or a weight changes; the
 * model records the version it was trained with, and a saved screening keeps the version it had.
 */
export const redFlagsVersion = '2026-12-01.11';

/**
 * The lures that carry a trafficking or scam-compound risk by themselves: going abroad to a known
 * hub, pay far above the market, travel paid, fees, papers kept, irregular crossing, a debt on
 * leaving, a vague employer abroad, looks and age; and the signs of forced labour and debt bondage
 * outside the scam compounds (costs repaid from wages, wages held back). A sector alone (fishing,
 * domestic work), an agent who "arranges everything" (licensed agencies say the same), "no contract"
 * or "no days off" (casual local jobs say so) are not lures by themselves. "No experience", "free housing", "urgent" and a
 * messaging app are everyday in legitimate local adverts (a garment factory hiring by WhatsApp); on
 * their own they should not raise the alarm.
 */
export const coreLures: ReadonlySet<string> = new Set([
  'high_pay_promise',
  'travel_costs_paid',
  'scam_hub_destination',
  'irregular_travel',
  'worker_pays_fees',
  'documents_kept',
  'quit_penalty',
  'vague_employer',
  'age_appearance',
  'debt_from_wages',
  'wages_withheld',
]);

const spaceless: ReadonlySet<AdvertLanguage> = new Set(['th', 'my', 'km']);

/** The last of the flags: the counter-signal that no core lure fired. */
const noCoreLure: RedFlag = {
  id: 'no_core_lure',
  weight: -1.2,
  derived: true,
  reason: {
    en: 'No promise of high pay, paid travel abroad, fees or an irregular crossing',
    ms: 'Tiada janji gaji tinggi, perjalanan ke luar negara yang dibayar, yuran atau lintasan tidak rasmi',
    id: 'Tidak ada janji gaji tinggi, perjalanan ke luar negeri yang dibayari, biaya atau penyeberangan tidak resmi',
    vi: 'Không hứa lương cao, không bao chi phí ra nước ngoài, không thu phí, không vượt biên trái phép',
  },
  patterns: {},
};

/** All flags and counter-signals, in a fixed order (the model's flag features follow it). */
export const redFlags: readonly RedFlag[] = [
  ...offerFlags,
  ...scamCompoundFlags,
  ...coercionFlags,
  ...counterSignals,
  noCoreLure,
];

export interface CompiledFlag {
  readonly flag: RedFlag;
  readonly spaced: RegExp | undefined;
  /** The spaced patterns without diacritics, for Vietnamese typed without its tone marks. */
  readonly bare: RegExp | undefined;
  readonly compact: RegExp | undefined;
  /** What the advert must also say for the flag to fire (`RedFlag.requires`). */
  readonly requires: CompiledPatterns | undefined;
}

/** One set of per-language patterns compiled for the three readings of an advert. */
interface CompiledPatterns {
  readonly spaced: RegExp | undefined;
  readonly bare: RegExp | undefined;
  readonly compact: RegExp | undefined;
}

/** Latin text without diacritics (đ → d): "viec nhe luong cao" reads as "việc nhẹ lương cao". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D');
}

const alternatives = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join('|');

function union(sources: readonly string[], flags = 'iu'): RegExp | undefined {
  return sources.length ? new RegExp(alternatives(sources), flags) : undefined;
}

function sourcesOf(patterns: PatternsByLanguage, wanted: 'spaced' | 'compact'): string[] {
  const entries = Object.entries(patterns) as [AdvertLanguage, readonly string[]][];
  return entries.filter(([l]) => spaceless.has(l) === (wanted === 'compact')).flatMap(([, p]) => p);
}

function compilePatterns(patterns: PatternsByLanguage): CompiledPatterns {
  const spacedSources = sourcesOf(patterns, 'spaced');
  return {
    spaced: union(spacedSources),
    bare: union(spacedSources.map(stripDiacritics)),
    compact: union(sourcesOf(patterns, 'compact')),
  };
}

/** The flags with their patterns compiled once: spaced languages on one side, spaceless on the other. */
export const compiledFlags: readonly CompiledFlag[] = redFlags.map((flag) => ({
  flag,
  ...compilePatterns(flag.patterns),
  requires: flag.requires && compilePatterns(flag.requires.patterns),
}));

type Reading = 'spaced' | 'bare' | 'compact';

/**
 * The negation and waiver cues of `flags/negation.ts` compiled for each reading of the advert:
 * `before` must end exactly where a match starts, `after` must start where it ends.
 */
function compileNegation(reading: Reading): { before: RegExp; after: RegExp } {
  const languages = advertLanguages.filter((l) => spaceless.has(l) === (reading === 'compact'));
  const pick = (part: keyof NegationCues) => {
    const sources = languages.flatMap((l) => negationCues[l][part]);
    return alternatives(reading === 'bare' ? sources.map(stripDiacritics) : sources);
  };
  if (reading === 'compact') {
    return {
      before: new RegExp(`(?:${pick('before')})(?:${pick('fillers')}){0,3}$`, 'u'),
      after: new RegExp(
        `^[:=\\-–]?(?:(?:${pick('joiners')}).{1,12}?)?(?:${pick('fillers')}){0,2}(?:${pick('after')})`,
        'u',
      ),
    };
  }
  return {
    before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pick('before')})(?: (?:${pick('fillers')})){0,3} ?$`, 'u'),
    after: new RegExp(
      `^ ?[:=\\-–]? ?(?:(?:${pick('joiners')}) [\\p{L}\\p{M}]+ )?(?:(?:${pick('fillers')}) ){0,2}(?:${pick('after')})(?![\\p{L}\\p{N}])`,
      'u',
    ),
  };
}

const negation: Readonly<Record<Reading, { before: RegExp; after: RegExp }>> = {
  spaced: compileNegation('spaced'),
  bare: compileNegation('bare'),
  compact: compileNegation('compact'),
};

/** The global twin of each negatable flag's pattern, compiled once, to walk all its matches. */
const globalTwins = new WeakMap<RegExp, RegExp>();

/** Whether the pattern matches the text at least once where the advert does not negate or waive it. */
function matchesUnnegated(pattern: RegExp, text: string, reading: Reading): boolean {
  let global = globalTwins.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'giu');
    globalTwins.set(pattern, global);
  }
  const cues = negation[reading];
  for (const match of text.matchAll(global)) {
    const start = match.index;
    const end = start + match[0].length;
    const negated =
      cues.before.test(text.slice(Math.max(0, start - 80), start)) ||
      cues.after.test(text.slice(end, end + 80));
    if (!negated) return true;
  }
  return false;
}

function matches(
  compiled: CompiledPatterns,
  readings: Readonly<Record<Reading, string>>,
  negatable: boolean,
): boolean {
  return (['spaced', 'bare', 'compact'] as const).some((reading) => {
    const pattern = compiled[reading];
    if (!pattern) return false;
    return negatable
      ? matchesUnnegated(pattern, readings[reading], reading)
      : pattern.test(readings[reading]);
  });
}

/**
 * The advert as the patterns read it: NFC, lower case, one space between words, and one line break
 * where the advert broke the line. Adverts list their points one a line without punctuation
 * ("Mess gratis⏎Biaya admin 500rb"): the break keeps a negation or a waiver on its own line.
 */
export function normaliseAdvert(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*\n\s*/gu, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
}

/**
 * The ids of the flags (and counter-signals) whose patterns match the normalised advert (a
 * negatable flag only where the match is not negated or waived, a flag with `requires` only when
 * the advert also says what it requires), and `no_core_lure` when none of the core lures is among
 * them.
 */
export function firedFlags(normalised: string): string[] {
  const readings = {
    spaced: normalised,
    bare: stripDiacritics(normalised),
    compact: normalised.replace(/\s+/gu, ''),
  };
  const matched = compiledFlags.filter(({ flag, ...compiled }) =>
    matches(compiled, readings, !!flag.negatable),
  );
  const matchedIds = new Set(matched.map(({ flag }) => flag.id));
  const fired = matched
    .filter(
      ({ flag, requires }) =>
        !flag.requires ||
        flag.requires.flags.some((id) => matchedIds.has(id)) ||
        (requires !== undefined && matches(requires, readings, false)),
    )
    .map(({ flag }) => flag.id);
  return fired.some((id) => coreLures.has(id)) ? fired : [...fired, noCoreLure.id];
}
