import type { Label } from './pack.ts';

/**
 * Labels of the case and care forms' options in the four languages, shared by every pack. The
 * values are the platform's (case.schema.ts, care-plan.schema.ts); a test checks they match.
 */
export const caseFormOptions: Record<string, Record<string, Label>> = {
  exploitationType: {
    forced_labour: { en: 'Forced labour', ms: 'Buruh paksa', id: 'Kerja paksa', vi: 'Lao động cưỡng bức' },
    sexual_exploitation: {
      en: 'Sexual exploitation',
      ms: 'Eksploitasi seksual',
      id: 'Eksploitasi seksual',
      vi: 'Bóc lột tình dục',
    },
    forced_criminality: {
      en: 'Forced criminality',
      ms: 'Jenayah paksa',
      id: 'Pemaksaan melakukan kejahatan',
      vi: 'Bị ép phạm tội',
    },
    online_scam_compound: {
      en: 'Online scam compound',
      ms: 'Kompaun penipuan dalam talian',
      id: 'Kompleks penipuan daring',
      vi: 'Cơ sở lừa đảo trực tuyến',
    },
    domestic_servitude: {
      en: 'Domestic servitude',
      ms: 'Perhambaan domestik',
      id: 'Perbudakan rumah tangga',
      vi: 'Nô lệ giúp việc gia đình',
    },
    forced_marriage: {
      en: 'Forced marriage',
      ms: 'Perkahwinan paksa',
      id: 'Perkawinan paksa',
      vi: 'Cưỡng ép kết hôn',
    },
    organ_removal: {
      en: 'Organ removal',
      ms: 'Pengambilan organ',
      id: 'Pengambilan organ',
      vi: 'Lấy bộ phận cơ thể',
    },
    child_soldiering: {
      en: 'Use of children in armed conflict',
      ms: 'Penggunaan kanak-kanak dalam konflik bersenjata',
      id: 'Pelibatan anak dalam konflik bersenjata',
      vi: 'Sử dụng trẻ em trong xung đột vũ trang',
    },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  labourSector: {
    agriculture: { en: 'Agriculture', ms: 'Pertanian', id: 'Pertanian', vi: 'Nông nghiệp' },
    construction: { en: 'Construction', ms: 'Pembinaan', id: 'Konstruksi', vi: 'Xây dựng' },
    domestic_work: {
      en: 'Domestic work',
      ms: 'Kerja domestik',
      id: 'Pekerjaan rumah tangga',
      vi: 'Giúp việc gia đình',
    },
    fishing: { en: 'Fishing', ms: 'Perikanan', id: 'Perikanan', vi: 'Đánh bắt cá' },
    manufacturing: { en: 'Manufacturing', ms: 'Pembuatan', id: 'Manufaktur', vi: 'Sản xuất' },
    hospitality: { en: 'Hospitality', ms: 'Hospitaliti', id: 'Perhotelan', vi: 'Nhà hàng khách sạn' },
    entertainment: { en: 'Entertainment', ms: 'Hiburan', id: 'Hiburan', vi: 'Giải trí' },
    mining: { en: 'Mining', ms: 'Perlombongan', id: 'Pertambangan', vi: 'Khai khoáng' },
    plantation: { en: 'Plantation', ms: 'Perladangan', id: 'Perkebunan', vi: 'Đồn điền' },
    services: { en: 'Services', ms: 'Perkhidmatan', id: 'Jasa', vi: 'Dịch vụ' },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  meansOfControl: {
    debt_bondage: { en: 'Debt bondage', ms: 'Ikatan hutang', id: 'Jeratan utang', vi: 'Nợ khổ sai' },
    document_confiscation: {
      en: 'Documents confiscated',
      ms: 'Dokumen dirampas',
      id: 'Dokumen ditahan',
      vi: 'Bị giữ giấy tờ',
    },
    confinement: { en: 'Confinement', ms: 'Dikurung', id: 'Penyekapan', vi: 'Bị giam giữ' },
    violence: { en: 'Violence', ms: 'Keganasan', id: 'Kekerasan', vi: 'Bạo lực' },
    threats: { en: 'Threats', ms: 'Ugutan', id: 'Ancaman', vi: 'Đe dọa' },
    threats_to_family: {
      en: 'Threats to family',
      ms: 'Ugutan terhadap keluarga',
      id: 'Ancaman terhadap keluarga',
      vi: 'Đe dọa gia đình',
    },
    withheld_wages: { en: 'Wages withheld', ms: 'Gaji ditahan', id: 'Upah ditahan', vi: 'Bị giữ lương' },
    drugs: { en: 'Drugs', ms: 'Dadah', id: 'Narkoba', vi: 'Ma túy' },
    isolation: { en: 'Isolation', ms: 'Pengasingan', id: 'Isolasi', vi: 'Cô lập' },
    deception: { en: 'Deception', ms: 'Penipuan', id: 'Penipuan', vi: 'Lừa dối' },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  serviceType: {
    medical: { en: 'Medical care', ms: 'Rawatan perubatan', id: 'Layanan medis', vi: 'Chăm sóc y tế' },
    psychosocial: {
      en: 'Psychosocial support',
      ms: 'Sokongan psikososial',
      id: 'Dukungan psikososial',
      vi: 'Hỗ trợ tâm lý xã hội',
    },
    legal_aid: { en: 'Legal aid', ms: 'Bantuan guaman', id: 'Bantuan hukum', vi: 'Trợ giúp pháp lý' },
    interpretation: { en: 'Interpretation', ms: 'Jurubahasa', id: 'Penerjemahan lisan', vi: 'Phiên dịch' },
    shelter: { en: 'Shelter', ms: 'Tempat perlindungan', id: 'Rumah aman', vi: 'Nơi tạm trú' },
    financial: {
      en: 'Financial support',
      ms: 'Bantuan kewangan',
      id: 'Bantuan keuangan',
      vi: 'Hỗ trợ tài chính',
    },
    vocational: {
      en: 'Vocational training',
      ms: 'Latihan vokasional',
      id: 'Pelatihan vokasi',
      vi: 'Đào tạo nghề',
    },
    education: { en: 'Education', ms: 'Pendidikan', id: 'Pendidikan', vi: 'Giáo dục' },
    repatriation: { en: 'Repatriation', ms: 'Penghantaran pulang', id: 'Pemulangan', vi: 'Hồi hương' },
    family_tracing: {
      en: 'Family tracing',
      ms: 'Pengesanan keluarga',
      id: 'Penelusuran keluarga',
      vi: 'Tìm kiếm gia đình',
    },
    documentation: {
      en: 'Identity documents',
      ms: 'Dokumen pengenalan',
      id: 'Dokumen identitas',
      vi: 'Giấy tờ tùy thân',
    },
    reintegration: { en: 'Reintegration', ms: 'Integrasi semula', id: 'Reintegrasi', vi: 'Tái hòa nhập' },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
};
