import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';

/**
 * On a closed case: ask for the erasure of its personal data (the person's right to erasure). The
 * request waits for a supervisor's approval; an open prosecution refuses it, said in the dialog.
 */
export function ErasureButton({ caseId, status }: { caseId: string; status: string }) {
  if (status !== 'closed') return null;
  return <ErasureDialog url={`/api/cases/${caseId}/erasure`} texts="case" queryKey={['cases', caseId]} />;
}

/**
 * On a person whose cases are all closed: ask for the erasure of the person across every case of
 * theirs in the agency (decision 0038), under a supervisor's approval like a case's.
 */
export function PersonErasureButton({ personId }: { personId: string }) {
  return (
    <ErasureDialog url={`/api/persons/${personId}/erasure`} texts="person" queryKey={['persons', personId]} />
  );
}

/** The dialog both ask through: the reason, sent for approval; the problem (held, open case…) said in it. */
const textKeys = {
  case: { ask: 'erasure.ask', title: 'erasure.title', explain: 'erasure.explain' },
  person: { ask: 'erasure.person.ask', title: 'erasure.person.title', explain: 'erasure.person.explain' },
} as const;

function ErasureDialog(props: { url: string; texts: keyof typeof textKeys; queryKey: readonly unknown[] }) {
  const { url, queryKey } = props;
  const texts = textKeys[props.texts];
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  if (!canWrite) return null;
  return (
    <ReasonDialogButton
      color="red"
      texts={{
        ask: t(texts.ask),
        title: t(texts.title),
        explain: t(texts.explain),
        reason: t('erasure.reason'),
        reasonHelp: t('erasure.reasonHelp'),
        cancel: t('erasure.cancel'),
        submit: t('erasure.submit'),
        done: t('erasure.close'),
      }}
      send={async (reason) => {
        await api('POST', url, { reason });
        await queryClient.invalidateQueries({ queryKey });
        return t('erasure.sent');
      }}
    />
  );
}
