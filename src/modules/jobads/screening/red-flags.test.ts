import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firedFlags, normaliseAdvert, redFlags } from './red-flags.ts';

const fires = (text: string) => firedFlags(normaliseAdvert(text));

/** For each flag: adverts it must fire on (several languages) and near-misses it must not. */
const cases: Record<string, { fires: string[]; nearMisses: string[] }> = {
  high_pay_promise: {
    fires: [
      'High salary for all staff',
      'Gaji lumayan menanti anda',
      'Việc nhẹ lương cao',
      'เงินเดือนสูง',
      'လစာကောင်း',
      'ប្រាក់ខែខ្ពស់',
      'gaji fantastis',
    ],
    nearMisses: [
      'Salary according to the collective agreement',
      'Gaji RM1,700',
      'Lương thỏa thuận',
      'เงินเดือนตามตกลง',
    ],
  },
  no_experience_needed: {
    fires: [
      'No experience needed',
      'Tanpa pengalaman',
      'Không cần kinh nghiệm',
      'ไม่ต้องมีประสบการณ์',
      'အတွေ့အကြုံမလို',
      'មិនត្រូវការបទពិសោធន៍',
    ],
    nearMisses: ['Experience in welding needed', 'Pengalaman minimal 2 tahun', 'Có kinh nghiệm là lợi thế'],
  },
  travel_costs_paid: {
    fires: [
      'Free flight and visa',
      'Tiket pesawat gratis',
      'Bao vé máy bay',
      'ฟรีตั๋วเครื่องบิน',
      'လေယာဉ်လက်မှတ်အခမဲ့',
      'សំបុត្រយន្តហោះឥតគិតថ្លៃ',
    ],
    nearMisses: [
      'Flight schedule attached',
      'Tiket pesawat ke Jakarta',
      'Vé máy bay tự túc',
      'Free transport to the factory',
      'ခရီးစရိတ်အခမဲ့ စက်ရုံသို့',
    ],
  },
  room_and_board_provided: {
    fires: [
      'Free accommodation',
      'Mess dan makan gratis',
      'Bao ăn ở',
      'ที่พักฟรี',
      'နေစရာစားစရာ',
      'ស្នាក់នៅឥតគិតថ្លៃ',
    ],
    nearMisses: ['Accommodation allowance RM300', 'Biaya makan sendiri'],
  },
  scam_compound_role: {
    fires: ['Customer service staff', 'Kerja menaip', 'Nhân viên đánh máy', 'แอดมินออนไลน์', 'စာရိုက်', 'វាយអក្សរ'],
    nearMisses: ['Service technician for lifts', 'Juru masak', 'Thợ máy'],
  },
  scam_hub_destination: {
    fires: ['Work in Sihanoukville', 'di Kemboja', 'tại Campuchia', 'ที่ปอยเปต', 'မြဝတီ', 'ប៉ោយប៉ែត'],
    nearMisses: ['Work in Kuala Lumpur', 'di Bandung', 'tại Hà Nội', 'ที่เชียงใหม่', 'ရန်ကုန်'],
  },
  messaging_app_only: {
    fires: [
      'Contact Telegram @hr_jobs88',
      'WA admin sekarang',
      'Liên hệ Zalo',
      'ทักแชท',
      'တယ်လီဂရမ်',
      'តេឡេក្រាម',
    ],
    nearMisses: ['Apply at hr@company.com', 'Hubungi kantor kami'],
  },
  irregular_travel: {
    fires: ['Tourist visa only', 'visa wisata', 'visa du lịch', 'วีซ่าท่องเที่ยว', 'ဗီဇာမလို', 'ទិដ្ឋាការទេសចរណ៍'],
    nearMisses: ['Work visa sponsored', 'visa kerja diurus', 'visa lao động'],
  },
  urgency: {
    fires: ['Urgent hiring', 'Segera berangkat sekarang', 'Tuyển gấp', 'ด่วน', 'အမြန်', 'បន្ទាន់'],
    nearMisses: ['Closing date 30 June', 'Tuyển dụng tháng 6'],
  },
  age_appearance: {
    fires: [
      'Age 18-25, good-looking',
      'Usia 18-30, berpenampilan menarik',
      'Ngoại hình ưa nhìn',
      'หน้าตาดี',
      'ရုပ်ရည်သန့်ပြန့်',
      'ស្រស់ស្អាត',
    ],
    nearMisses: ['Age 21 and above', 'Usia minimal 21 tahun'],
  },
  worker_pays_fees: {
    fires: [
      'Processing fee $300',
      'Tiền ký quỹ 30 triệu',
      'Biaya administrasi 2 juta',
      'Phí hồ sơ 5 triệu',
      'ค่าดำเนินการ',
      'ကြိုတင်ငွေ',
      'បង់ប្រាក់មុន',
    ],
    nearMisses: ['We pay wages monthly', 'Biaya hidup murah', 'No recruitment fees charged to workers'],
  },
  documents_kept: {
    fires: [
      'Passport will be kept by the company',
      'The captain keeps all passports for safekeeping',
      'Original certificates kept as a guarantee until the contract ends',
      'Ijazah asli ditahan sebagai jaminan',
      'Nộp bằng gốc cho công ty',
      'Paspor ditahan perusahaan',
      'Công ty giữ hộ chiếu',
      'ยึดพาสปอร์ต',
      'ပတ်စ်ပို့သိမ်း',
      'រក្សាលិខិតឆ្លងដែន',
    ],
    nearMisses: [
      'Valid passport required',
      'Paspor masih berlaku',
      'Paspor dipegang oleh pekerja sendiri',
      'Người lao động tự giữ hộ chiếu',
    ],
  },
  quit_penalty: {
    fires: [
      'Penalty if you quit early',
      'Denda jika berhenti',
      'Đền bù hợp đồng',
      'ห้ามลาออกก่อน',
      'လျော်ကြေး',
      'ពិន័យបើឈប់',
    ],
    nearMisses: ['One month notice if you resign', 'Bisa berhenti kapan saja'],
  },
  debt_from_wages: {
    fires: [
      'Airfare and visa advanced by the agent and deducted from your salary',
      'Tiket dan permit dipotong daripada gaji',
      'Sistem potong gaji 8 bulan',
      'Đi trước trả sau, chi phí trừ dần vào lương',
      'ไปก่อนจ่ายทีหลัง',
      'ခရီးစရိတ်ကို လစာထဲကဖြတ်မည်',
      'ទៅមុនបង់ក្រោយ',
    ],
    nearMisses: ['EPF contributions from salary', 'Gaji dibayar tiap bulan', 'Hỗ trợ tiền vé máy bay'],
  },
  wages_withheld: {
    fires: [
      'Wages paid at the end of the contract',
      'Gaji dibayar selepas tamat kontrak',
      'Uang saku tiap bulan, sisanya saat pulang',
      'Lương nhận một lần khi hết hợp đồng',
      'จ่ายเงินเดือนตอนจบสัญญา',
      'စာချုပ်ပြီးမှ လစာပေးမည်',
      'ប្រាក់ខែបើកពេលចប់កិច្ចសន្យា',
    ],
    nearMisses: [
      'Salary paid at the end of each month',
      'Gaji dibayar setiap akhir bulan',
      'Lương trả vào cuối tháng',
      'Uang saku magang 100 ribu per hari',
    ],
  },
  no_written_contract: {
    fires: [
      'No contract needed',
      'Tiada kontrak',
      'Kontrak ditandatangani setelah sampai di kapal',
      'Ký hợp đồng khi sang bên đó',
      'ไม่ต้องเซ็นสัญญา',
      'စာချုပ်မလို',
      'គ្មានកិច្ចសន្យា',
    ],
    nearMisses: [
      'Written contract in your own language',
      'Kontrak kerja 2 tahun',
      'Hợp đồng lao động 1 năm',
      'No contract fees',
    ],
  },
  movement_restricted: {
    fires: [
      'Workers cannot leave the dormitory without permission',
      'Tidak boleh keluar dari mess',
      'Tiada hari cuti',
      'Không được ra ngoài',
      'ห้ามออกนอกที่พัก',
      'အပြင်မထွက်ရ',
      'មិនអាចចេញក្រៅ',
    ],
    nearMisses: ['No leave during probation', 'Cuti tahunan 12 hari', 'Nghỉ chủ nhật'],
  },
  agent_arranges_everything: {
    fires: [
      'Just bring yourself, our agent will arrange everything',
      'Bawa diri sahaja',
      'Tinggal bawa badan, semua diurus sponsor',
      'Bên em lo hết thủ tục',
      'ดูแลให้ทุกอย่าง',
      'အကုန်စီစဉ်ပေးမည်',
      'រៀបចំឲ្យទាំងអស់',
    ],
    nearMisses: ['Bring your CV to the interview', 'Bawa CV saat wawancara'],
  },
  at_risk_sector: {
    fires: [
      'Deckhand for a tuna long-liner',
      'Pekerja ladang sawit',
      'ABK kapal ikan',
      'Thuyền viên tàu cá',
      'ลูกเรือประมง',
      'ငါးဖမ်းလှေ',
      'នាវិកទូកនេសាទ',
    ],
    nearMisses: ['Office administrator', 'Staf akuntansi', 'Kế toán viên'],
  },
  worker_protections: {
    fires: [
      'You keep your own passport',
      'Gaji dibayar terus ke akaun bank pekerja',
      'Gaji ditransfer langsung ke rekening pekerja',
      'Hợp đồng song ngữ',
      'สัญญาสองภาษา',
      'မြန်မာဘာသာစာချုပ်',
      'កិច្ចសន្យាពីរភាសា',
    ],
    nearMisses: ['Passport will be kept by the company', 'Gaji tunai'],
  },
  vague_employer: {
    fires: [
      'Jobs abroad for everyone',
      'Kerja luar negeri',
      'Việc làm nước ngoài',
      'งานต่างประเทศ',
      'ပြည်ပအလုပ်',
      'ការងារនៅបរទេស',
    ],
    nearMisses: ['Job in our Penang plant', 'Kerja di pabrik Bekasi'],
  },
  licensed_recruiter: {
    fires: [
      'Licence no. 1234',
      'Izin P3MI no. 45',
      'Giấy phép số 123/LĐTBXH',
      'ใบอนุญาตจัดหางาน',
      'လိုင်စင်ရ',
      'អាជ្ញាប័ណ្ណ',
    ],
    nearMisses: ['Driving licence holders preferred', 'Surat izin orang tua'],
  },
  government_scheme: {
    fires: [
      'EPS-TOPIK registration',
      'Program G to G Korea',
      'Chương trình EPS',
      'รัฐต่อรัฐ',
      'အစိုးရနှင့်အစိုးရ',
      'កម្មវិធីរបស់រដ្ឋាភិបាល',
    ],
    nearMisses: ['Apply in person at the government office', 'Program kerja kantor'],
  },
  skilled_job_requirements: {
    fires: [
      'Minimum 5 years experience',
      'Pengalaman minimal 3 tahun',
      'Ít nhất 3 năm',
      'ปริญญาตรี',
      'ဘွဲ့ရ',
      'បរិញ្ញាបត្រ',
    ],
    nearMisses: ['Experience a plus', 'Pengalaman diutamakan'],
  },
};

describe('red flags', () => {
  it('has a unique id, a reason in en, ms, id and vi and patterns in all seven languages for every flag', () => {
    const ids = redFlags.map((flag) => flag.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const flag of redFlags) {
      for (const language of ['en', 'ms', 'id', 'vi'] as const)
        assert.ok(flag.reason[language].length > 10, flag.id);
      if (flag.derived) continue;
      for (const language of ['en', 'ms', 'id', 'vi', 'th', 'my', 'km'] as const) {
        assert.ok((flag.patterns[language]?.length ?? 0) > 0, `${flag.id} has no ${language} pattern`);
      }
    }
  });

  it('has an example and a near-miss for every flag', () => {
    assert.deepEqual(
      Object.keys(cases).sort(),
      redFlags
        .filter((flag) => !flag.derived)
        .map((flag) => flag.id)
        .sort(),
    );
  });

  for (const [id, { fires: examples, nearMisses }] of Object.entries(cases)) {
    it(`fires ${id} on its examples and not on its near-misses`, () => {
      for (const example of examples)
        assert.ok(fires(example).includes(id), `${id} should fire on "${example}"`);
      for (const nearMiss of nearMisses)
        assert.ok(!fires(nearMiss).includes(id), `${id} fired on "${nearMiss}"`);
    });
  }

  it('adds no_core_lure when only everyday signs fired, and not when a core lure did', () => {
    assert.ok(
      fires('Urgent: factory workers, no experience, free housing, WhatsApp HR').includes('no_core_lure'),
    );
    assert.ok(!fires('Urgent: factory workers in Cambodia, no experience').includes('no_core_lure'));
  });

  it('counts debts and withheld wages as core lures, but not a sector, an agent or "no contract" alone', () => {
    assert.ok(!fires('Deckhand wanted, costs deducted from your salary').includes('no_core_lure'));
    assert.ok(!fires('Deckhand wanted, wages paid at the end of the contract').includes('no_core_lure'));
    assert.ok(
      fires('Deckhand for a fishing vessel, our agent will arrange everything').includes('no_core_lure'),
    );
    assert.ok(fires('Part-time barista, no contract, flexible hours').includes('no_core_lure'));
  });

  it('reads Vietnamese typed without its tone marks', () => {
    assert.ok(fires('viec nhe luong cao, khong can kinh nghiem').includes('no_experience_needed'));
  });
});
