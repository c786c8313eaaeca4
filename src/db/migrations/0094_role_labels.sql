-- Every role's name in the platform's four languages, and its place in lists, beside the role
-- itself: roles are data (a country may add one without a code change), so their labels are too.
-- `GET /api/roles` answers them and the web app shows them; a language without a label falls back
-- to English, then to the code.
alter table role add column labels jsonb not null default '{}'
  check (jsonb_typeof(labels) = 'object');
alter table role add column position smallint not null default 1000;

update role set labels = v.labels::jsonb, position = v.position from (values
  ('frontline_officer', '{"en": "Frontline officer", "ms": "Pegawai barisan hadapan", "id": "Petugas garis depan", "vi": "Cán bộ tuyến đầu"}', 10),
  ('case_manager', '{"en": "Case manager", "ms": "Pengurus kes", "id": "Manajer kasus", "vi": "Cán bộ quản lý hồ sơ"}', 20),
  ('shelter_manager', '{"en": "Shelter manager", "ms": "Pengurus rumah perlindungan", "id": "Pengelola rumah aman", "vi": "Quản lý nhà tạm lánh"}', 30),
  ('health_worker', '{"en": "Health worker", "ms": "Petugas kesihatan", "id": "Tenaga kesehatan", "vi": "Nhân viên y tế"}', 40),
  ('investigator', '{"en": "Investigator", "ms": "Pegawai penyiasat", "id": "Penyidik", "vi": "Điều tra viên"}', 50),
  ('prosecutor', '{"en": "Prosecutor", "ms": "Pendakwa raya", "id": "Jaksa", "vi": "Kiểm sát viên"}', 60),
  ('coordinator', '{"en": "Coordinator", "ms": "Penyelaras", "id": "Koordinator", "vi": "Điều phối viên"}', 70),
  ('trainer', '{"en": "Trainer", "ms": "Jurulatih", "id": "Pelatih", "vi": "Giảng viên"}', 80),
  ('agency_admin', '{"en": "Agency administrator", "ms": "Pentadbir agensi", "id": "Administrator lembaga", "vi": "Quản trị viên cơ quan"}', 90),
  ('auditor', '{"en": "Auditor", "ms": "Juruaudit", "id": "Auditor internal", "vi": "Kiểm toán viên"}', 100),
  ('system_admin', '{"en": "Platform administrator", "ms": "Pentadbir platform", "id": "Administrator platform", "vi": "Quản trị viên hệ thống"}', 110)
) as v (code, labels, position)
where role.code = v.code;
