import { z } from 'zod';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { personPolicy, requirePerson } from '../persons/index.ts';
import { readUploadedFile, sendAsDownload } from './file-transfer.ts';
import { addPersonPhoto, downloadPersonPhoto, maxPhotoBytes } from './person-photo.commands.ts';

const tags = ['persons'];
const personParams = z.strictObject({ id: z.uuid() });

const personPhotoSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PersonPhoto' });

/** A person's photo: set by upload, fetched as a download (the app shows it from a blob). */
export function registerPersonPhotoRoutes(
  app: App,
  services: { db: Db; keyring: Keyring; attachmentsDir: string },
): void {
  const { db, ...fileProps } = services;

  app.post(
    '/api/persons/:id/photo',
    {
      schema: {
        tags,
        summary: `Set a person's photo (multipart field "file"; JPEG, PNG, WebP or HEIC; at most ${maxPhotoBytes / 1024 / 1024} MB)`,
        consumes: ['multipart/form-data'],
        params: personParams,
        response: { 201: personPhotoSchema, 413: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { content } = await readUploadedFile(request);
      const photo = await inTenant(db, actor, async (tx) => {
        authorize(actor, personPolicy, 'update', await requirePerson(tx, request.params.id));
        return addPersonPhoto({
          tx,
          actor,
          ...fileProps,
          personId: request.params.id,
          content,
          requestId: request.id,
        });
      });
      return reply.status(201).send({
        id: photo.id,
        personId: photo.person_id,
        mediaType: photo.media_type,
        sizeBytes: photo.size_bytes,
        uploadedBy: photo.uploaded_by,
        createdAt: photo.created_at.toISOString(),
      });
    },
  );

  app.get(
    '/api/persons/:id/photo',
    {
      schema: {
        tags,
        summary: "Download a person's current photo (audited; always as a download)",
        params: personParams,
        headers: z.object({ 'x-lindung-reason': z.string().max(500).optional() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const download = await inTenant(db, actor, async (tx) => {
        authorize(actor, personPolicy, 'read', await requirePerson(tx, request.params.id));
        return downloadPersonPhoto({
          tx,
          actor,
          ...fileProps,
          personId: request.params.id,
          reason: request.headers['x-lindung-reason'],
          requestId: request.id,
        });
      });
      const extension = download.row.media_type.split('/')[1];
      return sendAsDownload(reply, {
        fileName: `photo.${extension}`,
        mediaType: download.row.media_type,
        content: download.content,
      });
    },
  );
}
