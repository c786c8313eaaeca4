import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { ifMatchHeaders, versionEtag, versionOfIfMatch } from '../../http/if-match.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { allows, authorize } from '../../policy/policy.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { planOfCountry, readableReport } from './action-plan.access.ts';
import {
  countryOf,
  createPlan,
  createReport,
  findActivity,
  reviewReport,
  submitReport,
} from './action-plan.commands.ts';
import { editPlan } from './action-plan.edit.ts';
import { indicatorProgress } from './action-plan.indicators.ts';
import { actionPlanLabels, reportGraceDays } from './action-plan.labels.ts';
import { actionPlanPolicy, reportPolicy } from './action-plan.policy.ts';
import {
  agenciesOfCountry,
  listPlans,
  listReports,
  type ReportRow,
  requirePlan,
  requireReport,
} from './action-plan.repo.ts';
import { assessedYear, planProgress } from './action-plan.rules.ts';
import {
  createPlanSchema,
  createReportSchema,
  dashboardQuerySchema,
  dashboardSchema,
  editPlanSchema,
  planSchema,
  reportSchema,
  reviewReportSchema,
  submitReportSchema,
} from './action-plan.schema.ts';
import { registerEvidenceRoutes } from './action-plan-evidence.routes.ts';

const tags = ['action-plans'];
const idParams = z.strictObject({ id: z.uuid() });
const labelsSchema = z.record(
  z.string(),
  z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() }),
);

export function presentReport(row: ReportRow): z.infer<typeof reportSchema> {
  return {
    id: row.id,
    planId: row.plan_id,
    activityId: row.activity_id,
    agencyId: row.agency_id,
    year: row.year,
    status: row.status as z.infer<typeof reportSchema>['status'],
    narrative: row.narrative,
    indicatorValues: row.indicator_values,
    state: row.state,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
    reviewComment: row.review_comment,
  };
}

/** The national action plan: plans, their yearly progress reports, reviews and the dashboard. */
export function registerActionPlanRoutes(app: App, services: Services): void {
  const { db } = services;
  registerEvidenceRoutes(app, services);
  app.get(
    '/api/action-plans/options',
    {
      schema: {
        tags,
        summary: 'The pillars, progress statuses and report states, with labels in en, ms, id and vi',
        response: {
          200: z.object({
            pillar: labelsSchema,
            status: labelsSchema,
            reportState: labelsSchema,
            graceDays: z.number(),
          }),
          ...problemResponses,
        },
      },
    },
    async () => ({ ...actionPlanLabels, graceDays: reportGraceDays }),
  );

  app.get(
    '/api/action-plans',
    {
      schema: {
        tags,
        summary: "The action plans of your agency's country",
        response: {
          200: z.object({
            items: z.array(
              planSchema.pick({
                id: true,
                agencyId: true,
                country: true,
                title: true,
                startYear: true,
                endYear: true,
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, actionPlanPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) => {
        const country = await countryOf(tx, actor.agencyId);
        const rows = (await listPlans(tx)).filter(
          (row) => actor.skipPolicyChecks || row.country.trim() === country,
        );
        return {
          items: rows.map((row) => ({
            id: row.id,
            agencyId: row.agency_id,
            country: row.country.trim(),
            title: row.title,
            startYear: row.start_year,
            endYear: row.end_year,
          })),
        };
      });
    },
  );

  app.post(
    '/api/action-plans',
    {
      schema: {
        tags,
        summary:
          'Create a plan of your country with its strategies (by pillar), activities and indicators; ' +
          "registers each activity's yearly report as a deadline of its responsible agency",
        body: createPlanSchema,
        response: { 201: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, actionPlanPolicy, 'create', undefined);
      const plan = await inTenant(db, actor, async (tx) => {
        const id = await createPlan({ tx, actor, plan: request.body, requestId: request.id });
        return requirePlan(tx, id);
      });
      return reply.code(201).header('location', `/api/action-plans/${plan.id}`).send(plan);
    },
  );

  app.get(
    '/api/action-plans/:id',
    {
      schema: {
        tags,
        summary: 'A plan with its strategies, activities and indicators',
        params: idParams,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, actionPlanPolicy, 'read', undefined);
      const plan = await inTenant(db, actor, (tx) => planOfCountry(tx, actor, request.params.id));
      return reply.header('etag', versionEtag(plan.version)).send(plan);
    },
  );

  app.put(
    '/api/action-plans/:id',
    {
      schema: {
        tags,
        summary:
          'Edit a plan on the version you read (If-Match): its title, strategies, activities and indicators — a part with an id is changed, one without added; 412 if it changed since',
        params: idParams,
        headers: ifMatchHeaders,
        body: editPlanSchema,
        response: { 200: planSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, actionPlanPolicy, 'coordinate', undefined);
      const plan = await inTenant(db, actor, async (tx) => {
        const plan = await planOfCountry(tx, actor, request.params.id);
        authorize(actor, actionPlanPolicy, 'coordinate', plan);
        const version = versionOfIfMatch(request.headers['if-match']);
        await editPlan({ tx, actor, plan, version, edit: request.body, requestId: request.id });
        return requirePlan(tx, plan.id);
      });
      return reply.header('etag', versionEtag(plan.version)).send(plan);
    },
  );

  app.get(
    '/api/action-plans/:id/reports',
    {
      schema: {
        tags,
        summary:
          "A plan's progress reports you may see: your agency's own (drafts too); for the coordinating agency, every submitted one",
        params: idParams,
        response: { 200: z.object({ items: z.array(reportSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const plan = await planOfCountry(tx, actor, request.params.id);
        const coordinator = allows(actor, actionPlanPolicy, 'coordinate', plan) || actor.skipPolicyChecks;
        const rows = (await listReports(tx, plan.id)).filter((row) =>
          coordinator
            ? row.state !== 'draft' || row.agency_id === actor.agencyId
            : row.agency_id === actor.agencyId,
        );
        return { items: rows.map(presentReport) };
      });
    },
  );

  app.post(
    '/api/action-plans/:id/reports',
    {
      schema: {
        tags,
        summary: 'Report progress on an activity your agency is responsible for, for a year of the plan',
        params: idParams,
        body: createReportSchema,
        response: { 201: reportSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const report = await inTenant(db, actor, async (tx) => {
        const plan = await planOfCountry(tx, actor, request.params.id);
        const activity = findActivity(plan, request.body.activityId);
        if (!activity)
          throw new ValidationError([
            { code: 'activity_not_of_plan', field: 'activityId', message: 'is not an activity of this plan' },
          ]);
        authorize(actor, reportPolicy, 'report', activity);
        return createReport({ tx, actor, plan, activity, report: request.body, requestId: request.id });
      });
      return reply
        .code(201)
        .header('location', `/api/action-plan-reports/${report.id}`)
        .send(presentReport(report));
    },
  );

  app.get(
    '/api/action-plan-reports/:id',
    {
      schema: {
        tags,
        summary: 'A progress report',
        params: idParams,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const report = await readableReport(tx, actor, request.params.id);
        return presentReport(report);
      });
    },
  );

  app.post(
    '/api/action-plan-reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft or returned report, with any last changes, to the coordinator',
        params: idParams,
        body: submitReportSchema,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const report = await requireReport(tx, request.params.id);
        if (!actor.skipPolicyChecks && report.agency_id !== actor.agencyId)
          throw new NotFoundError('action_plan_report');
        const plan = await requirePlan(tx, report.plan_id);
        const activity = findActivity(plan, report.activity_id);
        if (!activity) throw new NotFoundError('action_plan_report');
        authorize(actor, reportPolicy, 'report', activity);
        return presentReport(
          await submitReport({ tx, actor, activity, report, changes: request.body, requestId: request.id }),
        );
      });
    },
  );

  app.post(
    '/api/action-plan-reports/:id/review',
    {
      schema: {
        tags,
        summary: "The coordinator's review: accept a submitted report, or return it with a comment",
        params: idParams,
        body: reviewReportSchema,
        response: { 200: reportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const report = await requireReport(tx, request.params.id);
        const plan = await planOfCountry(tx, actor, report.plan_id);
        if (!actor.skipPolicyChecks && report.state === 'draft')
          throw new NotFoundError('action_plan_report');
        authorize(actor, actionPlanPolicy, 'coordinate', plan);
        return presentReport(
          await reviewReport({ tx, actor, report, review: request.body, requestId: request.id }),
        );
      });
    },
  );

  app.get(
    '/api/action-plans/:id/dashboard',
    {
      schema: {
        tags,
        summary:
          'Progress by pillar and by responsible agency, the late reports, and each indicator against its targets in a year (for the coordinating agency)',
        params: idParams,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const plan = await planOfCountry(tx, actor, request.params.id);
        authorize(actor, actionPlanPolicy, 'coordinate', plan);
        const today = await agencyToday(tx, actor.agencyId);
        const reports = await listReports(tx, plan.id);
        const { byPillar, byAgency, late } = planProgress(plan, reports, today);
        const names = await agenciesOfCountry(tx, plan.country);
        const year = assessedYear(plan, today, request.query.year);
        const indicators = indicatorProgress(plan, reports, year);
        return {
          today,
          indicators: {
            year,
            rows: indicators.rows,
            byPillar: [...indicators.byPillar].map(([pillar, counts]) => ({
              pillar: pillar as 'prevention',
              ...counts,
            })),
            byAgency: [...indicators.byAgency].map(([agencyId, counts]) => ({
              agencyId,
              agencyName: names.get(agencyId) ?? '',
              ...counts,
            })),
          },
          graceDays: reportGraceDays,
          byPillar: [...byPillar].map(([pillar, tally]) => ({ pillar: pillar as 'prevention', ...tally })),
          byAgency: [...byAgency].map(([agencyId, tally]) => ({
            agencyId,
            agencyName: names.get(agencyId) ?? '',
            ...tally,
          })),
          late,
        };
      });
    },
  );
}
