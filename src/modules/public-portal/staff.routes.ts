import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import { decryptField } from '../../crypto/field-cipher.ts';
import type { Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { type Actor, authorize } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { recordCasePartRead, requireCase } from '../cases/index.ts';
import { openInvestigationSchema } from '../prosecution/index.ts';
import {
  issueCode,
  issuedCodeSchema,
  issueProgressCodeSchema,
  progressOf,
  progressSummaryInputSchema,
  progressViewSchema,
  publishSummary,
  revokeCode,
} from './case-progress.ts';
import { addHelp, changeHelp, helpContentInputSchema, helpContentSchema, listHelp } from './help-content.ts';
import { helpPolicy, progressPolicy, triagePolicy } from './public-portal.policy.ts';
import {
  askQuestion,
  closeReport,
  convertReport,
  convertToInvestigation,
  listItem,
  readForTriage,
} from './public-report.commands.ts';
import { listReports, pictureIdsOf, requirePicture, requireReport } from './public-report.repo.ts';
import {
  askQuestionSchema,
  closeReportSchema,
  convertReportSchema,
  reportStatusSchema,
  triageListItemSchema,
  triageReportSchema,
} from './public-report.schema.ts';
import { pictureContext } from './report-pictures.ts';

const idParams = z.strictObject({ id: z.uuid() });

/** A case of the actor's own agency; another agency's (even one shared by referral) is not found. */
async function ownCase(tx: Tx, actor: Actor, id: string) {
  const found = await requireCase(tx, id);
  if (!actor.skipPolicyChecks && found.agency_id !== actor.agencyId) throw new NotFoundError('case');
  return found;
}

/** The agency's triage queue of public reports, case progress codes, and the help pages' editing. */
export function registerStaffRoutes(app: App, { db, keyring, config }: Services): void {
  const triageTags = ['public reports (triage)'];

  app.get(
    '/api/public-reports',
    {
      schema: {
        tags: triageTags,
        summary: "Your agency's triage queue of reports from the public, newest first",
        querystring: z.strictObject({ status: reportStatusSchema.optional() }),
        response: { 200: z.object({ items: z.array(triageListItemSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, triagePolicy, 'list', undefined);
      return inTenant(db, actor, async (tx) => ({
        items: (await listReports(tx, request.query.status)).map(listItem),
      }));
    },
  );

  app.get(
    '/api/public-reports/:id',
    {
      schema: {
        tags: triageTags,
        summary: 'A report in full, with the conversation (audited)',
        params: idParams,
        response: { 200: triageReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const report = await requireReport(tx, request.params.id);
        authorize(actor, triagePolicy, 'work', report);
        const pictureIds = await pictureIdsOf(tx, report.id);
        return readForTriage({ tx, actor, keyring, report, pictureIds, requestId: request.id });
      });
    },
  );

  app.get(
    '/api/public-reports/:id/pictures/:pictureId',
    {
      schema: {
        tags: triageTags,
        summary: "A report's picture, metadata stripped (audited)",
        params: z.strictObject({ id: z.uuid(), pictureId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const picture = await inTenant(db, actor, async (tx) => {
        const report = await requireReport(tx, request.params.id);
        authorize(actor, triagePolicy, 'work', report);
        const row = await requirePicture(tx, report.id, request.params.pictureId);
        await recordAudit(tx, {
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          action: 'public_report.read_picture',
          subject: { type: 'public_report', id: report.id },
          requestId: request.id,
          detail: { pictureId: request.params.pictureId },
        });
        return row;
      });
      return reply
        .type(picture.media_type)
        .header('content-disposition', 'inline')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(decryptField(keyring, pictureContext, picture.content), 'base64'));
    },
  );

  const triageAction = <Body>(
    path: string,
    summary: string,
    body: z.ZodType<Body>,
    work: (props: Parameters<typeof askQuestion>[0] & { body: Body }) => Promise<unknown>,
    action: 'work' | 'convert' | 'investigate' = 'work',
  ) =>
    app.post(
      path,
      {
        schema: {
          tags: triageTags,
          summary,
          params: idParams,
          body,
          response: { 200: triageReportSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return inTenant(db, actor, async (tx) => {
          const report = await requireReport(tx, (request.params as { id: string }).id);
          authorize(actor, triagePolicy, action, report);
          const props = {
            tx,
            actor,
            keyring,
            report,
            requestId: request.id,
            question: '',
            body: request.body as Body,
          };
          await work(props);
          const changed = await requireReport(tx, report.id);
          return readForTriage({
            tx,
            actor,
            keyring,
            report: changed,
            pictureIds: await pictureIdsOf(tx, report.id),
            requestId: request.id,
          });
        });
      },
    );

  triageAction(
    '/api/public-reports/:id/questions',
    'Ask the reporter a follow-up question',
    askQuestionSchema,
    (p) => askQuestion({ ...p, question: p.body.question }),
  );
  triageAction('/api/public-reports/:id/close', 'Close a report without a case', closeReportSchema, (p) =>
    closeReport({ ...p, reason: p.body.reason }),
  );
  triageAction(
    '/api/public-reports/:id/convert',
    'Turn a report into a case of your agency (victim case or investigation)',
    convertReportSchema,
    (p) =>
      convertReport({
        ...p,
        type: p.body.type,
        personId: p.body.personId,
        jurisdiction: config.jurisdiction,
      }),
    'convert',
  );
  triageAction(
    '/api/public-reports/:id/investigation',
    "Turn a report into an investigation of your agency; it keeps the report's what, where and when",
    openInvestigationSchema,
    (p) => convertToInvestigation({ ...p, investigation: p.body, jurisdiction: config.jurisdiction }),
    'investigate',
  );

  const progressTags = ['case progress'];
  app.get(
    '/api/cases/:id/progress',
    {
      schema: {
        tags: progressTags,
        summary: 'The progress summary published for the public, and the codes issued',
        params: idParams,
        response: { 200: progressViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await ownCase(tx, actor, request.params.id);
        authorize(actor, progressPolicy, 'read', found);
        await recordCasePartRead(tx, { actor, caseId: found.id, part: 'progress', requestId: request.id });
        return progressOf({
          tx,
          actor,
          keyring,
          caseId: found.id,
          reference: found.reference,
          requestId: request.id,
        });
      });
    },
  );

  app.put(
    '/api/cases/:id/progress',
    {
      schema: {
        tags: progressTags,
        summary: 'Publish the summary a code holder sees (stage, next step, contact point)',
        params: idParams,
        body: progressSummaryInputSchema,
        response: { 200: progressViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const found = await ownCase(tx, actor, request.params.id);
        authorize(actor, progressPolicy, 'publish', found);
        const props = {
          tx,
          actor,
          keyring,
          caseId: found.id,
          reference: found.reference,
          requestId: request.id,
        };
        await publishSummary({ ...props, summary: request.body });
        return progressOf(props);
      });
    },
  );

  app.post(
    '/api/cases/:id/progress-codes',
    {
      schema: {
        tags: progressTags,
        summary: 'Issue a secret for the case’s progress page (shown once; expires; revocable)',
        params: idParams,
        body: issueProgressCodeSchema,
        response: { 201: issuedCodeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const issued = await inTenant(db, actor, async (tx) => {
        const found = await ownCase(tx, actor, request.params.id);
        authorize(actor, progressPolicy, 'publish', found);
        return issueCode({
          tx,
          actor,
          keyring,
          caseId: found.id,
          reference: found.reference,
          validDays: request.body.validDays,
          requestId: request.id,
        });
      });
      return reply.code(201).send(issued);
    },
  );

  app.post(
    '/api/progress-codes/:id/revoke',
    {
      schema: {
        tags: progressTags,
        summary: 'Revoke a progress code; it opens nothing from now on',
        params: idParams,
        body: noBody,
        response: { 200: progressViewSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        const [code] = await tx.query<{ case_id: string }>(
          'select case_id from case_progress_code where id = $1',
          [request.params.id],
        );
        const found = await ownCase(tx, actor, code?.case_id ?? request.params.id);
        authorize(actor, progressPolicy, 'publish', found);
        await revokeCode({ tx, actor, keyring, codeId: request.params.id, requestId: request.id });
        return progressOf({
          tx,
          actor,
          keyring,
          caseId: found.id,
          reference: found.reference,
          requestId: request.id,
        });
      });
    },
  );

  const helpTags = ['help pages'];
  app.get(
    '/api/help-content',
    {
      schema: {
        tags: helpTags,
        summary: "Your country's help and awareness pages in every language, drafts included",
        response: { 200: z.object({ items: z.array(helpContentSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, helpPolicy, 'manage', undefined);
      return inTenant(db, actor, async (tx) => ({ items: await listHelp(tx) }));
    },
  );

  app.post(
    '/api/help-content',
    {
      schema: {
        tags: helpTags,
        summary: 'Add a help page entry for your country',
        body: helpContentInputSchema,
        response: { 201: helpContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(actor, helpPolicy, 'manage', undefined);
      const added = await inTenant(db, actor, (tx) =>
        addHelp({ tx, actor, content: request.body, requestId: request.id }),
      );
      return reply.code(201).send(added);
    },
  );

  app.put(
    '/api/help-content/:id',
    {
      schema: {
        tags: helpTags,
        summary: 'Change a help page entry of your country',
        params: idParams,
        body: helpContentInputSchema,
        response: { 200: helpContentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(actor, helpPolicy, 'manage', undefined);
      return inTenant(db, actor, (tx) =>
        changeHelp({ tx, actor, id: request.params.id, content: request.body, requestId: request.id }),
      );
    },
  );
}
