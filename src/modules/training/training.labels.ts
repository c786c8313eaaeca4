/** Training codes and their labels in the platform's four languages (`GET /api/training/options`). */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const trainingTopics = [
  'identification',
  'victim_protection',
  'investigation',
  'prosecution',
  'coordination',
  'prevention',
  'labour_migration',
  'child_protection',
] as const;
export type TrainingTopic = (typeof trainingTopics)[number];

export const sessionModes = ['in_person', 'online'] as const;
export const trainingLanguages = ['en', 'ms', 'id', 'vi'] as const;

export const trainingLabels = {
  topic: {
    identification: {
      en: 'Identifying victims',
      ms: 'Mengenal pasti mangsa',
      id: 'Identifikasi korban',
      vi: 'Nhận diện nạn nhân',
    },
    victim_protection: {
      en: 'Protecting and supporting victims',
      ms: 'Perlindungan dan sokongan mangsa',
      id: 'Perlindungan dan pendampingan korban',
      vi: 'Bảo vệ và hỗ trợ nạn nhân',
    },
    investigation: { en: 'Investigation', ms: 'Penyiasatan', id: 'Penyidikan', vi: 'Điều tra' },
    prosecution: { en: 'Prosecution', ms: 'Pendakwaan', id: 'Penuntutan', vi: 'Truy tố' },
    coordination: {
      en: 'Coordination and partnership',
      ms: 'Penyelarasan dan perkongsian',
      id: 'Koordinasi dan kemitraan',
      vi: 'Phối hợp và đối tác',
    },
    prevention: { en: 'Prevention', ms: 'Pencegahan', id: 'Pencegahan', vi: 'Phòng ngừa' },
    labour_migration: {
      en: 'Labour migration',
      ms: 'Migrasi buruh',
      id: 'Migrasi tenaga kerja',
      vi: 'Di cư lao động',
    },
    child_protection: {
      en: 'Child protection',
      ms: 'Perlindungan kanak-kanak',
      id: 'Perlindungan anak',
      vi: 'Bảo vệ trẻ em',
    },
  },
  mode: {
    in_person: { en: 'In person', ms: 'Bersemuka', id: 'Tatap muka', vi: 'Trực tiếp' },
    online: { en: 'Online', ms: 'Dalam talian', id: 'Daring', vi: 'Trực tuyến' },
  },
  language: {
    en: { en: 'English', ms: 'Bahasa Inggeris', id: 'Bahasa Inggris', vi: 'Tiếng Anh' },
    ms: { en: 'Malay', ms: 'Bahasa Melayu', id: 'Bahasa Melayu', vi: 'Tiếng Mã Lai' },
    id: { en: 'Indonesian', ms: 'Bahasa Indonesia', id: 'Bahasa Indonesia', vi: 'Tiếng Indonesia' },
    vi: { en: 'Vietnamese', ms: 'Bahasa Vietnam', id: 'Bahasa Vietnam', vi: 'Tiếng Việt' },
  },
} as const satisfies Record<string, Record<string, Labels>>;

/** The words printed on a certificate, in the session's language. */
export const certificateWords = {
  title: {
    en: 'Certificate of completion',
    ms: 'Sijil penyertaan',
    id: 'Sertifikat pelatihan',
    vi: 'Giấy chứng nhận hoàn thành',
  },
  certifies: {
    en: 'This certifies that',
    ms: 'Dengan ini disahkan bahawa',
    id: 'Dengan ini menyatakan bahwa',
    vi: 'Chứng nhận rằng',
  },
  completed: {
    en: 'attended and completed the course',
    ms: 'telah menghadiri dan menamatkan kursus',
    id: 'telah mengikuti dan menyelesaikan pelatihan',
    vi: 'đã tham dự và hoàn thành khóa học',
  },
  on: { en: 'Completed on', ms: 'Tamat pada', id: 'Selesai pada', vi: 'Hoàn thành ngày' },
  issuedBy: { en: 'Issued by', ms: 'Dikeluarkan oleh', id: 'Diterbitkan oleh', vi: 'Cấp bởi' },
  verify: {
    en: 'Verify this certificate with its code at',
    ms: 'Sahkan sijil ini dengan kodnya di',
    id: 'Verifikasi sertifikat ini dengan kodenya di',
    vi: 'Xác minh giấy chứng nhận bằng mã tại',
  },
  code: { en: 'Verification code', ms: 'Kod pengesahan', id: 'Kode verifikasi', vi: 'Mã xác minh' },
} as const satisfies Record<string, Labels>;
