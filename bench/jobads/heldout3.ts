import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Third held-out set, written on 2026-12-01 by a helper who had not read the red-flag rules, the
 * phrase banks, the engine or the model (nothing under src/modules/jobads/ was opened; only the
 * public reference list of red flags and the format of the earlier bench sets). Never used to tune
 * anything: do not change the rules from its misses without moving it to a tuning set.
 *
 * 70 adverts by language (en, ms, id, vi, th, my, km) and 10 code-switched ones, about 45 % risky.
 * Both sides carry hard cases. Legitimate: adverts that say fees are waived, local jobs with a
 * free shuttle or hostel, WhatsApp/Telegram/Line as the ordinary contact of a small shop, urgent
 * local hiring, age limits as Indonesian and Thai adverts commonly state them, overseas jobs
 * through licensed agencies or government schemes with written contracts and the worker keeping
 * the passport. Risky: pay held to the end of the contract, documents kept by a supervisor, agent
 * or broker, costs advanced and repaid from wages, "customer service / typing / data" jobs in
 * Cambodian, Burmese and Lao border areas, age and looks requirements, chat-only contact, haste,
 * penalties for leaving early, pay far above the local norm for no experience.
 *
 * Four Burmese adverts (marked `encoding: 'zawgyi'`) are stored in Zawgyi, written by mapping the
 * code points by hand (independently of the project's own converter), using only syllables without
 * stacked consonants or kinzi; the other Burmese adverts are Unicode. A Vietnamese one is typed
 * without diacritics. Code-switched adverts are labelled with the language carrying most words.
 */
export interface Heldout3Advert extends HandwrittenAdvert {
  /** Set on Burmese adverts whose text is in Zawgyi rather than Unicode. */
  readonly encoding?: 'zawgyi';
}

export const heldout3ByLanguage: readonly Heldout3Advert[] = [
  // English — risky
  {
    language: 'en',
    risky: true,
    text: 'Customer care executives for an online entertainment platform in Sihanoukville. USD 1,500 a month, no experience required, basic typing is enough. Visa and flight arranged by the company, we take care of everything at the border. Message @hr_kelly88 on Telegram, seats filling fast.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Estate workers needed in Sabah, RM 60 per day. Transport from Nunukan provided. Your wages are settled in full when the 2-year contract ends; pocket money given every Saturday. The mandor keeps all passports for safekeeping.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Female receptionists wanted for a KTV lounge in Vientiane. Age 18-25, pretty, fair skin, no experience. 25 million kip per month plus tips. Send a selfie on WhatsApp +856 20 5512 0093. Leaving this week.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Housemaid for a family in Riyadh. Nothing to pay upfront: your medical, visa and travel costs (USD 2,400) are paid for you by the agency and recovered from your salary month by month. No transfer to another employer until the loan is cleared.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Data annotation team relocating to Myawaddy. Earn 40,000 THB a month after a two-week probation. Only requirements: good English and your own phone. No CV, no interview, WhatsApp contact only. Group departs from Mae Sot on the 30th.',
  },
  // English — legitimate
  {
    language: 'en',
    risky: false,
    text: 'Warehouse associates, Shah Alam. RM 2,100 basic plus overtime, EPF/SOCSO. Free company shuttle from LRT Glenmarie for every shift. No experience needed, on-the-job training. Walk in at the guardhouse Mon-Fri 9am-4pm or apply on our careers page.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Aged-care workers for New Zealand rest homes, recruited by a DMW-licensed agency (licence number on our office wall and website). No fees charged to applicants. The employer pays airfare, visa and the first two weeks of accommodation. Contracts are explained at the pre-departure orientation; passports stay with the workers.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Roughnecks for an offshore drilling rig, Kemaman supply base, 28 days on / 28 off. RM 9,000-12,000 per month. Valid BOSIET and offshore medical required. Flights to the heliport paid. Apply on our website; shortlisted candidates receive a written offer.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Urgent: seasonal fruit pickers for Tasmanian orchards under the PALM scheme. Award wages and superannuation; accommodation deductions are capped and written in the offer letter. Recruitment only through the Labour Ministry work-ready pool, no fees.',
  },
  {
    language: 'en',
    risky: false,
    text: "Customer service representatives (Thai and English) for an airline's contact centre in Kuala Lumpur. MYR 3,500, medical cover, 14 days annual leave. Fresh graduates welcome. Interviews at our Bangsar South office. We never ask for money or for your passport at any stage.",
  },
  {
    language: 'en',
    risky: false,
    text: 'Junior QA tester, Bayan Lepas, Penang. RM 3,800. Our recruiter Aisyah will WhatsApp you to arrange a short call before the panel interview. Company registration (SSM) and office address are on our LinkedIn page.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Housekeeping attendants for a beach resort in Phuket. 12,000 THB plus service charge, staff housing and three meals a day, uniforms provided. Thai social security from day one. Send your CV to the HR email on the resort website.',
  },
  // Malay — risky
  {
    language: 'ms',
    risky: true,
    text: 'Kerja kosong di Kemboja! Jawatan khidmat pelanggan, gaji RM8,000 sebulan, tak perlu pengalaman, cukup tahu menaip. Tiket kapal terbang dan penginapan ditanggung syarikat. Berlepas minggu depan. PM Telegram @kerjaluar_my sahaja.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Pekerja ladang durian di Raub. Gaji dibayar sekali gus selepas tamat kontrak 12 bulan, sebelum itu hanya duit belanja. Majikan simpan pasport sepanjang tempoh kerja. Makan dan rumah kongsi disediakan.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Cari gadis cantik umur 18-24 untuk kerja pelayan kelab di Bangkok. Gaji RM6,000 + tip, tak perlu pengalaman. Hantar gambar penuh badan ke WhatsApp. Tiket pergi ditanggung, bayar balik kemudian.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Kilang di Johor ambil pekerja dari luar negara. Kos permit, tiket dan ejen RM5,500 dipotong RM300 setiap bulan dari gaji. Pasport dipegang penyelia sehingga hutang selesai.',
  },
  {
    language: 'ms',
    risky: true,
    text: "Peluang kerja 'admin pemasaran digital' di zon ekonomi khas di utara Laos. Gaji USD1,200. Tiada temuduga, hanya perlu boleh baca dan tulis bahasa Inggeris. Masuk guna visa pelancong dulu, permit kerja diurus kemudian.",
  },
  // Malay — legitimate
  {
    language: 'ms',
    risky: false,
    text: 'Kilang cip semikonduktor di Senai perlukan operator mesin. Gaji asas RM1,800 + elaun syif. Bas kilang percuma dari Skudai dan Kulai. Tiada yuran dikenakan. Temuduga terbuka setiap Rabu di pejabat sumber manusia.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Karnival Kerjaya PERKESO: 200 kekosongan juruwang dan pembantu stor pasar raya di Lembah Klang. Pendaftaran percuma melalui portal MYFutureJobs. Bawa salinan kad pengenalan dan resume.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Hospital kerajaan Arab Saudi mencari jururawat berdaftar, pengambilan dibuat oleh agensi swasta yang berlesen. Tiada yuran penempatan; majikan tanggung visa, tiket dan penginapan. Kontrak 2 tahun ditandatangani sebelum berlepas dan salinannya diberikan kepada anda.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Pembantu tadika di Seksyen 7, Shah Alam. Gaji RM1,700, waktu kerja 7.30 pagi hingga 6 petang. Sijil asuhan kanak-kanak diutamakan. Hubungi Puan Rozita melalui WhatsApp 012-338 4410 untuk temuduga.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Segera! Syarikat logistik di Pelabuhan Klang perlukan pemandu treler. Gaji RM3,500 + elaun perjalanan. Lesen GDL wajib. Caruman KWSP dan PERKESO. Boleh mula kerja serta-merta.',
  },
  // Indonesian — risky
  {
    language: 'id',
    risky: true,
    text: 'LOKER KAMBOJA!! Dicari operator CS online, gaji 18-25 juta/bulan, fresh graduate boleh, yang penting lancar ngetik. Tiket & mess gratis. Berangkat 3 hari lagi pakai visa kunjungan. Hubungi admin lewat Telegram.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Rekrut awak kapal long line berbendera Taiwan, nol rupiah di depan. Gaji ditabung oleh agen dan dibayarkan di akhir kontrak 2 tahun. Paspor dan buku pelaut dipegang agen selama bekerja.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan PRT ke Malaysia jalur cepat, tidak perlu pelatihan di BLK. Biaya proses dipotong dari gaji selama 7 bulan. Berangkat lewat Entikong, urusan paspor kami yang atur.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Butuh cewek usia 18-23, kulit putih, tinggi min 160 cm, untuk kerja LC karaoke di Batam. Gaji 15 juta + bonus, mess disediakan. Kirim foto terbaru ke WA.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Perusahaan game online di Myawaddy merekrut tim marketing berbahasa Indonesia. Gaji USD 1.100 + komisi, kerja di kantor dalam kompleks, makan tiga kali sehari. Tidak perlu ijazah. Kontrak 1 tahun, berhenti sebelum kontrak habis wajib bayar ganti rugi.',
  },
  // Indonesian — legitimate
  {
    language: 'id',
    risky: false,
    text: 'Lowongan kerja operator produksi di kawasan industri Jababeka, Cikarang. Gaji sesuai UMK Bekasi, BPJS Ketenagakerjaan dan Kesehatan. Tersedia bus jemputan karyawan gratis. Tidak dipungut biaya apa pun dalam proses rekrutmen.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Pendaftaran program G to G ke Korea Selatan (EPS-TOPIK) telah dibuka. Calon pekerja wajib lulus ujian bahasa Korea. Pendaftaran hanya melalui situs resmi pemerintah dan tidak dipungut biaya.',
  },
  {
    language: 'id',
    risky: false,
    text: 'P3MI berizin Kementerian merekrut caregiver panti wreda di Jepang lewat program SSW. Pelatihan bahasa 6 bulan, biaya sesuai ketentuan pemerintah dan dirinci tertulis sebelum tanda tangan. Paspor dipegang sendiri oleh pekerja.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dibutuhkan segera kurir motor area Jakarta Selatan, tanpa pengalaman, gaji UMP + insentif per paket. Datang langsung ke gudang kami di Pasar Minggu, bawa KTP dan SIM C.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dicari guru kelas SD Islam terpadu di Depok, lulusan S1 PGSD, gaji 4-5 juta. Kirim CV ke email sekolah; pertanyaan bisa lewat WA admin sekolah.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Teller dan CS bank di Surabaya lewat vendor outsourcing resmi. Kontrak 1 tahun, gaji 5,2 juta + tunjangan. Lulusan D3/S1, umur tidak lebih dari 27, tinggi badan proporsional.',
  },
  // Vietnamese — risky
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển nhân viên trực page bên Campuchia, thu nhập 25-30 triệu, chưa có kinh nghiệm vẫn nhận, biết gõ phím là được. Bao vé xe, bao ăn ở. Đi ngay trong tuần, liên hệ qua Telegram.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Việc nhẹ lương cao: từ Mộc Bài qua Bavet làm telesale cho công ty đầu tư, 1.200 đô/tháng. Không cần hộ chiếu, bên mình đưa qua cửa khẩu.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển nữ 18-25 tuổi, ngoại hình khá, đi làm tiếp viên nhà hàng ở Trung Quốc, lương 40 triệu, bao hết chi phí. Nhắn Zalo kèm ảnh toàn thân.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Đi làm phụ hồ ở Malaysia, chưa phải nộp đồng nào, công ty ứng phí trước rồi khấu trừ hàng tháng từ lương. Quản lý cầm passport của anh em để lo giấy tờ. Tiền công cuối hợp đồng mới thanh toán.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần gấp 20 bạn CSKH tiếng Anh làm tại đặc khu kinh tế Tam giác Vàng bên Lào, lương 1.000 USD + hoa hồng, bao vé máy bay. Hợp đồng 1 năm, nghỉ ngang phải đền bù 50 triệu.',
  },
  // Vietnamese — legitimate
  {
    language: 'vi',
    risky: false,
    text: 'Công ty điện tử tại KCN Yên Phong, Bắc Ninh tuyển công nhân lắp ráp. Lương 8-10 triệu, có xe đưa đón miễn phí từ các huyện, ký hợp đồng lao động trực tiếp với công ty, miễn phí tuyển dụng.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Trung tâm Dịch vụ việc làm Hà Nội tổ chức phiên giao dịch việc làm với hơn 3.000 chỉ tiêu tuyển dụng. Người lao động tham gia hoàn toàn miễn phí.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Công ty XKLĐ có giấy phép của Bộ tuyển nam nữ làm nhà máy điện tử tại Đài Loan. Hợp đồng 3 năm, lương theo mức tối thiểu của Đài Loan, chi phí công khai, người lao động tự giữ hộ chiếu.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Siêu thị tại Ninh Kiều, Cần Thơ tuyển nhân viên bán hàng, lương 7 triệu + thưởng doanh số, người mới sẽ được kèm cặp. Nộp hồ sơ trực tiếp tại quầy dịch vụ khách hàng.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển kế toán tổng hợp, tối thiểu 3 năm kinh nghiệm, làm việc tại Quận 7. Lương thỏa thuận, đầy đủ BHXH. Gửi CV qua email hoặc Zalo phòng nhân sự.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyen tho han di Nhat dien ky nang dac dinh, cong ty co giay phep, thi tay nghe tai Ha Noi, khong thu phi moi gioi, luong 22-25 man/thang, hop dong ky truoc khi xuat canh.',
  },
  // Thai — risky
  {
    language: 'th',
    risky: true,
    text: 'รับสมัครพนักงานคีย์ข้อมูล ทำงานที่เมียวดี ค่าจ้างเดือนละ 4 หมื่น ไม่ดูวุฒิ มีรถมารับที่แม่สอด ข้ามไปพร้อมทีมงาน ติดต่อผ่านเทเลแกรมเท่านั้น',
  },
  {
    language: 'th',
    risky: true,
    text: 'หาสาวๆ วัย 18-25 ผิวขาว หุ่นดี ไปทำงานนั่งดริ๊งที่ญี่ปุ่น รายได้เดือนละแสน ออกค่าเดินทางให้ก่อน ใช้วีซ่าท่องเที่ยว ส่งรูปมาทางไลน์',
  },
  {
    language: 'th',
    risky: true,
    text: 'รับคนตัดอ้อยทั้งฤดู ค่าแรงจ่ายรวมตอนปิดหีบ หัวหน้าคนงานเก็บบัตรประชาชนไว้ ค่ารถที่ออกให้ก่อนจะหักจากค่าแรง',
  },
  {
    language: 'th',
    risky: true,
    text: 'บริษัทลงทุนคริปโตที่สีหนุวิลล์รับด่วน แอดมินภาษาไทย เงินเดือน 1,300 ดอลลาร์ สัญญา 1 ปี ลาออกก่อนกำหนดต้องจ่ายค่าปรับ ติดต่อทาง WhatsApp เท่านั้น',
  },
  // Thai — legitimate
  {
    language: 'th',
    risky: false,
    text: 'โรงงานชิ้นส่วนรถยนต์ในนิคมอุตสาหกรรม ชลบุรี รับพนักงานฝ่ายผลิต ค่าแรงตามกฎหมาย มีรถรับส่งฟรี มีประกันสังคม ไม่เก็บค่าใช้จ่ายในการสมัคร',
  },
  {
    language: 'th',
    risky: false,
    text: 'สำนักงานจัดหางานจังหวัดขอนแก่น รับสมัครแรงงานไปทำงานภาคเกษตรที่อิสราเอล โครงการรัฐต่อรัฐ ไม่เสียค่าหัวคิว สมัครด้วยตนเองที่สำนักงาน',
  },
  {
    language: 'th',
    risky: false,
    text: 'ร้านกาแฟในเชียงใหม่รับบาริสต้า ไม่มีประสบการณ์ก็สอนให้ เงินเดือน 11,000 บาท มีห้องพักพนักงาน ทักไลน์ร้านเพื่อนัดสัมภาษณ์',
  },
  {
    language: 'th',
    risky: false,
    text: 'บริษัทจัดหางานที่ได้รับอนุญาตจากกรมการจัดหางาน รับสมัครช่างเชื่อมไปไต้หวัน สัญญาจ้าง 3 ปี ค่าใช้จ่ายตามที่กรมฯ กำหนดและแจ้งเป็นลายลักษณ์อักษร',
  },
  {
    language: 'th',
    risky: false,
    text: 'โรงพยาบาลเอกชนในกรุงเทพฯ รับสมัครพยาบาลวิชาชีพ เงินเดือน 25,000-35,000 บาท ถือใบอนุญาตพยาบาลที่ยังไม่หมดอายุ สมัครทางอีเมลฝ่ายบุคคล',
  },
  // Burmese — risky
  {
    language: 'my',
    risky: true,
    text: 'ကမ္ဘောဒီးယား ဆီဟာနွတ်ဗီးလ်မြို့တွင် အွန်လိုင်း ဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်းများ လိုအပ်သည်။ လစာ ဒေါ်လာ ၁၀၀၀။ အတွေ့အကြုံ မလိုပါ။ လေယာဉ်လက်မှတ် အခမဲ့။ Telegram ဖြင့်သာ ဆက်သွယ်ပါ။',
  },
  {
    language: 'my',
    risky: true,
    encoding: 'zawgyi',
    text: 'ျမဝတီျမို့ KK Park တြင္ စာရိုက္ဝန္ထမ္း အျမန္လိုသည္။ လစာ ဘတ္ ၃၅၀၀၀။ ပညာအရည္အခ်င္း မလိုပါ။ ဒီအပတ္ထဲ ထြက္ရမည္။',
  },
  {
    language: 'my',
    risky: true,
    text: 'ထိုင်းနိုင်ငံ ငါးဖမ်းလှေပေါ်တွင် အလုပ်သမား လိုသည်။ ကြိုတင်ငွေ ပေးမည်၊ လစာထဲမှ ပြန်ဖြတ်မည်။ နိုင်ငံကူးလက်မှတ်ကို ပွဲစားက ထိန်းထားမည်။ လစာကို စာချုပ်ပြီးမှ တစ်ခါတည်း ပေးမည်။',
  },
  {
    language: 'my',
    risky: true,
    encoding: 'zawgyi',
    text: 'အသက္ ၁၈ မွ ၂၅ နွစ္ ရုပ္ရည္ေခ်ာေမာေသာ မိန္းကေလးမ်ား တရုတ္နိုင္ငံ စားေသာက္ဆိုင္တြင္ အလုပ္လုပ္ရန္ လိုသည္။ လစာေကာင္း။ Viber ျဖင့္ ဓာတ္ပုံပို့ပါ။',
  },
  // Burmese — legitimate
  {
    language: 'my',
    risky: false,
    encoding: 'zawgyi',
    text: 'ရန္ကုန္ လွိုင္သာယာ စက္မွုဇုန္ရွိ အထည္ခ်ုပ္စက္ရုံတြင္ စက္ခ်ုပ္သမား ေခါ္ယူသည္။ အလုပ္သြား ကားကို အခမဲ့ ျကိုပို့ေပးသည္။ အလုပ္ေခါ္စရိတ္ မယူပါ။',
  },
  {
    language: 'my',
    risky: false,
    text: 'အလုပ်သမားဝန်ကြီးဌာန လိုင်စင်ရ အေဂျင်စီမှ ဂျပန်နိုင်ငံ သူနာပြုအကူ ခေါ်ယူသည်။ ဂျပန်စာ N4 အောင်ရမည်။ စာချုပ်ကို မြန်မာဘာသာဖြင့် ရှင်းပြပြီး လက်မှတ်ထိုးမည်။',
  },
  {
    language: 'my',
    risky: false,
    text: 'မန္တလေးရှိ ကွန်ပျူတာ သင်တန်းကျောင်းတွင် ဆရာ/ဆရာမ လိုအပ်သည်။ လစာ ကျပ် ၄၀၀၀၀၀ မှ ၆၀၀၀၀၀။ CV ကို အီးမေးလ်ဖြင့် ပို့ပါ။',
  },
  {
    language: 'my',
    risky: false,
    text: 'ထိုင်း MOU စနစ်ဖြင့် စက်ရုံအလုပ်သမား ခေါ်ယူသည်။ တရားဝင် အလုပ်အကိုင်အေဂျင်စီ ဖြစ်သည်။ ပတ်စပို့ကို ကိုယ်တိုင် ကိုင်ထားရမည်။ လစာကို လစဉ် ဘဏ်အကောင့်ထဲ ထည့်ပေးသည်။',
  },
  {
    language: 'my',
    risky: false,
    encoding: 'zawgyi',
    text: 'စူပါမားကတ္ အေရာင္းဝန္ထမ္း လိုအပ္သည္။ အေတြ့အျကုံ မလိုပါ၊ သင္ေပးမည္။ ေန့လယ္စာ အခမဲ့ ေက်ြးသည္။ ဆိုင္သို့ ကိုယ္တိုင္ လာေလ်ွာက္ပါ။',
  },
  // Khmer — risky
  {
    language: 'km',
    risky: true,
    text: 'ក្រុមហ៊ុនអនឡាញនៅបាវិត ត្រូវការបុគ្គលិកឆាតជាមួយអតិថិជន បើកលុយ ១២០០ ដុល្លារ អត់មានបទពិសោធន៍ក៏បាន ស្នាក់នៅ និងអាហារឥតគិតថ្លៃ ទាក់ទងតាម Telegram តែប៉ុណ្ណោះ',
  },
  {
    language: 'km',
    risky: true,
    text: 'ត្រូវការនារីអាយុ ១៨ ដល់ ២៥ ឆ្នាំ រូបរាងស្អាត ធ្វើការនៅខារ៉ាអូខេ ប្រាក់ចំណូលខ្ពស់ ផ្ញើរូបថតតាម WhatsApp ចេញដំណើរភ្លាមៗ',
  },
  {
    language: 'km',
    risky: true,
    text: 'ការងារសំណង់នៅប្រទេសថៃ មិនបាច់បង់លុយមុន ថ្លៃធ្វើដំណើរកាត់ពីប្រាក់ខែ មេការរក្សាលិខិតឆ្លងដែនទុក ប្រាក់ខែបើកឲ្យនៅចុងកិច្ចសន្យា',
  },
  {
    language: 'km',
    risky: true,
    text: 'ត្រូវការអ្នកវាយអក្សរនៅក្រុងព្រះសីហនុ ប្រាក់ខែ ៨០០ ដុល្លារ មិនចាំបាច់មានសញ្ញាបត្រ ក្រុមហ៊ុនរក្សាទុកអត្តសញ្ញាណប័ណ្ណរបស់បុគ្គលិក ឈប់មុនកិច្ចសន្យាត្រូវសងប្រាក់ពិន័យ',
  },
  // Khmer — legitimate
  {
    language: 'km',
    risky: false,
    text: 'រោងចក្រកាត់ដេរនៅភ្នំពេញ ជ្រើសរើសកម្មករ ប្រាក់ខែតាមច្បាប់ មានឡានដឹកកម្មករឥតគិតថ្លៃពីខេត្តកំពង់ស្ពឺ មិនយកថ្លៃសេវាជ្រើសរើស',
  },
  {
    language: 'km',
    risky: false,
    text: 'ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ ប្រកាសជ្រើសរើសពលករទៅធ្វើការនៅប្រទេសកូរ៉េ តាមកម្មវិធី EPS បេក្ខជនត្រូវប្រឡងភាសាកូរ៉េ ចុះឈ្មោះនៅមជ្ឈមណ្ឌលផ្លូវការ',
  },
  {
    language: 'km',
    risky: false,
    text: 'ក្រុមហ៊ុនជ្រើសរើសពលករដែលមានអាជ្ញាប័ណ្ណ បញ្ជូនកម្មករទៅម៉ាឡេស៊ីតាមកិច្ចព្រមព្រៀង MoU កិច្ចសន្យាជាភាសាខ្មែរ កម្មករកាន់លិខិតឆ្លងដែនដោយខ្លួនឯង',
  },
  {
    language: 'km',
    risky: false,
    text: 'ហាងកាហ្វេនៅសៀមរាប ត្រូវការអ្នកឈរលក់ ហាងបង្រៀនការងារឲ្យ ប្រាក់ខែ ២២០ ដុល្លារ សូមទាក់ទងតាម Telegram របស់ហាង',
  },
];

/** Code-switched adverts (English mixed with Malay, Indonesian, Vietnamese or Thai). */
export const heldout3Mixed: readonly Heldout3Advert[] = [
  // risky
  {
    language: 'en',
    risky: true,
    text: 'Hiring urgent!! Customer support based in Phnom Penh, salary USD1,500, no exp needed, cuma perlu tahu taip. Flight + hostel sponsor. DM Telegram for details, slot terhad.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Open recruitment marketing online di Kamboja, gaji 20jt, no skill required, visa & tiket ditanggung, berangkat ASAP, contact via WA only.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển sale online làm ở Myanmar, lương 30tr, no experience, bao flight, công ty giữ passport để làm visa, contact Tele.',
  },
  {
    language: 'th',
    risky: true,
    text: 'รับสมัคร Admin ตอบแชท ทำงานที่ Laos SEZ เงินเดือน 30K ไม่ต้องมี exp บินฟรี ติดต่อ Telegram only',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Pekerja untuk construction site di Selangor. Gaji bayar end of contract, boss pegang passport, advance RM2,000 potong gaji. Start esok.',
  },
  // legitimate
  {
    language: 'ms',
    risky: false,
    text: 'Hiring part-time barista kat Subang, RM10/jam, takde experience pun okay kami train, free staff meal. WhatsApp manager untuk interview.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Lowongan Data Analyst di Bandung, onsite, gaji 8-12jt, pengalaman 2 tahun SQL, no fees charged selama proses rekrutmen, apply lewat website perusahaan.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển Operator sản xuất tại KCN VSIP Bình Dương, lương 8tr + OT, free shuttle bus và canteen, đến thẳng phòng bảo vệ để được hướng dẫn.',
  },
  {
    language: 'th',
    risky: false,
    text: 'รับสมัคร Software Developer ไปทำงานที่ Singapore ผ่าน agency ที่มี license บริษัทสนับสนุน Employment Pass และจ่ายค่า relocation ไม่มีค่าธรรมเนียมใดๆ',
  },
  {
    language: 'en',
    risky: false,
    text: 'Kitchen crew for an international cruise line, recruited via P3MI berizin. Medical and training costs covered by the employer under MLC 2006, contract signed di Disnaker before departure.',
  },
];
