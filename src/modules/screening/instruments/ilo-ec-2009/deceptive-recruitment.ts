import type { Indicator } from '../../instrument.schema.ts';

/**
 * D1 Deceptive recruitment (10 in the adult-labour list). Strengths from the reference's A·L and
 * C·L columns; the sexual lists are derived from them (see the profiles' provisional note).
 */
export const deceptiveRecruitmentIndicators: Indicator[] = [
  {
    id: 'dec_job_nature',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'strong',
      adult_sexual: 'strong',
      child_labour: 'strong',
      child_sexual: 'strong',
    },
    question: {
      en: 'Were you deceived about the kind of work, the place of work or the employer?',
      ms: 'Adakah anda ditipu tentang jenis kerja, tempat kerja atau majikan?',
      id: 'Apakah Anda ditipu tentang jenis pekerjaan, tempat kerja, atau majikan?',
      vi: 'Bạn có bị lừa về loại công việc, nơi làm việc hoặc người sử dụng lao động không?',
    },
  },
  {
    id: 'dec_conditions',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were the working conditions (hours, tasks, days off) different from what you were told?',
      ms: 'Adakah keadaan kerja (waktu kerja, tugas, hari cuti) berbeza daripada apa yang diberitahu kepada anda?',
      id: 'Apakah kondisi kerja (jam kerja, tugas, hari libur) berbeda dari yang disampaikan kepada Anda?',
      vi: 'Điều kiện làm việc (giờ làm, công việc, ngày nghỉ) có khác với những gì bạn được cho biết không?',
    },
  },
  {
    id: 'dec_contract',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you misled about what your work contract said, or about whether it was legal?',
      ms: 'Adakah anda diperdaya tentang isi kontrak kerja anda, atau sama ada kontrak itu sah?',
      id: 'Apakah Anda dibohongi tentang isi kontrak kerja Anda, atau tentang sah tidaknya kontrak itu?',
      vi: 'Bạn có bị lừa dối về nội dung hoặc tính hợp pháp của hợp đồng lao động không?',
    },
  },
  {
    id: 'dec_family_reunif',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you promised that you could bring or join your family, and the promise was not kept?',
      ms: 'Adakah anda dijanjikan boleh membawa atau tinggal bersama keluarga anda, tetapi janji itu tidak ditunaikan?',
      id: 'Apakah Anda dijanjikan bisa membawa atau berkumpul dengan keluarga Anda, tetapi janji itu tidak ditepati?',
      vi: 'Bạn có được hứa sẽ được đưa gia đình sang hoặc đoàn tụ với gia đình, nhưng lời hứa đó không được thực hiện không?',
    },
  },
  {
    id: 'dec_housing',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you misled about where you would live or what your housing would be like?',
      ms: 'Adakah anda diperdaya tentang tempat tinggal anda atau keadaannya?',
      id: 'Apakah Anda dibohongi tentang tempat tinggal Anda atau kondisinya?',
      vi: 'Bạn có bị lừa về nơi ở hoặc điều kiện chỗ ở của mình không?',
    },
  },
  {
    id: 'dec_legal_docs',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you misled about your papers, such as a work permit, a visa or your right to stay in the country?',
      ms: 'Adakah anda diperdaya tentang dokumen anda, seperti permit kerja, visa atau hak anda untuk tinggal di negara ini?',
      id: 'Apakah Anda dibohongi tentang dokumen Anda, seperti izin kerja, visa, atau hak Anda untuk tinggal di negara ini?',
      vi: 'Bạn có bị lừa về giấy tờ của mình, như giấy phép lao động, thị thực hoặc quyền được cư trú tại nước này không?',
    },
  },
  {
    id: 'dec_travel',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you misled about the journey, its cost, or how you would be recruited?',
      ms: 'Adakah anda diperdaya tentang perjalanan, kosnya, atau cara anda akan direkrut?',
      id: 'Apakah Anda dibohongi tentang perjalanan, biayanya, atau cara Anda akan direkrut?',
      vi: 'Bạn có bị lừa về chuyến đi, chi phí chuyến đi hoặc cách thức bạn được tuyển dụng không?',
    },
  },
  {
    id: 'dec_wages',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you misled about how much you would be paid or how you would be paid?',
      ms: 'Adakah anda diperdaya tentang jumlah gaji atau cara gaji anda akan dibayar?',
      id: 'Apakah Anda dibohongi tentang besar gaji atau cara gaji Anda akan dibayarkan?',
      vi: 'Bạn có bị lừa về mức lương hoặc cách thức trả lương không?',
    },
  },
  {
    id: 'dec_marriage_adoption',
    dimension: 'deceptive_recruitment',
    strengths: {
      adult_labour: 'medium',
      adult_sexual: 'medium',
      child_labour: 'medium',
      child_sexual: 'medium',
    },
    question: {
      en: 'Were you brought here with a promise of marriage or adoption that turned out to be false?',
      ms: 'Adakah anda dibawa ke sini dengan janji perkahwinan atau pengambilan sebagai anak angkat yang rupa-rupanya palsu?',
      id: 'Apakah Anda dibawa ke sini dengan janji pernikahan atau adopsi yang ternyata palsu?',
      vi: 'Bạn có được đưa đến đây với lời hứa kết hôn hoặc nhận con nuôi nhưng hóa ra là giả dối không?',
    },
  },
  {
    id: 'dec_education',
    dimension: 'deceptive_recruitment',
    strengths: { adult_labour: 'weak', adult_sexual: 'weak', child_labour: 'strong', child_sexual: 'strong' },
    question: {
      en: 'Were you promised schooling or training that you did not get?',
      ms: 'Adakah anda dijanjikan persekolahan atau latihan, tetapi tidak pernah mendapatnya?',
      id: 'Apakah Anda dijanjikan sekolah atau pelatihan, tetapi tidak pernah mendapatkannya?',
      vi: 'Bạn có được hứa cho đi học hoặc học nghề nhưng rồi không được học không?',
    },
  },
];
