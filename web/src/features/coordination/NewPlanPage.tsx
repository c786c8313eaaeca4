import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { newStrategy, type PlanValues, StrategyFields } from './PlanPartFields.tsx';
import type { Plan } from './types.ts';

/*
 * Builds a national action plan in one go, as the API takes it: the plan's years, its strategies
 * under the four pillars, their activities with responsible and supporting agencies, and each
 * activity's indicators with a baseline and a target for any year of the plan.
 */

const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The plan years between the two typed years, when they make sense (at most 20). */
export function planYears(start: string, end: string): number[] {
  const from = number(start);
  const to = number(end);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 20) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const withId = (partId: string | undefined) => (partId ? { id: partId } : {});

/**
 * The body of POST /api/action-plans from the form (numbers typed as text, empty targets left out);
 * when editing, the saved parts carry their ids.
 */
export function planBody(values: PlanValues) {
  return {
    title: values.title,
    startYear: number(values.startYear),
    endYear: number(values.endYear),
    strategies: values.strategies.map((strategy) => ({
      ...withId(strategy.partId),
      pillar: strategy.pillar,
      title: strategy.title,
      activities: strategy.activities.map((activity) => ({
        ...withId(activity.partId),
        title: activity.title,
        responsibleAgencyId: activity.responsibleAgencyId,
        supportingAgencyIds: activity.supportingAgencyIds,
        indicators: activity.indicators.map((indicator) => ({
          ...withId(indicator.partId),
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline.trim() === '' ? null : number(indicator.baseline),
          targets: Object.fromEntries(
            Object.entries(indicator.targets)
              .filter(
                ([year, target]) =>
                  target?.trim() && planYears(values.startYear, values.endYear).includes(Number(year)),
              )
              .map(([year, target]) => [year, number(target)]),
          ),
        })),
      })),
    })),
  };
}

/** Every field of the form an API problem can name (`strategies.0.activities.1.title`…). */
function fieldsOf(values: PlanValues) {
  const fields: string[] = ['title', 'startYear', 'endYear'];
  values.strategies.forEach((strategy, s) => {
    fields.push(`strategies.${s}.pillar`, `strategies.${s}.title`);
    strategy.activities.forEach((activity, a) => {
      const at = `strategies.${s}.activities.${a}`;
      fields.push(`${at}.title`, `${at}.responsibleAgencyId`, `${at}.supportingAgencyIds`);
      activity.indicators.forEach((_, i) => {
        const ind = `${at}.indicators.${i}`;
        fields.push(`${ind}.name`, `${ind}.unit`, `${ind}.baseline`, `${ind}.targets`);
      });
    });
  });
  return fields as never[];
}

/**
 * The plan form, for a new plan and for editing a saved one (`editing`: the years are fixed and
 * saved parts cannot be removed, since progress reports refer to them).
 */
export function PlanForm({
  heading,
  intro,
  submitLabel,
  defaultValues,
  editing = false,
  send,
}: {
  heading: string;
  intro: string;
  submitLabel: string;
  defaultValues: PlanValues;
  editing?: boolean;
  send: (values: PlanValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm<PlanValues>({ defaultValues });
  const strategies = useFieldArray({ control: form.control, name: 'strategies' });
  const years = planYears(form.watch('startYear'), form.watch('endYear'));
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, { fields: fieldsOf, send });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={heading}>
      <Stack>
        <Title order={1}>{heading}</Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        <TextInput label={t('coord.plan.title')} error={errors.title?.message} {...form.register('title')} />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('coord.plan.startYear')}
            inputMode="numeric"
            readOnly={editing}
            error={errors.startYear?.message}
            {...form.register('startYear')}
          />
          <TextInput
            label={t('coord.plan.endYear')}
            inputMode="numeric"
            readOnly={editing}
            error={errors.endYear?.message}
            {...form.register('endYear')}
          />
        </SimpleGrid>
        {strategies.fields.map((field, index) => (
          <StrategyFields
            key={field.id}
            form={form}
            index={index}
            years={years}
            onRemove={() => strategies.remove(index)}
          />
        ))}
        <Group>
          <Button variant="light" onClick={() => strategies.append(newStrategy())}>
            {t('coord.plan.addStrategy')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A coordinator builds a new national action plan (coordination:manage). */
export default function NewPlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  usePageTitle(t('coord.plan.newTitle'));
  const year = new Date().getFullYear();
  return (
    <PlanForm
      heading={t('coord.plan.newTitle')}
      intro={t('coord.plan.newIntro')}
      submitLabel={t('coord.plan.create')}
      defaultValues={{
        title: '',
        startYear: String(year),
        endYear: String(year + 4),
        strategies: [newStrategy()],
      }}
      send={async (values) => {
        const plan = await api<Plan>('POST', '/api/action-plans', planBody(values));
        await queryClient.invalidateQueries({ queryKey: ['action-plans'] });
        await navigate(`/action-plans/${plan.id}`);
      }}
    />
  );
}
