/**
 * The action plan's codes and their labels in the platform's four languages
 * (`GET /api/action-plans/options`).
 */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const pillars = ['prevention', 'protection', 'prosecution', 'partnership'] as const;
export const progressStatuses = ['not_started', 'on_track', 'delayed', 'at_risk', 'completed'] as const;
export const reportStates = ['draft', 'submitted', 'accepted', 'returned'] as const;

/** A report is late when its year ended more than this many days ago without a submitted report. */
export const reportGraceDays = 30;

export const actionPlanLabels = {
  pillar: {
    prevention: { en: 'Prevention', ms: 'Pencegahan', id: 'Pencegahan', vi: 'Phòng ngừa' },
    protection: { en: 'Protection', ms: 'Perlindungan', id: 'Pelindungan', vi: 'Bảo vệ' },
    prosecution: { en: 'Prosecution', ms: 'Pendakwaan', id: 'Penuntutan', vi: 'Truy tố' },
    partnership: { en: 'Partnership', ms: 'Perkongsian', id: 'Kemitraan', vi: 'Hợp tác' },
  },
  status: {
    not_started: { en: 'Not started', ms: 'Belum dimulakan', id: 'Belum dimulai', vi: 'Chưa bắt đầu' },
    on_track: { en: 'On track', ms: 'Mengikut jadual', id: 'Sesuai rencana', vi: 'Đúng tiến độ' },
    delayed: { en: 'Delayed', ms: 'Tertangguh', id: 'Tertunda', vi: 'Chậm tiến độ' },
    at_risk: { en: 'At risk', ms: 'Berisiko', id: 'Berisiko', vi: 'Có nguy cơ' },
    completed: { en: 'Completed', ms: 'Selesai', id: 'Selesai', vi: 'Hoàn thành' },
  },
  reportState: {
    draft: { en: 'Draft', ms: 'Draf', id: 'Draf', vi: 'Bản nháp' },
    submitted: { en: 'Submitted', ms: 'Dihantar', id: 'Diajukan', vi: 'Đã nộp' },
    accepted: { en: 'Accepted', ms: 'Diterima', id: 'Diterima', vi: 'Đã chấp nhận' },
    returned: {
      en: 'Returned for changes',
      ms: 'Dikembalikan untuk pindaan',
      id: 'Dikembalikan untuk perbaikan',
      vi: 'Trả lại để chỉnh sửa',
    },
  },
} as const satisfies Record<string, Record<string, Labels>>;
