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
    Prakash|Prakas|Pragash; Thinesh|Dinesh|Tinesh; Kavin|Kavin|Kaven; Arul|Arool|Arul`),
  female:
    parts(`Priya|Preya|Piriya; Kavitha|Kavita|Kavidha; Letchumy|Letchumi|Lechumy|Lakshmi; Devi|Thevi|Devi;
    Kaliammah|Kaliamma|Kaliyammah; Malarvili|Malar Vili|Malavili; Sangeetha|Sangita|Sankeetha;
    Shanthi|Shanti|Santhi; Vasanthi|Vasanti|Vasanthy; Yamuna|Yamunah|Jamuna; Thilagavathy|Thilagavathi|Tilagavathy;
    Saraswathy|Saraswati|Sarasvathi`),
  father: parts(`Subramaniam|Subramanian|Subramaniyam|Supramaniam; Muthusamy|Muthusami|Muthusamey;
    Rajendran|Rajendren|Rajenthiran; Krishnan|Kirishnan|Krisnan; Arumugam|Arumugum|Aarumugam;
    Ramasamy|Ramasami|Raamasamy; Govindasamy|Govindasami|Kovindasamy; Murugan|Murugan|Murukan;
    Perumal|Perumall|Perumaal; Maniam|Maniyam|Manniam; Nadarajah|Nadaraja|Natarajah; Shanmugam|Sanmugam|Shanmugham;
    Veerappan|Virappan|Veerapan; Palaniappan|Palaniapan|Palanippan`),
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
    `Sri|Sri|Sry; Siti|Siti|Sity; Dewi|Dewi|Dwi; Nur|Noer|Nor; Ani|Ani|Anie; Rina|Rina|Rinah`,
  ),
  female:
    parts(`Rahayu|Rahaju|Rahayu; Wahyuni|Wahjoeni|Wahyunie; Lestari|Lestari|Lestary; Aminah|Aminah|Amina;
    Rahmawati|Rachmawati|Rahmawaty; Yulianti|Julianti|Yuliyanti; Handayani|Handajani|Handayani;
    Kurniasih|Koerniasih|Kurniasi; Susanti|Soesanti|Susanty; Purwaningsih|Poerwaningsih|Purwaningsi`),
  maleFirst: parts(`Eko|Eko|Ekoo; Agus|Agoes|Agus; Budi|Boedi|Budhi; Joko|Djoko|Jhoko; Ahmad|Achmad|Akhmad;
    Muhammad|Mochammad|Moch.|Muhamad; Yusuf|Joesoef|Yusup; Cahyo|Tjahjo|Cahya; Syamsul|Sjamsul|Samsul;
    Khairul|Chairul|Hairul`),
  male: parts(`Prasetyo|Prasetijo|Prasetio; Santoso|Santosa|Santoso; Susilo|Soesilo|Susilo; Purwanto|Poerwanto|Purwanta;
    Setiawan|Setiyawan|Setyawan; Hidayat|Hidajat|Hidayat; Kurniawan|Koerniawan|Kurniawan; Wahyudi|Wahjoedi|Wahyudy;
    Nugroho|Noegroho|Nugraha; Hartono|Hartono|Hartana`),
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
    Thu_Trang Thanh_Hương Ngọc_Anh Mỹ_Linh Kim_Oanh`
    .trim()
    .split(/\s+/),
  male: `Hùng Tuấn Dũng Minh Nam Hải Long Đức Thắng Cường Hiếu Quang Sơn Tài Phúc Trung Khoa Việt Huy
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

/** A part written in its own script: the script form first in each entry, then the Latin spellings. */
const scripted = (entries: string) =>
  parts(entries).map((spellings) => {
    const [script, ...latin] = spellings;
    return { script: script as string, latin: latin as Spelled };
  });
/** Burmese syllables (no family names): Myanmar script (Unicode), then Latin (first = passport's). */
export const myanmar = {
  male: scripted(`အောင်|Aung|Aung|Aong; ကျော်|Kyaw|Kyau|Chaw|Kyawe; မင်း|Min|Min|Minn; ထွန်း|Htun|Tun|Htoon|Tunn;
    ဇော်|Zaw|Zaw|Zawe; သန့်|Thant|Thant|Than; နိုင်|Naing|Nine|Naign; စိုး|Soe|Soe|So|Soh; မြင့်|Myint|Myintt|Mying;
    ဝင်း|Win|Winn|Win; သူ|Thu|Thuu|Thoo; ဖြိုး|Phyo|Pyo|Phyoe; ထက်|Htet|Htat|Tet; ပိုင်|Paing|Paing|Pine;
    လင်း|Lin|Linn|Lin; သက်|Thet|Thett|Tet; နေ|Nay|Nay|Ne; ရဲ|Ye|Yae|Ye; မျိုး|Myo|Myoe|Myo; တင်|Tin|Tinn|Tin;
    သိန်း|Thein|Thane|Htein; ဟိန်း|Hein|Hain|Hein; လှိုင်|Hlaing|Laing|Hlaine`),
  female: scripted(`ခင်|Khin|Khinn|Kin; စု|Su|Su|Soo; မြ|Mya|Mya|Mya; လှ|Hla|La|Hla; ငြိမ်း|Nyein|Nyain|Nyane;
    မိုး|Moe|Mo|Moh; အိ|Ei|Ei|Eii; ဖြူ|Phyu|Phyu|Pyu; နွယ်|Nwe|Nway|Nwe; ထေး|Htay|Htae|Tay; မြတ်|Myat|Myatt|Myat;
    နှင်း|Hnin|Nhin|Hnin; ဝေ|Wai|Way|Wai; ရည်|Yee|Yi|Ye; ကြည်|Kyi|Kyee|Chi; စန်း|San|Sann|San; ချို|Cho|Cho|Kyo;
    မေ|May|Mei|May; ဇာ|Zar|Zar|Za; အေး|Aye|Aey|Eaye; ဆွေ|Swe|Sway|Swe; ခိုင်|Khaing|Khine|Khaig;
    သီတာ|Thida|Thi Da|Theda; နန္ဒာ|Nandar|Nan Dar|Nanda; စန္ဒာ|Sandar|San Dar|Sanda; သူဇာ|Thuzar|Thu Zar|Thuza;
    ရတနာ|Yadanar|Ya Da Nar|Yadana; သီရိ|Thiri|Thi Ri|Theri; ဝင့်|Wint|Wint|Win`),
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
    ខៀវ|Khieu|Khiev|Kiev; ពៅ|Pov|Pao|Pau`),
  female:
    scripted(`សុភា|Sophea|Sophia|Sopea; សុខា|Sokha|Sokhar|Sokhaa; បុប្ផា|Bopha|Bupha|Boppha; ចន្ថា|Chantha|Chanta|Chanthea;
    ស្រីមុំ|Sreymom|Srey Mom|Sreimom; ស្រីពៅ|Sreypov|Srey Pov|Sreypeou; ពិសី|Pisey|Pisei|Pesey; កញ្ញា|Kanha|Kagna|Kannha;
    សុធារី|Sotheary|Sothearie|Sothiary; រស្មី|Reaksmey|Raksmey|Reaksmei; ម៉ាលី|Maly|Mali|Malee; ផល្លា|Phalla|Phala|Phalla`),
  male: scripted(`ដារ៉ា|Dara|Darah|Da Ra; វិចិត្រ|Vichet|Vicheth|Vichit; សុផល|Sophal|Sophall|Sopal;
    សំណាង|Samnang|Somnang|Samnaang; ពិសិដ្ឋ|Piseth|Piset|Pisith; ឫទ្ធី|Rithy|Rithi|Ritthy; វណ្ណា|Vanna|Vana|Van Na;
    សុភ័ក្រ|Sopheak|Sophak|Sopheak; វិសាល|Visal|Vesal|Wisal; បូរី|Borey|Borei|Bourey; កុសល|Kosal|Kosaal|Kosal;
    រដ្ឋា|Ratha|Rotha|Rattha`),
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
    ศิริพร|Siriporn|Siriphon|Siriporn; นงลักษณ์|Nongluck|Nongluk|Nongluk; ปราณี|Pranee|Prani|Pranee; เพ็ญศรี|Pensri|Phensi|Pensri`),
  male: scripted(`สมชาย|Somchai|Somchay|Somchai; สมศักดิ์|Somsak|Somsak|Somsakdi; ประเสริฐ|Prasert|Prasoet|Prasert;
    สมพร|Somporn|Somphon|Somporn; บุญชัย|Boonchai|Bunchai|Boonchay; วิชัย|Wichai|Vichai|Wichay; สุนทร|Sunthorn|Soonthorn|Sunthon;
    ชัยวัฒน์|Chaiwat|Chaiyawat|Chaiwath; อนุชา|Anucha|Anucha|Anuchar; ธนากร|Thanakorn|Tanakorn|Thanakon`),
  nickname: ['Noi', 'Lek', 'Nok', 'Joy', 'Ploy', 'Pim', 'Bee', 'Aom', 'Tum', 'Boy', 'Golf', 'Ton'] as Spelled,
  title: { male: ['Mr.', 'นาย'], female: ['Miss', 'นางสาว'], married: ['Mrs.', 'นาง'] },
};

/** Filipino: given name(s), middle name (the mother's maiden surname), surname. */
export const filipino = {
  female:
    parts(`Maria Cristina|Ma. Cristina|Maria Christina; Rosario|Rosario|Rosaryo; Maritess|Marites|Maritez;
    Jennifer|Jenifer|Jennefer; Lovely|Lovely|Lovelie; Mary Grace|Marygrace|Mary Grace; Rowena|Rowena|Roweena;
    Maria Theresa|Ma. Theresa|Maria Teresa; Analyn|Ana Lyn|Annalyn; Jocelyn|Joselyn|Jocelyn;
    Marilou|Mary Lou|Marilu; Girlie|Girly|Girlie; Rhea Mae|Rheamae|Rhea May; Kristine Joy|Kristine Joy|Christine Joy`),
  male: parts(`Jose|Jose|Jose; Juan Carlos|Juan Carlos|Juancarlos; Mark Anthony|Marc Anthony|Mark Antony;
    John Paul|Jhon Paul|Johnpaul; Rommel|Romel|Rommel; Reynaldo|Reinaldo|Renaldo; Rogelio|Rojelio|Rogelio;
    Ernesto|Ernesto|Ernisto; Jericho|Jerico|Jericho; Joel|Joel|Jhoel; Arnel|Arnel|Arnell; Rodrigo|Rodrigo|Rodrigo`),
  surname:
    parts(`Santos; Reyes|Reyes|Reys; Cruz; Dela Cruz|De la Cruz|Delacruz|De La Cruz; Garcia|Garcia|Garcya;
    Mendoza; Bautista|Bautista|Batista; Villanueva|Villanueva|Vilanueva; Ramos; Aquino|Aquino|Akino;
    Castillo|Castillo|Castilio; Fernandez|Fernandez|Fernandes; Del Rosario|Delrosario|Del Rosario;
    Peñaflor|Penaflor|Penaflor; Manalo; Macaraeg|Macaraig|Macaraeg; Pangilinan|Pangilinan|Panglinan;
    Gonzales|Gonzalez|Gonzales; Navarro|Navaro|Navarro; Sarmiento|Sarmiento|Sarmyento; Tolentino|Tolentino|Tolintino;
    Ocampo|Ocampo|Ocampo; Ibañez|Ibanez|Ibanes; Dumalagan|Dumalagan|Domalagan`),
  suffix: ['Jr.', 'Jr', 'III'] as Spelled,
};
