import type { Indicator } from '../../instrument.schema.ts';

/**
 * D5 Coercion at destination (15 in the adult-labour list). Several acts that are medium during
 * recruitment (D2) are strong here, where they keep the person from leaving.
 */
export const coercionAtDestinationIndicators: Indicator[] = [
  {
    id: 'cd_documents',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Where you worked, did someone keep your passport or identity papers from you?',
      ms: 'Di tempat anda bekerja, adakah sesiapa menahan pasport atau dokumen pengenalan diri anda?',
      id: 'Di tempat Anda bekerja, apakah ada orang yang menahan paspor atau dokumen identitas Anda?',
      vi: 'Ở nơi bạn làm việc, có ai giữ hộ chiếu hoặc giấy tờ tùy thân của bạn không?',
    },
  },
  {
    id: 'cd_debt_bondage',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Did you have to keep working to pay off a debt that never seemed to get smaller?',
      ms: 'Adakah anda terpaksa terus bekerja untuk membayar hutang yang seolah-olah tidak pernah berkurang?',
      id: 'Apakah Anda harus terus bekerja untuk membayar utang yang seakan tidak pernah berkurang?',
      vi: 'Bạn có phải tiếp tục làm việc để trả một khoản nợ dường như không bao giờ giảm không?',
    },
  },
  {
    id: 'cd_isolation',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Where you worked or lived, were you locked in, kept away from other people or watched all the time?',
      ms: 'Di tempat anda bekerja atau tinggal, adakah anda dikurung, diasingkan daripada orang lain atau diawasi sepanjang masa?',
      id: 'Di tempat Anda bekerja atau tinggal, apakah Anda dikurung, dijauhkan dari orang lain, atau diawasi terus-menerus?',
      vi: 'Ở nơi bạn làm việc hoặc sống, bạn có bị nhốt, bị cách ly với người khác hoặc bị canh chừng suốt không?',
    },
  },
  {
    id: 'cd_violence',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Where you worked or lived, did anyone hurt you?',
      ms: 'Di tempat anda bekerja atau tinggal, adakah sesiapa menyakiti anda?',
      id: 'Di tempat Anda bekerja atau tinggal, apakah ada orang yang menyakiti Anda?',
      vi: 'Ở nơi bạn làm việc hoặc sống, có ai đánh hoặc làm hại bạn không?',
    },
  },
  {
    id: 'cd_threat_violence',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Where you worked or lived, did anyone threaten to hurt you?',
      ms: 'Di tempat anda bekerja atau tinggal, adakah sesiapa mengugut untuk menyakiti anda?',
      id: 'Di tempat Anda bekerja atau tinggal, apakah ada orang yang mengancam akan menyakiti Anda?',
      vi: 'Ở nơi bạn làm việc hoặc sống, có ai đe dọa sẽ làm hại bạn không?',
    },
  },
  {
    id: 'cd_illicit_activities',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Were you forced to do things that break the law, such as scams, theft or carrying drugs?',
      ms: 'Adakah anda dipaksa melakukan perkara yang melanggar undang-undang, seperti penipuan, mencuri atau membawa dadah?',
      id: 'Apakah Anda dipaksa melakukan hal yang melanggar hukum, seperti penipuan, pencurian, atau membawa narkoba?',
      vi: 'Bạn có bị ép làm những việc phạm pháp, như lừa đảo, trộm cắp hoặc vận chuyển ma túy không?',
    },
  },
  {
    id: 'cd_forced_tasks_clients',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    unconfirmed:
      'Strong in the sexual lists per the secondary source [S]; the sexual lists are provisional. Confirm against WCMS_105036.',
    question: {
      en: 'Were you forced to do tasks, or to see clients, that you did not agree to?',
      ms: 'Adakah anda dipaksa melakukan tugas atau melayan pelanggan yang anda tidak setujui?',
      id: 'Apakah Anda dipaksa melakukan tugas atau melayani pelanggan yang tidak Anda setujui?',
      vi: 'Bạn có bị ép làm những việc hoặc tiếp những khách hàng mà bạn không đồng ý không?',
    },
  },
  {
    id: 'cd_strong_influence',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Did someone control what you did and said so much that you felt you could not decide for yourself?',
      ms: 'Adakah seseorang mengawal apa yang anda lakukan dan katakan sehingga anda rasa tidak dapat membuat keputusan sendiri?',
      id: 'Apakah seseorang mengendalikan apa yang Anda lakukan dan katakan sampai Anda merasa tidak bisa memutuskan sendiri?',
      vi: 'Có ai kiểm soát những gì bạn làm và nói đến mức bạn cảm thấy không thể tự mình quyết định không?',
    },
  },
  {
    id: 'cd_against_peers',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you forced to act against other workers, for example to watch them, punish them or recruit others?',
      ms: 'Adakah anda dipaksa bertindak terhadap pekerja lain, contohnya mengawasi atau menghukum mereka, atau merekrut orang lain?',
      id: 'Apakah Anda dipaksa bertindak melawan pekerja lain, misalnya mengawasi atau menghukum mereka, atau merekrut orang lain?',
      vi: 'Bạn có bị ép phải chống lại những người làm cùng, ví dụ theo dõi, trừng phạt họ hoặc tuyển thêm người khác không?',
    },
  },
  {
    id: 'cd_forced_lie',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you told to lie to the police, officials or your family about your situation?',
      ms: 'Adakah anda disuruh berbohong kepada polis, pegawai atau keluarga anda tentang keadaan anda?',
      id: 'Apakah Anda disuruh berbohong kepada polisi, petugas, atau keluarga Anda tentang keadaan Anda?',
      vi: 'Bạn có bị bắt phải nói dối cảnh sát, cán bộ hoặc gia đình về hoàn cảnh của mình không?',
    },
  },
  {
    id: 'cd_threat_denounce',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Where you worked or lived, did anyone threaten to report you to the police or immigration?',
      ms: 'Di tempat anda bekerja atau tinggal, adakah sesiapa mengugut untuk melaporkan anda kepada polis atau imigresen?',
      id: 'Di tempat Anda bekerja atau tinggal, apakah ada orang yang mengancam akan melaporkan Anda ke polisi atau imigrasi?',
      vi: 'Ở nơi bạn làm việc hoặc sống, có ai đe dọa sẽ tố giác bạn với cảnh sát hoặc cơ quan xuất nhập cảnh không?',
    },
  },
  {
    id: 'cd_threat_worse_conditions',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you threatened with even worse work or conditions if you did not obey?',
      ms: 'Adakah anda diugut akan diberi kerja atau keadaan yang lebih teruk jika anda tidak patuh?',
      id: 'Apakah Anda diancam akan diberi pekerjaan atau kondisi yang lebih buruk jika tidak patuh?',
      vi: 'Bạn có bị đe dọa sẽ phải làm việc nặng nhọc hơn hoặc chịu điều kiện tồi tệ hơn nếu không nghe lời không?',
    },
  },
  {
    id: 'cd_violence_family',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'While you were there, did anyone hurt your family or threaten to hurt them?',
      ms: 'Semasa anda berada di sana, adakah sesiapa menyakiti keluarga anda atau mengugut untuk menyakiti mereka?',
      id: 'Selama Anda berada di sana, apakah ada orang yang menyakiti keluarga Anda atau mengancam akan menyakiti mereka?',
      vi: 'Trong thời gian bạn ở đó, có ai làm hại hoặc đe dọa làm hại gia đình bạn không?',
    },
  },
  {
    id: 'cd_withhold_wages',
    dimension: 'coercion_at_destination',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Was your pay held back from you?',
      ms: 'Adakah gaji anda ditahan?',
      id: 'Apakah gaji Anda ditahan?',
      vi: 'Tiền lương của bạn có bị giữ lại không?',
    },
  },
  {
    id: 'cd_threat_inform_family',
    dimension: 'coercion_at_destination',
    strengths: { adult_labour: 'weak', adult_sexual: 'weak', child_labour: 'medium', child_sexual: 'medium' },
    question: {
      en: 'While you were there, did anyone threaten to tell your family, your community or the public things about you?',
      ms: 'Semasa anda berada di sana, adakah sesiapa mengugut untuk memberitahu keluarga, masyarakat anda atau orang ramai tentang diri anda?',
      id: 'Selama Anda berada di sana, apakah ada orang yang mengancam akan memberi tahu keluarga, komunitas Anda, atau masyarakat umum tentang diri Anda?',
      vi: 'Trong thời gian bạn ở đó, có ai đe dọa sẽ kể chuyện về bạn cho gia đình, cộng đồng của bạn hoặc mọi người biết không?',
    },
  },
];
