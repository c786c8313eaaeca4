import type { FieldProblem } from '../../api/client.ts';

/** The API's screening of one advert (AdvertScreening in the OpenAPI document). */
export interface AdvertScreening {
  risk: 'low' | 'medium' | 'high';
  riskLabel: string;
  score: number;
  language: string;
  burmeseEncoding: 'zawgyi' | 'unicode' | null;
  findings: { id: string; kind: 'red_flag' | 'counter_signal'; reason: string }[];
  rulesVersion: string;
  modelVersion: string;
  advice: string;
}

export interface BulkScreening {
  screened: { row: number; reference: string | null; screening: AdvertScreening }[];
  problems: (FieldProblem & { row: number })[];
  summary: { rows: number; low: number; medium: number; high: number };
}
