import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notificationText, reminderText } from './notification.presenter.ts';

describe('notification texts', () => {
  it('words a report that reached the triage queue in each language, naming nothing of it', () => {
    const detail = { reportId: '6f1c0a52-8a1e-4c1f-9d47-3b2f5d0c9e11' };
    const titles = ['en', 'ms', 'id', 'vi'].map(
      (locale) => notificationText('public_report.received', detail, locale).title,
    );
    assert.equal(new Set(titles).size, 4, 'one text per language');
    for (const title of titles) assert.ok(!title.includes(detail.reportId));
    assert.notEqual(
      notificationText('public_report.rerouted', detail, 'ms').title,
      notificationText('public_report.received', detail, 'ms').title,
    );
    assert.equal(
      notificationText('public_report.received', detail, 'th').title,
      notificationText('public_report.received', detail, 'en').title,
      'English when the language is not one of the four',
    );
  });

  it('words a probe alert in each language with the count and hours, naming the user by nothing but id', () => {
    const detail = { userId: '6f1c1a0e-0000-4000-8000-000000000001', persons: 5, hours: 24 };
    const titles = ['en', 'ms', 'id', 'vi'].map(
      (locale) => notificationText('linkage.probe_suspected', detail, locale).title,
    );
    assert.equal(new Set(titles).size, 4, 'one text per language');
    for (const title of titles) {
      assert.ok(title.includes('5') && title.includes('24'), title);
      assert.ok(!title.includes(detail.userId));
    }
  });

  it("words a match's holder named to the reader's agency in each language, naming neither hint nor person", () => {
    const detail = { hintIds: ['6f1c1a0e-0000-4000-8000-000000000002'] };
    const texts = ['en', 'ms', 'id', 'vi'].map((locale) =>
      notificationText('linkage.hint_disclosed', detail, locale),
    );
    assert.equal(new Set(texts.map((text) => text.title)).size, 4, 'one text per language');
    for (const text of texts) {
      assert.ok(!text.body.includes(String(detail.hintIds[0])), text.body);
      assert.notEqual(text.title, reminderText(detail, 'en').title, 'not taken for a reminder');
    }
  });

  it("words a deadline's reminder as before", () => {
    const detail = { sourceKind: 'protection_order_expiry', dueOn: '2026-12-01', leadDays: 0 };
    assert.deepEqual(notificationText('deadline.reminder', detail, 'ms'), reminderText(detail, 'ms'));
  });
});
