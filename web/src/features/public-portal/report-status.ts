import type { TFunction } from 'i18next';

/** What a converted report was taken up as (the server's `takenUpAs`). */
export type TakenUpAs = 'case' | 'investigation' | null;

/**
 * The words for a report's status. A report taken up as an investigation has its own: for the
 * reporter, only that the authorities took it up (no reference, agency or id); for the triage
 * queue, that it became an investigation.
 */
export function reportStatusLabel(
  t: TFunction,
  report: { status: string; takenUpAs: TakenUpAs },
  reader: 'reporter' | 'staff',
): string {
  if (report.status === 'converted' && report.takenUpAs === 'investigation') {
    return reader === 'reporter'
      ? t('portal.takenUp.investigationForReporter')
      : t('portal.takenUp.investigation');
  }
  return t(`portal.status.${report.status}`);
}
