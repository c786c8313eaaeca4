import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createFreshDatabase, type FreshDatabase } from '../../test/support/databases.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { generateKeyText, parseKeys } from '../crypto/keyring.ts';
import { changeActions } from './change-actions.ts';
import { changeAuditedOn } from './refused-changes.ts';
import { refusalAuditedOn } from './refused-reads.ts';
import type { App } from './types.ts';

const changingMethods = ['post', 'put', 'patch', 'delete'];

/**
 * Actions a command makes rather than writes whole, with the text in the source they are made
 * from: a referral's step (`referral.${step}`), a protection order recorded or extended, a
 * repatriation's or a reintegration plan's step named after its case event.
 */
const fromStep = /`referral\.\$\{step\}`/;
const fromOrder = /`protection_order\.\$\{order\.follows \? 'extend' : 'record'\}`/;
const madeFrom: Readonly<Record<string, RegExp>> = {
  'referral.accept': fromStep,
  'referral.decline': fromStep,
  'referral.complete': fromStep,
  'referral.cancel': fromStep,
  'protection_order.record': fromOrder,
  'protection_order.extend': fromOrder,
  'repatriation.planned': /'case\.repatriation_planned'/,
  'repatriation.departed': /'case\.repatriation_departed'/,
  'repatriation.cancelled': /'case\.repatriation_cancelled'/,
  'reintegration_plan.planned': /'case\.reintegration_planned'/,
  'reintegration_plan.followed_up': /'case\.reintegration_followed_up'/,
  'reintegration_plan.closed': /'case\.reintegration_closed'/,
};

/** The application's own source: tests, factories and the table under test left out (it names every action). */
async function sourceText(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '..');
  const files = (await readdir(root, { recursive: true })).filter(
    (file) =>
      file.endsWith('.ts') &&
      !file.includes('.test.') &&
      !file.includes('factory') &&
      path.basename(file) !== 'change-actions.ts',
  );
  const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8')));
  return texts.join('\n');
}

describe('the action a refused change is audited as, route by route (decision 0144)', () => {
  let database: FreshDatabase;
  let app: App;
  /** Every changing route of the API, as `METHOD /path/:param`. */
  let routes: string[] = [];

  before(async () => {
    // The app is built for its routes only: an empty database serves.
    database = await createFreshDatabase('pglite', { contents: 'empty' });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    app = await buildApp({
      config,
      db: database.db,
      keyring: parseKeys(generateKeyText(), 'a throwaway key'),
    });
    const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(document.paths).flatMap(([url, operations]) =>
      Object.keys(operations)
        .filter((method) => changingMethods.includes(method))
        .map((method) => `${method.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`),
    );
  });

  after(async () => {
    await app?.close();
    await database?.drop();
  });

  it('should list every changing route, and no route the API does not have', () => {
    assert.ok(routes.length > 100, `routes found: ${routes.length}`);
    const missing = routes.filter((route) => !(route in changeActions));
    assert.deepEqual(
      missing,
      [],
      'add each to src/http/change-actions.ts with what its change is audited as',
    );
    const unknown = Object.keys(changeActions).filter((route) => !routes.includes(route));
    assert.deepEqual(unknown, []);
  });

  it('should list only actions that a command writes', async () => {
    const source = await sourceText();
    const unwritten = Object.entries(changeActions).filter(
      ([, action]) => action !== null && !(madeFrom[action]?.test(source) ?? source.includes(`'${action}'`)),
    );
    assert.deepEqual(unwritten, []);
  });

  it('should audit a refused re-referral, a status change and a consent as the change done, not by their path', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    for (const [method, url, done] of [
      ['POST', '/api/referrals/:id/re-referrals', 'referral.create'],
      ['POST', '/api/cases/:id/status', 'case.change_status'],
      ['POST', '/api/persons/:personId/consents', 'consent.record'],
      ['POST', '/api/cases/:id/protection-orders', 'protection_order.record'],
      ['DELETE', '/api/users/:id', 'user.deactivate'],
    ] as const) {
      assert.notEqual(
        changeAuditedOn(method, url, { id }, {}).action,
        done,
        'the path alone names it otherwise',
      );
      assert.equal(changeActions[`${method} ${url}`], done, url);
    }
    // A step on a referral refused as not found is audited by its route (decision 0101): by the same name.
    assert.equal(refusalAuditedOn('POST', '/api/referrals/:id/re-referrals')?.action, 'referral.create');
    assert.equal(refusalAuditedOn('POST', '/api/referrals/:id/accept')?.action, 'referral.accept');
  });
});
