import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import {
  allPacks,
  labelSchema,
  packCodeSchema,
  packForAgency,
  packSchema,
} from '../../jurisdictions/index.ts';
import { authorize, type Policy } from '../../policy/policy.ts';
import { requireAgency } from '../agencies/agency.repo.ts';

const tags = ['jurisdictions'];

/** Jurisdiction packs are public law and form labels: every signed-in user may read them. */
const jurisdictionPolicy = { read: () => true } satisfies Policy<undefined>;

const packSummarySchema = z.object({
  code: packCodeSchema,
  country: z.string().nullable(),
  name: labelSchema,
});

/** The jurisdiction packs: the one the signed-in user's agency works under, and the list. */
export function registerJurisdictionRoutes(app: App, { db, config }: Services): void {
  app.get(
    '/api/jurisdiction',
    {
      schema: {
        tags,
        summary:
          "The pack of the user's agency (its country's, else the deployment's): time limits, offences, form options",
        response: { 200: packSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, jurisdictionPolicy, 'read', undefined);
      return inTenant(db, actor, async (tx) =>
        packForAgency(await requireAgency(tx, actor.agencyId), config.jurisdiction),
      );
    },
  );

  app.get(
    '/api/jurisdictions',
    {
      schema: {
        tags,
        summary: "Every pack, and the deployment's",
        response: {
          200: z.object({ deployment: packCodeSchema, items: z.array(packSummarySchema) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      authorize(actorOf(request), jurisdictionPolicy, 'read', undefined);
      return {
        deployment: config.jurisdiction,
        items: allPacks().map(({ code, country, name }) => ({ code, country, name })),
      };
    },
  );
}
