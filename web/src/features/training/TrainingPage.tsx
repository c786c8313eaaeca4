import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { localeNames } from '../../i18n/index.ts';
import { useRoles } from '../admin/roles.ts';
import { useLabel } from '../victim-path/labels.ts';
import { ManualSection } from './ManualSection.tsx';
import {
  type Course,
  chapterName,
  trainingLanguages,
  trainingTopics,
  useCourses,
  useMyHistory,
  useTrainingManuals,
  useTrainingOptions,
} from './queries.ts';

interface CourseValues {
  title: string;
  topic: string;
  curriculum: string;
  manualChapterIds: string[];
  languages: string[];
  targetRoles: string[];
}

/** Splits "3, 4.2" into ["3", "4.2"]. */
export const listOf = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A trainer creates a course of the agency: curriculum, manual chapters, languages, target roles. */
function NewCourseForm() {
  const { t } = useTranslation();
  const roles = useRoles();
  const label = useLabel();
  const options = useTrainingOptions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CourseValues>({
    defaultValues: {
      title: '',
      topic: 'identification',
      curriculum: '',
      manualChapterIds: [],
      languages: [],
      targetRoles: [],
    },
  });
  const manuals = useTrainingManuals();
  const chapterOptions = (manuals.data?.items ?? []).map((manual) => ({
    group: t('coordedit.manual.edition', { title: label(manual.title), edition: manual.edition }),
    items: manual.chapters.map((chapter) => ({ value: chapter.id, label: chapterName(chapter, label) })),
  }));
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['title', 'topic', 'curriculum', 'manualChapterIds', 'languages', 'targetRoles'] as const,
    send: async (values) => {
      const created = await api<Course>('POST', '/api/training-courses', values);
      await queryClient.invalidateQueries({ queryKey: ['training-courses'] });
      await navigate(`/training/courses/${created.id}`);
    },
  });
  const name = t('trainingWeb.course.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('trainingWeb.course.title')}
              error={errors.title?.message}
              {...form.register('title')}
            />
            <NativeSelect
              label={t('trainingWeb.course.topic')}
              error={errors.topic?.message}
              data={trainingTopics.map((topic) => ({
                value: topic,
                label: label(options.data?.topic[topic], topic),
              }))}
              {...form.register('topic')}
            />
          </SimpleGrid>
          <Textarea
            label={t('trainingWeb.course.curriculum')}
            autosize
            minRows={3}
            error={errors.curriculum?.message}
            {...form.register('curriculum')}
          />
          <Controller
            control={form.control}
            name="manualChapterIds"
            render={({ field }) => (
              <MultiSelect
                label={t('trainingWeb.course.manualChapters')}
                description={t('coordedit.manual.chaptersHelp')}
                data={chapterOptions}
                searchable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.manualChapterIds?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <Checkbox.Group
                label={t('trainingWeb.course.languages')}
                error={errors.languages?.message}
                {...field}
              >
                <Group gap="md" mt={4}>
                  {trainingLanguages.map((language) => (
                    <Checkbox key={language} value={language} label={localeNames[language]} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={form.control}
            name="targetRoles"
            render={({ field }) => (
              <Checkbox.Group
                label={t('trainingWeb.course.targetRoles')}
                error={errors.targetRoles?.message}
                {...field}
              >
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt={4}>
                  {roles.codes.map((role) => (
                    <Checkbox key={role} value={role} label={roles.label(role)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('trainingWeb.course.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The signed-in user's own training: sessions, scores and certificates. */
function MyHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const history = useMyHistory(me.user.id);
  const items = history.data?.items ?? [];
  const name = t('trainingWeb.history.title');
  return (
    <Stack component="section" aria-label={name} gap="xs">
      <Title order={2} size="h4">
        {name}
      </Title>
      <QueryState
        isPending={history.isPending}
        error={history.error}
        isEmpty={items.length === 0}
        emptyText={t('trainingWeb.history.none')}
      />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainingWeb.history.course')}</Table.Th>
                <Table.Th>{t('trainingWeb.session.dates')}</Table.Th>
                <Table.Th>{t('trainingWeb.attendance.post')}</Table.Th>
                <Table.Th>{t('trainingWeb.certificate.code')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.participantId}>
                  <Table.Td>{entry.courseTitle}</Table.Td>
                  <Table.Td>
                    {format.date(entry.startsOn)} – {format.date(entry.endsOn)}
                  </Table.Td>
                  <Table.Td>{entry.postScore ?? '—'}</Table.Td>
                  <Table.Td>{entry.certificateCode ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The training courses of the country, with their sessions; trainers create courses here. */
export default function TrainingPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useTrainingOptions();
  const canCreate = useCan('training:manage');
  const courses = useCourses();
  const items = courses.data?.items ?? [];
  usePageTitle(t('trainingWeb.title'));
  return (
    <Stack>
      <Title order={1}>{t('trainingWeb.title')}</Title>
      <QueryState
        isPending={courses.isPending}
        error={courses.error}
        isEmpty={items.length === 0}
        emptyText={t('trainingWeb.course.none')}
      />
      {items.map((course) => (
        <Card key={course.id} withBorder component="article" aria-label={course.title}>
          <Anchor component={Link} to={`/training/courses/${course.id}`} fw={600}>
            {course.title}
          </Anchor>
          <Text size="sm">{label(options.data?.topic[course.topic], course.topic)}</Text>
          <Text size="sm" c="dimmed">
            {course.agencyName} · {t('trainingWeb.course.sessionCount', { count: course.sessions.length })}
          </Text>
        </Card>
      ))}
      {canCreate && <NewCourseForm />}
      <ManualSection />
      <MyHistory />
    </Stack>
  );
}
