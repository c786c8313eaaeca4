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

const publicReportPhrases: Record<PackLanguage, { received: string; rerouted: string }> = {
  en: {
    received: "A report from the public has arrived in your agency's triage queue",
    rerouted: "Another agency has sent a report from the public on to your agency's triage queue",
  },
  ms: {
    received: 'Satu laporan orang awam telah tiba dalam baris gilir saringan agensi anda',
    rerouted: 'Agensi lain telah menghantar satu laporan orang awam ke baris gilir saringan agensi anda',
  },
  id: {
    received: 'Sebuah laporan masyarakat masuk ke antrean triase instansi Anda',
    rerouted: 'Instansi lain meneruskan sebuah laporan masyarakat ke antrean triase instansi Anda',
  },
  vi: {
    received: 'Một tin báo của người dân đã đến hàng chờ phân loại của cơ quan bạn',
    rerouted: 'Một cơ quan khác đã chuyển một tin báo của người dân đến hàng chờ phân loại của cơ quan bạn',
  },
};

/** A user of the agency may be probing which agency holds a victim (decision 0050): who, never whom. */
const probePhrases: Record<PackLanguage, (persons: number, hours: number) => string> = {
  en: (n, h) =>
    `Security alert: within ${h} hours, persons recorded or edited by one of your users matched records held by other agencies ${n} times. Someone may be probing which agency holds a victim: check this user's activity in the audit log.`,
  ms: (n, h) =>
    `Amaran keselamatan: dalam ${h} jam, orang yang direkodkan atau disunting oleh seorang pengguna anda sepadan dengan rekod yang disimpan oleh agensi lain sebanyak ${n} kali. Seseorang mungkin cuba mengetahui agensi mana yang menyimpan mangsa: semak aktiviti pengguna ini dalam log audit.`,
  id: (n, h) =>
    `Peringatan keamanan: dalam ${h} jam, orang yang dicatat atau diubah oleh salah satu pengguna Anda cocok dengan catatan yang disimpan instansi lain sebanyak ${n} kali. Seseorang mungkin sedang mencari tahu instansi mana yang menangani korban: periksa aktivitas pengguna ini di log audit.`,
  vi: (n, h) =>
    `Cảnh báo an ninh: trong ${h} giờ, những người do một người dùng của cơ quan bạn ghi nhận hoặc sửa đã trùng khớp ${n} lần với hồ sơ do cơ quan khác lưu giữ. Có thể ai đó đang dò xem cơ quan nào đang giữ hồ sơ nạn nhân: hãy kiểm tra hoạt động của người dùng này trong nhật ký kiểm tra.`,
};

/** A holder of a possible match named itself to the reader's agency (decision 0050): never who, nor whom. */
const disclosurePhrases: Record<PackLanguage, string> = {
  en: 'Another agency that holds a possible match for one of your persons has agreed to be named. See it in person linkage and ask that agency for a referral.',
  ms: 'Sebuah agensi lain yang menyimpan padanan yang mungkin bagi salah seorang daripada orang anda telah bersetuju untuk dinamakan. Lihat dalam pemadanan orang dan minta rujukan daripada agensi itu.',
  id: 'Instansi lain yang menyimpan kemungkinan kecocokan untuk salah satu orang Anda telah setuju untuk disebutkan namanya. Lihat di penautan orang dan mintalah rujukan dari instansi tersebut.',
  vi: 'Một cơ quan khác đang giữ hồ sơ có thể trùng khớp với một người của cơ quan bạn đã đồng ý cho biết tên. Hãy xem trong mục liên kết hồ sơ và đề nghị cơ quan đó chuyển tuyến.',
};

/**
 * The words of any notification in the reader's language, by its kind: a deadline's reminder, a
 * report from the public that reached the agency's triage queue (named by id only, never by its
 * words), a probe alert (naming the user, never a person), or a match's holder named to the reader's
 * agency (naming neither the holder nor the person: the linkage page does, to whom it may).
 */
export function notificationText(
  kind: string,
  detail: Record<string, unknown>,
  locale: string,
): { title: string; body: string } {
  const language = (locale in publicReportPhrases ? locale : 'en') as PackLanguage;
  if (kind === 'public_report.received' || kind === 'public_report.rerouted') {
    const title = publicReportPhrases[language][kind === 'public_report.received' ? 'received' : 'rerouted'];
    return { title, body: title };
  }
  if (kind === 'linkage.probe_suspected') {
    const title = probePhrases[language](Number(detail.persons ?? 0), Number(detail.hours ?? 24));
    return { title, body: title };
  }
  if (kind === 'linkage.hint_disclosed') {
    return { title: disclosurePhrases[language], body: disclosurePhrases[language] };
  }
  return reminderText(detail, locale);
}
