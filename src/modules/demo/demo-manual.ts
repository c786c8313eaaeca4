import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { issueManual } from '../training/index.ts';

/** The national training manual of seed 000, in four languages. */
const chapters = [
  {
    number: '1',
    title: {
      en: 'Trafficking in persons: the law and its terms',
      ms: 'Pemerdagangan orang: undang-undang dan istilahnya',
      id: 'Perdagangan orang: hukum dan istilahnya',
      vi: 'Mua bán người: pháp luật và các thuật ngữ',
    },
  },
  {
    number: '2',
    title: {
      en: 'Indicators of trafficking',
      ms: 'Petunjuk pemerdagangan',
      id: 'Indikator perdagangan orang',
      vi: 'Các dấu hiệu mua bán người',
    },
  },
  {
    number: '3',
    title: {
      en: 'Identifying victims',
      ms: 'Mengenal pasti mangsa',
      id: 'Mengidentifikasi korban',
      vi: 'Nhận diện nạn nhân',
    },
  },
  {
    number: '4',
    title: {
      en: 'Interviewing victims',
      ms: 'Menemu bual mangsa',
      id: 'Mewawancarai korban',
      vi: 'Phỏng vấn nạn nhân',
    },
  },
  {
    number: '4.2',
    title: {
      en: 'Working with interpreters',
      ms: 'Bekerja dengan jurubahasa',
      id: 'Bekerja dengan juru bahasa',
      vi: 'Làm việc với phiên dịch viên',
    },
  },
  {
    number: '5',
    title: {
      en: 'Protection, shelter and care',
      ms: 'Perlindungan, tempat perlindungan dan penjagaan',
      id: 'Perlindungan, rumah aman dan perawatan',
      vi: 'Bảo vệ, nơi tạm trú và chăm sóc',
    },
  },
  {
    number: '6',
    title: {
      en: 'Safe return and reintegration',
      ms: 'Pemulangan selamat dan integrasi semula',
      id: 'Pemulangan aman dan reintegrasi',
      vi: 'Hồi hương an toàn và tái hòa nhập',
    },
  },
];

/** Issues the manual and answers its chapter ids by number, for the demo courses. */
export async function seedTrainingManual(tx: Tx, trainer: Actor): Promise<(number: string) => string> {
  const manualId = await issueManual({
    tx,
    actor: trainer,
    requestId: 'demo-seed',
    manual: {
      edition: '2019',
      title: {
        en: 'National training manual on trafficking in persons',
        ms: 'Manual latihan kebangsaan mengenai pemerdagangan orang',
        id: 'Manual pelatihan nasional tentang perdagangan orang',
        vi: 'Sổ tay đào tạo quốc gia về mua bán người',
      },
      chapters,
    },
  });
  const rows = await tx.query<{ id: string; number: string }>(
    'select id, number from training_manual_chapter where manual_id = $1',
    [manualId],
  );
  return (number) => rows.find((row) => row.number === number)?.id as string;
}
