import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { localeNames } from '../../i18n/index.ts';
import { useRoles } from '../admin/roles.ts';
import { useLabel } from '../victim-path/labels.ts';
import {
  type Course,
  chapterName,
  type Session,
  sessionModes,
  useCourse,
  useTrainingOptions,
} from './queries.ts';
import { listOf } from './TrainingPage.tsx';

interface SessionValues {
  startsOn: string;
  endsOn: string;
  mode: string;
  place: string;
  onlineUrl: string;
  trainers: string;
  capacity: number | string;
  language: string;
}

/** A trainer of the running agency schedules a session: dates, place or online address, trainers, capacity. */
function NewSessionForm({ course }: { course: Course }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useTrainingOptions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<SessionValues>({
    defaultValues: {
      startsOn: '',
      endsOn: '',
      mode: 'in_person',
      place: '',
      onlineUrl: '',
      trainers: '',
      capacity: 20,
      language: course.languages[0] ?? 'en',
    },
  });
  const { errors } = form.formState;
  const online = form.watch('mode') === 'online';
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['startsOn', 'endsOn', 'mode', 'place', 'onlineUrl', 'trainers', 'capacity', 'language'] as const,
    send: async (values) => {
      const created = await api<Session>('POST', `/api/training-courses/${course.id}/sessions`, {
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        mode: values.mode,
        ...(values.place.trim() && { place: values.place.trim() }),
        ...(online && values.onlineUrl.trim() && { onlineUrl: values.onlineUrl.trim() }),
        trainers: listOf(values.trainers),
        capacity: Number(values.capacity),
        language: values.language,
      });
      await queryClient.invalidateQueries({ queryKey: ['training-courses'] });
      await navigate(`/training/sessions/${created.id}`);
    },
  });
  const name = t('trainingWeb.session.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('trainingWeb.session.startsOn')}
              error={errors.startsOn?.message}
              {...form.register('startsOn')}
            />
            <TextInput
              type="date"
              label={t('trainingWeb.session.endsOn')}
              error={errors.endsOn?.message}
              {...form.register('endsOn')}
            />
            <NativeSelect
              label={t('trainingWeb.session.mode')}
              data={sessionModes.map((mode) => ({
                value: mode,
                label: label(options.data?.mode[mode], mode),
              }))}
              {...form.register('mode')}
            />
            <NativeSelect
              label={t('trainingWeb.session.language')}
              data={course.languages.map((language) => ({
                value: language,
                label: localeNames[language as keyof typeof localeNames] ?? language,
              }))}
              {...form.register('language')}
            />
            <TextInput
              label={t('trainingWeb.session.place')}
              error={errors.place?.message}
              {...form.register('place')}
            />
            {online && (
              <TextInput
                type="url"
                label={t('trainingWeb.session.onlineUrl')}
                error={errors.onlineUrl?.message}
                {...form.register('onlineUrl')}
              />
            )}
            <TextInput
              label={t('trainingWeb.session.trainers')}
              description={t('trainingWeb.session.trainersHelp')}
              error={errors.trainers?.message}
              {...form.register('trainers')}
            />
            <Controller
              control={form.control}
              name="capacity"
              render={({ field }) => (
                <NumberInput
                  label={t('trainingWeb.session.capacity')}
                  min={1}
                  allowDecimal={false}
                  error={errors.capacity?.message}
                  {...field}
                />
              )}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('trainingWeb.session.schedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A course: what it teaches, and its sessions. */
export default function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const roles = useRoles();
  const label = useLabel();
  const format = useFormat();
  const me = useMe();
  const options = useTrainingOptions();
  const manage = useCan('training:manage');
  const course = useCourse(id);
  usePageTitle(course.data?.title ?? t('trainingWeb.title'));
  if (!course.data) {
    return <RecordState isPending={course.isPending} error={course.error} />;
  }
  const data = course.data;
  return (
    <Stack>
      <Anchor component={Link} to="/training" size="sm">
        {t('trainingWeb.back')}
      </Anchor>
      <Title order={1}>{data.title}</Title>
      <Text>
        {label(options.data?.topic[data.topic], data.topic)} · {data.agencyName}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{data.curriculum}</Text>
      {data.manualChapters.length > 0 && (
        <Stack gap={2} component="section" aria-label={t('trainingWeb.course.manualChapters')}>
          <Text size="sm" fw={600}>
            {t('trainingWeb.course.manualChapters')}
          </Text>
          <List size="sm">
            {data.manualChapters.map((chapter) => (
              <List.Item key={chapter.id}>{chapterName(chapter, label)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Text size="sm">
        {t('trainingWeb.course.languages')}:{' '}
        {data.languages.map((code) => localeNames[code as keyof typeof localeNames] ?? code).join(', ')}
      </Text>
      {data.targetRoles.length > 0 && (
        <Text size="sm">
          {t('trainingWeb.course.targetRoles')}:{' '}
          {data.targetRoles.map((role) => roles.label(role)).join(', ')}
        </Text>
      )}
      <Title order={2} size="h3">
        {t('trainingWeb.session.title')}
      </Title>
      {data.sessions.length === 0 ? (
        <Text c="dimmed">{t('trainingWeb.session.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainingWeb.session.dates')}</Table.Th>
                <Table.Th>{t('trainingWeb.session.mode')}</Table.Th>
                <Table.Th>{t('trainingWeb.session.place')}</Table.Th>
                <Table.Th>{t('trainingWeb.session.registered')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/training/sessions/${session.id}`}>
                      {format.date(session.startsOn)} – {format.date(session.endsOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label(options.data?.mode[session.mode], session.mode)}</Table.Td>
                  <Table.Td>{session.place ?? '—'}</Table.Td>
                  <Table.Td>
                    {session.registered} / {session.capacity}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {manage && data.agencyId === me.agency.id && <NewSessionForm course={data} />}
    </Stack>
  );
}
