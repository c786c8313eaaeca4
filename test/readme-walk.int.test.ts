import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { demoUsers } from '../src/modules/demo/index.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { signInAs, useTestPlatform } from './support/platform.ts';

/**
 * The README's walk through the victim path, run as a new user would run it: its shell blocks, as
 * written, with curl and jq against a platform listening on a free port. Each `# → ` line in a
 * block is a line the walk must print, in that order, so the README cannot promise an answer the
 * API no longer gives; and the table of who may do each step must name only demo users whose role
 * holds that step's permission, and every user it names elsewhere who holds it too.
 */

const execFileAsync = promisify(execFile);
const sectionHeading = '## Walk through the victim path';
/** The block's address line, pointed at the test's server instead. */
const addressLine = /^API=http:\/\/localhost:3000\/api\b.*$/m;
const outputMark = '# → ';

/** The section's text, from its heading to the next second-level heading. */
function walkSection(readme: string): string {
  const start = readme.indexOf(`\n${sectionHeading}\n`);
  assert.notEqual(start, -1, `README.md has no "${sectionHeading}" section`);
  const end = readme.indexOf('\n## ', start + sectionHeading.length + 2);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** The section's `sh` blocks, joined in order as one script. */
function walkScript(section: string): string {
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
  assert.ok(blocks.length > 0, 'the walk has no sh block');
  return blocks.join('');
}

/** What the walk promises to print: its `# → ` lines, in order. */
function promisedOutput(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => line.startsWith(outputMark))
    .map((line) => line.slice(outputMark.length));
}

/** The table's rows: a permission and the demo users (by the e-mail's local part) said to hold it. */
function claimedHolders(section: string): { permission: string; users: string[] }[] {
  return section
    .split('\n')
    .filter((line) => /^\| [^|]+ \| `[a-z_]+:[a-z_]+` \|/.test(line))
    .map((line) => {
      const [, , permissionCell = '', usersCell = ''] = line.split('|');
      return {
        permission: permissionCell.trim().replaceAll('`', ''),
        users: [...usersCell.matchAll(/`([a-z0-9.]+)`/g)].map((match) => match[1] as string),
      };
    });
}

/** The walk's first lines: its address, its helpers and nothing they are used for. */
function walkHelpers(script: string): string {
  const firstSignIn = script.indexOf('\nsign_in ');
  assert.notEqual(firstSignIn, -1, 'the walk signs nobody in');
  return script.slice(0, firstSignIn + 1);
}

async function runWalk(script: string, folder: string): Promise<string[]> {
  try {
    const { stdout } = await execFileAsync('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: folder,
      timeout: 240_000,
    });
    return stdout.trimEnd().split('\n');
  } catch (error) {
    const failure = error as { code?: string | number; stdout?: string; stderr?: string };
    if (failure.code === 'ENOENT') throw new Error('the README walk needs bash, curl and jq on the PATH');
    throw new Error(`the README walk stopped (${failure.code}):\n${failure.stdout}\n${failure.stderr}`);
  }
}

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const section = walkSection(readme);
const script = walkScript(section);

for (const kind of await testDatabaseKinds()) {
  describe(`the README's walk through the victim path [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let folder: string;
    let printed: string[];
    /** Where the test's server listens, e.g. http://127.0.0.1:41234. */
    let address: string;

    before(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'lindung-readme-walk-'));
      address = await platform().app.listen({ host: '127.0.0.1', port: 0 });
      assert.match(script, addressLine, 'the walk no longer starts with API=http://localhost:3000/api');
      printed = await runWalk(script.replace(addressLine, `API=${address}/api`), folder);
    });
    after(async () => {
      await rm(folder, { recursive: true, force: true });
    });

    it('prints, step by step, what the README says it prints', () => {
      assert.deepEqual(printed, promisedOutput(script));
    });

    it("stops with the problem's status and code when a sign-in is refused, keeping no token", async () => {
      const helpers = walkHelpers(script).replace(addressLine, `API=${address}/api`);
      // Nobody of that name is a demo user: the answer is 401 invalid_credentials, not a session.
      await assert.rejects(
        execFileAsync('bash', ['-euo', 'pipefail', '-c', `${helpers}sign_in nobody`], { cwd: folder }),
        (failure: { stderr: string }) => {
          assert.match(failure.stderr, /nobody was not signed in: 401 invalid_credentials/);
          return true;
        },
      );
      assert.equal(await readFile(path.join(folder, 'nobody.csrf'), 'utf8'), '', 'no "null" kept as a token');
    });

    it('calls the first screening a presumed victim and the second not', () => {
      assert.ok(printed.some((line) => line.startsWith('{"outcome":"presumed_victim"')));
      assert.ok(printed.some((line) => line.startsWith('{"outcome":"not_presumed"')));
    });

    it('shows the embassy only her identity, and nothing once she withdraws her consent', () => {
      assert.ok(
        printed.includes(
          '{"dataCategories":["identity"],"person":["birth","languages","names","nationality","sex"],"case":{}}',
        ),
      );
      assert.ok(printed.includes('{"consentState":"withdrawn","shared":null}'));
    });

    it('finds every step of both agencies in the audit log', () => {
      const audited = printed.join('\n');
      for (const step of [
        'person.create success Nurul Huda Ismail',
        'screening.start success Nurul Huda Ismail',
        'screening.update success Nurul Huda Ismail',
        'screening.complete success Nurul Huda Ismail',
        'case.open success Nurul Huda Ismail',
        'consent.record success Nurul Huda Ismail',
        'referral.create success Nurul Huda Ismail',
        'referral.accept success Dewi Lestari',
        'referral.view success Dewi Lestari',
        'person.read denied Dewi Lestari',
        'consent.withdraw success Nurul Huda Ismail',
      ]) {
        assert.ok(audited.includes(`"${step}"`), `no audit entry "${step}"`);
      }
    });

    /** Whether the demo user of that e-mail's local part holds the permission, by the API's roles. */
    const holdsPermission = async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const roles = (await admin.request('GET', '/api/roles')).json() as {
        items: { code: string; permissions: string[] }[];
      };
      const permissionsOf = new Map(roles.items.map((role) => [role.code, role.permissions]));
      return (name: string, permission: string) => {
        const user = demoUsers.find((candidate) => candidate.email === `${name}@demo.lindung.org`);
        assert.ok(user, `${name} is not a demo user`);
        return permissionsOf.get(user.role)?.includes(permission) === true;
      };
    };

    it("names for each step only demo users whose role holds the step's permission", async () => {
      const holds = await holdsPermission();
      const rows = claimedHolders(section);
      assert.ok(rows.length > 0, 'the walk has no table of permissions');
      for (const { permission, users } of rows) {
        for (const name of users) assert.ok(holds(name, permission), `${name} does not hold ${permission}`);
      }
    });

    it("names for each step every demo user of the table whose role holds the step's permission", async () => {
      const holds = await holdsPermission();
      const rows = claimedHolders(section);
      const named = new Set(rows.flatMap((row) => row.users));
      for (const { permission, users } of rows) {
        const left = [...named].filter((name) => holds(name, permission) && !users.includes(name));
        assert.deepEqual(left, [], `the row of ${permission} leaves out demo users of the table who hold it`);
      }
    });
  });
}
