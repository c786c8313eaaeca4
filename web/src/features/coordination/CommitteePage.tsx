import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState, RecordState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useLabel } from '../victim-path/labels.ts';
import { EditMembersForm } from './EditMembersForm.tsx';
import { usePaged } from './Pager.tsx';
import { useCommitteeOptions } from './queries.ts';
import { ScrollTable } from './ScrollTable.tsx';
import type { Committee, Meeting } from './types.ts';

interface MeetingValues {
  heldOn: string;
  place: string;
  agenda: string;
}

/** The secretariat schedules a meeting with its agenda, one item a line. */
function NewMeetingForm({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<MeetingValues>({
    defaultValues: { heldOn: todayIn(me.agency.timeZone), place: '', agenda: '' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['heldOn', 'place', 'agenda'] as const,
    send: async ({ agenda, ...values }) => {
      const meeting = await api<Meeting>('POST', `/api/committees/${committee.id}/meetings`, {
        ...values,
        agenda: agenda
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      });
      await queryClient.invalidateQueries({ queryKey: ['committees', committee.id] });
      await navigate(`/meetings/${meeting.id}`);
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('coord.meetings.new')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coord.meetings.new')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('coord.meetings.new')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label={t('coord.meetings.heldOn')}
              error={errors.heldOn?.message}
              {...form.register('heldOn')}
            />
            <TextInput
              label={t('coord.meetings.place')}
              error={errors.place?.message}
              {...form.register('place')}
            />
          </Group>
          <Textarea
            label={t('coord.meetings.agenda')}
            description={t('coord.meetings.agendaHelp')}
            autosize
            minRows={3}
            error={errors.agenda?.message}
            {...form.register('agenda')}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.meetings.schedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A committee: its member agencies and roles, its meetings (latest first) and, for the secretariat, a new meeting. */
export default function CommitteePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const options = useCommitteeOptions();
  const manage = useCan('coordination:manage');
  const [editing, setEditing] = useState(false);
  const committee = useQuery({
    queryKey: ['committees', id],
    queryFn: () => api<Committee>('GET', `/api/committees/${id}`),
  });
  const meetings = useQuery({
    queryKey: ['committees', id, 'meetings'],
    queryFn: () => api<{ items: Meeting[] }>('GET', `/api/committees/${id}/meetings`),
  });
  usePageTitle(committee.data?.name ?? t('coord.committees.title'));
  const items = meetings.data?.items ?? [];
  const { shown, pager } = usePaged(items);
  if (!committee.data) {
    return <RecordState isPending={committee.isPending} error={committee.error} />;
  }
  const keeps = manage && committee.data.agencyId === me.agency.id;
  return (
    <Stack>
      <Title order={1}>{committee.data.name}</Title>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('coord.committees.members')}
        </Title>
        {keeps && !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)}>
            {t('coordedit.members.change')}
          </Button>
        )}
      </Group>
      {editing && <EditMembersForm committee={committee.data} onDone={() => setEditing(false)} />}
      <ScrollTable label={t('coord.committees.members')} minWidth={300}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coord.common.agency')}</Table.Th>
              <Table.Th>{t('coord.committees.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {committee.data.members.map((member) => (
              <Table.Tr key={member.agencyId}>
                <Table.Td>{member.agencyName}</Table.Td>
                <Table.Td>{label(options.data?.memberRole[member.role], member.role)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Title order={2} size="h4">
        {t('coord.meetings.title')}
      </Title>
      <QueryState
        isPending={meetings.isPending}
        error={meetings.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.meetings.none')}
      />
      {shown.map((meeting) => (
        <Card key={meeting.id} withBorder component="article" aria-label={format.date(meeting.heldOn)}>
          <Group justify="space-between">
            <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600}>
              {t('coord.meetings.onAt', { date: format.date(meeting.heldOn), place: meeting.place })}
            </Anchor>
            <Badge color={meeting.recorded ? 'lindung' : 'gray.7'}>
              {meeting.recorded ? t('coord.meetings.recorded') : t('coord.meetings.notRecorded')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('coord.meetings.openItems', {
              count: [...meeting.actionItems, ...meeting.carriedItems].filter(
                (item) => item.status === 'open' || item.status === 'in_progress',
              ).length,
            })}
          </Text>
        </Card>
      ))}
      {pager}
      {keeps && <NewMeetingForm committee={committee.data} />}
    </Stack>
  );
}
