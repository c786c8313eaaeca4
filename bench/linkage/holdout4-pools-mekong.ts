/**
 * Name words of the fourth held-out set for Myanmar (Bamar, Karen, Shan and Rohingya), Cambodia,
 * Thailand and Laos, written from general knowledge (see holdout4-pools.ts for the `|` forms).
 * Burmese syllables carry their Myanmar-script spelling in Unicode; Zawgyi is derived from it
 * (holdout4-spelling.ts). Thai words carry their Thai-script spelling.
 */

/** A name word with its romanised forms (`|`) and its spelling in the person's own script. */
export type ScriptWord = readonly [forms: string, script: string];

// Burmese: no family name, one to four syllables; honorifics by age, sex and people --------------
export const burmeseSyllables: readonly ScriptWord[] = [
  ['Aung|Aong|Aungg', 'အောင်'],
  ['Kyaw|Kyau|Chaw|Kyo', 'ကျော်'],
  ['Win|Winn|Wynn', 'ဝင်း'],
  ['Thein|Thane|Thien', 'သိန်း'],
  ['Htun|Tun|Htoon', 'ထွန်း'],
  ['Myo|Myoe|Mio', 'မျိုး'],
  ['Zaw|Zau|Zaww', 'ဇော်'],
  ['Su|Suu|Soo', 'စု'],
  ['Mya|Myah|Mia', 'မြ'],
  ['Hnin|Nhin|Hnyin', 'နှင်း'],
  ['Khin|Khinn|Kin', 'ခင်'],
  ['Aye|Aay|Eh', 'အေး'],
  ['Phyu|Phyoo|Pyu', 'ဖြူ'],
  ['Nwe|Nway|Nwei', 'နွယ်'],
  ['San|Sann|Sanh', 'စန်း'],
  ['Moe|Mo|Moh', 'မိုး'],
  ['Hla|Hlar|Lha', 'လှ'],
  ['Maung|Mg|Mong', 'မောင်'],
  ['Thu|Thuu|Thoo', 'သူ'],
  ['Naing|Nine|Naign', 'နိုင်'],
  ['Min|Minn|Myin', 'မင်း'],
  ['Lwin|Lwinn|Lwyn', 'လွင်'],
  ['Soe|So|Soh', 'စိုး'],
  ['Nyein|Nyain|Nyien', 'ငြိမ်း'],
  ['Khaing|Khine|Khaine', 'ခိုင်'],
  ['Wai|Way|Wei', 'ဝေ'],
  ['Phyo|Pyo|Phyoe', 'ဖြိုး'],
  ['Nay|Nei|Ne', 'နေ'],
  ['Lin|Linn|Lynn', 'လင်း'],
  ['Zin|Zinn|Zen', 'ဇင်'],
  ['Htet|Htat|Tet', 'ထက်'],
  ['Paing|Pine|Phaing', 'ပိုင်'],
  ['Cho|Choe|Kyo', 'ချို'],
  ['Ye|Yay|Yei', 'ရေ'],
  ['Myint|Myintt|Mint', 'မြင့်'],
  ['Tin|Tinn|Tinh', 'တင်'],
  ['Ohn|Ohnn|On', 'အုန်း'],
  ['Kyi|Chi|Kyee', 'ကြည်'],
  ['Hlaing|Hlaine|Laing', 'လှိုင်'],
  ['Thant|Than|Thandt', 'သန့်'],
];
export const burmeseHonorifics: Readonly<Record<string, ScriptWord>> = {
  U: ['U|Oo|U.', 'ဦး'],
  Daw: ['Daw|Dw.|Daw.', 'ဒေါ်'],
  Ma: ['Ma|Ma.|Mah', 'မ'],
  Ko: ['Ko|Koh|Ko.', 'ကို'],
  Maung: ['Maung|Mg|Mg.', 'မောင်'],
  Saw: ['Saw|Saww|Sau', 'စော'],
  Naw: ['Naw|Nau|Naw.', 'နော်'],
  Sai: ['Sai|Sai.|Sy', 'စိုင်း'],
  Nang: ['Nang|Nan|Nang.', 'နန်း'],
};

// Rohingya: Arabic and Bengali-origin names, no family name; Bengali vowels heard as o or a -------
export const rohingyaMaleFirst = [
  'Mohammed|Mohammad|Muhammad|Md|Mohamed|Mohd',
  'Abdul|Abdu|Abd',
  'Nur|Noor|Nurul',
  'Sayed|Syed|Said',
  'Dil|Dill',
  'Zafar|Jafar|Jofor',
  'Sultan|Sultaan',
  'Rahim|Rohim|Raheem',
  'Abu|Abul',
  'Hamid|Hamed|Homid',
];
export const rohingyaMaleSecond = [
  'Hussain|Hossain|Hussein|Husson',
  'Alam|Alom|Allam',
  'Ullah|Ulla|Ollah',
  'Islam|Eslam|Islaam',
  'Shukkur|Shukur|Sukkur',
  'Rafique|Rafiq|Rofik',
  'Amin|Ameen|Amen',
  'Karim|Kareem|Korim',
  'Haque|Hoque|Hoq',
  'Yunus|Yunous|Eunus',
  'Miah|Mia|Meah',
  'Hashim|Hasim|Hashem',
];
export const rohingyaFemaleFirst = [
  'Nur|Noor|Nor',
  'Rashida|Roshida|Rasheda',
  'Hamida|Homida|Hameeda',
  'Fatema|Fatima|Fatimah',
  'Asma|Osma|Ashma',
  'Rehana|Rihana|Rahana',
  'Kalima|Kolima|Kaleema',
  'Shamima|Somima|Shameema',
  'Yasmin|Jasmin|Yasmeen',
  'Minara|Menara|Minaara',
];
export const rohingyaFemaleSecond = [
  'Begum|Begom|Bagum',
  'Khatun|Khatoon|Katun',
  'Bibi|Beebee',
  'Jahan|Johan|Jahaan',
  'Nisa|Nesa|Nissa',
  'Akter|Akhter|Aktar',
];

// Khmer: family name first; ch/chh, k/kh, ea/ia, doubled finals, compounds with or without space --
export const khmerFamily = [
  'Sok|Sokk',
  'Chan|Chann|Chhan',
  'Chea|Chia',
  'Kim|Kimm',
  'Keo|Kaev|Keu',
  'Heng|Hang',
  'Ly|Lee|Li',
  'Meas|Mes|Meah',
  'Pich|Pech|Pish',
  'Seng|Sing',
  'Touch|Toch|Tuch',
  'Prak|Prak.|Brak',
  'Nhem|Nhim|Nim',
  'Chhun|Chun|Choun',
  'Khieu|Kheu|Khiev',
  'Ouk|Uk|Ouch',
];
export const khmerGivenFemale = [
  'Sreymom|Srey Mom|Sreimom',
  'Sreyneang|Srey Neang|Sreynieng',
  'Sokha|Sokhar|Sokhaa',
  'Sophea|Sophia|Sopheah',
  'Channary|Chanary|Channari',
  'Kunthea|Kanthea|Kuntheah',
  'Bopha|Bopa|Boppha',
  'Sreyleak|Srey Leak|Sreileak',
  'Dalin|Daline|Dalinn',
  'Raksmey|Reaksmey|Raksmei',
  'Phalla|Phala|Phallah',
  'Malis|Maliss|Malich',
];
export const khmerGivenMale = [
  'Dara|Darah|Daraa',
  'Vanna|Vana|Wanna',
  'Piseth|Pisith|Piset',
  'Rithy|Rithi|Ritthy',
  'Samnang|Somnang|Samnaang',
  'Vuthy|Vuthi|Wuthy',
  'Sovann|Sovan|Sovanh',
  'Sophal|Sophall|Sopal',
  'Chhay|Chay|Chhai',
  'Virak|Veyrak|Veirak',
  'Kosal|Kosall|Kossal',
  'Sambath|Sambat|Sombath',
];

// Thai: given name then family name; Royal General System vs. older and by-ear spellings -------
export const thaiGivenFemale: readonly ScriptWord[] = [
  ['Suda|Sudaa|Souda', 'สุดา'],
  ['Malee|Mali|Malii', 'มาลี'],
  ['Siriporn|Siriphon|Siriphorn', 'ศิริพร'],
  ['Wanida|Vanida|Wanidaa', 'วนิดา'],
  ['Pornthip|Phonthip|Porntip', 'พรทิพย์'],
  ['Jintana|Chintana|Jintanaa', 'จินตนา'],
  ['Anong|Anonk|Arnong', 'อนงค์'],
  ['Rattana|Ratana|Rattanaa', 'รัตนา'],
  ['Kanokwan|Kanokwaan|Ganokwan', 'กนกวรรณ'],
];
export const thaiGivenMale: readonly ScriptWord[] = [
  ['Somchai|Somchay|Somchaai', 'สมชาย'],
  ['Somsak|Somsuk|Somsak.', 'สมศักดิ์'],
  ['Somporn|Somphon|Somphorn', 'สมพร'],
  ['Prasert|Prasoet|Prasirt', 'ประเสริฐ'],
  ['Boonmee|Bunmi|Boonmi', 'บุญมี'],
  ['Chatchai|Chatchay|Chatchaai', 'ฉัตรชัย'],
  ['Nattapong|Natthaphong|Nattaphong', 'ณัฐพงษ์'],
];
export const thaiFamily: readonly ScriptWord[] = [
  ['Srisuk|Srisook|Sisuk', 'ศรีสุข'],
  ['Saetang|Sae-Tang|Sae Tang', 'แซ่ตั้ง'],
  ['Wongsawat|Wongsawad|Vongsawat', 'วงศ์สวัสดิ์'],
  ['Thongdee|Thongdi|Tongdee', 'ทองดี'],
  ['Kaewkham|Kaeokham|Kaewkam', 'แก้วคำ'],
  ['Phromma|Promma|Phrommaa', 'พรหมมา'],
  ['Boonyarat|Bunyarat|Boonyaratt', 'บุญยรัตน์'],
  ['Sukprasert|Sukprasoet|Sookprasert', 'สุขประเสริฐ'],
  ['Rattanakorn|Rattanakon|Ratanakorn', 'รัตนากร'],
  ['Inthasorn|Inthason|Intasorn', 'อินทสร'],
];
/** Thai and Lao nicknames, by which shelters and NGOs often know a person. */
export const thaiLaoNicknames = ['Noi', 'Lek', 'Nok', 'Pim', 'Ploy', 'Fon', 'Bee', 'Joy', 'Nat', 'Toon'];

// Lao: given name then family name; French-era spellings (x, ph, ou, final -nh) ------------------
export const laoGiven = [
  'Souksavanh|Souksavan|Suksavan',
  'Phonesavanh|Phonsavan|Ponesavanh',
  'Vilayvanh|Vilayvan|Wilaiwan',
  'Keomany|Keomani|Kaeomany',
  'Bounmy|Bounmi|Bunmi',
  'Khamphanh|Khampan|Khamphan',
  'Somphone|Somphon|Sompone',
  'Manivanh|Manivan|Maniwan',
  'Bounthavy|Bounthavi|Bunthavi',
  'Thongchanh|Thongchan|Tongchanh',
  'Latsamy|Latsami|Ratsamy',
  'Daovone|Daovong|Daovon',
  'Chanthala|Chantala|Jantala',
  'Sisavath|Sisavat|Sysavath',
];
export const laoFamily = [
  'Chanthavong|Chanthavongsa|Janthavong',
  'Phommachanh|Phommachan|Pommachanh',
  'Vongsa|Wongsa|Vongsaa',
  'Inthavong|Intavong|Inthavongs',
  'Sayasith|Xayasith|Saiyasith',
  'Manivong|Maniwong|Manyvong',
  'Sisouphanh|Sisouphan|Sysouphanh',
  'Siharath|Sihalath|Siharat',
  'Xaysana|Saysana|Xaisana',
  'Phanthavong|Phantavong|Phanthavongsa',
];
