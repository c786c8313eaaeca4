import { Alert, Badge, Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Note, Task } from '../../api/types.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';

/** A case's tasks, with the form to add one and a box to mark one done. */
export function TasksPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const tasks = useQuery({
    queryKey: ['cases', caseId, 'tasks'],
    queryFn: () => api<{ items: Task[] }>('GET', `/api/cases/${caseId}/tasks`),
  });
  const form = useForm<{ title: string; dueOn: string }>({ defaultValues: { title: '', dueOn: '' } });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
  const markDone = useMutation({
    mutationFn: (task: Task) =>
      api('PATCH', `/api/tasks/${task.id}`, { status: task.status === 'open' ? 'done' : 'open' }),
    onSettled: refresh,
  });
  const { problem, onSubmit: add } = useApiForm(form, {
    fields: ['title', 'dueOn'],
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/tasks`, {
        title: values.title,
        ...(values.dueOn && { dueOn: values.dueOn }),
      });
      form.reset();
      await refresh();
      await queryClient.invalidateQueries({ queryKey: ['tasks', 'mine'] });
    },
  });
  const items = tasks.data?.items ?? [];
  return (
    <Stack>
      <QueryState
        isPending={tasks.isPending}
        error={tasks.error}
        isEmpty={items.length === 0}
        emptyText={t('task.none')}
      />
      {items.map((task) => (
        <Group key={task.id} justify="space-between" wrap="nowrap">
          <Checkbox
            label={task.title}
            checked={task.status === 'done'}
            disabled={!canWrite || task.status === 'cancelled'}
            onChange={() => markDone.mutate(task)}
            description={task.dueOn ? t('task.due', { date: format.date(task.dueOn) }) : undefined}
          />
          {task.overdue && <Badge color="red.9">{t('task.overdue')}</Badge>}
        </Group>
      ))}
      {canWrite && (
        <form onSubmit={add} noValidate aria-label={t('task.add')}>
          <Stack gap="xs">
            {problem && <Alert color="red">{problem}</Alert>}
            <TextInput
              label={t('task.title')}
              error={form.formState.errors.title?.message}
              {...form.register('title')}
            />
            <DateField control={form.control} name="dueOn" label={t('task.dueOn')} />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('task.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** A case's notes (encrypted at rest; reading them is audited), newest last, and the form to add one. */
export function NotesPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const notes = useQuery({
    queryKey: ['cases', caseId, 'notes'],
    queryFn: () => api<{ items: Note[] }>('GET', `/api/cases/${caseId}/notes`),
  });
  const form = useForm<{ body: string }>({ defaultValues: { body: '' } });
  const { problem, onSubmit: add } = useApiForm(form, {
    fields: ['body'],
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/notes`, { body: values.body });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
    },
  });
  const items = notes.data?.items ?? [];
  return (
    <Stack>
      <QueryState
        isPending={notes.isPending}
        error={notes.error}
        isEmpty={items.length === 0}
        emptyText={t('note.none')}
      />
      {items.map((note) => (
        <div key={note.id}>
          <Text size="xs" c="dimmed">
            {format.dateTime(note.createdAt)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
        </div>
      ))}
      {canWrite && (
        <form onSubmit={add} noValidate aria-label={t('note.add')}>
          <Stack gap="xs">
            {problem && <Alert color="red">{problem}</Alert>}
            <Textarea
              label={t('note.body')}
              autosize
              minRows={2}
              error={form.formState.errors.body?.message}
              {...form.register('body')}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('note.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
