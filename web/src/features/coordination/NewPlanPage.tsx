import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type Control, Controller, type UseFormReturn, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { useLabel } from '../victim-path/labels.ts';
import { useActionPlanOptions, useCountryAgencies } from './queries.ts';
import { type Pillar, type Plan, pillars } from './types.ts';

/*
 * Builds a national action plan in one go, as the API takes it: the plan's years, its strategies
 * under the four pillars, their activities with responsible and supporting agencies, and each
 * activity's indicators with a baseline and a target for any year of the plan.
 */

interface IndicatorValues {
  /** The indicator's id when editing a saved plan (not `id`: the field arrays use that name). */
  partId?: string;
  name: string;
  unit: string;
  baseline: string;
  targets: Record<string, string>;
}
interface ActivityValues {
  partId?: string;
  title: string;
  responsibleAgencyId: string;
  supportingAgencyIds: string[];
  indicators: IndicatorValues[];
}
interface StrategyValues {
  partId?: string;
  pillar: Pillar;
  title: string;
  activities: ActivityValues[];
}
export interface PlanValues {
  title: string;
  startYear: string;
  endYear: string;
  strategies: StrategyValues[];
}

type Form = UseFormReturn<PlanValues>;

const newIndicator = (): IndicatorValues => ({ name: '', unit: '', baseline: '', targets: {} });
const newActivity = (): ActivityValues => ({
  title: '',
  responsibleAgencyId: '',
  supportingAgencyIds: [],
  indicators: [],
});
const newStrategy = (pillar: Pillar = 'prevention'): StrategyValues => ({
  pillar,
  title: '',
  activities: [],
});

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

function errorAt(form: Form, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      form.formState.errors,
    );
  return (value as { message?: string } | undefined)?.message;
}

/** Whether the part at a path is saved already: parts of a saved plan are changed, not removed. */
function saved(form: Form, at: string): boolean {
  return Boolean(form.getValues(`${at}.partId` as 'strategies.0.partId'));
}

function IndicatorFields({
  form,
  at,
  years,
  onRemove,
}: {
  form: Form;
  at: string;
  years: number[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const path = at as `strategies.0.activities.0.indicators.0`;
  return (
    <Card withBorder padding="xs" component="fieldset" aria-label={t('coord.plan.indicator')}>
      <Stack gap={6}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('coord.plan.indicatorName')}
            error={errorAt(form, `${at}.name`)}
            {...form.register(`${path}.name`)}
          />
          <TextInput
            label={t('coord.plan.unit')}
            error={errorAt(form, `${at}.unit`)}
            {...form.register(`${path}.unit`)}
          />
          <TextInput
            label={t('coord.plan.baseline')}
            inputMode="decimal"
            error={errorAt(form, `${at}.baseline`)}
            {...form.register(`${path}.baseline`)}
          />
        </SimpleGrid>
        {years.length > 0 && (
          <SimpleGrid cols={{ base: 3, sm: 6 }} spacing={6}>
            {years.map((year) => (
              <TextInput
                key={year}
                size="xs"
                inputMode="decimal"
                label={t('coord.plan.targetFor', { year })}
                {...form.register(`${path}.targets.${year}` as `${typeof path}.targets.2000`)}
              />
            ))}
          </SimpleGrid>
        )}
        {errorAt(form, `${at}.targets`) && (
          <Text c="red" size="sm">
            {errorAt(form, `${at}.targets`)}
          </Text>
        )}
        {!saved(form, at) && (
          <Group>
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t('coord.plan.removeIndicator')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ActivityFields({
  form,
  at,
  years,
  onRemove,
}: {
  form: Form;
  at: string;
  years: number[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useCountryAgencies();
  const path = at as `strategies.0.activities.0`;
  const indicators = useFieldArray({ control: form.control, name: `${path}.indicators` });
  const agencyData = agencies.map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <Card withBorder padding="sm" component="fieldset" aria-label={t('coord.plan.activity')}>
      <Stack gap="xs">
        <TextInput
          label={t('coord.plan.activityTitle')}
          error={errorAt(form, `${at}.title`)}
          {...form.register(`${path}.title`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('coord.plan.responsible')}
            data={[{ value: '', label: t('coord.common.choose') }, ...agencyData]}
            error={errorAt(form, `${at}.responsibleAgencyId`)}
            {...form.register(`${path}.responsibleAgencyId`)}
          />
          <Controller
            control={form.control as Control<PlanValues>}
            name={`${path}.supportingAgencyIds`}
            render={({ field }) => (
              <MultiSelect
                label={t('coord.plan.supporting')}
                data={agencyData}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                searchable
                error={errorAt(form, `${at}.supportingAgencyIds`)}
              />
            )}
          />
        </SimpleGrid>
        {indicators.fields.map((field, i) => (
          <IndicatorFields
            key={field.id}
            form={form}
            at={`${at}.indicators.${i}`}
            years={years}
            onRemove={() => indicators.remove(i)}
          />
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => indicators.append(newIndicator())}>
            {t('coord.plan.addIndicator')}
          </Button>
          {!saved(form, at) && (
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t('coord.plan.removeActivity')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function StrategyFields({
  form,
  index,
  years,
  onRemove,
}: {
  form: Form;
  index: number;
  years: number[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useActionPlanOptions();
  const at = `strategies.${index}` as const;
  const activities = useFieldArray({ control: form.control, name: `${at}.activities` });
  return (
    <Card withBorder component="fieldset" aria-label={t('coord.plan.strategyN', { n: index + 1 })}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('coord.plan.strategyN', { n: index + 1 })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {saved(form, at) ? (
            <TextInput
              label={t('coord.plan.pillar')}
              readOnly
              value={label(
                options.data?.pillar[form.getValues(`${at}.pillar`)],
                form.getValues(`${at}.pillar`),
              )}
            />
          ) : (
            <NativeSelect
              label={t('coord.plan.pillar')}
              data={pillars.map((pillar) => ({
                value: pillar,
                label: label(options.data?.pillar[pillar], pillar),
              }))}
              error={errorAt(form, `${at}.pillar`)}
              {...form.register(`${at}.pillar`)}
            />
          )}
          <TextInput
            label={t('coord.plan.strategyTitle')}
            error={errorAt(form, `${at}.title`)}
            {...form.register(`${at}.title`)}
          />
        </SimpleGrid>
        {activities.fields.map((field, a) => (
          <ActivityFields
            key={field.id}
            form={form}
            at={`${at}.activities.${a}`}
            years={years}
            onRemove={() => activities.remove(a)}
          />
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => activities.append(newActivity())}>
            {t('coord.plan.addActivity')}
          </Button>
          {!saved(form, at) && (
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t('coord.plan.removeStrategy')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
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
