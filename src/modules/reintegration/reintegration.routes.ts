import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { packForCountry } from '../../jurisdictions/index.ts';
import { authorize, can } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { periodProblems } from '../../shared/period.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import {
  closeReintegrationPlan,
  createReintegrationPlan,
  readReintegrationPlan,
  readReintegrationPlans,
  recordFollowUp,
} from './reintegration.commands.ts';
import { reintegrationAgencyPolicy, reintegrationPolicy } from './reintegration.policy.ts';
import { presentReintegrationPlan, presentStatistics } from './reintegration.presenter.ts';
import { reintegrationStatistics, requireReintegrationPlan } from './reintegration.repo.ts';
import {
  closeReintegrationPlanSchema,
  createReintegrationPlanSchema,
  recordFollowUpSchema,
  reintegrationPlanSchema,
  reintegrationStatisticsSchema,
  statisticsQuerySchema,
} from './reintegration.schema.ts';
import {
  closureReasonLabels,
  codeLabels,
  measureLabels,
  outcomeMeasures,
  riskCodes,
  wellbeingCodes,
} from './reintegration-outcomes.ts';

const tags = ['reintegration'];
const idParams = z.strictObject({ id: z.uuid() });
const labels = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });
const option = z.object({ code: z.string(), label: labels });

/** Reintegration plans, their follow-ups and closure, and the provincial figures. */
export function registerReintegrationRoutes(app: App, { db, keyring, config }: Services): void {
  app.get(
    '/api/reintegration/options',
    {
      schema: {
        tags,
        summary:
          "The outcome measures, their codes and the closure reasons, labelled in every language; your country's default intervals",
        response: {
          200: z.object({
            measures: z.array(option.extend({ codes: z.array(option) })),
            closureReasons: z.array(option),
            defaultFollowUpMonths: z.array(z.int()),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const agency = await inTenant(db, actor, (tx) => findAgency(tx, actor.agencyId));
      const pack = packForCountry(agency?.country, config.jurisdiction);
      return {
        measures: outcomeMeasures.map((measure) => ({
          code: measure,
          label: measureLabels[measure],
          codes: (measure === 're_trafficking_risk' ? riskCodes : wellbeingCodes).map((code) => ({
            code,
            label: codeLabels[code],
          })),
        })),
        closureReasons: Object.entries(closureReasonLabels).map(([code, label]) => ({ code, label })),
        defaultFollowUpMonths: [...pack.reintegrationFollowUpMonths],
      };
    },
  );

  app.post(
    '/api/reintegration-plans',
    {
      schema: {
        tags,
        summary: 'Open a reintegration plan after a return, with follow-ups at set intervals',
        body: createReintegrationPlanSchema,
        response: { 201: reintegrationPlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        authorize(actor, reintegrationAgencyPolicy, 'plan', undefined);
        const plan = await createReintegrationPlan({
          tx,
          actor,
          keyring,
          plan: request.body,
          jurisdiction: config.jurisdiction,
          requestId: request.id,
        });
        return presentReintegrationPlan(plan, keyring, await agencyToday(tx, actor.agencyId));
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/reintegration-plans',
    {
      schema: {
        tags,
        summary: "Your agency's reintegration plans, newest return first (reading them is audited)",
        response: { 200: z.object({ items: z.array(reintegrationPlanSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, reintegrationAgencyPolicy, 'list', undefined);
        const plans = await readReintegrationPlans({ tx, actor, keyring, requestId: request.id });
        const today = await agencyToday(tx, actor.agencyId);
        return { items: plans.map((plan) => presentReintegrationPlan(plan, keyring, today)) };
      });
    },
  );

  app.get(
    '/api/reintegration-plans/:id',
    {
      schema: {
        tags,
        summary: 'One reintegration plan with its schedule and follow-ups (reading it is audited)',
        params: idParams,
        response: { 200: reintegrationPlanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, reintegrationPolicy, 'read', await requireReintegrationPlan(tx, request.params.id));
        const plan = await readReintegrationPlan({
          tx,
          actor,
          keyring,
          planId: request.params.id,
          requestId: request.id,
        });
        return presentReintegrationPlan(plan, keyring, await agencyToday(tx, actor.agencyId));
      });
    },
  );

  app.post(
    '/api/reintegration-plans/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Record a follow-up with every outcome measure; not before the return',
        params: idParams,
        body: recordFollowUpSchema,
        response: { 201: reintegrationPlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const body = await inTenant(db, actor, async (tx) => {
        const plan = await requireReintegrationPlan(tx, request.params.id);
        authorize(actor, reintegrationPolicy, 'followUp', plan);
        const changed = await recordFollowUp({
          tx,
          actor,
          keyring,
          plan,
          followUp: request.body,
          requestId: request.id,
        });
        return presentReintegrationPlan(changed, keyring, await agencyToday(tx, actor.agencyId));
      });
      return reply.status(201).send(body);
    },
  );

  app.post(
    '/api/reintegration-plans/:id/closure',
    {
      schema: {
        tags,
        summary: 'Close a reintegration plan with its reason',
        params: idParams,
        body: closeReintegrationPlanSchema,
        response: { 200: reintegrationPlanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const plan = await requireReintegrationPlan(tx, request.params.id);
        authorize(actor, reintegrationPolicy, 'close', plan);
        const closed = await closeReintegrationPlan({
          tx,
          actor,
          keyring,
          plan,
          closure: request.body,
          requestId: request.id,
        });
        return presentReintegrationPlan(closed, keyring, await agencyToday(tx, actor.agencyId));
      });
    },
  );

  app.get(
    '/api/reintegration/statistics',
    {
      schema: {
        tags,
        summary:
          'How many victims were reintegrated by province in a period, and how they are doing at their latest follow-up',
        querystring: statisticsQuerySchema,
        response: { 200: reintegrationStatisticsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { from, to } = request.query;
      const problems = periodProblems({ from, to }, { from: 'query.from', to: 'query.to' });
      if (problems.length > 0) throw new ValidationError(problems);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, reintegrationAgencyPolicy, 'statistics', undefined);
        const rows = await reintegrationStatistics(tx, from, to);
        return presentStatistics(
          rows,
          can(actor, 'statistics:read') ? 'national' : 'agency',
          from,
          to,
          config.statistics.smallCellThreshold,
        );
      });
    },
  );
}
