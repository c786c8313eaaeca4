import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Adverts written after the first bench run to look for gaps (they found some, and the rules were
 * fixed): a tuning set, reported apart from the held-out sets because it is not held out.
 */
export const probeAdverts: readonly HandwrittenAdvert[] = [
  {
    language: 'id',
    risky: false,
    text: 'Dibutuhkan segera admin online untuk toko baju di Bandung. Gaji UMR, jam kerja 8-5. Kirim lamaran ke tokobaju@gmail.com',
  },
  {
    language: 'id',
    risky: false,
    text: 'Lowongan kerja ke Jepang, program magang resmi, biaya pelatihan ditanggung LPK, wajib lulus tes bahasa',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dicari sopir pribadi di Jakarta, gaji 5 juta, mess disediakan, hubungi WA 0812xxxx',
  },
  {
    language: 'id',
    risky: true,
    text: 'Kerja di Taiwan pabrik, gaji 25 juta, potongan gaji 6 bulan untuk biaya, berangkat cepat, hubungi sponsor',
  },
  {
    language: 'en',
    risky: false,
    text: 'Hiring: marketing executive for a property developer in Phnom Penh. Degree required, 2 years experience. Salary USD 800. Apply at careers@dev.com.kh',
  },
  {
    language: 'en',
    risky: true,
    text: 'Work in Dubai as a housemaid. Salary 1500 AED. Free ticket. Agency fee 50,000 pesos. Contact on WhatsApp',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Cần tuyển nhân viên bán hàng tại Hà Nội, lương 8 triệu, làm giờ hành chính, liên hệ 0912xxxxxx',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển lao động đi Đài Loan, phí xuất cảnh 4000 USD, bay nhanh trong 1 tháng, bao ăn ở',
  },
  {
    language: 'th',
    risky: true,
    text: 'งานเก็บผลไม้ประเทศฟินแลนด์ รายได้ดี ค่าใช้จ่ายเดินทาง 80,000 บาท จ่ายก่อนเดินทาง ติดต่อไลน์',
  },
  { language: 'th', risky: false, text: 'รับสมัครพนักงานขายหน้าร้าน ห้างสรรพสินค้า กรุงเทพฯ เงินเดือน 15,000 บาท' },
  {
    language: 'ms',
    risky: false,
    text: 'Kerja kilang di Johor, gaji RM1,800, asrama disediakan, bas percuma, hubungi HR 07-xxxxxxx',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Jom kerja part time dari rumah, taip data, RM300 sehari, daftar dengan bayaran RM50, WhatsApp',
  },
  { language: 'my', risky: true, text: 'ထိုင်းနိုင်ငံ မဲဆောက်မြို့တွင် ကွန်ပျူတာလုပ်ငန်း လစာ ဘတ် ၂၅၀၀၀ အတွေ့အကြုံ မလိုပါ ချက်ချင်းလိုက်ပါ' },
  {
    language: 'my',
    risky: true,
    text: 'ကမ္ဘောဒီးယား ကုမ္ပဏီ ဝန်ထမ်းခေါ်သည် ဖုန်းနဲ့ စကားပြောရုံ လစာ ဒေါ်လာ ၁၂၀၀ ခရီးစရိတ် ကုမ္ပဏီက ပေးမည်',
  },
  {
    language: 'my',
    risky: false,
    text: 'ရန်ကုန် ဟိုတယ်တွင် ဧည့်ကြိုဝန်ထမ်း လိုအပ်သည် အင်္ဂလိပ်စာ ကောင်းရမည် လစာ ကျပ် ၅ သိန်း ဟိုတယ်သို့ လာလျှောက်ပါ',
  },
  {
    language: 'km',
    risky: true,
    text: 'ការងារនៅថៃ ប្រាក់ខែ ៨០០ ដុល្លារ មិនបាច់មានជំនាញ ទាក់ទងតាម Telegram ចេញដំណើរថ្ងៃស្អែក',
  },
  { language: 'km', risky: false, text: 'ក្រុមហ៊ុនដឹកជញ្ជូន ភ្នំពេញ ត្រូវការអ្នកបើកបរ មានប័ណ្ណបើកបរ ប្រាក់ខែ ៣៥០ ដុល្លារ' },
  {
    language: 'th',
    risky: true,
    text: 'รับสมัครคนไทยไปทำงานต่างประเทศ งานออฟฟิศ ติดต่อลูกค้าผ่านโซเชียล เงินเดือน 40,000 บาท ไม่ต้องมีวุฒิ ดูแลเรื่องเอกสารให้',
  },
  {
    language: 'en',
    risky: true,
    text: 'Looking for Filipinos to work as chat support in a Cambodian company. $1000 monthly salary, free housing and airfare, just need good English. Message me for details.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Urgent hiring: cook for a restaurant in Kuala Lumpur, RM 2,500, accommodation provided, WhatsApp 012-3456789 for interview at the restaurant.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần gấp 5 bạn nữ 18-25 tuổi đi làm phục vụ karaoke ở Trung Quốc, lương 20 triệu, không cần kinh nghiệm, bao ăn ở.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan kerja di Thailand jadi admin chat, gaji 12 juta, berangkat pakai paspor saja, tiket ditanggung bos.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Lowongan kasir minimarket di Semarang, usia maks 25 tahun, gaji UMK, kirim lamaran langsung ke toko.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Kerja sebagai "customer service" di Kemboja. Gaji RM6000. Tiket flight sponsor. Tak payah pengalaman. Whatsapp sekarang!',
  },
];
