import { commonAgencyTypeNames, commonFormOptions } from '../common-options.ts';
import type { PackInput } from '../pack.ts';

/**
 * The pack of a deployment whose country has none yet: international standards (the Palermo
 * Protocols, ILO Forced Labour Convention), no court-order limits of its own. A deployment should
 * write its country's pack before relying on computed expiries.
 */
export const genericPack: PackInput = {
  code: 'generic',
  country: null,
  name: {
    en: 'Generic (international)',
    ms: 'Generik (antarabangsa)',
    id: 'Generik (internasional)',
    vi: 'Chung (quốc tế)',
  },
  defaultTimeZone: 'UTC',
  timeLimits: {
    protection_order: {
      label: {
        en: 'Protection order',
        ms: 'Perintah perlindungan',
        id: 'Perintah perlindungan',
        vi: 'Lệnh bảo vệ',
      },
      rule: 'court_set',
      law: 'National law (none configured)',
      note: 'No national limit known to the generic pack; the court sets the period.',
    },
    protection_order_extension: {
      label: {
        en: 'Extension of a protection order',
        ms: 'Lanjutan perintah perlindungan',
        id: 'Perpanjangan perintah perlindungan',
        vi: 'Gia hạn lệnh bảo vệ',
      },
      rule: 'court_set',
      law: 'National law (none configured)',
    },
  },
  offences: [
    {
      code: 'palermo.tip',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in persons',
        ms: 'Pemerdagangan orang',
        id: 'Perdagangan orang',
        vi: 'Mua bán người',
      },
      law: 'UN Trafficking in Persons Protocol (2000)',
      section: 'art. 3, 5',
    },
    {
      code: 'palermo.som',
      category: 'smuggling_of_migrants',
      title: {
        en: 'Smuggling of migrants',
        ms: 'Penyeludupan migran',
        id: 'Penyelundupan migran',
        vi: 'Đưa người di cư trái phép',
      },
      law: 'UN Smuggling of Migrants Protocol (2000)',
      section: 'art. 3, 6',
    },
    {
      code: 'ilo.forced_labour',
      category: 'forced_labour',
      title: {
        en: 'Forced or compulsory labour',
        ms: 'Buruh paksa',
        id: 'Kerja paksa atau wajib',
        vi: 'Lao động cưỡng bức hoặc bắt buộc',
      },
      law: 'ILO Forced Labour Convention, 1930 (No. 29)',
      section: 'art. 2, 25',
    },
    {
      code: 'related.document_fraud',
      category: 'related',
      title: {
        en: 'Travel or identity document fraud',
        ms: 'Penipuan dokumen perjalanan atau pengenalan',
        id: 'Pemalsuan dokumen perjalanan atau identitas',
        vi: 'Gian lận giấy tờ đi lại hoặc tùy thân',
      },
      law: 'UN Smuggling of Migrants Protocol (2000)',
      section: 'art. 6(1)(b)',
    },
  ],
  agencyTypes: Object.entries(commonAgencyTypeNames).map(([type, localName]) => ({
    type: type as PackInput['agencyTypes'][number]['type'],
    localName,
  })),
  referralResponseHours: { emergency: 24, urgent: 72, routine: 240 },
  referenceFormats: { case: '{prefix}-{year}-{number:6}' },
  formOptions: commonFormOptions,
  consentAge: 18,
  reintegrationFollowUpMonths: [1, 3, 6, 12],
};
