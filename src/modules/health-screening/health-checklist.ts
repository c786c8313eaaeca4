/**
 * The infectious-disease operating guideline as data: a checklist of symptoms and tests, the
 * results a test can have, and the isolation and referral steps. Each version is kept for ever,
 * because a screening names the version it was recorded against and is shown with it. To change
 * the checklist, add a new version at the end of `healthChecklists`; new screenings use the last.
 * See docs/decisions/0009.
 */

/** A label in each of the platform's languages. */
export interface Labels {
  readonly en: string;
  readonly ms: string;
  readonly id: string;
  readonly vi: string;
}

export interface ChecklistEntry {
  readonly code: string;
  readonly label: Labels;
}

export interface HealthChecklist {
  readonly version: string;
  /** The guideline it carries out. */
  readonly source: string;
  readonly symptoms: readonly ChecklistEntry[];
  readonly tests: readonly ChecklistEntry[];
  readonly results: readonly ChecklistEntry[];
  /** Kinds of separation the guideline asks for. */
  readonly separations: readonly ChecklistEntry[];
}

const results: ChecklistEntry[] = [
  {
    code: 'pending',
    label: { en: 'Pending', ms: 'Menunggu keputusan', id: 'Menunggu hasil', vi: 'Đang chờ' },
  },
  { code: 'negative', label: { en: 'Negative', ms: 'Negatif', id: 'Negatif', vi: 'Âm tính' } },
  { code: 'positive', label: { en: 'Positive', ms: 'Positif', id: 'Positif', vi: 'Dương tính' } },
  {
    code: 'inconclusive',
    label: { en: 'Inconclusive', ms: 'Tidak muktamad', id: 'Tidak meyakinkan', vi: 'Không xác định' },
  },
];

const separations: ChecklistEntry[] = [
  { code: 'isolation', label: { en: 'Isolation', ms: 'Pengasingan', id: 'Isolasi', vi: 'Cách ly điều trị' } },
  { code: 'quarantine', label: { en: 'Quarantine', ms: 'Kuarantin', id: 'Karantina', vi: 'Cách ly y tế' } },
];

const symptomsV1: ChecklistEntry[] = [
  { code: 'fever', label: { en: 'Fever', ms: 'Demam', id: 'Demam', vi: 'Sốt' } },
  { code: 'cough', label: { en: 'Cough', ms: 'Batuk', id: 'Batuk', vi: 'Ho' } },
  {
    code: 'sore_throat',
    label: { en: 'Sore throat', ms: 'Sakit tekak', id: 'Sakit tenggorokan', vi: 'Đau họng' },
  },
  {
    code: 'shortness_of_breath',
    label: { en: 'Shortness of breath', ms: 'Sesak nafas', id: 'Sesak napas', vi: 'Khó thở' },
  },
  {
    code: 'loss_of_taste_or_smell',
    label: {
      en: 'Loss of taste or smell',
      ms: 'Hilang deria rasa atau bau',
      id: 'Kehilangan indra perasa atau penciuman',
      vi: 'Mất vị giác hoặc khứu giác',
    },
  },
  { code: 'diarrhoea', label: { en: 'Diarrhoea', ms: 'Cirit-birit', id: 'Diare', vi: 'Tiêu chảy' } },
  { code: 'skin_rash', label: { en: 'Skin rash', ms: 'Ruam kulit', id: 'Ruam kulit', vi: 'Phát ban' } },
  {
    code: 'weight_loss',
    label: {
      en: 'Unexplained weight loss',
      ms: 'Susut berat badan',
      id: 'Penurunan berat badan',
      vi: 'Sụt cân',
    },
  },
];

const testsV1: ChecklistEntry[] = [
  {
    code: 'covid19_rtk_antigen',
    label: {
      en: 'COVID-19 antigen test',
      ms: 'Ujian RTK antigen COVID-19',
      id: 'Tes antigen COVID-19',
      vi: 'Xét nghiệm nhanh kháng nguyên COVID-19',
    },
  },
  {
    code: 'covid19_rt_pcr',
    label: {
      en: 'COVID-19 RT-PCR',
      ms: 'Ujian RT-PCR COVID-19',
      id: 'Tes RT-PCR COVID-19',
      vi: 'Xét nghiệm RT-PCR COVID-19',
    },
  },
  {
    code: 'tuberculosis',
    label: {
      en: 'Tuberculosis screening',
      ms: 'Saringan tibi',
      id: 'Skrining tuberkulosis',
      vi: 'Sàng lọc lao',
    },
  },
  {
    code: 'malaria',
    label: { en: 'Malaria test', ms: 'Ujian malaria', id: 'Tes malaria', vi: 'Xét nghiệm sốt rét' },
  },
  { code: 'hiv', label: { en: 'HIV test', ms: 'Ujian HIV', id: 'Tes HIV', vi: 'Xét nghiệm HIV' } },
  {
    code: 'hepatitis_b',
    label: {
      en: 'Hepatitis B test',
      ms: 'Ujian hepatitis B',
      id: 'Tes hepatitis B',
      vi: 'Xét nghiệm viêm gan B',
    },
  },
  {
    code: 'syphilis',
    label: { en: 'Syphilis test', ms: 'Ujian sifilis', id: 'Tes sifilis', vi: 'Xét nghiệm giang mai' },
  },
];

/** Every version, oldest first; the last is the one new screenings use. */
export const healthChecklists: readonly HealthChecklist[] = [
  {
    version: 'mapo-infectious-2021.1',
    source:
      'Garis Panduan Pengoperasian di Bawah MAPO Semasa Penularan Penyakit Berjangkit (MAPO, 22 July 2021)',
    symptoms: symptomsV1,
    tests: testsV1,
    results,
    separations,
  },
];

/** The checklist new screenings are recorded against. */
export function currentChecklist(): HealthChecklist {
  const last = healthChecklists.at(-1);
  if (!last) throw new Error('no health checklist is defined');
  return last;
}

export function findChecklist(version: string): HealthChecklist | undefined {
  return healthChecklists.find((checklist) => checklist.version === version);
}

export function codesOf(entries: readonly ChecklistEntry[]): Set<string> {
  return new Set(entries.map((entry) => entry.code));
}
