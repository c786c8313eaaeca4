import { useTranslation } from 'react-i18next';
import { ChangedMeanwhileAlert } from '../../components/ChangedMeanwhileAlert.tsx';
import { personQueryKey } from './types.ts';

/** Someone else changed the person since the form was opened (412 `person_changed`): nothing was saved. */
export function PersonChangedAlert({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <ChangedMeanwhileAlert
      queryKey={personQueryKey(personId)}
      texts={{
        title: t('personEdit.changedTitle'),
        message: t('problems.person_changed'),
        reload: t('personEdit.reload'),
      }}
    />
  );
}
