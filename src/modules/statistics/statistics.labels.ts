import { caseFormOptions } from '../../jurisdictions/index.ts';
import type { Label } from '../prosecution/index.ts';

/** The labels of the statistics' categories, in every language the platform speaks. */
export const statisticsLabels = {
  dimension: {
    none: { en: 'All', ms: 'Semua', id: 'Semua', vi: 'Tất cả' },
    agency: { en: 'Agency', ms: 'Agensi', id: 'Instansi', vi: 'Cơ quan' },
    jurisdiction: { en: 'Jurisdiction', ms: 'Bidang kuasa', id: 'Yurisdiksi', vi: 'Khu vực tài phán' },
    exploitation_type: {
      en: 'Type of exploitation',
      ms: 'Jenis eksploitasi',
      id: 'Jenis eksploitasi',
      vi: 'Hình thức bóc lột',
    },
    sex: { en: 'Sex', ms: 'Jantina', id: 'Jenis kelamin', vi: 'Giới tính' },
    age_band: { en: 'Age band', ms: 'Kumpulan umur', id: 'Kelompok umur', vi: 'Nhóm tuổi' },
    nationality: { en: 'Nationality', ms: 'Kewarganegaraan', id: 'Kewarganegaraan', vi: 'Quốc tịch' },
    identification_decision: {
      en: 'Identification decision',
      ms: 'Keputusan pengenalpastian',
      id: 'Keputusan identifikasi',
      vi: 'Quyết định xác định nạn nhân',
    },
    route: {
      en: 'Route (recruited → exploited)',
      ms: 'Laluan (direkrut → dieksploitasi)',
      id: 'Rute (direkrut → dieksploitasi)',
      vi: 'Tuyến (tuyển mộ → bóc lột)',
    },
  },
  measure: {
    identified: {
      en: 'Victims identified',
      ms: 'Mangsa dikenal pasti',
      id: 'Korban teridentifikasi',
      vi: 'Nạn nhân được xác định',
    },
    referred: { en: 'Referred', ms: 'Dirujuk', id: 'Dirujuk', vi: 'Được chuyển tuyến' },
    sheltered: {
      en: 'Sheltered',
      ms: 'Dilindungi di tempat perlindungan',
      id: 'Ditempatkan di rumah aman',
      vi: 'Được tạm trú',
    },
    repatriated: { en: 'Repatriated', ms: 'Dihantar pulang', id: 'Dipulangkan', vi: 'Được hồi hương' },
    reintegrated: {
      en: 'Reintegrated',
      ms: 'Diintegrasikan semula',
      id: 'Direintegrasi',
      vi: 'Được tái hòa nhập',
    },
    daysToReferral: {
      en: 'Median days to referral',
      ms: 'Median hari hingga rujukan',
      id: 'Median hari hingga rujukan',
      vi: 'Số ngày trung vị đến khi chuyển tuyến',
    },
    daysToPlacement: {
      en: 'Median days to shelter',
      ms: 'Median hari hingga penempatan',
      id: 'Median hari hingga penempatan',
      vi: 'Số ngày trung vị đến khi tạm trú',
    },
  },
  // The case form's labels, so a figure is named as its category is everywhere else.
  exploitationType: {
    ...caseFormOptions.exploitationType,
    unknown: { en: 'Not recorded', ms: 'Tidak direkodkan', id: 'Tidak dicatat', vi: 'Chưa ghi nhận' },
  },
  sex: {
    female: { en: 'Female', ms: 'Perempuan', id: 'Perempuan', vi: 'Nữ' },
    male: { en: 'Male', ms: 'Lelaki', id: 'Laki-laki', vi: 'Nam' },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
    unknown: { en: 'Not recorded', ms: 'Tidak direkodkan', id: 'Tidak dicatat', vi: 'Chưa ghi nhận' },
  },
  /** The current identification decision of the case's agency about a victim (TIP table). */
  identificationDecision: {
    confirmed_victim: {
      en: 'Confirmed victim',
      ms: 'Mangsa disahkan',
      id: 'Korban terkonfirmasi',
      vi: 'Nạn nhân đã được xác định',
    },
    not_a_victim: {
      en: 'Found not to be a victim',
      ms: 'Didapati bukan mangsa',
      id: 'Dinyatakan bukan korban',
      vi: 'Xác định không phải nạn nhân',
    },
    unable_to_determine: {
      en: 'Presumed victim: unable to determine',
      ms: 'Mangsa yang disyaki: tidak dapat ditentukan',
      id: 'Terduga korban: tidak dapat ditentukan',
      vi: 'Nạn nhân giả định: không thể xác định',
    },
    undecided: {
      en: 'Presumed victim: no decision yet',
      ms: 'Mangsa yang disyaki: belum diputuskan',
      id: 'Terduga korban: belum diputuskan',
      vi: 'Nạn nhân giả định: chưa có quyết định',
    },
  },
  ageBand: {
    unknown: {
      en: 'Age not known',
      ms: 'Umur tidak diketahui',
      id: 'Umur tidak diketahui',
      vi: 'Không rõ tuổi',
    },
  },
} satisfies Record<string, Record<string, Label>>;
