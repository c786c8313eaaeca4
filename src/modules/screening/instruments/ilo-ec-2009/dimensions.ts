import type { Dimension, Stage } from '../../instrument.schema.ts';

/**
 * The three stages of the Palermo definition as the ILO/EC lists group them: the act
 * (recruitment, transfer, transport), the purpose (exploitation) and the means at destination.
 */
export const iloEc2009Stages: Stage[] = [
  {
    code: 'recruitment',
    name: {
      en: 'Recruitment, transfer and transport',
      ms: 'Perekrutan, pemindahan dan pengangkutan',
      id: 'Perekrutan, pemindahan, dan pengangkutan',
      vi: 'Tuyển dụng, chuyển giao và vận chuyển',
    },
  },
  {
    code: 'exploitation',
    name: { en: 'Exploitation', ms: 'Eksploitasi', id: 'Eksploitasi', vi: 'Bóc lột' },
  },
  {
    code: 'coercion_or_vulnerability_at_destination',
    name: {
      en: 'Coercion or abuse of vulnerability at destination',
      ms: 'Paksaan atau mengambil kesempatan atas kerentanan di destinasi',
      id: 'Pemaksaan atau penyalahgunaan kerentanan di tempat tujuan',
      vi: 'Cưỡng ép hoặc lợi dụng tình trạng dễ bị tổn thương tại nơi đến',
    },
  },
];

/** The six dimensions, with the codes the indicators and the decision rule refer to. */
export const iloEc2009Dimensions: Dimension[] = [
  {
    code: 'deceptive_recruitment',
    stage: 'recruitment',
    name: {
      en: 'Deceptive recruitment',
      ms: 'Perekrutan secara penipuan',
      id: 'Perekrutan dengan penipuan',
      vi: 'Tuyển dụng lừa đảo',
    },
    description: {
      en: 'Deception during recruitment, transfer or transport: false promises about the work, pay, conditions, papers or travel.',
      ms: 'Penipuan semasa perekrutan, pemindahan atau pengangkutan: janji palsu tentang kerja, gaji, keadaan kerja, dokumen atau perjalanan.',
      id: 'Penipuan saat perekrutan, pemindahan, atau pengangkutan: janji palsu tentang pekerjaan, gaji, kondisi kerja, dokumen, atau perjalanan.',
      vi: 'Lừa dối trong quá trình tuyển dụng, chuyển giao hoặc vận chuyển: hứa hẹn sai sự thật về công việc, tiền lương, điều kiện, giấy tờ hoặc chuyến đi.',
    },
  },
  {
    code: 'coercive_recruitment',
    stage: 'recruitment',
    name: {
      en: 'Coercive recruitment',
      ms: 'Perekrutan secara paksaan',
      id: 'Perekrutan dengan paksaan',
      vi: 'Tuyển dụng cưỡng ép',
    },
    description: {
      en: 'Force, threats or control during recruitment, transfer or transport: violence, abduction, debt, confiscated papers or isolation.',
      ms: 'Kekerasan, ugutan atau kawalan semasa perekrutan, pemindahan atau pengangkutan: keganasan, penculikan, hutang, dokumen dirampas atau pengasingan.',
      id: 'Kekerasan, ancaman, atau kendali saat perekrutan, pemindahan, atau pengangkutan: kekerasan fisik, penculikan, utang, dokumen yang disita, atau isolasi.',
      vi: 'Dùng vũ lực, đe dọa hoặc kiểm soát trong quá trình tuyển dụng, chuyển giao hoặc vận chuyển: bạo lực, bắt cóc, nợ nần, thu giữ giấy tờ hoặc cô lập.',
    },
  },
  {
    code: 'recruitment_abuse_of_vulnerability',
    stage: 'recruitment',
    name: {
      en: 'Recruitment by abuse of vulnerability',
      ms: 'Perekrutan dengan mengambil kesempatan atas kerentanan',
      id: 'Perekrutan dengan penyalahgunaan kerentanan',
      vi: 'Tuyển dụng bằng cách lợi dụng tình trạng dễ bị tổn thương',
    },
    description: {
      en: "Recruitment that takes advantage of a person's situation: poverty, family pressures, lack of valid papers, lack of information, dependency or crisis.",
      ms: 'Perekrutan yang mengambil kesempatan atas keadaan seseorang: kemiskinan, tekanan keluarga, tiada dokumen yang sah, kurang maklumat, kebergantungan atau krisis.',
      id: 'Perekrutan yang memanfaatkan keadaan seseorang: kemiskinan, tekanan keluarga, tidak memiliki dokumen yang sah, kurangnya informasi, ketergantungan, atau krisis.',
      vi: 'Tuyển dụng bằng cách lợi dụng hoàn cảnh của một người: nghèo khó, áp lực gia đình, không có giấy tờ hợp lệ, thiếu thông tin, sự phụ thuộc hoặc khủng hoảng.',
    },
  },
  {
    code: 'exploitative_conditions',
    stage: 'exploitation',
    name: {
      en: 'Exploitative conditions of work',
      ms: 'Keadaan kerja yang eksploitatif',
      id: 'Kondisi kerja yang eksploitatif',
      vi: 'Điều kiện làm việc bóc lột',
    },
    description: {
      en: 'Work or living conditions far below what the law or the contract allows: excessive hours, little or no pay, danger, very poor housing.',
      ms: 'Keadaan kerja atau kehidupan yang jauh di bawah apa yang dibenarkan oleh undang-undang atau kontrak: waktu kerja melampau, gaji rendah atau tiada gaji, bahaya, tempat tinggal yang sangat teruk.',
      id: 'Kondisi kerja atau hidup yang jauh di bawah ketentuan hukum atau kontrak: jam kerja berlebihan, upah rendah atau tidak dibayar, bahaya, tempat tinggal yang sangat buruk.',
      vi: 'Điều kiện làm việc hoặc sinh hoạt thấp hơn nhiều so với quy định của pháp luật hoặc hợp đồng: làm việc quá giờ, lương thấp hoặc không được trả lương, nguy hiểm, chỗ ở rất tồi tệ.',
    },
  },
  {
    code: 'coercion_at_destination',
    stage: 'coercion_or_vulnerability_at_destination',
    name: {
      en: 'Coercion at destination',
      ms: 'Paksaan di destinasi',
      id: 'Pemaksaan di tempat tujuan',
      vi: 'Cưỡng ép tại nơi đến',
    },
    description: {
      en: 'Force, threats or control at the place of exploitation that keep the person there: violence, debt bondage, confiscated papers, confinement, withheld wages.',
      ms: 'Kekerasan, ugutan atau kawalan di tempat eksploitasi yang menghalang seseorang daripada pergi: keganasan, ikatan hutang, dokumen dirampas, kurungan, gaji ditahan.',
      id: 'Kekerasan, ancaman, atau kendali di tempat eksploitasi yang membuat seseorang tidak bisa pergi: kekerasan fisik, jeratan utang, dokumen disita, penyekapan, upah ditahan.',
      vi: 'Vũ lực, đe dọa hoặc kiểm soát tại nơi bị bóc lột khiến người đó không thể rời đi: bạo lực, trói buộc bằng nợ, thu giữ giấy tờ, giam giữ, giữ lương.',
    },
  },
  {
    code: 'abuse_of_vulnerability_at_destination',
    stage: 'coercion_or_vulnerability_at_destination',
    name: {
      en: 'Abuse of vulnerability at destination',
      ms: 'Mengambil kesempatan atas kerentanan di destinasi',
      id: 'Penyalahgunaan kerentanan di tempat tujuan',
      vi: 'Lợi dụng tình trạng dễ bị tổn thương tại nơi đến',
    },
    description: {
      en: "Taking advantage of a person's dependency or situation at the place of exploitation: an unfamiliar place, legal status, family or money pressures.",
      ms: 'Mengambil kesempatan atas kebergantungan atau keadaan seseorang di tempat eksploitasi: tempat yang asing, status undang-undang, tekanan keluarga atau kewangan.',
      id: 'Memanfaatkan ketergantungan atau keadaan seseorang di tempat eksploitasi: tempat yang asing, status hukum, tekanan keluarga atau keuangan.',
      vi: 'Lợi dụng sự phụ thuộc hoặc hoàn cảnh của một người tại nơi bị bóc lột: nơi ở xa lạ, tình trạng pháp lý, áp lực gia đình hoặc tiền bạc.',
    },
  },
];
