/**
 * The shelter module's codes and what to call them in each language the platform speaks. The
 * codes are the API's and the database's; the labels are for forms and lists
 * (`GET /api/shelters/options`).
 */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const shelterTypes = ['government', 'ngo'] as const;
export const shelterPopulations = ['women', 'men', 'children', 'mixed'] as const;
export const shelterServices = [
  'medical_care',
  'psychosocial_support',
  'counselling',
  'legal_aid',
  'interpretation',
  'education',
  'vocational_training',
  'childcare',
  'religious_support',
  'recreation',
  'family_tracing',
  'repatriation_support',
  'disability_access',
] as const;
export const placementReasons = [
  'safety',
  'no_accommodation',
  'recovery',
  'protection_order',
  'awaiting_proceedings',
  'awaiting_repatriation',
  'other',
] as const;
export const dischargeReasons = [
  'returned_home',
  'repatriated',
  'transferred',
  'independent_living',
  'family_reunification',
  'left_voluntarily',
  'absconded',
  'order_ended',
  'other',
] as const;
export const ageBands = ['under_12', '12_17', '18_24', '25_39', '40_59', '60_plus', 'unknown'] as const;
/** The warnings a placement against a shelter's rules raises; each may be acknowledged by its code. */
export const placementWarnings = ['shelter_rules_sex', 'shelter_rules_age'] as const;

export const shelterLabels = {
  type: {
    government: { en: 'Government', ms: 'Kerajaan', id: 'Pemerintah', vi: 'Nhà nước' },
    ngo: {
      en: 'Non-governmental organisation',
      ms: 'Badan bukan kerajaan',
      id: 'Lembaga swadaya masyarakat',
      vi: 'Tổ chức phi chính phủ',
    },
  },
  population: {
    women: { en: 'Women', ms: 'Wanita', id: 'Perempuan', vi: 'Phụ nữ' },
    men: { en: 'Men', ms: 'Lelaki', id: 'Laki-laki', vi: 'Nam giới' },
    children: { en: 'Children', ms: 'Kanak-kanak', id: 'Anak', vi: 'Trẻ em' },
    mixed: { en: 'Mixed', ms: 'Campuran', id: 'Campuran', vi: 'Hỗn hợp' },
  },
  service: {
    medical_care: { en: 'Medical care', ms: 'Rawatan perubatan', id: 'Perawatan medis', vi: 'Chăm sóc y tế' },
    psychosocial_support: {
      en: 'Psychosocial support',
      ms: 'Sokongan psikososial',
      id: 'Dukungan psikososial',
      vi: 'Hỗ trợ tâm lý xã hội',
    },
    counselling: { en: 'Counselling', ms: 'Kaunseling', id: 'Konseling', vi: 'Tư vấn tâm lý' },
    legal_aid: { en: 'Legal aid', ms: 'Bantuan guaman', id: 'Bantuan hukum', vi: 'Trợ giúp pháp lý' },
    interpretation: {
      en: 'Interpretation',
      ms: 'Khidmat jurubahasa',
      id: 'Juru bahasa',
      vi: 'Phiên dịch',
    },
    education: { en: 'Education', ms: 'Pendidikan', id: 'Pendidikan', vi: 'Giáo dục' },
    vocational_training: {
      en: 'Vocational training',
      ms: 'Latihan vokasional',
      id: 'Pelatihan vokasi',
      vi: 'Đào tạo nghề',
    },
    childcare: { en: 'Childcare', ms: 'Penjagaan kanak-kanak', id: 'Pengasuhan anak', vi: 'Chăm sóc trẻ em' },
    religious_support: {
      en: 'Religious and spiritual support',
      ms: 'Bimbingan agama dan kerohanian',
      id: 'Bimbingan keagamaan dan spiritual',
      vi: 'Hỗ trợ tôn giáo và tâm linh',
    },
    recreation: { en: 'Recreation', ms: 'Rekreasi', id: 'Rekreasi', vi: 'Vui chơi giải trí' },
    family_tracing: {
      en: 'Family tracing',
      ms: 'Pengesanan keluarga',
      id: 'Penelusuran keluarga',
      vi: 'Tìm kiếm gia đình',
    },
    repatriation_support: {
      en: 'Repatriation support',
      ms: 'Sokongan penghantaran pulang',
      id: 'Dukungan pemulangan',
      vi: 'Hỗ trợ hồi hương',
    },
    disability_access: {
      en: 'Accessible to persons with disabilities',
      ms: 'Mesra orang kurang upaya',
      id: 'Ramah penyandang disabilitas',
      vi: 'Tiếp cận được cho người khuyết tật',
    },
  },
  placementReason: {
    safety: { en: 'Safety', ms: 'Keselamatan', id: 'Keselamatan', vi: 'An toàn' },
    no_accommodation: {
      en: 'No other accommodation',
      ms: 'Tiada tempat tinggal lain',
      id: 'Tidak ada tempat tinggal lain',
      vi: 'Không có nơi ở khác',
    },
    recovery: { en: 'Recovery', ms: 'Pemulihan', id: 'Pemulihan', vi: 'Phục hồi' },
    protection_order: {
      en: 'Protection order',
      ms: 'Perintah perlindungan',
      id: 'Perintah perlindungan',
      vi: 'Quyết định bảo vệ',
    },
    awaiting_proceedings: {
      en: 'Awaiting court proceedings',
      ms: 'Menunggu prosiding mahkamah',
      id: 'Menunggu proses peradilan',
      vi: 'Chờ tố tụng tại tòa',
    },
    awaiting_repatriation: {
      en: 'Awaiting repatriation',
      ms: 'Menunggu penghantaran pulang',
      id: 'Menunggu pemulangan',
      vi: 'Chờ hồi hương',
    },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  dischargeReason: {
    returned_home: { en: 'Returned home', ms: 'Pulang ke rumah', id: 'Kembali ke rumah', vi: 'Trở về nhà' },
    repatriated: {
      en: 'Repatriated',
      ms: 'Dihantar pulang ke negara asal',
      id: 'Dipulangkan ke negara asal',
      vi: 'Đã hồi hương',
    },
    transferred: {
      en: 'Transferred to another shelter',
      ms: 'Dipindahkan ke rumah perlindungan lain',
      id: 'Dipindahkan ke rumah aman lain',
      vi: 'Chuyển sang cơ sở bảo trợ khác',
    },
    independent_living: {
      en: 'Living independently',
      ms: 'Hidup berdikari',
      id: 'Hidup mandiri',
      vi: 'Sống độc lập',
    },
    family_reunification: {
      en: 'Reunited with family',
      ms: 'Disatukan semula dengan keluarga',
      id: 'Dipersatukan kembali dengan keluarga',
      vi: 'Đoàn tụ gia đình',
    },
    left_voluntarily: {
      en: 'Left voluntarily',
      ms: 'Keluar secara sukarela',
      id: 'Keluar atas kemauan sendiri',
      vi: 'Tự nguyện rời đi',
    },
    absconded: {
      en: 'Left without notice',
      ms: 'Melarikan diri',
      id: 'Pergi tanpa pemberitahuan',
      vi: 'Bỏ đi không báo trước',
    },
    order_ended: {
      en: 'Protection order ended',
      ms: 'Perintah perlindungan tamat',
      id: 'Perintah perlindungan berakhir',
      vi: 'Quyết định bảo vệ hết hiệu lực',
    },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  ageBand: {
    under_12: { en: 'Under 12', ms: 'Bawah 12 tahun', id: 'Di bawah 12 tahun', vi: 'Dưới 12 tuổi' },
    '12_17': { en: '12–17', ms: '12–17 tahun', id: '12–17 tahun', vi: '12–17 tuổi' },
    '18_24': { en: '18–24', ms: '18–24 tahun', id: '18–24 tahun', vi: '18–24 tuổi' },
    '25_39': { en: '25–39', ms: '25–39 tahun', id: '25–39 tahun', vi: '25–39 tuổi' },
    '40_59': { en: '40–59', ms: '40–59 tahun', id: '40–59 tahun', vi: '40–59 tuổi' },
    '60_plus': { en: '60 and over', ms: '60 tahun ke atas', id: '60 tahun ke atas', vi: 'Từ 60 tuổi' },
    unknown: {
      en: 'Age unknown',
      ms: 'Umur tidak diketahui',
      id: 'Usia tidak diketahui',
      vi: 'Không rõ tuổi',
    },
  },
  warning: {
    shelter_rules_sex: {
      en: "The shelter does not admit people of this person's sex",
      ms: 'Rumah perlindungan ini tidak menerima jantina orang ini',
      id: 'Rumah aman ini tidak menerima orang dengan jenis kelamin ini',
      vi: 'Cơ sở bảo trợ không tiếp nhận người thuộc giới tính này',
    },
    shelter_rules_age: {
      en: "The person's age is outside the shelter's age range, or unknown",
      ms: 'Umur orang ini di luar had umur rumah perlindungan, atau tidak diketahui',
      id: 'Usia orang ini di luar batas usia rumah aman, atau tidak diketahui',
      vi: 'Tuổi của người này nằm ngoài độ tuổi cơ sở bảo trợ tiếp nhận, hoặc không rõ',
    },
  },
} as const satisfies {
  type: Record<(typeof shelterTypes)[number], Labels>;
  population: Record<(typeof shelterPopulations)[number], Labels>;
  service: Record<(typeof shelterServices)[number], Labels>;
  placementReason: Record<(typeof placementReasons)[number], Labels>;
  dischargeReason: Record<(typeof dischargeReasons)[number], Labels>;
  ageBand: Record<(typeof ageBands)[number], Labels>;
  warning: Record<(typeof placementWarnings)[number], Labels>;
};
