import type { CreateAgency } from '../agencies/index.ts';

/** Demo agencies of Malaysia, Indonesia and Vietnam, keyed so that demo users can name theirs. */
export const demoAgencies = {
  mapo: {
    name: 'Majlis Anti Pemerdagangan Orang dan Anti Penyeludupan Migran',
    shortName: 'MAPO',
    type: 'coordinating_body',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  pdrm: {
    name: 'Polis Diraja Malaysia',
    shortName: 'PDRM',
    type: 'law_enforcement',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  jim: {
    name: 'Jabatan Imigresen Malaysia',
    shortName: 'JIM',
    type: 'immigration',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  jtk: {
    name: 'Jabatan Tenaga Kerja Semenanjung Malaysia',
    shortName: 'JTKSM',
    type: 'labour',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  jkm: {
    name: 'Jabatan Kebajikan Masyarakat',
    shortName: 'JKM',
    type: 'welfare',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  jpw: {
    name: 'Jabatan Pembangunan Wanita',
    shortName: 'JPW',
    type: 'shelter_operator',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  agc: {
    name: 'Jabatan Peguam Negara',
    shortName: 'AGC',
    type: 'prosecution',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  tenaganita: {
    name: 'Tenaganita',
    shortName: 'Tenaganita',
    type: 'ngo',
    country: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  kbri: {
    name: 'Kedutaan Besar Republik Indonesia Kuala Lumpur',
    shortName: 'KBRI KL',
    type: 'embassy',
    country: 'ID',
    hostCountry: 'MY',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  polri: {
    name: 'Kepolisian Negara Republik Indonesia',
    shortName: 'Polri',
    type: 'law_enforcement',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  kemensos: {
    name: 'Kementerian Sosial',
    shortName: 'Kemensos',
    type: 'welfare',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  bp2mi: {
    name: 'Badan Pelindungan Pekerja Migran Indonesia',
    shortName: 'BP2MI',
    type: 'labour',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  gugusTugas: {
    name: 'Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang',
    shortName: 'Gugus Tugas TPPO',
    type: 'coordinating_body',
    country: 'ID',
    timeZone: 'Asia/Jakarta',
  },
  bca: {
    name: 'Bộ Công an',
    shortName: 'BCA',
    type: 'law_enforcement',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  molisa: {
    name: 'Bộ Lao động – Thương binh và Xã hội',
    shortName: 'MOLISA',
    type: 'welfare',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  bdbp: {
    name: 'Bộ đội Biên phòng',
    shortName: 'BĐBP',
    type: 'immigration',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  peaceHouse: {
    name: 'Ngôi nhà Bình yên',
    shortName: 'Peace House',
    type: 'shelter_operator',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  // The national steering committee on crime prevention, which coordinates the fight against
  // trafficking (and keeps the demo's partner directory of Viet Nam).
  bcd138: {
    name: 'Ban Chỉ đạo 138/CP',
    shortName: 'BCĐ 138/CP',
    type: 'coordinating_body',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  iom: {
    name: 'International Organization for Migration – Viet Nam',
    shortName: 'IOM',
    type: 'international_organisation',
    country: 'VN',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
} as const satisfies Record<string, Omit<CreateAgency, 'shortName'> & { shortName: string | null }>;

export type DemoAgencyKey = keyof typeof demoAgencies;
