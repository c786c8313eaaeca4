import { Anchor, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { CaseEvent, CaseView, Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { RiskBadge, StatusBadge } from '../../components/CaseBadges.tsx';
import { QueryState, RecordState } from '../../components/States.tsx';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { CarePanel } from '../care/CarePanel.tsx';
import { ErasureButton } from '../erasure/ErasureButton.tsx';
import { PersonLink } from '../persons/PersonLink.tsx';
import { CaseProgressPanel } from '../public-portal/CaseProgressPanel.tsx';
import { VictimPathTabList, VictimPathTabPanels } from '../victim-path/CaseTabs.tsx';
import { CaseStatusActions } from './CaseStatusActions.tsx';
import { NotesPanel, TasksPanel } from './CaseWork.tsx';
import { DisclosuresPanel } from './DisclosuresPanel.tsx';
import { EditCaseFactsForm } from './EditCaseFactsForm.tsx';
import { ConsentsPanel, ReferralsPanel } from './SharingPanels.tsx';
import { timelineKindKey, timelineOutcomeKey } from './timeline-labels.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function Summary({ found }: { found: CaseView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-label={t('case.summaryTitle')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('case.typeLabel')}>{t(`case.type.${found.type}`)}</Fact>
        <Fact label={t('case.openedOn')}>{format.date(found.openedOn)}</Fact>
        <Fact label={t('case.person')}>
          {found.persons.map((person, index) => (
            <span key={person.personId}>
              {index > 0 && ', '}
              <PersonLink personId={person.personId} ownerAgencyId={found.agencyId}>
                {person.name ?? t('case.noPerson')}
              </PersonLink>{' '}
              ({t(`case.role.${person.role}`)})
            </span>
          ))}
        </Fact>
        <Fact label={t('case.exploitationLabel')}>
          {found.exploitationTypes.map((type) => t(`case.exploitation.${type}`)).join(', ') || '—'}
        </Fact>
        <Fact label={t('case.workers')}>
          {found.workers.map((worker) => worker.displayName).join(', ') || '—'}
        </Fact>
        <Fact label={t('caseFacts.recruitment')}>
          {[
            found.recruitmentPlace,
            found.recruitmentCountry,
            found.recruitedOn && format.date(found.recruitedOn),
          ]
            .filter(Boolean)
            .join(', ') || '—'}
        </Fact>
        <Fact label={t('caseFacts.exploitation')}>
          {[
            found.exploitationPlace,
            found.exploitationCountry,
            [found.exploitationStartedOn, found.exploitationEndedOn]
              .map((day) => (day ? format.date(day) : ''))
              .filter(Boolean)
              .join(' – '),
          ]
            .filter(Boolean)
            .join(', ') || '—'}
        </Fact>
        <Fact label={t('caseFacts.meansOfControl')}>
          {found.meansOfControl.map((means) => t(`caseFacts.means.${means}`)).join(', ') || '—'}
        </Fact>
      </SimpleGrid>
      {found.summary && (
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {found.summary}
        </Text>
      )}
    </Card>
  );
}

/** A referral's step on the timeline: between which agencies, and the reason given, if ours to read. */
function ReferralStep({ referral }: { referral: NonNullable<CaseEvent['referral']> }) {
  const { t } = useTranslation();
  const name = (agency: { name: string; shortName: string | null }) => agency.shortName ?? agency.name;
  return (
    <>
      <Text size="sm">
        {t(referral.onward ? 'timeline.referral.onward' : 'timeline.referral.between', {
          from: name(referral.fromAgency),
          to: name(referral.toAgency),
        })}
      </Text>
      {referral.reason && <Text size="sm">{t('timeline.referral.reason', { reason: referral.reason })}</Text>}
    </>
  );
}

/** How a screening or an identification decision about the person came out; nothing for other events. */
function TimelineOutcome({ event }: { event: CaseEvent }) {
  const { t } = useTranslation();
  const key = timelineOutcomeKey(event);
  return key && <Text size="sm">{t(key)}</Text>;
}

function TimelinePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useQuery({
    queryKey: ['cases', caseId, 'timeline'],
    queryFn: () => api<Page<CaseEvent>>('GET', `/api/cases/${caseId}/timeline`),
  });
  const items = events.data?.items ?? [];
  return (
    <>
      <QueryState
        isPending={events.isPending}
        error={events.error}
        isEmpty={items.length === 0}
        emptyText={t('timeline.none')}
      />
      <Timeline bulletSize={12} lineWidth={2}>
        {items.map((event) => (
          <Timeline.Item
            key={event.id}
            title={t(timelineKindKey(event.kind), { defaultValue: t('timeline.other') })}
          >
            {event.referral && <ReferralStep referral={event.referral} />}
            <TimelineOutcome event={event} />
            <Text size="xs" c="dimmed">
              {format.dateTime(event.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </>
  );
}

/** One case: its summary, then timeline, tasks, notes, consents and referrals in tabs. */
export default function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const handlesReferrals = useCan('referral:manage');
  const found = useQuery({
    queryKey: ['cases', id],
    queryFn: () => api<CaseView>('GET', `/api/cases/${id}`),
  });
  const personId = found.data?.persons[0]?.personId;
  const canScreen = useCan('screening:conduct');
  const canWriteCase = useCan('case:write');
  const [editing, setEditing] = useState(false);
  usePageTitle(found.data ? t('case.title', { reference: found.data.reference }) : undefined);
  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        {t('case.backToList')}
      </Anchor>
      <RecordState isPending={found.isPending} error={found.error} />
      {found.data && (
        <>
          <Group justify="space-between">
            <Title order={1}>{t('case.title', { reference: found.data.reference })}</Title>
            <Group gap="xs">
              <StatusBadge status={found.data.status} />
              <RiskBadge risk={found.data.riskLevel} />
              {canScreen && personId && (
                <Button component={Link} to={`/screenings/new?person=${personId}`} size="xs" variant="light">
                  {t('screening.screenPerson')}
                </Button>
              )}
              {canWriteCase && found.data.status !== 'closed' && !editing && (
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {t('caseFacts.edit')}
                </Button>
              )}
              <CaseStatusActions found={found.data} />
              <ErasureButton caseId={id} status={found.data.status} />
            </Group>
          </Group>
          {editing && found.data.status !== 'closed' ? (
            // Keyed by version: a reload after a change made meanwhile starts the form over.
            <EditCaseFactsForm key={found.data.version} found={found.data} onDone={() => setEditing(false)} />
          ) : (
            <Summary found={found.data} />
          )}
          <Tabs defaultValue="tasks" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="tasks">{t('case.tabs.tasks')}</Tabs.Tab>
              <Tabs.Tab value="notes">{t('case.tabs.notes')}</Tabs.Tab>
              <Tabs.Tab value="timeline">{t('case.tabs.timeline')}</Tabs.Tab>
              <Tabs.Tab value="care">{t('care.tab')}</Tabs.Tab>
              {canWriteCase && <Tabs.Tab value="public-progress">{t('portal.caseProgress.tab')}</Tabs.Tab>}
              <Tabs.Tab value="files">{t('attachments.tab')}</Tabs.Tab>
              {personId && <Tabs.Tab value="consents">{t('case.tabs.consents')}</Tabs.Tab>}
              {handlesReferrals && <Tabs.Tab value="referrals">{t('case.tabs.referrals')}</Tabs.Tab>}
              <VictimPathTabList />
            </Tabs.List>
            <Tabs.Panel value="tasks" pt="md">
              <TasksPanel caseId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="notes" pt="md">
              <NotesPanel caseId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="timeline" pt="md">
              <TimelinePanel caseId={id} />
            </Tabs.Panel>
            {canWriteCase && (
              <Tabs.Panel value="public-progress" pt="md">
                <CaseProgressPanel caseId={id} />
              </Tabs.Panel>
            )}
            <Tabs.Panel value="care" pt="md">
              <CarePanel caseId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="files" pt="md">
              <AttachmentsPanel caseId={id} />
            </Tabs.Panel>
            {personId && (
              <Tabs.Panel value="consents" pt="md">
                <ConsentsPanel personId={personId} />
              </Tabs.Panel>
            )}
            {handlesReferrals && (
              <Tabs.Panel value="referrals" pt="md">
                <Stack gap="xl">
                  <ReferralsPanel caseId={id} personId={personId} />
                  <DisclosuresPanel caseId={id} />
                </Stack>
              </Tabs.Panel>
            )}
            <VictimPathTabPanels caseId={id} personId={personId} />
          </Tabs>
        </>
      )}
    </Stack>
  );
}
