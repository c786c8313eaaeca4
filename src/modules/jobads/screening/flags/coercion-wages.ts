import type { RedFlag } from './types.ts';

/*
 * The two flags of wages taken from the worker (ILO indicators "debt bondage" and "withholding of
 * wages"), kept apart from the rest of coercion.ts for their gap patterns; coercionFlags lists
 * them in its own order.
 */

/**
 * A gap inside a "wages held back" pattern that does not run over a monthly wage or a bonus:
 * "salary paid monthly, bonus at the end of the contract" holds nothing back.
 */
const monthlyOrBonus =
  'bonus|gratuity|allowance|incentive|monthly|every month|each month|elaun|insentif|tunjangan|setiap bulan|tiap bulan|bulanan|thưởng|phụ cấp|hàng tháng|mỗi tháng';
const wageGap = (most: number) => `(?:(?!${monthlyOrBonus})[^.!\\n]){0,${most}}`;
/** The same, also stopping at a comma or a semicolon. */
const clauseWageGap = (most: number) => `(?:(?!${monthlyOrBonus})[^.!\\n,;]){0,${most}}`;

/** Travel, recruitment or housing costs repaid from wages: a debt to work off. */
export const debtFromWages: RedFlag = {
  id: 'debt_from_wages',
  weight: 1.1,
  negatable: true,
  reason: {
    en: 'Travel, visa or recruitment costs are advanced and repaid from the wages (debt bondage)',
    ms: 'Kos perjalanan, visa atau pengambilan didahulukan dan dibayar balik daripada gaji (jeratan hutang)',
    id: 'Biaya perjalanan, visa atau perekrutan ditalangi lalu dipotong dari gaji (jeratan utang)',
    vi: 'Chi phí đi lại, visa hoặc tuyển dụng được ứng trước rồi trừ vào lương (lao động gán nợ)',
  },
  patterns: {
    en: [
      '\\b(costs?|fees?|tickets?|airfare|flights?|visa|transport(ation)?|travel|recruitment|agency|placement|advance|loan|debt|processing|expenses)\\b[^.!\\n]{0,40}\\b(deducted|repaid|paid back|recovered|taken|cut|withheld|paid off)\\b[^.!\\n]{0,30}\\b(from|out of|through|via|by|in) (your |the |monthly |first )?(\\w+ )?(salary|salaries|wages?|pay|earnings|paychecks?|instal?ments|deductions)\\b',
      '\\b(repay|pay back|pay off|work off|settle)\\b[^.!\\n]{0,40}\\b(from|through|out of|with) (your |the )?(salary|wages?|work|pay|deductions)\\b',
      '\\b(salary|wage|pay) deductions?\\b[^.!\\n]{0,30}\\b(for|until|to cover) (the )?(\\d+ |first |your )?(months?|costs?|tickets?|fees?|visa|loan|advance|debt)',
      '\\b(pay|paid) (later|after you start|after arrival) (from|out of|through) (your )?(salary|wages?|pay)\\b',
      '\\bfirst \\d+ months?\\W{0,2} (salary|wages?|pay)\\b[^.!\\n]{0,30}\\b(deducted|goes to|go to|covers?|for the (agent|agency|costs?))',
      '\\b(go|fly|travel|leave) (now|first),? pay later\\b',
    ],
    ms: [
      '(kos|yuran|tiket|visa|pengangkutan|perjalanan|pendahuluan|hutang|pinjaman|permit|levi|belanja)[^.!\\n]{0,40}(dipotong|ditolak|dibayar balik|dibayar semula|ditanggung dulu)[^.!\\n]{0,15}(gaji|upah)',
      '(potong|tolak) (gaji|upah)[^.!\\n]{0,30}(bulan|kos|tiket|yuran|hutang|levi|pinjaman)',
      'bayar (balik|semula|kemudian) (melalui|dengan|dari|daripada|guna) (gaji|potongan)',
      'hutang[^.!\\n]{0,30}(potong|tolak|bayar)[^.!\\n]{0,10}(gaji|upah)',
      'pergi dulu,? bayar kemudian',
    ],
    id: [
      '(biaya|ongkos|tiket|visa|paspor|keberangkatan|proses|utang|hutang|pinjaman|kasbon|talangan|pengurusan)[^.!\\n]{0,40}(dipotong|dicicil|diangsur|dibayar|potong|cicil)[^.!\\n]{0,15}(gaji|upah)',
      'potong(an)? gaji[^.!\\n]{0,30}(bulan|biaya|tiket|utang|hutang|ongkos|talangan)',
      'sistem potong gaji',
      '(dana|biaya) talangan',
      '\\bkasbon\\b',
      'bayar (nanti|belakangan|setelah (kerja|bekerja|gajian))',
      'berangkat dulu,? bayar (nanti|belakangan|kemudian)',
    ],
    vi: [
      '(chi phí|phí|tiền vé|vé máy bay|visa|nợ|tiền vay|tiền ứng|tiền môi giới)[^.!\\n]{0,40}(trừ|khấu trừ|trả dần|hoàn trả|trả lại|trả góp)[^.!\\n]{0,10}(lương|tiền lương)',
      'trừ dần (vào )?lương',
      'khấu trừ (vào |từ )?lương',
      'đi trước,? trả sau',
      'bay trước,? trả (tiền )?sau',
      'ứng trước (toàn bộ )?chi phí',
      'làm (để )?trả nợ',
    ],
    th: [
      'หักเงินเดือนคืน',
      'ผ่อนจ่ายจากเงินเดือน',
      'หักค่า(ตั๋ว|วีซ่า|เดินทาง|นายหน้า|หัว|ดำเนินการ).{0,12}(เงินเดือน|รายเดือน|ทุกเดือน)',
      'ไปก่อนจ่ายทีหลัง',
      'ค่า(ตั๋ว|วีซ่า|เดินทาง|นายหน้า|หัว|ดำเนินการ).{0,6}หัก(จาก)?เงินเดือน',
      'ไปก่อนผ่อนทีหลัง',
      'ทำงานใช้หนี้',
      'หักหนี้',
      'สำรองจ่ายให้ก่อน',
    ],
    my: [
      'လစာထဲ(က|မှ)(ဖြတ်|နုတ်)',
      'လစာမှပြန်(ဆပ်|ဖြတ်)',
      'အကြွေးဆပ်',
      'ကြွေးဆပ်',
      'အရင်သွား.{0,6}နောက်မှ(ပေး|ဆပ်)',
      'လစာဖြင့်ပြန်ဆပ်',
      'စရိတ်ကို.{0,10}လစာ(ထဲ|မှ)',
    ],
    km: [
      'កាត់ប្រាក់ខែ',
      'កាត់ចេញពីប្រាក់ខែ',
      'សងបំណុល',
      'ទៅមុនបង់ក្រោយ',
      'ទៅសិនបង់ក្រោយ',
      'ខ្ចីប្រាក់.{0,10}ប្រាក់ខែ',
      'សងតាមប្រាក់ខែ',
    ],
  },
};

/** Wages held back until the contract or the voyage ends, or only pocket money paid. */
export const wagesWithheld: RedFlag = {
  id: 'wages_withheld',
  weight: 1.1,
  negatable: true,
  reason: {
    en: 'Wages are held back until the end of the contract or the voyage, or only pocket money is paid',
    ms: 'Gaji ditahan sehingga tamat kontrak atau pelayaran, atau hanya wang saku dibayar',
    id: 'Gaji ditahan sampai kontrak atau pelayaran selesai, atau hanya uang saku yang dibayar',
    vi: 'Lương bị giữ lại đến hết hợp đồng hay hết chuyến biển, hoặc chỉ trả tiền tiêu vặt',
  },
  patterns: {
    en: [
      `\\b(salary|salaries|wages?|pay|earnings)\\b${wageGap(40)}\\b(paid|given|released|settled|transferred)\\b${wageGap(25)}\\b(at|after|upon|on) (the )?(end of (the |your )?(contract|voyage|trip|season|term|service)|completion|finish(ing)? (the |your )?contract|return(ing)? home|your return)\\b`,
      `\\b(salary|salaries|wages?|pay)\\b${wageGap(20)}\\b(held|kept|withheld|saved|retained)\\b${wageGap(30)}\\b(until|till|by the (company|employer|agent|agency|captain))\\b`,
      "\\b(withhold|withholds|hold|holds|keep|keeps) (your |the |workers' )?(salary|salaries|wages?|pay)\\b",
      '\\bpocket money\\b[^.!\\n]{0,40}\\b(rest|balance|remainder|end|return)\\b',
      '\\b(rest|balance|remainder) (of (the|your) (salary|wages?|pay) )?(is |will be )?(paid|given) (at|after|upon|on) (the )?(end of (the )?(contract|voyage|trip|season)|return|completion)',
      '(?<!\\b(bonus|gratuity|allowance|incentive|commission)(es|s)? (is |are |will be )?)\\bpaid (in full |in one lump sum |as a lump sum )?(at|after|upon) (the )?(end of (the )?(contract|voyage|trip|season)|completion of (the )?contract|return home)\\b',
      `\\b(salary|salaries|wages?|pay|earnings)\\b${wageGap(30)}\\bonly (at|after|upon|on) (the )?(end|completion|expiry) of (the |your )?(contract|voyage|trip|season|term)\\b`,
      `\\b(salary|salaries|wages?|pay|earnings)\\b${clauseWageGap(30)}\\b(paid|given|released|settled|transferred)\\b${clauseWageGap(20)}\\b(at|after|upon|on|when|once) (you )?(the )?(contract (end|ends|expiry|completion)|(finish|finishing|complete|completing|completion of|end of|expiry of) (the |your )?(\\d+[- ](years?|months?)[- ])?(contract|voyage|season))\\b`,
      '\\b(salary|salaries|wages?|pay)( is| are| will be)?( paid)? (at|after|upon) (the )?(end|completion|expiry) of (the |your )?(contract|voyage|season)\\b',
      `\\b(salary|salaries|wages?|pay)\\b${wageGap(25)}\\b(paid|given|released|settled)\\b${wageGap(15)}\\b(when|once) (the |your )?(contract|voyage|season) (ends|is (finished|completed|over))\\b`,
    ],
    ms: [
      `(gaji|upah)${wageGap(30)}(dibayar|diberi|diberikan|dilepaskan|diterima) (selepas|pada|di|semasa) ((akhir|tamat|habis) (kontrak|pelayaran|musim|tempoh)|pulang)`,
      '(gaji|upah) (akan )?(ditahan|disimpan) (oleh|sehingga|hingga|sampai)',
      '(tahan|simpan) gaji',
      'wang saku[^.!\\n]{0,40}(baki|selebihnya|tamat|akhir|pulang)',
      `(gaji|upah)${wageGap(30)}(dibayar|diberi|diberikan|dilepaskan|diterima|dijelaskan|bayar|beri)( hanya| sekali(gus)?| penuh)? ((selepas|pada|di|semasa|bila|apabila|ketika|waktu|masa) )?((peng)?(akhir|hujung)|tamat|habis|selesai) (kontrak|pelayaran|musim|tempoh)`,
      '(gaji|upah) (hanya )?(pada|di|selepas) (peng)?(hujung|akhir|tamat) (kontrak|pelayaran|musim|tempoh)',
      `(gaji|upah)${wageGap(30)}(dibayar|diberi|diberikan|dijelaskan) (hanya )?(selepas|apabila|bila|setelah) (tempoh )?kontrak (tamat|habis|selesai|berakhir)`,
    ],
    id: [
      `(gaji|upah)${wageGap(30)}(dibayar|diberikan|dicairkan|diterima|dibayarkan) (setelah|saat|di|pada|waktu|ketika) ((akhir|selesai|habis|tamat) (kontrak|berlayar|pelayaran|musim)|pulang|finish)`,
      '(gaji|upah) (akan )?(ditahan|disimpan|dititipkan|dikumpulkan) (oleh|sampai|hingga|di)',
      'uang saku[^.!\\n]{0,40}(sisa|sisanya|akhir|pulang|selesai)',
      'sisa gaji[^.!\\n]{0,30}(pulang|akhir|selesai|finish)',
      'tahan gaji',
      `(gaji|upah)${wageGap(30)}(dibayar(kan)?|diberi(kan)?|dikasih|dicairkan|diterima|dirapel)( hanya| sekaligus| full| penuh)? ((setelah|saat|di|pada|waktu|ketika|sesudah|sampai) )?(akhir|selesai|habis|tamat|ujung|finish|berakhirnya|selesainya|habisnya) (masa )?(kontrak|berlayar|pelayaran|musim)`,
      '(gaji|upah) (hanya )?(di|pada|setelah) (akhir|ujung|selesai) (masa )?kontrak',
      `(gaji|upah)${wageGap(30)}(dibayar(kan)?|diberi(kan)?|dicairkan) (hanya )?(setelah|sesudah|saat|ketika|kalau) (masa )?kontrak (selesai|habis|berakhir|tamat)`,
    ],
    vi: [
      `lương${wageGap(30)}(trả|thanh toán|nhận|gửi|quyết toán) (một lần )?(khi |vào |sau khi )?((hết|kết thúc|cuối|xong|mãn|hoàn thành) (hợp đồng|chuyến|mùa|vụ|hạn)|về nước)`,
      '(giữ|giữ lại|tạm giữ|giam) lương',
      'lương (được |sẽ được )?(giữ|gửi) (lại|hộ)',
      'tiền tiêu vặt[^.!\\n]{0,40}(còn lại|phần còn lại|cuối|về nước)',
      'nhận lương (một lần|cuối hợp đồng)',
      '(trả|nhận|thanh toán|quyết toán) (toàn bộ )?lương (một lần )?(khi |vào |sau khi )?(hết|kết thúc|cuối|mãn|xong) (kỳ )?(hợp đồng|chuyến|mùa vụ)',
      '(hết|kết thúc|cuối|mãn) (hạn )?hợp đồng (mới|thì mới) (được )?(trả|nhận|thanh toán)',
    ],
    th: [
      'เงินเดือน.{0,15}(จบสัญญา|ครบสัญญา|หมดสัญญา|กลับบ้าน|กลับประเทศ|ขึ้นฝั่ง)',
      '(จ่าย|ได้)(เงิน|ค่าจ้าง).{0,10}(ตอนจบสัญญา|เมื่อครบสัญญา|ตอนกลับ|ตอนขึ้นฝั่ง)',
      'เก็บเงินเดือน(ไว้)?ให้',
      'ยึดเงินเดือน',
      'ครบสัญญาค่อยจ่าย',
      '(เงินเดือน|ค่าจ้าง).{0,15}(จบสัญญา|ครบสัญญา|หมดสัญญา|สิ้นสุดสัญญา)',
      '(จ่าย|ได้รับ)(เงินเดือน|ค่าจ้าง).{0,10}สิ้นสุดสัญญา',
      '(หมด|ครบ|จบ|สิ้นสุด)สัญญา(แล้ว)?(ถึง|จึง|ค่อย)(จะ)?(ได้|จ่าย)',
    ],
    my: [
      'လစာ(ကို)?.{0,12}(စာချုပ်ပြီး|စာချုပ်ကုန်|စာချုပ်ပြည့်|အိမ်ပြန်)',
      'စာချုပ်(ပြီး|ပြည့်)မှ.{0,6}(လစာ|ပေး)',
      'လစာထိန်း',
      'လစာသိမ်း',
      'အိမ်ပြန်မှ(ပေး|ရှင်း)',
      'စာချုပ်(ကုန်ဆုံး|သက်တမ်းကုန်|ပြီးဆုံး|ပြည့်)(ချိန်|တော့)?မှ.{0,8}(လစာ|ပေး)',
      'လစာ(ကို)?.{0,12}(စာချုပ်ကုန်ဆုံး|စာချုပ်သက်တမ်းကုန်|စာချုပ်ပြီးဆုံး)',
    ],
    km: [
      'ប្រាក់ខែ.{0,12}(ចប់កិច្ចសន្យា|ផុតកិច្ចសន្យា|ពេលត្រឡប់|ពេលត្រលប់)',
      'រក្សាទុកប្រាក់ខែ',
      'ទុកប្រាក់ខែ',
      'ចប់កិច្ចសន្យាទើប(បើក|ទូទាត់)',
      'បើកប្រាក់ខែពេលចប់',
      'ប្រាក់ខែ.{0,15}(បញ្ចប់កិច្ចសន្យា|ផុតកំណត់កិច្ចសន្យា)',
      '(ចប់|ផុត|បញ្ចប់)កិច្ចសន្យា(សិន)?ទើប',
    ],
  },
};
