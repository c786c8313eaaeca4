/**
 * The fifth held-out set's name pools, written from ../shared/reference/names.md and what we know
 * of how these names are written, without reading the model's name rules or the other sets' pools.
 *
 * An entry is `own=Roman|Variant|…`: the name in its own script (Burmese, Thai, Khmer; Vietnamese
 * with its marks) when it has one, then its usual romanisation first and the other romanisations
 * agencies use after it. Lists run from the most common name down (draws favour the first).
 */

/** One name word: its own-script form when the group has one, and its romanisations (usual first). */
export interface NameWord {
  readonly own: string | null;
  readonly roman: readonly [string, ...string[]];
}

function words(...entries: string[]): NameWord[] {
  return entries.map((entry) => {
    const [own, romans] = entry.includes('=') ? entry.split('=') : [null, entry];
    const roman = (romans as string).split('|');
    return { own: own ?? null, roman: roman as [string, ...string[]] };
  });
}

/**
 * Compound names (Thai and Lao family names are mostly unique to a family, built from a few
 * hundred parts): every first part with every second, own scripts joined, romanisations joined
 * with the second part in lower case — the usual one, then each part's other spellings.
 */
function compounds(firsts: readonly NameWord[], seconds: readonly NameWord[]): NameWord[] {
  const joined = (a: string, b: string) => a + b.toLowerCase();
  return firsts.flatMap((a) =>
    seconds.map((b) => {
      const usual = joined(a.roman[0], b.roman[0]);
      const others = [
        ...a.roman.slice(1).map((v) => joined(v, b.roman[0])),
        ...b.roman.slice(1).map((v) => joined(a.roman[0], v)),
      ];
      const own = a.own !== null && b.own !== null ? a.own + b.own : null;
      return { own, roman: [usual, ...new Set(others.filter((v) => v !== usual))] as [string, ...string[]] };
    }),
  );
}

export const malay = {
  male: words(
    'Muhammad|Mohd|Mohammad|Muhd|Mohamad',
    'Ahmad|Ahmed|Ahmat',
    'Abdul Rahman|Abd Rahman|Abdulrahman',
    'Hafiz|Hafidz|Hafez',
    'Faizal|Faisal|Faizul',
    'Azman|Azmam',
    'Rosli|Roslee',
    'Ismail|Esmail',
    'Zulkifli|Zulkifly|Zul',
    'Amirul|Amerul',
    'Syafiq|Shafiq|Syafik',
    'Khairul|Khairol|Kairul',
    'Haziq|Hazik',
    'Nazri|Nazrey',
  ),
  female: words(
    'Siti|Sity',
    'Nur|Noor|Nor',
    'Nurul|Norul|Noorul',
    'Aisyah|Aishah|Aisha',
    'Fatimah|Fatima|Fatimoh',
    'Zulaikha|Zulaika',
    'Rohani|Rohanie',
    'Norhayati|Nurhayati',
    'Farah|Fara',
    'Azizah|Aziza',
    'Suraya|Surayah',
    'Izzati|Izati',
    'Hidayah|Hidaya',
  ),
  father: words(
    'Abdullah|Abdulah',
    'Ismail|Esmail',
    'Ibrahim|Ebrahim',
    'Hassan|Hasan',
    'Yusof|Yusuf|Yusoff',
    'Othman|Osman|Uthman',
    'Ahmad|Ahmed',
    'Sulaiman|Sulaeman|Suleiman',
    'Rahim|Rahem',
    'Mat|Mamat',
    'Omar|Umar',
    'Razak|Abdul Razak',
  ),
  /** Call names a shelter or an NGO writes down instead of the registered name. */
  nicknames: {
    male: words('Along|Long', 'Angah', 'Mat', 'Din', 'Mie'),
    female: words('Adik', 'Ecah|Echa', 'Yati', 'Ani', 'Lin'),
  },
};

export const indian = {
  male: words(
    'Muthu|Mutthu',
    'Ganesan|Ganeshan',
    'Rajendran|Rajandran',
    'Suresh|Sures',
    'Ravi|Ravee',
    'Kumar|Kumaar',
    'Selvam|Selvum',
    'Murugan|Muruhan',
    'Arumugam|Arumugum',
    'Saravanan|Sarawanan',
    'Karthik|Kartik',
    'Vijay|Vijai',
    'Manikam|Manickam',
    'Gopal|Gopaal',
    'Anand|Anandh',
  ),
  female: words(
    'Kavitha|Kavita',
    'Saraswathy|Saraswathi|Saraswaty',
    'Revathi|Revathy',
    'Shanthi|Santhi|Shanti',
    'Komathi|Gomathi',
    'Jayanthi|Jeyanthi',
    'Parvathy|Parvathi',
    'Selvi|Chelvi',
    'Malar|Malaar',
    'Letchumi|Lechumi|Lakshmi',
    'Devi|Dewi',
    'Priya|Piriya',
    'Thilaga|Tilaga|Thilagam',
    'Vasanthi|Vasanti',
  ),
  father: words(
    'Subramaniam|Subramanian|Supramaniam',
    'Krishnan|Kirishnan',
    'Maniam|Manian',
    'Muniandy|Muniandi',
    'Raman|Ramen',
    'Perumal|Perumaal',
    'Sinnasamy|Sinnasami',
    'Velu|Veloo',
    'Kuppusamy|Kuppusami',
  ),
  nicknames: { male: words('Raju', 'Mani', 'Kanna'), female: words('Kala', 'Rani', 'Pappa') },
};

export const chinese = {
  family: words(
    'Tan',
    'Lim',
    'Lee|Li',
    'Wong|Ong',
    'Ng|Ang',
    'Chong|Chung',
    'Teh|Tay',
    'Goh|Go',
    'Yap|Yeap',
    'Ooi|Oi',
    'Chan',
    'Low|Lau',
  ),
  syllables: words(
    'Wei',
    'Mei',
    'Ling',
    'Siew|Siu',
    'Kok',
    'Ah',
    'Hui|Huei',
    'Chee|Chi',
    'Yong|Yung',
    'Kah',
    'Boon|Bun',
    'Hock|Hok',
    'Xin|Sin',
    'Jun|Chun',
    'Kheng|Keng',
    'Poh|Po',
  ),
  nicknames: {
    male: words('Jason', 'Kelvin', 'Alvin', 'Steven', 'Jacky|Jackie'),
    female: words('Michelle', 'Jessica', 'Cindy', 'Vivian', 'Winnie'),
  },
};

export const indonesian = {
  male: words(
    'Agus',
    'Budi',
    'Sutrisno',
    'Bambang',
    'Joko',
    'Yusuf',
    'Suharto',
    'Wahyudi',
    'Cahyono',
    'Slamet',
    'Yanto',
    'Rudi',
    'Supriyadi',
    'Nyoman',
  ),
  female: words(
    'Siti',
    'Sri',
    'Dewi',
    'Wahyuni',
    'Suharti',
    'Rahayu',
    'Lestari',
    'Yuliana',
    'Nurhayati',
    'Ningsih',
    'Cucu',
    'Sumiyati',
    'Kurniasih',
    'Khodijah',
  ),
  father: words('Sukarno', 'Darmo', 'Salim', 'Karto', 'Sudirman', 'Usman', 'Juned', 'Syukur'),
  nicknames: { male: words('Yan', 'Gus', 'Tono'), female: words('Yanti', 'Tini', 'Nining', 'Yuli') },
};

export const vietnamese = {
  family: words('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'),
  middle: {
    male: words('Văn', 'Minh', 'Hữu', 'Đức', 'Quang'),
    female: words('Thị', 'Ngọc', 'Thanh', 'Kim', 'Thu'),
  },
  male: words(
    'Tuấn',
    'Dũng',
    'Hùng',
    'Nam',
    'Long',
    'Quân',
    'Thắng',
    'Phúc',
    'Trung',
    'Hải',
    'Đạt',
    'Xuân',
    'Khánh',
    'Huy',
    'Sơn',
    'Cường',
    'Tài',
    'Hiếu',
    'Toàn',
    'Vinh',
    'Lộc',
    'Thịnh',
    'Bảo',
    'Nghĩa',
  ),
  female: words(
    'Hương',
    'Lan',
    'Hoa',
    'Thảo',
    'Trang',
    'Linh',
    'Phương',
    'Nhung',
    'Giang',
    'Hằng',
    'Yến',
    'Xuân',
    'Ngân',
    'Trinh',
    'Loan',
    'Tuyết',
    'Nga',
    'Vân',
    'Huyền',
    'Diệp',
    'Oanh',
    'Thủy',
    'Hạnh',
    'Quyên',
  ),
  nicknames: { male: words('Tý', 'Bin', 'Tèo'), female: words('Bé', 'Mai', 'Út') },
};

export const burmese = {
  syllables: words(
    'မြင့်=Myint|Myintt|Mying',
    'ဝင်း=Win|Winn|Wyin',
    'အေး=Aye|Ay|Ei',
    'သန်း=Than|Thann|Tan',
    'ကျော်=Kyaw|Chaw|Kyaww|Kyo',
    'ထွန်း=Htun|Tun|Htoon',
    'စိုး=Soe|So|Soh',
    'ခိုင်=Khine|Khaing|Kaing',
    'နွယ်=Nwe|Nway|Nue',
    'ဇော်=Zaw|Zaww|Zo',
    'လှ=Hla|Hlaa|La',
    'ဖြူ=Phyu|Pyu|Phyuu',
    'မိုး=Moe|Mo|Moh',
    'စန်း=San|Sann|Sun',
    'ဟိန်း=Hein|Hain|Heinn',
    'ထက်=Htet|Htat|Tet',
    'ဆု=Su|Hsu|Soo',
    'လွင်=Lwin|Lwinn|Lwyn',
    'နိုင်=Naing|Nai|Naign',
    'သူ=Thu|Tu|Thuu',
    'ချို=Cho|Chyo|Kyo',
    'ညို=Nyo|Nyoe|Nyoh',
  ),
  /** Honorifics written before the name, by sex and by age (young, older). */
  honorifics: {
    male: [words('မောင်=Maung|Mg', 'ကို=Ko'), words('ဦး=U')],
    female: [words('မ=Ma'), words('ဒေါ်=Daw')],
  },
};

export const khmer = {
  family: words(
    'សុខ=Sok|Sokh|Sock',
    'ចាន់=Chan|Chann|Chanh',
    'កែវ=Keo|Kaev|Keu',
    'ជា=Chea|Chia',
    'ហេង=Heng|Hieng',
    'មាស=Meas|Mias|Mas',
    'ពេជ្រ=Pich|Pech|Petch',
    'ឡុង=Long|Loung',
    'សួន=Suon|Suen|Soun',
    'ហ៊ុន=Hun|Hunn',
  ),
  male: words(
    'ដារ៉ា=Dara|Darah|Da Ra',
    'រិទ្ធ=Rith|Rit|Ritth',
    'សុផល=Sophal|Sophall|Sopal',
    'វណ្ណៈ=Vannak|Vanak|Wannak',
    'សុខុម=Sokhom|Sokhum|Sakhom',
    'ពិសិដ្ឋ=Piseth|Piset|Pisith',
    'វិចិត្រ=Vichet|Vicheth|Wichet',
    'សំណាង=Samnang|Samnag|Somnang',
    'វិសាល=Visal|Wisal|Vesal',
    'ចាន់ថា=Chantha|Chanta',
    'សារ៉ុន=Sarun|Saroun',
    'ភក្ដី=Pheakdey|Peakdey|Pheakdei',
    'រដ្ឋា=Rotha|Ratha|Roth',
  ),
  female: words(
    'សុភា=Sophea|Sopheak|Sophia',
    'ស្រីមុំ=Sreymom|Srey Mom|Sreimom',
    'ចន្ធី=Chanthy|Chanthi|Chanty',
    'បុប្ផា=Bopha|Bupha|Bopa',
    'ធារី=Theary|Teary|Thary',
    'សុខា=Sokha|Sokhar|Sukha',
    'ស្រីនាង=Sreyneang|Srey Neang|Sreyniang',
    'ស្រីពៅ=Sreypov|Srey Pov|Sreypeou',
    'ចរិយា=Chariya|Charya|Chareya',
    'សុគន្ធា=Sokuntha|Sokunthea|Sokonthea',
    'ម៉ាលី=Maly|Mali|Malee',
    'ដាវី=Davy|Davi|Davey',
    'រស្មី=Reaksmey|Raksmey|Reaksmei',
  ),
  nicknames: { male: words('Bong', 'A Pov|Apov'), female: words('Srey', 'Oun|Own') },
};

export const thai = {
  family: compounds(
    words(
      'ศรี=Sri|Si',
      'แสง=Saeng|Sang',
      'วงศ์=Wong|Vong',
      'บุญ=Boon|Bun',
      'แก้ว=Kaew|Kaeo',
      'ทอง=Thong|Tong',
      'จันทร์=Chan|Jan',
      'สุข=Suk|Sook',
      'พรหม=Phrom|Prom',
      'ใจ=Jai|Chai',
      'รัตน=Rattana|Ratana',
      'ชัย=Chai|Chay',
    ),
    words(
      'สุข=Suk|Sook',
      'ทอง=Thong|Tong',
      'สวัสดิ์=Sawat|Sawad',
      'มา=Ma|Mah',
      'มณี=Manee|Mani',
      'คำ=Kham|Kam',
      'ดี=Dee|Di',
      'เพ็ญ=Pen|Phen',
      'วงศ์=Wong|Vong',
      'ศรี=Sri|Si',
      'เจริญ=Charoen|Jaroen|Charern',
    ),
  ),
  male: words(
    'สมชาย=Somchai|Somchay',
    'สมศักดิ์=Somsak|Somsakdi',
    'ประเสริฐ=Prasert|Prasoet|Prasirt',
    'สุรชัย=Surachai|Surachay',
    'ชัยวัฒน์=Chaiwat|Chaiwath|Chaiwatt',
    'อรุณ=Arun|Aroon',
    'ทองดี=Thongdee|Thongdi|Tongdee',
    'วิชัย=Wichai|Vichai|Wichay',
    'สมบัติ=Sombat|Sombath',
    'ธนากร=Thanakorn|Tanakorn|Thanakon',
    'ณัฐพล=Nattapon|Natthaphon|Nattaphol',
    'กิตติ=Kitti|Kittee',
    'อนุชา=Anucha|Anuchar',
    'ปิยะ=Piya|Phiya',
  ),
  female: words(
    'มาลี=Malee|Mali|Malie',
    'ศิริพร=Siriporn|Siriphon|Siriphorn',
    'กาญจนา=Kanchana|Kanjana|Karnchana',
    'พรทิพย์=Porntip|Phonthip|Pornthip',
    'วันเพ็ญ=Wanpen|Wanphen|Vanpen',
    'นภา=Napha|Napa|Naphaa',
    'สุดา=Suda|Sudaa',
    'อัมพร=Amporn|Amphon|Umporn',
    'รัชนี=Ratchanee|Rachanee|Ratchani',
    'สายสุนีย์=Saisunee|Saisuni',
    'จันทร์ทิพย์=Chanthip|Jantip|Chantip',
    'ดวงใจ=Duangjai|Duangchai',
    'ปราณี=Pranee|Prani|Phranee',
    'ลำดวน=Lamduan|Lumduan',
  ),
  /** Thai call names (chue len), unrelated to the registered name. */
  nicknames: {
    male: words('Lek', 'Noi', 'Ton', 'Bank'),
    female: words('Nok', 'Ploy', 'Fon', 'Noi', 'Tukta'),
  },
};

export const lao = {
  family: compounds(
    words(
      'Phomma|Pomma',
      'Vong|Wong',
      'Sisa|Sysa',
      'Intha|Inta',
      'Keo|Kaeo',
      'Souvanna|Suvanna',
      'Chantha|Chanta',
      'Sengsou|Sengsu',
      'Khounma|Khunma',
    ),
    words(
      'chanh|chan',
      'phachanh|phachan',
      'vath|vat',
      'vong|vongs',
      'many|mani',
      'phone|phon',
      'sy|si',
      'lath|lat',
      'sack|sak',
    ),
  ),
  male: words(
    'Souksavanh|Souksavan|Suksavanh',
    'Bounmy|Bounmi|Bunmy',
    'Khamphet|Kamphet',
    'Somphone|Somphon|Sompone',
    'Vanthong|Vanthon|Wanthong',
    'Bounthanh|Bounthan|Bunthanh',
    'Sengphet|Sengpheth',
    'Thongsavanh|Thongsavan|Tongsavanh',
    'Khamla|Khamlah',
  ),
  female: words(
    'Phonesavanh|Phonsavan|Ponesavanh',
    'Manivone|Manivon',
    'Vilayvanh|Vilayvan|Wilayvanh',
    'Noy|Noi',
    'Bouasone|Buasone|Bouasorn',
    'Chanthala|Chantala|Chanthalah',
    'Malaythong|Malaithong',
    'Souphaphone|Souphaphon|Suphaphone',
    'Davone|Davon',
  ),
  nicknames: { male: words('Tou', 'Kham'), female: words('Noy', 'Nang', 'Keo') },
};

export const filipino = {
  family: words(
    'Santos',
    'Reyes',
    'Cruz',
    'Bautista',
    'Garcia',
    'Mendoza',
    'Dela Cruz|Delacruz|De la Cruz',
    'Villanueva',
    'Ramos',
  ),
  male: words('Jose', 'Juan', 'Mark', 'John Paul|Johnpaul', 'Rodel', 'Ariel'),
  female: words(
    'Maria|Ma.',
    'Cristina|Christina',
    'Rowena',
    'Jennifer|Jenifer',
    'Marites',
    'Rosalie|Rosaly',
    'Lourdes',
  ),
  nicknames: { male: words('Jun', 'Bong', 'Toto'), female: words('Tina', 'Joy', 'Baby', 'Weng') },
};
