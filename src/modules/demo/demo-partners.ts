import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { createPartner, type PartnerInput, recordMou } from '../partners/index.ts';
import type { DemoAgencyKey } from './demo-agencies.ts';

interface DemoPartner extends Omit<PartnerInput, 'linkedAgencyId'> {
  /** The demo agency this partner is on the platform; a referral to the partner goes to it. */
  readonly agency?: DemoAgencyKey;
}

/**
 * Malaysia's directory: the demo agencies that receive referrals (a shelter NGO, the shelter and
 * welfare departments, the labour department, the police and the Indonesian embassy), and two
 * partners that are not on the platform, listed for contact but not selectable as receivers.
 */
const malaysia: readonly DemoPartner[] = [
  {
    name: 'Tenaganita',
    agency: 'tenaganita',
    kind: 'cso',
    services: ['shelter', 'legal_aid', 'counselling', 'interpretation'],
    regions: ['Kuala Lumpur', 'Selangor', 'Penang'],
    languages: ['en', 'ms', 'id'],
    networkMember: true,
    memberSince: '2021-06-01',
  },
  {
    name: 'Jabatan Pembangunan Wanita (shelters)',
    agency: 'jpw',
    kind: 'government',
    services: ['shelter', 'counselling', 'health'],
    regions: ['Kuala Lumpur', 'Selangor', 'Johor', 'Sabah'],
    languages: ['ms', 'en'],
    networkMember: true,
    memberSince: '2021-03-15',
  },
  {
    name: 'Jabatan Kebajikan Masyarakat',
    agency: 'jkm',
    kind: 'government',
    services: ['counselling', 'livelihood', 'shelter'],
    regions: ['Kuala Lumpur', 'Selangor', 'Penang', 'Sabah', 'Sarawak'],
    languages: ['ms', 'en'],
    networkMember: true,
    memberSince: '2021-03-15',
  },
  {
    name: 'Kedutaan Besar Republik Indonesia Kuala Lumpur',
    agency: 'kbri',
    kind: 'government',
    services: ['repatriation', 'interpretation', 'legal_aid'],
    regions: ['Kuala Lumpur', 'Selangor'],
    languages: ['id', 'ms', 'en'],
    networkMember: false,
  },
  {
    name: 'Labour department focal point (demo)',
    agency: 'jtk',
    kind: 'government',
    services: ['hotline', 'livelihood'],
    regions: ['Penang'],
    languages: ['ms', 'en'],
    networkMember: false,
  },
  {
    name: 'Polis Diraja Malaysia — anti-trafficking unit',
    agency: 'pdrm',
    kind: 'government',
    services: ['hotline'],
    regions: ['Kuala Lumpur', 'Selangor', 'Johor', 'Penang', 'Sabah', 'Sarawak'],
    languages: ['ms', 'en'],
    networkMember: true,
    memberSince: '2021-03-15',
  },
  {
    name: 'Persatuan Sokongan Pekerja Migran (demo)',
    kind: 'cso',
    services: ['shelter', 'legal_aid', 'counselling', 'interpretation'],
    regions: ['Kuala Lumpur', 'Selangor', 'Johor'],
    languages: ['ms', 'en', 'id'],
    contactName: 'Pegawai Penghubung',
    contactEmail: 'focal@psp-migran.example',
    networkMember: true,
    memberSince: '2021-06-01',
  },
  {
    name: 'International organisation for migration (demo office)',
    kind: 'international',
    services: ['repatriation', 'livelihood', 'training'],
    regions: ['Kuala Lumpur', 'Sabah'],
    languages: ['en', 'vi', 'id'],
    networkMember: true,
    memberSince: '2021-03-15',
  },
];

/** Indonesia's directory: the social ministry and the migrant workers' agency. */
const indonesia: readonly DemoPartner[] = [
  {
    name: 'Kementerian Sosial (rumah perlindungan)',
    agency: 'kemensos',
    kind: 'government',
    services: ['shelter', 'counselling', 'livelihood'],
    regions: ['DKI Jakarta', 'Jawa Barat', 'Nusa Tenggara Timur'],
    languages: ['id', 'en'],
    networkMember: true,
    memberSince: '2020-01-01',
  },
  {
    name: 'Badan Pelindungan Pekerja Migran Indonesia',
    agency: 'bp2mi',
    kind: 'government',
    services: ['repatriation', 'livelihood', 'hotline'],
    regions: ['DKI Jakarta', 'Nusa Tenggara Timur', 'Kepulauan Riau'],
    languages: ['id', 'en'],
    networkMember: true,
    memberSince: '2020-01-01',
  },
];

/**
 * Viet Nam's directory: the social ministry, the Peace House shelter, the police, the border guard
 * and IOM's office, all on the platform, so MOLISA's referral form offers each of the others.
 */
const vietnam: readonly DemoPartner[] = [
  {
    name: 'Bộ Lao động – Thương binh và Xã hội (MOLISA)',
    agency: 'molisa',
    kind: 'government',
    services: ['counselling', 'livelihood', 'shelter'],
    regions: ['Hà Nội', 'Hải Phòng', 'Lào Cai', 'Nghệ An', 'Thành phố Hồ Chí Minh'],
    languages: ['vi', 'en'],
    networkMember: true,
    memberSince: '2019-07-30',
  },
  {
    name: 'Ngôi nhà Bình yên (Peace House shelter)',
    agency: 'peaceHouse',
    kind: 'cso',
    services: ['shelter', 'counselling', 'health', 'legal_aid'],
    regions: ['Hà Nội', 'Lào Cai', 'Quảng Ninh'],
    languages: ['vi', 'en'],
    networkMember: true,
    memberSince: '2019-07-30',
  },
  {
    name: 'Bộ Công an — Cục Cảnh sát hình sự (anti-trafficking)',
    agency: 'bca',
    kind: 'government',
    services: ['hotline', 'legal_aid'],
    regions: ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Lào Cai', 'Nghệ An'],
    languages: ['vi'],
    networkMember: true,
    memberSince: '2019-07-30',
  },
  {
    name: 'Bộ đội Biên phòng (border reception)',
    agency: 'bdbp',
    kind: 'government',
    services: ['repatriation', 'interpretation'],
    regions: ['Lào Cai', 'Lạng Sơn', 'Quảng Ninh', 'An Giang', 'Tây Ninh'],
    languages: ['vi'],
    networkMember: false,
  },
  {
    name: 'International Organization for Migration – Viet Nam',
    agency: 'iom',
    kind: 'international',
    services: ['repatriation', 'livelihood', 'training'],
    regions: ['Hà Nội', 'Thành phố Hồ Chí Minh'],
    languages: ['vi', 'en'],
    networkMember: true,
    memberSince: '2019-07-30',
  },
];

const requestId = 'demo-seed';

async function seedDirectory(
  tx: Tx,
  coordinator: Actor,
  agencies: ReadonlyMap<DemoAgencyKey, string>,
  partners: readonly DemoPartner[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { agency, ...partner } of partners) {
    const id = await createPartner({
      tx,
      actor: coordinator,
      requestId,
      partner: { ...partner, linkedAgencyId: agency ? (agencies.get(agency) ?? null) : null },
    });
    ids.set(partner.name, id);
  }
  return ids;
}

/**
 * The partner networks of Malaysia, Indonesia and Viet Nam, kept by their coordinators, with an
 * MoU; the partners that are demo agencies name them, so the referral form offers them as receivers.
 */
export async function seedPartners(
  tx: Tx,
  props: {
    coordinators: { readonly MY: Actor; readonly ID: Actor; readonly VN: Actor };
    agencies: ReadonlyMap<DemoAgencyKey, string>;
  },
): Promise<Map<string, string>> {
  const ids = await seedDirectory(tx, props.coordinators.MY, props.agencies, malaysia);
  await recordMou({
    tx,
    actor: props.coordinators.MY,
    requestId,
    partner: {
      agency_id: props.coordinators.MY.agencyId,
      id: ids.get('Persatuan Sokongan Pekerja Migran (demo)') as string,
    },
    mou: {
      title: 'MoU on shelter referrals and interpreters',
      signedOn: '2022-07-01',
      expiresOn: '2027-06-30',
    },
  });
  await seedDirectory(tx, props.coordinators.ID, props.agencies, indonesia);
  await seedDirectory(tx, props.coordinators.VN, props.agencies, vietnam);
  return ids;
}
