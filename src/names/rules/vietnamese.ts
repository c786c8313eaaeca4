import { wordTable } from './word-table.ts';
/**
 * Vietnamese family names (the commonest, folded), written first in Vietnamese order but often
 * last on foreign documents. Văn and Thị are middle names that also say the person's sex.
 */
export const vietnameseFamilyNames: ReadonlySet<string> = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'trinh',
  'truong',
  'mai',
  'ta',
  'cao',
  'lam',
  'luong',
  'ha',
  'quach',
  'trieu',
  'thai',
  'doan',
  'to',
  'vuong',
  'luu',
  'kieu',
  'chu',
  'tong',
  'la',
  'lai',
  'nong',
  'mac',
  'khuc',
]);

export const vietnameseMiddleNames: Readonly<Record<string, 'male' | 'female'>> = wordTable({
  van: 'male',
  thi: 'female',
});
