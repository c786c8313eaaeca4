import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { todayIn } from '../agencies/index.ts';

// Both agencies below keep Malaysian time; cases are numbered in the agency's own year.
const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric' }).format(
  new Date(),
);

for (const kind of await testDatabaseKinds()) {
  describe(`cases API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let caseId: string;

    /** The case's ETag as a reader of its detail has it, for an edit made on that version. */
    const read = async (session: TestSession, id: string) =>
      ({ 'if-match': (await session.request('GET', `/api/cases/${id}`)).headers.etag as string }) as Record<
        string,
        string
      >;
    const edit = async (session: TestSession, id: string, change: Record<string, unknown>) =>
      session.request('PATCH', `/api/cases/${id}`, change, await read(session, id));

    const recordPerson = async (session: TestSession, fullName: string, nationality = 'ID') => {
      const response = await session.request('POST', '/api/persons', { names: [{ fullName }], nationality });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };

    it('opens a case for a recorded person, numbered by agency and year', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      personId = await recordPerson(jkm, 'Ani Suryani');
      const response = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId,
        exploitationTypes: ['forced_labour'],
        labourSector: 'plantation',
        exploitationStartedOn: '2025-03-01',
        meansOfControl: ['document_confiscation', 'debt_bondage'],
        summary: 'Recruited in Lombok with a promise of factory work; passport held by the employer.',
      });
      assert.equal(response.statusCode, 201, response.body);
      const opened = response.json();
      caseId = opened.id;
      assert.equal(opened.reference, `JKM-${year}-000001`);
      assert.equal(opened.status, 'open');
      assert.deepEqual(opened.persons, [{ personId, role: 'presumed_victim', name: 'Ani Suryani' }]);
      assert.equal(opened.workers.length, 1);
      const second = await jkm.request('POST', '/api/cases', {
        type: 'investigation',
        personId,
        personRole: 'witness',
      });
      assert.equal(second.json().reference, `JKM-${year}-000002`);
    });

    it('keeps the narrative summary encrypted in the database', async () => {
      const [row] = await platform().db.query<{ summary: string }>(
        'select summary from case_file where id = $1',
        [caseId],
      );
      assert.match(row?.summary ?? '', /^v1\./);
      const read = await jkm.request('GET', `/api/cases/${caseId}`);
      assert.match(read.json().summary, /Lombok/);
    });

    it('refuses exploitation that ends before it starts, and dates in the future', async () => {
      const backwards = await edit(jkm, caseId, {
        exploitationEndedOn: '2025-01-01',
      });
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().errors[0].field, 'exploitationEndedOn');
      const future = await edit(jkm, caseId, { recruitedOn: '2999-01-01' });
      assert.equal(future.json().errors[0].field, 'recruitedOn');
      const unknown = await edit(jkm, caseId, { exploitationTypes: ['piracy'] });
      assert.equal(unknown.statusCode, 400);
      const twice = await edit(jkm, caseId, {
        exploitationTypes: ['forced_labour', 'forced_labour'],
        meansOfControl: ['debt_bondage', 'threats', 'debt_bondage'],
      });
      assert.equal(twice.statusCode, 200, twice.body);
      assert.deepEqual(
        [twice.json().exploitationTypes, twice.json().meansOfControl],
        [['forced_labour'], ['debt_bondage', 'threats']],
        'a code given twice is kept once, so it is never counted twice',
      );
      await assert.rejects(
        platform().db.query(
          `update case_file set exploitation_types = array['forced_labour', 'forced_labour'] where id = $1`,
          [caseId],
        ),
        /case_file_exploitation_types_distinct/,
        'the database keeps repeats out whatever writes the row',
      );
    });

    it('refuses a day of year 0000 on opening, on change and in the list, naming the field', async () => {
      // Year 0000 passes an ISO date check; PostgreSQL then refused it as a problem naming no field.
      const unbornUnknown = await recordPerson(jkm, 'Nur Tahun');
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: unbornUnknown,
        recruitedOn: '0000-01-01',
      });
      assert.equal(opened.statusCode, 400, opened.body);
      assert.deepEqual(opened.json().errors, [
        { code: 'date_too_early', field: 'recruitedOn', message: 'is before 1900-01-01' },
      ]);
      const changed = await edit(jkm, caseId, { exploitationStartedOn: '0000-12-31' });
      assert.equal(changed.statusCode, 400, changed.body);
      assert.equal(changed.json().errors[0].field, 'exploitationStartedOn');
      const listed = await jkm.request('GET', '/api/cases?openedFrom=0000-01-01');
      assert.equal(listed.statusCode, 400, listed.body);
      assert.equal(listed.json().errors[0].field, 'query.openedFrom');
      const [kept] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from case_person where person_id = $1`,
        [unbornUnknown],
      );
      assert.equal(kept?.n, 0);
    });

    it('refuses recruitment after the exploitation started, and dates before the victim was born, on opening and on change', async () => {
      const born2000 = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Rina Kelahiran' }],
        birth: { precision: 'year', year: 2000 },
      });
      assert.equal(born2000.statusCode, 201, born2000.body);
      const victimId: string = born2000.json().id;
      const refusals: [Record<string, unknown>, string, string][] = [
        [
          { recruitedOn: '2025-06-01', exploitationStartedOn: '2025-01-01' },
          'recruitedOn',
          'recruited_after_exploitation',
        ],
        [{ recruitedOn: '1990-01-01' }, 'recruitedOn', 'date_before_birth'],
        [{ exploitationStartedOn: '1999-12-31' }, 'exploitationStartedOn', 'date_before_birth'],
      ];
      for (const [dates, field, code] of refusals) {
        const opened = await jkm.request('POST', '/api/cases', {
          type: 'victim_case',
          personId: victimId,
          ...dates,
        });
        assert.equal(opened.statusCode, 400, opened.body);
        assert.deepEqual(
          opened.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [[field, code]],
        );
      }
      const witness = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: victimId,
        personRole: 'witness',
        recruitedOn: '1990-01-01',
      });
      assert.equal(witness.statusCode, 201, 'a witness’s birth does not bound the case’s dates');

      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: victimId,
        recruitedOn: '2024-11-01',
        exploitationStartedOn: '2025-01-01',
      });
      assert.equal(opened.statusCode, 201, opened.body);
      const id: string = opened.json().id;
      const later = await edit(jkm, id, { recruitedOn: '2025-06-01' });
      assert.equal(later.statusCode, 400);
      assert.deepEqual(later.json().errors[0], {
        field: 'recruitedOn',
        code: 'recruited_after_exploitation',
        message: 'is after exploitationStartedOn',
      });
      const earlier = await edit(jkm, id, { exploitationStartedOn: '2024-10-01' });
      assert.equal(earlier.json().errors[0].field, 'exploitationStartedOn');
      assert.equal(earlier.json().errors[0].code, 'recruited_after_exploitation');
      const unborn = await edit(jkm, id, { recruitedOn: '1990-01-01' });
      assert.equal(unborn.json().errors[0].code, 'date_before_birth');
      const [row] = await platform().db.query<{ recruited_on: string }>(
        'select recruited_on::text from case_file where id = $1',
        [id],
      );
      assert.equal(row?.recruited_on, '2024-11-01', 'nothing was changed');
    });

    it('moves along the workflow, needs a reason to close and reopen, and refuses changes while closed', async () => {
      assert.equal(
        (await jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'active' })).json().status,
        'active',
      );
      const noReason = await jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'closed' });
      assert.equal(noReason.json().errors[0].field, 'reason');
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'returned home',
      });
      assert.equal(closed.json().status, 'closed');
      const whileClosed = await edit(jkm, caseId, { riskLevel: 'high' });
      assert.equal(whileClosed.statusCode, 409);
      assert.equal(whileClosed.json().code, 'case_closed');
      // A 409 names its field as a 400 does: the closed case, and the status it cannot take.
      assert.deepEqual(
        whileClosed
          .json()
          .errors.map((problem: { field: string; code: string }) => [problem.field, problem.code]),
        [['caseId', 'case_closed']],
      );
      const skip = await jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'open' });
      assert.equal(skip.statusCode, 409);
      assert.equal(skip.json().code, 'case_status_transition');
      assert.match(skip.json().detail, /can become active/, 'the refusal says how to reopen');
      assert.deepEqual(
        skip.json().errors.map((problem: { field: string; code: string }) => [problem.field, problem.code]),
        [['status', 'case_status_transition']],
      );
      const reopened = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'active',
        reason: 'new evidence',
      });
      assert.equal(reopened.json().status, 'active');
      assert.equal(reopened.json().closedAt, null);
    });

    it('shows every step on the timeline and in the audit log', async () => {
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((event: { kind: string }) => event.kind),
        ['case.opened', 'case.updated', 'case.activated', 'case.closed', 'case.reopened'],
      );
      const audit = await platform().db.query<{ action: string; outcome: string; code: string | null }>(
        `select action, outcome, detail->>'code' as code from audit_event
          where subject_type = 'case' and subject_id = $1 order by id`,
        [caseId],
      );
      // The changes refused while closed and out of order are there too, named as done (0130, 0137).
      assert.deepEqual(
        audit.filter((a) => a.outcome === 'failure').map((a) => [a.action, a.code]),
        [
          ['case.update', 'case_closed'],
          ['case.change_status', 'case_status_transition'],
        ],
      );
      const succeeded = audit.filter((a) => a.outcome === 'success');
      assert.deepEqual([...new Set(succeeded.map((a) => a.action))].sort(), [
        'case.change_status',
        'case.open',
        'case.read',
        // Reading the timeline is a read of the case too (issue 4, decision 0059).
        'case.read_timeline',
        'case.update',
      ]);
    });

    it('orders the list by reference either way, paging through every case once, and refuses a cursor of another order', async () => {
      const walk = async (sort: string) => {
        const seen: string[] = [];
        let url = `/api/cases?limit=1&sort=${sort}`;
        for (;;) {
          const page = (await jkm.request('GET', url)).json();
          seen.push(...page.items.map((c: { reference: string }) => c.reference));
          if (!page.nextCursor) return seen;
          url = `/api/cases?limit=1&sort=${sort}&cursor=${page.nextCursor}`;
        }
      };
      const ascending = await walk('reference');
      assert.ok(ascending.length >= 2, 'at least two cases to order');
      assert.deepEqual(ascending, [...ascending].sort());
      assert.deepEqual(await walk('-reference'), [...ascending].reverse());
      const oldest = await walk('openedOn');
      assert.deepEqual([...oldest].sort(), [...ascending]);
      const first = (await jkm.request('GET', '/api/cases?limit=1&sort=reference')).json();
      const mixed = await jkm.request('GET', `/api/cases?limit=1&sort=-openedOn&cursor=${first.nextCursor}`);
      assert.equal(mixed.statusCode, 400);
      assert.equal(mixed.json().errors[0].field, 'query.cursor');
      const unknown = await jkm.request('GET', '/api/cases?sort=riskLevel');
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.json().errors[0].field, /sort/);
    });

    it('lists the agency\u2019s cases with filters, newest first, a page at a time', async () => {
      const first = (await jkm.request('GET', '/api/cases?limit=1')).json();
      assert.equal(first.items.length, 1);
      const second = (await jkm.request('GET', `/api/cases?limit=1&cursor=${first.nextCursor}`)).json();
      assert.notEqual(second.items[0].id, first.items[0].id);
      const investigations = (await jkm.request('GET', '/api/cases?type=investigation')).json();
      assert.deepEqual(
        investigations.items.map((c: { type: string }) => c.type),
        ['investigation'],
      );
      const forcedLabour = (
        await jkm.request('GET', '/api/cases?exploitationType=forced_labour&nationality=ID')
      ).json();
      assert.deepEqual(
        forcedLabour.items.map((c: { id: string }) => c.id),
        [caseId],
      );
      assert.equal(forcedLabour.items[0].primaryPersonName, 'Ani Suryani');
      const hers = (await jkm.request('GET', `/api/cases?personId=${personId}`)).json();
      assert.deepEqual(
        hers.items.find((c: { id: string }) => c.id === caseId)?.personRoles,
        ['presumed_victim'],
        'her role in the case, for her page',
      );
      assert.equal(forcedLabour.items[0].personRoles, undefined, 'roles only when listed by person');
      const nobody = (await jkm.request('GET', `/api/cases?personId=${crypto.randomUUID()}`)).json();
      assert.deepEqual(nobody.items, []);
    });

    it('audits every list read: by whom, filtered on what (never the values), the cases shown and the reason', async () => {
      const page = await jkm.request('GET', '/api/cases?limit=1&nationality=ID', undefined, {
        'x-lindung-reason': 'Weekly review',
      });
      assert.equal(page.statusCode, 200, page.body);
      assert.equal(page.json().items.length, 1);
      assert.ok(page.json().nextCursor, 'a page read one row beyond, to know another follows');
      const [entry] = await platform().db.query<{
        actor_user_id: string;
        reason: string | null;
        detail: { on: string[]; cases: string[] };
      }>(
        `select actor_user_id, reason, detail from audit_event where action = 'case.list' order by id desc limit 1`,
      );
      assert.equal(entry?.actor_user_id, jkm.userId);
      assert.equal(entry?.reason, 'Weekly review');
      assert.deepEqual(entry?.detail.on, ['nationality']);
      assert.deepEqual(
        entry?.detail.cases,
        [page.json().items[0].id],
        'only the case shown, not the one beyond',
      );
      assert.doesNotMatch(JSON.stringify(entry?.detail), /"ID"/);
      const empty = await jkm.request('GET', `/api/cases?personId=${crypto.randomUUID()}`);
      assert.deepEqual(empty.json().items, []);
      const [none] = await platform().db.query<{ detail: { cases: string[] } }>(
        `select detail from audit_event where action = 'case.list' order by id desc limit 1`,
      );
      assert.deepEqual(none?.detail.cases, []);
    });

    it('keeps cases apart between agencies: 404 to read, none in the list, no case for another\u2019s person', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}`)).statusCode, 404);
      assert.equal(
        (await kbri.request('PATCH', `/api/cases/${caseId}`, { riskLevel: 'low' })).statusCode,
        404,
      );
      assert.deepEqual((await kbri.request('GET', '/api/cases')).json().items, []);
      const borrowed = await kbri.request('POST', '/api/cases', { type: 'victim_case', personId });
      assert.equal(borrowed.statusCode, 400);
      assert.equal(borrowed.json().errors[0].field, 'personId');
      const own = await recordPerson(kbri, 'Dewi Anggraini');
      const kbriCase = (
        await kbri.request('POST', '/api/cases', { type: 'victim_case', personId: own })
      ).json();
      assert.equal(kbriCase.reference, `KBRIKL-${year}-000001`);
    });

    it('refuses cases to roles without case permissions', async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      assert.equal((await trainer.request('GET', '/api/cases')).statusCode, 403);
      assert.equal(
        (await trainer.request('POST', '/api/cases', { type: 'victim_case', personId })).statusCode,
        403,
      );
    });

    it('dates the opening by the agency’s calendar, not the database’s (UTC)', async () => {
      // One of these two zones is always on another day than UTC (14 h ahead, 11 h behind), so
      // a case dated by the database's clock would be a day off there.
      const utcToday = todayIn('UTC');
      const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find(
        (candidate) => todayIn(candidate) !== utcToday,
      );
      assert.ok(zone);
      const [agency] = await platform().db.query<{ id: string; time_zone: string }>(
        `select a.id, a.time_zone from agency a join membership m on m.agency_id = a.id join app_user u on u.id = m.user_id where u.email = 'cm.jkm@demo.lindung.org'`,
      );
      assert.ok(agency);
      await platform().db.query('update agency set time_zone = $2 where id = $1', [agency.id, zone]);
      try {
        const opened = (await jkm.request('POST', '/api/cases', { type: 'victim_case', personId })).json();
        assert.equal(opened.openedOn, todayIn(zone));
        const listed = await jkm.request('GET', `/api/cases?openedFrom=${todayIn(zone)}`);
        assert.ok(listed.json().items.some((item: { id: string }) => item.id === opened.id));
      } finally {
        await platform().db.query('update agency set time_zone = $2 where id = $1', [
          agency.id,
          agency.time_zone,
        ]);
      }
    });
  });
}
