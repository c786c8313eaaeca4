import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { RecordState } from '../../components/States.tsx';
import { PublicReportOrigin } from '../public-portal/PublicReportOrigin.tsx';
import { useProsecutionOptions } from './InvestigationsPage.tsx';
import { useLabel } from './labels.ts';
import { ChargeForm } from './prosecution/ChargeForm.tsx';
import { HearingForm } from './prosecution/HearingForm.tsx';
import { OutcomeForm } from './prosecution/OutcomeForm.tsx';
import { PaymentForm } from './prosecution/PaymentForm.tsx';
import { RestitutionForm } from './prosecution/RestitutionForm.tsx';
import { SuspectForm } from './prosecution/SuspectForm.tsx';
import type { Investigation, Money } from './types.ts';

/** A button that opens a form under it (and closes it again). */
function Toggle({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group>
        <Button size="xs" variant="light" onClick={() => setOpen(!open)} aria-expanded={open}>
          {label}
        </Button>
      </Group>
      {open && children}
    </>
  );
}

function Section({
  title,
  empty,
  children,
  footer,
}: {
  title: string;
  empty: string;
  children: React.ReactNode[];
  footer?: React.ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
        {footer}
      </Stack>
    </Card>
  );
}

/** One investigation: victims (identity only where the role allows), suspects, charges, outcomes, restitution. */
export default function InvestigationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const label = useLabel();
  const options = useProsecutionOptions();
  const found = useQuery({
    queryKey: ['investigations', id],
    queryFn: () => api<Investigation>('GET', `/api/investigations/${id}`),
  });
  usePageTitle(
    found.data ? t('vp.investigations.detailTitle', { reference: found.data.reference }) : undefined,
  );
  const money = (value: Money) =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency: value.currency }).format(
      Number(value.amount),
    );
  const offenceTitle = (code: string) =>
    label(options.data?.offences.find((offence) => offence.code === code)?.title, code);
  const data = found.data;
  const recordsPersons = useCan('person:write');
  const suspectName = (suspectId: string) =>
    data?.suspects.find((suspect) => suspect.id === suspectId)?.names?.[0] ?? t('vp.investigations.suspect');
  return (
    <Stack>
      <Anchor component={Link} to="/investigations" size="sm">
        {t('vp.investigations.back')}
      </Anchor>
      <RecordState isPending={found.isPending} error={found.error} />
      {data && (
        <>
          <Title order={1}>{t('vp.investigations.detailTitle', { reference: data.reference })}</Title>
          <Text size="sm">{t('vp.investigations.openedOnDate', { date: format.date(data.openedOn) })}</Text>
          <Text size="sm">{data.offences.map((offence) => offenceTitle(offence.code)).join('; ')}</Text>
          {data.fromPublicReport && <PublicReportOrigin origin={data.fromPublicReport} />}
          <Section title={t('vp.investigations.victims')} empty={t('vp.investigations.noVictims')}>
            {data.victims.map((victim) => (
              <Text size="sm" key={victim.id}>
                {victim.identityShown && victim.victims
                  ? victim.victims.map((person) => person.names[0] ?? '').join(', ')
                  : t('vp.investigations.identityHidden')}
                {victim.caseReference ? ` · ${victim.caseReference}` : ''}
              </Text>
            ))}
          </Section>
          <Section
            title={t('vp.investigations.suspects')}
            empty={t('vp.investigations.noSuspects')}
            footer={
              recordsPersons && (
                <Toggle label={t('vp.prosecution.addSuspect')}>
                  <SuspectForm investigationId={data.id} />
                </Toggle>
              )
            }
          >
            {data.suspects.map((suspect) => (
              <Text size="sm" key={suspect.id}>
                {suspect.names?.join(', ') ?? t('vp.investigations.suspect')}
              </Text>
            ))}
            {data.arrests.map((arrest) => (
              <Text size="sm" key={arrest.id}>
                {t('vp.investigations.arrested', {
                  name: suspectName(arrest.suspectId),
                  date: format.date(arrest.arrestedOn),
                  place: arrest.place,
                })}
              </Text>
            ))}
          </Section>
          <Section
            title={t('vp.investigations.charges')}
            empty={t('vp.investigations.noCharges')}
            footer={
              data.suspects.length > 0 && (
                <Toggle label={t('vp.prosecution.charge')}>
                  <ChargeForm investigation={data} />
                </Toggle>
              )
            }
          >
            {data.charges.map((charge) => (
              <Stack key={charge.id} gap={2}>
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {t('vp.investigations.charge', {
                      name: suspectName(charge.suspectId),
                      offence: offenceTitle(charge.offenceCode),
                    })}
                  </Text>
                  <Badge variant="dot" color={charge.outcome === 'convicted' ? 'lindung' : 'gray'}>
                    {label(options.data?.outcomes[charge.outcome], charge.outcome)}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('vp.investigations.chargedOn', { date: format.date(charge.chargedOn) })}
                </Text>
                {charge.outcomes.map((outcome) => (
                  <Text size="sm" key={outcome.id}>
                    {t('vp.investigations.outcomeLine', {
                      outcome: label(options.data?.outcomes[outcome.outcome], outcome.outcome),
                      date: format.date(outcome.decidedOn),
                    })}
                    {outcome.prisonMonths !== null
                      ? ` · ${t('vp.investigations.prison', { months: outcome.prisonMonths })}`
                      : ''}
                    {outcome.fine ? ` · ${t('vp.investigations.fine', { amount: money(outcome.fine) })}` : ''}
                  </Text>
                ))}
                {charge.outcome !== 'convicted' && charge.outcome !== 'acquitted' && (
                  <Toggle label={t('vp.prosecution.recordOutcome')}>
                    <OutcomeForm investigationId={data.id} chargeId={charge.id} />
                  </Toggle>
                )}
                {charge.outcome === 'convicted' && data.victims.length > 0 && (
                  <Toggle label={t('vp.prosecution.orderRestitution')}>
                    <RestitutionForm investigation={data} chargeId={charge.id} />
                  </Toggle>
                )}
              </Stack>
            ))}
          </Section>
          <Section
            title={t('vp.investigations.hearings')}
            empty={t('vp.investigations.noHearings')}
            footer={
              <Toggle label={t('vp.prosecution.addHearing')}>
                <HearingForm investigation={data} />
              </Toggle>
            }
          >
            {data.hearings.map((hearing) => (
              <Text size="sm" key={hearing.id}>
                {t('vp.investigations.hearingLine', {
                  kind: label(options.data?.hearingKinds[hearing.kind], hearing.kind),
                  date: format.date(hearing.hearingOn),
                  court: hearing.court,
                })}
              </Text>
            ))}
          </Section>
          <Section title={t('vp.investigations.restitution')} empty={t('vp.investigations.noRestitution')}>
            {data.restitutionOrders.map((order) => (
              <Stack gap={4} key={order.id}>
                <Text size="sm">
                  {t('vp.investigations.restitutionLine', {
                    kind: label(options.data?.restitutionKinds[order.kind], order.kind),
                    amount: money(order.amount),
                    paid: money(order.paid),
                    outstanding: money(order.outstanding),
                    date: format.date(order.orderedOn),
                  })}
                </Text>
                {Number(order.outstanding.amount) > 0 && (
                  <Toggle label={t('vp.prosecution.recordPayment')}>
                    <PaymentForm
                      investigationId={data.id}
                      orderId={order.id}
                      currency={order.amount.currency}
                    />
                  </Toggle>
                )}
              </Stack>
            ))}
          </Section>
        </>
      )}
    </Stack>
  );
}
