import type { DemoShelter } from '../shelters/index.ts';
import type { DemoAgencyKey } from './demo-agencies.ts';

/**
 * Shelters of the demo agencies that run shelters: Malaysia's women's development department and
 * Vietnam's Peace House. (No Indonesian demo agency operates shelters.) Region codes are ISO 3166-2.
 */
export const demoShelters: readonly (DemoShelter & { readonly agency: DemoAgencyKey })[] = [
  {
    agency: 'jpw',
    name: 'Rumah Perlindungan Wanita Kuala Lumpur',
    type: 'government',
    population: 'women',
    rules: { sexes: ['female'], minAge: 18, maxAge: null },
    region: 'MY-14',
    phone: '+60 3-0000 1001',
    services: [
      'medical_care',
      'psychosocial_support',
      'counselling',
      'legal_aid',
      'interpretation',
      'religious_support',
    ],
    beds: 20,
  },
  {
    agency: 'jpw',
    name: 'Rumah Perlindungan Kanak-kanak Johor Bahru',
    type: 'government',
    population: 'children',
    rules: { sexes: ['female', 'male', 'other'], minAge: null, maxAge: 17 },
    region: 'MY-01',
    phone: '+60 7-000 1002',
    services: [
      'medical_care',
      'psychosocial_support',
      'education',
      'childcare',
      'recreation',
      'family_tracing',
    ],
    beds: 12,
  },
  {
    agency: 'jpw',
    name: 'Rumah Perlindungan Lelaki Kota Kinabalu',
    type: 'government',
    population: 'men',
    rules: { sexes: ['male'], minAge: 18, maxAge: null },
    region: 'MY-12',
    phone: '+60 88-000 1003',
    services: ['medical_care', 'counselling', 'legal_aid', 'interpretation', 'repatriation_support'],
    beds: 16,
  },
  {
    agency: 'peaceHouse',
    name: 'Ngôi nhà Bình yên Hà Nội',
    type: 'ngo',
    population: 'women',
    rules: { sexes: ['female'], minAge: 12, maxAge: null },
    region: 'VN-HN',
    phone: '+84 24 0000 1004',
    services: [
      'medical_care',
      'psychosocial_support',
      'counselling',
      'vocational_training',
      'education',
      'legal_aid',
    ],
    beds: 15,
  },
];
