import { vietnameseMiddleNames } from './rules/vietnamese.ts';
import type { NameToken } from './tokens.ts';

/**
 * Vietnamese order is Family Middle Given; foreign documents often write Given Family Middle or
 * Given Middle Family, or keep the middle name with the given name in the first-name box (Thi Lan
 * Nguyen: Middle Given Family). The family name is the known family name found first; the given
 * name is the last token in Vietnamese order, else the first — or the last when the name begins
 * with a middle name (Văn, Thị), which is never a given name.
 */
export function readVietnamese(own: readonly NameToken[], familyAt: number) {
  const names = own.map((t) => t.canonical);
  const family = names[familyAt] as string;
  if (familyAt === 0) {
    return { family, middle: names.slice(1, -1), given: names[names.length - 1] as string };
  }
  const others = names.filter((_, i) => i !== familyAt);
  if (vietnameseMiddleNames[others[0] as string] !== undefined)
    return { family, middle: others.slice(0, -1), given: others[others.length - 1] as string };
  return { family, middle: others.slice(1), given: others[0] as string };
}
