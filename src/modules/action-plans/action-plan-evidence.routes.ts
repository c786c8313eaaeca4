import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { maxAttachmentBytes, readUploadedFile, sendAsDownload } from '../attachments/index.ts';
import { readableReport } from './action-plan.access.ts';
import { findActivity } from './action-plan.commands.ts';
import {
  addEvidence,
  downloadEvidence,
  type EvidenceRow,
  evidenceFileName,
  listEvidence,
  requireEvidence,
} from './action-plan.evidence.ts';
import { reportPolicy } from './action-plan.policy.ts';
import { requirePlan } from './action-plan.repo.ts';

const tags = ['action-plans'];
const idParams = z.strictObject({ id: z.uuid() });

export const evidenceSchema = z
  .object({
    id: z.uuid(),
    reportId: z.uuid(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ActionPlanReportEvidence' });

/** Evidence on progress reports: uploaded by the reporting agency, read by whoever reads the report. */
export function registerEvidenceRoutes(app: App, { db, keyring, config }: Services): void {
  const files = { keyring, attachmentsDir: config.attachmentsDir };
  const present = (row: EvidenceRow): z.infer<typeof evidenceSchema> => ({
    id: row.id,
    reportId: row.report_id,
    fileName: evidenceFileName(keyring, row),
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    createdAt: new Date(row.created_at).toISOString(),
  });

  app.post(
    '/api/action-plan-reports/:id/evidence',
    {
      schema: {
        tags,
        summary:
          'Attach evidence to your agency’s draft or returned report (multipart field "file"; PDF, image ' +
          `or Word; at most ${maxAttachmentBytes / 1024 / 1024} MB)`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: evidenceSchema, 413: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { fileName, content } = await readUploadedFile(request);
      const added = await inTenant(db, actor, async (tx) => {
        const report = await readableReport(tx, actor, request.params.id);
        const activity = findActivity(await requirePlan(tx, report.plan_id), report.activity_id);
        if (!activity || (!actor.skipPolicyChecks && report.agency_id !== actor.agencyId))
          throw new NotFoundError('action_plan_report');
        authorize(actor, reportPolicy, 'report', activity);
        return addEvidence({ tx, actor, ...files, report, fileName, content, requestId: request.id });
      });
      return reply.code(201).send(present(added));
    },
  );

  app.get(
    '/api/action-plan-reports/:id/evidence',
    {
      schema: {
        tags,
        summary: "A report's evidence (names and types; the files are downloaded one by one)",
        params: idParams,
        response: { 200: z.object({ items: z.array(evidenceSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const report = await readableReport(tx, actor, request.params.id);
        return { items: (await listEvidence(tx, report.id)).map(present) };
      });
    },
  );

  app.get(
    '/api/action-plan-evidence/:id/content',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (sent as an attachment, never shown inline)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const file = await inTenant(db, actor, async (tx) => {
        const row = await requireEvidence(tx, request.params.id);
        await readableReport(tx, actor, row.report_id);
        return downloadEvidence({ tx, actor, ...files, row, requestId: request.id });
      });
      return sendAsDownload(reply, file);
    },
  );
}
