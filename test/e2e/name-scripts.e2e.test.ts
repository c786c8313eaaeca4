import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestSession } from '../support/platform.ts';
import {
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
} from './browser.ts';
import { englishLeftovers } from './untranslated.ts';

/*
 * Names in Burmese script in Chromium (issue 8, decision 0083): JKM's case manager finds a person
 * recorded only as ကျော်ဇင်ထက် by typing "Kyaw Zin Htet", and the results, the check before
 * recording a case and the person's page show the name with its Latin reading. The app's own
 * Myanmar font is fetched from the server and used once such a name is shown, never by a page
 * without one. A name typed in Zawgyi is shown in Unicode, marked as converted, and edited in
 * Unicode with a note saying so; the lists of possible matches show the reading too. In Malay, the
 * reading is labelled in Malay.
 */
describe('names in Burmese script in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;
  let kbri: TestSession;
  const kyaw = 'ကျော်ဇင်ထက်';
  /** အောင်ကျော်ထက် (Aung Kyaw Htet) as a Zawgyi keyboard types it. */
  const aung = { zawgyi: 'ေအာင္ေက်ာ္ထက္', unicode: 'အောင်ကျော်ထက်' };

  const record = async (session: TestSession, fullName: string) => {
    const response = await session.request('POST', '/api/persons', {
      names: [{ fullName }],
      sex: 'male',
      birth: { precision: 'exact', date: '1993-12-03' },
      nationality: 'MM',
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().id as string;
  };
  const ids: Record<string, string> = {};

  before(async () => {
    server = await startE2eServer();
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org', 'ms');
    ids.kyaw = await record(jkm, kyaw);
    ids.aung = await record(jkm, aung.zawgyi);
    // The same man as another officer wrote him, in Latin: a pair for the linkage review.
    ids.kyawLatin = await record(jkm, 'Kyaw Zin Htet');
    await record(kbri, kyaw);
    page = await pageOf(server, jkm);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('name-scripts', () => [page]);
  const results = () => page.getByRole('list', { name: 'Persons found' });
  const nameField = () => page.getByRole('textbox', { name: 'Name', exact: true });
  /** The state of the app's font faces of a family: "unloaded" until a page's text needs them. */
  const faceStates = (family: string) =>
    page.evaluate(
      `[...document.fonts].filter((face) => face.family.replace(/"/g, '') === ${JSON.stringify(family)}).map((face) => face.status)`,
    ) as Promise<string[]>;
  /** The font files the page fetched. */
  const fontsFetched = () =>
    page.evaluate(
      "performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.endsWith('.woff2'))",
    ) as Promise<string[]>;
  const fontsReady = () => page.evaluate('document.fonts.ready.then(() => undefined)');

  step('should fetch no font for Burmese, Thai or Khmer script on a page without such a name', async () => {
    const response = await page.goto('/persons');
    assert.match(response?.headers()['content-security-policy'] ?? '', /font-src 'self'/);
    await page.getByRole('heading', { level: 1, name: 'Persons' }).waitFor();
    await fontsReady();
    for (const family of ['Noto Sans Myanmar', 'Noto Sans Thai', 'Noto Sans Khmer']) {
      const states = await faceStates(family);
      assert.ok(states.length >= 1, `the app declares ${family}`);
      assert.ok(
        states.every((state) => state === 'unloaded'),
        `${family}: ${states.join(', ')}`,
      );
    }
    assert.deepEqual(await fontsFetched(), []);
  });

  step('should find the name in Burmese script by its Latin spelling and show both', async () => {
    await nameField().fill('Kyaw Zin Htet');
    const found = results()
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: kyaw }) });
    await found.getByText('(Latin reading: Kyaw Zin Htet)').waitFor();
    assert.equal(await found.count(), 1);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'name-scripts-results');
  });

  step('should fetch the app’s Myanmar font from the server and render the name with it', async () => {
    await fontsReady();
    const myanmar = await faceStates('Noto Sans Myanmar');
    assert.ok(myanmar.includes('loaded'), `Noto Sans Myanmar: ${myanmar.join(', ')}`);
    // The name's link is bold (600): drawn with the 700 face, which is loaded.
    assert.equal(
      await page.evaluate(`document.fonts.check('700 16px "Noto Sans Myanmar"', ${JSON.stringify(kyaw)})`),
      true,
    );
    // Only the script the page shows: Thai and Khmer are still not fetched.
    for (const family of ['Noto Sans Thai', 'Noto Sans Khmer']) {
      assert.ok(
        (await faceStates(family)).every((state) => state === 'unloaded'),
        family,
      );
    }
    const [file, ...others] = await fontsFetched();
    assert.match(file ?? '', /\/assets\/noto-sans-myanmar-myanmar-\d00-normal-[\w-]+\.woff2$/);
    assert.ok(
      others.every((url) => url.includes('noto-sans-myanmar')),
      others.join(' '),
    );
    const served = await page.request.get(file ?? '');
    assert.equal(served.status(), 200);
    assert.equal(served.headers()['content-type'], 'font/woff2');
    assert.equal((await served.body()).subarray(0, 4).toString('latin1'), 'wOF2');
    // The name's own element is drawn in the app's font: the first family of the stack that has it.
    const family = (await page.evaluate(
      `getComputedStyle([...document.querySelectorAll('[data-person]')].find((link) => link.textContent === ${JSON.stringify(kyaw)})).fontFamily`,
    )) as string;
    assert.match(family, /^"?Noto Sans Myanmar"?,/);
  });

  step('should show the name and its Latin reading on the person’s page', async () => {
    await results().getByRole('link', { name: kyaw }).click();
    await page.getByRole('heading', { level: 1, name: kyaw }).waitFor();
    await page.getByText('(Latin reading: Kyaw Zin Htet)').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  step(
    'should show a name typed in Zawgyi in Unicode, marked as converted, in the results and on the page',
    async () => {
      await page.goto(`/persons?name=${encodeURIComponent('Aung Kyaw Htet')}`);
      const found = results()
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: aung.unicode }) });
      await found.getByText('(converted from Zawgyi)').waitFor();
      await found.getByText('(Latin reading: Aung Kyaw Htet)').waitFor();
      assert.equal(await page.getByText(aung.zawgyi).count(), 0, 'the Zawgyi text is not shown');
      await found.getByRole('link', { name: aung.unicode }).click();
      await page.getByRole('heading', { level: 1, name: aung.unicode }).waitFor();
      await page.getByText('(converted from Zawgyi)').waitFor();
      assert.ok(!(await page.locator('body').innerText()).includes(aung.zawgyi));
      await screenshot(page, 'name-scripts-zawgyi');
    },
  );

  step('should show the Latin reading in the check for the person before opening a case', async () => {
    await page.goto('/cases/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Kyaw Zin Htet');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const found = page.getByRole('region', { name: 'People found' });
    await found.getByText(kyaw, { exact: true }).waitFor();
    await found.getByText('(Latin reading: Kyaw Zin Htet)').waitFor();
  });

  step('should show the Latin reading beside the name in script on the linkage pair', async () => {
    assert.equal((await jkm.request('POST', '/api/linkage/scans')).statusCode, 200);
    const { items } = (await jkm.request('GET', '/api/linkage/candidates?limit=50')).json() as {
      items: { id: string; personA: { id: string }; personB: { id: string } }[];
    };
    const pair = items.find((candidate) =>
      [candidate.personA.id, candidate.personB.id].every((id) => [ids.kyaw, ids.kyawLatin].includes(id)),
    );
    assert.ok(pair, 'the two records are queued as a possible duplicate');
    await page.goto(`/linkage/${pair.id}`);
    const sides = page.getByRole('table', { name: 'The two records side by side' });
    await sides.getByText(kyaw, { exact: true }).waitFor();
    await sides.getByText('(Latin reading: Kyaw Zin Htet)').waitFor();
    // The name written in Latin has no reading of its own.
    assert.equal(await sides.getByText('(Latin reading:', { exact: false }).count(), 1);
    assert.deepEqual(await seriousViolations(page), []);
  });

  step('should show the Latin reading in the lists of possible matches', async () => {
    await page.goto('/linkage');
    await page.getByRole('heading', { level: 1, name: 'Possible duplicate persons' }).waitFor();
    // KBRI recorded the same man after JKM: a possible match held by another agency.
    const held = page.getByRole('region', { name: 'Held by another agency' });
    await held.getByText(kyaw, { exact: true }).first().waitFor();
    await held.getByText('(Latin reading: Kyaw Zin Htet)').first().waitFor();
    // The queue of pairs names each record as its page does, the reading beside the name.
    const readings = page.getByText('(Latin reading: Kyaw Zin Htet)');
    assert.ok((await readings.count()) > (await held.getByText('(Latin reading: Kyaw Zin Htet)').count()));
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'name-scripts-possible-matches');
  });

  step(
    'should edit a name typed in Zawgyi in its Unicode form, saying so, and save it as shown',
    async () => {
      await page.goto(`/persons/${ids.aung}`);
      await page.getByRole('heading', { level: 1, name: aung.unicode }).waitFor();
      await page.getByRole('button', { name: 'Edit details' }).click();
      const form = page.getByRole('form', { name: 'Edit who this person is' });
      const fullName = form
        .getByRole('group', { name: 'Name 1' })
        .getByLabel('Full name, as the person gives it');
      assert.equal(await fullName.inputValue(), aung.unicode, 'the field holds the Unicode form');
      await form.getByText(/^Recorded in the Zawgyi encoding and shown here converted to Unicode/).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'name-scripts-zawgyi-edit');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Edit details' }).waitFor();
      const saved = (await jkm.request('GET', `/api/persons/${ids.aung}`)).json();
      assert.deepEqual(
        saved.names.map((name: { fullName: string; unicode: string | null }) => [
          name.fullName,
          name.unicode,
        ]),
        [[aung.unicode, null]],
      );
      await page.getByText('(Latin reading: Aung Kyaw Htet)').waitFor();
      assert.equal(await page.getByText('(converted from Zawgyi)').count(), 0, 'nothing left to convert');
    },
  );

  step('should label the Latin reading in Malay for a Malay-speaking user', async () => {
    const malay = await pageOf(server, kbri);
    await malay.goto(`/persons?name=${encodeURIComponent('Kyaw Zin Htet')}`);
    await malay.getByText('(Bacaan Rumi: Kyaw Zin Htet)').waitFor();
    assert.deepEqual(await englishLeftovers(malay, 'ms'), []);
    await malay.close();
  });
});
