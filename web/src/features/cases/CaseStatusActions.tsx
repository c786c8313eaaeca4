import { Button, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { useCan } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';

/**
 * The steps the case's workflow allows from where it is (open → active → closed, closing from
 * open too, reopening a closed case), each sent on the version read (If-Match): a case changed
 * meanwhile is not closed or reopened on an outdated reading (decision 0085). Closing and reopening
 * ask for the reason; where the agency puts closing under approval the API answers 202 and the case
 * stays open until a supervisor approves (features/approvals).
 */
export function CaseStatusActions({ found }: { found: CaseView }) {
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  const [activating, setActivating] = useState(false);
  const [activationProblem, setActivationProblem] = useState<string>();
  if (!canWrite) return null;
  const move = async (status: CaseView['status'], reason?: string) => {
    const answer = await api<object>(
      'POST',
      `/api/cases/${found.id}/status`,
      { status, ...(reason && { reason }) },
      { 'if-match': `"${found.version}"` },
    );
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['cases', found.id] }),
      queryClient.invalidateQueries({ queryKey: ['approvals'] }),
    ]);
    return 'approval' in answer ? t('caseClosure.waiting') : undefined;
  };
  const changedMeanwhile = (error: unknown) =>
    error instanceof ApiProblem && error.code === 'case_changed' ? t('problems.case_changed') : undefined;
  return (
    <>
      {found.status === 'open' && (
        <Button
          size="xs"
          variant="light"
          loading={activating}
          onClick={() => {
            setActivating(true);
            setActivationProblem(undefined);
            move('active')
              .catch((error: unknown) =>
                setActivationProblem(changedMeanwhile(error) ?? problemMessage(error, t)),
              )
              .finally(() => setActivating(false));
          }}
        >
          {t('caseFacts.activate')}
        </Button>
      )}
      {activationProblem && (
        <Text size="xs" c="red" role="alert">
          {activationProblem}
        </Text>
      )}
      {found.status !== 'closed' && (
        <ReasonDialogButton
          texts={{
            ask: t('caseClosure.ask'),
            title: t('caseClosure.title'),
            reason: t('caseClosure.reason'),
            cancel: t('caseClosure.cancel'),
            submit: t('caseClosure.submit'),
            done: t('caseClosure.done'),
          }}
          explainProblem={changedMeanwhile}
          send={(reason) => move('closed', reason)}
        />
      )}
      {found.status === 'closed' && (
        <ReasonDialogButton
          texts={{
            ask: t('caseFacts.reopen.ask'),
            title: t('caseFacts.reopen.title'),
            reason: t('caseFacts.reopen.reason'),
            cancel: t('caseFacts.reopen.cancel'),
            submit: t('caseFacts.reopen.submit'),
            done: t('caseFacts.reopen.done'),
          }}
          explainProblem={changedMeanwhile}
          send={(reason) => move('active', reason)}
        />
      )}
    </>
  );
}
