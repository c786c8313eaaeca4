import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firedFlags, normaliseAdvert, redFlags, redFlagsVersion } from './red-flags.ts';
import { screenAdvert } from './screen.ts';

/**
 * The fixes of rules 2026-12-01.11, in every language the rules read, both ways: the flag fires
 * on the risky wording and stays quiet on the negated, waived or local wording.
 */
const fires = (text: string) => firedFlags(normaliseAdvert(text));

type Language = 'en' | 'ms' | 'id' | 'vi' | 'th' | 'my' | 'km';
type Cases = Record<Language, { risky: string[]; quiet: string[] }>;

function checkBothWays(flag: string, cases: Cases) {
  for (const [language, { risky, quiet }] of Object.entries(cases)) {
    it(`${language}: fires ${flag} on the risky wording and not on the negated or local one`, () => {
      for (const text of risky) assert.ok(fires(text).includes(flag), `${flag} should fire on "${text}"`);
      for (const text of quiet) assert.ok(!fires(text).includes(flag), `${flag} fired on "${text}"`);
    });
  }
}

describe('a fee the advert negates or waives', () => {
  checkBothWays('worker_pays_fees', {
    en: {
      risky: ['Processing fee RM500 before departure', 'You must pay a deposit first'],
      quiet: [
        'No processing fee',
        'We do not charge any placement fee',
        'Processing fee: waived',
        'You do not need to pay a deposit',
        'Nothing is deducted from your salary',
        'The recruitment fee is borne by the employer',
      ],
    },
    ms: {
      risky: ['Yuran pemprosesan RM300', 'Potongan gaji RM200 sebulan'],
      quiet: [
        'Tiada yuran pemprosesan',
        'Tidak dikenakan yuran pendaftaran',
        'Yuran latihan percuma',
        'Tidak ada potongan gaji',
      ],
    },
    id: {
      risky: ['Biaya administrasi 2 juta', 'Ada potongan gaji tiap bulan'],
      quiet: [
        'Tidak dipungut biaya administrasi',
        'Tanpa biaya pendaftaran',
        'Biaya pelatihan gratis',
        'Biaya pelatihan dan seragam gratis',
        'Gratis biaya proses',
        'Tidak ada potongan gaji',
        'Biaya proses ditanggung perusahaan',
      ],
    },
    vi: {
      risky: ['Phí hồ sơ 5 triệu', 'Đặt cọc 10 triệu'],
      quiet: [
        'Không thu phí hồ sơ',
        'Miễn phí hồ sơ',
        'Không phải đặt cọc',
        'Phí hồ sơ do công ty chịu',
        'Khong thu phi ho so',
        'Phí đào tạo: 0 đồng',
        'Người lao động không phải đóng tiền cọc',
      ],
    },
    th: { risky: ['ค่าสมัคร 500 บาท'], quiet: ['ไม่เก็บค่าสมัคร', 'ฟรีค่าสมัคร', 'ค่าสมัครฟรี', 'ไม่ต้องจ่ายค่ามัดจำ'] },
    my: { risky: ['ဝန်ဆောင်ခ ၅ သိန်း'], quiet: ['ဝန်ဆောင်ခ မယူပါ', 'ကြိုတင်ငွေ မပေးရပါ', 'ကြိုတင်ငွေ လုံးဝမယူပါ'] },
    km: { risky: ['ថ្លៃសេវា ៥០០ ដុល្លារ'], quiet: ['មិនយកថ្លៃសេវា', 'ថ្លៃសេវាឥតគិតថ្លៃ', 'គ្មានថ្លៃសេវា'] },
  });

  it('stops the negation at a word that is not a filler, at a comma, a full stop or a line break', () => {
    for (const text of [
      'Mess gratis\nBiaya admin 500rb',
      'Free meals\nProcessing fee $200',
      'Tanpa pengalaman biaya admin 500rb',
      'No experience. Processing fee $300',
      'Không cần kinh nghiệm, phí hồ sơ 2 triệu',
      'Tiada pengalaman, yuran pemprosesan RM300',
    ])
      assert.ok(fires(text).includes('worker_pays_fees'), text);
  });

  it('also reads a negated deduction, a negated passport-keeping and a negated debt', () => {
    for (const [text, flag] of [
      ['Công ty không giữ hộ chiếu', 'documents_kept'],
      ['Majikan tidak akan menahan pasport', 'documents_kept'],
      ['We never keep your passport', 'documents_kept'],
      ['นายจ้างไม่เก็บพาสปอร์ต', 'documents_kept'],
      ['Tidak ada potongan gaji untuk tiket', 'debt_from_wages'],
      ['No costs are deducted from your wages', 'debt_from_wages'],
      ['មិនកាត់ប្រាក់ខែ', 'debt_from_wages'],
    ] as const)
      assert.ok(!fires(text).includes(flag), `${flag} fired on "${text}"`);
  });
});

describe('wages paid only at the end of the contract', () => {
  checkBothWays('wages_withheld', {
    en: {
      risky: [
        'Salary paid only at the end of the contract',
        'Wages at the end of contract',
        'Your wages will be paid in full when you finish the contract',
        'Salary will be released after completing the 2-year contract',
      ],
      quiet: [
        'Salary paid monthly; completion bonus at the end of the contract',
        'Salary paid at the end of each month',
        'Salary paid monthly, bonus at the end of contract',
        'Wages paid every month; gratuity paid upon completion of the contract',
      ],
    },
    ms: {
      risky: [
        'Gaji diberi hujung kontrak',
        'Gaji hanya dibayar selepas tamat kontrak',
        'Gaji dibayar apabila kontrak tamat',
      ],
      quiet: [
        'Gaji dibayar setiap hujung bulan',
        'Gaji dibayar setiap bulan, bonus di akhir kontrak',
        'Gaji dibayar setiap bulan, bonus dibayar di akhir kontrak',
      ],
    },
    id: {
      risky: [
        'Gaji dibayar di akhir kontrak',
        'Gaji dibayarkan di ujung kontrak',
        'Gaji diberikan setelah kontrak selesai',
      ],
      quiet: ['Gaji dibayar setiap akhir bulan', 'Gaji ditransfer tiap bulan, bonus di akhir kontrak'],
    },
    vi: {
      risky: ['Hết hợp đồng mới được nhận lương', 'Lương trả một lần khi hết hợp đồng'],
      quiet: [
        'Lương trả vào cuối tháng',
        'Thưởng khi hết hợp đồng, lương trả hàng tháng',
        'Lương trả hàng tháng, thưởng trả khi hết hợp đồng',
      ],
    },
    th: {
      risky: ['ครบสัญญาแล้วค่อยจ่ายเงินเดือน', 'จ่ายค่าจ้างตอนหมดสัญญา', 'เงินเดือนจ่ายเมื่อสิ้นสุดสัญญา'],
      quiet: ['จ่ายเงินเดือนทุกสิ้นเดือน'],
    },
    my: { risky: ['စာချုပ်ကုန်ဆုံးမှ လစာပေးမည်'], quiet: ['လစာကို လစဉ်ပေးမည်'] },
    km: { risky: ['ប្រាក់ខែបើកពេលបញ្ចប់កិច្ចសន្យា'], quiet: ['បើកប្រាក់ខែរៀងរាល់ខែ'] },
  });
});

describe('papers held by anyone on the employer’s side', () => {
  checkBothWays('documents_kept', {
    en: {
      risky: [
        'Documents are kept by the supervisor',
        'The supervisor keeps your passport',
        'Passports held by management during the contract',
        'Passport must be surrendered to HR upon arrival',
      ],
      quiet: [
        'Keep your documents safe',
        'You will keep your own passport',
        'You keep your own passport',
        'Passports are not kept by the company',
        'Your passport will never be held by the agent',
        'The supervisor will check your documents',
      ],
    },
    ms: {
      risky: [
        'Dokumen dipegang penyelia',
        'Pasport disimpan majikan',
        'Pihak syarikat akan simpan dokumen pekerja',
      ],
      quiet: [
        'Sila bawa dokumen asal untuk semakan',
        'Pasport dipegang oleh pekerja sendiri',
        'Majikan tidak akan menahan pasport',
      ],
    },
    id: {
      risky: [
        'Paspor disimpan agen',
        'Paspor disimpan majikan',
        'Dokumen akan ditahan mandor selama kontrak',
      ],
      quiet: [
        'Dokumen lengkap dibawa saat interview',
        'Paspor dipegang oleh pekerja sendiri',
        'Perusahaan tidak menahan paspor',
      ],
    },
    vi: {
      risky: ['Hộ chiếu do quản lý giữ', 'Giấy tờ tùy thân sẽ do tổ trưởng giữ'],
      quiet: [
        'Người lao động tự giữ hộ chiếu',
        'Công ty không giữ hộ chiếu',
        'Mang theo giấy tờ tùy thân khi phỏng vấn',
      ],
    },
    th: {
      risky: ['หัวหน้างานจะเก็บพาสปอร์ต', 'พาสปอร์ตจะถูกเก็บไว้ที่นายจ้าง'],
      quiet: ['ลูกจ้างถือพาสปอร์ตเอง', 'นายจ้างไม่เก็บพาสปอร์ต'],
    },
    my: {
      risky: ['ကုမ္ပဏီက ပတ်စ်ပို့ကို သိမ်းထားမည်', 'စာရွက်စာတမ်းများကို အလုပ်ရှင်က သိမ်းထားမည်'],
      quiet: ['ပတ်စ်ပို့ကိုယ်တိုင်ကိုင်'],
    },
    km: {
      risky: ['ក្រុមហ៊ុននឹងរក្សាទុកលិខិតឆ្លងដែន', 'ឯកសារត្រូវរក្សាទុកដោយនិយោជក'],
      quiet: ['កម្មករកាន់លិខិតឆ្លងដែនខ្លួនឯង'],
    },
  });
});

describe('travel paid needs travel abroad, not a commute', () => {
  checkBothWays('travel_costs_paid', {
    en: {
      risky: [
        'Free flight and visa',
        'Free transport and housing, work in Japan',
        'Free transport, job in Cambodia',
      ],
      quiet: ['Free shuttle to the factory', 'Free transport to work', 'No fees to the worker'],
    },
    ms: {
      risky: ['Tiket kapal terbang percuma', 'Pengangkutan percuma, kerja di luar negara'],
      quiet: [
        'Pengangkutan percuma ke tempat kerja',
        'Tiada yuran dikenakan',
        'Tiada kos langsung, bas kilang',
        'Pekerja asing dengan pasport sah, pengangkutan percuma ke kilang',
      ],
    },
    id: {
      risky: [
        'Tiket pesawat gratis',
        'Transportasi gratis ke Taiwan',
        'Tanpa biaya sepeser pun, berangkat ke luar negeri',
      ],
      quiet: [
        'Antar jemput disediakan',
        'Transportasi gratis ke pabrik',
        'Tidak dipungut biaya',
        'Tanpa biaya',
      ],
    },
    vi: {
      risky: ['Bao vé máy bay', 'Không mất đồng nào, bay sang Đài Loan'],
      quiet: ['Có xe đưa đón, không mất đồng nào', 'Miễn phí đi lại đến nhà máy', 'Không thu phí'],
    },
    th: { risky: ['ฟรีตั๋วเครื่องบิน', 'รับส่งฟรีถึงชายแดนกัมพูชา'], quiet: ['รถรับส่งฟรีถึงโรงงาน', 'มีรถรับส่งถึงที่'] },
    my: { risky: ['လေယာဉ်လက်မှတ်အခမဲ့'], quiet: ['အခမဲ့ပို့ဆောင်', 'ခရီးစရိတ်အခမဲ့ စက်ရုံသို့'] },
    km: { risky: ['សំបុត្រយន្តហោះឥតគិតថ្លៃ'], quiet: ['ធ្វើដំណើរឥតគិតថ្លៃទៅរោងចក្រ'] },
  });
});

describe('whole adverts the checker found misread', () => {
  it('rates local adverts with negated fees and free transport to work low', () => {
    for (const text of [
      'Lowongan operator produksi di Cikarang. Tidak dipungut biaya. Antar jemput disediakan. Gaji UMR, BPJS.',
      'Jawatan kosong operator kilang di Shah Alam. Pengangkutan percuma ke tempat kerja. Tiada yuran. Gaji RM1,800.',
      'Tuyển công nhân may tại Bình Dương, không thu phí, miễn phí xe đưa đón, lương thỏa thuận.',
      'Factory operators in Penang. No fees, free of charge to the worker. Free shuttle to the factory.',
      'Pendaftaran gratis, tidak ada potongan gaji. Operator gudang di Surabaya, kirim lamaran ke kantor.',
    ])
      assert.equal(screenAdvert(text).risk, 'low', text);
  });

  it('flags wages held to the end of the contract and papers held by the supervisor', () => {
    for (const text of [
      'Kerja kilang di Johor, gaji diberi hujung kontrak, dokumen dipegang penyelia.',
      'Pekerja kebun sawit, gaji dibayar di akhir kontrak, paspor disimpan majikan.',
    ])
      assert.notEqual(screenAdvert(text).risk, 'low', text);
  });

  it('publishes the fixes as their own rules version', () => {
    assert.equal(redFlagsVersion, '2026-12-01.11');
    assert.ok(redFlags.filter((flag) => flag.negatable).length >= 4);
    assert.equal(screenAdvert('Tanpa biaya').rulesVersion, '2026-12-01.11');
    assert.equal(screenAdvert('Tanpa biaya').modelVersion, 'jobads-lr-2026-12-01.11');
  });
});
