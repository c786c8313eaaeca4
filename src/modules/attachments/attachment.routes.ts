import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { decryptField } from '../../crypto/field-cipher.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { casePolicy, recordCasePartRead, requireCase } from '../cases/index.ts';
import { addAttachment, attachmentNameContext, downloadAttachment } from './attachment.commands.ts';
import { type AttachmentRow, listAttachments, requireAttachment } from './attachment.repo.ts';
import { maxAttachmentBytes } from './attachment.types.ts';
import { readUploadedFile, sendAsDownload, uploadPartLimits } from './file-transfer.ts';
import { registerPersonPhotoRoutes } from './person-photo.routes.ts';

const tags = ['cases'];

const attachmentSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Attachment' });

/**
 * Attachments of cases and persons' photos: uploaded as multipart, kept encrypted, only ever
 * downloaded (never shown inline).
 */
export async function registerAttachmentRoutes(app: App, { db, keyring, config }: Services): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxAttachmentBytes, ...uploadPartLimits },
  });
  const present = (row: AttachmentRow) => ({
    id: row.id,
    caseId: row.case_id,
    fileName: decryptField(keyring, attachmentNameContext, row.file_name),
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at.toISOString(),
  });
  const commandProps = { keyring, attachmentsDir: config.attachmentsDir };
  registerPersonPhotoRoutes(app, { db, ...commandProps });

  app.post(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: `Attach a file to a case (multipart field "file"; PDF, image or Word; at most ${maxAttachmentBytes / 1024 / 1024} MB)`,
        consumes: ['multipart/form-data'],
        params: z.strictObject({ id: z.uuid() }),
        response: { 201: attachmentSchema, 413: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { fileName, content } = await readUploadedFile(request);
      const added = await inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'update', await requireCase(tx, request.params.id));
        return addAttachment({
          tx,
          actor,
          ...commandProps,
          caseId: request.params.id,
          fileName,
          content,
          requestId: request.id,
        });
      });
      return reply.status(201).send(present(added));
    },
  );

  app.get(
    '/api/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: "A case's attachments (names and types; the files are downloaded one by one; audited)",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(attachmentSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return inTenant(db, actor, async (tx) => {
        authorize(actor, casePolicy, 'read', await requireCase(tx, request.params.id));
        const attachments = await listAttachments(tx, request.params.id);
        await recordCasePartRead(tx, {
          actor,
          caseId: request.params.id,
          part: 'attachments',
          requestId: request.id,
        });
        return { items: attachments.map(present) };
      });
    },
  );

  app.get(
    '/api/attachments/:id/content',
    {
      schema: {
        tags,
        summary: 'Download an attachment (audited; always as a download, never shown in the browser)',
        params: z.strictObject({ id: z.uuid() }),
        headers: z.object({ 'x-lindung-reason': z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const download = await inTenant(db, actor, async (tx) => {
        const row = await requireAttachment(tx, request.params.id);
        authorize(actor, casePolicy, 'read', await requireCase(tx, row.case_id));
        return downloadAttachment({
          tx,
          actor,
          ...commandProps,
          attachmentId: row.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
      });
      return sendAsDownload(reply, {
        fileName: download.fileName,
        mediaType: download.row.media_type,
        content: download.content,
      });
    },
  );
}
