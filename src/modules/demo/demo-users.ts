import { type DemoAgencyKey, demoAgencies } from './demo-agencies.ts';

/** Every demo user signs in with this password (the README lists them all). */
export const demoPassword = 'lindung-demo';

export interface DemoUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: string;
  readonly agency: DemoAgencyKey;
  readonly locale: 'en' | 'ms' | 'id' | 'vi';
}

/**
 * One demo user per role, a triage officer for each country's police, case managers in three agencies to try the separation between them, a
 * supervisor at JKM to approve its case managers' requests, and a shelter manager for each demo agency that runs shelters.
 */
export const demoUsers: readonly DemoUser[] = [
  {
    email: 'admin@demo.lindung.org',
    displayName: 'Aisyah Rahman',
    role: 'system_admin',
    agency: 'mapo',
    locale: 'en',
  },
  {
    email: 'cm.jkm@demo.lindung.org',
    displayName: 'Nurul Huda Ismail',
    role: 'case_manager',
    agency: 'jkm',
    locale: 'ms',
  },
  // Nobody decides their own request: JKM's second case manager approves what cm.jkm asks for.
  {
    email: 'supervisor.jkm@demo.lindung.org',
    displayName: 'Rosnah Abdullah',
    role: 'case_manager',
    agency: 'jkm',
    locale: 'ms',
  },
  {
    email: 'cm.kbri@demo.lindung.org',
    displayName: 'Dewi Lestari',
    role: 'case_manager',
    agency: 'kbri',
    locale: 'id',
  },
  {
    email: 'cm.molisa@demo.lindung.org',
    displayName: 'Nguyễn Thị Lan',
    role: 'case_manager',
    agency: 'molisa',
    locale: 'vi',
  },
  {
    email: 'officer.pdrm@demo.lindung.org',
    displayName: 'Kpl. Hafiz Osman',
    role: 'frontline_officer',
    agency: 'pdrm',
    locale: 'ms',
  },
  {
    email: 'officer.jtksm@demo.lindung.org',
    displayName: 'Nurul Aina Kamarudin',
    role: 'frontline_officer',
    agency: 'jtk',
    locale: 'ms',
  },
  // Immigration meets victims at raids and depots: an officer to search and record them as JIM.
  {
    email: 'officer.jim@demo.lindung.org',
    displayName: 'Azman Yusoff',
    role: 'frontline_officer',
    agency: 'jim',
    locale: 'ms',
  },
  // Each country's police is its default triage agency (decision 0039): one officer each works its queue.
  {
    email: 'officer.polri@demo.lindung.org',
    displayName: 'Bripka Agus Setiawan',
    role: 'frontline_officer',
    agency: 'polri',
    locale: 'id',
  },
  {
    email: 'officer.bca@demo.lindung.org',
    displayName: 'Đại úy Trần Văn Minh',
    role: 'frontline_officer',
    agency: 'bca',
    locale: 'vi',
  },
  {
    email: 'shelter.jpw@demo.lindung.org',
    displayName: 'Siti Zubaidah Yusof',
    role: 'shelter_manager',
    agency: 'jpw',
    locale: 'ms',
  },
  {
    email: 'shelter.peacehouse@demo.lindung.org',
    displayName: 'Phạm Thị Hoa',
    role: 'shelter_manager',
    agency: 'peaceHouse',
    locale: 'vi',
  },
  {
    email: 'investigator.pdrm@demo.lindung.org',
    displayName: 'Insp. Rajesh Kumar',
    role: 'investigator',
    agency: 'pdrm',
    locale: 'en',
  },
  {
    email: 'prosecutor.agc@demo.lindung.org',
    displayName: 'Farah Aziz',
    role: 'prosecutor',
    agency: 'agc',
    locale: 'ms',
  },
  {
    email: 'coordinator.mapo@demo.lindung.org',
    displayName: 'Lim Mei Ling',
    role: 'coordinator',
    agency: 'mapo',
    locale: 'en',
  },
  {
    email: 'trainer.mapo@demo.lindung.org',
    displayName: 'Mohd Faizal Hamid',
    role: 'trainer',
    agency: 'mapo',
    locale: 'ms',
  },
  {
    email: 'admin.jkm@demo.lindung.org',
    displayName: 'Kamala Devi',
    role: 'agency_admin',
    agency: 'jkm',
    locale: 'en',
  },
  {
    email: 'auditor.jkm@demo.lindung.org',
    displayName: 'Tan Wei Jie',
    role: 'auditor',
    agency: 'jkm',
    locale: 'en',
  },
  {
    email: 'health.jkm@demo.lindung.org',
    displayName: 'Dr. Priya Nair',
    role: 'health_worker',
    agency: 'jkm',
    locale: 'en',
  },
  {
    email: 'cm.kemensos@demo.lindung.org',
    displayName: 'Rina Wulandari',
    role: 'case_manager',
    agency: 'kemensos',
    locale: 'id',
  },
  {
    email: 'coordinator.gugustugas@demo.lindung.org',
    displayName: 'Bambang Sutrisno',
    role: 'coordinator',
    agency: 'gugusTugas',
    locale: 'id',
  },
  {
    email: 'coordinator.bcd138@demo.lindung.org',
    displayName: 'Trần Văn Minh',
    role: 'coordinator',
    agency: 'bcd138',
    locale: 'vi',
  },
];

/**
 * The lines the server prints at start-up when the demo is on: every demo sign-in with its role
 * and agency, so that nobody has to look them up to try a country's queue.
 */
export function demoSignInLines(): string[] {
  return [
    `  demo sign-ins (password "${demoPassword}" for all):`,
    ...demoUsers.map((user) => {
      const agency: { name: string; shortName: string | null } = demoAgencies[user.agency];
      return `    ${user.email.padEnd(40)} ${user.role.padEnd(18)} ${agency.shortName ?? agency.name}`;
    }),
  ];
}
