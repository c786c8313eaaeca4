/** Partner network codes and their labels in the platform's four languages (`GET /api/partners/options`). */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const partnerKinds = ['cso', 'international', 'government'] as const;
export const partnerServices = [
  'shelter',
  'legal_aid',
  'health',
  'counselling',
  'interpretation',
  'repatriation',
  'livelihood',
  'hotline',
  'training',
  'awareness',
] as const;

export const partnerLabels = {
  kind: {
    cso: {
      en: 'Civil-society organisation',
      ms: 'Pertubuhan masyarakat sivil',
      id: 'Organisasi masyarakat sipil',
      vi: 'Tổ chức xã hội dân sự',
    },
    international: {
      en: 'International organisation',
      ms: 'Organisasi antarabangsa',
      id: 'Organisasi internasional',
      vi: 'Tổ chức quốc tế',
    },
    government: {
      en: 'Government focal point',
      ms: 'Pegawai penghubung kerajaan',
      id: 'Narahubung pemerintah',
      vi: 'Đầu mối cơ quan nhà nước',
    },
  },
  service: {
    shelter: { en: 'Shelter', ms: 'Tempat perlindungan', id: 'Rumah aman', vi: 'Nhà tạm lánh' },
    legal_aid: { en: 'Legal aid', ms: 'Bantuan guaman', id: 'Bantuan hukum', vi: 'Trợ giúp pháp lý' },
    health: { en: 'Health care', ms: 'Penjagaan kesihatan', id: 'Layanan kesehatan', vi: 'Chăm sóc y tế' },
    counselling: { en: 'Counselling', ms: 'Kaunseling', id: 'Konseling', vi: 'Tư vấn tâm lý' },
    interpretation: { en: 'Interpretation', ms: 'Jurubahasa', id: 'Penerjemahan lisan', vi: 'Phiên dịch' },
    repatriation: { en: 'Safe return', ms: 'Penghantaran pulang', id: 'Pemulangan', vi: 'Hồi hương' },
    livelihood: { en: 'Livelihood', ms: 'Sara hidup', id: 'Mata pencaharian', vi: 'Sinh kế' },
    hotline: { en: 'Hotline', ms: 'Talian bantuan', id: 'Saluran siaga', vi: 'Đường dây nóng' },
    training: { en: 'Training', ms: 'Latihan', id: 'Pelatihan', vi: 'Đào tạo' },
    awareness: { en: 'Awareness', ms: 'Kesedaran', id: 'Penyadaran', vi: 'Nâng cao nhận thức' },
  },
} as const satisfies Record<string, Record<string, Labels>>;
