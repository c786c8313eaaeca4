import type { PackLanguage } from '../../jurisdictions/index.ts';
import { deadlineSources } from './deadline-sources.ts';

const phrases: Record<PackLanguage, { dueToday: string; dueIn: (days: number) => string; case: string }> = {
  en: { dueToday: 'due today', dueIn: (d) => `due in ${d} day${d === 1 ? '' : 's'}`, case: 'Case' },
  ms: { dueToday: 'tamat hari ini', dueIn: (d) => `dalam ${d} hari`, case: 'Kes' },
  id: { dueToday: 'jatuh tempo hari ini', dueIn: (d) => `dalam ${d} hari`, case: 'Kasus' },
  vi: { dueToday: 'đến hạn hôm nay', dueIn: (d) => `còn ${d} ngày`, case: 'Hồ sơ' },
};

/**
 * The words of a reminder in the reader's language: what falls due, when, and on which case (by
 * its reference, never a person's name).
 */
export function reminderText(
  detail: Record<string, unknown>,
  locale: string,
): { title: string; body: string } {
  const language = (locale in phrases ? locale : 'en') as PackLanguage;
  const words = phrases[language];
  const source = deadlineSources[detail.sourceKind as keyof typeof deadlineSources];
  const what = source ? source[language] : String(detail.sourceKind);
  const leadDays = Number(detail.leadDays ?? 0);
  const when = leadDays === 0 ? words.dueToday : words.dueIn(leadDays);
  const title = `${what}: ${when} (${String(detail.dueOn)})`;
  const body = detail.caseReference ? `${title}\n${words.case} ${String(detail.caseReference)}` : title;
  return { title, body };
}
