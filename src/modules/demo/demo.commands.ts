import type { Db } from '../../db/db.ts';
import type { Permission } from '../../policy/permissions.ts';
import { type Actor, platformActor } from '../../policy/policy.ts';
import { type AgencyRow, createAgency, declareJurisdiction } from '../agencies/index.ts';
import { hashPassword } from '../auth/index.ts';
import { seedShelter } from '../shelters/index.ts';
import { createUser } from '../users/index.ts';
import { type DemoAgencyKey, demoAgencies } from './demo-agencies.ts';
import { seedCoordination } from './demo-coordination.ts';
import { demoJurisdictions } from './demo-jurisdictions.ts';
import { seedPartners } from './demo-partners.ts';
import { demoShelters } from './demo-shelters.ts';
import { seedTraining } from './demo-training.ts';
import { type DemoUser, demoPassword, demoUsers } from './demo-users.ts';

/** True when the database has no agency yet: a new installation. */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.query('select 1 from agency limit 1');
  return rows.length === 0;
}

/** Counts demo accounts, which a production deployment must not have. */
export async function countDemoUsers(db: Db): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'select count(*)::int as count from app_user where email = any($1::text[])',
    [demoUsers.map((user) => user.email)],
  );
  return row?.count ?? 0;
}

/**
 * The demo's own mark on a database: its system administrator, which `seedDemo` has always made
 * and which no real installation has (production refuses to start with any demo user).
 */
export const demoMarkerEmail = 'admin@demo.lindung.org';

/**
 * The demo users introduced after demo databases were already in use (the triage officers of
 * Indonesia's and Viet Nam's police, decision 0039; Malaysia's immigration officer); only these
 * are ever added to an existing database. Never an administrator: a database gains no account
 * with more than a frontline officer's.
 */
export const lateDemoUsers: readonly string[] = [
  'officer.polri@demo.lindung.org',
  'officer.bca@demo.lindung.org',
  'officer.jim@demo.lindung.org',
];

/**
 * Adds the demo users introduced since a demo database was seeded (a data folder kept across
 * updates, which `seedDemo` leaves as it is), each in its demo agency, found by name and country,
 * when that agency exists; so the sign-ins the start-up print lists work. Only to a database the
 * demo seeded itself (its marker, `demoMarkerEmail`, is there): a database with real data started
 * with the demo on gains nothing, whatever its agencies are called. Only `lateDemoUsers`. Returns
 * the e-mails added.
 */
export async function addMissingDemoUsers(db: Db): Promise<string[]> {
  const [marker] = await db.query('select 1 from app_user where email = $1', [demoMarkerEmail]);
  if (!marker) return [];
  const have = await db.query<{ email: string }>('select email from app_user where email = any($1::text[])', [
    lateDemoUsers,
  ]);
  const missing = demoUsers.filter(
    (user) => lateDemoUsers.includes(user.email) && !have.some((row) => row.email === user.email),
  );
  if (missing.length === 0) return [];
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('lindung.demo_seed'))`);
    const added: string[] = [];
    for (const user of missing) {
      const agency: { name: string; country: string } = demoAgencies[user.agency];
      const [found] = await tx.query<{ id: string }>(
        `select id from agency where name = $1 and country = $2
            and not exists (select 1 from app_user where email = $3)`,
        [agency.name, agency.country, user.email],
      );
      if (!found) continue;
      await createUser({
        tx,
        actor: platformActor,
        user: {
          email: user.email,
          displayName: user.displayName,
          locale: user.locale,
          password: demoPassword,
          memberships: [{ agencyId: found.id, role: user.role }],
        },
        passwordHash,
        requestId: 'demo-seed',
      });
      added.push(user.email);
    }
    return added;
  });
}

/**
 * Fills an empty database with the demo agencies of Malaysia, Indonesia and Vietnam (with the
 * regions they receive reports from and each country's default triage agency) and one user per
 * role, the shelters of the agencies that run them, the partner networks, Malaysia's action plan,
 * council, guideline and campaign, and a course run to certificates, all in one transaction (all or
 * nothing). Does nothing if any agency exists.
 */
export async function seedDemo(db: Db): Promise<{ agencies: number; users: number } | undefined> {
  // One hash for all: the demo password is public, and hashing a dozen times slows the first start.
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    // Several API processes may start at once on server PostgreSQL: one of them seeds.
    await tx.query(`select pg_advisory_xact_lock(hashtext('lindung.demo_seed'))`);
    const [existing] = await tx.query('select 1 from agency limit 1');
    if (existing) return undefined;
    const ids = new Map<DemoAgencyKey, string>();
    const rows = new Map<DemoAgencyKey, AgencyRow>();
    for (const [key, agency] of Object.entries(demoAgencies) as [
      DemoAgencyKey,
      (typeof demoAgencies)[DemoAgencyKey],
    ][]) {
      const created = await createAgency({
        tx,
        actor: platformActor,
        agency: { ...agency, shortName: agency.shortName ?? undefined },
        requestId: 'demo-seed',
      });
      ids.set(key, created.id);
      rows.set(key, created);
    }
    for (const [key, jurisdiction] of Object.entries(demoJurisdictions)) {
      await declareJurisdiction({
        tx,
        actor: platformActor,
        agency: rows.get(key as DemoAgencyKey) as AgencyRow,
        jurisdiction: { regions: [...jurisdiction.regions], defaultTriage: jurisdiction.defaultTriage },
        requestId: 'demo-seed',
      });
    }
    const userIds = new Map<string, string>();
    for (const user of demoUsers) {
      const created = await createUser({
        tx,
        actor: platformActor,
        user: {
          email: user.email,
          displayName: user.displayName,
          locale: user.locale,
          password: demoPassword,
          memberships: [{ agencyId: ids.get(user.agency) as string, role: user.role }],
        },
        passwordHash,
        requestId: 'demo-seed',
      });
      userIds.set(user.email, created.id);
    }
    for (const shelter of demoShelters) await seedShelter(tx, ids.get(shelter.agency) as string, shelter);
    const actorOf = (email: string, permission: Permission | Permission[]): Actor => {
      const user = demoUsers.find((u) => u.email === email) as DemoUser;
      return {
        userId: userIds.get(email) as string,
        agencyId: ids.get(user.agency) as string,
        permissions: new Set(Array.isArray(permission) ? permission : [permission]),
        via: 'platform',
        skipPolicyChecks: false,
      };
    };
    const partners = await seedPartners(tx, {
      coordinators: {
        MY: actorOf('coordinator.mapo@demo.lindung.org', 'coordination:manage'),
        ID: actorOf('coordinator.gugustugas@demo.lindung.org', 'coordination:manage'),
        VN: actorOf('coordinator.bcd138@demo.lindung.org', 'coordination:manage'),
      },
      agencies: ids,
    });
    await seedCoordination(tx, {
      coordinator: actorOf('coordinator.mapo@demo.lindung.org', [
        'coordination:manage',
        'coordination:report',
      ]),
      jkmFocalPoint: actorOf('admin.jkm@demo.lindung.org', ['coordination:report']),
      agencies: ids,
      partners,
    });
    await seedTraining(tx, {
      trainer: actorOf('trainer.mapo@demo.lindung.org', 'training:manage'),
      participants: [
        'officer.pdrm@demo.lindung.org',
        'investigator.pdrm@demo.lindung.org',
        'shelter.jpw@demo.lindung.org',
      ].map((email) => {
        const user = demoUsers.find((u) => u.email === email) as DemoUser;
        return {
          userId: userIds.get(email) as string,
          fullName: user.displayName,
          agencyId: ids.get(user.agency) as string,
          role: user.role,
        };
      }),
    });
    return { agencies: ids.size, users: demoUsers.length };
  });
}
