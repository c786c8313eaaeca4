import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import type { Consent, Page } from '../../api/types.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { ReferralList } from '../referrals/ReferralList.tsx';
import {
  ReferralRequestFields,
  type ReferralValues,
  referralApiFields,
  referralFormFields,
  referralRequest,
} from '../referrals/ReferralRequestFields.tsx';
import { consentMethods, dataCategories, referralPurposes } from '../referrals/referral-options.ts';
import { useUnderConsentAge } from './consent-age.ts';
import { useReferralTargets } from './ReferralTargetField.tsx';

interface Agency {
  id: string;
  name: string;
  shortName: string | null;
}

/** The other agencies of the directory, for choosing who may receive under a consent. */
function useOtherAgencies() {
  const me = useMe();
  return useQuery({
    queryKey: ['agencies', 'active'],
    queryFn: () => api<Page<Agency>>('GET', `/api/agencies${query({ active: true, limit: 200 })}`),
    select: (page) => page.items.filter((agency) => agency.id !== me.agency.id),
    staleTime: 10 * 60_000,
  });
}

interface ConsentValues {
  recipientAgencyId: string;
  purposes: string[];
  dataCategories: string[];
  method: string;
  guardianName: string;
  ownConsentReason: string;
  givenOn: string;
  expiresOn: string;
}

/**
 * The person's consents to share, and the form to record one (who may receive what, for what). A
 * record merged into another person takes no
 * new consent (the server refuses it): `mergedInto` hides the form, the page links the survivor.
 */
export function ConsentsPanel({
  personId,
  mergedInto = null,
}: {
  personId: string;
  mergedInto?: string | null;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canRecord = useCan('consent:record');
  const agencies = useOtherAgencies();
  const consents = useQuery({
    queryKey: ['persons', personId, 'consents'],
    queryFn: () => api<{ items: Consent[] }>('GET', `/api/persons/${personId}/consents`),
  });
  const form = useForm<ConsentValues>({
    defaultValues: {
      recipientAgencyId: '',
      purposes: [],
      dataCategories: [],
      method: 'written',
      guardianName: '',
      ownConsentReason: '',
      givenOn: todayIn(me.agency.timeZone),
      expiresOn: '',
    },
  });
  const fields = [
    'recipientAgencyId',
    'purposes',
    'dataCategories',
    'method',
    'guardianName',
    'ownConsentReason',
    'givenOn',
    'expiresOn',
  ] as const;
  const { problem, onSubmit: record } = useApiForm(form, {
    fields: fields,
    apiFields: { recipientAgencyIds: 'recipientAgencyId' },
    send: async (values) => {
      await api('POST', `/api/persons/${personId}/consents`, {
        recipientAgencyIds: values.recipientAgencyId ? [values.recipientAgencyId] : [],
        purposes: values.purposes,
        dataCategories: values.dataCategories,
        method: values.method,
        ...(values.method === 'guardian' &&
          values.guardianName.trim() && { guardianName: values.guardianName.trim() }),
        ...(values.method !== 'guardian' &&
          values.ownConsentReason.trim() && { ownConsentReason: values.ownConsentReason.trim() }),
        givenOn: values.givenOn,
        ...(values.expiresOn && { expiresOn: values.expiresOn }),
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['persons', personId, 'consents'] });
    },
  });
  const items = consents.data?.items ?? [];
  const { errors } = form.formState;
  const method = form.watch('method');
  const minor = useUnderConsentAge(personId, form.watch('givenOn'));
  // Asked when the person was a minor by the records, and also once the server said so.
  const askReason = method !== 'guardian' && (minor.under || errors.method?.type === 'server');
  return (
    <Stack>
      <QueryState
        isPending={consents.isPending}
        error={consents.error}
        isEmpty={items.length === 0}
        emptyText={t('consent.none')}
      />
      {items.map((consent) => (
        <Group key={consent.id} justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm">
              {consent.purposes.map((purpose) => t(`consent.purpose.${purpose}`)).join(', ')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('consent.given', { date: format.date(consent.givenOn) })}
              {consent.expiresOn &&
                `, ${t('dateField.consentExpires', { date: format.date(consent.expiresOn) })}`}
            </Text>
          </div>
          <Badge variant="dot" color={consent.state === 'in_force' ? 'lindung' : 'gray'}>
            {t(`consent.state.${consent.state}`)}
          </Badge>
        </Group>
      ))}
      {canRecord && !mergedInto && (
        <form onSubmit={record} noValidate aria-label={t('consent.record')}>
          <Stack gap="xs">
            {problem && <Alert color="red">{problem}</Alert>}
            <NativeSelect
              label={t('consent.recipient')}
              error={errors.recipientAgencyId?.message}
              data={[
                { value: '', label: t('consent.chooseAgency') },
                ...(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
              ]}
              {...form.register('recipientAgencyId')}
            />
            <Controller
              control={form.control}
              name="purposes"
              render={({ field }) => (
                <Checkbox.Group label={t('consent.purposes')} error={errors.purposes?.message} {...field}>
                  <Group gap="sm" mt={4}>
                    {referralPurposes.map((purpose) => (
                      <Checkbox key={purpose} value={purpose} label={t(`consent.purpose.${purpose}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Controller
              control={form.control}
              name="dataCategories"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('consent.dataCategories')}
                  error={errors.dataCategories?.message}
                  {...field}
                >
                  <Group gap="sm" mt={4}>
                    {dataCategories.map((category) => (
                      <Checkbox key={category} value={category} label={t(`consent.category.${category}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            {minor.under && (
              <Alert color="yellow" role="status">
                {t('walkGaps.consent.minorHint', { age: minor.consentAge })}
              </Alert>
            )}
            <NativeSelect
              label={t('consent.method')}
              error={errors.method?.message}
              data={consentMethods.map((value) => ({ value, label: t(`consent.methods.${value}`) }))}
              {...form.register('method')}
            />
            {askReason && (
              <Textarea
                label={t('walkGaps.consent.ownConsentReason')}
                description={t('walkGaps.consent.ownConsentReasonHelp')}
                autosize
                minRows={2}
                error={errors.ownConsentReason?.message}
                {...form.register('ownConsentReason')}
              />
            )}
            {method === 'guardian' && (
              <TextInput
                label={t('consent.guardianName')}
                error={errors.guardianName?.message}
                {...form.register('guardianName')}
              />
            )}
            <Group grow align="flex-start">
              <DateField control={form.control} name="givenOn" label={t('consent.givenOn')} />
              <DateField control={form.control} name="expiresOn" label={t('dateField.consentExpiresOn')} />
            </Group>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('consent.record')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The case's referrals, and the form to refer the person to another agency under a consent in force. */
export function ReferralsPanel({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const targets = useReferralTargets();
  const consents = useQuery({
    queryKey: ['persons', personId, 'consents'],
    queryFn: () => api<{ items: Consent[] }>('GET', `/api/persons/${personId}/consents`),
    enabled: personId !== undefined,
  });
  const inForce = (consents.data?.items ?? []).filter((consent) => consent.state === 'in_force');
  const form = useForm<ReferralValues>({
    defaultValues: { consentId: '', toPartnerId: '', purpose: '', services: [], urgency: 'routine' },
  });
  const { problem, onSubmit: refer } = useApiForm(form, {
    fields: referralFormFields,
    apiFields: referralApiFields,
    send: async (values) => {
      await api('POST', '/api/referrals', {
        caseId,
        consentId: values.consentId,
        ...referralRequest(values, targets.data),
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const { errors } = form.formState;
  return (
    <Stack>
      <Title order={2} size="h5">
        {t('referralSteps.overdueTitle')}
      </Title>
      <ReferralList filter={{ caseId, overdue: true }} emptyText={t('referralSteps.noOverdue')} />
      <Title order={2} size="h5">
        {t('referralSteps.caseReferrals')}
      </Title>
      <ReferralList filter={{ caseId }} emptyText={t('referral.none')} />
      {personId && inForce.length === 0 && consents.isSuccess && (
        <Text size="sm" c="dimmed">
          {t('referral.needsConsent')}
        </Text>
      )}
      {inForce.length > 0 && (
        <form onSubmit={refer} noValidate aria-label={t('referral.create')}>
          <Stack gap="xs">
            {problem && <Alert color="red">{problem}</Alert>}
            <NativeSelect
              label={t('referral.consent')}
              error={errors.consentId?.message}
              data={[
                { value: '', label: t('referral.chooseConsent') },
                ...inForce.map((consent) => ({
                  value: consent.id,
                  label: `${consent.purposes.map((purpose) => t(`consent.purpose.${purpose}`)).join(', ')} · ${format.date(String(consent.givenOn))}`,
                })),
              ]}
              {...form.register('consentId')}
            />
            <ReferralRequestFields form={form} targets={targets.data ?? []} />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('referral.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
