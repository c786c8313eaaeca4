import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMailer } from './mailer.ts';
import { reminderText } from './notification.presenter.ts';

describe('reminder e-mail without an SMTP server', () => {
  it('builds the message but logs only ids: no address, subject or text', async () => {
    const lines: string[] = [];
    const mailer = createMailer(
      { mail: { smtpUrl: undefined, from: 'Lindung <no-reply@lindung.invalid>' } },
      { info: (detail, message) => lines.push(JSON.stringify({ ...detail, message })) },
    );
    const text = reminderText(
      {
        sourceKind: 'protection_order_expiry',
        dueOn: '2026-03-22',
        leadDays: 1,
        caseReference: 'JKM-2026-000001',
      },
      'en',
    );
    assert.equal(text.title, 'Protection order expires: due in 1 day (2026-03-22)');
    await mailer.send({
      to: 'siti@example.org',
      subject: text.title,
      text: text.body,
      tag: { notificationId: 'n-1' },
    });
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /n-1/);
    assert.match(lines[0] ?? '', /logged_not_sent/);
    assert.doesNotMatch(lines[0] ?? '', /siti|example|Protection|JKM/);
  });

  it('writes reminders in the reader’s language', () => {
    const detail = { sourceKind: 'court_date', dueOn: '2026-03-22', leadDays: 0 };
    assert.equal(reminderText(detail, 'vi').title, 'Ngày xét xử: đến hạn hôm nay (2026-03-22)');
    assert.equal(reminderText(detail, 'id').title, 'Tanggal sidang: jatuh tempo hari ini (2026-03-22)');
  });
});
