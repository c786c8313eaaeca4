import type { Indicator } from '../../instrument.schema.ts';

/**
 * D2 Coercive recruitment (10 in the adult-labour list): force and control during recruitment,
 * transfer or transport. The same acts at the place of exploitation are D5 indicators.
 */
export const coerciveRecruitmentIndicators: Indicator[] = [
  {
    id: 'cr_violence',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'While you were being recruited or travelling here, did anyone hurt you?',
      ms: 'Semasa anda direkrut atau dalam perjalanan ke sini, adakah sesiapa menyakiti anda?',
      id: 'Saat Anda direkrut atau dalam perjalanan ke sini, apakah ada orang yang menyakiti Anda?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đến đây, có ai đánh hoặc làm hại bạn không?',
    },
  },
  {
    id: 'cr_abduction_sale',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    unconfirmed:
      'Adult strength marked (?) in the reference: medium per the secondary source, possibly strong in WCMS_105023. Confirm against the primary text.',
    question: {
      en: 'Were you taken against your will, forced into a marriage or an adoption, or sold to someone?',
      ms: 'Adakah anda dibawa pergi tanpa kerelaan anda, dipaksa berkahwin atau dijadikan anak angkat, atau dijual kepada seseorang?',
      id: 'Apakah Anda dibawa pergi tanpa persetujuan Anda, dipaksa menikah atau diadopsi, atau dijual kepada seseorang?',
      vi: 'Bạn có bị bắt đi trái ý muốn, bị ép kết hôn hoặc ép làm con nuôi, hay bị bán cho ai đó không?',
    },
  },
  {
    id: 'cr_documents',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'While you were being recruited or travelling, did someone take your passport or identity papers?',
      ms: 'Semasa anda direkrut atau dalam perjalanan, adakah sesiapa mengambil pasport atau dokumen pengenalan diri anda?',
      id: 'Saat Anda direkrut atau dalam perjalanan, apakah ada orang yang mengambil paspor atau dokumen identitas Anda?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đi, có ai lấy hộ chiếu hoặc giấy tờ tùy thân của bạn không?',
    },
  },
  {
    id: 'cr_debt_bondage',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Were you made to owe money (for example for fees or travel) that you then had to work off?',
      ms: 'Adakah anda dibebankan dengan hutang (contohnya untuk yuran atau tambang perjalanan) yang perlu dilunaskan dengan bekerja?',
      id: 'Apakah Anda dibebani utang (misalnya untuk biaya atau ongkos perjalanan) yang harus dilunasi dengan bekerja?',
      vi: 'Bạn có bị buộc phải mang nợ (ví dụ tiền phí hoặc tiền đi đường) mà sau đó phải làm việc để trả không?',
    },
  },
  {
    id: 'cr_isolation',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'While you were being recruited or travelling, were you locked in, kept away from others or watched all the time?',
      ms: 'Semasa anda direkrut atau dalam perjalanan, adakah anda dikurung, diasingkan daripada orang lain atau diawasi sepanjang masa?',
      id: 'Saat Anda direkrut atau dalam perjalanan, apakah Anda dikurung, dijauhkan dari orang lain, atau diawasi terus-menerus?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đi, bạn có bị nhốt, bị cách ly với người khác hoặc bị canh chừng suốt không?',
    },
  },
  {
    id: 'cr_threat_denounce',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'While you were being recruited or travelling, did anyone threaten to report you to the police or immigration?',
      ms: 'Semasa anda direkrut atau dalam perjalanan, adakah sesiapa mengugut untuk melaporkan anda kepada polis atau imigresen?',
      id: 'Saat Anda direkrut atau dalam perjalanan, apakah ada orang yang mengancam akan melaporkan Anda ke polisi atau imigrasi?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đi, có ai đe dọa sẽ tố giác bạn với cảnh sát hoặc cơ quan xuất nhập cảnh không?',
    },
  },
  {
    id: 'cr_threat_inform_family',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'To make you go along, did anyone threaten to tell your family, your community or the public things about you?',
      ms: 'Untuk memaksa anda menurut, adakah sesiapa mengugut untuk memberitahu keluarga, masyarakat anda atau orang ramai tentang diri anda?',
      id: 'Untuk memaksa Anda menurut, apakah ada orang yang mengancam akan memberi tahu keluarga, komunitas Anda, atau masyarakat umum tentang diri Anda?',
      vi: 'Để ép bạn nghe theo, có ai đe dọa sẽ kể chuyện về bạn cho gia đình, cộng đồng của bạn hoặc mọi người biết không?',
    },
  },
  {
    id: 'cr_threat_violence',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'While you were being recruited or travelling, did anyone threaten to hurt you?',
      ms: 'Semasa anda direkrut atau dalam perjalanan, adakah sesiapa mengugut untuk menyakiti anda?',
      id: 'Saat Anda direkrut atau dalam perjalanan, apakah ada orang yang mengancam akan menyakiti Anda?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đi, có ai đe dọa sẽ làm hại bạn không?',
    },
  },
  {
    id: 'cr_violence_family',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'To make you go, did anyone hurt your family or threaten to hurt them?',
      ms: 'Untuk memaksa anda pergi, adakah sesiapa menyakiti keluarga anda atau mengugut untuk menyakiti mereka?',
      id: 'Untuk memaksa Anda pergi, apakah ada orang yang menyakiti keluarga Anda atau mengancam akan menyakiti mereka?',
      vi: 'Để ép bạn đi, có ai làm hại hoặc đe dọa làm hại gia đình bạn không?',
    },
  },
  {
    id: 'cr_withhold_money',
    dimension: 'coercive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'While you were being recruited or travelling, did anyone keep your money from you?',
      ms: 'Semasa anda direkrut atau dalam perjalanan, adakah sesiapa menahan wang anda?',
      id: 'Saat Anda direkrut atau dalam perjalanan, apakah ada orang yang menahan uang Anda?',
      vi: 'Trong lúc được tuyển dụng hoặc trên đường đi, có ai giữ tiền của bạn không?',
    },
  },
];
