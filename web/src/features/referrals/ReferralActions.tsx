import { Alert, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import type { ReferralSummary } from '../../api/types.ts';
import { useCan } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';
import { ReferOnButton } from './ReferOnButton.tsx';
import { allowedActions, changedMeanwhileCodes } from './referral-steps.ts';

/** Every list of referrals (home page, case page) is under this key: one refresh reaches them all. */
export const referralsKey = ['referrals'] as const;

/**
 * A step refused because another user moved the referral on meanwhile (a 409), said plainly; the
 * lists are refreshed so the screen shows where the referral is now. Undefined for other problems.
 */
export function explainRace(error: unknown, t: TFunction): string | undefined {
  if (!(error instanceof ApiProblem) || error.status !== 409) return undefined;
  if (error.code === 'case_closed') return t('referral.closedMeanwhile');
  if (changedMeanwhileCodes.has(error.code)) return t('referralSteps.changedMeanwhile');
  return undefined;
}

/**
 * Where a line tells its list what went wrong: the list shows it, since after the refresh the
 * referral may have left the list (a pending one cancelled meanwhile), and its line with it.
 */
export type Report = (message: string | undefined) => void;

type DialogStep = 'accept' | 'decline' | 'cancel' | 'complete';

/**
 * What each step sends its text as (decision 0082): accepting and completing a `note`, which may be
 * left empty; declining and cancelling a `reason`, which may not.
 */
const noteSteps: ReadonlySet<DialogStep> = new Set(['accept', 'complete']);

/** The texts of each step's dialog: a reason to decline or cancel, a note (optional) on accepting or completing. */
function dialogTexts(step: DialogStep, t: TFunction) {
  switch (step) {
    case 'accept':
      return {
        ask: t('referral.accept'),
        title: t('referralNote.acceptDialog.title'),
        explain: t('referralNote.acceptDialog.explain'),
        reason: t('referralNote.acceptDialog.note'),
        submit: t('referral.accept'),
      };
    case 'decline':
      return {
        ask: t('referral.decline'),
        title: t('referral.declineDialog.title'),
        explain: t('referral.declineDialog.explain'),
        reason: t('referral.declineDialog.reason'),
        submit: t('referral.decline'),
      };
    case 'cancel':
      return {
        ask: t('referralSteps.cancel'),
        title: t('referralSteps.cancelDialog.title'),
        explain: t('referralSteps.cancelDialog.explain'),
        reason: t('referralSteps.cancelDialog.reason'),
        submit: t('referralSteps.cancel'),
      };
    case 'complete':
      return {
        ask: t('referralSteps.complete'),
        title: t('referralSteps.completeDialog.title'),
        explain: t('referralSteps.completeDialog.explain'),
        reason: t('referralSteps.completeDialog.note'),
        submit: t('referralSteps.complete'),
      };
  }
}

/** A step in a dialog: declining or cancelling with a reason, accepting or completing with a note if wished. */
function DialogStepButton({
  referralId,
  step,
  report,
}: {
  referralId: string;
  step: DialogStep;
  report: Report;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: referralsKey });
  return (
    <ReasonDialogButton
      texts={{
        ...dialogTexts(step, t),
        cancel: t('referral.declineDialog.cancel'),
        done: t('referral.declineDialog.cancel'),
      }}
      color={step === 'cancel' ? 'red' : undefined}
      optional={noteSteps.has(step)}
      apiField={noteSteps.has(step) ? 'note' : 'reason'}
      explainProblem={(error) => {
        const explained = explainRace(error, t);
        if (explained) {
          report(explained);
          void refresh();
        }
        return explained;
      }}
      send={async (text) => {
        const field = noteSteps.has(step) ? 'note' : 'reason';
        await api('POST', `/api/referrals/${referralId}/${step}`, text.trim() ? { [field]: text } : {});
        await refresh();
        return undefined;
      }}
    />
  );
}

/** What went wrong with a step (`report`ed by `ReferralActions`), above the referral or the list, until dismissed. */
export function StepNotice({ notice, dismiss }: { notice: string | undefined; dismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Alert
      color="red"
      role="alert"
      withCloseButton
      closeButtonLabel={t('referralSteps.dismiss')}
      onClose={dismiss}
    >
      {notice}
    </Alert>
  );
}

/** The buttons for what the user may do with the referral now, and nothing else. */
export function ReferralActions({ referral, report }: { referral: ReferralSummary; report: Report }) {
  const actions = allowedActions(referral, useCan('referral:manage'));
  if (actions.length === 0) return null;
  const dialog = (step: DialogStep) =>
    actions.includes(step) && <DialogStepButton referralId={referral.id} step={step} report={report} />;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {dialog('accept')}
      {dialog('complete')}
      {actions.includes('referOn') && <ReferOnButton referral={referral} />}
      {dialog('decline')}
      {dialog('cancel')}
    </Group>
  );
}
