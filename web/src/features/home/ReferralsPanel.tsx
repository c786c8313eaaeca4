import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ReferralFilter, ReferralList } from '../referrals/ReferralList.tsx';

/** One card of referrals on the home page, titled, with its empty state. */
function ReferralCard({
  id,
  title,
  filter,
  emptyText,
}: {
  id: string;
  title: string;
  filter: ReferralFilter;
  emptyText: string;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <ReferralList filter={filter} emptyText={emptyText} />
    </Card>
  );
}

/**
 * The agency's referrals on the home page: those waiting for its answer (accept or decline; one
 * whose case the referring agency closed can only be declined, decision 0059), those it accepted
 * and is working on (complete, or pass on), those it sent (cancel while not finished), and the
 * overdue ones of both sides, with how long overdue.
 */
export function ReferralsPanel() {
  const { t } = useTranslation();
  return (
    <>
      <ReferralCard
        id="waiting-referrals"
        title={t('home.waitingReferrals')}
        filter={{ direction: 'incoming', status: 'pending' }}
        emptyText={t('home.noReferrals')}
      />
      <ReferralCard
        id="overdue-referrals"
        title={t('referralSteps.overdueTitle')}
        filter={{ overdue: true }}
        emptyText={t('referralSteps.noOverdue')}
      />
      <ReferralCard
        id="accepted-referrals"
        title={t('referralSteps.acceptedTitle')}
        filter={{ direction: 'incoming', status: 'accepted' }}
        emptyText={t('referralSteps.noAccepted')}
      />
      <ReferralCard
        id="sent-referrals"
        title={t('referralSteps.sentTitle')}
        filter={{ direction: 'outgoing', limit: 10 }}
        emptyText={t('referralSteps.noSent')}
      />
    </>
  );
}
