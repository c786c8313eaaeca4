import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api, query } from '../../api/client.ts';
import type { Page, ReferralSummary } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { useFormat } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';
import { QueryState } from '../../components/States.tsx';

/** What went wrong accepting: a case closed meanwhile is told from the receiver's side (decision 0059). */
function acceptProblem(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem && error.code === 'case_closed') return t('referral.closedMeanwhile');
  return problemMessage(error, t);
}

/** Decline with a reason, which the referring agency reads with the referral. */
function DeclineButton({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ReasonDialogButton
      texts={{
        ask: t('referral.decline'),
        title: t('referral.declineDialog.title'),
        explain: t('referral.declineDialog.explain'),
        reason: t('referral.declineDialog.reason'),
        cancel: t('referral.declineDialog.cancel'),
        submit: t('referral.decline'),
        done: t('referral.declineDialog.cancel'),
      }}
      send={async (reason) => {
        await api('POST', `/api/referrals/${referralId}/decline`, { reason });
        await queryClient.invalidateQueries({ queryKey: ['referrals'] });
        return undefined;
      }}
    />
  );
}

/**
 * Referrals waiting for this agency's answer. One whose case the referring agency closed cannot be
 * accepted (the API answers 409 `case_closed`): it says so and offers only declining.
 */
export function ReferralsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const referrals = useQuery({
    queryKey: ['referrals', 'incoming', 'pending'],
    queryFn: () =>
      api<Page<ReferralSummary>>(
        'GET',
        `/api/referrals${query({ direction: 'incoming', status: 'pending' })}`,
      ),
  });
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: (id: string) => api('POST', `/api/referrals/${id}/accept`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['referrals'] }),
  });
  const items = referrals.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="waiting-referrals">
      <Title order={2} size="h4" id="waiting-referrals" mb="sm">
        {t('home.waitingReferrals')}
      </Title>
      <QueryState
        isPending={referrals.isPending}
        error={referrals.error}
        isEmpty={items.length === 0}
        emptyText={t('home.noReferrals')}
      />
      <Stack gap="xs">
        {items.map((referral) => (
          <Group key={referral.id} justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm">
                {referral.fromAgency.shortName ?? referral.fromAgency.name} · {referral.caseReference}
              </Text>
              <Text size="xs" c="dimmed">
                {t('referral.answerBy', { date: format.dateTime(referral.responseDeadline) })}
              </Text>
              {referral.caseClosed && (
                <Text size="xs" fw={500}>
                  {t('referral.caseClosedNote')}
                </Text>
              )}
            </div>
            <Stack gap={4} align="flex-end">
              <Badge
                variant="dot"
                style={{ flexShrink: 0 }}
                color={referral.overdue ? 'red' : referral.urgency === 'routine' ? 'gray' : 'orange'}
              >
                {referral.overdue ? t('referral.overdue') : t(`referral.urgency.${referral.urgency}`)}
              </Badge>
              <Group gap={4} wrap="nowrap">
                {!referral.caseClosed && (
                  <Button
                    size="xs"
                    loading={accept.isPending && accept.variables === referral.id}
                    disabled={accept.isPending}
                    onClick={() => accept.mutate(referral.id)}
                  >
                    {t('referral.accept')}
                  </Button>
                )}
                <DeclineButton referralId={referral.id} />
              </Group>
            </Stack>
          </Group>
        ))}
        {accept.error && (
          <Alert color="red" role="alert">
            {acceptProblem(accept.error, t)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
