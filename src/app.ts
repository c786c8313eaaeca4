import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Keyring } from './crypto/keyring.ts';
import type { Db } from './db/db.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { clientProblem } from './http/client-error.ts';
import { responseSerializerCompiler } from './http/compiled-response.ts';
import { loggerOptions, registerRequestLogging } from './http/logging.ts';
import { registerNamedRefinementCheck } from './http/named-refinements.ts';
import { registerOpenApi } from './http/openapi.ts';
import { frameworkProblem, registerProblemHandlers } from './http/problem.ts';
import { databaseRateLimitStore, redisRateLimitStore } from './http/rate-limit-store.ts';
import { auditRefusedChange } from './http/refused-changes.ts';
import { registerRefusalAudit } from './http/refused-reads.ts';
import { registerSecurityHeaders } from './http/security.ts';
import type { App, Services } from './http/types.ts';
import { registerUnstorableTextCheck } from './http/unstorable-text.ts';
import { registerWebApp } from './http/web-app.ts';
import { registerActionPlanRoutes } from './modules/action-plans/index.ts';
import { registerAgencyRoutes } from './modules/agencies/index.ts';
import { registerApprovalRoutes } from './modules/approvals/index.ts';
import { registerAttachmentRoutes } from './modules/attachments/index.ts';
import { registerAuditLogRoutes } from './modules/audit-log/index.ts';
import { registerAuthRoutes, registerDraftKeyRoutes } from './modules/auth/index.ts';
import { registerCampaignRoutes } from './modules/campaigns/index.ts';
import { carePlanApprovalAppliers, registerCareRoutes } from './modules/care/index.ts';
import { caseApprovalAppliers, registerCaseRoutes, registerCaseWorkRoutes } from './modules/cases/index.ts';
import { registerCommitteeRoutes } from './modules/committees/index.ts';
import { registerConsentRoutes } from './modules/consents/index.ts';
import { registerDeadlineRoutes } from './modules/deadlines/index.ts';
import { registerGuidelineRoutes } from './modules/guidelines/index.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { registerHealthScreeningRoutes } from './modules/health-screening/index.ts';
import { registerJobAdvertRoutes } from './modules/jobads/index.ts';
import { registerJurisdictionRoutes } from './modules/jurisdictions/index.ts';
import { registerLinkageRoutes } from './modules/linkage/index.ts';
import { registerOpenDataRoutes } from './modules/opendata/index.ts';
import { registerPartnerRoutes } from './modules/partners/index.ts';
import { registerPersonRoutes } from './modules/persons/index.ts';
import { registerProsecutionRoutes } from './modules/prosecution/index.ts';
import { registerProtectionOrderRoutes } from './modules/protection-orders/index.ts';
import { registerPublicPortalRoutes } from './modules/public-portal/index.ts';
import { referralApprovalAppliers, registerReferralRoutes } from './modules/referrals/index.ts';
import { registerReintegrationRoutes } from './modules/reintegration/index.ts';
import { registerRepatriationRoutes } from './modules/repatriation/index.ts';
import { registerReportRoutes } from './modules/reports/index.ts';
import {
  erasureApprovalAppliers,
  registerErasureNoticeRoutes,
  registerErasureRoutes,
  registerRetentionPeriodRoutes,
} from './modules/retention/index.ts';
import { registerScreeningRoutes } from './modules/screening/index.ts';
import { registerShelterModuleRoutes } from './modules/shelters/index.ts';
import { registerStatisticsRoutes } from './modules/statistics/index.ts';
import { registerTrainingModuleRoutes } from './modules/training/index.ts';
import { registerUserRoutes } from './modules/users/index.ts';
import { version } from './version.ts';

export interface BuildAppOptions {
  readonly config: Config;
  readonly db: Db;
  /** A read replica for read-only figures (DATABASE_READ_URL); without it they read `db`. */
  readonly readDb?: Db;
  readonly keyring: Keyring;
  /** A logger to use instead of one made from the config (tests pass a silent or capturing one). */
  readonly logger?: FastifyBaseLogger;
  /**
   * Test-only: switches off the application's permission checks so that a test can prove that
   * row-level security alone keeps agencies apart. Never set from configuration.
   */
  readonly unsafeSkipPolicyChecks?: boolean;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** The rate limits' counter: Redis when configured (closed with the app), else the database. */
function rateLimitStore(app: App, config: Config, db: Db) {
  if (!config.redisUrl) return databaseRateLimitStore(db);
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  // The URL may hold a password: only the error's name is logged.
  redis.on('error', (error: Error) => app.log.warn({ errorName: error.name }, 'redis unreachable'));
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return redisRateLimitStore(redis);
}

/** Builds the HTTP application: plugins, authentication, every module's routes, one error handler. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config, db, keyring } = options;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: loggerOptions(config.logLevel) }),
    bodyLimit: 1024 * 1024,
    // Requests are logged by registerRequestLogging, with only the fields it allows.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    // A bad URL or an overlong path parameter answers problem+json too (found by the fuzzer).
    frameworkErrors: frameworkProblem,
    // A URL and headers over 16 KB (a long search) never reach the router: problem+json still.
    clientErrorHandler: clientProblem,
    // A caller's request id (from a load balancer) is kept when it looks like one; otherwise a new one.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // zod's encoding, or a compiled serializer for the hottest reads' schemas (decision 0136).
  app.setSerializerCompiler(responseSerializerCompiler);
  // JSON only: a form on another site cannot send JSON without a CORS preflight, which never succeeds.
  app.removeContentTypeParser('text/plain');

  const services: Services = { config, db, readDb: options.readDb ?? db, keyring };
  registerProblemHandlers(app, (request, error) => auditRefusedChange(db, request, error));
  registerUnstorableTextCheck(app);
  registerNamedRefinementCheck(app);
  registerRequestLogging(app);
  await app.register(fastifyCookie);
  // Counted in Redis when REDIS_URL is set, else in the database, so that limits hold across every
  // API process (issue 11).
  await app.register(fastifyRateLimit, { global: false, store: rateLimitStore(app, config, db) });
  await registerSecurityHeaders(app);
  await registerOpenApi(app, version);
  registerAuthentication(app, services, { skipPolicyChecks: options.unsafeSkipPolicyChecks === true });
  // After authentication's own wrapping of routes, so that it sees what the route finally answered.
  registerRefusalAudit(app, db);

  registerHealthRoutes(app, services, version);
  registerAuthRoutes(app, services);
  registerDraftKeyRoutes(app, services);
  registerAgencyRoutes(app, services);
  registerUserRoutes(app, services);
  registerAuditLogRoutes(app, services);
  registerPersonRoutes(app, services);
  registerLinkageRoutes(app, services);
  registerScreeningRoutes(app, services);
  registerCaseRoutes(app, services);
  registerJurisdictionRoutes(app, services);
  registerDeadlineRoutes(app, services);
  registerProtectionOrderRoutes(app, services);
  registerConsentRoutes(app, services);
  registerReferralRoutes(app, services);
  registerCaseWorkRoutes(app, services);
  registerReportRoutes(app, services);
  registerCareRoutes(app, services);
  registerShelterModuleRoutes(app, services);
  registerApprovalRoutes(app, services, {
    ...caseApprovalAppliers(keyring),
    ...carePlanApprovalAppliers(keyring),
    ...referralApprovalAppliers(config.jurisdiction),
    ...erasureApprovalAppliers(),
  });
  registerErasureRoutes(app, services);
  registerErasureNoticeRoutes(app, services);
  registerRetentionPeriodRoutes(app, services);
  registerHealthScreeningRoutes(app, services);
  registerRepatriationRoutes(app, services);
  registerReintegrationRoutes(app, services);
  registerProsecutionRoutes(app, services);
  registerJobAdvertRoutes(app, services);
  registerStatisticsRoutes(app, services);
  registerOpenDataRoutes(app, services);
  registerActionPlanRoutes(app, services);
  registerCommitteeRoutes(app, services);
  registerGuidelineRoutes(app, services);
  registerPublicPortalRoutes(app, services);
  registerTrainingModuleRoutes(app, services);
  registerPartnerRoutes(app, services);
  registerCampaignRoutes(app, services);
  await registerAttachmentRoutes(app, services);
  await registerWebApp(app);

  await app.ready();
  return app;
}
