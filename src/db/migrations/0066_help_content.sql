-- Help and awareness pages of the public portal (issue 10): hotlines per country, victims' rights,
-- warning signs and campaign material, each in en, ms, id and vi. Managed by each country's
-- coordinators (coordination:manage, their own country only); read by the public through the
-- owner's one narrow query, and by every signed-in agency of the country. No victim data.
create table help_content (
  id uuid primary key default gen_random_uuid(),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  topic text not null check (topic in ('hotline', 'rights', 'warning_signs', 'campaign')),
  position integer not null default 0 check (position between 0 and 1000),
  phone text check (phone ~ '^[0-9+ ()-]{2,30}$'),
  -- False until someone has checked the number or the statement with its source.
  confirmed boolean not null default false,
  -- {"en": {"title": …, "body": …}, "ms": …, "id": …, "vi": …}: plain text, never HTML.
  translations jsonb not null check (translations ?& array['en', 'ms', 'id', 'vi']),
  published boolean not null default true,
  updated_by uuid references app_user (id),
  updated_at timestamptz not null default now()
);
create index help_content_country on help_content (country, topic, position);

alter table help_content enable row level security;
grant select, insert, update on help_content to lindung_app;
create policy help_content_read on help_content for select to lindung_app
  using (country = (select lindung_agency_country()));
create policy help_content_add on help_content for insert to lindung_app
  with check (country = (select lindung_agency_country()) and (select lindung_can('coordination:manage'))
    and updated_by = (select lindung_user_id()));
create policy help_content_change on help_content for update to lindung_app
  using (country = (select lindung_agency_country()) and (select lindung_can('coordination:manage')))
  with check (country = (select lindung_agency_country()) and updated_by = (select lindung_user_id()));

-- Demo content. Emergency numbers are the countries' general police lines; the specialised
-- hotlines are recalled, not checked against a source here, so they are marked unconfirmed.
insert into help_content (country, topic, position, phone, confirmed, translations) values
('MY', 'hotline', 1, '999', true, '{
  "en": {"title": "Emergency (police, ambulance)", "body": "Call if someone is in danger now."},
  "ms": {"title": "Kecemasan (polis, ambulans)", "body": "Hubungi jika seseorang dalam bahaya sekarang."},
  "id": {"title": "Darurat (polisi, ambulans)", "body": "Hubungi jika seseorang sedang dalam bahaya."},
  "vi": {"title": "Khẩn cấp (cảnh sát, cứu thương)", "body": "Gọi ngay nếu có người đang gặp nguy hiểm."}}'),
('MY', 'hotline', 2, '15999', false, '{
  "en": {"title": "Talian Kasih (welfare helpline)", "body": "Support for victims of abuse and exploitation, every day."},
  "ms": {"title": "Talian Kasih", "body": "Bantuan untuk mangsa penderaan dan eksploitasi, setiap hari."},
  "id": {"title": "Talian Kasih (layanan bantuan sosial)", "body": "Bantuan bagi korban kekerasan dan eksploitasi, setiap hari."},
  "vi": {"title": "Talian Kasih (đường dây hỗ trợ xã hội)", "body": "Hỗ trợ nạn nhân bị bạo hành và bóc lột, mỗi ngày."}}'),
('ID', 'hotline', 1, '110', true, '{
  "en": {"title": "Police emergency", "body": "Call if someone is in danger now."},
  "ms": {"title": "Kecemasan polis", "body": "Hubungi jika seseorang dalam bahaya sekarang."},
  "id": {"title": "Panggilan darurat polisi", "body": "Hubungi jika seseorang sedang dalam bahaya."},
  "vi": {"title": "Cảnh sát khẩn cấp", "body": "Gọi ngay nếu có người đang gặp nguy hiểm."}}'),
('ID', 'hotline', 2, '129', false, '{
  "en": {"title": "SAPA 129 (women and children)", "body": "Reports of violence against women and children, and trafficking."},
  "ms": {"title": "SAPA 129 (wanita dan kanak-kanak)", "body": "Laporan keganasan terhadap wanita dan kanak-kanak, serta pemerdagangan orang."},
  "id": {"title": "SAPA 129 (perempuan dan anak)", "body": "Pengaduan kekerasan terhadap perempuan dan anak, serta perdagangan orang."},
  "vi": {"title": "SAPA 129 (phụ nữ và trẻ em)", "body": "Tiếp nhận tin báo về bạo lực với phụ nữ, trẻ em và mua bán người."}}'),
('VN', 'hotline', 1, '113', true, '{
  "en": {"title": "Police emergency", "body": "Call if someone is in danger now."},
  "ms": {"title": "Kecemasan polis", "body": "Hubungi jika seseorang dalam bahaya sekarang."},
  "id": {"title": "Panggilan darurat polisi", "body": "Hubungi jika seseorang sedang dalam bahaya."},
  "vi": {"title": "Cảnh sát khẩn cấp", "body": "Gọi ngay nếu có người đang gặp nguy hiểm."}}'),
('VN', 'hotline', 2, '111', false, '{
  "en": {"title": "111 child protection line", "body": "Free national line for children at risk, including trafficking."},
  "ms": {"title": "Talian perlindungan kanak-kanak 111", "body": "Talian percuma kebangsaan untuk kanak-kanak berisiko, termasuk pemerdagangan."},
  "id": {"title": "Layanan perlindungan anak 111", "body": "Layanan nasional gratis untuk anak yang berisiko, termasuk perdagangan orang."},
  "vi": {"title": "Tổng đài bảo vệ trẻ em 111", "body": "Tổng đài quốc gia miễn phí cho trẻ em gặp nguy cơ, kể cả bị mua bán."}}');

insert into help_content (country, topic, position, confirmed, translations)
select c.country, t.topic, t.position, false, t.translations::jsonb
  from (values ('MY'), ('ID'), ('VN')) as c (country)
  cross join (values
('rights', 1, '{
  "en": {"title": "Your rights as a victim", "body": "You can get a safe place to stay, medical care, an interpreter and legal help. You will not be punished for what you were forced to do. Your identity is kept confidential."},
  "ms": {"title": "Hak anda sebagai mangsa", "body": "Anda boleh mendapat tempat tinggal yang selamat, rawatan perubatan, jurubahasa dan bantuan guaman. Anda tidak akan dihukum atas perbuatan yang anda dipaksa lakukan. Identiti anda dirahsiakan."},
  "id": {"title": "Hak Anda sebagai korban", "body": "Anda berhak atas tempat tinggal yang aman, layanan kesehatan, penerjemah, dan bantuan hukum. Anda tidak akan dihukum atas perbuatan yang dipaksakan kepada Anda. Identitas Anda dirahasiakan."},
  "vi": {"title": "Quyền của bạn khi là nạn nhân", "body": "Bạn được bố trí nơi ở an toàn, chăm sóc y tế, phiên dịch và trợ giúp pháp lý. Bạn không bị xử phạt vì những việc bị ép buộc phải làm. Danh tính của bạn được giữ bí mật."}}'),
('warning_signs', 1, '{
  "en": {"title": "Warning signs", "body": "Someone else keeps your passport. You owe a debt you can never pay off. You cannot leave your workplace or contact your family. The job is different from what was promised. You are threatened or watched."},
  "ms": {"title": "Tanda amaran", "body": "Orang lain menyimpan pasport anda. Anda berhutang yang tidak mungkin dilunaskan. Anda tidak boleh keluar dari tempat kerja atau menghubungi keluarga. Kerja berbeza daripada yang dijanjikan. Anda diugut atau diawasi."},
  "id": {"title": "Tanda bahaya", "body": "Paspor Anda dipegang orang lain. Anda berutang yang tidak mungkin lunas. Anda tidak boleh meninggalkan tempat kerja atau menghubungi keluarga. Pekerjaan berbeda dari yang dijanjikan. Anda diancam atau diawasi."},
  "vi": {"title": "Dấu hiệu cảnh báo", "body": "Người khác giữ hộ chiếu của bạn. Bạn mắc một khoản nợ không bao giờ trả hết. Bạn không được rời nơi làm việc hoặc liên lạc với gia đình. Công việc khác với lời hứa. Bạn bị đe dọa hoặc theo dõi."}}'),
('campaign', 1, '{
  "en": {"title": "Think before you go", "body": "Check the agency''s licence, read your contract before you travel, and never hand over your passport. Jobs abroad that pay a lot for no experience are often a trap."},
  "ms": {"title": "Fikir sebelum pergi", "body": "Semak lesen agensi, baca kontrak sebelum berangkat dan jangan sekali-kali serahkan pasport anda. Kerja di luar negara yang bergaji tinggi tanpa pengalaman selalunya perangkap."},
  "id": {"title": "Pikir sebelum berangkat", "body": "Periksa izin agensi, baca kontrak sebelum berangkat, dan jangan pernah menyerahkan paspor Anda. Pekerjaan di luar negeri bergaji tinggi tanpa pengalaman sering kali jebakan."},
  "vi": {"title": "Suy nghĩ kỹ trước khi đi", "body": "Kiểm tra giấy phép của công ty, đọc hợp đồng trước khi đi và không bao giờ giao hộ chiếu cho người khác. Việc làm ở nước ngoài lương cao mà không cần kinh nghiệm thường là cái bẫy."}}')
  ) as t (topic, position, translations);
