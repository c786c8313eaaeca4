import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import pino from 'pino';
import { createFreshDatabase, type FreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { createTestPlatform, signInAs, testConfig } from '../../test/support/platform.ts';
import { buildApp } from '../app.ts';
import type { Db } from '../db/db.ts';
import { multipart, pdf, png } from '../modules/attachments/upload.factory.ts';
import { personWithCase } from '../modules/referrals/referral.factory.ts';
import {
  BackupRefusedError,
  createBackup,
  dumpTable,
  readCatalog,
  restoreBackup,
  useCanonicalText,
} from './index.ts';

/*
 * Issue 11: a backup carries the attachment files too. A platform on PGlite with a case attachment
 * and a person's photo uploaded through the API is backed up, restored into PostgreSQL, backed up
 * from there and restored into PGlite again: every table's row count and checksum, and every
 * stored file's bytes, must come back identical, and the restored platform serves the files.
 */

async function tableDigests(db: Db): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await useCanonicalText(tx);
    const digests: Record<string, string> = {};
    for (const table of (await readCatalog(tx)).tables) {
      const digest = await dumpTable(tx, table);
      digests[table.name] = `${digest.rows}:${digest.sha256}`;
    }
    return digests;
  });
}

/** Every stored file under the folder, by its path relative to it. */
async function storedFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const agency of await readdir(dir)) {
    for (const name of await readdir(path.join(dir, agency))) {
      files[`${agency}/${name}`] = (await readFile(path.join(dir, agency, name))).toString('base64');
    }
  }
  return files;
}

const kinds = await testDatabaseKinds();
const middle = kinds.includes('postgres') ? 'postgres' : 'pglite';

describe(`backup and restore with attachment files [pglite → ${middle} → pglite]`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const folder = async (label: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), `lindung-${label}-`));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  };
  const fresh = async (kind: 'pglite' | 'postgres'): Promise<FreshDatabase> => {
    const database = await createFreshDatabase(kind, { contents: 'empty' });
    cleanups.push(() => database.drop());
    return database;
  };

  it('restores every row and every attachment file byte for byte, there and back', async () => {
    const source = await createTestPlatform('pglite');
    cleanups.push(() => source.close());
    const session = await signInAs(source.app, 'cm.jkm@demo.lindung.org');
    const { personId, caseId } = await personWithCase(session);
    const upload = multipart('statement.pdf', pdf, 'application/pdf');
    const attachment = await session.request('POST', `/api/cases/${caseId}/attachments`, upload.body, {
      'content-type': upload.contentType,
    });
    assert.equal(attachment.statusCode, 201, attachment.body);
    const photo = multipart('face.png', png);
    const photoAnswer = await session.request('POST', `/api/persons/${personId}/photo`, photo.body, {
      'content-type': photo.contentType,
    });
    assert.equal(photoAnswer.statusCode, 201, photoAnswer.body);
    const sourceFiles = await storedFiles(source.config.attachmentsDir);
    assert.equal(Object.keys(sourceFiles).length, 2);
    const sourceDigests = await tableDigests(source.db);
    const { keyring } = source;
    const backups = await folder('backups');

    // PGlite → the middle database.
    const first = path.join(backups, 'from-pglite.backup');
    const header = await createBackup({
      db: source.db,
      keyring,
      file: first,
      attachmentsDir: source.config.attachmentsDir,
    });
    assert.equal(header.files?.length, 2);
    const middleDb = await fresh(middle);
    const middleFiles = await folder('middle-files');
    await restoreBackup({ db: middleDb.db, keyring, file: first, attachmentsDir: middleFiles });
    assert.deepEqual(await tableDigests(middleDb.db), sourceDigests);
    assert.deepEqual(await storedFiles(middleFiles), sourceFiles);

    // And back into PGlite.
    const second = path.join(backups, `from-${middle}.backup`);
    await createBackup({ db: middleDb.db, keyring, file: second, attachmentsDir: middleFiles });
    const last = await fresh('pglite');
    const lastFiles = await folder('last-files');
    await restoreBackup({ db: last.db, keyring, file: second, attachmentsDir: lastFiles });
    assert.deepEqual(await tableDigests(last.db), sourceDigests);
    assert.deepEqual(await storedFiles(lastFiles), sourceFiles);

    // The restored platform serves the file as it was uploaded.
    const app = await buildApp({
      config: testConfig({ LINDUNG_ATTACHMENTS_DIR: lastFiles }),
      db: last.db,
      keyring,
      logger: pino({ level: 'silent' }),
    });
    cleanups.push(() => app.close());
    const restored = await signInAs(app, 'cm.jkm@demo.lindung.org');
    const content = await restored.request('GET', `/api/attachments/${attachment.json().id}/content`);
    assert.equal(content.statusCode, 200, content.body);
    assert.deepEqual(content.rawPayload, pdf);

    // A restore into a folder that already holds files is refused, and writes nothing.
    const again = await fresh('pglite');
    await assert.rejects(
      restoreBackup({ db: again.db, keyring, file: second, attachmentsDir: lastFiles }),
      (error: unknown) => error instanceof BackupRefusedError && error.code === 'attachments_dir_not_empty',
    );
    // A backup with files needs a folder to put them in.
    await assert.rejects(
      restoreBackup({ db: again.db, keyring, file: second }),
      (error: unknown) => error instanceof BackupRefusedError && error.code === 'attachments_dir_missing',
    );
  });
});
