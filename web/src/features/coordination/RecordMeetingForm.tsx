import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { useCountryActivities, useCountryAgencies } from './queries.ts';
import type { Committee, Meeting } from './types.ts';

interface RecordValues {
  present: string[];
  minutes: string;
  decisions: { text: string; activityIds: string[] }[];
  actionItems: { title: string; ownerAgencyId: string; dueOn: string }[];
}

/**
 * The secretariat records a meeting once: which member agencies came, the minutes, the decisions
 * (linked to action plan activities when they concern them) and the action items it raised.
 */
export function RecordMeetingForm({ meeting, committee }: { meeting: Meeting; committee: Committee }) {
  const { t } = useTranslation();
  const agencies = useCountryAgencies();
  const activities = useCountryActivities();
  const queryClient = useQueryClient();
  const form = useForm<RecordValues>({
    defaultValues: { present: [], minutes: '', decisions: [], actionItems: [] },
  });
  const decisions = useFieldArray({ control: form.control, name: 'decisions' });
  const actionItems = useFieldArray({ control: form.control, name: 'actionItems' });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: (values) => [
      'minutes',
      ...values.decisions.flatMap((_, i) => [
        `decisions.${i}.text` as const,
        `decisions.${i}.activityIds` as const,
      ]),
      ...values.actionItems.flatMap((_, i) => [
        `actionItems.${i}.title` as const,
        `actionItems.${i}.ownerAgencyId` as const,
        `actionItems.${i}.dueOn` as const,
      ]),
    ],
    send: async ({ present, ...values }) => {
      await api('POST', `/api/meetings/${meeting.id}/record`, {
        ...values,
        attendance: committee.members.map((member) => ({
          agencyId: member.agencyId,
          present: present.includes(member.agencyId),
        })),
      });
      await queryClient.invalidateQueries({ queryKey: ['meetings', meeting.id] });
      await queryClient.invalidateQueries({ queryKey: ['committees', committee.id] });
    },
  });
  const name = t('coord.meetings.record');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <Controller
            control={form.control}
            name="present"
            render={({ field }) => (
              <Checkbox.Group label={t('coord.meetings.whoCame')} {...field}>
                <Stack gap={6} mt={4}>
                  {committee.members.map((member) => (
                    <Checkbox key={member.agencyId} value={member.agencyId} label={member.agencyName} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Textarea
            label={t('coord.meetings.minutes')}
            autosize
            minRows={4}
            error={errors.minutes?.message}
            {...form.register('minutes')}
          />
          {decisions.fields.map((field, i) => (
            <Card
              key={field.id}
              withBorder
              padding="xs"
              component="fieldset"
              aria-label={t('coord.meetings.decisionN', { n: i + 1 })}
            >
              <Stack gap={6}>
                <Textarea
                  label={t('coord.meetings.decisionN', { n: i + 1 })}
                  autosize
                  error={errors.decisions?.[i]?.text?.message}
                  {...form.register(`decisions.${i}.text`)}
                />
                <Controller
                  control={form.control}
                  name={`decisions.${i}.activityIds`}
                  render={({ field: activityField }) => (
                    <MultiSelect
                      label={t('coord.meetings.decisionActivities')}
                      data={activities.map((activity) => ({ value: activity.id, label: activity.title }))}
                      value={activityField.value}
                      onChange={activityField.onChange}
                      searchable
                      error={errors.decisions?.[i]?.activityIds?.message}
                    />
                  )}
                />
                <Group>
                  <Button size="xs" variant="subtle" color="red" onClick={() => decisions.remove(i)}>
                    {t('coord.common.remove')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
          {actionItems.fields.map((field, i) => (
            <Card
              key={field.id}
              withBorder
              padding="xs"
              component="fieldset"
              aria-label={t('coord.meetings.actionItemN', { n: i + 1 })}
            >
              <Stack gap={6}>
                <TextInput
                  label={t('coord.meetings.actionItemN', { n: i + 1 })}
                  error={errors.actionItems?.[i]?.title?.message}
                  {...form.register(`actionItems.${i}.title`)}
                />
                <Group grow align="flex-start" wrap="wrap">
                  <NativeSelect
                    label={t('coord.actionItems.owner')}
                    data={[
                      { value: '', label: t('coord.common.choose') },
                      ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
                    ]}
                    error={errors.actionItems?.[i]?.ownerAgencyId?.message}
                    {...form.register(`actionItems.${i}.ownerAgencyId`)}
                  />
                  <TextInput
                    type="date"
                    label={t('coord.actionItems.dueOn')}
                    error={errors.actionItems?.[i]?.dueOn?.message}
                    {...form.register(`actionItems.${i}.dueOn`)}
                  />
                </Group>
                <Group>
                  <Button size="xs" variant="subtle" color="red" onClick={() => actionItems.remove(i)}>
                    {t('coord.common.remove')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => decisions.append({ text: '', activityIds: [] })}>
              {t('coord.meetings.addDecision')}
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() => actionItems.append({ title: '', ownerAgencyId: '', dueOn: '' })}
            >
              {t('coord.meetings.addActionItem')}
            </Button>
          </Group>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.meetings.saveRecord')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
