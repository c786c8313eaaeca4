import { agencyTypesWithExamples } from '../agency-types.ts';
import { commonFormOptions } from '../common-options.ts';
import type { PackInput } from '../pack.ts';

const atipsom = 'ATIPSOM Act 2007 (Act 670)';
const notInReference = 'Section not in shared/reference/jurisdictions.md; confirm before relying on it.';

/**
 * Malaysia: the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (ATIPSOM,
 * Act 670, amended 2010, 2015, 2022). Periods are the pre-2022 text: whether the 2022 amendment
 * (A1644) changed them is not confirmed.
 */
export const myPack: PackInput = {
  code: 'my',
  country: 'MY',
  name: { en: 'Malaysia', ms: 'Malaysia', id: 'Malaysia', vi: 'Malaysia' },
  defaultTimeZone: 'Asia/Kuala_Lumpur',
  timeLimits: {
    custody_to_magistrate: {
      label: {
        en: 'Production before a Magistrate after temporary custody',
        ms: 'Dibawa ke hadapan Majistret selepas jagaan sementara',
        id: 'Dihadapkan kepada Magistrat setelah penahanan sementara',
        vi: 'Đưa ra trước Thẩm phán sau khi tạm giữ',
      },
      rule: 'fixed',
      period: { amount: 24, unit: 'hours' },
      law: atipsom,
      section: 's.44',
      source: 'https://www.jkm.gov.my/jkm/index.php?r=portal/full&id=eDFGMG1uTnZwMUdCL0wzdG9zdENGdz09',
      unconfirmed: true,
      note: 'The 24-hour figure is recalled, not yet checked in the text of s.44.',
    },
    interim_protection_order: {
      label: {
        en: 'Interim protection order',
        ms: 'Perintah perlindungan interim',
        id: 'Perintah perlindungan sementara',
        vi: 'Lệnh bảo vệ tạm thời',
      },
      rule: 'fixed',
      period: { amount: 21, unit: 'days' },
      law: atipsom,
      section: 's.44(2)',
      source: 'https://www.jkm.gov.my/jkm/index.php?r=portal/full&id=eDFGMG1uTnZwMUdCL0wzdG9zdENGdz09',
      unconfirmed: true,
      note: 'The 21-day figure is recalled, not yet checked in the text of s.44.',
    },
    protection_order: {
      label: {
        en: 'Protection order',
        ms: 'Perintah perlindungan',
        id: 'Perintah perlindungan',
        vi: 'Lệnh bảo vệ',
      },
      rule: 'maximum',
      period: { amount: 3, unit: 'months' },
      law: atipsom,
      section: 's.51(3)(a)',
      source: 'https://mylaw.my/legislation/act-2007-670/section-51',
      note: 'Placement in a place of refuge for up to three months; a foreign national is then released to an immigration officer.',
    },
    protection_order_extension: {
      label: {
        en: 'Extension of placement',
        ms: 'Lanjutan penempatan',
        id: 'Perpanjangan penempatan',
        vi: 'Gia hạn thời gian lưu trú',
      },
      rule: 'court_set',
      law: atipsom,
      section: 's.54(3)',
      source: 'https://www.jkm.gov.my/jkm/index.php?r=portal/full&id=eDFGMG1uTnZwMUdCL0wzdG9zdENGdz09',
      note: 'On application by a Protection Officer or enforcement officer, for further care or to arrange repatriation.',
    },
  },
  offences: [
    {
      code: 'atipsom.12',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in persons',
        ms: 'Pemerdagangan orang',
        id: 'Perdagangan orang',
        vi: 'Mua bán người',
      },
      law: atipsom,
      section: 's.12',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'atipsom.14',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in children',
        ms: 'Pemerdagangan kanak-kanak',
        id: 'Perdagangan anak',
        vi: 'Mua bán trẻ em',
      },
      law: atipsom,
      section: 's.14',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'atipsom.15',
      category: 'trafficking_in_persons',
      title: {
        en: 'Profiting from the exploitation of a trafficked person',
        ms: 'Mendapat keuntungan daripada eksploitasi orang yang diperdagangkan',
        id: 'Mengambil keuntungan dari eksploitasi orang yang diperdagangkan',
        vi: 'Thu lợi từ việc bóc lột người bị mua bán',
      },
      law: atipsom,
      section: 's.15',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'atipsom.26a',
      category: 'smuggling_of_migrants',
      title: {
        en: 'Smuggling of migrants',
        ms: 'Penyeludupan migran',
        id: 'Penyelundupan migran',
        vi: 'Đưa người di cư trái phép',
      },
      law: atipsom,
      section: 's.26A',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'atipsom.26b',
      category: 'smuggling_of_migrants',
      title: {
        en: 'Aggravated smuggling of migrants',
        ms: 'Penyeludupan migran dengan keadaan memberatkan',
        id: 'Penyelundupan migran dengan pemberatan',
        vi: 'Đưa người di cư trái phép có tình tiết tăng nặng',
      },
      law: atipsom,
      section: 's.26B',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'penal_code.374',
      category: 'forced_labour',
      title: {
        en: 'Unlawful compulsory labour',
        ms: 'Buruh paksa yang menyalahi undang-undang',
        id: 'Kerja paksa yang melanggar hukum',
        vi: 'Cưỡng bức lao động trái pháp luật',
      },
      law: 'Penal Code (Act 574)',
      section: 's.374',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'passports.12_1_f',
      category: 'related',
      title: {
        en: "Withholding another person's passport",
        ms: 'Menahan pasport orang lain',
        id: 'Menahan paspor orang lain',
        vi: 'Giữ hộ chiếu của người khác',
      },
      law: 'Passports Act 1966 (Act 150)',
      section: 's.12(1)(f)',
      unconfirmed: true,
      note: notInReference,
    },
  ],
  agencyTypes: agencyTypesWithExamples({
    law_enforcement: ['Royal Malaysia Police (PDRM)', 'Malaysian Maritime Enforcement Agency (APMM)'],
    immigration: ['Immigration Department of Malaysia (JIM)'],
    labour: ['Department of Labour (JTK)'],
    welfare: ['Department of Social Welfare (JKM), Protection Officers (s.43)'],
    coordinating_body: ['Council for Anti-Trafficking in Persons and Anti-Smuggling of Migrants (MAPO)'],
    prosecution: ["Attorney General's Chambers"],
  }),
  referralResponseHours: { emergency: 24, urgent: 72, routine: 240 },
  referenceFormats: { case: '{prefix}-{year}-{number:6}' },
  formOptions: commonFormOptions,
  consentAge: 18,
  reintegrationFollowUpMonths: [1, 3, 6, 12],
};
