import { z } from 'zod';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { findShippedInstrument, shippedInstruments } from './instrument.registry.ts';
import { screeningPolicy } from './screening.policy.ts';
import { screeningInstrumentView } from './screening.schema.ts';

const tags = ['screening'];

/** The shipped screening instruments, whole, for the screening wizard: no database involved. */
export function registerInstrumentRoutes(app: App): void {
  app.get(
    '/api/screening-instruments',
    {
      schema: {
        tags,
        summary:
          'The screening instruments: profiles, dimensions, indicators with questions in every language',
        response: { 200: z.object({ items: z.array(screeningInstrumentView) }), ...problemResponses },
      },
    },
    async (request) => {
      authorize(actorOf(request), screeningPolicy, 'viewInstruments', undefined);
      return { items: [...shippedInstruments] };
    },
  );

  app.get(
    '/api/screening-instruments/:id/:version',
    {
      schema: {
        tags,
        summary: 'One version of a screening instrument',
        params: z.strictObject({ id: z.string().max(100), version: z.string().max(40) }),
        response: { 200: screeningInstrumentView, ...problemResponses },
      },
    },
    async (request) => {
      authorize(actorOf(request), screeningPolicy, 'viewInstruments', undefined);
      const instrument = findShippedInstrument(request.params.id, request.params.version);
      if (!instrument) throw new NotFoundError('screening_instrument');
      return instrument;
    },
  );
}
