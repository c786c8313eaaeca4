import { z } from 'zod';
import { recordAudit, recordRead } from '../../audit/audit.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { renderCertificate } from './certificate.pdf.ts';
import { certificateByCode, requireCertificate } from './training.repo.ts';
import { publicCertificateSchema } from './training.schema.ts';

const tags = ['training'];
const codePattern = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/**
 * A code as printed (`K7QM-2XHD-9PWA`) from what someone typed off the paper: any case, with or
 * without the dashes, spaces where the dashes were.
 */
function canonicalCode(typed: string): string {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  return letters.length === 12
    ? `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`
    : letters;
}

/** Where a certificate's code is checked: the public page of the host that served the PDF. */
const verifyPage = (request: { protocol: string; host: string }) =>
  `${request.protocol}://${request.host}/public/certificates`;

/** A certificate as PDF to those who may see it, and its public check by code. */
export function registerCertificateRoutes(app: App, { config, db }: Services): void {
  app.get(
    '/api/training-certificates/:id/pdf',
    {
      schema: {
        tags,
        summary:
          'A certificate as PDF (to the running agency’s trainers, the holder and the holder’s agency; audited)',
        params: z.strictObject({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const certificate = await inTenant(db, actor, async (tx) => {
        const row = await requireCertificate(tx, request.params.id);
        await recordRead(tx, {
          actor,
          subject: { type: 'training_certificate', id: row.id },
          requestId: request.id,
        });
        return row;
      });
      const pdf = await renderCertificate(certificate, verifyPage(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/public/certificates/:code',
    {
      config: {
        public: true,
        rateLimit: { max: config.certificateCheckRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary:
          'Check a certificate by its verification code, without signing in: only what is printed on it (rate-limited)',
        params: z.strictObject({
          code: z
            .string()
            .transform(canonicalCode)
            .pipe(z.string().regex(codePattern, 'a code such as K7QM-2XHD-9PWA')),
        }),
        response: { 200: publicCertificateSchema, ...problemResponses },
      },
    },
    async (request) => {
      // Not under a tenant: nobody is signed in. The query reads one certificate by its code and the
      // answer holds only the printed fields; each check is audited without the holder's name.
      const certificate = await db.transaction(async (tx) => {
        const row = await certificateByCode(tx, request.params.code);
        await recordAudit(tx, {
          actorUserId: null,
          agencyId: null,
          action: 'training_certificate.verify',
          outcome: row ? 'success' : 'failure',
          ...(row && { subject: { type: 'training_certificate', id: row.id } }),
          requestId: request.id,
        });
        return row;
      });
      if (!certificate) throw new NotFoundError('certificate');
      return {
        code: certificate.code,
        holderName: certificate.holder_name,
        courseTitle: certificate.course_title,
        completedOn: certificate.completed_on,
        issuingAgency: certificate.issuing_agency_name,
      };
    },
  );
}
