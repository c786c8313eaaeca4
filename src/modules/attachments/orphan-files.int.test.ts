import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { inTenant } from '../../db/tenant.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import type { Actor } from '../../policy/policy.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anonymiseCases } from '../retention/index.ts';
import { caseWithPersonalData, closeCase } from '../retention/retention.factory.ts';
import { addAttachment } from './attachment.commands.ts';
import { orphanSweepHandler, orphanSweepJob, scheduleOrphanSweep, sweepOrphanFiles } from './orphan-files.ts';
import { pdf } from './upload.factory.ts';

const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000);
class Crash extends Error {}

for (const kind of await testDatabaseKinds()) {
  describe(`sweeping files no record owns [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('removes the files a crash left at either moment, once past the grace period, and nothing else', async () => {
      const { app, db, keyring, config } = platform();
      const dir = config.attachmentsDir;
      const worker = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const agencyDir = path.join(dir, worker.agencyId);
      const fileOf = (id: string) => path.join(agencyDir, id);
      const age = (file: string) => utimes(file, twoDaysAgo, twoDaysAgo);

      // Kept: a case whose file and photo have their rows.
      const kept = await caseWithPersonalData(platform(), worker);
      // Crash point 1: the erasure committed, the process died before removing the files.
      const erased = await caseWithPersonalData(platform(), worker);
      await closeCase(worker, erased.caseId);
      const done = await db.transaction((tx) => anonymiseCases(tx, keyring, [erased.caseId]));
      assert.deepEqual(
        done.files.map((file) => file.id).sort(),
        [erased.attachmentId, erased.photoId].sort(),
      );
      // Crash point 2: the file was written, the process died before its row committed.
      const { caseId: openCaseId } = await personWithCase(worker);
      const actor: Actor = {
        userId: worker.userId,
        agencyId: worker.agencyId,
        permissions: new Set(['case:read', 'case:write']),
        via: 'session',
        skipPolicyChecks: false,
      };
      const uploadThenCrash = async () => {
        const before = new Set(await readdir(agencyDir));
        await assert.rejects(
          inTenant(db, actor, async (tx) => {
            await addAttachment({
              tx,
              actor,
              keyring,
              attachmentsDir: dir,
              requestId: 'crash-test',
              caseId: openCaseId,
              fileName: 'statement.pdf',
              content: pdf,
            });
            throw new Crash('the process died before the commit');
          }),
          Crash,
        );
        const written = (await readdir(agencyDir)).filter((name) => !before.has(name));
        assert.equal(written.length, 1, 'the upload wrote its file before the commit');
        return fileOf(written[0] as string);
      };
      const uncommitted = await uploadThenCrash();
      // An upload whose transaction is still under way looks the same, but its file is fresh.
      const inFlight = await uploadThenCrash();
      // A write that died before its rename.
      const temporary = `${fileOf(crypto.randomUUID())}.4242.tmp`;
      await writeFile(temporary, 'partial');
      // Not a name the platform writes: never touched.
      const foreign = path.join(agencyDir, 'README.txt');
      await writeFile(foreign, 'an operator note');

      const orphaned = [fileOf(erased.attachmentId), fileOf(erased.photoId), uncommitted, temporary];
      const owned = [fileOf(kept.attachmentId), fileOf(kept.photoId)];
      for (const file of [...orphaned, ...owned, foreign]) await age(file);

      const dryRun = await sweepOrphanFiles({ db, attachmentsDir: dir, dryRun: true });
      assert.equal(dryRun.orphans, 3);
      assert.equal(dryRun.temporary, 1);
      assert.equal(dryRun.tooRecent, 1);
      assert.equal(dryRun.removed, 0);
      assert.ok(
        orphaned.every((file) => existsSync(file)),
        'a dry run removes nothing',
      );

      const report = await sweepOrphanFiles({ db, attachmentsDir: dir });
      assert.equal(report.removed, 4);
      assert.deepEqual(
        orphaned.filter((file) => existsSync(file)),
        [],
        'both crash points and the temporary file are swept',
      );
      assert.ok(existsSync(inFlight), 'a file younger than the grace period stays');
      assert.ok(existsSync(foreign), 'a file the platform did not name stays');
      assert.ok(
        owned.every((file) => existsSync(file)),
        'files with their rows stay',
      );
      const download = await worker.request('GET', `/api/attachments/${kept.attachmentId}/content`);
      assert.equal(download.statusCode, 200, 'a kept file still downloads');
      const audited = await db.query<{ detail: { removed: number } }>(
        `select detail from audit_event where action = 'attachment.sweep_orphans'`,
      );
      assert.deepEqual(
        audited.map((row) => row.detail.removed),
        [4],
      );

      const again = await sweepOrphanFiles({ db, attachmentsDir: dir });
      assert.equal(again.removed, 0, 'a second sweep finds nothing more');
      const later = await sweepOrphanFiles({
        db,
        attachmentsDir: dir,
        now: new Date(Date.now() + 2 * 24 * 3_600_000),
      });
      assert.equal(later.removed, 1, 'the upload that never committed goes once it is old');
      assert.ok(!existsSync(inFlight));
    });

    it('runs as a daily job, once a day, and queues the next day', async () => {
      const { db, config } = platform();
      await db.query(`delete from job where kind = $1`, [orphanSweepJob]);
      await scheduleOrphanSweep(db);
      await scheduleOrphanSweep(db);
      const runner = createJobRunner(db, { handlers: { [orphanSweepJob]: orphanSweepHandler(db, config) } });
      await runner.drain();
      const jobs = await db.query<{ status: string; tomorrow: boolean }>(
        `select status, run_at > now() + interval '23 hours' as tomorrow from job where kind = $1 order by run_at`,
        [orphanSweepJob],
      );
      assert.deepEqual(jobs, [
        { status: 'done', tomorrow: false },
        { status: 'queued', tomorrow: true },
      ]);
    });
  });
}
