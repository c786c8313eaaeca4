/** The query of the retention periods' overview, refreshed after every change. */
export const retentionQueryKey = ['retention-periods'];

export type RetentionScope = 'agency' | 'country' | 'default';
export type RetentionRecordType = 'victim_case' | 'investigation' | 'public_report';

export interface RetentionPeriod {
  id: string;
  scope: RetentionScope;
  jurisdiction: string;
  agencyId: string | null;
  recordType: RetentionRecordType;
  years: number;
  source: string;
  changedBy: string | null;
  changedAt: string;
}

export interface RetentionOverview {
  agencyId: string;
  country: string;
  countries: string[];
  recordTypes: {
    recordType: RetentionRecordType;
    effective: { years: number; scope: RetentionScope } | null;
    agency: RetentionPeriod | null;
    country: RetentionPeriod | null;
    default: RetentionPeriod | null;
    legalMinimum: { years: number; law: string; section?: string } | null;
  }[];
}
