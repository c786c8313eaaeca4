import type { Birth, ReferralSummary } from '../../api/types.ts';

/**
 * What `GET /api/referrals/:id` shares (`ReferralShared` in /api/openapi.json): the parts of the
 * person's record and case the consent covers. The database leaves out, as null, every field of a
 * category the consent does not cover, and while the referral is pending every field but sex,
 * nationality, languages and the kind of exploitation.
 */
export interface ReferralShared {
  stage: 'pending' | 'accepted';
  dataCategories: string[];
  person: {
    names: { kind: string; fullName: string; givenName: string | null; familyName: string | null }[] | null;
    sex: string | null;
    birth: Birth | null;
    nationality: string | null;
    languages: string[] | null;
    contact: { phones: string[]; emails: string[] } | null;
    address: string | null;
    documents:
      | {
          type: string;
          number: string;
          issuingCountry: string | null;
          heldBy: string;
          expiresOn: string | null;
        }[]
      | null;
  };
  case: {
    exploitationTypes: string[] | null;
    labourSector: string | null;
    recruitmentPlace: string | null;
    recruitmentCountry: string | null;
    recruitedOn: string | null;
    exploitationPlace: string | null;
    exploitationCountry: string | null;
    exploitationStartedOn: string | null;
    exploitationEndedOn: string | null;
    summary: string | null;
  };
}

/** A referral as `GET /api/referrals/:id` answers it (`Referral`): its line, its steps, and what is shared. */
export interface ReferralView extends ReferralSummary {
  personId: string;
  consentId: string;
  parentReferralId: string | null;
  respondedAt: string | null;
  acceptanceNote: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  consentWithdrawn: boolean;
  /** Null when the consent is not in force or the referral is declined, completed or cancelled. */
  shared: ReferralShared | null;
  updatedAt: string;
}

/** The one referral's query: under the lists' key, so a step taken on the page refreshes it too. */
export const referralKey = (id: string) => ['referrals', 'one', id] as const;
