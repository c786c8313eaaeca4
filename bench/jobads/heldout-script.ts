import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Held-out adverts in Thai, Burmese and Khmer (see heldout-latin.ts for how they were written),
 * and code-switched adverts mixing English with Malay, Indonesian, Vietnamese or Thai, labelled
 * with the language that carries most of the text. Written by a non-native writer of Thai,
 * Burmese and Khmer: simple sentences, as a recruiter's short post would be.
 */
export const heldoutScript: readonly HandwrittenAdvert[] = [
  // Thai — risky
  {
    language: 'th',
    risky: true,
    text: 'รับสมัครพนักงานแอดมินตอบแชท ทำงานที่ปอยเปต เงินเดือน 35,000 บาท ไม่ต้องมีประสบการณ์ มีที่พักฟรี ออกเดินทางภายในสัปดาห์นี้ ทักไลน์ได้เลย',
  },
  {
    language: 'th',
    risky: true,
    text: 'งานคีย์ข้อมูลต่างประเทศ รายได้ดีมาก บริษัทออกค่าตั๋วเครื่องบินให้ ใช้แค่พาสปอร์ต ไม่ต้องมีวีซ่าทำงาน ติดต่อทางเทเลแกรมเท่านั้น',
  },
  {
    language: 'th',
    risky: true,
    text: 'หางานแม่บ้านไปมาเลเซีย ไม่ต้องจ่ายค่าหัวตอนนี้ หักจากเงินเดือนทีหลัง นายจ้างเก็บหนังสือเดินทางไว้ให้เพื่อความปลอดภัย',
  },
  // Thai — legitimate
  {
    language: 'th',
    risky: false,
    text: 'กรมการจัดหางานประกาศรับสมัครคนงานไปทำงานเกาหลีใต้ ระบบ EPS ต้องสอบภาษาเกาหลีก่อน สมัครที่สำนักงานจัดหางานจังหวัด ไม่เสียค่านายหน้า',
  },
  {
    language: 'th',
    risky: false,
    text: 'รับสมัครพนักงานบริการลูกค้า (Call Center) ประจำสำนักงานกรุงเทพฯ เงินเดือน 18,000 บาท มีประกันสังคม วันหยุดตามกฎหมาย สมัครผ่าน JobThai',
  },
  {
    language: 'th',
    risky: false,
    text: 'บริษัทจัดหางานได้รับอนุญาต รับสมัครช่างเชื่อมไปทำงานญี่ปุ่น วีซ่าทักษะเฉพาะ (SSW) ต้องผ่านการทดสอบฝีมือ ค่าใช้จ่ายเป็นไปตามที่กฎหมายกำหนด',
  },
  // Burmese — risky
  {
    language: 'my',
    risky: true,
    text: 'ထိုင်းနယ်စပ် မြဝတီ ကုမ္ပဏီတွင် အွန်လိုင်း စာရိုက် ဝန်ထမ်း လိုအပ်သည်။ လစာ ဒေါ်လာ ၁၅၀၀။ အတွေ့အကြုံ မလိုပါ။ လမ်းစရိတ် ကုမ္ပဏီက ပေးမည်။ Telegram မှ ဆက်သွယ်ပါ။',
  },
  {
    language: 'my',
    risky: true,
    text: 'မလေးရှားတွင် စက်ရုံအလုပ်။ ပတ်စပို့ မလိုပါ၊ ကျွန်ုပ်တို့ စီစဉ်ပေးမည်။ ကြိုတင်ငွေ သိန်း ၅၀ ပေးရမည်။ အမြန်ထွက်ခွာမည်။',
  },
  {
    language: 'my',
    risky: true,
    text: 'KTV တွင် မိန်းကလေးများ လိုအပ်သည်။ အသက် ၁၈ မှ ၂၅။ ရုပ်ရည်သန့်ပြန့်ရမည်။ နေစရာ အခမဲ့။ Viber ဖြင့်သာ ဆက်သွယ်ပါ။',
  },
  // Burmese — legitimate
  {
    language: 'my',
    risky: false,
    text: 'ဝန်ကြီးဌာန ခွင့်ပြုချက်ရ အေဂျင်စီ။ ဂျပန်နိုင်ငံ သူနာပြုအကူ (SSW) လုပ်ငန်း။ ဂျပန်ဘာသာ စာမေးပွဲ အောင်ရမည်။ တရားဝင် ကုန်ကျစရိတ်များသာ ကောက်ခံသည်။',
  },
  {
    language: 'my',
    risky: false,
    text: 'ရန်ကုန်မြို့ရှိ ဟိုတယ်တွင် ဧည့်ကြိုဝန်ထမ်း လိုအပ်သည်။ လစာ ကျပ် ၄၅၀,၀၀၀။ အင်္ဂလိပ်စကား ပြောနိုင်ရမည်။ CV ကို ရုံးသို့ ပို့ပါ။',
  },
  {
    language: 'my',
    risky: false,
    text: 'ကိုရီးယား EPS အစီအစဉ်ဖြင့် အလုပ်သမား ခေါ်ယူခြင်း။ ကိုရီးယားဘာသာ စာမေးပွဲ (EPS-TOPIK) ဖြေဆိုရမည်။ ပွဲစားခ မရှိပါ။ အလုပ်သမားဦးစီးဌာနတွင် လျှောက်ထားပါ။',
  },
  // Khmer — risky
  {
    language: 'km',
    risky: true,
    text: 'ត្រូវការបុគ្គលិកវាយអក្សរ ធ្វើការនៅក្រុងព្រះសីហនុ ប្រាក់ខែ ១២០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍ មានកន្លែងស្នាក់នៅឥតគិតថ្លៃ ទាក់ទងតាម Telegram',
  },
  {
    language: 'km',
    risky: true,
    text: 'ការងារនៅប្រទេសថៃ ចេញដំណើរភ្លាមៗ មិនចាំបាច់មានលិខិតឆ្លងដែន យើងជួយរៀបចំនៅព្រំដែន បង់ថ្លៃសេវា ៣០០ ដុល្លារ មុនចេញដំណើរ',
  },
  {
    language: 'km',
    risky: true,
    text: 'ស្វែងរកនារីវ័យក្មេង អាយុ ១៨-២៤ ឆ្នាំ រូបរាងស្អាត ធ្វើការនៅ KTV ប្រាក់ចំណូលខ្ពស់ ទាក់ទងតែតាម WhatsApp',
  },
  // Khmer — legitimate
  {
    language: 'km',
    risky: false,
    text: 'ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ ប្រកាសជ្រើសរើសពលករទៅធ្វើការនៅកូរ៉េ តាមកម្មវិធី EPS ត្រូវប្រឡងភាសាកូរ៉េ មិនគិតថ្លៃឈ្នួលជើងសា',
  },
  {
    language: 'km',
    risky: false,
    text: 'ធនាគារនៅភ្នំពេញ ជ្រើសរើសបុគ្គលិកបម្រើអតិថិជន ប្រាក់ខែ ៤០០-៦០០ ដុល្លារ បញ្ចប់បរិញ្ញាបត្រ ដាក់ពាក្យតាមគេហទំព័ររបស់ធនាគារ',
  },
  {
    language: 'km',
    risky: false,
    text: 'ក្រុមហ៊ុនជ្រើសរើសពលករមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ ជ្រើសរើសកម្មករកសិកម្មទៅប្រទេសជប៉ុន កម្មវិធីហ្វឹកហាត់បច្ចេកទេស មានកិច្ចសន្យាការងារច្បាស់លាស់',
  },
];

/** Code-switched adverts (English with another language), as posts are often written. */
export const heldoutMixed: readonly HandwrittenAdvert[] = [
  {
    language: 'ms',
    risky: true,
    text: 'Hiring now! Customer service job kat Cambodia, gaji USD1,500 + comm. No exp pun boleh, company cover flight & hostel. PM je kalau serius, slot limited.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Urgent hiring admin online di luar negeri, salary 1.200 USD, no experience needed, tiket ditanggung full. Contact Telegram aja kak.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển sales online, work in Bavet, salary 1000$ + bonus, không cần exp, bao ăn ở. Inbox Tele nha.',
  },
  {
    language: 'th',
    risky: true,
    text: 'รับด่วน Admin chat ต่างประเทศ salary 40,000 บาท no experience ตั๋วเครื่องบินฟรี ติดต่อ Line',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Job kilang Korea, no need exam, fast process. Bayar deposit RM2,000 dulu untuk visa. Limited quota!!!',
  },
  {
    language: 'id',
    risky: true,
    text: 'Open recruitment LC karaoke Malaysia, cewek 18-23 good looking, all in ditanggung, paspor dipegang boss ya.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Can nguoi lam data entry o Philippines, luong 1500 USD, bao ve may bay, chi can passport, ib zalo.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Vacancy: Production operator kat Prai. Gaji basic RM1,700 + OT, free hostel & transport. No exp okay, training given. Walk-in interview every Tuesday kat HR office.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Lowongan Software Engineer di Jakarta, hybrid, salary 20-30 juta, min 3 years experience in React, apply via LinkedIn.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển Customer Service tiếng Nhật tại Đà Nẵng, lương 15-20 triệu, yêu cầu N2, làm việc tại văn phòng công ty, full BHXH.',
  },
  {
    language: 'th',
    risky: false,
    text: 'รับสมัคร Customer Service ประจำสาขาเชียงใหม่ เงินเดือน 15,000 บาท + commission สมัครผ่านเว็บไซต์บริษัท',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Caregiver ke Jepun via skim SSW, agensi berlesen, exam bahasa Jepun N4 wajib, no hidden fees, kontrak sign depan pegawai.',
  },
];
