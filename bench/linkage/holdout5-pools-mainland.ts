/**
 * The fifth held-out set's name pools of mainland Southeast Asia: Vietnamese (the pool's spelling
 * keeps the marks; agencies mostly drop them), Burmese, Khmer and Thai with their own scripts, Lao.
 * Same notation and order as holdout5-pools.ts.
 */
import { type NameWord, words } from './holdout5-pools.ts';

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
