import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Held-out adverts in English, Malay, Indonesian and Vietnamese, written on 2026-12-01 by someone
 * who had not read the red-flag rules, the phrase banks or the model's features: never used to
 * tune anything. Risky ones avoid the textbook words where a real recruiter would (an "SEZ", a
 * "relationship manager", pay in USDT, costs "repaid from wages"); legitimate ones include the
 * hard cases (urgent local factory jobs with free hostels and WhatsApp, licensed overseas
 * recruitment, government schemes, employer-paid relocation of skilled staff). One Vietnamese
 * advert is typed without diacritics, as on social media.
 */
export const heldoutLatin: readonly HandwrittenAdvert[] = [
  // English — risky
  {
    language: 'en',
    risky: true,
    text: "Our partner firm in the Golden Triangle SEZ is onboarding bilingual 'relationship managers' (Mandarin or English). 18k THB base + performance. Air ticket reimbursed on arrival. Interview is a short voice call on Line. Start date ASAP.",
  },
  {
    language: 'en',
    risky: true,
    text: 'Work from a modern office tower by the river in Bavet. We need people who can use a smartphone and talk to foreigners online. 1,300 USD/month, meals included, dorm on site. Bring only your ID, our driver will pick you up at the checkpoint.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Fishing crew wanted, 2-year contract on a deep-sea vessel. No papers needed. Advance pay given to your family before departure, repaid from wages. Apply in person at the jetty, we leave Friday.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Live-in helper for a family in the Gulf. Zero placement cost to you! Agency fee deducted monthly from salary for the first 8 months. Employer will hold your documents during the contract.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Models/hostesses for private events in Dubai, 21-27 yrs, slim, height 165+. Send 3 full-body photos. Tickets, visa and hotel on us. Earn 5000 USD in a month.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Crypto support role with relocation to the Myanmar-Thailand border area, company housing provided. Pay in USDT. You must commit 6 months; early leavers pay back travel and training costs.',
  },
  // English — legitimate
  {
    language: 'en',
    risky: false,
    text: 'Registered Nurse (ICU), Singapore public hospital cluster. SGD 4,200-5,800 depending on experience. SNB registration required. Relocation allowance and airfare provided by the employer. Apply through the official careers portal.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Licensed recruitment agency (DMW licence number shown on our website) hiring welders for an Australian shipyard under the 482 visa. Trade test required. We charge no placement fee; the employer covers visa and flights.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Call centre agents, Cyberjaya office. RM 3,000 + shift allowance, EPF and SOCSO. Fresh graduates welcome, English and Japanese speakers preferred. Walk-in interview at our HQ on Saturday.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Backend software engineer, Bangkok. 120,000-160,000 THB/month. BOI-promoted company arranges the work permit and visa. 5+ years of Go or Java required.',
  },
  {
    language: 'en',
    risky: false,
    text: "Seasonal fruit pickers for New Zealand under the RSE scheme, through the national labour department. Selection by district office; airfare shared as the scheme's rules say; contract signed before departure.",
  },
  {
    language: 'en',
    risky: false,
    text: 'Factory operators needed urgently in Penang. No experience needed, training provided. Free hostel and transport. RM 1,700 basic + OT. Call HR or WhatsApp us for an appointment.',
  },
  // Malay — risky
  {
    language: 'ms',
    risky: true,
    text: 'Kerja admin online di Kemboja, gaji RM6,000 sebulan. Tak perlu pengalaman, boleh bahasa Inggeris sikit pun ok. Tiket flight kami tanggung. PM cepat, tempat terhad!',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Peluang kerja di Thailand, jaga kedai dan layan pelanggan online. Umur 18-28 sahaja, rupa menarik. Makan tidur free. Pergi dalam minggu ni. Hubungi Telegram saja.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Syarikat perlukan pekerja ladang. Pasport majikan simpan untuk keselamatan. Gaji dibayar setiap 3 bulan. Bayaran pendahuluan RM500 untuk urusan permit.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Job taip data dari luar negara. Pendapatan USD 1,500. Syarat: ada pasport sahaja, visa pelancong cukup. Semua kos ditanggung, potong gaji kemudian.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Cari 5 orang untuk kerja kilang di Jepun, gaji RM8k. Yuran proses RM3,500 bayar dulu, visa siap dalam 2 minggu. Tak perlu lulus ujian bahasa.',
  },
  {
    language: 'ms',
    risky: true,
    text: "Kerja di kasino Poipet sebagai 'customer service'. Elaun besar, bonus. Kami jemput di sempadan. Jangan beritahu keluarga dulu sampai sana.",
  },
  // Malay — legitimate
  {
    language: 'ms',
    risky: false,
    text: 'Jururawat terlatih untuk hospital di Arab Saudi melalui agensi pekerjaan berlesen JTKSM. Gaji SAR 7,000, tiket dan penginapan ditanggung majikan. Temuduga di pejabat agensi di Kuala Lumpur.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Kerani akaun, Shah Alam. Gaji RM2,500 - RM3,000, KWSP & PERKESO. Diploma perakaunan. Mohon melalui JobStreet.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Operator pengeluaran segera! Tiada pengalaman diperlukan, latihan disediakan. Asrama dan bas percuma. Gaji asas RM1,700 + OT. WhatsApp HR untuk temuduga di kilang Senai.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Jurutera elektrik, Brunei. BND 4,500 sebulan. Majikan uruskan permit kerja dan tiket penerbangan. Pengalaman 5 tahun, sijil Suruhanjaya Tenaga.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Khidmat pelanggan (pusat panggilan) di Bangsar South. Fasih Bahasa Melayu dan Inggeris. RM2,800 + elaun syif. Latihan 2 minggu dibayar.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Pembantu penjagaan warga emas ke Jepun melalui skim SSW. Agensi berlesen, peperiksaan bahasa Jepun wajib, tiada bayaran tersembunyi, kontrak ditandatangani di hadapan pegawai.',
  },
  // Indonesian — risky
  {
    language: 'id',
    risky: true,
    text: 'Dicari operator chat untuk perusahaan di Kamboja, gaji 15-20 juta per bulan. Tidak perlu pengalaman, cukup bisa mengetik. Tiket pesawat dan visa ditanggung, berangkat minggu depan. Hubungi via Telegram.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan kerja ke Myanmar bidang marketing online. Bonus besar! Berangkat pakai visa turis saja, nanti diurus di sana. Usia maksimal 30 tahun.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Butuh ABK kapal ikan luar negeri. Tanpa ijazah, tanpa pengalaman. Gaji dibayar di akhir kontrak. Paspor dipegang kapten selama berlayar. Uang saku untuk keluarga dipotong dari gaji.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Kerja jadi LC/pemandu karaoke di Malaysia, wanita 18-25 berpenampilan menarik. Mess gratis, penghasilan puluhan juta. Biaya keberangkatan dipinjami dulu.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Peluang kerja di Taiwan tanpa tes, proses cepat 2 minggu! Biaya administrasi Rp 25 juta, bisa dicicil potong gaji. Hubungi WA sponsor.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Admin game online di Filipina, gaji 1.000 USD. Cukup modal KTP dan paspor, semua diurus. Jangan lewat jalur resmi karena lama.',
  },
  // Indonesian — legitimate
  {
    language: 'id',
    risky: false,
    text: 'Program G to G penempatan PMI ke Korea Selatan (EPS) oleh BP2MI. Wajib lulus ujian EPS-TOPIK. Tidak dipungut biaya penempatan. Daftar hanya melalui situs resmi.',
  },
  {
    language: 'id',
    risky: false,
    text: 'P3MI berizin Kemnaker membuka lowongan perawat lansia (kaigo) ke Jepang, skema SSW. Pelatihan bahasa di LPK, biaya sesuai ketentuan pemerintah, kontrak ditandatangani di Disnaker.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Customer service bank di Jakarta Selatan. Gaji UMR + tunjangan, BPJS. Minimal D3, usia maksimal 27 tahun. Lamar melalui situs karier resmi bank.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dibutuhkan segera operator produksi di Cikarang. Tanpa pengalaman, ada pelatihan. Mess dan makan siang disediakan. Hubungi HRD via WhatsApp untuk jadwal interview.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Insinyur sipil berpengalaman 8 tahun untuk proyek di Qatar. Gaji USD 4.000, tiket dan akomodasi ditanggung perusahaan, visa kerja resmi diurus pemberi kerja.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Guru bahasa Inggris untuk sekolah internasional di Surabaya. Gaji 12-15 juta. Sertifikat TEFL diutamakan.',
  },
  // Vietnamese — risky
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển nhân viên CSKH làm việc tại Campuchia, lương 1.200-1.800 USD, bao ăn ở, không cần kinh nghiệm, chỉ cần biết dùng máy tính cơ bản. Hỗ trợ vé máy bay. Liên hệ Zalo gấp.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Việc nhẹ lương cao ở Myanmar, làm marketing online cho công ty đầu tư. Đi bằng visa du lịch, qua biên giới có người đón. Tuổi 18-30.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển lao động đi Đài Loan không cần thi tuyển, xuất cảnh nhanh 1 tháng. Phí trọn gói 6.000 USD, có thể trừ dần vào lương.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần gấp nữ phục vụ quán karaoke ở Lào, 18-25 tuổi, ngoại hình ưa nhìn. Thu nhập 30 triệu/tháng. Chủ giữ hộ chiếu cho an toàn.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyen gap nhan vien nhap lieu o nuoc ngoai, luong 25 trieu, khong can bang cap, bao ve may bay, lien he telegram de duoc phong van ngay',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Đi làm ngư dân tàu cá viễn dương, không cần giấy tờ, ứng trước tiền cho gia đình, trả lương cuối chuyến.',
  },
  // Vietnamese — legitimate
  {
    language: 'vi',
    risky: false,
    text: 'Trung tâm Lao động ngoài nước thông báo tuyển lao động đi làm việc tại Hàn Quốc theo chương trình EPS. Người lao động phải dự thi tiếng Hàn. Không thu phí môi giới.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Công ty xuất khẩu lao động có giấy phép của Bộ tuyển thực tập sinh kỹ năng đi Nhật Bản ngành cơ khí. Chi phí theo quy định của pháp luật, hợp đồng rõ ràng, học tiếng Nhật 6 tháng tại trung tâm.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển nhân viên chăm sóc khách hàng làm việc tại văn phòng Quận 1, TP.HCM. Lương 9-12 triệu + thưởng, đóng BHXH đầy đủ. Nộp CV qua email công ty.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển gấp công nhân may tại Bình Dương, không cần kinh nghiệm, được đào tạo. Hỗ trợ nhà trọ và xe đưa đón. Liên hệ phòng nhân sự qua Zalo để hẹn phỏng vấn.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Kỹ sư phần mềm đi làm việc tại Nhật Bản, lương 350.000-450.000 yên/tháng. Yêu cầu N3 và 3 năm kinh nghiệm. Công ty Nhật bảo lãnh visa kỹ sư, chi trả vé máy bay.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Giáo viên tiếng Anh tại Hà Nội, lương 25-35 triệu, yêu cầu bằng cử nhân và chứng chỉ TESOL.',
  },
];
