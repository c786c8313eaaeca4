import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import type { ReferralSummary } from '../../api/types.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { ReferralTargetField, useReferralTargets } from '../cases/ReferralTargetField.tsx';
import { referralPurposes, referralServices, urgencies } from './referral-options.ts';

interface ReferOnValues {
  /** The partner of the directory chosen as receiver; the re-referral goes to the agency it is. */
  toPartnerId: string;
  purpose: string;
  services: string[];
  urgency: string;
}

/** Problems of the referral's basis, which no field of this form holds: said from the receiver's side. */
const basisProblems: ReadonlySet<string> = new Set(['consent_not_in_force', 'case_closed']);

/**
 * Passes an accepted referral on to a further agency (`POST /api/referrals/:id/re-referrals`),
 * under the same consent: the API refuses an agency or purpose the consent does not cover, the
 * own agency, or a duplicate still pending, and its refusal shows under the field it names.
 */
export function ReferOnButton({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const targets = useReferralTargets();
  const [opened, setOpened] = useState(false);
  const form = useForm<ReferOnValues>({
    defaultValues: {
      toPartnerId: '',
      purpose: referral.purpose,
      services: referral.services,
      urgency: referral.urgency,
    },
  });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: ['toPartnerId', 'purpose', 'services', 'urgency'],
    apiFields: { toAgencyId: 'toPartnerId', toAgencyType: 'toPartnerId' },
    handle: (error) => {
      if (!(error instanceof ApiProblem && basisProblems.has(error.code))) return false;
      setProblem(t(`referralSteps.referOnDialog.${error.code}`));
      return true;
    },
    send: async (values) => {
      const target = targets.data?.find((partner) => partner.id === values.toPartnerId);
      await api('POST', `/api/referrals/${referral.id}/re-referrals`, {
        toAgencyId: target?.receiver?.id,
        purpose: values.purpose,
        services: values.services,
        urgency: values.urgency,
      });
      setOpened(false);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const close = () => {
    setOpened(false);
    setProblem(undefined);
  };
  const { errors } = form.formState;
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('referralSteps.referOn')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('referralSteps.referOnDialog.title')}
        closeButtonProps={{ 'aria-label': t('referral.declineDialog.cancel') }}
      >
        <form onSubmit={onSubmit} noValidate aria-label={t('referralSteps.referOnDialog.title')}>
          <Stack gap="xs">
            <Text size="sm">{t('referralSteps.referOnDialog.explain')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <ReferralTargetField
              targets={targets.data ?? []}
              chosen={form.watch('toPartnerId')}
              error={errors.toPartnerId?.message}
              {...form.register('toPartnerId', { required: t('problems.fields.choose') })}
            />
            <NativeSelect
              label={t('referral.purpose')}
              error={errors.purpose?.message}
              data={referralPurposes.map((purpose) => ({
                value: purpose,
                label: t(`consent.purpose.${purpose}`),
              }))}
              {...form.register('purpose')}
            />
            <Controller
              control={form.control}
              name="services"
              render={({ field }) => (
                <Checkbox.Group label={t('referral.services')} error={errors.services?.message} {...field}>
                  <Group gap="sm" mt={4}>
                    {referralServices.map((service) => (
                      <Checkbox key={service} value={service} label={t(`referral.service.${service}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <NativeSelect
              label={t('referral.urgencyLabel')}
              data={urgencies.map((urgency) => ({ value: urgency, label: t(`referral.urgency.${urgency}`) }))}
              {...form.register('urgency')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('referral.declineDialog.cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('referralSteps.referOnDialog.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
