import type { Label } from '../../jurisdictions/index.ts';

/**
 * Every kind of deadline the platform keeps, with its label in the four languages. A module that
 * adds a deadline adds one line here, then calls `registerDeadline` / `closeDeadline` in the
 * transactions of its changes; the dashboard, reminders and notifications need nothing more.
 */
export const deadlineSources = {
  protection_order_expiry: {
    en: 'Protection order expires',
    ms: 'Perintah perlindungan tamat',
    id: 'Perintah perlindungan berakhir',
    vi: 'Lệnh bảo vệ hết hạn',
  },
  referral_response: {
    en: 'Answer to a referral due',
    ms: 'Jawapan kepada rujukan perlu diberi',
    id: 'Jawaban atas rujukan jatuh tempo',
    vi: 'Hạn trả lời chuyển tuyến',
  },
  care_plan_review: {
    en: 'Care plan review due',
    ms: 'Semakan pelan penjagaan perlu dibuat',
    id: 'Tinjauan rencana perawatan jatuh tempo',
    vi: 'Đến hạn rà soát kế hoạch chăm sóc',
  },
  reintegration_follow_up: {
    en: 'Reintegration follow-up due',
    ms: 'Susulan integrasi semula perlu dibuat',
    id: 'Tindak lanjut reintegrasi jatuh tempo',
    vi: 'Đến hạn theo dõi tái hòa nhập',
  },
  action_plan_report: {
    en: 'Action plan progress report due',
    ms: 'Laporan kemajuan pelan tindakan perlu dihantar',
    id: 'Laporan kemajuan rencana aksi jatuh tempo',
    vi: 'Đến hạn báo cáo tiến độ kế hoạch hành động',
  },
  partner_mou_expiry: {
    en: 'Memorandum of understanding with a partner expires',
    ms: 'Memorandum persefahaman dengan rakan kongsi tamat',
    id: 'Nota kesepahaman dengan mitra berakhir',
    vi: 'Biên bản ghi nhớ với đối tác hết hạn',
  },
  court_date: {
    en: 'Court date',
    ms: 'Tarikh mahkamah',
    id: 'Tanggal sidang',
    vi: 'Ngày xét xử',
  },
} as const satisfies Record<string, Label>;

export type DeadlineSourceKind = keyof typeof deadlineSources;
export const deadlineSourceKinds = Object.keys(deadlineSources) as [
  DeadlineSourceKind,
  ...DeadlineSourceKind[],
];

/**
 * Deadlines an agency owes rather than one person (no owner): their reminders go to every active
 * member of the agency holding the permission that meets them — whoever answers referrals, whoever
 * reports on the action plan. Without this they came due and passed in silence.
 */
export const answeredByPermission: Readonly<Partial<Record<DeadlineSourceKind, string>>> = {
  referral_response: 'referral:manage',
  action_plan_report: 'coordination:report',
};

/**
 * Deadlines that lapse when their case is closed: nobody reviews the care plan of a closed case.
 * A protection order's expiry and a court date do not: the court's order and hearing stand.
 */
export const closedWithCase: readonly DeadlineSourceKind[] = ['care_plan_review', 'reintegration_follow_up'];
