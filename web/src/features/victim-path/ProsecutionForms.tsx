import { Alert, Button, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, type FieldValues, type Path, type UseFormReturn, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { applyProblem } from '../../app/forms.ts';
import { useMe } from '../../app/session.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useProsecutionOptions } from './InvestigationsPage.tsx';
import { useLabel } from './labels.ts';
import type { Investigation } from './types.ts';

/** Posts a form's body, then reloads the investigation; the API's field problems go on the fields. */
function useRecorder<Values extends FieldValues>(
  investigationId: string,
  form: UseFormReturn<Values>,
  fields: readonly Path<Values>[],
  apiFields: Record<string, Path<Values>> = {},
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string>();
  const record = (url: string, body: (values: Values) => unknown, onDone?: () => void) =>
    form.handleSubmit(async (values) => {
      setProblem(undefined);
      try {
        await api('POST', url, body(values));
        form.reset();
        onDone?.();
        await queryClient.invalidateQueries({ queryKey: ['investigations', investigationId] });
      } catch (error) {
        setProblem(applyProblem(error, fields, form.setError, t, apiFields));
      }
    });
  return { problem, record };
}

function useToday() {
  return todayIn(useMe().agency.timeZone);
}

interface ChargeValues {
  suspectId: string;
  offenceCode: string;
  chargedOn: string;
}

/** Charges a suspect with one of the investigation's offences. */
export function ChargeForm({ investigation }: { investigation: Investigation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<ChargeValues>({
    defaultValues: { suspectId: '', offenceCode: '', chargedOn: useToday() },
  });
  const { problem, record } = useRecorder(investigation.id, form, [
    'suspectId',
    'offenceCode',
    'chargedOn',
  ] as const);
  const { errors } = form.formState;
  return (
    <form
      onSubmit={record(`/api/investigations/${investigation.id}/charges`, (values) => values)}
      noValidate
      aria-label={t('vp.prosecution.charge')}
    >
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.suspect')}
            error={errors.suspectId?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.suspects.map((suspect) => ({
                value: suspect.id,
                label: suspect.names?.[0] ?? t('vp.investigations.suspect'),
              })),
            ]}
            {...form.register('suspectId')}
          />
          <NativeSelect
            label={t('vp.prosecution.offence')}
            error={errors.offenceCode?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.offences.map((offence) => ({
                value: offence.code,
                label: label(
                  options.data?.offences.find((item) => item.code === offence.code)?.title,
                  offence.code,
                ),
              })),
            ]}
            {...form.register('offenceCode')}
          />
        </Group>
        <TextInput
          type="date"
          label={t('vp.prosecution.chargedOn')}
          error={errors.chargedOn?.message}
          {...form.register('chargedOn')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.charge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface OutcomeValues {
  outcome: string;
  decidedOn: string;
  prisonMonths: number | string;
  fineAmount: string;
  fineCurrency: string;
}

/** The court's outcome of a charge; a conviction may carry prison and a fine. */
export function OutcomeForm({ investigationId, chargeId }: { investigationId: string; chargeId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<OutcomeValues>({
    defaultValues: {
      outcome: '',
      decidedOn: useToday(),
      prisonMonths: '',
      fineAmount: '',
      fineCurrency: 'MYR',
    },
  });
  const { problem, record } = useRecorder(
    investigationId,
    form,
    ['outcome', 'decidedOn', 'prisonMonths', 'fineAmount', 'fineCurrency'] as const,
    {
      'sentence.prisonMonths': 'prisonMonths',
      'sentence.fine.amount': 'fineAmount',
      'sentence.fine.currency': 'fineCurrency',
      sentence: 'outcome',
    },
  );
  const { errors } = form.formState;
  const convicted = form.watch('outcome') === 'convicted';
  return (
    <form
      onSubmit={record(`/api/charges/${chargeId}/outcomes`, (values) => {
        const prison = values.prisonMonths === '' ? undefined : Number(values.prisonMonths);
        const fine = values.fineAmount.trim()
          ? { amount: values.fineAmount.trim(), currency: values.fineCurrency.trim().toUpperCase() }
          : undefined;
        return {
          outcome: values.outcome,
          decidedOn: values.decidedOn,
          ...((prison !== undefined || fine) && {
            sentence: { ...(prison !== undefined && { prisonMonths: prison }), ...(fine && { fine }) },
          }),
        };
      })}
      noValidate
      aria-label={t('vp.prosecution.recordOutcome')}
    >
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.outcome')}
            error={errors.outcome?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...Object.entries(options.data?.outcomes ?? {}).map(([code, labels]) => ({
                value: code,
                label: label(labels, code),
              })),
            ]}
            {...form.register('outcome')}
          />
          <TextInput
            type="date"
            label={t('vp.prosecution.decidedOn')}
            error={errors.decidedOn?.message}
            {...form.register('decidedOn')}
          />
        </Group>
        {convicted && (
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="prisonMonths"
              render={({ field }) => (
                <NumberInput
                  label={t('vp.prosecution.prisonMonths')}
                  error={errors.prisonMonths?.message}
                  min={0}
                  allowDecimal={false}
                  {...field}
                />
              )}
            />
            <TextInput
              label={t('vp.prosecution.fineAmount')}
              inputMode="decimal"
              error={errors.fineAmount?.message}
              {...form.register('fineAmount')}
            />
            <TextInput
              label={t('vp.prosecution.currency')}
              error={errors.fineCurrency?.message}
              {...form.register('fineCurrency')}
            />
          </Group>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.recordOutcome')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface RestitutionValues {
  victimId: string;
  kind: string;
  amount: string;
  currency: string;
  orderedOn: string;
}

/** Restitution or compensation ordered on a conviction, for one of the investigation's victims. */
export function RestitutionForm({
  investigation,
  chargeId,
}: {
  investigation: Investigation;
  chargeId: string;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<RestitutionValues>({
    defaultValues: { victimId: '', kind: 'restitution', amount: '', currency: 'MYR', orderedOn: useToday() },
  });
  const { problem, record } = useRecorder(
    investigation.id,
    form,
    ['victimId', 'kind', 'amount', 'currency', 'orderedOn'] as const,
    { 'amount.amount': 'amount', 'amount.currency': 'currency' },
  );
  const { errors } = form.formState;
  return (
    <form
      onSubmit={record(`/api/charges/${chargeId}/restitution-orders`, (values) => ({
        victimId: values.victimId,
        kind: values.kind,
        amount: { amount: values.amount.trim(), currency: values.currency.trim().toUpperCase() },
        orderedOn: values.orderedOn,
      }))}
      noValidate
      aria-label={t('vp.prosecution.orderRestitution')}
    >
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.victim')}
            error={errors.victimId?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.victims.map((victim, index) => ({
                value: victim.id,
                label:
                  victim.caseReference ??
                  victim.victims?.[0]?.names[0] ??
                  t('vp.prosecution.victimNumber', { number: index + 1 }),
              })),
            ]}
            {...form.register('victimId')}
          />
          <NativeSelect
            label={t('vp.prosecution.kind')}
            error={errors.kind?.message}
            data={Object.entries(options.data?.restitutionKinds ?? {}).map(([code, labels]) => ({
              value: code,
              label: label(labels, code),
            }))}
            {...form.register('kind')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('vp.prosecution.amount')}
            inputMode="decimal"
            error={errors.amount?.message}
            {...form.register('amount')}
          />
          <TextInput
            label={t('vp.prosecution.currency')}
            error={errors.currency?.message}
            {...form.register('currency')}
          />
          <TextInput
            type="date"
            label={t('vp.prosecution.orderedOn')}
            error={errors.orderedOn?.message}
            {...form.register('orderedOn')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.orderRestitution')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A payment towards a restitution order, in the order's currency. */
export function PaymentForm({
  investigationId,
  orderId,
  currency,
}: {
  investigationId: string;
  orderId: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const form = useForm<{ amount: string; paidOn: string }>({
    defaultValues: { amount: '', paidOn: useToday() },
  });
  const { problem, record } = useRecorder(investigationId, form, ['amount', 'paidOn'] as const, {
    'amount.amount': 'amount',
  });
  const { errors } = form.formState;
  return (
    <form
      onSubmit={record(`/api/restitution-orders/${orderId}/payments`, (values) => ({
        amount: { amount: values.amount.trim(), currency },
        paidOn: values.paidOn,
      }))}
      noValidate
      aria-label={t('vp.prosecution.recordPayment')}
    >
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-end">
          <TextInput
            label={t('vp.prosecution.paymentAmount', { currency })}
            inputMode="decimal"
            error={errors.amount?.message}
            {...form.register('amount')}
          />
          <TextInput
            type="date"
            label={t('vp.prosecution.paidOn')}
            error={errors.paidOn?.message}
            {...form.register('paidOn')}
          />
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.recordPayment')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records a new person of the agency (name and sex) and names them as a suspect of the investigation. */
export function SuspectForm({ investigationId }: { investigationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ fullName: string; sex: string }>({
    defaultValues: { fullName: '', sex: 'unknown' },
  });
  const [problem, setProblem] = useState<string>();
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      const person = await api<{ id: string }>('POST', '/api/persons', {
        names: [{ kind: 'birth', fullName: values.fullName.trim() }],
        sex: values.sex,
      });
      await api('POST', `/api/investigations/${investigationId}/suspects`, { personId: person.id });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['investigations', investigationId] });
    } catch (error) {
      setProblem(
        applyProblem(error, ['fullName', 'sex'] as const, form.setError, t, {
          'names.0.fullName': 'fullName',
        }),
      );
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.prosecution.addSuspect')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <TextInput
            label={t('vp.prosecution.suspectName')}
            error={errors.fullName?.message}
            {...form.register('fullName')}
          />
          <NativeSelect
            label={t('vp.prosecution.sex')}
            error={errors.sex?.message}
            data={(['female', 'male', 'other', 'unknown'] as const).map((sex) => ({
              value: sex,
              label: t(`vp.prosecution.sexes.${sex}`),
            }))}
            {...form.register('sex')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.addSuspect')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface HearingValues {
  chargeId: string;
  hearingOn: string;
  court: string;
  kind: string;
}

/** A court hearing of the investigation, of one of its charges when chosen. */
export function HearingForm({ investigation }: { investigation: Investigation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<HearingValues>({
    defaultValues: { chargeId: '', hearingOn: useToday(), court: '', kind: '' },
  });
  const { problem, record } = useRecorder(investigation.id, form, [
    'chargeId',
    'hearingOn',
    'court',
    'kind',
  ] as const);
  const { errors } = form.formState;
  const offenceTitle = (code: string) =>
    label(options.data?.offences.find((offence) => offence.code === code)?.title, code);
  return (
    <form
      onSubmit={record(`/api/investigations/${investigation.id}/hearings`, (values) => ({
        ...(values.chargeId && { chargeId: values.chargeId }),
        hearingOn: values.hearingOn,
        court: values.court.trim(),
        kind: values.kind,
      }))}
      noValidate
      aria-label={t('vp.prosecution.addHearing')}
    >
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.hearingKind')}
            error={errors.kind?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...Object.entries(options.data?.hearingKinds ?? {}).map(([code, labels]) => ({
                value: code,
                label: label(labels, code),
              })),
            ]}
            {...form.register('kind')}
          />
          <TextInput
            type="date"
            label={t('vp.prosecution.hearingOn')}
            error={errors.hearingOn?.message}
            {...form.register('hearingOn')}
          />
        </Group>
        <TextInput
          label={t('vp.prosecution.court')}
          error={errors.court?.message}
          {...form.register('court')}
        />
        <NativeSelect
          label={t('vp.prosecution.hearingCharge')}
          error={errors.chargeId?.message}
          data={[
            { value: '', label: t('vp.prosecution.noCharge') },
            ...investigation.charges.map((charge) => ({
              value: charge.id,
              label: offenceTitle(charge.offenceCode),
            })),
          ]}
          {...form.register('chargeId')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.addHearing')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
