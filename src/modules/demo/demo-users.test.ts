import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoAgencies } from './demo-agencies.ts';
import { demoSignInLines, demoUsers } from './demo-users.ts';

describe('the demo users', () => {
  it("should give every country's police, the default triage agency, a frontline officer", () => {
    const police = Object.entries(demoAgencies).filter(([, agency]) => agency.type === 'law_enforcement');
    assert.deepEqual(police.map(([, agency]) => agency.country).sort(), ['ID', 'MY', 'VN']);
    for (const [key] of police) {
      assert.ok(
        demoUsers.some((user) => user.agency === key && user.role === 'frontline_officer'),
        `no triage officer at ${key}`,
      );
    }
  });

  it('should give the immigration department a frontline officer, to search and record persons as immigration', () => {
    const [jim] = Object.entries(demoAgencies).filter(([, agency]) => agency.type === 'immigration');
    assert.ok(jim, 'an immigration agency in the demo');
    assert.deepEqual(
      demoUsers.filter((user) => user.agency === jim[0]).map((user) => `${user.email} ${user.role}`),
      ['officer.jim@demo.lindung.org frontline_officer'],
    );
  });

  it('should list every demo sign-in at start-up with its role and agency', () => {
    const printed = demoSignInLines().join('\n');
    for (const user of demoUsers) assert.ok(printed.includes(user.email), user.email);
    assert.match(printed, /officer\.polri@demo\.lindung\.org\s+frontline_officer\s+Polri/);
    assert.match(printed, /officer\.bca@demo\.lindung\.org\s+frontline_officer\s+BCA/);
    assert.match(printed, /supervisor\.jkm@demo\.lindung\.org\s+case_manager\s+JKM/);
  });

  it("should give the social welfare agency a second case manager to decide its case manager's requests", () => {
    const jkm = demoUsers.filter((user) => user.agency === 'jkm' && user.role === 'case_manager');
    assert.deepEqual(jkm.map((user) => user.email).sort(), [
      'cm.jkm@demo.lindung.org',
      'supervisor.jkm@demo.lindung.org',
    ]);
  });
});
