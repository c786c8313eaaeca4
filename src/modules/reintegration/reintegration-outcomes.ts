/**
 * The outcome measures of a reintegration follow-up, each a coded value, with labels in every
 * language of the platform. Six measures share one scale; the risk of being trafficked again has
 * its own. The database's check on `reintegration_follow_up.outcomes` lists the same codes.
 */
export interface Labels {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

export const wellbeingMeasures = ['safety', 'housing', 'income', 'health', 'family', 'legal_status'] as const;
export const outcomeMeasures = [...wellbeingMeasures, 're_trafficking_risk'] as const;
export type OutcomeMeasure = (typeof outcomeMeasures)[number];

export const wellbeingCodes = ['good', 'fair', 'poor', 'not_assessed'] as const;
export const riskCodes = ['low', 'medium', 'high', 'not_assessed'] as const;

export const measureLabels: Record<OutcomeMeasure, Labels> = {
  safety: { en: 'Safety', ms: 'Keselamatan', id: 'Keamanan', vi: 'An toàn' },
  housing: { en: 'Housing', ms: 'Tempat tinggal', id: 'Tempat tinggal', vi: 'Nhà ở' },
  income: {
    en: 'Income and work',
    ms: 'Pendapatan dan pekerjaan',
    id: 'Pendapatan dan pekerjaan',
    vi: 'Thu nhập và việc làm',
  },
  health: { en: 'Health', ms: 'Kesihatan', id: 'Kesehatan', vi: 'Sức khỏe' },
  family: { en: 'Family', ms: 'Keluarga', id: 'Keluarga', vi: 'Gia đình' },
  legal_status: {
    en: 'Legal status',
    ms: 'Status undang-undang',
    id: 'Status hukum',
    vi: 'Tình trạng pháp lý',
  },
  re_trafficking_risk: {
    en: 'Risk of re-trafficking',
    ms: 'Risiko diperdagangkan semula',
    id: 'Risiko diperdagangkan kembali',
    vi: 'Nguy cơ bị mua bán lại',
  },
};

export const codeLabels: Record<(typeof wellbeingCodes)[number] | (typeof riskCodes)[number], Labels> = {
  good: { en: 'Good', ms: 'Baik', id: 'Baik', vi: 'Tốt' },
  fair: { en: 'Fair', ms: 'Sederhana', id: 'Cukup', vi: 'Trung bình' },
  poor: { en: 'Poor', ms: 'Lemah', id: 'Buruk', vi: 'Kém' },
  low: { en: 'Low', ms: 'Rendah', id: 'Rendah', vi: 'Thấp' },
  medium: { en: 'Medium', ms: 'Sederhana', id: 'Sedang', vi: 'Trung bình' },
  high: { en: 'High', ms: 'Tinggi', id: 'Tinggi', vi: 'Cao' },
  not_assessed: { en: 'Not assessed', ms: 'Tidak dinilai', id: 'Tidak dinilai', vi: 'Chưa đánh giá' },
};

export const closureReasons = [
  'goals_met',
  'lost_contact',
  'declined',
  're_trafficked',
  'moved_away',
  'transferred',
  'deceased',
  'other',
] as const;

export const closureReasonLabels: Record<(typeof closureReasons)[number], Labels> = {
  goals_met: { en: 'Goals met', ms: 'Matlamat dicapai', id: 'Tujuan tercapai', vi: 'Đạt mục tiêu' },
  lost_contact: { en: 'Lost contact', ms: 'Hilang hubungan', id: 'Kehilangan kontak', vi: 'Mất liên lạc' },
  declined: {
    en: 'Declined further support',
    ms: 'Menolak sokongan lanjut',
    id: 'Menolak dukungan lanjutan',
    vi: 'Từ chối hỗ trợ thêm',
  },
  re_trafficked: {
    en: 'Trafficked again',
    ms: 'Diperdagangkan semula',
    id: 'Diperdagangkan kembali',
    vi: 'Bị mua bán lại',
  },
  moved_away: { en: 'Moved away', ms: 'Berpindah', id: 'Pindah', vi: 'Chuyển đi nơi khác' },
  transferred: {
    en: 'Transferred to another agency',
    ms: 'Dipindahkan ke agensi lain',
    id: 'Dialihkan ke lembaga lain',
    vi: 'Chuyển cho cơ quan khác',
  },
  deceased: { en: 'Deceased', ms: 'Meninggal dunia', id: 'Meninggal dunia', vi: 'Đã qua đời' },
  other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
};
