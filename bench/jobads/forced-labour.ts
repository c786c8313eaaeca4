import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Forced-labour and debt-bondage adverts outside the scam compounds (fishing crews, plantations,
 * construction, domestic and factory work: papers kept, costs repaid from wages, wages held to the
 * end of the contract, no written contract, no leaving) and scam adverts in unusual wording, with
 * the legitimate adverts they must not be confused with (licensed agencies, government schemes,
 * employer-paid travel with a licence number, ordinary pay). Written for the change that added
 * those flags, so a tuning set like the probes: reported apart from the held-out sets.
 */
export const forcedLabourAdverts: readonly HandwrittenAdvert[] = [
  // English
  {
    language: 'en',
    risky: true,
    text: 'Deckhands wanted for tuna long-liner, 2 year contract. USD 450/month. Airfare and visa advanced by the agent and deducted from your salary. Passport kept by the captain for safekeeping. Call Mr Lim.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Plantation workers needed in Sabah. No experience needed. Transport arranged by our agent, costs repaid through monthly deductions. Wages paid at the end of the contract, pocket money every month, balance paid on return home.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Housemaid for family in the Gulf. Salary 1,500. No contract needed, everything arranged for you, just bring your passport. Employer will keep your passport. No days off in the first year.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Data entry assistant for an e-commerce company in Thailand. USD 1,300 per month, free flights and housing, only need basic English. Apply by Telegram.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Ocean Catch Ltd, licence no. RA-2291, recruits fishing crew for Korean-flag vessels under the EPS scheme. Employer pays airfare and visa. Wages paid monthly into your own bank account. You keep your own passport. Written contract in your language.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Construction workers for a building site in Penang. RM 2,200 per month plus overtime, hostel provided, paid monthly. Apply at our site office with your IC.',
  },
  // Malay
  {
    language: 'ms',
    risky: true,
    text: 'Kerja kapal nelayan di Thailand, anak kapal diperlukan. Tiket dan permit dipotong daripada gaji 6 bulan pertama. Pasport disimpan oleh tekong. Gaji dibayar selepas tamat pelayaran.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Pekerja ladang sawit, tiada pengalaman diperlukan. Semua diuruskan ejen, bawa diri sahaja. Tiada kontrak, tidak boleh keluar dari kawasan ladang.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Syarikat Perladangan Hijau Sdn Bhd mengambil pekerja ladang di Pahang. Gaji RM1,700 dibayar terus ke akaun bank pekerja setiap bulan. Rumah pekerja disediakan. Hubungi pejabat estet.',
  },
  // Indonesian
  {
    language: 'id',
    risky: true,
    text: 'Dicari ABK kapal ikan Taiwan, tanpa pengalaman, tanpa biaya, sistem potong gaji 8 bulan. Buku pelaut ditahan kapten. Gaji dibayar setelah selesai kontrak, tiap bulan uang saku, sisanya saat pulang.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan PRT ke Timur Tengah lewat sponsor. Tinggal bawa badan, semua diurus. Paspor dipegang majikan, HP dikumpulkan, tidak ada libur.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Kerja bangunan di Malaysia, berangkat dulu bayar belakangan, biaya dipotong dari gaji. Tanpa kontrak, cukup bawa KTP.',
  },
  {
    language: 'id',
    risky: false,
    text: 'PT Bahari Sejahtera (SIP2MI resmi, terdaftar di BP2MI) membuka lowongan ABK kapal niaga ke Korea lewat program G to G. Gaji ditransfer langsung ke rekening pekerja. Paspor dipegang oleh pekerja sendiri.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dibutuhkan tukang bangunan di Surabaya, gaji harian Rp150.000, dibayar tiap Sabtu. Datang langsung ke proyek.',
  },
  // Vietnamese
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển thuyền viên tàu cá đi Đài Loan, không cần kinh nghiệm, đi trước trả sau, chi phí trừ dần vào lương. Hộ chiếu do chủ tàu giữ. Lương nhận một lần khi hết hợp đồng.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần người giúp việc gia đình ở nước ngoài, bên em lo hết thủ tục, chỉ cần mang theo căn cước. Không cần hợp đồng, không được ra ngoài một mình.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyen lao dong pho thong lam cong truong, bao ve may bay, tien ve tru vao luong, ky hop dong khi sang ben do.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Công ty cổ phần nhân lực Sao Việt (giấy phép số 123/LĐTBXH) tuyển lao động đi Hàn Quốc theo chương trình EPS. Lương chuyển vào tài khoản cá nhân, hợp đồng song ngữ.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Xưởng may Bình Dương tuyển công nhân, lương 7 triệu, trả vào cuối tháng, có ký túc xá. Liên hệ phòng nhân sự.',
  },
  // Thai
  {
    language: 'th',
    risky: true,
    text: 'รับลูกเรือประมงด่วน ไม่ต้องมีประสบการณ์ ไปก่อนจ่ายทีหลัง หักค่าเดินทางจากเงินเดือนทุกเดือน ไต๋เรือเก็บพาสปอร์ต',
  },
  {
    language: 'th',
    risky: true,
    text: 'รับแม่บ้านทำงานต่างประเทศ ไม่มีสัญญา ดูแลให้ทุกอย่าง ห้ามออกนอกบ้าน ไม่มีวันหยุด',
  },
  {
    language: 'th',
    risky: false,
    text: 'บริษัทจัดหางานได้รับอนุญาต เลขที่ใบอนุญาต 1234/2560 รับคนงานก่อสร้างไปเกาหลีระบบ EPS เงินเดือนโอนเข้าบัญชีทุกเดือน สัญญาสองภาษา',
  },
  // Burmese
  {
    language: 'my',
    risky: true,
    text: 'ငါးဖမ်းလှေအလုပ်သမားလိုသည်။ အတွေ့အကြုံမလို။ ခရီးစရိတ်ကို လစာထဲကဖြတ်မည်။ ပတ်စ်ပို့ကို သူဌေးက သိမ်းထားမည်။',
  },
  {
    language: 'my',
    risky: true,
    text: 'အိမ်အကူ နိုင်ငံခြားတွင် လုပ်ရန်။ စာချုပ်မလို။ အေးဂျင့်မှစီစဉ်ပေးမည်။ အပြင်မထွက်ရ။',
  },
  {
    language: 'my',
    risky: false,
    text: 'လိုင်စင်ရ အေဂျင်စီ (လိုင်စင်အမှတ် ၂၂၁) မှ ကိုရီးယား EPS ဖြင့် စက်ရုံအလုပ်သမားများ ခေါ်ယူသည်။ မြန်မာဘာသာစာချုပ် ပေးမည်။',
  },
  // Khmer
  {
    language: 'km',
    risky: true,
    text: 'ត្រូវការនាវិកនេសាទ មិនត្រូវការបទពិសោធន៍ ទៅមុនបង់ក្រោយ កាត់ប្រាក់ខែរៀងរាល់ខែ ដកហូតលិខិតឆ្លងដែន',
  },
  {
    language: 'km',
    risky: true,
    text: 'ជ្រើសរើសកម្មករសំណង់ គ្មានកិច្ចសន្យា រៀបចំឲ្យទាំងអស់ មិនអាចចេញក្រៅ ប្រាក់ខែបើកពេលចប់កិច្ចសន្យា',
  },
  {
    language: 'km',
    risky: false,
    text: 'ទីភ្នាក់ងារជ្រើសរើសមានអាជ្ញាប័ណ្ណ ជ្រើសរើសកម្មករទៅកូរ៉េតាមកម្មវិធី EPS ប្រាក់ខែផ្ទេរចូលគណនីធនាគារ កិច្ចសន្យាពីរភាសា',
  },
  // Legitimate adverts that share words with the forced-labour ones
  {
    language: 'en',
    risky: false,
    text: 'Factory operators needed in Johor. Basic RM1,700 + OT. Hostel provided, RM50 per month deducted from salary. EPF and SOCSO. Apply at HR office.',
  },
  {
    language: 'en',
    risky: false,
    text: 'We handle all the paperwork for your work permit. Hotel housekeeping staff in Singapore. Licensed agency EA 12C3456.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Seafarers wanted: able seamen with STCW certificates, minimum 2 years experience. Contract 9 months on board. Apply with CV. POEA licensed manning agency.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Penang electronics factory: free hostel and transport, no experience needed, no recruitment fees charged to workers.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Gaji dibayar setiap akhir bulan. Operator produksi di Bekasi, kontrak 1 tahun, BPJS.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Cần tuyển giúp việc gia đình ở Hà Nội, lương 8 triệu, bao ăn ở, nghỉ chủ nhật.',
  },
  // Scam adverts in unusual wording (office work abroad, free flights and housing) and look-alikes
  {
    language: 'en',
    risky: true,
    text: 'Overseas data entry clerk wanted. Monthly pay 1200 USD. Company provides return flight tickets and dormitory. Basic computer skills only.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Customer relations officer abroad, good English, salary 35k THB, visa and housing covered, depart next week',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Jawatan kerani data di Thailand, gaji RM6,000 sebulan, tiket penerbangan dan penginapan ditanggung syarikat',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan admin input data luar negeri, gaji 15 juta per bulan, berangkat gratis, tanpa pengalaman',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyen nv nhap lieu lam o nuoc ngoai, luong 25tr, bao an o, ve may bay cty chiu',
  },
  {
    language: 'en',
    risky: false,
    text: 'Data entry clerk in Kuala Lumpur, RM2,000, office hours, apply with resume to hr@abc.com.my',
  },
  {
    language: 'en',
    risky: false,
    text: 'Our company provides return air tickets every two years. Senior accountant, Dubai, 8 years experience, CPA required.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Kerja di Jepang program IM Japan resmi Kemnaker, gaji 20 juta, tiket ditanggung, tanpa biaya',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển nhân viên nhập liệu tại Hà Nội, lương 8 triệu, giờ hành chính, gửi CV',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Jawatan kosong kerani data di Shah Alam, gaji RM1,800, SPM, hubungi 03-5555 1234',
  },
];
