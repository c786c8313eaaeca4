import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Page, ReferralSummary } from '../../api/types.ts';
import { useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { intlTag } from '../../i18n/format.ts';
import { ReferralActions, type Report, referralsKey, StepNotice } from './ReferralActions.tsx';
import { overdueBy } from './referral-steps.ts';

/** The filters of `GET /api/referrals` a list is made of. */
export interface ReferralFilter {
  direction?: 'incoming' | 'outgoing';
  status?: ReferralSummary['status'];
  overdue?: boolean;
  caseId?: string;
  limit?: number;
}

/** "Overdue by 2 days": the largest whole unit, in the user's language. */
function OverdueText({ deadline }: { deadline: string }) {
  const { t, i18n } = useTranslation();
  const { value, unit } = overdueBy(deadline, new Date());
  const duration = new Intl.NumberFormat(intlTag(i18n.language), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
  return (
    <Text size="xs" fw={700}>
      {t('referralSteps.overdueBy', { duration })}
    </Text>
  );
}

/** When the referral's last step was, or by when it must be answered. */
function StateLine({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deadline = format.dateTime(referral.responseDeadline);
  return (
    <Text size="xs" c="dimmed">
      {t(`referral.urgency.${referral.urgency}`)} ·{' '}
      {referral.status === 'pending'
        ? t('referral.answerBy', { date: deadline })
        : t('referralSteps.deadlineWas', { date: deadline })}
    </Text>
  );
}

/** What was said at the referral's steps: why it was declined or cancelled, what was done. */
function SaidLines({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const said = [
    referral.declineReason && t('walkGaps.referral.declineReason', { reason: referral.declineReason }),
    referral.cancelReason && t('walkGaps.referral.cancelReason', { reason: referral.cancelReason }),
    referral.completionNote && t('walkGaps.referral.completionNote', { note: referral.completionNote }),
  ].filter((text): text is string => Boolean(text));
  return said.map((text) => (
    <Text key={text} size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  ));
}

/**
 * The case a referral is about: the receiving agency opens what the consent shares (the address
 * holds the referral's id only); the referring agency opens its own case, unless already on it.
 */
function CaseReference({ referral, onItsCase }: { referral: ReferralSummary; onItsCase: boolean }) {
  if (referral.direction === 'outgoing' && onItsCase) return referral.caseReference;
  const to = referral.direction === 'incoming' ? `/referrals/${referral.id}` : `/cases/${referral.caseId}`;
  return (
    <Anchor component={Link} to={to} inherit underline="always">
      {referral.caseReference}
    </Anchor>
  );
}

/** One referral: between whom, for which case and services, its state and deadline, and what may be done. */
function ReferralLine({
  referral,
  report,
  onItsCase,
}: {
  referral: ReferralSummary;
  report: Report;
  onItsCase: boolean;
}) {
  const { t } = useTranslation();
  const name = (agency: ReferralSummary['fromAgency']) => agency.name;
  const pendingHere = referral.direction === 'incoming' && referral.status === 'pending';
  return (
    <Group component="li" justify="space-between" wrap="nowrap" align="flex-start">
      <div>
        <Text size="sm">
          {referral.direction === 'outgoing'
            ? t('referral.to', { agency: name(referral.toAgency) })
            : t('referral.from', { agency: name(referral.fromAgency) })}{' '}
          · <CaseReference referral={referral} onItsCase={onItsCase} />
        </Text>
        <Text size="xs" c="dimmed">
          {referral.services.map((service) => t(`referral.service.${service}`)).join(', ')}
        </Text>
        <StateLine referral={referral} />
        <SaidLines referral={referral} />
        {referral.overdue && <OverdueText deadline={referral.responseDeadline} />}
        {pendingHere && referral.caseClosed && (
          <Text size="xs" fw={500}>
            {t('referral.caseClosedNote')}
          </Text>
        )}
        {['pending', 'accepted'].includes(referral.status) && referral.consentState !== 'in_force' && (
          <Text size="xs" fw={500}>
            {t('referralSteps.consentNotInForce')}
          </Text>
        )}
      </div>
      {/* The state and the buttons keep their width: the agency's name wraps instead. */}
      <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
        <Badge variant="dot" color={referral.overdue ? 'red' : 'gray'}>
          {t(`referral.status.${referral.status}`)}
        </Badge>
        <ReferralActions referral={referral} report={report} />
      </Stack>
    </Group>
  );
}

/**
 * A list of the agency's referrals (`GET /api/referrals` with the filter), each with its state,
 * deadline, how long overdue, and the buttons the user may use; what went wrong with a step is
 * shown above the list, which outlives the line it happened on.
 */
export function ReferralList({ filter, emptyText }: { filter: ReferralFilter; emptyText: string }) {
  const [notice, setNotice] = useState<string>();
  const referrals = useQuery({
    queryKey: [...referralsKey, filter],
    queryFn: () => api<Page<ReferralSummary>>('GET', `/api/referrals${query({ ...filter })}`),
  });
  const items = referrals.data?.items ?? [];
  return (
    <Stack gap="xs">
      <StepNotice notice={notice} dismiss={() => setNotice(undefined)} />
      <QueryState
        isPending={referrals.isPending}
        error={referrals.error}
        isEmpty={items.length === 0}
        emptyText={emptyText}
      />
      {items.length > 0 && (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((referral) => (
            <ReferralLine
              key={referral.id}
              referral={referral}
              report={setNotice}
              onItsCase={filter.caseId === referral.caseId}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
