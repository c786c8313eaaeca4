/** Guideline codes and their labels in the platform's four languages (`GET /api/guidelines/options`). */
export type Labels = Readonly<Record<'en' | 'ms' | 'id' | 'vi', string>>;

export const acknowledgementStates = ['acknowledged', 'pending'] as const;

export const guidelineLabels = {
  acknowledgement: {
    acknowledged: { en: 'Acknowledged', ms: 'Telah diakui', id: 'Sudah dikonfirmasi', vi: 'Đã xác nhận' },
    pending: {
      en: 'Awaiting acknowledgement',
      ms: 'Menunggu pengakuan',
      id: 'Menunggu konfirmasi',
      vi: 'Chờ xác nhận',
    },
  },
  versionState: {
    upcoming: {
      en: 'Not yet in effect',
      ms: 'Belum berkuat kuasa',
      id: 'Belum berlaku',
      vi: 'Chưa có hiệu lực',
    },
    current: { en: 'In effect', ms: 'Berkuat kuasa', id: 'Berlaku', vi: 'Đang có hiệu lực' },
    superseded: { en: 'Superseded', ms: 'Digantikan', id: 'Digantikan', vi: 'Đã được thay thế' },
  },
} as const satisfies Record<string, Record<string, Labels>>;
