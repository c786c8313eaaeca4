import type { HandwrittenAdvert } from './handwritten.ts';

/**
 * Hand-written adverts in English, Malay, Indonesian and Vietnamese, worded apart from the
 * generator's phrase banks: risky ones as they appear on social media, legitimate ones including
 * the hard cases (licensed overseas recruitment, government schemes, well-paid skilled jobs,
 * employer-paid travel, local customer service).
 */
export const handwrittenLatin: readonly HandwrittenAdvert[] = [
  // English — risky
  {
    language: 'en',
    risky: true,
    text: 'Looking for 10 people to work as customer support for an online platform in Sihanoukville. Salary $1,000-1,500 + commission. No experience, we train you. Flight, visa and hotel paid. Message me on Telegram @kelly_hr_asia',
  },
  {
    language: 'en',
    risky: true,
    text: 'Easy job!! Just chat with clients online and earn big money. Company in Cambodia. Age 20-30. Free accommodation. DM me now, slots are limited.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Typist needed abroad. Only need to know basic typing. Monthly income 1200 USD. Leave within one week, all costs covered. WhatsApp +855 88 765 4321',
  },
  {
    language: 'en',
    risky: true,
    text: 'Overseas marketing job at a big investment company in Myawaddy. High salary, bonus every month. Tourist visa is enough, we arrange everything at the border.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Hiring game testers for an international gaming company in Laos. Salary up to $2500. No degree needed. You pay only $300 processing fee, refundable after 3 months.',
  },
  {
    language: 'en',
    risky: true,
    text: 'URGENT: female receptionists for a hotel casino. Must be pretty, age 18-25. Free flight, free food and room. Contact by WhatsApp only.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Work from a beautiful office near the Thai border. Tasks: promote crypto to foreigners online. Good English = $1800/month. Passport kept by HR for visa processing. Telegram t.me/asia_jobs_hr',
  },
  {
    language: 'en',
    risky: true,
    text: 'Need staff for online sales team in Poipet. No experience OK. Food, room and transport free. Start immediately, inbox me.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Data entry clerks wanted in Bavet. Light work, high income, paid in USD. Ticket is free, visa is free. Contract 6 months, pay compensation if you quit early.',
  },
  {
    language: 'en',
    risky: true,
    text: 'Remote-style job abroad, company name revealed at interview. Earn more than 2000 dollars monthly. No skills needed. Reply on Telegram for quick departure.',
  },
  // English — legitimate
  {
    language: 'en',
    risky: false,
    text: 'Shell Malaysia is recruiting a Senior Process Engineer in Miri, Sarawak. Requirements: degree in chemical engineering, at least 8 years in upstream operations. Competitive salary and benefits. Apply via our careers site.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Offshore rig electrician, 28/28 rotation, USD 9,500 per month. Must hold valid BOSIET and 5 years offshore experience. Apply with CV to recruitment@drillco.com.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Licensed agency (DMW licence no. 123-LB-0321) hiring caregivers for Japan under the Specified Skilled Worker program. Employer pays airfare and visa. No placement fee charged to workers. Training at our Manila office.',
  },
  {
    language: 'en',
    risky: false,
    text: 'EPS-TOPIK 2026: workers for manufacturing in Korea through the government Employment Permit System. Register only at the Ministry of Labour office. Beware of brokers asking for money.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Customer service executive for our Kuala Lumpur contact centre. SPM or diploma, good English and Malay. Salary RM 2,800 plus allowances, EPF and SOCSO. Walk-in interview at Menara Telekom, Monday to Friday.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Part-time barista needed at our cafe in Bangsar. Flexible hours, RM 10 per hour, free meals during shift. Send a message on WhatsApp to arrange an interview at the cafe.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Software engineer (backend, Go) in Singapore. 4+ years experience, SGD 7,000-9,000 per month. Relocation package, flight and first month housing covered. Apply on LinkedIn.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Plantation workers needed in Sabah. Salary RM 1,700 minimum wage plus harvest bonus. Free housing with water and electricity. Recruitment by licensed private employment agency, JTKSM licence 0456.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Hotel front desk agent at Hilton Penang. Experience in hospitality preferred, diploma in hotel management. Salary RM 2,500 + service charge. Apply through the Hilton careers portal.',
  },
  {
    language: 'en',
    risky: false,
    text: 'Registered nurses for the UK NHS. Minimum 2 years post-registration experience, IELTS 7. Flights, visa and NMC fees paid by the trust. Recruitment under the government agreement; no fees to candidates.',
  },
  // Malay — risky
  {
    language: 'ms',
    risky: true,
    text: 'Kerja admin online di Kemboja, gaji RM9,000 sebulan. Tak perlu pengalaman, hanya tahu guna telefon. Tiket dan visa ditanggung. PM saya segera.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Jawatan kosong luar negara! Khidmat pelanggan untuk syarikat pelaburan. Gaji lumayan + komisen. Penginapan percuma. Hubungi Telegram @kerjaluar_my',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Pelayan kasino diperlukan di Poipet. Perempuan umur 18-28, rupa menarik. Semua kos perjalanan ditanggung, bertolak minggu depan.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Peluang kerja senang di Myanmar, buat pemasaran dalam talian sahaja. Gaji USD 1,500. Guna visa pelancong, kami uruskan sempadan. Wasap kami sekarang.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Kerja menaip dari pejabat di Laos. Pendapatan tinggi. Bayar yuran pemprosesan RM800 dahulu, dipulangkan selepas gaji pertama.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Pusat panggilan di Sihanoukville perlukan 20 orang. Tiada kelayakan diperlukan. Makan, tempat tinggal percuma. Pasport disimpan oleh majikan untuk urusan permit.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Cari staf digital marketing di Kemboja, gaji sehingga RM12,000. Proses pantas, terbang dalam 3 hari. Mesej terus di WhatsApp.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Syarikat besar di luar negara cari pekerja muda. Kerja ringan, duit besar. Tiada kos langsung untuk anda. Hubungi ejen di Telegram.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Tawaran kerja penguji permainan di Segi Tiga Emas. Gaji dolar. Tiada pengalaman pun boleh. Denda RM20,000 jika berhenti sebelum kontrak tamat.',
  },
  {
    language: 'ms',
    risky: true,
    text: 'Kerja online di Myawaddy, gaji RM7k sebulan. Tiket percuma, penginapan disediakan. Segera, tempat terhad!',
  },
  // Malay — legitimate
  {
    language: 'ms',
    risky: false,
    text: 'Petronas Carigali mencari Jurutera Penggerudian di Kemaman. Ijazah kejuruteraan dan sekurang-kurangnya 6 tahun pengalaman luar pesisir. Gaji dan faedah kompetitif. Mohon melalui laman kerjaya Petronas.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Eksekutif khidmat pelanggan di Cyberjaya. Kelayakan diploma, fasih Bahasa Melayu dan Inggeris. Gaji RM2,600 + elaun syif, KWSP dan PERKESO. Temu duga di pejabat kami.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Program EPS Korea untuk rakyat Malaysia melalui kerajaan ke kerajaan. Pendaftaran hanya di Jabatan Tenaga Kerja. Tiada ejen, tiada yuran tambahan.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Operator pengeluaran di kilang elektronik Bayan Lepas. Lulus SPM, boleh bekerja syif. Gaji asas RM1,800, bas kilang dan asrama disediakan. Hubungi HR di talian pejabat 04-6431234.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Agensi pekerjaan swasta berlesen (lesen JTKSM 789) mengambil tukang kimpal untuk Jepun di bawah skim SSW. Majikan membayar tiket kapal terbang. Perlu sijil kemahiran dan 3 tahun pengalaman.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Pembantu kedai runcit di Kota Bharu. Gaji RM1,700, cuti mingguan. Datang terus ke kedai untuk temu duga.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Jururawat berdaftar untuk hospital swasta di Johor Bahru. Lesen LJM sah, pengalaman 2 tahun. Gaji RM4,000-5,500. Hantar resume ke hr@hospitaljb.com.my.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Pensyarah kanan kejuruteraan di universiti awam. Kelayakan PhD. Gaji mengikut skim perkhidmatan awam. Permohonan melalui portal SPA.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Jawatan kosong segera: pemandu lori kelas E di Klang. Lesen GDL, gaji RM3,000 + elaun perjalanan. WhatsApp pengurus kami untuk butiran, pejabat di Jalan Kapar.',
  },
  {
    language: 'ms',
    risky: false,
    text: 'Jurutera perisian kanan di Kuala Lumpur, gaji RM15,000 sebulan. Minimum 8 tahun pengalaman dan ijazah sains komputer. Mohon melalui LinkedIn.',
  },
  // Indonesian — risky
  {
    language: 'id',
    risky: true,
    text: 'Dicari admin CS untuk perusahaan online di Kamboja. Gaji 20 juta/bulan, tanpa pengalaman. Tiket pesawat dan paspor ditanggung. Minat? WA kak Rina 0813xxxx',
  },
  {
    language: 'id',
    risky: true,
    text: 'Loker luar negeri kerja santai gaji dolar! Cukup bisa main HP dan ngetik. Berangkat pakai visa wisata, semua diurus. DM sekarang kuota terbatas.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Dibutuhkan operator game di Myanmar. Penghasilan menggiurkan sampai 25 jt. Mess dan makan gratis. Biaya administrasi Rp 3.500.000 dibayar di muka.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan marketing kripto di Laos, perusahaan besar luar negeri. Usia 18-30, penampilan menarik. Langsung berangkat, hubungi Telegram @loker_asia.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Kerja di Sihanoukville jadi customer service. Gak perlu pengalaman, gaji USD 1.000 + bonus. Gratis tiket, gratis visa. Segera berangkat minggu ini.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Dicari wanita muda untuk resepsionis hotel kasino di Poipet. Gaji tinggi, tempat tinggal disediakan. Chat admin langsung.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Kerja jadi admin chat di perbatasan Thailand-Myanmar. Paspor disimpan perusahaan selama kontrak. Denda jika kabur. Gaji 15 juta.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Lowongan ngetik data di luar negeri, semua lulusan bisa. Gaji fantastis. Tanpa biaya, tanpa potongan. Proses kilat, hubungi WhatsApp.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Butuh cepat 30 orang telemarketing di Kamboja. Gaji Rp 18.000.000. Akomodasi gratis. Uang jaminan 2 juta, nanti dikembalikan.',
  },
  {
    language: 'id',
    risky: true,
    text: 'Peluang emas! Kerja online di Myawaddy, penghasilan jutaan per minggu. Tidak perlu visa kerja, lewat jalur darat. Inbox admin.',
  },
  // Indonesian — legitimate
  {
    language: 'id',
    risky: false,
    text: 'PT Pertamina Hulu Energi membuka lowongan Drilling Engineer. Minimal S1 Teknik Perminyakan, pengalaman 5 tahun. Gaji kompetitif. Lamar melalui situs rekrutmen resmi Pertamina.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Program G to G Korea (EPS-TOPIK) oleh BP2MI. Pendaftaran gratis melalui SISKOP2MI. Waspada calo yang meminta uang.',
  },
  {
    language: 'id',
    risky: false,
    text: 'P3MI resmi (izin Kemnaker No. 45/2022) merekrut caregiver ke Jepang program SSW. Biaya tiket dan visa ditanggung pemberi kerja. Syarat: sertifikat caregiver dan JLPT N4.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dibutuhkan customer service bank di Jakarta Selatan. Pendidikan D3/S1, usia maksimal 27 tahun, berpenampilan rapi. Gaji UMR + tunjangan, BPJS. Kirim CV ke email rekrutmen.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Lowongan operator produksi PT Astra Honda Motor di Cikarang. Lulusan SMK, sehat jasmani. Gaji sesuai UMK Bekasi, lembur dibayar. Daftar lewat Karirhub.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Dicari tukang masak untuk warung makan di Yogyakarta. Gaji Rp 2.500.000 + makan siang. Hubungi WA pemilik warung, alamat Jl. Malioboro 12.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Perawat untuk rumah sakit di Arab Saudi melalui program resmi pemerintah. Wajib STR aktif dan pengalaman minimal 2 tahun. Orientasi pra pemberangkatan di BP3MI.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Senior data scientist, remote untuk startup di Jakarta. Gaji Rp 35.000.000 per bulan. Pengalaman minimal 5 tahun machine learning. Lamar di LinkedIn.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Guru bahasa Inggris untuk sekolah swasta di Surabaya. S1 Pendidikan Bahasa Inggris, sertifikat TOEFL. Gaji Rp 5.000.000. Lamaran ke kantor yayasan.',
  },
  {
    language: 'id',
    risky: false,
    text: 'Pengemudi ojek online, penghasilan tergantung jumlah order. Daftar resmi lewat aplikasi dan kantor Gojek terdekat, bawa SIM C dan STNK.',
  },
  // Vietnamese — risky
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển 20 bạn làm CSKH tại Campuchia, lương 25-40 triệu, không cần kinh nghiệm, bao ăn ở, bao vé. Liên hệ Telegram @hr_vn88',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Việc nhẹ lương cao cho các bạn trẻ, chỉ cần biết dùng điện thoại. Làm việc ở Bavet, đi ngay trong tuần. Ib mình nhé.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Công ty nước ngoài cần nhân viên marketing online tại Myanmar. Thu nhập 1500 đô/tháng. Đi bằng visa du lịch, công ty lo hết.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển nữ tiếp tân casino ở Poipet, tuổi 18-25, ngoại hình ưa nhìn. Lương cao, miễn phí chỗ ở. Nhắn Zalo để phỏng vấn.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần người trực page cho công ty game ở Lào, thu nhập khủng. Phí hồ sơ 3 triệu nộp trước. Xuất cảnh nhanh trong 5 ngày.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Việc làm nước ngoài dành cho người không có bằng cấp: nhập liệu, đánh máy. Lương 30 triệu. Hộ chiếu do công ty giữ để làm giấy phép.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Tuyển gấp nhân viên tư vấn tiền điện tử, làm tại Sihanoukville. Không mất đồng nào, công ty chi trả toàn bộ. Số lượng có hạn.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Làm online chat với khách nước ngoài ở Tam giác vàng, lương nghìn đô. Nghỉ trước hạn hợp đồng phải đền bù 100 triệu.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cơ hội đổi đời! Việc nhẹ ở Campuchia, ăn ở miễn phí, qua biên giới bằng đường tắt, không cần hộ chiếu. Inbox ngay.',
  },
  {
    language: 'vi',
    risky: true,
    text: 'Cần 10 bạn đánh máy văn bản ở Myanmar, thu nhập từ 20 triệu, không yêu cầu kinh nghiệm. Liên hệ tele để biết thêm.',
  },
  // Vietnamese — legitimate
  {
    language: 'vi',
    risky: false,
    text: 'Công ty TNHH Bosch Việt Nam tuyển Kỹ sư tự động hóa tại Đồng Nai. Tốt nghiệp đại học chuyên ngành điện, ít nhất 3 năm kinh nghiệm. Lương cạnh tranh. Nộp CV qua website công ty.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Trung tâm Lao động ngoài nước thông báo tuyển lao động đi Hàn Quốc theo Chương trình EPS năm 2026. Người lao động đăng ký tại Sở Lao động, không qua môi giới.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Doanh nghiệp được Bộ Lao động cấp phép tuyển điều dưỡng đi Nhật theo chương trình kỹ năng đặc định. Chủ sử dụng chi trả vé máy bay. Yêu cầu tiếng Nhật N4.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển nhân viên chăm sóc khách hàng tổng đài tại Hà Nội. Tốt nghiệp cao đẳng trở lên, giọng nói chuẩn. Lương 8-10 triệu, đóng BHXH. Phỏng vấn tại văn phòng Cầu Giấy.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Quán phở cần tuyển phụ bếp, lương 7 triệu, bao ăn trưa. Liên hệ trực tiếp tại quán số 15 Lý Thường Kiệt hoặc gọi Zalo chủ quán.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Tuyển Trưởng phòng tài chính, lương 60-80 triệu. Yêu cầu bằng đại học, chứng chỉ ACCA, tối thiểu 8 năm kinh nghiệm. Gửi hồ sơ về email tuyendung@tapdoan.vn.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Công nhân may tại KCN Tân Tạo. Không yêu cầu kinh nghiệm, được đào tạo nghề. Lương 7,5 triệu + chuyên cần, có xe đưa đón. Nộp hồ sơ tại phòng nhân sự.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Lập trình viên Java làm việc tại Singapore, lương 6.000 SGD. 5 năm kinh nghiệm. Công ty hỗ trợ vé máy bay và nhà ở tháng đầu. Ứng tuyển qua LinkedIn.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Thông báo tuyển thực tập sinh kỹ năng đi Nhật ngành chế biến thực phẩm, đơn vị có giấy phép hoạt động dịch vụ số 234/LĐTBXH-GP. Học tiếng Nhật 6 tháng trước khi xuất cảnh.',
  },
  {
    language: 'vi',
    risky: false,
    text: 'Giáo viên tiếng Anh cho trung tâm tại Đà Nẵng, bằng cử nhân và chứng chỉ TESOL. Lương 25 triệu/tháng. Phỏng vấn trực tiếp tại trung tâm.',
  },
];
