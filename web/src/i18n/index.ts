import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { addAdminLocales } from './admin-locales.ts';
import { addAgenciesLocales } from './agencies-locales.ts';
import { addApprovalsLocales } from './approvals-locales.ts';
import { addAttachmentsLocales } from './attachments-locales.ts';
import { addBirthDateLocales } from './birth-date-locales.ts';
import { addBirthLevelsLocales } from './birth-levels-locales.ts';
import { addCareLocales } from './care-locales.ts';
import { addCaseFactsLocales } from './casefacts-locales.ts';
import { addCoordinationLocales } from './coordination-locales.ts';
import { addDateFieldsLocales } from './date-fields-locales.ts';
import { addDisclosuresLocales } from './disclosures-locales.ts';
import { addDocumentEvidenceLocales } from './document-evidence-locales.ts';
import { addDocumentNumbersLocales } from './document-numbers-locales.ts';
import { addErasureLocales } from './erasure-locales.ts';
import { addErasureNoticesLocales } from './erasurenotices-locales.ts';
import { addFatherLevelsLocales } from './father-levels-locales.ts';
import { addFieldrulesLocales } from './fieldrules-locales.ts';
import { addHintsLocales } from './hints-locales.ts';
import { addHomeLocales } from './home-locales.ts';
import { addInputRulesLocales } from './input-rules-locales.ts';
import { addJobAdvertLocales } from './jobads-locales.ts';
import { addLinkageHistoryLocales } from './linkage-history-locales.ts';
import { addLinkageLocales } from './linkage-locales.ts';
import en from './locales/en.json';
import enPath2 from './locales/en.path2.json';
import id from './locales/id.json';
import idPath2 from './locales/id.path2.json';
import ms from './locales/ms.json';
import msPath2 from './locales/ms.path2.json';
import vi from './locales/vi.json';
import viPath2 from './locales/vi.path2.json';
import { addMissingPageLocales } from './missing-page-locales.ts';
import { addNameEditLocales } from './name-edit-locales.ts';
import { addNameReadingsLocales } from './name-readings-locales.ts';
import { addNamesakeEvidenceLocales } from './namesake-evidence-locales.ts';
import { addNotificationsLocales } from './notifications-locales.ts';
import { addPartnerLinksLocales } from './partnerlinks-locales.ts';
import { addPersonSearchLocales } from './person-search-locales.ts';
import { addPersonContactLocales } from './personcontact-locales.ts';
import { addPersonEditLocales } from './personedit-locales.ts';
import { addPortalLocales } from './portal-locales.ts';
import { addReferralAnswersLocales } from './referral-answers-locales.ts';
import { addReferralNoteLocales } from './referral-note-locales.ts';
import { addReferralStepsLocales } from './referral-steps-locales.ts';
import { addReferralViewLocales } from './referral-view-locales.ts';
import { addReportsLocales } from './reports-locales.ts';
import { addRequestLimitsLocales } from './request-limits-locales.ts';
import { addRequestDatesLocales } from './requestdates-locales.ts';
import { addRetentionLocales } from './retention-locales.ts';
import { addScreeningLocales } from './screening-locales.ts';
import { addStatisticsLocales } from './statistics-locales.ts';
import { addTimelineLocales } from './timeline-locales.ts';
import { addTrainingLocales } from './training-locales.ts';
import { addWalkGapsLocales } from './walk-gaps-locales.ts';

export const locales: readonly Locale[] = ['en', 'ms', 'id', 'vi'];

/** Each language's name in itself, for the language menu. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  ms: 'Bahasa Melayu',
  id: 'Bahasa Indonesia',
  vi: 'Tiếng Việt',
};

const storageKey = 'lindung.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Before sign-in: the language last chosen on this device, else the browser's, else English. */
function initialLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  if (isLocale(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

/** Switches the app's language and remembers it on this device (the account keeps its own). */
export async function applyLocale(locale: Locale): Promise<void> {
  localStorage.setItem(storageKey, locale);
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

void i18next.use(initReactI18next).init({
  resources: {
    // `<locale>.path2.json`: issue 5's screens (protection, shelters, health, return, prosecution).
    en: { translation: { ...en, ...enPath2 } },
    ms: { translation: { ...ms, ...msPath2 } },
    id: { translation: { ...id, ...idPath2 } },
    vi: { translation: { ...vi, ...viPath2 } },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
addScreeningLocales(i18next);
addStatisticsLocales(i18next);
addTrainingLocales(i18next);
addCareLocales(i18next);
addPortalLocales(i18next);
addJobAdvertLocales(i18next);
addReportsLocales(i18next);
addErasureLocales(i18next);
addErasureNoticesLocales(i18next);
addPersonEditLocales(i18next);
addPersonContactLocales(i18next);
addRetentionLocales(i18next);
addAttachmentsLocales(i18next);
addHomeLocales(i18next);
addLinkageLocales(i18next);
addLinkageHistoryLocales(i18next);
addCoordinationLocales(i18next);
addAdminLocales(i18next);
addAgenciesLocales(i18next);
addApprovalsLocales(i18next);
addFieldrulesLocales(i18next);
addPartnerLinksLocales(i18next);
addNotificationsLocales(i18next);
addHintsLocales(i18next);
addReferralAnswersLocales(i18next);
addReferralNoteLocales(i18next);
addDisclosuresLocales(i18next);
addBirthDateLocales(i18next);
addReferralStepsLocales(i18next);
addReferralViewLocales(i18next);
addInputRulesLocales(i18next);
addDocumentNumbersLocales(i18next);
addBirthLevelsLocales(i18next);
addFatherLevelsLocales(i18next);
addDocumentEvidenceLocales(i18next);
addNamesakeEvidenceLocales(i18next);
addPersonSearchLocales(i18next);
addWalkGapsLocales(i18next);
addMissingPageLocales(i18next);
addNameReadingsLocales(i18next);
addCaseFactsLocales(i18next);
addDateFieldsLocales(i18next);
addNameEditLocales(i18next);
addTimelineLocales(i18next);
addRequestDatesLocales(i18next);
addRequestLimitsLocales(i18next);
document.documentElement.lang = i18next.language;

export { i18next };
