/**
 * The name stocks of the sixth held-out set (decision 0206), written blind: from general knowledge
 * of how people in the five countries are named, not from the project's name rules or generators.
 * Each stock is a list of `[value, weight]`; weights follow the names' rough real shares (Nguyễn
 * near 40 % of Vietnamese, Văn/Thị as most men's and women's middle names, Muhammad and Siti
 * leading Malay names), so that namesakes arise as often as a register of such persons holds them.
 */
export type Stock = readonly (readonly [string, number])[];

/** Vietnamese family names, with diacritics, at about their shares of the population. */
// biome-ignore format: a table of names and weights
export const vietFamily: Stock = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2],
  ['Phan', 4.5], ['Vũ', 2], ['Võ', 2], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3],
  ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trương', 0.8], ['Lâm', 0.5],
  ['Mai', 0.4], ['Đoàn', 0.5], ['Cao', 0.4], ['Lương', 0.4], ['Tạ', 0.3], ['Hà', 0.4],
  ['Quách', 0.2],
];
// biome-ignore format: a table of names and weights
export const vietMiddleMale: Stock = [
  ['Văn', 50], ['Đức', 8], ['Minh', 8], ['Hữu', 6], ['Công', 5], ['Quang', 5], ['Thanh', 4],
  ['Xuân', 3], ['Ngọc', 3], ['Đình', 4], ['Tiến', 2], ['Duy', 2],
];
// biome-ignore format: a table of names and weights
export const vietMiddleFemale: Stock = [
  ['Thị', 65], ['Ngọc', 7], ['Thu', 5], ['Thanh', 5], ['Kim', 4], ['Mỹ', 3], ['Thùy', 3],
  ['Bích', 2], ['Hồng', 3], ['Phương', 2],
];
// biome-ignore format: a table of names and weights
export const vietGivenMale: Stock = [
  ['Anh', 5], ['Hùng', 5], ['Dũng', 5], ['Tuấn', 5], ['Minh', 4], ['Nam', 5], ['Hải', 4],
  ['Long', 4], ['Phong', 2], ['Quân', 2], ['Sơn', 4], ['Thắng', 3], ['Trung', 3], ['Cường', 3],
  ['Hiếu', 2], ['Huy', 3], ['Khoa', 1], ['Tùng', 2], ['Đức', 3], ['Bình', 3], ['Tâm', 2],
  ['Phúc', 2], ['Thành', 3], ['Việt', 2], ['Hoàng', 2], ['Lợi', 1], ['Toàn', 2], ['Vinh', 2],
  ['Tài', 2], ['Hưng', 2], ['Khánh', 1], ['Thịnh', 1], ['Đạt', 2], ['Quý', 1],
];
// biome-ignore format: a table of names and weights
export const vietGivenFemale: Stock = [
  ['Lan', 5], ['Hương', 5], ['Linh', 5], ['Hoa', 4], ['Mai', 4], ['Hằng', 4], ['Ngọc', 3],
  ['Thảo', 4], ['Trang', 5], ['Nhung', 3], ['Hà', 4], ['Huyền', 4], ['Phương', 3], ['Thủy', 4],
  ['Yến', 3], ['Oanh', 2], ['Loan', 2], ['Dung', 3], ['Nga', 3], ['Vân', 2], ['Hạnh', 3],
  ['Thúy', 3], ['Nhi', 2], ['Vy', 2], ['Trinh', 2], ['Tuyết', 2], ['Liên', 2], ['Hồng', 2],
  ['Diệp', 1], ['Xuân', 1], ['Quyên', 1], ['Giang', 2],
];

/** Malay given names: men's often open with Muhammad (or a written short form), women's with Siti or Nur. */
// biome-ignore format: a table of names and weights
export const malayMale: Stock = [
  ['Ahmad', 6], ['Ali', 3], ['Hafiz', 4], ['Faizal', 3], ['Aiman', 3], ['Amir', 3], ['Azlan', 3],
  ['Firdaus', 3], ['Haziq', 3], ['Hakim', 3], ['Ikhwan', 2], ['Izzat', 2], ['Khairul', 4],
  ['Nazri', 2], ['Rizal', 3], ['Syafiq', 3], ['Zulkifli', 3], ['Shahrul', 2], ['Farid', 2],
  ['Ismail', 3], ['Ibrahim', 3], ['Yusof', 3], ['Abdul Rahman', 3], ['Abdullah', 3], ['Hassan', 3],
  ['Hussin', 2], ['Abdul Razak', 2], ['Hairul', 2], ['Fadzli', 2], ['Azman', 3], ['Rosli', 2],
  ['Kamal', 2], ['Aziz', 2], ['Zainal', 2], ['Roslan', 2], ['Nor Azman', 1], ['Danial', 2],
  ['Irfan', 2], ['Luqman', 1], ['Arif', 2], ['Amirul', 2], ['Hazwan', 1],
];
// biome-ignore format: a table of names and weights
export const malayFemale: Stock = [
  ['Aisyah', 4], ['Nur Izzati', 2], ['Nurul Huda', 2], ['Nor Azlina', 2], ['Aminah', 3],
  ['Fatimah', 4], ['Farah', 3], ['Nadia', 3], ['Norhayati', 3], ['Rohani', 2], ['Salmah', 2],
  ['Zainab', 2], ['Zaleha', 2], ['Fatin', 2], ['Syazwani', 2], ['Hidayah', 2], ['Amirah', 3],
  ['Aina', 2], ['Nabilah', 2], ['Rosnah', 2], ['Suraya', 2], ['Hasnah', 1], ['Mariam', 2],
  ['Zarina', 2], ['Azizah', 2], ['Khadijah', 2], ['Faridah', 2], ['Nurhaliza', 1], ['Atiqah', 2],
];
/** Indian Malaysian given names (with a/l, a/p and the father's given name). */
// biome-ignore format: a table of names and weights
export const tamilMale: Stock = [
  ['Muthu', 2], ['Ravi', 3], ['Suresh', 3], ['Kumar', 3], ['Ganesan', 2], ['Raju', 2],
  ['Selvam', 2], ['Arumugam', 2], ['Kannan', 2], ['Murugan', 2], ['Rajendran', 2], ['Siva', 2],
];
// biome-ignore format: a table of names and weights
export const tamilFemale: Stock = [
  ['Devi', 3], ['Letchumi', 2], ['Kavitha', 2], ['Malar', 2], ['Priya', 2], ['Sarasvathi', 2],
  ['Vani', 2], ['Meena', 2], ['Kamala', 2], ['Shanthi', 2],
];

/**
 * Indonesian names: a third single names (Javanese mononyms), the rest a common first element
 * (Sri, Siti, Nur, Dwi, Agus, Budi…) before a second name; Muslim and Javanese stocks mixed.
 */
// biome-ignore format: a table of names and weights
export const indoMononymMale: Stock = [
  ['Sutrisno', 3], ['Slamet', 3], ['Wagiman', 1], ['Suyanto', 3], ['Bambang', 3], ['Supriyadi', 3],
  ['Sumarno', 2], ['Paijo', 1], ['Sukarno', 1], ['Mulyono', 2], ['Sugeng', 2], ['Wahyudi', 3],
  ['Purwanto', 2], ['Haryono', 2], ['Sunarto', 2], ['Suparman', 2], ['Kasiman', 1], ['Tukimin', 1],
  ['Darsono', 1], ['Karyono', 1], ['Ngadimin', 1], ['Sarwono', 1], ['Teguh', 2], ['Asep', 2],
  ['Ujang', 1], ['Dadang', 2], ['Heri', 2], ['Andi', 3], ['Hendra', 3], ['Iwan', 2], ['Yusuf', 2],
];
// biome-ignore format: a table of names and weights
export const indoMononymFemale: Stock = [
  ['Suparmi', 3], ['Sumarni', 3], ['Tukiyem', 1], ['Wartini', 2], ['Suyatmi', 2], ['Sulastri', 3],
  ['Kartini', 2], ['Ningsih', 2], ['Sutinah', 2], ['Painem', 1], ['Sumiati', 2], ['Jumiati', 2],
  ['Sunarsih', 2], ['Rohmah', 2], ['Warsini', 1], ['Kasmini', 1], ['Endang', 2], ['Lilis', 2],
  ['Yanti', 3], ['Rina', 3], ['Tini', 2], ['Eni', 2], ['Ani', 2], ['Sariyem', 1], ['Suwarni', 2],
  ['Parmi', 1], ['Ngatini', 1], ['Rusmini', 1], ['Saminah', 1], ['Mardiyah', 1], ['Nurhayati', 3],
];
// biome-ignore format: a table of names and weights
export const indoFirstMale: Stock = [
  ['Agus', 5], ['Budi', 4], ['Eko', 4], ['Dwi', 3], ['Tri', 3], ['Andi', 3], ['Rudi', 2],
  ['Hendra', 2], ['Muhammad', 6], ['Ahmad', 5], ['Dedi', 2], ['Joko', 2], ['Arief', 2],
  ['Rizky', 2], ['Fajar', 2], ['Adi', 2], ['Bayu', 2], ['Dimas', 1], ['Hadi', 2], ['Imam', 1],
  ['Rahmat', 2], ['Wahyu', 2], ['Yoga', 1], ['Ari', 2], ['Edi', 2], ['Heru', 2], ['Indra', 2],
  ['Sigit', 1],
];
// biome-ignore format: a table of names and weights
export const indoFirstFemale: Stock = [
  ['Sri', 8], ['Siti', 8], ['Nur', 5], ['Dwi', 3], ['Tri', 2], ['Eka', 2], ['Dewi', 4], ['Ayu', 2],
  ['Putri', 2], ['Rina', 2], ['Lina', 1], ['Nining', 1], ['Indah', 2], ['Fitri', 2], ['Ratna', 2],
  ['Yuli', 2], ['Nia', 1], ['Rini', 2], ['Endah', 1], ['Ika', 1], ['Wahyu', 1], ['Tuti', 1],
];
// biome-ignore format: a table of names and weights
export const indoSecondMale: Stock = [
  ['Santoso', 4], ['Setiawan', 4], ['Prasetyo', 4], ['Hidayat', 3], ['Nugroho', 3], ['Saputra', 3],
  ['Gunawan', 2], ['Kurniawan', 3], ['Wibowo', 3], ['Susanto', 2], ['Hermawan', 2],
  ['Firmansyah', 2], ['Pratama', 3], ['Hartono', 2], ['Wijaya', 2], ['Siswanto', 2],
  ['Purnomo', 2], ['Sugiarto', 2], ['Haryanto', 2], ['Setiadi', 1], ['Fauzi', 3], ['Rizki', 2],
  ['Hakim', 1], ['Syahputra', 2], ['Cahyono', 2], ['Ramadhan', 2], ['Maulana', 2],
  ['Hidayatullah', 1], ['Sutrisno', 1], ['Suryadi', 1],
];
// biome-ignore format: a table of names and weights
export const indoSecondFemale: Stock = [
  ['Rahayu', 4], ['Wahyuni', 4], ['Lestari', 4], ['Mulyani', 3], ['Handayani', 3], ['Susanti', 3],
  ['Purwanti', 2], ['Suryani', 2], ['Hartini', 2], ['Sulastri', 1], ['Kurniasih', 2],
  ['Wulandari', 3], ['Astuti', 3], ['Setyowati', 2], ['Yuliana', 2], ['Rahmawati', 3],
  ['Fitriani', 2], ['Anggraini', 2], ['Puspitasari', 2], ['Aminah', 2], ['Hidayah', 2],
  ['Khotijah', 1], ['Nurhaliza', 1], ['Aisyah', 2], ['Ningsih', 2], ['Yanti', 2], ['Utami', 2],
  ['Safitri', 2], ['Pratiwi', 2], ['Maryam', 1],
];

/** Burmese name syllables: names are 1–4 of them, no family name. */
// biome-ignore format: a table of names and weights
export const burmeseMale: Stock = [
  ['Aung', 8], ['Kyaw', 8], ['Zaw', 5], ['Min', 6], ['Htun', 5], ['Win', 5], ['Myint', 4],
  ['Soe', 5], ['Thein', 3], ['Thant', 2], ['Naing', 4], ['Hlaing', 3], ['Maung', 3], ['Oo', 3],
  ['Lwin', 3], ['Myo', 4], ['Thet', 2], ['Hein', 3], ['Htet', 3], ['Phyo', 3], ['Nyi', 2],
  ['Ye', 2], ['Zin', 1], ['Moe', 2], ['Thu', 2], ['Wai', 2], ['Yan', 2], ['Ko', 2], ['Nay', 2],
  ['Tin', 2], ['Than', 2], ['Sein', 1], ['Khaing', 1], ['Lin', 3], ['Paing', 1], ['Kyi', 1],
];
// biome-ignore format: a table of names and weights
export const burmeseFemale: Stock = [
  ['Khin', 6], ['Su', 4], ['Thandar', 2], ['Hnin', 4], ['Ei', 4], ['Phyu', 3], ['Mya', 3],
  ['Nwe', 3], ['Aye', 5], ['Yin', 3], ['May', 3], ['Thida', 2], ['Cho', 2], ['San', 4],
  ['Sandar', 2], ['Wai', 2], ['Yu', 2], ['Hla', 2], ['Thin', 2], ['Nu', 2], ['Ni', 2], ['Zar', 2],
  ['Mon', 2], ['Khaing', 2], ['Htay', 2], ['Myat', 2], ['Pwint', 1], ['Thu', 2], ['Moe', 3],
  ['Zin', 2], ['Lay', 2], ['Mar', 2], ['Kyi', 2], ['Myo', 2], ['Win', 3], ['Htwe', 2],
];

/** Khmer family names (written first) and given names. */
// biome-ignore format: a table of names and weights
export const khmerFamily: Stock = [
  ['Sok', 8], ['Chan', 5], ['Kim', 4], ['Heng', 4], ['Ly', 4], ['Chea', 5], ['Meas', 3],
  ['Keo', 4], ['Phan', 2], ['Sam', 3], ['Seng', 3], ['Nhem', 1], ['Pov', 1], ['Mao', 2],
  ['Touch', 2], ['Oum', 2], ['Prak', 2], ['Hun', 2], ['Long', 2], ['Yim', 2], ['Chhun', 2],
  ['Kong', 2], ['Mom', 1], ['Ros', 2], ['Tep', 2], ['Sao', 2], ['Sorn', 1], ['Pich', 1],
  ['Chhay', 2], ['Khiev', 1], ['Nuon', 1], ['Srun', 1],
];
// biome-ignore format: a table of names and weights
export const khmerMale: Stock = [
  ['Dara', 4], ['Sokha', 4], ['Vuthy', 3], ['Rithy', 3], ['Sophal', 3], ['Vannak', 3],
  ['Sopheak', 2], ['Piseth', 3], ['Samnang', 3], ['Visal', 2], ['Bunthoeun', 2], ['Sambath', 3],
  ['Kosal', 2], ['Rotha', 2], ['Sovann', 2], ['Phirum', 2], ['Chamroeun', 2], ['Sokhom', 2],
  ['Bora', 3], ['Vichet', 2], ['Sarath', 2], ['Chantha', 2], ['Pheap', 1], ['Thy', 2],
  ['Vanna', 2],
];
// biome-ignore format: a table of names and weights
export const khmerFemale: Stock = [
  ['Sreymom', 3], ['Sophea', 4], ['Channary', 3], ['Bopha', 3], ['Sokunthea', 2], ['Srey Leak', 2],
  ['Sreypov', 3], ['Chanthou', 2], ['Dalin', 2], ['Kunthea', 2], ['Sreyneang', 2], ['Thida', 2],
  ['Sophany', 2], ['Raksmey', 2], ['Leakhena', 2], ['Malis', 2], ['Sothea', 2], ['Pisey', 2],
  ['Sreyka', 2], ['Chenda', 3], ['Sokha', 2], ['Navy', 2], ['Srey Neth', 1], ['Kanha', 2],
];
