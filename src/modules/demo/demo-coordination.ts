import type { Tx } from '../../db/db.ts';
import { actingAs } from '../../db/tenant.ts';
import type { Actor } from '../../policy/policy.ts';
import { createPlan, createReport, findActivity, requirePlan, reviewReport } from '../action-plans/index.ts';
import { addEvent, addMaterial, createCampaign, requireCampaign } from '../campaigns/index.ts';
import {
  createCommittee,
  createMeeting,
  recordMeeting,
  requireCommittee,
  requireMeeting,
} from '../committees/index.ts';
import {
  acknowledgeVersion,
  createGuideline,
  issueVersion,
  requireGuideline,
  versionsOf,
} from '../guidelines/index.ts';
import type { DemoAgencyKey } from './demo-agencies.ts';

interface DemoCoordination {
  /** MAPO's coordinator: keeps the plan, the council, the guideline and the campaign. */
  readonly coordinator: Actor;
  /** JKM's agency administrator: reports on JKM's activity and acknowledges guidelines. */
  readonly jkmFocalPoint: Actor;
  readonly agencies: ReadonlyMap<DemoAgencyKey, string>;
  /** Partners of Malaysia's network, by name. */
  readonly partners: ReadonlyMap<string, string>;
}

const requestId = 'demo-seed';

/**
 * Malaysia's coordination, made through the modules' own commands (their rules apply): the
 * National Action Plan 2021–2025 on the 4P with indicators and yearly targets, and progress
 * reports by JKM and MAPO for every year (the last awaiting review; PDRM's and Tenaganita's are
 * late); the council with a recorded meeting whose decisions name plan activities and whose action
 * items stay open for the next meeting; an operating guideline whose second version awaits JKM's
 * and PDRM's acknowledgement; an awareness campaign carrying out a plan activity, with an event in
 * Johor Bahru with partners of the network.
 */
export async function seedCoordination(tx: Tx, demo: DemoCoordination): Promise<void> {
  const { coordinator, jkmFocalPoint } = demo;
  const agency = (key: DemoAgencyKey) => demo.agencies.get(key) as string;
  const asCoordinator = <T>(work: () => Promise<T>) => actingAs(tx, coordinator, work);
  const asJkm = <T>(work: () => Promise<T>) => actingAs(tx, jkmFocalPoint, work);
  const planId = await asCoordinator(() =>
    createPlan({
      tx,
      actor: coordinator,
      requestId,
      plan: {
        title: 'National Action Plan on Anti-Trafficking in Persons 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'prevention',
            title: 'Raise awareness among migrant workers and employers',
            activities: [
              {
                title: 'Awareness events with the partner network',
                responsibleAgencyId: agency('mapo'),
                supportingAgencyIds: [agency('jtk'), agency('tenaganita')],
                indicators: [
                  {
                    name: 'Awareness events held',
                    unit: 'events',
                    baseline: 4,
                    targets: { '2022': 8, '2023': 10, '2024': 12, '2025': 12 },
                  },
                ],
              },
            ],
          },
          {
            pillar: 'protection',
            title: 'Shelter and care for every identified victim',
            activities: [
              {
                title: 'Train shelter and welfare officers in victim-centred case management',
                responsibleAgencyId: agency('jkm'),
                supportingAgencyIds: [agency('jpw')],
                indicators: [
                  {
                    name: 'Officers trained',
                    unit: 'people',
                    baseline: 20,
                    targets: { '2022': 40, '2023': 60, '2024': 80, '2025': 100 },
                  },
                ],
              },
            ],
          },
          {
            pillar: 'prosecution',
            title: 'Investigate and prosecute trafficking offences',
            activities: [
              {
                title: 'Joint investigation teams with the prosecutors',
                responsibleAgencyId: agency('pdrm'),
                supportingAgencyIds: [agency('agc'), agency('jim')],
                indicators: [
                  {
                    name: 'Cases charged',
                    unit: 'cases',
                    baseline: 50,
                    targets: { '2023': 70, '2024': 80, '2025': 90 },
                  },
                ],
              },
            ],
          },
          {
            pillar: 'partnership',
            title: 'Work with civil society and neighbouring countries',
            activities: [
              {
                title: 'Renew memoranda with civil-society partners',
                responsibleAgencyId: agency('mapo'),
                supportingAgencyIds: [agency('jkm')],
                indicators: [
                  { name: 'Memoranda in force', unit: 'memoranda', baseline: 2, targets: { '2025': 6 } },
                ],
              },
            ],
          },
        ],
      },
    }),
  );
  const plan = await asCoordinator(() => requirePlan(tx, planId));
  const [awareness, training, , memoranda] = plan.strategies.map((s) => s.activities[0]?.id as string);
  // JKM and MAPO report on every year of the plan, so no deadline of theirs is late; the reports
  // of the last year await the coordinator's review. PDRM and Tenaganita have not reported: the
  // dashboard flags their reports as late.
  const years = [2021, 2022, 2023, 2024, 2025];
  const reportOn = async (
    actor: Actor,
    activityId: string,
    year: number,
    narrative: string,
    value: number,
  ) => {
    const activity = findActivity(plan, activityId);
    if (!activity) throw new Error('demo activity missing');
    return createReport({
      tx,
      actor,
      requestId,
      plan,
      activity,
      report: {
        activityId,
        year,
        status: year === 2025 ? 'delayed' : 'on_track',
        narrative,
        indicatorValues: activity.indicators.map((indicator) => ({ indicatorId: indicator.id, value })),
        submit: true,
      },
    });
  };
  const jkmReports = await asJkm(async () => {
    const reports = [];
    for (const [i, year] of years.entries()) {
      reports.push(
        await reportOn(
          jkmFocalPoint,
          training as string,
          year,
          `Courses for shelter and welfare officers in ${year}: Kuala Lumpur, Johor Bahru and Kota Kinabalu.`,
          30 + i * 18,
        ),
      );
    }
    return reports;
  });
  const guidelineId = await asCoordinator(async () => {
    for (const [i, year] of years.entries()) {
      const report = await reportOn(
        coordinator,
        awareness as string,
        year,
        `Awareness events in ${year} with Tenaganita and the labour department.`,
        5 + i * 2,
      );
      if (year < 2025) {
        await reviewReport({ tx, actor: coordinator, requestId, report, review: { decision: 'accept' } });
        const jkmReport = jkmReports[i];
        if (jkmReport)
          await reviewReport({
            tx,
            actor: coordinator,
            requestId,
            report: jkmReport,
            review: { decision: 'accept' },
          });
      }
    }

    const councilId = await createCommittee({
      tx,
      actor: coordinator,
      requestId,
      committee: {
        name: 'Council plenary (demo)',
        members: [
          { agencyId: agency('mapo'), role: 'chair' },
          { agencyId: agency('jkm'), role: 'deputy_chair' },
          { agencyId: agency('pdrm'), role: 'member' },
          { agencyId: agency('jpw'), role: 'member' },
          { agencyId: agency('agc'), role: 'member' },
          { agencyId: agency('tenaganita'), role: 'observer' },
        ],
      },
    });
    const council = await requireCommittee(tx, councilId);
    const meetingId = await createMeeting({
      tx,
      actor: coordinator,
      requestId,
      committee: council,
      meeting: {
        heldOn: '2025-09-15',
        place: 'Putrajaya',
        agenda: ['Progress of the action plan in 2024', 'Shelter capacity in Sabah', 'Renewal of memoranda'],
      },
    });
    await recordMeeting({
      tx,
      actor: coordinator,
      requestId,
      committee: council,
      meeting: await requireMeeting(tx, meetingId),
      record: {
        attendance: [
          { agencyId: agency('mapo'), present: true },
          { agencyId: agency('jkm'), present: true },
          { agencyId: agency('pdrm'), present: true },
          { agencyId: agency('jpw'), present: false },
          { agencyId: agency('agc'), present: true },
          { agencyId: agency('tenaganita'), present: true },
        ],
        minutes:
          'The council reviewed the 2024 reports. JKM met its training target; shelters in Sabah are full.',
        decisions: [
          { text: 'Extend the officers’ training to Sarawak in 2025.', activityIds: [training as string] },
          {
            text: 'Renew the memoranda expiring in 2026 before year end.',
            activityIds: [memoranda as string],
          },
        ],
        actionItems: [
          {
            title: 'Cost a second shelter in Kota Kinabalu',
            ownerAgencyId: agency('jkm'),
            dueOn: '2025-12-31',
          },
          {
            title: 'Report the charges of 2025 by offence',
            ownerAgencyId: agency('pdrm'),
            dueOn: '2026-01-31',
          },
        ],
      },
    });
    // The next meeting, to which the open action items are carried.
    await createMeeting({
      tx,
      actor: coordinator,
      requestId,
      committee: council,
      meeting: { heldOn: '2026-03-16', place: 'Putrajaya', agenda: ['Action items carried over'] },
    });

    return createGuideline({
      tx,
      actor: coordinator,
      requestId,
      guideline: {
        title: 'Operating guideline on the protection of victims in shelters (demo)',
        version: {
          effectiveOn: '2023-01-01',
          summary: 'First version',
          body: 'Admission within 24 hours of an interim protection order; a care plan within 14 days; medical check on admission.',
          requiredAgencyIds: [agency('jkm'), agency('jpw')],
        },
      },
    });
  });
  const [first] = await asJkm(async () => {
    const [version] = await versionsOf(tx, guidelineId);
    if (version) await acknowledgeVersion({ tx, actor: jkmFocalPoint, requestId, version });
    return versionsOf(tx, guidelineId);
  });
  await asCoordinator(async () => {
    const guideline = await requireGuideline(tx, guidelineId);
    await issueVersion({
      tx,
      actor: coordinator,
      requestId,
      guideline,
      latest: first,
      version: {
        effectiveOn: '2026-01-01',
        summary: 'Adds screening for infectious diseases on admission',
        body: 'As version 1, and: screening for infectious diseases on admission, with consent, by a health worker.',
        requiredAgencyIds: [agency('jkm'), agency('jpw'), agency('pdrm')],
      },
    });

    const campaignId = await createCampaign({
      tx,
      actor: coordinator,
      requestId,
      campaign: {
        title: 'Know your rights at work (demo)',
        audiences: ['migrant workers', 'employers'],
        languages: ['ms', 'en', 'id'],
        channels: ['events', 'social_media', 'radio'],
        startsOn: '2024-03-01',
        endsOn: '2024-11-30',
        activityId: awareness,
      },
    });
    const campaign = await requireCampaign(tx, campaignId);
    await addEvent({
      tx,
      actor: coordinator,
      requestId,
      campaign,
      event: {
        city: 'Johor Bahru',
        heldOn: '2024-05-18',
        audience: 'migrant workers',
        partnerIds: ['Tenaganita', 'Labour department focal point (demo)']
          .map((name) => demo.partners.get(name))
          .filter((id) => id !== undefined),
        attendance: 240,
        reach: 12_000,
      },
    });
    await addMaterial({
      tx,
      actor: coordinator,
      requestId,
      campaign,
      material: { title: 'Your passport is yours', kind: 'poster', language: 'ms' },
    });
  });
}
