import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { chainAuditEntries } from '../../audit/chain.ts';
import { htcdsDocumentSchema } from './htcds-schema.ts';

/** The schema compiled afresh here, so that the test does not trust the module's own validator. */
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv, ['date', 'date-time']);
const validate = ajv.compile(htcdsDocumentSchema);

async function created(response: { statusCode: number; body: string; json(): unknown }): Promise<string> {
  assert.equal(response.statusCode, 201, response.body);
  return (response.json() as { id: string }).id;
}

async function victim(
  session: TestSession,
  person: Record<string, unknown>,
  facts: Record<string, unknown>,
): Promise<void> {
  const personId = await created(await session.request('POST', '/api/persons', person));
  await created(await session.request('POST', '/api/cases', { type: 'victim_case', personId, ...facts }));
}

/** Every record of the agency, page by page, each page valid against the JSON Schema. */
async function exportAll(session: TestSession, limit: number): Promise<Record<string, unknown>[]> {
  const records: Record<string, unknown>[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const response = await session.request(
      'GET',
      `/api/opendata/htcds?from=2010-01-01&to=2029-12-31&limit=${limit}${after ? `&after=${after}` : ''}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { records: Record<string, unknown>[]; next: string | null };
    assert.ok(validate(body), JSON.stringify(validate.errors));
    records.push(...body.records);
    after = body.next;
    pages += 1;
    assert.ok(pages < 50);
  } while (after);
  return records;
}

/** The mapped fields, without what a new agency necessarily changes (its own case reference). */
const comparable = (records: Record<string, unknown>[]) =>
  records
    .map(({ lnd_CaseReference: _reference, ...rest }) => rest)
    .sort((a, b) => String(a.lnd_FullName).localeCompare(String(b.lnd_FullName)));

for (const kind of await testDatabaseKinds()) {
  describe(`HTCDS export and import [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let molisa: TestSession;
    let exported: Record<string, unknown>[];

    it("exports the agency's victims as valid HTCDS, page by page", async () => {
      const { app } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      await victim(
        jkm,
        {
          names: [
            { fullName: 'Ani Suryani', givenName: 'Ani', familyName: 'Suryani' },
            { kind: 'alias', fullName: 'Yani' },
          ],
          sex: 'female',
          birth: { precision: 'exact', date: '1998-04-12' },
          nationality: 'ID',
        },
        {
          personRole: 'victim',
          exploitationTypes: ['forced_labour', 'sexual_exploitation'],
          labourSector: 'plantation',
          recruitmentCountry: 'ID',
          recruitedOn: '2024-03-01',
          exploitationCountry: 'MY',
          exploitationStartedOn: '2024-04-01',
          exploitationEndedOn: '2025-10-30',
          meansOfControl: ['document_confiscation', 'debt_bondage', 'isolation'],
          recruiterRelationship: 'agent',
        },
      );
      await victim(
        jkm,
        {
          names: [{ fullName: 'Aung Ko Ko' }],
          sex: 'male',
          birth: { precision: 'year', year: 1990 },
          nationality: 'MM',
        },
        { exploitationTypes: ['online_scam_compound'], exploitationCountry: 'KH' },
      );
      await victim(
        jkm,
        {
          names: [{ fullName: 'Nguyễn Thị Lan', givenName: 'Lan', familyName: 'Nguyễn' }],
          sex: 'female',
          birth: { precision: 'estimated', age: 16, on: '2025-05-01' },
          nationality: 'VN',
        },
        {
          exploitationTypes: ['domestic_servitude'],
          labourSector: 'domestic_work',
          meansOfControl: ['threats_to_family'],
        },
      );
      await victim(jkm, { names: [{ fullName: '=cmd|calc' }] }, {});
      // Another agency's victim is never in JKM's export.
      await victim(
        molisa,
        { names: [{ fullName: 'Trần Văn Minh' }], sex: 'male' },
        { exploitationTypes: ['forced_labour'] },
      );
      exported = await exportAll(jkm, 3);
      assert.equal(exported.length, 4);
      assert.ok(!JSON.stringify(exported).includes('Trần Văn Minh'));
      const ani = exported.find((record) => record.lnd_FullName === 'Ani Suryani');
      assert.deepEqual(
        {
          first: ani?.prs_FirstName,
          second: ani?.prs_SecondName,
          birth: ani?.prs_Birthdate,
          gender: ani?.prs_Gender,
          status: ani?.vic_TraffickingStatus,
          types: ani?.vic_TypeOfExploitation,
          labour: ani?.vic_TypeOfLabourExploitation,
          industry: ani?.vic_ForcedLabourIndustry,
          control: ani?.vic_MethodsOfControl,
          relationship: ani?.vic_RelationshipToTrafficker,
        },
        {
          first: 'Ani',
          second: 'Suryani',
          birth: '1998-04-12',
          gender: 'Female',
          status: 'ActualVictimOfTrafficking',
          types: ['ForcedLabour', 'SexualExploitation'],
          labour: ['Agriculture'],
          industry: 'A_AgricultureForestryAndFishing',
          control: ['WithholdsDocuments', 'DebtBondage', 'RestrictsMovement'],
          relationship: 'Acquainted',
        },
      );
      assert.deepEqual(ani?.hte_Events, [
        { hte_Type: 'Recruitment', hte_Country: 'ID', hte_Date: '2024-03-01' },
        { hte_Type: 'Exploitation', hte_Country: 'MY', hte_Date: '2024-04-01' },
      ]);
    });

    it('imports the export into a fresh agency, whose export is the same on every mapped field', async () => {
      const before = await exportAll(molisa, 100);
      const body = {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Jabatan Kebajikan Masyarakat' },
        records: exported,
      };
      const response = await molisa.request('POST', '/api/opendata/htcds', body);
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().imported, 4);
      const after = await exportAll(molisa, 2);
      const imported = after.filter(
        (record) => !before.some((old) => old.lnd_CaseReference === record.lnd_CaseReference),
      );
      assert.deepEqual(comparable(imported), comparable(exported));
    });

    it('reads a record from another system through the HTCDS values alone', async () => {
      const response = await molisa.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [
          {
            prs_FirstName: 'Somchai',
            prs_SecondName: 'Wong',
            prs_Gender: 'Male',
            prs_Nationality: 'TH',
            vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
            vic_AgeWhenTrafficked: 19,
            vic_TypeOfExploitation: ['ForcedLabour'],
            vic_ForcedLabourIndustry: 'F_Construction',
            vic_MethodsOfControl: ['TakesEarnings'],
            cas_Status: 'Active',
          },
        ],
      });
      assert.equal(response.statusCode, 201, response.body);
      const somchai = (await exportAll(molisa, 100)).find((record) => record.lnd_FullName === 'Somchai Wong');
      assert.equal(somchai?.lnd_LabourSector, 'construction');
      assert.deepEqual(somchai?.lnd_MeansOfControl, ['withheld_wages']);
      assert.deepEqual(somchai?.lnd_ExploitationTypes, ['forced_labour']);
      assert.equal(somchai?.vic_AgeWhenTrafficked, 19);
    });

    it('refuses a file with invalid records whole, naming each record and field, and writes nothing', async () => {
      const { db } = platform();
      const [before] = await db.query<{ n: number }>('select count(*)::int as n from person');
      const good = exported[0];
      const response = await molisa.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [
          good,
          { ...good, prs_Gender: 'Robot' },
          { ...good, prs_Birthdate: '2999-01-01' },
          { ...good, vic_Surprise: 1 },
        ],
      });
      assert.equal(response.statusCode, 400, response.body);
      const fields = (response.json().errors as { field: string }[]).map((error) => error.field);
      assert.ok(fields.includes('records.1.prs_Gender'), fields.join());
      assert.ok(fields.includes('records.3.vic_Surprise'), fields.join());
      const dated = await molisa.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [good, { ...good, prs_Birthdate: '2999-01-01' }],
      });
      assert.equal(dated.statusCode, 400, dated.body);
      assert.deepEqual(
        (dated.json().errors as { field: string }[]).map((error) => error.field),
        ['records.1.prs_Birthdate'],
      );
      // Day or month 00 ("born in 1990, day and month unknown") is refused, never read as 1 January (0082).
      const zero = await molisa.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [good, { ...good, prs_Birthdate: '1990-00-00' }, { ...good, prs_Birthdate: '1990-07-00' }],
      });
      assert.equal(zero.statusCode, 400, zero.body);
      assert.deepEqual(
        [...new Set((zero.json().errors as { field: string }[]).map((error) => error.field))],
        ['records.1.prs_Birthdate', 'records.2.prs_Birthdate'],
        zero.body,
      );
      // Year 0000 passes the file's date format; PostgreSQL has no such day (issue 11's fuzzer).
      const yearZero = await molisa.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [
          good,
          { ...good, lnd_IdentifiedOn: '0000-01-01' },
          { ...good, prs_Birthdate: '1899-12-31' },
          { ...good, hte_Events: [{ hte_Type: 'Recruitment', hte_Date: '0000-06-30' }] },
        ],
      });
      assert.equal(yearZero.statusCode, 400, yearZero.body);
      assert.deepEqual(
        (yearZero.json().errors as { field: string; code: string }[]).map((error) => [
          error.field,
          error.code,
        ]),
        [
          ['records.1.lnd_IdentifiedOn', 'date_too_early'],
          ['records.2.prs_Birthdate', 'date_too_early'],
          ['records.3.hte_Events.0.hte_Date', 'date_too_early'],
        ],
      );
      const [after] = await db.query<{ n: number }>('select count(*)::int as n from person');
      assert.equal(after?.n, before?.n);
    });

    it('refuses users without the permissions, and audits exports and imports', async () => {
      const { app, db } = platform();
      const trainer = await signInAs(app, 'trainer.mapo@demo.lindung.org');
      assert.equal((await trainer.request('GET', '/api/opendata/htcds')).statusCode, 403);
      const refused = await trainer.request('POST', '/api/opendata/htcds', {
        standard: 'x',
        organisation: {},
        records: [exported[0]],
      });
      assert.equal(refused.statusCode, 403, refused.body);
      await chainAuditEntries(db);
      const audits = await db.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_event where action like 'htcds.%' group by action order by action`,
      );
      assert.deepEqual(
        audits.map((audit) => audit.action),
        ['htcds.export', 'htcds.import'],
      );
    });
  });
}
