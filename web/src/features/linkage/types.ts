/** The linkage review's shapes, as the API documents them (src/modules/linkage/linkage.schema.ts). */
import type { DocumentType } from '../../../../src/shared/person-codes.ts';
import type { Birth, NameReading } from '../../api/types.ts';

export type { Birth };

export interface PairPerson {
  id: string;
  agencyId: string;
  names: string[];
  /** Each of `names`, in order, with its readings. */
  nameReadings: NameReading[];
  sex: string;
  birth: Birth;
  nationality: string | null;
  documentTypes: DocumentType[];
  cases: { id: string; reference: string }[];
  masterId: string;
}

export interface Evidence {
  field: string;
  level: string;
  weight: number;
  termFrequency: number;
  /** The field whose weight counts this level, when it weighs nothing itself (the father's name: 'name'). */
  countedIn?: string;
  /** For identity documents: the kind and issuer compared (never the number), and what holds the pair below likely. */
  document?: { type: DocumentType; country: string | null; heldBy?: 'name' | 'sex' };
  /**
   * The name only: words of the two closest names that are not the same name, and how many letters
   * differ (4: four or more); `initial` when one side wrote the other's word as its initial (Văn / V.).
   */
  differences?: { a: string; b: string; letters: number; initial?: true }[];
  /** The name only: words one side's closest name has and the other's has not at all. */
  onlyIn?: { a: string[]; b: string[] };
}

export type CandidateStatus = 'open' | 'same' | 'different' | 'unsure';

export interface Candidate {
  id: string;
  probability: number;
  weight: number;
  band: 'likely' | 'possible';
  status: CandidateStatus;
  reason: string | null;
  decidedAt: string | null;
  version: number;
  scoredAt: string;
  evidence: Evidence[];
  personA: PairPerson;
  personB: PairPerson;
  mergeId: string | null;
  /** Every step taken on the pair, oldest first (a merge undone keeps who merged and why). */
  history: PairStep[];
}

export interface PairStep {
  step: 'decided' | 'merged' | 'settled' | 'merge_undone';
  /** After the step: `open` only after an undo, the pair being undecided again. */
  status: CandidateStatus;
  reason: string;
  by: { id: string; name: string | null } | null;
  at: string;
  mergeId: string | null;
}

export interface ScanResult {
  persons: number;
  pairs: number;
  added: number;
  rescored: number;
  removed: number;
}

export const statuses: readonly CandidateStatus[] = ['open', 'unsure', 'same', 'different'];

/** A level of the model's comparison ("typo or day/month swapped") as a translation key. */
export const levelKey = (level: string) => level.replace(/[^a-z0-9]+/gi, '_').replace(/_+$/, '');

/** A possible match held by another agency (decision 0050): named only to the side that holds it, or once the holder disclosed itself. */
export interface Hint {
  id: string;
  personId: string;
  names: string[];
  nameReadings: NameReading[];
  holds: boolean;
  otherAgency: { id: string; name: string } | null;
  yourAgencyDisclosedAt: string | null;
  probability: number;
  foundAt: string;
}
