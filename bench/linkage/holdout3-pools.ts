/**
 * The third held-out set's name pools, written apart from the project's generators and from
 * the first held-out set (none of them read): real names as Malaysian, Indonesian, Vietnamese,
 * Burmese, Khmer, Thai and Filipino persons carry them. Each entry is one name part with the
 * spellings it is really met in, separated by `|`: the first is the spelling on the person's own
 * papers (for Indonesian names: the modern one; an old spelling follows when one exists), the
 * others are how police, shelters, NGOs and other clerks write it from hearing or habit.
 */

export type Spelled = readonly string[];

const parts = (entries: string): Spelled[] =>
  entries
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => entry.split('|'));

const scriptedPairs = (entries: string) =>
  parts(entries).map(([script, ...latin]) => ({ script: script as string, latin: latin as Spelled }));

/** Malaysian Malay. "Muhammad" and friends are the first part of about half of men's names. */
export const malay = {
  muhammad: ['Muhammad', 'Mohd', 'Muhd', 'Mohamad', 'Mohammad', 'Md', 'Mohamed', 'Muhamad'] as Spelled,
  maleFirst: parts('Ahmad|Ahmed|Ahmat; Abdul Rahim|Abd Rahim|Abdulrahim|A. Rahim; Mohd Nor|Md Nor|Mohd Noor'),
  male: parts(`Hafiz|Hafeez|Haffiz; Faizal|Faisal|Faizel; Azlan|Azlan|Azhlan; Zulkifli|Zulkifly|Zulkefli;
    Khairul Anuar|Khairul Anwar|Khairol Anuar|Khairulanuar; Amirul|Amirol|Amirull; Syafiq|Shafiq|Syafik;
    Haziq|Hazik|Hazziq; Firdaus|Firdous|Firdauz; Ikhwan|Ikhwan|Ikwan; Aiman|Aimann|Ayman; Danial|Daniel|Danniel;
    Irfan|Irfaan|Erfan; Ridzuan|Ridzwan|Ridhuan|Riduan; Hakim|Hakeem|Hakim; Izzat|Izat|Izzad;
    Fadzil|Fadhil|Fazil; Kamarul|Kamarol|Kamarul; Shahrul|Syahrul|Sharul; Nizam|Nizzam|Nizam;
    Azman|Asman|Azman; Safwan|Safuan|Sofwan; Arif|Ariff|Aref; Luqman|Lukman|Luqman; Asyraf|Ashraf|Asraf`),
  femaleFirst: parts('Nur|Noor|Nor|Nurul; Siti|Sity|Ct; Nurul|Nur Ul|Norul'),
  female:
    parts(`Aisyah|Aishah|Aisya|Aisha; Aminah|Aminah|Amina; Fatimah|Fatimah|Fatima; Syafiqah|Shafiqah|Syafika;
    Izzati|Izati|Izzaty; Nadia|Nadiah|Nadya; Farhana|Farhanah|Farhanna; Hidayah|Hidayah|Hidaya;
    Amirah|Amira|Ameera; Aina|Aina|Ainaa; Zulaikha|Zulaika|Zulaikhah; Liyana|Liana|Lyana;
    Syuhada|Shuhada|Syuhadah; Najwa|Najwa|Najua; Hanis|Hanees|Haniz; Aqilah|Akilah|Aqila;
    Balqis|Balqish|Balkis; Zarina|Zarinah|Zareena; Rohani|Rohanee|Rohaniy; Azlina|Azleena|Azlinah;
    Rosmah|Rosma|Rusmah; Salmah|Salma|Salmah; Hasnah|Hasna|Hasnah; Zainab|Zaenab|Zainap;
    Haslinda|Haslinda|Has Linda; Aini|Aini|Ainee`),
  father:
    parts(`Ismail|Ismael|Ismaail; Abdullah|Abdulah|Abdulla; Yusof|Yusoff|Yusuf|Yussof; Osman|Othman|Uthman;
    Hamzah|Hamza|Hamzah; Ibrahim|Ibrahem|Ebrahim; Ali|Ali|Aly; Hassan|Hasan|Hasan; Hussin|Husin|Hussain|Hussein;
    Abdul Rahman|Abd Rahman|Abdulrahman|A. Rahman; Abu Bakar|Abubakar|Abu Bakr; Mat|Mamat|Mat;
    Daud|Dawood|Daut; Sulaiman|Sulaiman|Sulaeman|Suleiman; Omar|Umar|Omar; Ramli|Ramly|Ramlee;
    Jaafar|Ja'afar|Jaffar|Jaafar; Idris|Idrus|Idris; Salleh|Saleh|Salih; Mokhtar|Mukhtar|Moktar;
    Kassim|Kasim|Qasim; Mahmud|Mahmood|Mahmod; Zakaria|Zakariya|Zakariah; Hashim|Hasyim|Hashem;
    Rosli|Rosly|Rosli; Harun|Haroon|Haron; Shamsudin|Shamsuddin|Syamsudin|Samsudin; Razak|Razzak|Rasak`),
  honorific: ['Haji', 'Hj', 'Hj.'] as Spelled,
  femaleHonorific: ['Hajah', 'Hjh', 'Hajjah'] as Spelled,
};

/** Malaysian Chinese: family name first (dialect romanisation, as on the identity card). */
export const chinese = {
  family: parts(`Tan; Lim; Lee|Li; Ng|Ng; Wong; Chong|Chung; Cheah|Chea; Ooi|Oi; Khoo|Koo; Goh|Go; Teh|Teh;
    Yap|Yapp; Chan; Leong|Leung; Loh|Lo; Ong; Tay|Tay; Low|Lau; Chin; Foo|Fu`),
  /** Generation syllable first: siblings often share it. */
  first: parts(`Mei|Mey; Wei|Wai; Siew|Siu; Kah|Ka; Pei|Pey; Hui|Hwee; Li|Lee; Chee|Chi; Boon|Bun; Jia|Chia;
    Xin|Sin; Kok|Kock; Yee|Yi; Swee|Sui; Soo|Su`),
  second: parts(`Ling|Lin; Jie|Jie; Mei|Mey; Wai|Wei; Shan|San; Min|Ming; Ying|Yin; Keong|Kiong; Heng|Hang;
    Hui|Hwee; Yi|Yee; Leong|Liong; Lan|Lan; Fong|Fung; Khim|Kim`),
  englishMale: ['Jason', 'Kelvin', 'Alvin', 'Jacky', 'Eric', 'Kenny', 'Desmond'] as Spelled,
  englishFemale: ['Michelle', 'Jessica', 'Vivian', 'Winnie', 'Cindy', 'Angeline', 'Cheryl'] as Spelled,
};

/** Malaysian Indian (Tamil): given name, then a/l or a/p and the father's given name. */
export const indian = {
  male: parts(`Kumaresan|Kumeresan|Kumaresen; Saravanan|Sarawanan|Saravanen; Ganesan|Ganesh|Kanesan;
    Rajesh|Rajes|Rajesh; Suresh|Sures|Sooresh; Vinod|Vinoth|Vinot; Muthu|Mutu|Muthu; Selvam|Selvem|Selvan;
    Prakash|Prakas|Pragash; Thinesh|Dinesh|Tinesh; Kavin|Kavin|Kaven; Arul|Arool|Arul; Ravi|Ravee|Rave; Anand|Anandh|Anan;
    Balan|Balan|Bhalan; Rajkumar|Raj Kumar|Rajkumaar; Sivakumar|Shivakumar|Sivakumaar; Manickam|Manikam|Maanikam;
    Logeswaran|Lokeswaran|Logeswaren; Tamilselvan|Tamil Selvan|Thamilselvan`),
  female:
    parts(`Priya|Preya|Piriya; Kavitha|Kavita|Kavidha; Letchumy|Letchumi|Lechumy|Lakshmi; Devi|Thevi|Devi;
    Kaliammah|Kaliamma|Kaliyammah; Malarvili|Malar Vili|Malavili; Sangeetha|Sangita|Sankeetha;
    Shanthi|Shanti|Santhi; Vasanthi|Vasanti|Vasanthy; Yamuna|Yamunah|Jamuna; Thilagavathy|Thilagavathi|Tilagavathy;
    Saraswathy|Saraswati|Sarasvathi; Revathi|Revathy|Rewathi; Mageswari|Magesvari|Makeswari; Punitha|Puneetha|Bunitha;
    Selvi|Selvie|Selvy; Nirmala|Nirmalah|Nirmalaa; Rani|Raani|Rany; Vijaya|Vijayah|Wijaya; Amutha|Amudha|Amootha`),
  father: parts(`Subramaniam|Subramanian|Subramaniyam|Supramaniam; Muthusamy|Muthusami|Muthusamey;
    Rajendran|Rajendren|Rajenthiran; Krishnan|Kirishnan|Krisnan; Arumugam|Arumugum|Aarumugam;
    Ramasamy|Ramasami|Raamasamy; Govindasamy|Govindasami|Kovindasamy; Murugan|Murugan|Murukan;
    Perumal|Perumall|Perumaal; Maniam|Maniyam|Manniam; Nadarajah|Nadaraja|Natarajah; Shanmugam|Sanmugam|Shanmugham;
    Veerappan|Virappan|Veerapan; Palaniappan|Palaniapan|Palanippan; Sinnathamby|Sinnatamby|Sinnathambi;
    Kandasamy|Kandasami|Kanthasamy; Ramachandran|Ramachandren|Ramachanthiran; Velayutham|Velayudham|Velayutam;
    Chinnasamy|Chinnasami|Sinnasamy; Sellappan|Selappan|Sellapan`),
};

/** Indonesian: many one-word names (Javanese); modern spelling first, the pre-1972 spelling after. */
export const indonesian = {
  mononymFemale: parts(`Sugiarti|Soegiarti|Sugiyarti; Sumarni|Soemarni|Sumarni; Wagiyem|Wagijem|Wagiem;
    Tukiyem|Toekijem|Tukiem; Parmi|Parmi|Parmy; Sarinah|Sarina|Sarinah; Ngatini|Ngatinah|Ngatini;
    Rusmini|Roesmini|Rusmini; Karsih|Karsih|Karsi; Suyatmi|Soejatmi|Suyatmi; Painem|Painem|Paynem`),
  mononymMale: parts(`Suparman|Soeparman|Suparmen; Sutrisno|Soetrisno|Sutrisna; Suyanto|Soejanto|Sujanto;
    Paiman|Paiman|Payman; Darsono|Darsono|Darsana; Mulyono|Moeljono|Mulyana; Supriyadi|Soeprijadi|Supriadi;
    Wagiman|Wagiman|Wagimin; Sukardi|Soekardi|Sukardy`),
  femaleFirst: parts(
    `Sri|Sri|Sry; Siti|Siti|Sity; Dewi|Dewi|Dwi; Nur|Noer|Nor; Ani|Ani|Anie; Rina|Rina|Rinah; Fitri|Fitri|Fitry; Yuli|Joeli|Yully; Indah|Indah|Inda; Tri|Tri|Try; Eka|Eka|Ekka`,
  ),
  female:
    parts(`Rahayu|Rahaju|Rahayu; Wahyuni|Wahjoeni|Wahyunie; Lestari|Lestari|Lestary; Aminah|Aminah|Amina;
    Rahmawati|Rachmawati|Rahmawaty; Yulianti|Julianti|Yuliyanti; Handayani|Handajani|Handayani;
    Kurniasih|Koerniasih|Kurniasi; Susanti|Soesanti|Susanty; Purwaningsih|Poerwaningsih|Purwaningsi; Anggraini|Anggraeni|Anggreini;
    Fitriani|Fitriyani|Fitriany; Puspitasari|Puspita Sari|Puspitasarie; Ningsih|Ningsih|Ningsi; Maryati|Marjati|Mariyati;
    Safitri|Safitri|Syafitri; Oktaviani|Oktavianie|Octaviani; Permatasari|Permata Sari|Permatasarie`),
  maleFirst: parts(`Eko|Eko|Ekoo; Agus|Agoes|Agus; Budi|Boedi|Budhi; Joko|Djoko|Jhoko; Ahmad|Achmad|Akhmad;
    Muhammad|Mochammad|Moch.|Muhamad; Yusuf|Joesoef|Yusup; Cahyo|Tjahjo|Cahya; Syamsul|Sjamsul|Samsul;
    Khairul|Chairul|Hairul; Andi|Andi|Andy; Dedi|Dedi|Dedy; Hendra|Hendra|Hendera; Rudi|Roedi|Rudy; Bambang|Bambang|Bambank; Arif|Arief|Arip`),
  male: parts(`Prasetyo|Prasetijo|Prasetio; Santoso|Santosa|Santoso; Susilo|Soesilo|Susilo; Purwanto|Poerwanto|Purwanta;
    Setiawan|Setiyawan|Setyawan; Hidayat|Hidajat|Hidayat; Kurniawan|Koerniawan|Kurniawan; Wahyudi|Wahjoedi|Wahyudy;
    Nugroho|Noegroho|Nugraha; Hartono|Hartono|Hartana; Saputra|Saputera|Syahputra; Gunawan|Goenawan|Gunawan;
    Firmansyah|Firmansjah|Firmansah; Sulistyo|Soelistijo|Sulistio; Ramadhan|Ramadan|Romadhon; Wibowo|Wibowo|Wibawa`),
  /** Balinese: I (man) or Ni (woman), then the birth-order name. */
  baliOrder: parts('Putu|Wayan|Gede; Made|Kadek|Nengah; Nyoman|Komang|Nyoman; Ketut|Ketut|Ktut'),
  baliMale: parts('Suardana|Suardana|Swardana; Artawan|Artawan|Artawa; Sudiarta|Soediarta|Sudiartha'),
  baliFemale: parts(
    'Sri Wahyuni|Sri Wahjoeni|Sri Wahyuni; Ayu Lestari|Ayu Lestari|Ayu Lestary; Sukarini|Soekarini|Sukarini',
  ),
  father: parts(`Kasmo|Kasmo|Kasmu; Sukardi|Soekardi|Sukardy; Slamet|Slamet|Selamet; Paijo|Paidjo|Payjo;
    Rahmat|Rachmat|Rohmat; Darmo|Darmo|Darmo; Karto|Karto|Kartu; Sanusi|Sanoesi|Sanusi; Abdullah|Abdullah|Abdulah;
    Sarmin|Sarmin|Sarmen; Warsito|Warsito|Warsita; Tarno|Tarno|Tarna`),
};

/**
 * The pre-1972 spelling of a modern Indonesian name (j→dj, c→tj, ny→nj, sy→sj, kh→ch, y→j, u→oe),
 * as older passports and birth certificates keep it.
 */
export function oldIndonesian(modern: string): string {
  const old = modern
    .toLowerCase()
    .replace(/j/g, 'dj')
    .replace(/c/g, 'tj')
    .replace(/ny/g, 'nj')
    .replace(/sy/g, 'sj')
    .replace(/kh/g, 'ch')
    .replace(/y/g, 'j')
    .replace(/u/g, 'oe');
  return old[0]?.toUpperCase() + old.slice(1);
}

/** Whether a part's second spelling is its pre-1972 one (oe, dj, tj, nj, sj, ch or j for y). */
export const hasOldSpelling = (latin: Spelled) =>
  latin[1] !== undefined && latin[1] !== latin[0] && /oe|dj|tj|nj|sj|ch|j/i.test(latin[1]);

/** Javanese one-word names are built from a head and a sex-marked ending: Sugiyem, Tukinah, Kartono, Wagiman. */
const javaHeads =
  `Sug Sup Sut Suk Sar Kas War Tar Pur Har Ngat Jum Wag Tuk Pain Rus Kus Mar Sal Wart Dar Part Kart Sum Yat Kam`.split(
    ' ',
  );
const javaEndings = {
  female: 'iyem inah ini ati ami ijah inem iyah irah ipah isih umi'.split(' '),
  male: 'ono anto adi iman ijo omo arno ardi isno ino iyo udin'.split(' '),
};
/** A coined Javanese one-word name: modern spelling, the old one, and a heard one (iy→i, final o→a, h dropped, e added). */
export function javanese(random: () => number, sex: 'male' | 'female'): Spelled {
  const head = javaHeads[Math.floor(random() * javaHeads.length)] as string;
  const endings = javaEndings[sex];
  const modern = head + (endings[Math.floor(random() * endings.length)] as string);
  const heard = modern.includes('iy')
    ? modern.replace(/iy/g, 'i')
    : modern.endsWith('o')
      ? `${modern.slice(0, -1)}a`
      : modern.endsWith('h')
        ? modern.slice(0, -1)
        : `${modern}e`;
  return [modern, oldIndonesian(modern), heard];
}

/** Thai surnames are nearly one per family: built here from common elements (script and spellings joined). */
const thaiHeads =
  scriptedPairs(`ศรี|Sri|Si; แก้ว|Kaew|Kaeo; วงศ์|Wong|Vong; ชัย|Chai|Chay; รัตน|Rattana|Ratana; สุวรรณ|Suwan|Suwanna;
  บุญ|Boon|Bun; ทอง|Thong|Tong; แสง|Saeng|Sang; พรหม|Phrom|Prom; อินทร์|In|Inn; สม|Som|Sohm`);
const thaiTails =
  scriptedPairs(`สุข|suk|sook; มณี|manee|mani; สวัสดิ์|sawat|sawas; พร|porn|phon; กุล|kul|kun; รัตน์|rat|rath;
  ดี|dee|di; เจริญ|charoen|jaroen; วงศ์|wong|vong; ทอง|thong|tong; ศรี|sri|si; ชัย|chai|chay; ศิริ|siri|sri; พันธ์|phan|pan; เดช|dej|det`);
export function thaiSurname(random: () => number): { latin: Spelled; script: string } {
  const h = thaiHeads[Math.floor(random() * thaiHeads.length)] as { latin: Spelled; script: string };
  const t = thaiTails[Math.floor(random() * thaiTails.length)] as { latin: Spelled; script: string };
  const [h0, h1] = h.latin as [string, string];
  const [t0, t1] = t.latin as [string, string];
  return { script: h.script + t.script, latin: [...new Set([h0 + t0, h1 + t1, h0 + t1, h1 + t0])] };
}

/** Vietnamese, written with its marks; family name, middle name, given name(s). */
export const vietnamese = {
  /** Weighted: Nguyễn is about four in ten. */
  family: [
    ...Array.from({ length: 12 }, () => 'Nguyễn'),
    ...'Trần Trần Trần Lê Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'.split(' '),
  ] as Spelled,
  femaleMiddle: [...Array.from({ length: 8 }, () => 'Thị'), 'Ngọc', 'Thanh', 'Kim', 'Thu'] as Spelled,
  maleMiddle: [...Array.from({ length: 6 }, () => 'Văn'), 'Minh', 'Đức', 'Quốc', 'Hữu', 'Công'] as Spelled,
  female: `Hoa Hồng Lan Hương Trang Thảo Linh Ngọc Hà Nhung Mai Phương Thủy Yến Hạnh Loan Dung Tuyết Nga Huyền
    Thúy Vân Oanh Hằng Quyên Trinh Diễm Liên Nhàn Uyên Tâm Bích Như Xuân Hiền
    Thu_Trang Thanh_Hương Ngọc_Anh Mỹ_Linh Kim_Oanh`
    .trim()
    .split(/\s+/),
  male: `Hùng Tuấn Dũng Minh Nam Hải Long Đức Thắng Cường Hiếu Quang Sơn Tài Phúc Trung Khoa Việt Huy
    Bình Thành Tùng Kiên Phong Tiến Vinh Lâm Hoàng Đạt Khánh Toàn Hậu Nghĩa Thịnh
    Văn_Toàn Quốc_Bảo`
    .trim()
    .split(/\s+/),
  /** Misheard or old-style forms a foreign clerk writes (keyed by the mark-free spelling). */
  heard: {
    Nguyen: ['Nguyen', 'Ngyuen', 'Nguyan', 'Nguen', 'Nguyenn'],
    Tran: ['Tran', 'Trann', 'Tranh'],
    Pham: ['Pham', 'Phamm', 'Fam'],
    Huong: ['Huong', 'Hoang', 'Huang'],
    Dung: ['Dung', 'Zung', 'Yung'],
    Thuy: ['Thuy', 'Thuey', 'Tui'],
    Phuong: ['Phuong', 'Phuoung', 'Fuong'],
    Duong: ['Duong', 'Zuong', 'Duoung'],
    Tuan: ['Tuan', 'Tuen', 'Tuann'],
    Cuong: ['Cuong', 'Kuong', 'Cuoung'],
    Thi: ['Thi', 'Thy', 'Ti'],
    Van: ['Van', 'Vann', 'Wan'],
  } as Record<string, Spelled>,
};

/** A part written in its own script: the script form first in each entry (`-` when not given here), then the Latin spellings. */
const scripted = (entries: string) =>
  parts(entries).map((spellings) => {
    const [script, ...latin] = spellings;
    return script === '-'
      ? { latin: latin as Spelled }
      : { script: script as string, latin: latin as Spelled };
  });
/** Burmese syllables (no family names): Myanmar script (Unicode), then Latin (first = passport's). */
export const myanmar = {
  male: scripted(`အောင်|Aung|Aung|Aong; ကျော်|Kyaw|Kyau|Chaw|Kyawe; မင်း|Min|Min|Minn; ထွန်း|Htun|Tun|Htoon|Tunn;
    ဇော်|Zaw|Zaw|Zawe; သန့်|Thant|Thant|Than; နိုင်|Naing|Nine|Naign; စိုး|Soe|Soe|So|Soh; မြင့်|Myint|Myintt|Mying;
    ဝင်း|Win|Winn|Win; သူ|Thu|Thuu|Thoo; ဖြိုး|Phyo|Pyo|Phyoe; ထက်|Htet|Htat|Tet; ပိုင်|Paing|Paing|Pine;
    လင်း|Lin|Linn|Lin; သက်|Thet|Thett|Tet; နေ|Nay|Nay|Ne; ရဲ|Ye|Yae|Ye; မျိုး|Myo|Myoe|Myo; တင်|Tin|Tinn|Tin;
    သိန်း|Thein|Thane|Htein; ဟိန်း|Hein|Hain|Hein; လှိုင်|Hlaing|Laing|Hlaine; ပြည့်|Pyae|Pyay|Pye;
    ခန့်|Khant|Khant|Khan; ကောင်း|Kaung|Kaung|Kaong; ဆက်|Set|Sett|Set; စည်သူ|Sithu|Si Thu|Sithuu; သူရ|Thura|Thu Ra|Thurah;
    ဇေယျ|Zeya|Zay Ya|Zeyar; ထူး|Htoo|Htu|Too; ရန်|Yan|Yann|Yan; လွင်|Lwin|Lwinn|Lwin; ဘို|Bo|Bo|Boh; သန်း|Than|Thann|Tan;
    ရွှေ|Shwe|Shway|Swe; သော်|Thaw|Thaw|Thor; နောင်|Naung|Naung|Nong`),
  female: scripted(`ခင်|Khin|Khinn|Kin; စု|Su|Su|Soo; မြ|Mya|Mya|Mya; လှ|Hla|La|Hla; ငြိမ်း|Nyein|Nyain|Nyane;
    မိုး|Moe|Mo|Moh; အိ|Ei|Ei|Eii; ဖြူ|Phyu|Phyu|Pyu; နွယ်|Nwe|Nway|Nwe; ထေး|Htay|Htae|Tay; မြတ်|Myat|Myatt|Myat;
    နှင်း|Hnin|Nhin|Hnin; ဝေ|Wai|Way|Wai; ရည်|Yee|Yi|Ye; ကြည်|Kyi|Kyee|Chi; စန်း|San|Sann|San; ချို|Cho|Cho|Kyo;
    မေ|May|Mei|May; ဇာ|Zar|Zar|Za; အေး|Aye|Aey|Eaye; ဆွေ|Swe|Sway|Swe; ခိုင်|Khaing|Khine|Khaig;
    သီတာ|Thida|Thi Da|Theda; နန္ဒာ|Nandar|Nan Dar|Nanda; စန္ဒာ|Sandar|San Dar|Sanda; သူဇာ|Thuzar|Thu Zar|Thuza;
    ရတနာ|Yadanar|Ya Da Nar|Yadana; သီရိ|Thiri|Thi Ri|Theri; ဝင့်|Wint|Wint|Win; ယမင်း|Yamin|Ya Min|Yamin;
    နီလာ|Nilar|Ni Lar|Nila; သဇင်|Thazin|Tha Zin|Thazinn; မွန်|Mon|Mone|Mon; လေး|Lay|Lay|Lei; ထွေး|Htwe|Htway|Twe;
    စိန်|Sein|Sane|Sein; ယဉ်|Yin|Yinn|Yin; ပွင့်|Pwint|Pwint|Pwin; ရွှေ|Shwe|Shway|Swe; ဖူး|Phoo|Phu|Poo; မာ|Mar|Mar|Ma`),
  /** Honorifics by sex and age: young, older. */
  honorific: {
    male: [
      { latin: ['Maung', 'Mg', 'Mg.'], script: 'မောင်' },
      { latin: ['U'], script: 'ဦး' },
    ],
    female: [
      { latin: ['Ma'], script: 'မ' },
      { latin: ['Daw'], script: 'ဒေါ်' },
    ],
  },
};

/** Khmer: family name first. Script first, then Latin spellings (first = passport's). */
export const khmer = {
  family:
    scripted(`សុខ|Sok|Sokh|Sauk; ចាន់|Chan|Chann|Chan; ហេង|Heng|Heng|Hieng; មាស|Meas|Mias|Meah; ជា|Chea|Chia|Chear;
    លី|Ly|Lii|Li; កែវ|Keo|Kev|Kaev; សៅ|Sao|Sau|Sao; អ៊ុំ|Um|Oum|Ourm; ទូច|Touch|Toch|Tuch; ញឹម|Nhim|Nhem|Nhim;
    ឈុន|Chhun|Chun|Chhoun; ឈឹម|Chhim|Chim|Chhem; ម៉ៅ|Mao|Mau|Mao; សេង|Seng|Saeng|Seng; យឹម|Yim|Yem|Yim;
    ខៀវ|Khieu|Khiev|Kiev; ពៅ|Pov|Pao|Pau; រស់|Ros|Ross|Rous; សំ|Sam|Samm|Sam; ឆាយ|Chhay|Chay|Chhai; ឃុន|Khun|Kun|Khoun; អ៊ុក|Ouk|Ouk|Uk; ហែម|Hem|Haem|Hem`),
  female:
    scripted(`សុភា|Sophea|Sophia|Sopea; សុខា|Sokha|Sokhar|Sokhaa; បុប្ផា|Bopha|Bupha|Boppha; ចន្ថា|Chantha|Chanta|Chanthea;
    ស្រីមុំ|Sreymom|Srey Mom|Sreimom; ស្រីពៅ|Sreypov|Srey Pov|Sreypeou; ពិសី|Pisey|Pisei|Pesey; កញ្ញា|Kanha|Kagna|Kannha;
    សុធារី|Sotheary|Sothearie|Sothiary; រស្មី|Reaksmey|Raksmey|Reaksmei; ម៉ាលី|Maly|Mali|Malee; ផល្លា|Phalla|Phala|Phalla; ស្រីនាង|Sreyneang|Srey Neang|Sreynang;
    ធីតា|Thida|Tida|Thyda; រ៉ានី|Rany|Rani|Raney; នារី|Neary|Nary|Neari; ស្រីនិច|Sreynich|Srey Nich|Sreynith;
    ស្រីអូន|Sreyoun|Srey Oun|Sreyun; -|Leakhena|Leakena|Lakhena; -|Sovannary|Sovanary|Sovannari;
    -|Sokunthea|Sokonthea|Sokunthear; -|Chantrea|Chantria|Chanthrea`),
  male: scripted(`ដារ៉ា|Dara|Darah|Da Ra; វិចិត្រ|Vichet|Vicheth|Vichit; សុផល|Sophal|Sophall|Sopal;
    សំណាង|Samnang|Somnang|Samnaang; ពិសិដ្ឋ|Piseth|Piset|Pisith; ឫទ្ធី|Rithy|Rithi|Ritthy; វណ្ណា|Vanna|Vana|Van Na;
    សុភ័ក្រ|Sopheak|Sophak|Sopheak; វិសាល|Visal|Vesal|Wisal; បូរី|Borey|Borei|Bourey; កុសល|Kosal|Kosaal|Kosal;
    រដ្ឋា|Ratha|Rotha|Rattha; -|Sokhom|Sokhum|Sokhoum; -|Phirum|Pheareum|Phyrum; -|Makara|Makkara|Makra;
    -|Sambath|Sombath|Sambat; -|Chanthy|Chanthi|Chantey; -|Bunthoeun|Bunthoeurn|Bunthoun; -|Narith|Narit|Nareth;
    -|Thearith|Tearith|Thearit; -|Kimhong|Kim Hong|Kimhorng; -|Vannak|Vanak|Wannak`),
};

/** Thai: given name, then surname. Script first, then the RTGS form and the others met. */
export const thai = {
  family: scripted(`ศรีสุข|Srisuk|Sisuk|Srisook; แก้วมณี|Kaewmanee|Kaeomani|Kaewmani; บุญมา|Boonma|Bunma|Boonmar;
    ทองดี|Thongdee|Thongdi|Tongdee; สุขเจริญ|Sukcharoen|Sukjaroen|Sookcharoen; วงศ์สวัสดิ์|Wongsawat|Wongsawas|Vongsawat;
    พรหมมา|Promma|Phromma|Prommar; ใจดี|Jaidee|Chaidi|Jaidi; ศรีวงศ์|Sriwong|Siwong|Sriwongse; มีสุข|Meesuk|Misuk|Meesook;
    อินทร์แก้ว|Inkaew|Inkaeo|Inkeaw; สมบูรณ์|Somboon|Sombun|Somboon`),
  female:
    scripted(`วิไล|Wilai|Vilai|Wilai; สุดารัตน์|Sudarat|Sudarath|Sudarut; กัญญา|Kanya|Kanyaa|Kunya; นิภา|Nipa|Niphaa|Nipha;
    มาลี|Malee|Mali|Malii; พรทิพย์|Porntip|Phonthip|Pornthip; รัตนา|Rattana|Ratana|Rattanaa; อรุณี|Arunee|Aruni|Arunee;
    ศิริพร|Siriporn|Siriphon|Siriporn; นงลักษณ์|Nongluck|Nongluk|Nongluk; ปราณี|Pranee|Prani|Pranee; เพ็ญศรี|Pensri|Phensi|Pensri; สุภาพร|Supaporn|Suphaphon|Supaphorn;
    จันทร์เพ็ญ|Chanpen|Janpen|Chanphen; ดวงใจ|Duangjai|Duangchai|Duangjai; ศศิธร|Sasithorn|Sasithon|Sasitorn;
    ปิยะนุช|Piyanuch|Piyanut|Piyanooch; กาญจนา|Kanchana|Kanjana|Karnjana; อรทัย|Orathai|Oratai|Orathay;
    จิราพร|Jiraporn|Chiraphon|Jiraphorn; วันดี|Wandee|Wandi|Vandee; อัมพร|Amporn|Amphon|Umporn`),
  male: scripted(`สมชาย|Somchai|Somchay|Somchai; สมศักดิ์|Somsak|Somsak|Somsakdi; ประเสริฐ|Prasert|Prasoet|Prasert;
    สมพร|Somporn|Somphon|Somporn; บุญชัย|Boonchai|Bunchai|Boonchay; วิชัย|Wichai|Vichai|Wichay; สุนทร|Sunthorn|Soonthorn|Sunthon;
    ชัยวัฒน์|Chaiwat|Chaiyawat|Chaiwath; อนุชา|Anucha|Anucha|Anuchar; ธนากร|Thanakorn|Tanakorn|Thanakon; สุรชัย|Surachai|Surachay|Soorachai;
    วีระ|Weera|Wira|Veera; ณัฐพล|Nattapon|Natthaphon|Nuttapol; กิตติ|Kitti|Kitty|Kittee; ศักดิ์ชัย|Sakchai|Sakchay|Sukchai;
    ไพโรจน์|Pairoj|Phairot|Pairote; ธีรวัฒน์|Teerawat|Thirawat|Theerawat; อภิชาติ|Apichat|Aphichat|Apichart;
    เอกชัย|Ekachai|Ekkachai|Akachai; มานพ|Manop|Manob|Manoph`),
  nickname: ['Noi', 'Lek', 'Nok', 'Joy', 'Ploy', 'Pim', 'Bee', 'Aom', 'Tum', 'Boy', 'Golf', 'Ton'] as Spelled,
  title: { male: ['Mr.', 'นาย'], female: ['Miss', 'นางสาว'], married: ['Mrs.', 'นาง'] },
};

/** Filipino: given name(s), middle name (the mother's maiden surname), surname. */
export const filipino = {
  female:
    parts(`Maria Cristina|Ma. Cristina|Maria Christina; Rosario|Rosario|Rosaryo; Maritess|Marites|Maritez;
    Jennifer|Jenifer|Jennefer; Lovely|Lovely|Lovelie; Mary Grace|Marygrace|Mary Grace; Rowena|Rowena|Roweena;
    Maria Theresa|Ma. Theresa|Maria Teresa; Analyn|Ana Lyn|Annalyn; Jocelyn|Joselyn|Jocelyn;
    Marilou|Mary Lou|Marilu; Girlie|Girly|Girlie; Rhea Mae|Rheamae|Rhea May; Kristine Joy|Kristine Joy|Christine Joy; Angelica|Anjelica|Angelika;
    Jasmin|Jazmin|Jasmine; Mylene|Milene|Mylen; Rosemarie|Rose Marie|Rosemary; Cherry Ann|Cherryann|Cherry Anne;
    Divina|Devina|Divinah; Leonora|Lenora|Leonorah; Erlinda|Herlinda|Erlynda; Imelda|Emelda|Imelda; Evangeline|Evangelin|Evangelyn`),
  male: parts(`Jose|Jose|Jose; Juan Carlos|Juan Carlos|Juancarlos; Mark Anthony|Marc Anthony|Mark Antony;
    John Paul|Jhon Paul|Johnpaul; Rommel|Romel|Rommel; Reynaldo|Reinaldo|Renaldo; Rogelio|Rojelio|Rogelio;
    Ernesto|Ernesto|Ernisto; Jericho|Jerico|Jericho; Joel|Joel|Jhoel; Arnel|Arnel|Arnell; Rodrigo|Rodrigo|Rodrigo; Ramon|Ramón|Ramon; Eduardo|Edwardo|Eduardo;
    Ferdinand|Ferdinan|Ferdinand; Christopher|Cristopher|Kristopher; Michael|Micheal|Mikael; Ryan|Rayan|Rian;
    Danilo|Danillo|Danilo; Alfredo|Alfredo|Alfreddo`),
  surname:
    parts(`Santos; Reyes|Reyes|Reys; Cruz; Dela Cruz|De la Cruz|Delacruz|De La Cruz; Garcia|Garcia|Garcya;
    Mendoza; Bautista|Bautista|Batista; Villanueva|Villanueva|Vilanueva; Ramos; Aquino|Aquino|Akino;
    Castillo|Castillo|Castilio; Fernandez|Fernandez|Fernandes; Del Rosario|Delrosario|Del Rosario;
    Peñaflor|Penaflor|Penaflor; Manalo; Macaraeg|Macaraig|Macaraeg; Pangilinan|Pangilinan|Panglinan;
    Gonzales|Gonzalez|Gonzales; Navarro|Navaro|Navarro; Sarmiento|Sarmiento|Sarmyento; Tolentino|Tolentino|Tolintino;
    Ocampo|Ocampo|Ocampo; Ibañez|Ibanez|Ibanes; Dumalagan|Dumalagan|Domalagan; Lopez|Lopez|Lopes; Flores|Flores|Florez; Domingo;
    Salazar|Salazar|Salasar; Agustin|Augustin|Agustin; Marquez|Marquez|Marques; Soriano|Soriano|Suriano; Lacson|Lacson|Laxon;
    Magbanua|Magbanua|Magbanwa; Dimaculangan|Dimaculangan|Dimakulangan; Buenaventura|Buenaventura|Bonaventura;
    Evangelista|Evangelista|Ebanghelista; Panganiban|Panganiban|Panganiban; Lumibao|Lumibao|Lumibaw; Cabrera|Cabrera|Cabrerra`),
  suffix: ['Jr.', 'Jr', 'III'] as Spelled,
};
