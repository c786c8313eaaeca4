import { caseFormOptions } from './case-options.ts';
import type { Label } from './pack.ts';

/**
 * Form options every pack shares (a pack may override or extend them): their values are the
 * platform's, their labels are in the four languages.
 */
export const commonFormOptions: Record<string, Record<string, Label>> = {
  ...caseFormOptions,
  urgency: {
    emergency: { en: 'Emergency', ms: 'Kecemasan', id: 'Darurat', vi: 'Khẩn cấp' },
    urgent: { en: 'Urgent', ms: 'Segera', id: 'Mendesak', vi: 'Gấp' },
    routine: { en: 'Routine', ms: 'Biasa', id: 'Biasa', vi: 'Thông thường' },
  },
  protectionOrderKind: {
    interim: {
      en: 'Interim protection order',
      ms: 'Perintah perlindungan interim',
      id: 'Perintah perlindungan sementara',
      vi: 'Lệnh bảo vệ tạm thời',
    },
    full: {
      en: 'Protection order',
      ms: 'Perintah perlindungan',
      id: 'Perintah perlindungan',
      vi: 'Lệnh bảo vệ',
    },
    extension: {
      en: 'Extension of a protection order',
      ms: 'Lanjutan perintah perlindungan',
      id: 'Perpanjangan perintah perlindungan',
      vi: 'Gia hạn lệnh bảo vệ',
    },
  },
  protectionOrderStatus: {
    in_force: { en: 'In force', ms: 'Berkuat kuasa', id: 'Berlaku', vi: 'Đang có hiệu lực' },
    superseded: { en: 'Superseded', ms: 'Digantikan', id: 'Digantikan', vi: 'Đã được thay thế' },
    revoked: { en: 'Revoked', ms: 'Dibatalkan', id: 'Dicabut', vi: 'Đã bị thu hồi' },
  },
  offenceCategory: {
    trafficking_in_persons: {
      en: 'Trafficking in persons',
      ms: 'Pemerdagangan orang',
      id: 'Perdagangan orang',
      vi: 'Mua bán người',
    },
    smuggling_of_migrants: {
      en: 'Smuggling of migrants',
      ms: 'Penyeludupan migran',
      id: 'Penyelundupan migran',
      vi: 'Đưa người di cư trái phép',
    },
    forced_labour: { en: 'Forced labour', ms: 'Buruh paksa', id: 'Kerja paksa', vi: 'Lao động cưỡng bức' },
    related: {
      en: 'Related offence',
      ms: 'Kesalahan berkaitan',
      id: 'Tindak pidana terkait',
      vi: 'Tội phạm liên quan',
    },
  },
  deadlineBucket: {
    overdue: { en: 'Overdue', ms: 'Lewat tempoh', id: 'Terlambat', vi: 'Quá hạn' },
    due_today: { en: 'Due today', ms: 'Tamat hari ini', id: 'Jatuh tempo hari ini', vi: 'Đến hạn hôm nay' },
    upcoming: { en: 'Upcoming', ms: 'Akan datang', id: 'Mendatang', vi: 'Sắp đến hạn' },
  },
};

/** The platform's agency types with neutral names; packs replace the names with the country's bodies. */
export const commonAgencyTypeNames: Record<string, Label> = {
  law_enforcement: { en: 'Police', ms: 'Polis', id: 'Kepolisian', vi: 'Công an' },
  immigration: { en: 'Immigration', ms: 'Imigresen', id: 'Imigrasi', vi: 'Xuất nhập cảnh' },
  labour: {
    en: 'Labour department',
    ms: 'Jabatan tenaga kerja',
    id: 'Dinas ketenagakerjaan',
    vi: 'Cơ quan lao động',
  },
  welfare: {
    en: 'Social welfare',
    ms: 'Kebajikan masyarakat',
    id: 'Dinas sosial',
    vi: 'Cơ quan bảo trợ xã hội',
  },
  shelter_operator: {
    en: 'Shelter operator',
    ms: 'Pengendali rumah perlindungan',
    id: 'Pengelola rumah perlindungan',
    vi: 'Cơ sở hỗ trợ nạn nhân',
  },
  prosecution: { en: 'Public prosecutor', ms: 'Pendakwa raya', id: 'Kejaksaan', vi: 'Viện kiểm sát' },
  embassy: {
    en: 'Embassy or consulate',
    ms: 'Kedutaan atau konsulat',
    id: 'Kedutaan atau konsulat',
    vi: 'Đại sứ quán hoặc lãnh sự quán',
  },
  ngo: {
    en: 'Non-governmental organisation',
    ms: 'Badan bukan kerajaan',
    id: 'Lembaga swadaya masyarakat',
    vi: 'Tổ chức phi chính phủ',
  },
  international_organisation: {
    en: 'International organisation',
    ms: 'Organisasi antarabangsa',
    id: 'Organisasi internasional',
    vi: 'Tổ chức quốc tế',
  },
  coordinating_body: {
    en: 'Coordinating body',
    ms: 'Badan penyelaras',
    id: 'Badan koordinasi',
    vi: 'Cơ quan điều phối',
  },
};
