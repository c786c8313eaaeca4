/*
 * The screening API's shapes the wizard reads (src/modules/screening/*.schema.ts).
 */
import type { Locale } from '../../api/types.ts';

export type Translated = Record<Locale, string>;
export type Answer = 'yes' | 'no' | 'unknown';
export type Strength = 'strong' | 'medium' | 'weak';

export interface Instrument {
  id: string;
  version: string;
  title: Translated;
  stages: { code: string; name: Translated }[];
  dimensions: { code: string; stage: string; name: Translated; description: Translated }[];
  profiles: {
    code: string;
    population: 'adult' | 'child';
    exploitation: 'labour' | 'sexual';
    name: Translated;
    status: 'confirmed' | 'provisional';
  }[];
  indicators: { id: string; dimension: string; question: Translated; strengths: Record<string, Strength> }[];
}

export interface Assessment {
  outcome: 'presumed_victim' | 'not_presumed';
  couldChangeWithUnanswered: boolean;
  presentDimensions: string[];
  dimensions: {
    dimension: string;
    stage: string;
    present: boolean;
    indicators: { id: string; strength: Strength }[];
    unanswered: string[];
  }[];
  requirements: { stage: string; met: boolean; presentDimensions: string[] }[];
  unanswered: string[];
}

export interface Screening {
  id: string;
  personId: string;
  instrument: { id: string; version: string };
  profile: string;
  /** Why a person 18 or over has a child profile (decision 0059). */
  profileReason: string | null;
  status: 'draft' | 'completed';
  screenedOn: string;
  outcome: 'presumed_victim' | 'not_presumed' | null;
  interpreter: { language: string; name: string | null } | null;
  location: string | null;
  observations: string | null;
  answers: Record<string, Answer>;
  assessment: Assessment | null;
  createdAt: string;
  updatedAt: string;
}

export interface ScreeningSummary {
  id: string;
  personId: string;
  profile: string;
  status: 'draft' | 'completed';
  screenedOn: string;
  outcome: 'presumed_victim' | 'not_presumed' | null;
  createdAt: string;
}

export type IdentificationDecision = 'confirmed_victim' | 'not_a_victim' | 'unable_to_determine';

/** A new person recorded during a screening (possibly offline; sent before the screening). */
export interface NewPerson {
  fullName: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  nationality: string;
}

/**
 * A screening as this device keeps it (encrypted in IndexedDB): what to send, the keys that make
 * sending it twice harmless, and what the server last said.
 */
export interface LocalDraft {
  localId: string;
  person: { id?: string; name: string; newPerson?: NewPerson; idempotencyKey: string };
  screeningId?: string;
  screeningKey: string;
  /** The server's updatedAt when this device last saw the screening: anything newer is a conflict. */
  serverUpdatedAt?: string;
  instrument: { id: string; version: string };
  profile: string;
  /** Why a child profile for a person certainly 18 or over (e.g. exploited as a child); '' when none. */
  profileReason?: string;
  answers: Record<string, Answer>;
  interpreterLanguage: string;
  interpreterName: string;
  location: string;
  observations: string;
  step: number;
  /** A minimal case intake sent with the screening (works offline too); caseId once opened. */
  openCase?: { idempotencyKey: string; riskLevel: string; summary: string; caseId?: string };
  /** Complete the screening once it reached the server. */
  completeWhenSent: boolean;
  state: 'editing' | 'waiting' | 'conflict' | 'sent';
  savedAt: string;
}
