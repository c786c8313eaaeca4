import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useDatabaseBeforeMigration } from '../../../test/support/databases.ts';
import { regionMergedInto, regionsOf } from '../../jurisdictions/index.ts';

/*
 * Migration 0151 moves every stored code of a Viet Nam province merged away in July 2025 to the
 * province it became: agencies' declared regions (one row where two parts meet), shelters and
 * reports from the public. Its table of codes must agree with the platform's list of regions.
 */
const formerCodes = regionsOf('VN').flatMap((region) => (region.formerly ?? []).map((former) => former.code));

for (const kind of await testDatabaseKinds()) {
  describe(`records naming Viet Nam's former provinces [${kind}]`, () => {
    const old = useDatabaseBeforeMigration(kind, 151);

    it('should name the province each became, as the list of regions says, once per agency', async () => {
      const db = old.db();
      const agency = async (name: string) =>
        (
          await db.query<{ id: string }>(
            `insert into agency (name, type, country) values ($1, 'law_enforcement', 'VN') returning id`,
            [name],
          )
        )[0]?.id as string;
      const everyFormer = await agency('Bộ đội Biên phòng');
      const alsoCurrent = await agency('Công an tỉnh');
      const declare = (agencyId: string, codes: readonly string[]) =>
        db.query('insert into agency_region (agency_id, region_code) select $1, unnest($2::text[])', [
          agencyId,
          codes,
        ]);
      await declare(everyFormer, formerCodes);
      await declare(alsoCurrent, ['VN-03', 'VN-07', 'VN-HN']);
      await db.query(
        `insert into shelter (agency_id, name, type, population, admits_sexes, region)
         values ($1, 'Nhà tạm lánh', 'government', 'women', '{female}', 'VN-47')`,
        [alsoCurrent],
      );
      await db.query(
        `insert into public_report (tracking_code, secret_hash, agency_id, country, language, what, place, region_code)
         values ('R-ABCD-EFGH', repeat('0', 64), $1, 'VN', 'vi', 'x', 'y', 'VN-57')`,
        [alsoCurrent],
      );
      await old.migrateRest();

      const declared = async (agencyId: string) =>
        (
          await db.query<{ region_code: string }>(
            'select region_code from agency_region where agency_id = $1 order by region_code',
            [agencyId],
          )
        ).map((row) => row.region_code);
      const successors = [...new Set(formerCodes.map((code) => regionMergedInto('VN', code)?.code))].sort();
      assert.equal(successors.length, 23);
      assert.deepEqual(await declared(everyFormer), successors, 'each former code became its province');
      assert.deepEqual(
        await declared(alsoCurrent),
        ['VN-07', 'VN-HN'],
        'Hà Giang and Tuyên Quang are one row',
      );
      const [shelter] = await db.query<{ region: string }>('select region from shelter');
      assert.equal(shelter?.region, 'VN-44', 'Kiên Giang is in An Giang');
      const [report] = await db.query<{ region_code: string }>('select region_code from public_report');
      assert.equal(report?.region_code, 'VN-SG', 'Bình Dương is in Hồ Chí Minh City');
    });
  });
}
