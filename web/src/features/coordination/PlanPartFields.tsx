import {
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
import { type Control, Controller, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../victim-path/labels.ts';
import { useActionPlanOptions, useCountryAgencies } from './queries.ts';
import { type Pillar, pillars } from './types.ts';

/*
 * The parts of a national action plan's form: a strategy under one of the four pillars, its
 * activities with responsible and supporting agencies, and each activity's indicators with a
 * baseline and a target for any year of the plan. Parts of a saved plan carry their ids.
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
export const newStrategy = (pillar: Pillar = 'prevention'): StrategyValues => ({
  pillar,
  title: '',
  activities: [],
});

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

/** One strategy of the plan, with its activities and their indicators. */
export function StrategyFields({
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
