import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import { problemResponses, problemSchema } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { NotFoundError, TooManyRequestsError } from '../../shared/errors.ts';
import { noBody } from '../../shared/no-body.ts';
import { type AttemptKind, checkAttempts, clientHash, logAttempt } from './abuse.ts';
import { checkProgress, progressCheckSchema, publicProgressSchema } from './case-progress.ts';
import { publicHelp, publicHelpItemSchema } from './help-content.ts';
import { issueChallenge, spendProofOfWork } from './proof-of-work.ts';
import {
  answerAsReporter,
  presentMessages,
  reportForReporter,
  submitReport,
  takenUpAs,
} from './public-report.commands.ts';
import { findReportByTrackingCode, messagesOf, type ReportRow } from './public-report.repo.ts';
import {
  newPublicReportSchema,
  portalLanguageSchema,
  reportBodyLimit,
  reporterAnswerSchema,
  reportReceiptSchema,
  reportStatusViewSchema,
  trackingCredentialsSchema,
} from './public-report.schema.ts';
import { decodePictures } from './report-pictures.ts';

const tags = ['public portal'];
/** Small forms: a code and a secret, an answer. Reports with pictures get more (see below). */
const smallBody = 32 * 1024;

/**
 * The public portal's anonymous endpoints. No sign-in; each is rate-limited per address (counted
 * in the database's rate_limit_counter, so every API process shares the limit), anonymous forms need a proof of work, code-and-secret checks count failures per hashed
 * client (public_attempt, kept an hour), and every answer about a code is the same whether the
 * code is unknown or the secret wrong.
 */
export function registerPublicRoutes(app: App, { db, keyring, config }: Services): void {
  const rateLimit = { max: config.publicPortal.rateLimitPerMinute, timeWindow: '1 minute' };
  const publicConfig = { public: true, rateLimit };
  // Reports land in triage queues: far fewer an address may send, counted apart from the rest.
  const reportRateLimit = {
    max: config.publicPortal.reportsPerHour,
    timeWindow: '1 hour',
    errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
      new TooManyRequestsError(
        'report_rate_limited',
        'Too many reports from this connection in the last hour; try again later.',
        Math.max(1, Math.ceil(context.ttl / 1000)),
      ),
  };

  app.post(
    '/api/public/challenges',
    {
      config: publicConfig,
      bodyLimit: smallBody,
      schema: {
        tags,
        summary: 'A proof-of-work challenge for an anonymous form (valid 10 minutes, once)',
        security: [],
        body: noBody,
        response: {
          201: z
            .object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() })
            .meta({ id: 'PublicChallenge' }),
          ...problemResponses,
        },
      },
    },
    async (_request, reply) => reply.code(201).send(issueChallenge(keyring, config.publicPortal.powBits)),
  );

  app.post(
    '/api/public/reports',
    {
      config: { public: true, rateLimit: reportRateLimit },
      bodyLimit: reportBodyLimit,
      schema: {
        tags,
        summary: 'Report a suspicion of trafficking, anonymously or with contact details',
        description:
          'Returns a tracking code and a secret, shown only now. Text is kept as typed and shown only as text. ' +
          'A picture over 2 MiB answers 413 `picture_too_large`; a damaged one 400 with `picture_undecodable` on its field.',
        security: [],
        body: newPublicReportSchema,
        response: { 201: reportReceiptSchema, ...problemResponses, 413: problemSchema },
      },
    },
    async (request, reply) => {
      const client = clientHash(keyring, request.ip);
      // The proof is spent and committed first, on its own: a request refused after it (a picture
      // that does not decode, a country nobody serves) has used it up, so one proof cannot be sent
      // again and again to make the server inflate pictures. Then the pictures are checked (no
      // database), and only then is a transaction opened.
      await db.transaction((tx) => spendProofOfWork(tx, keyring, request.body.proofOfWork));
      const pictures = await decodePictures(request.body);
      const receipt = await db.transaction(async (tx) => {
        const made = await submitReport({
          tx,
          keyring,
          report: request.body,
          pictures,
          requestId: request.id,
        });
        await logAttempt(tx, 'report', client, true);
        return made;
      });
      return reply.code(201).send(receipt);
    },
  );

  /** Finds the report a code and secret open, logging the attempt; throws the same 404 for any miss. */
  async function withReport<T>(
    kind: AttemptKind,
    ip: string,
    credentials: { trackingCode: string; secret: string },
    requestId: string,
    work: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0], report: ReportRow) => Promise<T>,
  ): Promise<T> {
    const client = clientHash(keyring, ip);
    const result = await db.transaction(async (tx) => {
      await checkAttempts(tx, kind, client);
      const report = reportForReporter(
        await findReportByTrackingCode(tx, credentials.trackingCode),
        credentials.secret,
      );
      await logAttempt(tx, kind, client, report !== undefined);
      if (!report) {
        await recordAudit(tx, {
          actorUserId: null,
          agencyId: null,
          action: `public_report.${kind === 'report_status' ? 'status' : 'answer'}`,
          outcome: 'failure',
          requestId,
        });
        return { missing: true as const };
      }
      return { missing: false as const, value: await work(tx, report) };
    });
    if (result.missing) throw new NotFoundError('public_report');
    return result.value;
  }

  async function statusView(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], report: ReportRow) {
    return {
      trackingCode: report.tracking_code,
      status: report.status,
      takenUpAs: takenUpAs(report),
      receivedAt: new Date(report.received_at).toISOString(),
      messages: presentMessages(keyring, await messagesOf(tx, report.id)),
    };
  }

  app.post(
    '/api/public/reports/status',
    {
      config: publicConfig,
      bodyLimit: smallBody,
      schema: {
        tags,
        summary: "A report's status and the agency's questions, with its tracking code and secret",
        security: [],
        body: trackingCredentialsSchema,
        response: { 200: reportStatusViewSchema, ...problemResponses },
      },
    },
    async (request) =>
      withReport('report_status', request.ip, request.body, request.id, async (tx, report) => {
        await recordAudit(tx, {
          actorUserId: null,
          agencyId: report.agency_id,
          action: 'public_report.status',
          subject: { type: 'public_report', id: report.id },
          requestId: request.id,
        });
        return statusView(tx, report);
      }),
  );

  app.post(
    '/api/public/reports/answers',
    {
      config: publicConfig,
      bodyLimit: smallBody,
      schema: {
        tags,
        summary: "Answer the agency's follow-up questions, with the tracking code and secret",
        security: [],
        body: reporterAnswerSchema,
        response: { 200: reportStatusViewSchema, ...problemResponses },
      },
    },
    async (request) =>
      withReport('report_status', request.ip, request.body, request.id, async (tx, report) => {
        await answerAsReporter({ tx, keyring, report, answer: request.body.answer, requestId: request.id });
        return statusView(tx, { ...report, status: 'in_review' });
      }),
  );

  app.post(
    '/api/public/case-progress',
    {
      config: publicConfig,
      bodyLimit: smallBody,
      schema: {
        tags,
        summary: 'The progress summary of a case, with its reference and the secret from the case worker',
        description: 'An unknown reference and a wrong, expired or revoked secret get the same 404.',
        security: [],
        body: progressCheckSchema,
        response: { 200: publicProgressSchema, ...problemResponses },
      },
    },
    async (request) => {
      const client = clientHash(keyring, request.ip);
      const result = await db.transaction(async (tx) => {
        await checkAttempts(tx, 'case_progress', client);
        const checked = await checkProgress({ tx, keyring, ...request.body });
        await logAttempt(tx, 'case_progress', client, checked !== undefined);
        await recordAudit(tx, {
          actorUserId: null,
          agencyId: checked?.agencyId ?? null,
          action: 'case_progress.check',
          ...(checked && { subject: { type: 'case', id: checked.caseId } }),
          outcome: checked ? 'success' : 'failure',
          requestId: request.id,
        });
        return checked?.found;
      });
      if (!result) throw new NotFoundError('case_progress');
      return result;
    },
  );

  app.get(
    '/api/public/help',
    {
      config: publicConfig,
      schema: {
        tags,
        summary: 'Hotlines, victims’ rights, warning signs and campaign material, in one language',
        security: [],
        querystring: z.strictObject({
          country: z
            .string()
            .regex(/^[A-Z]{2}$/)
            .optional(),
          language: portalLanguageSchema.default('en'),
        }),
        response: {
          200: z.object({ items: z.array(publicHelpItemSchema) }).meta({ id: 'PublicHelp' }),
          ...problemResponses,
        },
      },
    },
    async (request) => ({
      items: await db.transaction((tx) => publicHelp(tx, request.query.country, request.query.language)),
    }),
  );
}
