import type { DemoAgencyKey } from './demo-agencies.ts';

/**
 * Where the demo agencies receive reports from the public (decision 0039): each country's police
 * is its default triage agency, and the agencies whose remit is regional declare their regions
 * (ISO 3166-2), so a report naming one of them goes there and any other to the police.
 */
export const demoJurisdictions: Partial<
  Record<DemoAgencyKey, { readonly regions: readonly string[]; readonly defaultTriage?: true }>
> = {
  pdrm: { regions: [], defaultTriage: true },
  // The Labour Department of Peninsular Malaysia: its states and the federal territories of Kuala
  // Lumpur and Putrajaya (Sabah, Sarawak and Labuan have labour departments of their own).
  jtk: {
    regions: [
      'MY-01',
      'MY-02',
      'MY-03',
      'MY-04',
      'MY-05',
      'MY-06',
      'MY-07',
      'MY-08',
      'MY-09',
      'MY-10',
      'MY-11',
      'MY-14',
      'MY-16',
    ],
  },
  polri: { regions: [], defaultTriage: true },
  // BP2MI's regional units where most migrant workers leave from (Java, Nusa Tenggara, Lampung,
  // North Sumatra) or cross to Malaysia and Singapore (Riau Islands, West and North Kalimantan).
  bp2mi: {
    regions: ['ID-JB', 'ID-JT', 'ID-JI', 'ID-NB', 'ID-NT', 'ID-LA', 'ID-SU', 'ID-KR', 'ID-KB', 'ID-KU'],
  },
  bca: { regions: [], defaultTriage: true },
  // The Border Guard: the provinces (since the 2025 merger) along the land borders with China, Laos
  // and Cambodia.
  bdbp: {
    regions: [
      ...['VN-71', 'VN-01', 'VN-02', 'VN-07', 'VN-04', 'VN-09', 'VN-13', 'VN-05', 'VN-21', 'VN-22', 'VN-23'],
      ...['VN-25', 'VN-26', 'VN-DN', 'VN-29', 'VN-30', 'VN-33', 'VN-35', 'VN-39', 'VN-37', 'VN-45', 'VN-44'],
    ],
  },
};
