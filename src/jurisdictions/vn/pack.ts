import { agencyTypesWithExamples } from '../agency-types.ts';
import { commonFormOptions } from '../common-options.ts';
import type { PackInput } from '../pack.ts';

const penalCode = 'Penal Code 2015 (100/2015/QH13)';
const notInReference = 'Article not in shared/reference/jurisdictions.md; confirm before relying on it.';

/**
 * Vietnam: the Law on Prevention and Combat of Human Trafficking 53/2024/QH15 (in force 1 July
 * 2025, replacing 66/2011/QH12). Support durations and verification deadlines are set by decree
 * and were not found, so none is written here (the reference says: do not hard-code them), and
 * Vietnamese law has no court protection order like Malaysia's.
 */
export const vnPack: PackInput = {
  code: 'vn',
  country: 'VN',
  name: { en: 'Vietnam', ms: 'Vietnam', id: 'Vietnam', vi: 'Việt Nam' },
  defaultTimeZone: 'Asia/Ho_Chi_Minh',
  timeLimits: {},
  offences: [
    {
      code: 'penal.150',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in persons',
        ms: 'Pemerdagangan orang',
        id: 'Perdagangan orang',
        vi: 'Mua bán người',
      },
      law: penalCode,
      section: 'art. 150',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'penal.151',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in persons under 16',
        ms: 'Pemerdagangan orang di bawah umur 16 tahun',
        id: 'Perdagangan orang di bawah umur 16 tahun',
        vi: 'Mua bán người dưới 16 tuổi',
      },
      law: penalCode,
      section: 'art. 151',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'penal.297',
      category: 'forced_labour',
      title: { en: 'Forced labour', ms: 'Buruh paksa', id: 'Kerja paksa', vi: 'Cưỡng bức lao động' },
      law: penalCode,
      section: 'art. 297',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'penal.348',
      category: 'smuggling_of_migrants',
      title: {
        en: 'Organising or brokering illegal exit, entry or stay',
        ms: 'Menganjurkan atau menjadi orang tengah bagi keluar, masuk atau tinggal secara haram',
        id: 'Mengorganisasi atau menjadi perantara keluar, masuk atau tinggal secara ilegal',
        vi: 'Tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh hoặc ở lại Việt Nam trái phép',
      },
      law: penalCode,
      section: 'art. 348',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'penal.154',
      category: 'related',
      title: {
        en: 'Trading in or appropriating human tissue or organs',
        ms: 'Memperdagangkan atau mengambil tisu atau organ manusia',
        id: 'Memperdagangkan atau merampas jaringan atau organ tubuh manusia',
        vi: 'Mua bán, chiếm đoạt mô hoặc bộ phận cơ thể người',
      },
      law: penalCode,
      section: 'art. 154',
      unconfirmed: true,
      note: notInReference,
    },
  ],
  agencyTypes: agencyTypesWithExamples({
    law_enforcement: ['Ministry of Public Security (police)', 'Border Guard', 'Coast Guard'],
    welfare: ['Ministry of Labour, Invalids and Social Affairs — social protection facilities'],
    coordinating_body: ['Commune People’s Committee (reception and verification)'],
    prosecution: ['People’s Procuracy'],
  }),
  referralResponseHours: { emergency: 24, urgent: 72, routine: 240 },
  referenceFormats: { case: '{prefix}-{year}-{number:6}' },
  formOptions: commonFormOptions,
  consentAge: 18,
  reintegrationFollowUpMonths: [1, 3, 6, 12],
};
