import { Anchor, Badge, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { RecordState } from '../../components/States.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';
import { useLabel } from '../victim-path/labels.ts';
import { useCommitteeOptions, useCountryActivities } from './queries.ts';
import { RecordMeetingForm } from './RecordMeetingForm.tsx';
import { ScrollTable } from './ScrollTable.tsx';
import type { ActionItem, ActionItemStatus, Committee, Meeting } from './types.ts';

const statuses: readonly ActionItemStatus[] = ['open', 'in_progress', 'done', 'dropped'];

/** Action items with their owner, due date and status; the secretariat or the owner agency changes the status. */
function ActionItemsTable({
  items,
  committee,
  caption,
}: {
  items: ActionItem[];
  committee: Committee;
  caption: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const options = useCommitteeOptions();
  const agencyName = useAgencyName();
  const manage = useCan('coordination:manage');
  const report = useCan('coordination:report');
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const change = async (item: ActionItem, status: string) => {
    setProblem(undefined);
    try {
      await api('PATCH', `/api/action-items/${item.id}`, { status });
      await queryClient.invalidateQueries({ queryKey: ['meetings'] });
      await queryClient.invalidateQueries({ queryKey: ['committees', committee.id] });
    } catch (error) {
      setProblem(problemMessage(error, t));
    }
  };
  const mayChange = (item: ActionItem) =>
    (manage && committee.agencyId === me.agency.id) || (report && item.ownerAgencyId === me.agency.id);
  return (
    <Stack gap={4}>
      {problem && (
        <Text c="red" role="alert" size="sm">
          {problem}
        </Text>
      )}
      <ScrollTable label={caption} minWidth={480}>
        <Table striped withTableBorder>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coord.actionItems.title')}</Table.Th>
              <Table.Th>{t('coord.actionItems.owner')}</Table.Th>
              <Table.Th>{t('coord.actionItems.dueOn')}</Table.Th>
              <Table.Th>{t('coord.actionItems.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.title}</Table.Td>
                <Table.Td>{agencyName(item.ownerAgencyId)}</Table.Td>
                <Table.Td>{format.date(item.dueOn)}</Table.Td>
                <Table.Td>
                  {mayChange(item) ? (
                    <NativeSelect
                      size="xs"
                      aria-label={t('coord.actionItems.statusOf', { title: item.title })}
                      value={item.status}
                      data={statuses.map((status) => ({
                        value: status,
                        label: label(options.data?.actionItemStatus[status], status),
                      }))}
                      onChange={(event) => void change(item, event.currentTarget.value)}
                    />
                  ) : (
                    <Badge>{label(options.data?.actionItemStatus[item.status], item.status)}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** A meeting: agenda, then (once recorded) attendance, minutes, decisions and action items; open items carried from earlier meetings. */
export default function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const agencyName = useAgencyName();
  const manage = useCan('coordination:manage');
  const activities = useCountryActivities();
  const meeting = useQuery({
    queryKey: ['meetings', id],
    queryFn: () => api<Meeting>('GET', `/api/meetings/${id}`),
  });
  const committeeId = meeting.data?.committeeId;
  const committee = useQuery({
    queryKey: ['committees', committeeId],
    queryFn: () => api<Committee>('GET', `/api/committees/${committeeId}`),
    enabled: Boolean(committeeId),
  });
  const heading = meeting.data
    ? t('coord.meetings.onAt', { date: format.date(meeting.data.heldOn), place: meeting.data.place })
    : t('coord.meetings.title');
  usePageTitle(heading);
  if (!meeting.data || !committee.data) {
    return (
      <RecordState
        isPending={meeting.isPending || committee.isPending}
        error={meeting.error ?? committee.error}
      />
    );
  }
  const m = meeting.data;
  const keeps = manage && committee.data.agencyId === me.agency.id;
  const unrecorded = keeps ? (
    <RecordMeetingForm meeting={m} committee={committee.data} />
  ) : (
    <Text c="dimmed">{t('coord.meetings.notRecordedYet')}</Text>
  );
  const activityTitle = (activityId: string) => activities.find((a) => a.id === activityId)?.title ?? '';
  return (
    <Stack>
      <Anchor component={Link} to={`/committees/${committee.data.id}`} size="sm">
        {committee.data.name}
      </Anchor>
      <Title order={1}>{heading}</Title>
      <Title order={2} size="h4">
        {t('coord.meetings.agenda')}
      </Title>
      {m.agenda.length === 0 ? (
        <Text c="dimmed">{t('coord.meetings.noAgenda')}</Text>
      ) : (
        <List type="ordered">
          {m.agenda.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines are plain text in their order
            <List.Item key={i}>{line}</List.Item>
          ))}
        </List>
      )}
      {m.carriedItems.length > 0 && (
        <ActionItemsTable
          items={m.carriedItems}
          committee={committee.data}
          caption={t('coord.meetings.carried')}
        />
      )}
      {m.recorded ? (
        <>
          <Title order={2} size="h4">
            {t('coord.meetings.attendance')}
          </Title>
          <Group gap="xs">
            {m.attendance.map((entry) => (
              <Badge key={entry.agencyId} color={entry.present ? 'lindung' : 'gray.7'}>
                {entry.present
                  ? t('coord.meetings.present', { agency: agencyName(entry.agencyId) })
                  : t('coord.meetings.absent', { agency: agencyName(entry.agencyId) })}
              </Badge>
            ))}
          </Group>
          <Title order={2} size="h4">
            {t('coord.meetings.minutes')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</Text>
          <Title order={2} size="h4">
            {t('coord.meetings.decisions')}
          </Title>
          {m.decisions.length === 0 ? (
            <Text c="dimmed">{t('coord.meetings.noDecisions')}</Text>
          ) : (
            <List>
              {m.decisions.map((decision) => (
                <List.Item key={decision.id}>
                  {decision.text}
                  {decision.activityIds.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('coord.meetings.concerns', {
                        activities: decision.activityIds.map(activityTitle).join('; '),
                      })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
          {m.actionItems.length === 0 ? (
            <Text c="dimmed">{t('coord.meetings.noActionItems')}</Text>
          ) : (
            <ActionItemsTable
              items={m.actionItems}
              committee={committee.data}
              caption={t('coord.meetings.raised')}
            />
          )}
        </>
      ) : (
        unrecorded
      )}
    </Stack>
  );
}
