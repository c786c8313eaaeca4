import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const recorded = {
  names: [{ fullName: 'Nurul Hidayah' }],
  contact: { phones: ['+60 12 345 6789'] },
  address: 'Rumah Perlindungan, Jalan Ampang, Kuala Lumpur',
};
const corrected = {
  contact: { phones: ['+60 19-876 5432'], emails: ['nurul@example.org'] },
  address: 'Shelter JPW, Lot 12\nKuala Lumpur',
};

const codesOf = (body: { errors?: { field: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.field}:${e.code}`).sort();

for (const kind of await testDatabaseKinds()) {
  describe(`correcting a person's contact and address [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const asTenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let personId: string;
    let etag: string;
    const url = () => `/api/persons/${personId}/contact`;

    it('should save a new phone, an e-mail and a new shelter address on the version read', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const created = await jkm.request('POST', '/api/persons', recorded);
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      etag = `"${created.json().version}"`;
      const saved = await jkm.request('PUT', url(), corrected, { 'if-match': etag });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json().contact, corrected.contact);
      assert.equal(saved.json().address, corrected.address);
      assert.equal(saved.headers.etag, `"${saved.json().version}"`);
      assert.notEqual(saved.headers.etag, etag, 'the version moves');
      etag = String(saved.headers.etag);
      const read = (await jkm.request('GET', `/api/persons/${personId}`)).json();
      assert.deepEqual([read.contact, read.address], [corrected.contact, corrected.address]);
    });

    it('should keep them encrypted and audit which parts changed, never the values', async () => {
      const [row] = await platform().db.query<{ stored: string }>(
        'select contact || address as stored from person where id = $1',
        [personId],
      );
      // Whole values: a sealed value's random text may hold any three digits.
      assert.ok(
        row && !row.stored.includes('19-876 5432') && !row.stored.includes('Shelter JPW'),
        'sealed as on create',
      );
      const audits = await platform().db.query<{ detail: Record<string, unknown> }>(
        `select detail from audit_event where action = 'person.update_contact' and subject_id = $1`,
        [personId],
      );
      assert.deepEqual(
        audits.map((a) => a.detail.changed),
        [['phones', 'emails', 'address']],
      );
      const text = JSON.stringify(audits);
      for (const value of ['19-876', 'nurul@', 'Shelter', 'Ampang']) assert.ok(!text.includes(value), value);
    });

    it('should write and audit nothing when nothing changed', async () => {
      const same = await jkm.request('PUT', url(), corrected, { 'if-match': etag });
      assert.equal(same.statusCode, 200, same.body);
      assert.equal(same.headers.etag, etag);
      const [{ n } = { n: -1 }] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from audit_event where action = 'person.update_contact' and subject_id = $1`,
        [personId],
      );
      assert.equal(n, 1);
    });

    it('should remove what is left out: no phones, no e-mails, no address', async () => {
      const cleared = await jkm.request('PUT', url(), {}, { 'if-match': etag });
      assert.equal(cleared.statusCode, 200, cleared.body);
      assert.deepEqual([cleared.json().contact, cleared.json().address], [null, null]);
      etag = String(cleared.headers.etag);
    });

    it('should refuse without If-Match (428), a malformed one (400 naming it) and an older version (412 person_changed)', async () => {
      const none = await jkm.request('PUT', url(), corrected);
      assert.equal(none.statusCode, 428, none.body);
      const unquoted = await jkm.request('PUT', url(), corrected, { 'if-match': etag.replaceAll('"', '') });
      assert.equal(unquoted.statusCode, 400, unquoted.body);
      assert.deepEqual(codesOf(unquoted.json()), ['headers.if-match:invalid_format']);
      const stale = await jkm.request('PUT', url(), corrected, { 'if-match': '"1"' });
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal(stale.json().code, 'person_changed');
    });

    it('should name the field and the rule of a bad phone, a repeat, a bad e-mail and a direction control', async () => {
      const bad = await jkm.request(
        'PUT',
        url(),
        {
          contact: {
            phones: ['call Ali', '+60\u202e 12 345 6789'],
            emails: ['not-an-email'],
          },
          address: '   ',
        },
        { 'if-match': etag },
      );
      assert.equal(bad.statusCode, 400, bad.body);
      assert.deepEqual(codesOf(bad.json()), [
        'address:too_small',
        'contact.emails.0:invalid_format',
        'contact.phones.0:phone_malformed',
        'contact.phones.1:direction_control',
      ]);
      // The same number written twice, another way: a slip, said on the list.
      const twice = await jkm.request(
        'PUT',
        url(),
        { contact: { phones: ['012-345 6789', '0123456789'], emails: ['A@example.org', 'a@example.org'] } },
        { 'if-match': etag },
      );
      assert.equal(twice.statusCode, 400, twice.body);
      assert.deepEqual(codesOf(twice.json()), ['contact.emails:given_twice', 'contact.phones:given_twice']);
      const extra = await jkm.request('PUT', url(), { ...corrected, names: [] }, { 'if-match': etag });
      assert.equal(extra.statusCode, 400, extra.body);
    });

    it('should refuse a user without person:write (403) and another agency (404), writing nothing', async () => {
      const auditor = await signInAs(platform().app, 'auditor.jkm@demo.lindung.org');
      const refused = await auditor.request('PUT', url(), corrected, { 'if-match': etag });
      assert.equal(refused.statusCode, 403, refused.body);
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const other = await kbri.request('PUT', url(), corrected, { 'if-match': etag });
      assert.equal(other.statusCode, 404, other.body);
      const read = (await jkm.request('GET', `/api/persons/${personId}`)).json();
      assert.deepEqual([read.contact, read.address], [null, null]);
    });

    it('should hold in the database without the checks: another agency or a reader changes no contact', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const write = ['person:read', 'person:write'];
      const update = `update person set address = 'x', contact = 'x' where id = $1 returning id`;
      assert.deepEqual(await asTenant(kbri, write, update, [personId]), []);
      await assert.rejects(asTenant(jkm, ['person:read'], update, [personId]), /row-level security/);
      const unchanged = 'update person set address = address where id = $1 returning id';
      assert.equal((await asTenant(jkm, write, unchanged, [personId])).length, 1, 'the own agency may');
    });
  });
}
