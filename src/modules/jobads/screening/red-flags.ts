import type { AdvertLanguage } from './language.ts';

/**
 * The red flags of an online job advert, as data: each with a stable id, the reason shown to
 * the reader (en, ms, id, vi), a weight in log-odds (how much it raises the risk when it fires,
 * from the evidence in shared/reference/jobads.md §1) and patterns per language. Counter-signals
 * (a recruitment licence number, a government-to-government scheme, a skilled job's real
 * requirements) carry negative weights: a legitimate overseas or well-paid advert shares many
 * words with a scam, and these are what set it apart.
 *
 * Patterns are regular-expression sources matched case-insensitively on the normalised advert
 * (NFC, Burmese in Unicode). Thai, Burmese and Khmer are written without spaces between words,
 * so their patterns are matched on the advert with its spaces removed. Every language's patterns
 * are tried on every advert: adverts mix English words ("Telegram", "customer service") into the
 * local language. Bump `redFlagsVersion` whenever a pattern or weight changes; the model records
 * the version it was trained with.
 */
export const redFlagsVersion = '2026-12-01.5';

export interface Reason {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

export interface RedFlag {
  readonly id: string;
  /** Positive for a red flag, negative for a counter-signal. */
  readonly weight: number;
  readonly reason: Reason;
  readonly patterns: Partial<Record<AdvertLanguage, readonly string[]>>;
  /** Fires from the other flags, not from patterns (see `firedFlags`). */
  readonly derived?: true;
}

/**
 * The lures that carry a trafficking or scam-compound risk by themselves: going abroad to a known
 * hub, pay far above the market, travel paid, fees, papers kept, irregular crossing, a debt on
 * leaving, a vague employer abroad, looks and age. "No experience", "free housing", "urgent" and a
 * messaging app are everyday in legitimate local adverts (a garment factory hiring by WhatsApp); on
 * their own they should not raise the alarm.
 */
export const coreLures: ReadonlySet<string> = new Set([
  'high_pay_promise',
  'travel_costs_paid',
  'scam_hub_destination',
  'irregular_travel',
  'worker_pays_fees',
  'documents_kept',
  'quit_penalty',
  'vague_employer',
  'age_appearance',
]);

const spaceless: ReadonlySet<AdvertLanguage> = new Set(['th', 'my', 'km']);

export const redFlags: readonly RedFlag[] = [
  {
    id: 'high_pay_promise',
    weight: 1.2,
    reason: {
      en: 'Promises high or easy pay, often far above the market for the work',
      ms: 'Menjanjikan gaji tinggi atau mudah, selalunya jauh melebihi pasaran bagi kerja itu',
      id: 'Menjanjikan gaji tinggi atau mudah, sering jauh di atas pasaran untuk pekerjaan itu',
      vi: 'Hứa hẹn lương cao hoặc kiếm tiền dễ, thường cao hơn nhiều so với mặt bằng cho công việc đó',
    },
    patterns: {
      en: [
        '\\b(high|huge|big|attractive|excellent|amazing|very good|lucrative|fantastic|handsome|unbelievable|guaranteed)\\s+(salary|salaries|pay|income|earnings|wages?)\\b',
        '\\beasy (money|work|job|income)\\b',
        '\\blight work\\b',
        '\\bearn (up to|over|more than|as much as)\\b',
        '\\b(salary|income|pay) (up to|from)\\s*(usd|us\\$|\\$|rm|thb|฿)\\s?\\d',
        '\\b(usd|us\\$|\\$)\\s?[1-9][,.]?\\d{3}\\b.{0,40}(month|monthly|/m|per m)',
        '\\b[1-9][,.]?\\d{3}\\s?(usd|us\\$|\\$|dollars?)\\b',
      ],
      ms: [
        '\\bgaji\\s+(tinggi|lumayan|besar|mewah|menarik|hebat|berganda|dolar|usd|sangat tinggi)',
        '\\bpendapatan\\s+(tinggi|lumayan|besar|lumayan tinggi)',
        '\\bkerja (senang|mudah|ringan)\\b',
        '\\bduit (mudah|senang|besar)\\b',
        '\\bgaji (sehingga|sampai|hingga)\\b',
        '\\brm\\s?(1\\d|[5-9])[,.]?\\d{3}\\b',
        '\\brm\\s?(1\\d|[5-9])\\s?k\\b',
      ],
      id: [
        '\\bgaji\\s+(tinggi|fantastis|besar|menggiurkan|menarik|dolar|usd|sangat tinggi|gede|jutaan|puluhan juta)',
        '\\bpenghasilan\\s+(tinggi|besar|fantastis|menggiurkan|jutaan)',
        '\\bkerja (santai|ringan|mudah)\\b',
        '\\buang (mudah|banyak)\\b',
        '\\bgaji (hingga|sampai|mencapai)\\b',
        '\\brp\\.?\\s?([2-9]\\d|1\\d\\d)[.,]?\\d{3}[.,]?\\d{3}\\b',
        '\\b([2-9]\\d|1\\d\\d)\\s?(juta|jt)\\b',
      ],
      vi: [
        'việc nhẹ lương cao',
        'lương (cao|khủng|hấp dẫn|rất cao|cực cao|cực khủng|hậu hĩnh|đô|usd|nghìn đô|ngàn đô)',
        'thu nhập (cao|khủng|hấp dẫn|rất cao|hậu hĩnh|từ \\d|lên (đến|tới))',
        'việc nhẹ',
        'kiếm tiền (dễ|nhanh)',
        '(lương|thu nhập) (lên (đến|tới)|từ) ?\\d',
        '\\d+ ?(triệu|tr)\\b.{0,20}(tháng|/th)',
        '(ngàn|nghìn) đô',
      ],
      th: [
        'เงินเดือนสูง',
        'รายได้สูง',
        'ค่าตอบแทนสูง',
        'รายได้ดี',
        'เงินดี',
        'รายได้หลักแสน',
        'งานสบาย',
        'งานง่าย',
        'รายได้งาม',
        'เงินเดือนเริ่มต้น\\d{2},?\\d{3}',
        'รายได้ต่อเดือน\\d',
        'รายได้(เดือนละ)?\\d{2},?\\d{3}\\+',
        'เดือนละ[3-9]\\d,?\\d{3}',
        'เงินเดือน[3-9]\\d,?\\d{3}',
      ],
      my: [
        'ဒေါ်လာ(၁,?[၀-၉]{3}|[၅-၉][၀-၉]{2}|1,?\\d{3}|[5-9]\\d{2})',
        'လစာကောင်း',
        'လစာမြင့်',
        'ဝင်ငွေကောင်း',
        'ဝင်ငွေမြင့်',
        'လခကောင်း',
        'လစာများ',
        'အလုပ်သက်သာ',
        'အလုပ်လွယ်',
      ],
      km: [
        'ប្រាក់ខែ([៨-៩][០-៩]{2}|[១-៩],?[០-៩]{3}|[89]\\d{2}|[1-9],?\\d{3})ដុល្លារ',
        'ប្រាក់ខែខ្ពស់',
        'ប្រាក់ខែល្អ',
        'ចំណូលខ្ពស់',
        'ប្រាក់ចំណូលខ្ពស់',
        'ការងារស្រួល',
        'ប្រាក់ខែច្រើន',
        'ចំណូលល្អ',
      ],
    },
  },
  {
    id: 'no_experience_needed',
    weight: 0.8,
    reason: {
      en: 'No experience or qualifications asked for',
      ms: 'Tiada pengalaman atau kelayakan diminta',
      id: 'Tidak meminta pengalaman atau kualifikasi',
      vi: 'Không yêu cầu kinh nghiệm hay bằng cấp',
    },
    patterns: {
      en: [
        '\\bjust need (good |basic |some )?(english|a phone|typing)',
        '\\bno (special )?skills? (needed|required)\\b',
        '\\bno (prior |previous |work )?(experience|qualifications?|skills?|degree|education)( (needed|required|necessary))?\\b',
        '\\b(experience|qualifications?|degree) (is )?not (needed|required|necessary)\\b',
        '\\bwithout experience\\b',
        '\\bonly (need|needs|have) to (know how to )?(type|read|chat|use a phone)',
        '\\b(just|only) (need|know how) to (type|chat|use)',
        '\\banyone can (apply|do it)\\b',
        '\\bfresh(ers| graduates)? welcome\\b',
      ],
      ms: [
        'tiada pengalaman( kerja)?( (diperlukan|pun boleh|tak apa))?',
        'tidak perlu (pengalaman|kelayakan)',
        'tak perlu (pengalaman|kelayakan)',
        'tanpa pengalaman',
        'tiada kelayakan',
        'tak (ada|de) pengalaman pun boleh',
        'hanya perlu (tahu|pandai) (menaip|taip|guna telefon)',
      ],
      id: [
        'tanpa pengalaman',
        'tidak (perlu|butuh|wajib) (berpengalaman|pengalaman|ijazah)',
        '(gak|nggak|ga|tak) perlu (pengalaman|berpengalaman|ijazah)',
        'tidak harus berpengalaman',
        'pengalaman tidak (diperlukan|wajib|perlu)',
        'semua lulusan',
        'hanya (perlu|butuh) (bisa|mampu) (mengetik|ngetik|main hp|mengoperasikan hp)',
        '(cukup|asal) bisa (mengetik|ngetik|main hp|baca tulis)',
      ],
      vi: [
        'không cần (kinh nghiệm|bằng cấp|trình độ|ngoại ngữ)',
        'chưa có kinh nghiệm (cũng được|vẫn được|được đào tạo)',
        'chỉ cần (biết|thạo) (đánh máy|dùng điện thoại|tiếng việt|vi tính|chữ)',
        'không yêu cầu (kinh nghiệm|bằng cấp)',
        'không cần bằng',
      ],
      th: [
        'ไม่ต้องมีวุฒิ',
        'ไม่ต้องใช้ประสบการณ์',
        'ไม่ต้องมีประสบการณ์',
        'ไม่จำเป็นต้องมีประสบการณ์',
        'ไม่มีประสบการณ์ก็ได้',
        'ไม่มีประสบการณ์ก็สมัครได้',
        'ไม่จำกัดวุฒิ',
        'ไม่ต้องใช้วุฒิ',
        'ไม่ใช้วุฒิ',
        'ขอแค่พิมพ์',
        'แค่พิมพ์ได้',
        'ไม่ต้องมีทักษะ',
      ],
      my: [
        'ပညာမလို',
        'ကျွမ်းကျင်မှုမလို',
        'အတွေ့အကြုံမလို',
        'အတွေ့အကြုံမရှိလည်း',
        'ပညာအရည်အချင်းမလို',
        'ပညာအရည်အချင်းမရွေး',
        'အတွေ့အကြုံမရှိသူ',
        'ဘွဲ့မလို',
        'စာရိုက်တတ်ရုံ',
      ],
      km: [
        'មិនបាច់មាន(បទពិសោធន៍|ជំនាញ|សញ្ញាបត្រ)',
        'គ្មានជំនាញ',
        'មិនត្រូវការជំនាញ',
        'មិនត្រូវការបទពិសោធន៍',
        'គ្មានបទពិសោធន៍ក៏បាន',
        'មិនចាំបាច់មានបទពិសោធន៍',
        'គ្មានបទពិសោធន៍',
        'មិនទាមទារបទពិសោធន៍',
        'មិនត្រូវការសញ្ញាបត្រ',
      ],
    },
  },
  {
    id: 'travel_costs_paid',
    weight: 0.9,
    reason: {
      en: 'Travel, visa or ticket paid by the employer, or "no cost to you" to go abroad',
      ms: 'Perjalanan, visa atau tiket dibayar oleh majikan, atau "tiada kos" untuk ke luar negara',
      id: 'Perjalanan, visa atau tiket dibayar pemberi kerja, atau "tanpa biaya" untuk ke luar negeri',
      vi: 'Bao vé máy bay, visa, chi phí đi lại hoặc "không mất đồng nào" để ra nước ngoài',
    },
    patterns: {
      en: [
        '\\bfree\\b[^.!\\n]{0,30}\\b(air ?tickets?|flights?|airfare|visa)\\b',
        '\\b(tickets?|flights?|airfare|visa)\\b[^.!\\n]{0,20}\\b(free|on us|sponsored)\\b',
        '\\bfree (air ?)?(tickets?|flights?|airfare|visa|travel|transport(ation)?|passport)\\b',
        '\\b(tickets?|flights?|airfare|visa|travel)( and (visa|tickets?|accommodation|food|flights?))? (is |are )?(all )?(paid|covered|provided|sponsored)\\b',
        '\\b(company|employer|we) (pays?|covers?|will pay|will cover) (for )?(your |all )?(tickets?|flights?|airfare|visa|travel)',
        '\\b(all )?(expenses|costs) (paid|covered)\\b',
        '\\b(no|zero) (entry |upfront )?(cost|fee|fees|money) (needed|required|to you)\\b',
        "\\bdon'?t (need|have) to (pay|spend) (a|any) (cent|penny|money)",
      ],
      ms: [
        'tiket (kapal terbang |penerbangan )?(percuma|ditanggung|dibayar|disediakan)',
        '(visa|permit|pengangkutan|perjalanan) (percuma|ditanggung|dibayar)',
        'semua (kos|perbelanjaan) ditanggung',
        'tiada (kos|bayaran) (dikenakan|langsung)',
        'tanpa (kos|modal)',
        'percuma (tiket|visa|penerbangan)',
      ],
      id: [
        'tiket (pesawat )?(gratis|ditanggung|dibayar)',
        '(visa|paspor|keberangkatan|transportasi) (gratis|ditanggung)',
        'semua biaya ditanggung',
        '(tanpa|bebas|nol|tidak ada) (biaya|modal|potongan)',
        'gratis (tiket|visa|paspor|keberangkatan)',
        'tidak (dipungut|perlu keluar) (biaya|uang)',
      ],
      vi: [
        'bao (vé|vé máy bay|vé xe|visa|hộ chiếu|chi phí|trọn gói|đi lại|xuất cảnh)',
        'miễn phí (vé|visa|xuất cảnh|đi lại|hộ chiếu)',
        '(công ty|chủ) (lo|chi trả|trả) (vé|visa|toàn bộ chi phí)',
        'không (mất|tốn) (đồng nào|chi phí|phí|một đồng)',
        '0 ?(đồng|đ) (phí|chi phí)',
      ],
      th: [
        'ดูแลเรื่องเอกสารให้',
        'ทำเอกสารให้',
        'ออกค่าตั๋วให้',
        'ฟรีตั๋วเครื่องบิน',
        'ฟรีค่าเดินทาง',
        'ฟรีวีซ่า',
        'ฟรีค่าวีซ่า',
        'ออกค่าใช้จ่ายให้',
        'ออกค่าเดินทางให้',
        'ไม่ต้องสำรองจ่าย',
        'ไม่เสียค่าใช้จ่าย',
        'ไม่มีค่าใช้จ่าย',
        'บริษัทออกค่าตั๋ว',
        'มีรถรับส่งถึงที่',
        'รับส่งฟรี',
      ],
      my: [
        'ခရီးစရိတ်.{0,8}ကုမ္ပဏီ(က|မှ)',
        'ကုမ္ပဏီ(က|မှ)(ပေး|ကျခံ)',
        'လက်မှတ်.{0,6}အခမဲ့',
        'လေယာဉ်လက်မှတ်အခမဲ့',
        'ခရီးစရိတ်အခမဲ့',
        'ဗီဇာအခမဲ့',
        'ကုန်ကျစရိတ်မရှိ',
        'ငွေတစ်ပြားမှမကုန်',
        'ကုမ္ပဏီမှကျခံ',
        'စရိတ်ငြိမ်း',
        'အခမဲ့ပို့ဆောင်',
      ],
      km: [
        'ក្រុមហ៊ុនចេញ',
        'ចេញថ្លៃឲ្យ',
        'ចេញថ្លៃអោយ',
        'សំបុត្រយន្តហោះឥតគិតថ្លៃ',
        'ធ្វើដំណើរឥតគិតថ្លៃ',
        'ទិដ្ឋាការឥតគិតថ្លៃ',
        'ក្រុមហ៊ុនចេញថ្លៃ',
        'មិនអស់ថ្លៃ',
        'គ្មានការចំណាយ',
        'ចេញថ្លៃធ្វើដំណើរ',
        'រ៉ាប់រងថ្លៃធ្វើដំណើរ',
      ],
    },
  },
  {
    id: 'room_and_board_provided',
    weight: 0.3,
    reason: {
      en: 'Food and housing provided by the employer (isolation is a common means of control)',
      ms: 'Makanan dan tempat tinggal disediakan majikan (pengasingan ialah cara kawalan yang biasa)',
      id: 'Makan dan tempat tinggal disediakan pemberi kerja (isolasi adalah cara kontrol yang umum)',
      vi: 'Chủ bao ăn ở (cô lập người lao động là cách kiểm soát thường gặp)',
    },
    patterns: {
      en: [
        '\\bfree (food|meals|accommodation|housing|lodging|room and board|dormitory)\\b',
        '\\b(accommodation|housing|food|meals)( and (food|meals|accommodation|housing))? (is |are )?(provided|free|included)\\b',
        '\\broom and board\\b',
      ],
      ms: [
        '(penginapan|makan|makanan|asrama|tempat tinggal)( dan (makan|makanan|penginapan))? (percuma|disediakan|ditanggung)',
      ],
      id: [
        '(mess|makan|tempat tinggal|asrama|akomodasi)( dan (makan|mess|akomodasi))? (gratis|disediakan|ditanggung)',
        'gratis (makan|mess|akomodasi)',
      ],
      vi: ['bao ăn ở', 'bao ăn', 'bao ở', 'lo chỗ ở', 'miễn phí (ăn ở|chỗ ở|ký túc xá)'],
      th: ['มีที่พักและอาหาร', 'ที่พักฟรี', 'อาหารฟรี', 'มีที่พักให้', 'ฟรีที่พัก', 'ฟรีอาหาร'],
      my: ['နေစရာစားစရာ', 'နေရာထိုင်ခင်းအခမဲ့', 'အဆောင်အခမဲ့', 'စားဝတ်နေရေး', 'ထမင်းကျွေး'],
      km: ['ស្នាក់នៅឥតគិតថ្លៃ', 'អាហារឥតគិតថ្លៃ', 'មានកន្លែងស្នាក់នៅ', 'ផ្តល់កន្លែងស្នាក់នៅ', 'ហូបចុកឥតគិតថ្លៃ'],
    },
  },
  {
    id: 'scam_compound_role',
    weight: 0.9,
    reason: {
      en: 'A job type often used to lure people into scam compounds (typing, chat or customer service, online marketing, game testing, crypto or casino work)',
      ms: 'Jenis kerja yang sering digunakan untuk memikat orang ke pusat penipuan (menaip, sembang atau khidmat pelanggan, pemasaran dalam talian, penguji permainan, kripto atau kasino)',
      id: 'Jenis pekerjaan yang sering dipakai untuk memikat orang ke markas penipuan (mengetik, chat atau layanan pelanggan, pemasaran online, penguji game, kripto atau kasino)',
      vi: 'Loại việc thường dùng để dụ người vào các khu lừa đảo (đánh máy, trực chat, chăm sóc khách hàng, marketing online, thử game, tiền ảo hoặc casino)',
    },
    patterns: {
      en: [
        '\\b(karaoke|hostess|guest relations officer|bar girls?)\\b',
        '\\b(chat|online|technical|tech|live) support\\b',
        '\\b(data encoder|chat agent|chatter)\\b',
        '\\b(typing|typist|data entry|chat(ting)?|online) (job|jobs|work|agent|operator|staff|admin)\\b',
        '\\bcustomer (service|support|care)\\b',
        '\\b(tele ?marketing|telesales?|call cent(er|re)|online marketing|digital marketing|social media marketing)\\b',
        '\\bgame (tester|testing|promoter)\\b',
        '\\b(crypto(currency)?|forex|usdt|bitcoin|online (gaming|casino|betting)|casino|investment platform)\\b',
        '\\b(chat|talk) (with|to) (foreigners|customers|clients) online\\b',
        '\\bonline admin\\b',
      ],
      ms: [
        '\\b(karaoke|gro|pelayan pub)\\b',
        '\\b(kerja )?menaip\\b',
        '\\btaip data\\b',
        'khidmat pelanggan',
        'pusat panggilan',
        'pemasaran (dalam talian|digital|online)',
        'admin (online|dalam talian)',
        'pelayan kasino',
        '\\bkasino\\b',
        '\\bkripto\\b',
        'penguji (permainan|game)',
        'jurujual telefon',
      ],
      id: [
        '\\b(karaoke|pemandu lagu|ladies companion|purel)\\b',
        '\\b(kerja |admin )?(mengetik|ngetik)\\b',
        'layanan pelanggan',
        '\\bcs online\\b',
        'admin (online|chat|sosmed)',
        'operator (chat|online|game)',
        'pemasaran (online|digital)',
        '\\bkasino\\b',
        '\\bkripto\\b',
        'penguji game',
        '\\btelemarketing\\b',
      ],
      vi: [
        '\\bkaraoke\\b',
        'tiếp viên (nhà hàng|quán)',
        'đánh máy',
        'chăm sóc khách hàng',
        '\\bcskh\\b',
        'trực (chat|page|fanpage|tin nhắn)',
        'nhân viên (chat|online|sale online|tư vấn online)',
        'marketing online',
        'tiếp thị (trực tuyến|online)',
        '\\bcasino\\b',
        'sòng bạc',
        'tiền ảo',
        'tiền điện tử',
        'thử game',
        'chạy quảng cáo',
        'nhập liệu',
      ],
      th: [
        'คาราโอเกะ',
        'นั่งดริ้งค์',
        'พริตตี้',
        'ผ่านโซเชียล',
        'ติดต่อลูกค้าออนไลน์',
        'หาลูกค้าออนไลน์',
        'แอดมินออนไลน์',
        'ตอบแชท',
        'พิมพ์งาน',
        'คีย์ข้อมูล',
        'เทเลเซลล์',
        'การตลาดออนไลน์',
        'คาสิโน',
        'คริปโต',
        'แชทกับลูกค้าต่างชาติ',
        'ฝ่ายบริการลูกค้า',
        'คอลเซ็นเตอร์',
        'ทดสอบเกม',
        'แอดมินเพจ',
      ],
      my: [
        'ကာရာအိုကေ',
        'ဖုန်းနဲ့စကားပြော',
        'ဖုန်းဖြင့်စကားပြော',
        'အွန်လိုင်းမှ',
        'ကွန်ပျူတာလုပ်ငန်း',
        'စာရိုက်',
        'ဖောက်သည်ဝန်ဆောင်မှု',
        'အွန်လိုင်းအလုပ်',
        'အွန်လိုင်းစျေးကွက်',
        'ကာစီနို',
        'ဂိမ်းစမ်းသပ်',
        'ချက်တင်',
        'အွန်လိုင်းရောင်း',
        'ဖုန်းဖြင့်ရောင်း',
        'ဒစ်ဂျစ်တယ်မားကတ်တင်း',
        'ခရစ်ပ်တို',
      ],
      km: [
        'ខារ៉ាអូខេ',
        'ការងារកុំព្យូទ័រ',
        'និយាយទូរស័ព្ទ',
        'ឆាតជាមួយ',
        'វាយអក្សរ',
        'សេវាអតិថិជន',
        'ជជែកជាមួយអតិថិជន',
        'ទីផ្សារអនឡាញ',
        'កាស៊ីណូ',
        'គ្រីបតូ',
        'ការងារអនឡាញ',
        'ឆាតអនឡាញ',
        'លក់តាមទូរស័ព្ទ',
        'តេស្តហ្គេម',
      ],
    },
  },
  {
    id: 'scam_hub_destination',
    weight: 1.1,
    reason: {
      en: 'Work in a place known for scam compounds (e.g. Sihanoukville, Poipet, Bavet, Myawaddy, the Golden Triangle)',
      ms: 'Bekerja di tempat yang terkenal dengan pusat penipuan (cth. Sihanoukville, Poipet, Bavet, Myawaddy, Segi Tiga Emas)',
      id: 'Bekerja di tempat yang dikenal sebagai markas penipuan (mis. Sihanoukville, Poipet, Bavet, Myawaddy, Segitiga Emas)',
      vi: 'Làm việc ở nơi nổi tiếng có các khu lừa đảo (vd. Sihanoukville, Poipet, Bavet, Myawaddy, Tam giác vàng)',
    },
    patterns: {
      en: [
        '\\b(thai|thailand)[- ](myanmar|burma|cambodia) border\\b',
        '\\bborder (town|area) (of|in|near) (thailand|myanmar)\\b',
        '\\b(cambodian|burmese|laotian) (company|firm|employer)\\b',
        '\\b(sihanouk(ville)?|poipet|bavet|myawadd?y|shwe kokko|kk park|golden triangle|laukkai(ng)?|tachileik|mae sot|kokang|bokeo|wa state|shan state|o\\W?smach|svay rieng|preah sihanouk)\\b',
        '\\b(cambodia|myanmar|burma|laos)\\b',
      ],
      ms: [
        '\\bsempadan (thailand|myanmar|kemboja|laos)\\b',
        '\\b(kemboja|kamboja)\\b',
        '\\b(myanmar|laos)\\b',
        'segi ?tiga emas',
      ],
      id: [
        '\\bperbatasan (thailand|myanmar|kamboja|laos)\\b',
        '\\b(kamboja|myanmar|laos)\\b',
        'segitiga emas',
      ],
      vi: [
        'biên giới (thái lan|myanmar|campuchia)',
        'campuchia',
        '\\b(miến điện|myanmar)\\b',
        '\\blào\\b(?! ?(động|cai))',
        'tam giác vàng',
        'sihanoukville',
        'bavet',
        'poipet',
        'mộc bài',
        'xi-?ha-?núc',
      ],
      th: [
        'กัมพูชา',
        'เขมร',
        'ปอยเปต',
        'สีหนุวิลล์',
        'เมียวดี',
        'เมียนมา',
        'พม่า',
        'สามเหลี่ยมทองคำ',
        'แม่สอด',
        'ท่าขี้เหล็ก',
        'บาเวต',
        'ชเวโก๊กโก่',
        'เคเคปาร์ค',
        'ลาว',
      ],
      my: [
        'ကမ္ဘောဒီးယား',
        'မြဝတီ',
        'ရွှေကုက္ကိုလ်',
        'တာချီလိတ်',
        'လောက်ကိုင်',
        'လာအို',
        'မဲဆောက်',
        'ကေကေပါ့',
        'ကေကေပါ့ခ်',
        'ရွှေတြိဂံ',
        'သီဟနုဗီးလ်',
        'ပွိုင်ပက်',
      ],
      km: [
        'ក្រុងព្រះសីហនុ',
        'ព្រះសីហនុ',
        'ប៉ោយប៉ែត',
        'បាវិត',
        'មីយ៉ាវ៉ាឌី',
        'មីយ៉ាន់ម៉ា',
        'ឡាវ',
        'ត្រីកោណមាស',
        'ស្វាយរៀង',
        'អូរស្មាច់',
      ],
    },
  },
  {
    id: 'messaging_app_only',
    weight: 0.8,
    reason: {
      en: 'Contact only through a messaging app or social media, no company address or website',
      ms: 'Hubungan hanya melalui aplikasi pesanan atau media sosial, tiada alamat atau laman web syarikat',
      id: 'Kontak hanya lewat aplikasi pesan atau media sosial, tanpa alamat atau situs perusahaan',
      vi: 'Chỉ liên hệ qua ứng dụng nhắn tin hoặc mạng xã hội, không có địa chỉ hay trang web công ty',
    },
    patterns: {
      en: [
        '\\bmessage (me|us)\\b',
        '\\bpm for details\\b',
        '\\b(telegram|whats ?app|wechat|we chat|line id|viber|signal|zalo|messenger)\\b',
        '\\bt\\.me/',
        '\\b(dm|pm|inbox) (me|us|now)\\b',
        '\\bwa\\.me/',
        '(^|\\s)@[a-z0-9_]{4,}',
        '\\+(855|95|856)\\s?\\d',
      ],
      ms: [
        '\\b(wasap|ws|whatsapp) (saya|kami|sekarang)\\b',
        '\\bpm (saya|tepi|terus)\\b',
        'mesej (terus|sekarang)',
      ],
      id: [
        '\\b(wa|dm|japri|inbox) (admin|saya|kami|sekarang|langsung)\\b',
        '\\bchat (admin|langsung)\\b',
        'hubungi (wa|whatsapp|telegram)',
      ],
      vi: [
        '\\bib (ngay|mình|em|admin)\\b',
        'inbox (ngay|mình|em|admin|trực tiếp)',
        'nhắn tin (zalo|telegram|qua zalo|qua telegram)',
        '\\bzalo\\b',
        '\\btele\\b',
      ],
      th: [
        'ทักแชท',
        'แอดไลน์',
        'ไอดีไลน์',
        'ทักไลน์',
        'เทเลแกรม',
        'ทักมาที่',
        'inboxมา',
        'ทักinbox',
        'ไลน์ไอดี',
        'แอดมาที่',
      ],
      my: ['တယ်လီဂရမ်', 'ဗိုက်ဘာ', 'မက်ဆေ့ချ်ပို့', 'မက်ဆင်ဂျာ', 'ဖေ့စ်ဘွတ်', 'အင်ဘောက်'],
      km: ['តេឡេក្រាម', 'ឆាតមក', 'ទាក់ទងតាមតេឡេក្រាម', 'ផ្ញើសារមក', 'ឆាតតាមតេឡេក្រាម'],
    },
  },
  {
    id: 'irregular_travel',
    weight: 1.2,
    reason: {
      en: 'Tourist visa instead of a work permit, "no visa needed" or crossing the border outside the official way',
      ms: 'Visa pelancong bukan permit kerja, "tidak perlu visa" atau menyeberang sempadan secara tidak rasmi',
      id: 'Visa turis bukan izin kerja, "tidak perlu visa" atau menyeberang perbatasan tidak resmi',
      vi: 'Dùng visa du lịch thay giấy phép lao động, "không cần visa" hoặc vượt biên không chính thức',
    },
    patterns: {
      en: [
        '\\b(tourist|visit|visitor|travel|business) visa\\b',
        '\\bno (visa|passport|work permit) (needed|required)\\b',
        "\\b(don'?t|do not) need (a )?(visa|passport|work permit)\\b",
        '\\bcross(ing)? (the )?border\\b',
        '\\b(by boat|at night|through the (jungle|river))\\b',
        '\\bwe (handle|arrange) (the )?(border|crossing|immigration)',
      ],
      ms: [
        'visa (pelancong|lawatan|pelawat)',
        'tidak perlu (visa|pasport|permit)',
        '(tak|tiada) perlu (visa|pasport|permit)',
        'lintas sempadan',
        'seberang sempadan',
        'naik bot',
      ],
      id: [
        'visa (turis|wisata|kunjungan|pelancong)',
        '(tidak|nggak|gak) perlu (visa|paspor)',
        '(tanpa|bebas) visa',
        'lewat jalur (tikus|darat|laut)',
        'menyeberang (perbatasan|lewat)',
        'naik (perahu|kapal kecil)',
      ],
      vi: [
        'visa du lịch',
        '(không cần|ko cần) (visa|hộ chiếu|giấy phép lao động)',
        'đi đường (tắt|mòn|rừng|tiểu ngạch)',
        'vượt biên',
        'qua biên giới',
        'đi (bằng )?(thuyền|xuồng)',
      ],
      th: [
        'วีซ่าท่องเที่ยว',
        'ไม่ต้องใช้วีซ่า',
        'ไม่ต้องมีวีซ่า',
        'ไม่ต้องมีพาสปอร์ต',
        'ไม่ต้องใช้พาสปอร์ต',
        'ข้ามแดน',
        'ช่องทางธรรมชาติ',
        'ข้ามชายแดน',
        'นั่งเรือข้าม',
      ],
      my: ['ခရီးသွားဗီဇာ', 'ဗီဇာမလို', 'ပတ်စ်ပို့မလို', 'နယ်စပ်ဖြတ်', 'လှေဖြင့်', 'တရားမဝင်', 'ဗီဇာမရှိလည်း'],
      km: [
        'ទិដ្ឋាការទេសចរណ៍',
        'មិនត្រូវការទិដ្ឋាការ',
        'មិនត្រូវការលិខិតឆ្លងដែន',
        'ឆ្លងព្រំដែន',
        'តាមផ្លូវខុសច្បាប់',
        'ជិះទូក',
        'ច្រកមិនផ្លូវការ',
      ],
    },
  },
  {
    id: 'urgency',
    weight: 0.5,
    reason: {
      en: 'Pressure to decide or leave quickly',
      ms: 'Desakan untuk membuat keputusan atau bertolak dengan segera',
      id: 'Desakan untuk segera memutuskan atau berangkat',
      vi: 'Thúc ép quyết định hoặc xuất phát gấp',
    },
    patterns: {
      en: [
        '\\burgent(ly)?\\b',
        '\\b(leave|depart|fly|start) (immediately|right away|this week|tomorrow|asap|within \\d+ days?)\\b',
        '\\blimited (slots?|places|seats|positions)\\b',
        '\\b(only|last) \\d+ (slots?|places|seats)\\b',
        '\\bno (lengthy|long) process\\b',
        '\\bfast process(ing)?\\b',
        '\\basap\\b',
      ],
      ms: [
        '\\bsegera\\b',
        '\\b(terus|cepat) (berlepas|terbang|bertolak|mula kerja)',
        'tempat terhad',
        'kekosongan terhad',
        'proses (cepat|pantas|segera)',
        'berlepas (minggu ini|esok|dalam \\d+ hari)',
      ],
      id: [
        '\\bsegera berangkat\\b',
        '\\b(butuh|dibutuhkan) (cepat|segera)\\b',
        'langsung berangkat',
        'berangkat (minggu ini|besok|dalam \\d+ hari)',
        'kuota terbatas',
        'proses (cepat|kilat)',
        '\\burgent\\b',
      ],
      vi: [
        '\\bgấp\\b',
        'tuyển gấp',
        'xuất cảnh (ngay|nhanh|trong \\d+ ngày)',
        'bay nhanh',
        'đi (ngay|liền)',
        'số lượng có hạn',
        'thủ tục nhanh',
        'bay ngay',
      ],
      th: ['ด่วน', 'เดินทางทันที', 'เริ่มงานทันที', 'รับจำนวนจำกัด', 'บินได้ทันที', 'เดินทางได้เลย', 'รับด่วน'],
      my: ['ချက်ချင်းလိုက်', 'မနက်ဖြန်ထွက်', 'အမြန်', 'အရေးပေါ်', 'ချက်ချင်းထွက်', 'ချက်ချင်း', 'နေရာအကန့်အသတ်'],
      km: ['ថ្ងៃស្អែក', 'ចេញដំណើរឆាប់', 'បន្ទាន់', 'ចេញដំណើរភ្លាមៗ', 'ភ្លាមៗ', 'ចំនួនមានកំណត់', 'ធ្វើការភ្លាម'],
    },
  },
  {
    id: 'age_appearance',
    weight: 0.6,
    reason: {
      en: 'Asks for young age, a gender or good looks for work that does not need them',
      ms: 'Meminta umur muda, jantina atau rupa menarik untuk kerja yang tidak memerlukannya',
      id: 'Meminta usia muda, jenis kelamin atau penampilan menarik untuk kerja yang tidak memerlukannya',
      vi: 'Đòi hỏi tuổi trẻ, giới tính hoặc ngoại hình cho công việc không cần đến',
    },
    patterns: {
      en: [
        '\\b(good[- ]looking|attractive|pretty|beautiful|slim|sexy)\\b',
        '\\bage[sd]?:? ?1[6-9]\\s?(-|to|–)\\s?(2\\d|3[0-5])\\b',
        '\\b(girls?|ladies|young women) (only|wanted|needed)\\b',
        '\\bnice appearance\\b',
      ],
      ms: [
        '(rupa|paras) (menarik|cantik)',
        'berumur 1[6-9]\\s?(-|hingga|sehingga)\\s?(2\\d|3[0-5])',
        'umur 1[6-9]\\s?(-|hingga|sehingga)\\s?(2\\d|3[0-5])',
        'wanita muda',
        '\\bcantik\\b',
        'berpenampilan menarik',
      ],
      id: [
        '(berpenampilan|penampilan) menarik',
        'usia (maks(imal)?\\.? )?1[6-9]\\s?(-|s\\.?d\\.?|sampai)\\s?(2\\d|3[0-5])',
        'usia maks(imal)?\\.? (2\\d|3[0-5])',
        '\\bcantik\\b',
        'wanita muda',
        'good looking',
      ],
      vi: [
        'ngoại hình (ưa nhìn|đẹp|khá|sáng)',
        'ưa nhìn',
        'xinh (xắn|đẹp)',
        'tuổi (từ )?1[6-9]\\s?(-|đến)\\s?(2\\d|3[0-5])',
        'nữ (trẻ|xinh)',
        '\\b1[6-9]\\s?-\\s?(2\\d|3[0-5]) tuổi',
      ],
      th: ['หน้าตาดี', 'บุคลิกดี', 'รูปร่างดี', 'อายุ1[6-9]\\s?-\\s?(2\\d|3[0-5])', 'ผู้หญิงเท่านั้น', 'สาวสวย'],
      my: [
        'ရုပ်ရည်သန့်ပြန့်',
        'ရုပ်ချော',
        'အသက်၁[၆-၉]မှ[၂၃][၀-၉]',
        'အသက်(၁[၆-၉]|1[6-9])[-–](၂[၀-၉]|၃[၀-၅]|2\\d|3[0-5])',
        'မိန်းကလေးများသာ',
        'လှပ',
      ],
      km: [
        'ស្រស់ស្អាត',
        'រូបរាងល្អ',
        'សម្ផស្សល្អ',
        'អាយុ(១[៦-៩]|1[6-9])[-–](២[០-៩]|៣[០-៥]|2\\d|3[0-5])',
        'នារីវ័យក្មេង',
        'ស្រីស្អាត',
      ],
    },
  },
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
  {
    id: 'vague_employer',
    weight: 0.5,
    reason: {
      en: 'The employer is not named or described only vaguely ("a big company abroad")',
      ms: 'Majikan tidak dinamakan atau hanya diterangkan secara samar ("syarikat besar di luar negara")',
      id: 'Pemberi kerja tidak disebut atau samar ("perusahaan besar di luar negeri")',
      vi: 'Không nêu tên chủ lao động hoặc chỉ nói mơ hồ ("công ty lớn ở nước ngoài")',
    },
    patterns: {
      en: [
        '\\b(a |an )?(big|large|reputable|international|famous|chinese|foreign|well-known) (company|firm|employer) (abroad|overseas|in (cambodia|myanmar|laos|thailand|dubai))',
        '\\bcompany (name )?(will be )?(disclosed|revealed|told) (later|at interview|after)\\b',
        '\\bjobs? (abroad|overseas)\\b',
      ],
      ms: [
        'syarikat (besar|antarabangsa|terkenal|cina) (di )?luar negara',
        'kerja (di )?luar negara',
        'jawatan kosong luar negara',
      ],
      id: [
        'perusahaan (besar|internasional|ternama|china|asing) (di )?luar negeri',
        'kerja (di )?luar negeri',
        'lowongan luar negeri',
      ],
      vi: [
        'công ty (lớn|nước ngoài|quốc tế|trung quốc)( ở| tại)? (nước ngoài|campuchia|lào|myanmar)',
        'việc làm (ở )?nước ngoài',
        'đi làm nước ngoài',
      ],
      th: ['บริษัทใหญ่ในต่างประเทศ', 'บริษัทจีน', 'งานต่างประเทศ', 'ทำงานต่างประเทศ'],
      my: ['ပြည်ပအလုပ်', 'နိုင်ငံခြားကုမ္ပဏီကြီး', 'ပြည်ပကုမ္ပဏီ', 'တရုတ်ကုမ္ပဏီ'],
      km: ['ក្រុមហ៊ុនធំនៅបរទេស', 'ការងារនៅបរទេស', 'ក្រុមហ៊ុនចិន', 'ធ្វើការនៅក្រៅប្រទេស'],
    },
  },
  {
    id: 'licensed_recruiter',
    weight: -1.6,
    reason: {
      en: 'Names a recruitment licence or the labour ministry (check the number with the authority)',
      ms: 'Menyatakan lesen pengambilan atau kementerian buruh (semak nombornya dengan pihak berkuasa)',
      id: 'Menyebut izin penempatan atau kementerian tenaga kerja (cek nomornya ke instansi berwenang)',
      vi: 'Nêu giấy phép tuyển dụng hoặc Bộ Lao động (hãy kiểm tra số giấy phép với cơ quan chức năng)',
    },
    patterns: {
      en: [
        '\\b(licen[cs]e|permit|registration) (no\\.?|number|#)\\s?:?\\s?[a-z0-9]',
        '\\blicen[cs]ed (recruitment|employment|manpower) agency\\b',
        '\\b(jtksm|dmw|poea|bp2mi|molvt|dolab|moli?p)\\b',
        '\\bministry of (labour|labor|human resources|manpower)\\b',
        '\\bdepartment of (labour|employment)\\b',
      ],
      ms: [
        '\\blesen (agensi|pekerjaan|swasta|no\\.?|nombor)',
        'jabatan tenaga kerja',
        'kementerian sumber manusia',
        '\\bagensi pekerjaan swasta berlesen\\b',
        '\\bjtksm\\b',
      ],
      id: [
        '\\bp3mi\\b',
        '\\bsip2mi\\b',
        '\\bbp2mi\\b',
        '\\bkemnaker\\b',
        'izin (resmi|usaha|penempatan|p3mi)',
        'terdaftar (di|resmi)',
        'disnaker',
        'kementerian ketenagakerjaan',
        '\\bsiap kerja\\b',
      ],
      vi: [
        'giấy phép (hoạt động|dịch vụ|số)',
        'bộ (lao động|lđtbxh)',
        'cục quản lý lao động ngoài nước',
        '\\bdolab\\b',
        'được cấp phép',
      ],
      th: ['ใบอนุญาตจัดหางาน', 'กรมการจัดหางาน', 'เลขที่ใบอนุญาต', 'ได้รับอนุญาต', 'กระทรวงแรงงาน', 'สำนักงานจัดหางาน'],
      my: ['လိုင်စင်ရ', 'လိုင်စင်အမှတ်', 'အလုပ်သမားဝန်ကြီးဌာန', 'အလုပ်သမားရေးရာ', 'တရားဝင်အေဂျင်စီ'],
      km: ['អាជ្ញាប័ណ្ណ', 'ក្រសួងការងារ', 'ចុះបញ្ជីស្របច្បាប់', 'ទីភ្នាក់ងារជ្រើសរើសមានអាជ្ញាប័ណ្ណ'],
    },
  },
  {
    id: 'government_scheme',
    weight: -1.8,
    reason: {
      en: 'A government-to-government or official migration scheme (e.g. EPS Korea, Japan SSW/IM Japan, MoU)',
      ms: 'Skim kerajaan-ke-kerajaan atau skim migrasi rasmi (cth. EPS Korea, SSW/IM Jepun, MoU)',
      id: 'Skema antarpemerintah (G to G) atau migrasi resmi (mis. EPS Korea, SSW/IM Jepang, MoU)',
      vi: 'Chương trình giữa hai chính phủ hoặc di cư chính thức (vd. EPS Hàn Quốc, kỹ năng đặc định/IM Japan Nhật Bản, MoU)',
    },
    patterns: {
      en: [
        '\\b(g ?to ?g|g2g|government[- ]to[- ]government)\\b',
        '\\beps(-topik)?\\b',
        '\\bemployment permit system\\b',
        '\\b(im japan|ssw|specified skilled worker|technical intern)\\b',
        '\\bmou\\b',
        '\\bpre-?departure (orientation|training)\\b',
        '\\bseasonal worker (scheme|programme|program)\\b',
      ],
      ms: ['kerajaan ke kerajaan', '\\bg ?to ?g\\b', 'program (rasmi )?kerajaan', 'latihan pra-?pemergian'],
      id: [
        '\\bg ?to ?g\\b',
        'antar ?pemerintah',
        'program (resmi )?pemerintah',
        '\\bim japan\\b',
        'magang (resmi )?jepang',
        '\\bopp\\b',
        'orientasi pra ?pemberangkatan',
      ],
      vi: [
        'chương trình eps',
        '\\beps\\b',
        'kỹ năng đặc định',
        'thực tập sinh kỹ năng',
        'hợp tác giữa (hai )?chính phủ',
        'trung tâm lao động ngoài nước',
        'thời vụ (hàn quốc|hàn)',
        '\\bim japan\\b',
      ],
      th: ['รัฐต่อรัฐ', 'จีทูจี', 'ระบบeps', '\\beps\\b', 'ฝึกงานญี่ปุ่น', 'imjapan', '\\bmou\\b', 'ปฐมนิเทศก่อนเดินทาง'],
      my: ['အစိုးရနှင့်အစိုးရ', 'eps', 'mou', 'ကိုရီးယားeps', 'ဂျပန်နည်းပညာသင်'],
      km: ['រដ្ឋាភិបាលនិងរដ្ឋាភិបាល', 'eps', 'mou', 'កម្មវិធីរបស់រដ្ឋាភិបាល', 'តាមរយៈក្រសួង'],
    },
  },
  {
    id: 'skilled_job_requirements',
    weight: -1.0,
    reason: {
      en: 'Asks for real qualifications, years of experience or a licence for skilled work',
      ms: 'Meminta kelayakan sebenar, tahun pengalaman atau lesen bagi kerja mahir',
      id: 'Meminta kualifikasi nyata, pengalaman bertahun-tahun atau lisensi untuk kerja terampil',
      vi: 'Yêu cầu bằng cấp thật, số năm kinh nghiệm hoặc chứng chỉ cho việc có tay nghề',
    },
    patterns: {
      en: [
        '\\b(minimum|at least|min\\.?) \\d+\\+? years?\\b',
        '\\b\\d+\\+? years? (of )?(relevant |proven )?experience\\b',
        "\\b(bachelor'?s?|master'?s?|degree|diploma) (in|of)\\b",
        '\\b(certified|certification|licensed|registered) (engineer|nurse|electrician|welder|technician|accountant|pharmacist)\\b',
        '\\b(cv|resume|résumé|portfolio|references)\\b',
      ],
      ms: [
        '(minimum|sekurang-kurangnya|min\\.?) \\d+ tahun',
        'ijazah (sarjana muda|dalam)',
        '\\bdiploma\\b',
        '\\bspm\\b',
        'sijil kemahiran',
        'resume',
        'pengalaman \\d+ tahun',
      ],
      id: [
        '(minimal|min\\.?) \\d+ tahun',
        'pengalaman (minimal )?\\d+ tahun',
        '\\b(s1|s2|d3|d4)\\b',
        'sertifikat (kompetensi|keahlian)',
        '\\b(cv|daftar riwayat hidup)\\b',
        'ijazah',
      ],
      vi: [
        '(tối thiểu|ít nhất) \\d+ năm',
        '\\d+ năm kinh nghiệm',
        'tốt nghiệp (đại học|cao đẳng)',
        'chứng chỉ (hành nghề|nghề|tiếng)',
        '\\bcv\\b',
        'bằng (đại học|kỹ sư)',
      ],
      th: [
        'ประสบการณ์อย่างน้อย\\d',
        'ประสบการณ์\\d+ปี',
        'ปริญญาตรี',
        'ปริญญาโท',
        'ใบประกอบวิชาชีพ',
        'วุฒิปวส',
        'เรซูเม่',
        'resume',
      ],
      my: ['ဘွဲ့ရ', 'နှစ်အတွေ့အကြုံ', 'အနည်းဆုံးနှစ်', 'လက်မှတ်ရ', 'ဒီပလိုမာ'],
      km: ['បរិញ្ញាបត្រ', 'បទពិសោធន៍យ៉ាងតិច', 'ឆ្នាំបទពិសោធន៍', 'វិញ្ញាបនបត្រ', 'សញ្ញាបត្រ'],
    },
  },
];

/** Appended to the flags: the counter-signal that no core lure fired. */
const noCoreLure: RedFlag = {
  id: 'no_core_lure',
  weight: -1.2,
  derived: true,
  reason: {
    en: 'No promise of high pay, paid travel abroad, fees or an irregular crossing',
    ms: 'Tiada janji gaji tinggi, perjalanan ke luar negara yang dibayar, yuran atau lintasan tidak rasmi',
    id: 'Tidak ada janji gaji tinggi, perjalanan ke luar negeri yang dibayari, biaya atau penyeberangan tidak resmi',
    vi: 'Không hứa lương cao, không bao chi phí ra nước ngoài, không thu phí, không vượt biên trái phép',
  },
  patterns: {},
};
(redFlags as RedFlag[]).push(noCoreLure);

export interface CompiledFlag {
  readonly flag: RedFlag;
  readonly spaced: RegExp | undefined;
  /** The spaced patterns without diacritics, for Vietnamese typed without its tone marks. */
  readonly bare: RegExp | undefined;
  readonly compact: RegExp | undefined;
}

/** Latin text without diacritics (đ → d): "viec nhe luong cao" reads as "việc nhẹ lương cao". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D');
}

function union(sources: readonly string[]): RegExp | undefined {
  return sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'iu') : undefined;
}

/** The flags with their patterns compiled once: spaced languages on one side, spaceless on the other. */
export const compiledFlags: readonly CompiledFlag[] = redFlags.map((flag) => {
  const entries = Object.entries(flag.patterns) as [AdvertLanguage, readonly string[]][];
  const spacedSources = entries.filter(([l]) => !spaceless.has(l)).flatMap(([, p]) => p);
  return {
    flag,
    spaced: union(spacedSources),
    bare: union(spacedSources.map(stripDiacritics)),
    compact: union(entries.filter(([l]) => spaceless.has(l)).flatMap(([, p]) => p)),
  };
});

/** The advert as the patterns read it: NFC, lower case, one space between words. */
export function normaliseAdvert(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The ids of the flags (and counter-signals) whose patterns match the normalised advert, and
 * `no_core_lure` when none of the core lures is among them.
 */
export function firedFlags(normalised: string): string[] {
  const compact = normalised.replace(/\s+/gu, '');
  const bare = stripDiacritics(normalised);
  const fired = compiledFlags
    .filter(
      ({ spaced, bare: b, compact: c }) => spaced?.test(normalised) || b?.test(bare) || c?.test(compact),
    )
    .map(({ flag }) => flag.id);
  return fired.some((id) => coreLures.has(id)) ? fired : [...fired, noCoreLure.id];
}
