import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forcedLabourAdverts } from '../../../../bench/jobads/forced-labour.ts';
import { toZawgyiBurmese } from './burmese.ts';
import { detectAdvertLanguage } from './language.ts';
import { shippedModel } from './model.ts';
import { redFlags, redFlagsVersion } from './red-flags.ts';
import { keywordBaseline, screenAdvert } from './screen.ts';

describe('the shipped model', () => {
  it('was trained with the current rules (run npm run train:jobads after changing them)', () => {
    const model = shippedModel();
    assert.equal(model.meta.redFlagsVersion, redFlagsVersion);
    assert.ok(model.meta.trainedOn.adverts >= 5000);
    assert.equal(redFlags.length, 25);
  });
});

describe('screenAdvert', () => {
  it('rates a scam-compound lure high and gives its reasons in the reader’s language', () => {
    const result = screenAdvert(
      'Tuyển gấp nhân viên CSKH tại Campuchia, lương 30 triệu, không cần kinh nghiệm, bao vé máy bay. Liên hệ Telegram @hr88',
      'vi',
    );
    assert.equal(result.risk, 'high');
    assert.equal(result.language, 'vi');
    const ids = result.findings.map((f) => f.id);
    for (const id of [
      'scam_hub_destination',
      'no_experience_needed',
      'travel_costs_paid',
      'messaging_app_only',
    ]) {
      assert.ok(ids.includes(id), id);
    }
    assert.match(result.findings.find((f) => f.id === 'travel_costs_paid')?.reason ?? '', /vé máy bay/);
  });

  it('rates licensed overseas recruitment under a government scheme low, with its counter-signals', () => {
    const result = screenAdvert(
      'Licensed agency (licence no. 045-LB) recruits welders for Japan under the Specified Skilled Worker programme. Minimum 3 years experience. Employer pays airfare. Apply with your CV at our office.',
    );
    assert.equal(result.risk, 'low');
    assert.ok(result.findings.some((f) => f.kind === 'counter_signal' && f.id === 'licensed_recruiter'));
  });

  it('flags forced labour and debt bondage outside the scam compounds, and not the legitimate look-alikes', () => {
    for (const advert of forcedLabourAdverts) {
      const result = screenAdvert(advert.text);
      assert.equal(result.risk !== 'low', advert.risky, `${advert.language}: ${advert.text.slice(0, 60)}`);
    }
  });

  it('does not flag casual local work hired without a written contract', () => {
    for (const text of [
      'Part-time barista, no contract, flexible hours, cafe in Bangsar. RM10 per hour. WhatsApp 012-345 6789',
      'Kerja part time tanpa kontrak, jaga toko di Bandung, gaji harian 100 ribu',
      'Việc làm thời vụ không cần hợp đồng, phụ bán quán ăn, trả lương theo ngày',
    ])
      assert.equal(screenAdvert(text).risk, 'low', text);
  });

  it('gives the debt-bondage reasons of a fishing-crew advert', () => {
    const result = screenAdvert(
      'Dicari ABK kapal ikan Taiwan, sistem potong gaji 8 bulan, buku pelaut ditahan kapten, gaji dibayar setelah selesai kontrak',
      'id',
    );
    const ids = result.findings.map((f) => f.id);
    for (const id of ['debt_from_wages', 'documents_kept', 'wages_withheld', 'at_risk_sector'])
      assert.ok(ids.includes(id), id);
    assert.equal(result.risk, 'high');
  });

  it('rates a well-paid skilled job low', () => {
    assert.equal(
      screenAdvert(
        'Offshore drilling supervisor, USD 9,000 per month, minimum 10 years experience, apply with CV.',
      ).risk,
      'low',
    );
  });

  it('screens a Burmese advert in Zawgyi as it screens it in Unicode', () => {
    const unicode = 'မြဝတီမှာ အွန်လိုင်းအလုပ် လစာကောင်း အတွေ့အကြုံမလို ခရီးစရိတ်အခမဲ့ တယ်လီဂရမ်';
    const zawgyi = toZawgyiBurmese(unicode);
    assert.notEqual(zawgyi, unicode);
    const a = screenAdvert(unicode);
    const b = screenAdvert(zawgyi);
    assert.equal(b.burmeseEncoding, 'zawgyi');
    assert.equal(a.burmeseEncoding, 'unicode');
    assert.deepEqual(b.findings, a.findings);
    assert.equal(b.risk, a.risk);
    assert.equal(a.risk, 'high');
  });

  it('keyword baseline flags on red flags alone, ignoring counter-signals', () => {
    assert.equal(
      keywordBaseline('Free flight and visa, free accommodation, urgent. EPS Korea government programme.'),
      true,
    );
    assert.equal(keywordBaseline('Accountant, 3 years experience'), false);
  });
});

describe('detectAdvertLanguage', () => {
  const cases: [string, string][] = [
    ['We are hiring a customer service executive with good English', 'en'],
    ['Jawatan kosong pembantu kedai, gaji RM1,700, sila hubungi kami', 'ms'],
    ['Lowongan kerja operator produksi, lulusan SMK, kirim lamaran ke kantor', 'id'],
    ['Tuyển nhân viên bán hàng, lương thỏa thuận', 'vi'],
    ['รับสมัครพนักงานขาย', 'th'],
    ['ဝန်ထမ်းအလိုရှိသည်', 'my'],
    ['ជ្រើសរើសបុគ្គលិក', 'km'],
  ];
  for (const [text, language] of cases) {
    it(`reads "${text.slice(0, 30)}…" as ${language}`, () => {
      assert.equal(detectAdvertLanguage(text).language, language);
    });
  }
});
