import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useLabel } from './labels.ts';
import type { CodeLabel, HealthChecklist, HealthScreening } from './types.ts';

interface ScreeningValues {
  screenedOn: string;
  consentBasis: string;
  consentReference: string;
  symptoms: string[];
  testCode: string;
  testResult: string;
  separationKind: string;
  separationStartsOn: string;
  separationEndsOn: string;
  facility: string;
  notes: string;
}

const fields = [
  'screenedOn',
  'consentBasis',
  'consentReference',
  'symptoms',
  'testCode',
  'testResult',
  'separationKind',
  'separationStartsOn',
  'separationEndsOn',
  'facility',
  'notes',
] as const;

/** The API's field paths, renamed to this form's fields. */
const apiFields = {
  'consent.basis': 'consentBasis',
  'consent.reference': 'consentReference',
  'tests.0.code': 'testCode',
  'tests.0.result': 'testResult',
  'separation.kind': 'separationKind',
  'separation.startsOn': 'separationStartsOn',
  'separation.endsOn': 'separationEndsOn',
  'referral.facility': 'facility',
} as const;

const bases = ['written', 'verbal', 'guardian'] as const;

/**
 * The case's health screenings against the infectious-disease checklist: only for the health
 * roles (the case page shows this tab only to them), recording only with health:record.
 */
export function HealthPanel({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const queryClient = useQueryClient();
  const canRecord = useCan('health:record');
  const key = ['cases', caseId, 'health-screenings'];
  const screenings = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: HealthScreening[] }>('GET', `/api/cases/${caseId}/health-screenings`),
  });
  const checklists = useQuery({
    queryKey: ['health-checklists'],
    queryFn: () => api<{ items: HealthChecklist[] }>('GET', '/api/health-checklists'),
    staleTime: 60 * 60_000,
  });
  const checklist = checklists.data?.items.find((item) => item.current);
  const codeLabel = (list: CodeLabel[] | undefined, code: string) =>
    label(list?.find((item) => item.code === code)?.label, code);
  const today = todayIn(me.agency.timeZone);
  const [saved, setSaved] = useState(false);
  const form = useForm<ScreeningValues>({
    defaultValues: {
      screenedOn: today,
      consentBasis: 'written',
      consentReference: '',
      symptoms: [],
      testCode: '',
      testResult: '',
      separationKind: '',
      separationStartsOn: today,
      separationEndsOn: '',
      facility: '',
      notes: '',
    },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields,
    apiFields,
    send: async (values) => {
      setSaved(false);
      await api('POST', `/api/cases/${caseId}/health-screenings`, {
        ...(personId && { personId }),
        screenedOn: values.screenedOn,
        consent: { given: true, basis: values.consentBasis, reference: values.consentReference.trim() },
        symptoms: values.symptoms,
        tests: values.testCode ? [{ code: values.testCode, result: values.testResult }] : [],
        ...(values.separationKind && {
          separation: {
            kind: values.separationKind,
            startsOn: values.separationStartsOn,
            endsOn: values.separationEndsOn,
          },
        }),
        ...(values.facility.trim() && {
          referral: { facility: values.facility.trim(), referredOn: values.screenedOn },
        }),
        ...(values.notes.trim() && { notes: values.notes.trim() }),
      });
      form.reset();
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const items = screenings.data?.items ?? [];
  return (
    <Stack>
      {saved && (
        <Alert color="lindung" role="status">
          {t('vp.health.saved')}
        </Alert>
      )}
      <QueryState
        isPending={screenings.isPending}
        error={screenings.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.health.none')}
      />
      {items.map((screening) => (
        <Card
          key={screening.id}
          withBorder
          component="article"
          aria-label={format.date(screening.screenedOn)}
        >
          <Stack gap={4}>
            <Text fw={600}>{t('vp.health.screenedOn', { date: format.date(screening.screenedOn) })}</Text>
            <Text size="sm">
              {t('vp.health.symptomsList', {
                list:
                  screening.symptoms.map((code) => codeLabel(checklist?.symptoms, code)).join(', ') ||
                  t('vp.health.noSymptoms'),
              })}
            </Text>
            {screening.tests.map((test) => (
              <Text size="sm" key={test.code}>
                {t('vp.health.testResult', {
                  test: codeLabel(checklist?.tests, test.code),
                  result: codeLabel(checklist?.results, test.result),
                })}
              </Text>
            ))}
            {screening.separation && (
              <Text size="sm">
                {t('vp.health.separationDates', {
                  kind: codeLabel(checklist?.separations, screening.separation.kind),
                  from: format.date(screening.separation.startsOn),
                  until: format.date(screening.separation.endsOn),
                })}
              </Text>
            )}
            {screening.referral && (
              <Text size="sm">{t('vp.health.referredTo', { facility: screening.referral.facility })}</Text>
            )}
            {screening.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {screening.notes}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
      {canRecord && checklist && (
        <form onSubmit={submit} noValidate aria-label={t('vp.health.record')}>
          <Stack gap="xs">
            <Text fw={600}>{t('vp.health.record')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <Group grow align="flex-start">
              <NativeSelect
                label={t('vp.health.consentBasis')}
                error={errors.consentBasis?.message}
                data={bases.map((basis) => ({ value: basis, label: t(`vp.health.basis.${basis}`) }))}
                {...form.register('consentBasis')}
              />
              <TextInput
                label={t('vp.health.consentReference')}
                error={errors.consentReference?.message}
                {...form.register('consentReference')}
              />
            </Group>
            <DateField control={form.control} name="screenedOn" label={t('vp.health.screenedOnLabel')} />
            <Controller
              control={form.control}
              name="symptoms"
              render={({ field }) => (
                <Checkbox.Group label={t('vp.health.symptoms')} error={errors.symptoms?.message} {...field}>
                  <Group gap="sm" mt={4}>
                    {checklist.symptoms.map((symptom) => (
                      <Checkbox
                        key={symptom.code}
                        value={symptom.code}
                        label={label(symptom.label, symptom.code)}
                      />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Group grow align="flex-start">
              <NativeSelect
                label={t('vp.health.test')}
                error={errors.testCode?.message}
                data={[
                  { value: '', label: t('vp.health.noTest') },
                  ...checklist.tests.map((item) => ({
                    value: item.code,
                    label: label(item.label, item.code),
                  })),
                ]}
                {...form.register('testCode')}
              />
              <NativeSelect
                label={t('vp.health.result')}
                error={errors.testResult?.message}
                data={[
                  { value: '', label: t('vp.common.choose') },
                  ...checklist.results.map((item) => ({
                    value: item.code,
                    label: label(item.label, item.code),
                  })),
                ]}
                {...form.register('testResult')}
              />
            </Group>
            <NativeSelect
              label={t('vp.health.separation')}
              error={errors.separationKind?.message}
              data={[
                { value: '', label: t('vp.health.noSeparation') },
                ...checklist.separations.map((item) => ({
                  value: item.code,
                  label: label(item.label, item.code),
                })),
              ]}
              {...form.register('separationKind')}
            />
            {form.watch('separationKind') && (
              <Group grow align="flex-start">
                <DateField
                  control={form.control}
                  name="separationStartsOn"
                  label={t('vp.health.separationStarts')}
                />
                <DateField
                  control={form.control}
                  name="separationEndsOn"
                  label={t('vp.health.separationEnds')}
                />
              </Group>
            )}
            <TextInput
              label={t('vp.health.facility')}
              error={errors.facility?.message}
              {...form.register('facility')}
            />
            <Textarea
              label={t('vp.health.notes')}
              error={errors.notes?.message}
              autosize
              minRows={2}
              {...form.register('notes')}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('vp.health.recordButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
