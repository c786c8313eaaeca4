/**
 * The fifth held-out set's name pools (Malaysia, Indonesia, the Philippines; mainland Southeast
 * Asia in holdout5-pools-mainland.ts), written from ../shared/reference/names.md and what we know
 * of how these names are written, without reading the model's name rules or the other sets' pools.
 *
 * An entry is `own=Roman|Variant|…`: the name in its own script (Burmese, Thai, Khmer) when it
 * has one, then its usual romanisation first and the other romanisations agencies use after it.
 * Vietnamese is written with its marks, its own form, which most agencies take off. Lists run from the most common name down (draws favour the first).
 */

/** One name word: its own-script form when the group has one, and its romanisations (usual first). */
export interface NameWord {
  readonly own: string | null;
  readonly roman: readonly [string, ...string[]];
}

export function words(...entries: string[]): NameWord[] {
  return entries.map((entry) => {
    const [own, romans] = entry.includes('=') ? entry.split('=') : [null, entry];
    const roman = (romans as string).split('|');
    return { own: own ?? null, roman: roman as [string, ...string[]] };
  });
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
