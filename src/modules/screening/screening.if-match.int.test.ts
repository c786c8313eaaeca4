import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { recordPerson, startScreening } from '../../../test/support/screening-factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`saving a screening on the version read (If-Match) [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should save on the version read, and refuse with 412 a save on a version changed since', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Siti If-Match'));
      const read = await jkm.request('GET', `/api/screenings/${screeningId}`);
      const version = `"${read.json().updatedAt}"`;
      const first = await jkm.request(
        'PATCH',
        `/api/screenings/${screeningId}`,
        { answers: { dec_wages: 'yes' } },
        { 'if-match': version },
      );
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.headers.etag, `"${first.json().updatedAt}"`);
      // A second device that read the same version saves a moment later: refused, nothing saved.
      const late = await jkm.request(
        'PATCH',
        `/api/screenings/${screeningId}`,
        { answers: { dec_wages: 'no' } },
        { 'if-match': version },
      );
      assert.equal(late.statusCode, 412);
      assert.equal(late.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(late.json().code, 'screening_changed');
      const now = await jkm.request('GET', `/api/screenings/${screeningId}`);
      assert.equal(now.json().answers.dec_wages, 'yes');
    });

    it('should let only one of two simultaneous saves on the same version through', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Ana Race'));
      const version = `"${(await jkm.request('GET', `/api/screenings/${screeningId}`)).json().updatedAt}"`;
      const saves = await Promise.all(
        ['yes', 'no'].map((answer) =>
          jkm.request(
            'PATCH',
            `/api/screenings/${screeningId}`,
            { answers: { dec_wages: answer } },
            { 'if-match': version },
          ),
        ),
      );
      assert.deepEqual(saves.map((save) => save.statusCode).sort(), [200, 412]);
    });

    it('should refuse a malformed If-Match with 400 naming the header, as the case edit does, and save nothing', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Lina Unquoted'));
      const version = (await jkm.request('GET', `/api/screenings/${screeningId}`)).json().updatedAt;
      for (const malformed of [version, `"${version}`, 'W/abc']) {
        const save = await jkm.request(
          'PATCH',
          `/api/screenings/${screeningId}`,
          { answers: { dec_wages: 'yes' } },
          { 'if-match': malformed },
        );
        assert.equal(save.statusCode, 400, malformed);
        assert.deepEqual(
          save.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [['headers.if-match', 'invalid_format']],
        );
      }
      const now = await jkm.request('GET', `/api/screenings/${screeningId}`);
      assert.equal(now.json().answers.dec_wages, undefined);
      // A well-formed list or `*` is read as before: `*` matches any version.
      const star = await jkm.request(
        'PATCH',
        `/api/screenings/${screeningId}`,
        { answers: { dec_wages: 'yes' } },
        { 'if-match': '*' },
      );
      assert.equal(star.statusCode, 200, star.body);
      const list = await jkm.request(
        'PATCH',
        `/api/screenings/${screeningId}`,
        { answers: { dec_wages: 'no' } },
        { 'if-match': `"x", ${star.headers.etag}` },
      );
      assert.equal(list.statusCode, 200, list.body);
    });

    it('should still save without If-Match (older clients)', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Bao Plain'));
      const plain = await jkm.request('PATCH', `/api/screenings/${screeningId}`, {
        answers: { dec_wages: 'yes' },
      });
      assert.equal(plain.statusCode, 200);
    });
  });
}
