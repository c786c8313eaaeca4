import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { recordPerson, startScreening } from '../../test/support/screening-factory.ts';
import { multipart, pdf } from '../modules/attachments/upload.factory.ts';
import type { auditEntrySchema } from '../modules/audit-log/audit-log.schema.ts';
import { embassyReferralScene, refer } from '../modules/referrals/referral.factory.ts';

/** An entry as the audit log's API shows it. */
type Entry = z.infer<typeof auditEntrySchema>;

const secretName = 'Siti Refused-Read';

for (const kind of await testDatabaseKinds()) {
  describe(`refused reads on the audit log [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    /** JKM's case manager with a person and her case, another agency's, and the platform administrator. */
    const scene = async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const personId = await recordPerson(jkm, secretName);
      const opened = await jkm.request('POST', '/api/cases', { type: 'victim_case', personId });
      assert.equal(opened.statusCode, 201, opened.body);
      return { jkm, kbri, admin, personId, caseId: opened.json().id as string };
    };

    it('records another agency’s reads of a case, person and screening not theirs as denied, by id and without personal data', async () => {
      const { jkm, kbri, admin, personId, caseId } = await scene();
      const screeningId = await startScreening(jkm, personId);
      const missingId = '00000000-0000-4000-8000-00000000beef';

      const attempts = [
        ['case', `/api/cases/${caseId}`, caseId],
        ['person', `/api/persons/${personId}`, personId],
        ['screening', `/api/screenings/${screeningId}`, screeningId],
        ['case', `/api/cases/${missingId}`, missingId],
      ] as const;
      for (const [type, path, id] of attempts) {
        const refused = await kbri.request('GET', path);
        assert.equal(refused.statusCode, 404, refused.body);
        assert.equal(refused.json().code, `${type}_not_found`);

        const response = await admin.request('GET', `/api/audit?outcome=denied&subjectId=${id}`);
        assert.equal(response.statusCode, 200, response.body);
        assert.ok(!response.body.includes(secretName), 'the entry holds no personal data');
        const { items } = response.json() as { items: Entry[] };
        assert.equal(items.length, 1, `one denied ${type} read`);
        assert.deepEqual(
          { ...items[0], detail: items[0]?.detail },
          {
            ...items[0],
            action: `${type}.read`,
            actorUserId: kbri.userId,
            agencyId: platform().agencyIds.kbri,
            subjectType: type,
            subjectId: id,
            outcome: 'denied',
            detail: { code: `${type}_not_found` },
          },
        );
      }

      const successes = await admin.request('GET', `/api/audit?outcome=success&subjectId=${caseId}`);
      assert.ok(
        (successes.json() as { items: Entry[] }).items.every((entry) => entry.outcome === 'success'),
        'the list keeps to the outcome asked for',
      );
      const checked = await admin.request('POST', '/api/audit/verification');
      assert.equal(checked.statusCode, 200, checked.body);
      assert.equal(checked.json().intact, true, 'the chain holds with the denied entries in it');
    });

    it('records refused reads of every part of a case or person, as `<type>.read_<part>`, also a 403', async () => {
      const { jkm, kbri, admin, personId, caseId } = await scene();
      const ids: Record<string, string> = { cases: caseId, persons: personId };
      const spec = (await jkm.request('GET', '/api/openapi.json')).json() as {
        paths: Record<string, { get?: unknown }>;
      };
      // Every part of a case or person read on its own, as the API describes them: a new part is
      // tested the day it is added.
      const parts = Object.entries(spec.paths).flatMap(([path, methods]) => {
        const [, records = '', rest = ''] =
          /^\/api\/(cases|persons)\/\{[A-Za-z]+\}((?:\/[a-z-]+)+)$/.exec(path) ?? [];
        return methods.get && records ? [{ records, rest }] : [];
      });
      assert.ok(parts.length >= 15, `the case's and person's parts: ${parts.map((p) => p.rest).join(' ')}`);
      const deniedOf = async (id: string) =>
        (
          (await admin.request('GET', `/api/audit?outcome=denied&subjectId=${id}`)).json() as {
            items: Entry[];
          }
        ).items;
      for (const { records, rest } of parts) {
        const id = ids[records] as string;
        const type = records === 'cases' ? 'case' : 'person';
        const action = `${type}.read_${rest.slice(1).replaceAll('/', '_').replaceAll('-', '_')}`;
        const refused = await kbri.request('GET', `/api/${records}/${id}${rest}`);
        assert.ok([403, 404].includes(refused.statusCode), `${rest}: ${refused.statusCode} ${refused.body}`);
        const entries = (await deniedOf(id)).filter((entry) => entry.action === action);
        assert.equal(entries.length, 1, `one denied ${action}`);
        assert.equal(entries[0]?.actorUserId, kbri.userId);
        assert.deepEqual(entries[0]?.detail, { code: refused.json().code });
        assert.ok(!JSON.stringify(entries).includes(secretName), 'the entry holds no personal data');
      }
      // A case manager of the case's own agency may not read health findings (health:read): 403.
      const forbidden = await jkm.request('GET', `/api/cases/${ids.cases}/health-screenings`);
      assert.equal(forbidden.statusCode, 403, forbidden.body);
      const byOwnAgency = (await deniedOf(ids.cases as string)).filter(
        (entry) => entry.actorUserId === jkm.userId,
      );
      assert.deepEqual(
        byOwnAgency.map((entry) => [entry.action, entry.detail]),
        [['case.read_health_screenings', { code: forbidden.json().code }]],
      );
      const checked = await admin.request('POST', '/api/audit/verification');
      assert.equal(checked.json().intact, true, 'the chain holds with the denied entries in it');
    });

    it("records refused reads of a case's attachment and task by their own ids, as `attachment.read_content` and `task.read`", async () => {
      const { jkm, kbri, admin, caseId } = await scene();
      const upload = multipart('statement.pdf', pdf, 'application/pdf');
      const attached = await jkm.request('POST', `/api/cases/${caseId}/attachments`, upload.body, {
        'content-type': upload.contentType,
      });
      assert.equal(attached.statusCode, 201, attached.body);
      const task = await jkm.request('POST', `/api/cases/${caseId}/tasks`, { title: 'Call the shelter' });
      assert.equal(task.statusCode, 201, task.body);
      const attempts = [
        ['attachment.read_content', `/api/attachments/${attached.json().id}/content`, attached.json().id],
        ['task.read', `/api/tasks/${task.json().id}`, task.json().id],
      ] as const;
      for (const [action, path, id] of attempts) {
        const refused = await kbri.request('GET', path);
        assert.equal(refused.statusCode, 404, refused.body);
        const { items } = (
          await admin.request('GET', `/api/audit?outcome=denied&subjectId=${id}`)
        ).json() as {
          items: Entry[];
        };
        assert.deepEqual(
          items.map((entry) => [entry.action, entry.actorUserId, entry.subjectId, entry.detail]),
          [[action, kbri.userId, id, { code: refused.json().code }]],
        );
      }
      // The own agency reads the task, audited as a read of the case's tasks; no denied entry.
      const read = await jkm.request('GET', `/api/tasks/${task.json().id}`);
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.json().title, 'Call the shelter');
      const reads = (await admin.request('GET', `/api/audit?outcome=success&subjectId=${caseId}`)).json() as {
        items: Entry[];
      };
      assert.ok(
        reads.items.some(
          (entry) => entry.action === 'case.read_tasks' && entry.detail.taskId === task.json().id,
        ),
        'the read of one task is audited on its case',
      );
    });

    it("records a third agency's read of and steps on a referral not theirs as denied, and the sender's accept (403)", async () => {
      const { jkm, kbri, toKbri } = await embassyReferralScene(platform(), { purposes: ['repatriation'] });
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const referralId = await refer(jkm, toKbri());
      const attempts = [
        ['referral.view', 'GET', ''],
        ['referral.accept', 'POST', '/accept'],
        ['referral.decline', 'POST', '/decline'],
        ['referral.cancel', 'POST', '/cancel'],
      ] as const;
      for (const [, method, step] of attempts) {
        const body = step === '/decline' || step === '/cancel' ? { reason: 'Not ours' } : undefined;
        const refused = await molisa.request(method, `/api/referrals/${referralId}${step}`, body);
        assert.equal(refused.statusCode, 404, refused.body);
        assert.equal(refused.json().code, 'referral_not_found');
      }
      // The sender may not accept its own referral: refused by the policy, audited as well.
      const ownAccept = await jkm.request('POST', `/api/referrals/${referralId}/accept`);
      assert.equal(ownAccept.statusCode, 403, ownAccept.body);
      const { items } = (
        await admin.request('GET', `/api/audit?outcome=denied&subjectId=${referralId}`)
      ).json() as { items: Entry[] };
      assert.deepEqual(
        items
          .map((entry) => [entry.action, entry.actorUserId, entry.agencyId, entry.subjectType, entry.detail])
          .sort(),
        [
          ...attempts.map(([action]) => [
            action,
            molisa.userId,
            platform().agencyIds.molisa,
            'referral',
            { code: 'referral_not_found' },
          ]),
          [
            'referral.accept',
            jkm.userId,
            platform().agencyIds.jkm,
            'referral',
            { code: ownAccept.json().code },
          ],
        ].sort(),
      );
      // The parties' own reads and steps leave no denied entry.
      assert.equal((await kbri.request('GET', `/api/referrals/${referralId}`)).statusCode, 200);
      assert.equal((await kbri.request('POST', `/api/referrals/${referralId}/accept`)).statusCode, 200);
      const after = (
        await admin.request('GET', `/api/audit?outcome=denied&subjectId=${referralId}`)
      ).json() as { items: Entry[] };
      assert.equal(after.items.length, items.length);
      const checked = await admin.request('POST', '/api/audit/verification');
      assert.equal(checked.json().intact, true, 'the chain holds with the denied entries in it');
    });

    it('writes no denied entry for a read that succeeds', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const personId = await recordPerson(jkm, secretName);
      assert.equal((await jkm.request('GET', `/api/persons/${personId}`)).statusCode, 200);
      assert.equal((await jkm.request('GET', `/api/persons/${personId}/consents`)).statusCode, 200);
      const response = await admin.request('GET', `/api/audit?outcome=denied&subjectId=${personId}`);
      assert.deepEqual(response.json().items, []);
    });
  });
}
