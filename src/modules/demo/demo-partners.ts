import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { createPartner, type PartnerInput, recordMou } from '../partners/index.ts';
import type { DemoAgencyKey } from './demo-agencies.ts';

type Coordinator = 'MY' | 'ID' | 'VN';

/** One partner of a country's directory, kept by that country's coordinator. */
type DirectoryRow = readonly [
  country: Coordinator,
  name: string,
  /** The demo agency this partner is on the platform (a referral to the partner goes to it), or null. */
  agency: DemoAgencyKey | null,
  kind: PartnerInput['kind'],
  services: PartnerInput['services'],
  regions: PartnerInput['regions'],
  languages: PartnerInput['languages'],
  /** When it joined the network; null: not a member. */
  memberSince: string | null,
  contact?: Pick<PartnerInput, 'contactName' | 'contactEmail'>,
];

/*
 * Malaysia's directory: the demo agencies that receive referrals (a shelter NGO, the shelter and
 * welfare departments, the labour department, the police and the Indonesian embassy), and two
 * partners that are not on the platform, listed for contact but not selectable as receivers.
 * Indonesia's: the social ministry and the migrant workers' agency. Viet Nam's: the social
 * ministry, the Peace House shelter, the police, the border guard and IOM's office, all on the
 * platform, so MOLISA's referral form offers each of the others.
 */
// biome-ignore format: a table, one partner a line
const directory: readonly DirectoryRow[] = [
  ['MY', 'Tenaganita', 'tenaganita', 'cso', ['shelter', 'legal_aid', 'counselling', 'interpretation'], ['Kuala Lumpur', 'Selangor', 'Penang'], ['en', 'ms', 'id'], '2021-06-01'],
  ['MY', 'Jabatan Pembangunan Wanita (shelters)', 'jpw', 'government', ['shelter', 'counselling', 'health'], ['Kuala Lumpur', 'Selangor', 'Johor', 'Sabah'], ['ms', 'en'], '2021-03-15'],
  ['MY', 'Jabatan Kebajikan Masyarakat', 'jkm', 'government', ['counselling', 'livelihood', 'shelter'], ['Kuala Lumpur', 'Selangor', 'Penang', 'Sabah', 'Sarawak'], ['ms', 'en'], '2021-03-15'],
  ['MY', 'Kedutaan Besar Republik Indonesia Kuala Lumpur', 'kbri', 'government', ['repatriation', 'interpretation', 'legal_aid'], ['Kuala Lumpur', 'Selangor'], ['id', 'ms', 'en'], null],
  ['MY', 'Labour department focal point (demo)', 'jtk', 'government', ['hotline', 'livelihood'], ['Penang'], ['ms', 'en'], null],
  ['MY', 'Polis Diraja Malaysia — anti-trafficking unit', 'pdrm', 'government', ['hotline'], ['Kuala Lumpur', 'Selangor', 'Johor', 'Penang', 'Sabah', 'Sarawak'], ['ms', 'en'], '2021-03-15'],
  ['MY', 'Persatuan Sokongan Pekerja Migran (demo)', null, 'cso', ['shelter', 'legal_aid', 'counselling', 'interpretation'], ['Kuala Lumpur', 'Selangor', 'Johor'], ['ms', 'en', 'id'], '2021-06-01', { contactName: 'Pegawai Penghubung', contactEmail: 'focal@psp-migran.example' }],
  ['MY', 'International organisation for migration (demo office)', null, 'international', ['repatriation', 'livelihood', 'training'], ['Kuala Lumpur', 'Sabah'], ['en', 'vi', 'id'], '2021-03-15'],
  ['ID', 'Kementerian Sosial (rumah perlindungan)', 'kemensos', 'government', ['shelter', 'counselling', 'livelihood'], ['DKI Jakarta', 'Jawa Barat', 'Nusa Tenggara Timur'], ['id', 'en'], '2020-01-01'],
  ['ID', 'Badan Pelindungan Pekerja Migran Indonesia', 'bp2mi', 'government', ['repatriation', 'livelihood', 'hotline'], ['DKI Jakarta', 'Nusa Tenggara Timur', 'Kepulauan Riau'], ['id', 'en'], '2020-01-01'],
  ['VN', 'Bộ Lao động – Thương binh và Xã hội (MOLISA)', 'molisa', 'government', ['counselling', 'livelihood', 'shelter'], ['Hà Nội', 'Hải Phòng', 'Lào Cai', 'Nghệ An', 'Thành phố Hồ Chí Minh'], ['vi', 'en'], '2019-07-30'],
  ['VN', 'Ngôi nhà Bình yên (Peace House shelter)', 'peaceHouse', 'cso', ['shelter', 'counselling', 'health', 'legal_aid'], ['Hà Nội', 'Lào Cai', 'Quảng Ninh'], ['vi', 'en'], '2019-07-30'],
  ['VN', 'Bộ Công an — Cục Cảnh sát hình sự (anti-trafficking)', 'bca', 'government', ['hotline', 'legal_aid'], ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Lào Cai', 'Nghệ An'], ['vi'], '2019-07-30'],
  ['VN', 'Bộ đội Biên phòng (border reception)', 'bdbp', 'government', ['repatriation', 'interpretation'], ['Lào Cai', 'Lạng Sơn', 'Quảng Ninh', 'An Giang', 'Tây Ninh'], ['vi'], null],
  ['VN', 'International Organization for Migration – Viet Nam', 'iom', 'international', ['repatriation', 'livelihood', 'training'], ['Hà Nội', 'Thành phố Hồ Chí Minh'], ['vi', 'en'], '2019-07-30'],
];

const requestId = 'demo-seed';

/** Creates a country's partners as its coordinator; returns each partner's id by name. */
async function seedDirectory(
  tx: Tx,
  country: Coordinator,
  coordinator: Actor,
  agencies: ReadonlyMap<DemoAgencyKey, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [of, name, agency, kind, services, regions, languages, memberSince, contact] of directory) {
    if (of !== country) continue;
    const id = await createPartner({
      tx,
      actor: coordinator,
      requestId,
      partner: {
        name,
        kind,
        services,
        regions,
        languages,
        networkMember: memberSince !== null,
        memberSince,
        ...contact,
        linkedAgencyId: agency ? (agencies.get(agency) ?? null) : null,
      },
    });
    ids.set(name, id);
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
  const ids = await seedDirectory(tx, 'MY', props.coordinators.MY, props.agencies);
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
  await seedDirectory(tx, 'ID', props.coordinators.ID, props.agencies);
  await seedDirectory(tx, 'VN', props.coordinators.VN, props.agencies);
  return ids;
}
