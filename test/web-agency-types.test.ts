import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyTypes } from '../src/modules/agencies/index.ts';
import { agencyTypes as webAgencyTypes } from '../web/src/features/admin/types.ts';
import enAgencies from '../web/src/i18n/locales/en.agencies.json' with { type: 'json' };

/*
 * The web app keeps its own copy of the server's agency types (it imports none of the server's
 * source): the form that registers an agency must offer exactly the types the API takes, each by
 * its name (test/web-i18n.test.ts holds the other languages to the English keys).
 */
describe("the web app's agency types", () => {
  it('should be the types the API takes, in the same order', () => {
    assert.deepEqual(webAgencyTypes, agencyTypes);
  });

  it('should name every type the API takes', () => {
    const named: Record<string, string> = enAgencies.agencies.type;
    assert.deepEqual(
      agencyTypes.filter((type) => !named[type]),
      [],
    );
  });
});
