import type { Label } from '../prosecution/index.ts';

export type Language = 'en' | 'ms' | 'id' | 'vi';
export const languages = ['en', 'ms', 'id', 'vi'] as const;

/**
 * The words of generated reports (PDF, XLSX, CSV), in every language the platform speaks. The 4P
 * pillars and activity statuses are the action plan's own (`actionPlanLabels`).
 */
export const reportLabels = {
  nationalReport: {
    en: 'National Report on Trafficking in Persons',
    ms: 'Laporan Kebangsaan mengenai Pemerdagangan Orang',
    id: 'Laporan Nasional tentang Perdagangan Orang',
    vi: 'Báo cáo quốc gia về phòng, chống mua bán người',
  },
  tipTable: {
    en: 'Trafficking in Persons Report figures',
    ms: 'Angka Laporan Pemerdagangan Orang (TIP)',
    id: 'Angka Laporan Perdagangan Orang (TIP)',
    vi: 'Số liệu cho Báo cáo về tình hình mua bán người (TIP)',
  },
  period: { en: 'Period', ms: 'Tempoh', id: 'Periode', vi: 'Kỳ báo cáo' },
  scopeNational: {
    en: 'All agencies of the country',
    ms: 'Semua agensi negara',
    id: 'Semua instansi negara',
    vi: 'Tất cả cơ quan trong nước',
  },
  scopeAgency: {
    en: 'Records of the requesting agency',
    ms: 'Rekod agensi yang meminta',
    id: 'Catatan instansi yang meminta',
    vi: 'Hồ sơ của cơ quan yêu cầu',
  },
  generated: { en: 'Generated', ms: 'Dijana', id: 'Dibuat', vi: 'Ngày tạo' },
  page: { en: 'Page', ms: 'Halaman', id: 'Halaman', vi: 'Trang' },
  of: { en: 'of', ms: 'daripada', id: 'dari', vi: '/' },
  suppressedNote: {
    en: 'x: hidden to protect small numbers (fewer than {n} persons, or a cell that would reveal one).',
    ms: 'x: disembunyikan untuk melindungi bilangan kecil (kurang daripada {n} orang, atau sel yang akan mendedahkannya).',
    id: 'x: disembunyikan untuk melindungi angka kecil (kurang dari {n} orang, atau sel yang akan mengungkapkannya).',
    vi: 'x: ẩn để bảo vệ số liệu nhỏ (dưới {n} người, hoặc ô có thể làm lộ số liệu đó).',
  },
  noNames: {
    en: 'Counts only: this report contains no names or identifiers of any person.',
    ms: 'Bilangan sahaja: laporan ini tidak mengandungi nama atau pengenal mana-mana orang.',
    id: 'Hanya jumlah: laporan ini tidak memuat nama atau identitas siapa pun.',
    vi: 'Chỉ có số liệu tổng hợp: báo cáo không chứa tên hay thông tin định danh của bất kỳ ai.',
  },
  lawEnforcement: {
    en: 'Investigations, arrests, prosecutions and convictions by offence',
    ms: 'Siasatan, tangkapan, pendakwaan dan sabitan mengikut kesalahan',
    id: 'Penyidikan, penangkapan, penuntutan dan pemidanaan menurut tindak pidana',
    vi: 'Điều tra, bắt giữ, truy tố và kết án theo tội danh',
  },
  offence: { en: 'Offence', ms: 'Kesalahan', id: 'Tindak pidana', vi: 'Tội danh' },
  investigations: { en: 'Investigations', ms: 'Siasatan', id: 'Penyidikan', vi: 'Vụ điều tra' },
  arrests: { en: 'Arrests', ms: 'Tangkapan', id: 'Penangkapan', vi: 'Vụ bắt giữ' },
  prosecutions: {
    en: 'Persons prosecuted',
    ms: 'Orang didakwa',
    id: 'Orang dituntut',
    vi: 'Người bị truy tố',
  },
  convictions: {
    en: 'Persons convicted',
    ms: 'Orang disabitkan',
    id: 'Orang dipidana',
    vi: 'Người bị kết án',
  },
  total: { en: 'Total', ms: 'Jumlah', id: 'Jumlah', vi: 'Tổng' },
  totalNote: {
    en: 'The total counts each investigation, arrest or person once, whatever their offences.',
    ms: 'Jumlah mengira setiap siasatan, tangkapan atau orang sekali sahaja, walau apa pun kesalahannya.',
    id: 'Jumlah menghitung setiap penyidikan, penangkapan atau orang satu kali, apa pun tindak pidananya.',
    vi: 'Dòng tổng đếm mỗi vụ điều tra, vụ bắt giữ hay mỗi người một lần, dù có nhiều tội danh.',
  },
  victimsBy: {
    en: 'Victims identified by {dimension}',
    ms: 'Mangsa dikenal pasti mengikut {dimension}',
    id: 'Korban teridentifikasi menurut {dimension}',
    vi: 'Nạn nhân được xác định theo {dimension}',
  },
  victimsPath: {
    en: 'Victims identified, referred, sheltered, repatriated and reintegrated',
    ms: 'Mangsa dikenal pasti, dirujuk, dilindungi, dihantar pulang dan diintegrasikan semula',
    id: 'Korban teridentifikasi, dirujuk, ditampung, dipulangkan dan direintegrasi',
    vi: 'Nạn nhân được xác định, chuyển tuyến, tạm trú, hồi hương và tái hòa nhập',
  },
  measure: { en: 'Measure', ms: 'Ukuran', id: 'Ukuran', vi: 'Chỉ tiêu' },
  count: { en: 'Number', ms: 'Bilangan', id: 'Jumlah', vi: 'Số lượng' },
  activities: {
    en: 'Action plan activities reported in the period, by status',
    ms: 'Aktiviti pelan tindakan yang dilaporkan dalam tempoh, mengikut status',
    id: 'Kegiatan rencana aksi yang dilaporkan dalam periode, menurut status',
    vi: 'Hoạt động của kế hoạch hành động được báo cáo trong kỳ, theo tình trạng',
  },
  pillar: { en: 'Pillar', ms: 'Tonggak', id: 'Pilar', vi: 'Trụ cột' },
  status: { en: 'Status', ms: 'Status', id: 'Status', vi: 'Tình trạng' },
  coordination: {
    en: 'Coordination: committees, meetings and partners',
    ms: 'Penyelarasan: jawatankuasa, mesyuarat dan rakan kongsi',
    id: 'Koordinasi: komite, rapat dan mitra',
    vi: 'Phối hợp: ủy ban, cuộc họp và đối tác',
  },
  committees: { en: 'Committees', ms: 'Jawatankuasa', id: 'Komite', vi: 'Ủy ban' },
  meetings: {
    en: 'Meetings held in the period',
    ms: 'Mesyuarat diadakan dalam tempoh',
    id: 'Rapat yang diadakan dalam periode',
    vi: 'Cuộc họp trong kỳ',
  },
  decisions: {
    en: 'Decisions recorded in the period',
    ms: 'Keputusan direkodkan dalam tempoh',
    id: 'Keputusan yang dicatat dalam periode',
    vi: 'Quyết định được ghi nhận trong kỳ',
  },
  partners: {
    en: 'Member agencies (partners)',
    ms: 'Agensi ahli (rakan kongsi)',
    id: 'Instansi anggota (mitra)',
    vi: 'Cơ quan thành viên (đối tác)',
  },
  activitiesPlanned: {
    en: 'Activities in action plans covering the period',
    ms: 'Aktiviti dalam pelan tindakan yang meliputi tempoh',
    id: 'Kegiatan dalam rencana aksi yang mencakup periode',
    vi: 'Hoạt động trong các kế hoạch hành động của kỳ',
  },
  overdue: {
    en: 'Deadlines overdue when the report was generated',
    ms: 'Tarikh akhir yang terlepas semasa laporan dijana',
    id: 'Tenggat yang terlewat saat laporan dibuat',
    vi: 'Thời hạn đã quá hạn khi lập báo cáo',
  },
  deadlineKind: { en: 'Deadline', ms: 'Tarikh akhir', id: 'Tenggat', vi: 'Thời hạn' },
  none: { en: 'Nothing recorded.', ms: 'Tiada rekod.', id: 'Tidak ada catatan.', vi: 'Không có dữ liệu.' },
} satisfies Record<string, Label | Record<string, Label>>;

export function say(label: Label, language: Language, values: Record<string, string | number> = {}): string {
  return label[language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
