import { agencyTypesWithExamples } from '../agency-types.ts';
import { commonFormOptions } from '../common-options.ts';
import type { PackInput } from '../pack.ts';

const uuPtppo = 'Law 21/2007 on the Eradication of the Crime of Trafficking in Persons (UU PTPPO)';
const notInReference = 'Article not in shared/reference/jurisdictions.md; confirm before relying on it.';

/**
 * Indonesia: Law 21/2007 (UU PTPPO), PP 9/2008 on integrated services, Perpres 69/2008 on the
 * Task Force. The chapter on victim protection (arts 43–55) is recalled, not checked: its
 * figures are marked unconfirmed.
 */
export const idPack: PackInput = {
  code: 'id',
  country: 'ID',
  name: { en: 'Indonesia', ms: 'Indonesia', id: 'Indonesia', vi: 'Indonesia' },
  defaultTimeZone: 'Asia/Jakarta',
  timeLimits: {
    rehabilitation_response: {
      label: {
        en: 'Government response to a request for rehabilitation',
        ms: 'Tindak balas kerajaan terhadap permohonan pemulihan',
        id: 'Tanggapan pemerintah atas permohonan rehabilitasi',
        vi: 'Thời hạn chính quyền phản hồi yêu cầu phục hồi',
      },
      rule: 'fixed',
      period: { amount: 7, unit: 'days' },
      law: uuPtppo,
      section: 'art. 51(3)',
      unconfirmed: true,
    },
    restitution_payment: {
      label: {
        en: 'Payment of restitution after the judgment',
        ms: 'Pembayaran restitusi selepas penghakiman',
        id: 'Pembayaran restitusi setelah putusan',
        vi: 'Thời hạn thanh toán bồi thường sau bản án',
      },
      rule: 'fixed',
      period: { amount: 14, unit: 'days' },
      law: uuPtppo,
      section: 'art. 50',
      unconfirmed: true,
      note: 'If unpaid, the court is notified and can enforce; substitute imprisonment up to one year.',
    },
    protection_order: {
      label: {
        en: 'Protection order',
        ms: 'Perintah perlindungan',
        id: 'Perintah perlindungan',
        vi: 'Lệnh bảo vệ',
      },
      rule: 'court_set',
      law: uuPtppo,
      section: 'art. 47',
      unconfirmed: true,
      note: 'Police protection against threats; no statutory period is known, the authority sets it.',
    },
    protection_order_extension: {
      label: {
        en: 'Extension of protection',
        ms: 'Lanjutan perlindungan',
        id: 'Perpanjangan perlindungan',
        vi: 'Gia hạn bảo vệ',
      },
      rule: 'court_set',
      law: uuPtppo,
      section: 'art. 47',
      unconfirmed: true,
    },
  },
  offences: [
    {
      code: 'ptppo.2',
      category: 'trafficking_in_persons',
      title: {
        en: 'Trafficking in persons',
        ms: 'Pemerdagangan orang',
        id: 'Tindak pidana perdagangan orang',
        vi: 'Mua bán người',
      },
      law: uuPtppo,
      section: 'art. 2',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'ptppo.4',
      category: 'trafficking_in_persons',
      title: {
        en: 'Taking an Indonesian citizen abroad for exploitation',
        ms: 'Membawa warganegara Indonesia ke luar negara untuk dieksploitasi',
        id: 'Membawa warga negara Indonesia ke luar wilayah negara untuk dieksploitasi',
        vi: 'Đưa công dân Indonesia ra nước ngoài để bóc lột',
      },
      law: uuPtppo,
      section: 'art. 4',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'ptppo.6',
      category: 'trafficking_in_persons',
      title: {
        en: 'Sending a child abroad resulting in exploitation',
        ms: 'Menghantar kanak-kanak ke luar negara yang mengakibatkan eksploitasi',
        id: 'Pengiriman anak ke luar negeri yang mengakibatkan anak tereksploitasi',
        vi: 'Đưa trẻ em ra nước ngoài dẫn đến bị bóc lột',
      },
      law: uuPtppo,
      section: 'art. 6',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'immigration.120',
      category: 'smuggling_of_migrants',
      title: {
        en: 'People smuggling',
        ms: 'Penyeludupan manusia',
        id: 'Penyelundupan manusia',
        vi: 'Đưa người di cư trái phép',
      },
      law: 'Law 6/2011 on Immigration',
      section: 'art. 120',
      unconfirmed: true,
      note: notInReference,
    },
    {
      code: 'ptppo.19',
      category: 'related',
      title: {
        en: 'False documents to facilitate trafficking',
        ms: 'Dokumen palsu untuk memudahkan pemerdagangan orang',
        id: 'Memberikan keterangan palsu pada dokumen untuk mempermudah perdagangan orang',
        vi: 'Giấy tờ giả để tạo điều kiện mua bán người',
      },
      law: uuPtppo,
      section: 'art. 19',
      unconfirmed: true,
      note: notInReference,
    },
  ],
  agencyTypes: agencyTypesWithExamples({
    law_enforcement: ['Indonesian National Police (Polri), special service rooms (RPK)'],
    immigration: ['Directorate General of Immigration'],
    welfare: ['Ministry of Social Affairs', 'Integrated service centres (PPT)'],
    embassy: ['Indonesian embassies and consulates (KBRI, KJRI)'],
    coordinating_body: ['Anti-TIP Task Force (Gugus Tugas PP-TPPO, Perpres 69/2008)'],
    prosecution: ['Attorney General’s Office (Kejaksaan)'],
  }),
  referralResponseHours: { emergency: 24, urgent: 72, routine: 168 },
  referenceFormats: { case: '{prefix}-{year}-{number:6}' },
  formOptions: commonFormOptions,
  consentAge: 18,
  reintegrationFollowUpMonths: [1, 3, 6, 12],
};
