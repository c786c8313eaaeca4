import type { RedFlag } from './types.ts';

/**
 * Forced labour and debt bondage (ILO indicators; shared/reference/jobads.md §1B): fees, papers kept,
 * penalties on leaving.
 */
export const coercionFlags: readonly RedFlag[] = [
  {
    id: 'worker_pays_fees',
    weight: 1.0,
    reason: {
      en: 'The worker is asked to pay a fee or deposit (processing, training, documents)',
      ms: 'Pekerja diminta membayar yuran atau deposit (pemprosesan, latihan, dokumen)',
      id: 'Pekerja diminta membayar biaya atau deposit (proses, pelatihan, dokumen)',
      vi: 'Người lao động phải nộp phí hoặc tiền cọc (làm hồ sơ, đào tạo, giấy tờ)',
    },
    patterns: {
      en: [
        '\\b(processing|registration|training|activation|admin|medical|placement|visa|document|application|security|agency|recruitment|broker|service) (fee|fees|deposit|charge)\\b',
        '\\b(pay|transfer|send) (a |the )?(deposit|fee|advance)\\b',
        '\\brefundable deposit\\b',
        '\\bdeduct(ed)? from (your )?(salary|wages?)\\b',
      ],
      ms: [
        'yuran (pemprosesan|pendaftaran|daftar|latihan|dokumen|visa|perubatan|agensi|ejen)',
        'daftar dengan (bayaran|yuran)',
        'bayaran (pendaftaran|pendahuluan|proses|pemprosesan)',
        'deposit (dahulu|awal|sebanyak)',
        'potong(an)? gaji',
        'bayar (dulu|dahulu)',
      ],
      id: [
        'biaya (proses|pendaftaran|administrasi|pelatihan|pengurusan|medical|visa|dokumen|admin)',
        'uang (muka|jaminan|pendaftaran|administrasi)',
        'bayar (dulu|di muka|deposit)',
        'potong(an)? gaji',
        '\\bdp\\b',
      ],
      vi: [
        'phí (hồ sơ|đào tạo|làm hồ sơ|xử lý|môi giới|đặt cọc|đăng ký|xuất cảnh|dịch vụ|visa)',
        'đặt cọc',
        'tiền cọc',
        'nộp (phí|tiền) trước',
        'trừ (vào )?lương',
        'chuyển khoản trước',
      ],
      th: [
        'ค่าดำเนินการ',
        'จ่ายก่อนเดินทาง',
        'ค่ามัดจำ',
        'ค่าสมัคร',
        'โอนเงินก่อน',
        'ค่าเอกสาร',
        'ค่าฝึกอบรม',
        'หักจากเงินเดือน',
        'ค่าหัว',
      ],
      my: ['ကြိုတင်ငွေ', 'စရံငွေ', 'ဝန်ဆောင်ခ', 'ကြိုပေး', 'လစာမှဖြတ်', 'စာရွက်စာတမ်းခ', 'သင်တန်းကြေး'],
      km: ['ថ្លៃសេវា', 'ប្រាក់កក់', 'បង់ប្រាក់មុន', 'ថ្លៃឯកសារ', 'ថ្លៃបណ្តុះបណ្តាល', 'កាត់ពីប្រាក់ខែ', 'ថ្លៃចុះឈ្មោះ'],
    },
  },
  {
    id: 'documents_kept',
    weight: 1.3,
    reason: {
      en: 'The employer keeps the passport or identity documents',
      ms: 'Majikan menyimpan pasport atau dokumen pengenalan',
      id: 'Pemberi kerja menahan paspor atau dokumen identitas',
      vi: 'Chủ giữ hộ chiếu hoặc giấy tờ tùy thân',
    },
    patterns: {
      en: [
        '\\b(passport|id card|documents?) (will be |is |are )?(kept|held|retained|surrendered|handed over)\\b',
        '\\b(keep|hold|retain) (your |the )?(passport|documents|id)\\b',
        '\\b(hand over|surrender|submit) (your )?(original )?passport\\b',
      ],
      ms: [
        'pasport (disimpan|ditahan|diserahkan) (oleh )?(majikan|syarikat)',
        'serah(kan)? pasport',
        'simpan pasport',
      ],
      id: ['paspor (ditahan|disimpan|dipegang|diserahkan)', '(serahkan|titip) paspor', 'menahan paspor'],
      vi: [
        'giữ hộ chiếu',
        'nộp (lại )?hộ chiếu',
        'giữ (giấy tờ|căn cước|cmnd|cccd)',
        'hộ chiếu (do công ty|công ty) giữ',
      ],
      th: ['ยึดพาสปอร์ต', 'เก็บพาสปอร์ต', 'เก็บหนังสือเดินทาง', 'ฝากพาสปอร์ต', 'ยึดหนังสือเดินทาง'],
      my: ['ပတ်စ်ပို့သိမ်း', 'ပတ်စ်ပို့ကိုကုမ္ပဏီ', 'နိုင်ငံကူးလက်မှတ်သိမ်း', 'ပတ်စပို့အပ်'],
      km: ['រក្សាលិខិតឆ្លងដែន', 'ប្រគល់លិខិតឆ្លងដែន', 'ដកហូតលិខិតឆ្លងដែន', 'ទុកលិខិតឆ្លងដែន'],
    },
  },
  {
    id: 'quit_penalty',
    weight: 0.7,
    reason: {
      en: 'Penalties, compensation or debt if the worker leaves early',
      ms: 'Denda, pampasan atau hutang jika pekerja berhenti awal',
      id: 'Denda, ganti rugi atau utang jika pekerja berhenti lebih awal',
      vi: 'Phạt, đền bù hoặc nợ nếu người lao động nghỉ sớm',
    },
    patterns: {
      en: [
        '\\b(penalty|compensation|fine|pay back|repay)( fee)? if (you )?(quit|leave|resign|break)',
        '\\bbond of\\b',
        "\\b(cannot|can'?t) (quit|leave) (before|during)\\b",
      ],
      ms: [
        'denda (jika|sekiranya) (berhenti|keluar)',
        'pampasan (jika|sekiranya) berhenti',
        'bayar balik (jika|sekiranya)',
      ],
      id: [
        'denda (jika|bila|kalau) (berhenti|keluar|kabur)',
        'ganti rugi (jika|bila|kalau)',
        '(tidak boleh|dilarang) (berhenti|pulang) sebelum',
      ],
      vi: [
        'đền bù (hợp đồng|nếu nghỉ)',
        'phạt (hợp đồng|nếu nghỉ)',
        'bồi thường nếu (nghỉ|về)',
        'không được (về|nghỉ) trước',
      ],
      th: ['ค่าปรับถ้าลาออก', 'ชดใช้ถ้าออก', 'ห้ามลาออกก่อน', 'ผิดสัญญาต้องจ่าย'],
      my: ['ဒဏ်ကြေး', 'လျော်ကြေး', 'စာချုပ်ဖျက်'],
      km: ['ពិន័យបើឈប់', 'សងជំងឺចិត្ត', 'មិនអាចឈប់មុន'],
    },
  },
];
