import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { isMissingRecord } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { ReferralActions, StepNotice } from './ReferralActions.tsx';
import { SharedCategories, useReaderText } from './SharedCategories.tsx';
import { type ReferralView, referralKey } from './types.ts';

function BackHome() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/" size="sm">
      {t('referralView.backHome')}
    </Anchor>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Between whom, what for, how urgent, and what the receiving agency said on accepting. */
function ReferralFacts({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
      <Fact label={t('referralView.fromAgency')}>{referral.fromAgency.name}</Fact>
      <Fact label={t('referralView.toAgency')}>{referral.toAgency.name}</Fact>
      <Fact label={t('referral.purpose')}>{t(`consent.purpose.${referral.purpose}`)}</Fact>
      <Fact label={t('referral.services')}>
        {referral.services.map((service) => t(`referral.service.${service}`)).join(', ')}
      </Fact>
      <Fact label={t('referral.urgencyLabel')}>{t(`referral.urgency.${referral.urgency}`)}</Fact>
      {referral.status === 'pending' && (
        <Fact label={t('referralView.deadline')}>{format.dateTime(referral.responseDeadline)}</Fact>
      )}
      {referral.acceptanceNote && (
        <Fact label={t('referralView.acceptanceNote')}>
          <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{referral.acceptanceNote}</span>
        </Fact>
      )}
    </SimpleGrid>
  );
}

/** Why nothing is shown: the consent withdrawn or expired, or the referral no longer open. */
function noLongerSharedKey(referral: ReferralView): string {
  if (referral.consentState === 'withdrawn') return 'noLongerShared.withdrawn';
  if (referral.consentState === 'expired') return 'noLongerShared.expired';
  if (['declined', 'completed', 'cancelled'].includes(referral.status))
    return `noLongerShared.${referral.status}`;
  return 'noLongerShared.other';
}

/** The texts that speak of the receiving agency as "your agency" speak of it by name to the referring agency. */
const namedForTheSender = new Set([
  'sharedTitle',
  'noLongerShared.withdrawn',
  'noLongerShared.expired',
  'noLongerShared.other',
]);

/**
 * What the consent shares now, or why it shares nothing (any more): never data the API did not
 * give. The referring agency reads what the receiving agency is shown, named.
 */
function SharedSection({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const said = useReaderText();
  const sentTo = referral.direction === 'outgoing' ? referral.toAgency.name : undefined;
  const text = (key: string) => said(key, namedForTheSender.has(key) ? sentTo : undefined);
  return (
    <Card withBorder component="section" aria-labelledby="referral-shared">
      <Title order={2} size="h4" id="referral-shared" mb="sm">
        {text('sharedTitle')}
      </Title>
      {referral.shared ? (
        <SharedCategories shared={referral.shared} sentTo={sentTo} />
      ) : (
        <Alert color="gray" title={t('referralView.noLongerShared.title')}>
          {text(noLongerSharedKey(referral))}
        </Alert>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {t('referralView.audited')}
      </Text>
    </Card>
  );
}

/** The API's 404: the referral is not there, or not one of the reader's agency (it answers the same for both). */
function NotShared() {
  const { t } = useTranslation();
  usePageTitle(t('referralView.notFound.title'));
  return (
    <Stack maw={640} py="xl">
      <Title order={1}>{t('referralView.notFound.title')}</Title>
      <Text>{t('referralView.notFound.text')}</Text>
      <BackHome />
    </Stack>
  );
}

/**
 * A referral of the agency (issue 4): the receiving agency's view of the person's record and case
 * as far as the consent shares it, from `GET /api/referrals/:id` (which audits every read), with
 * the steps it may take; the referring agency reads there what the receiving agency is shown. The
 * address holds the referral's id only.
 */
export default function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [notice, setNotice] = useState<string>();
  const referral = useQuery({
    queryKey: referralKey(id),
    queryFn: () => api<ReferralView>('GET', `/api/referrals/${id}`),
    // Each read is an audited view of the person's data: read on opening the page and after a
    // step, not again whenever the window regains focus or the network returns.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const found = referral.data;
  usePageTitle(
    found ? t('referralView.title', { reference: found.caseReference }) : t('referralView.pageTitle'),
  );
  if (isMissingRecord(referral.error)) return <NotShared />;
  if (!found) {
    return (
      <Stack>
        <BackHome />
        <QueryState isPending={referral.isPending} error={referral.error} isEmpty={false} emptyText="" />
      </Stack>
    );
  }
  return (
    <Stack>
      <BackHome />
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t('referralView.title', { reference: found.caseReference })}</Title>
        <Badge variant="dot" color={found.overdue ? 'red' : 'gray'}>
          {t(`referral.status.${found.status}`)}
        </Badge>
      </Group>
      <StepNotice notice={notice} dismiss={() => setNotice(undefined)} />
      <Card withBorder component="section" aria-labelledby="referral-facts">
        <Title order={2} size="h4" id="referral-facts" mb="sm">
          {t('referralView.factsTitle')}
        </Title>
        <ReferralFacts referral={found} />
        <Group mt="sm">
          <ReferralActions referral={found} report={setNotice} />
        </Group>
      </Card>
      <SharedSection referral={found} />
    </Stack>
  );
}
