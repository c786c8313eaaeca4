/** A label in each of the platform's languages. */
export interface Label {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

/** The form options of the prosecution module, labelled in every language the platform speaks. */
export const prosecutionLabels = {
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
    forced_labour: { en: 'Forced labour', ms: 'Kerja paksa', id: 'Kerja paksa', vi: 'Lao động cưỡng bức' },
    related: {
      en: 'Related offences',
      ms: 'Kesalahan berkaitan',
      id: 'Tindak pidana terkait',
      vi: 'Tội phạm liên quan',
    },
  },
  outcome: {
    convicted: { en: 'Convicted', ms: 'Disabitkan', id: 'Dipidana', vi: 'Bị kết án' },
    acquitted: { en: 'Acquitted', ms: 'Dibebaskan', id: 'Dibebaskan', vi: 'Tuyên vô tội' },
    withdrawn: { en: 'Withdrawn', ms: 'Ditarik balik', id: 'Dicabut', vi: 'Rút truy tố' },
    pending: { en: 'Pending', ms: 'Belum diputuskan', id: 'Belum diputus', vi: 'Đang chờ xét xử' },
  },
  hearingKind: {
    first_appearance: {
      en: 'First appearance',
      ms: 'Sebutan pertama',
      id: 'Sidang pertama',
      vi: 'Phiên đầu tiên',
    },
    mention: { en: 'Mention', ms: 'Sebutan', id: 'Sidang penundaan', vi: 'Phiên nhắc lại' },
    bail: {
      en: 'Bail hearing',
      ms: 'Pendengaran jaminan',
      id: 'Sidang penangguhan penahanan',
      vi: 'Phiên xét bảo lãnh',
    },
    trial: { en: 'Trial', ms: 'Perbicaraan', id: 'Persidangan', vi: 'Phiên xét xử' },
    verdict: { en: 'Verdict', ms: 'Keputusan', id: 'Putusan', vi: 'Tuyên án' },
    sentencing: {
      en: 'Sentencing',
      ms: 'Penjatuhan hukuman',
      id: 'Penjatuhan pidana',
      vi: 'Quyết định hình phạt',
    },
    appeal: { en: 'Appeal', ms: 'Rayuan', id: 'Banding', vi: 'Phúc thẩm' },
    other: { en: 'Other', ms: 'Lain-lain', id: 'Lainnya', vi: 'Khác' },
  },
  restitutionKind: {
    restitution: { en: 'Restitution', ms: 'Pampasan balik', id: 'Restitusi', vi: 'Hoàn trả' },
    compensation: { en: 'Compensation', ms: 'Pampasan', id: 'Kompensasi', vi: 'Bồi thường' },
  },
} as const satisfies Record<string, Record<string, Label>>;
