import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ReferralTarget, ReferralTargetField } from '../cases/ReferralTargetField.tsx';
import { referralPurposes, referralServices, urgencies } from './referral-options.ts';

/** A referral's form: sending one from a case, or passing one on (which has no consent to choose). */
export interface ReferralValues {
  consentId: string;
  /** The partner of the directory chosen as receiver; the referral goes to the agency it is. */
  toPartnerId: string;
  purpose: string;
  services: string[];
  urgency: string;
}

/** The fields of a referral's form the API may name, and how its names map to the form's. */
export const referralFormFields = ['consentId', 'toPartnerId', 'purpose', 'services', 'urgency'] as const;
export const referralApiFields = { toAgencyId: 'toPartnerId', toAgencyType: 'toPartnerId' } as const;

/** What the API is sent for the request part of a referral (`CreateReferral`, `ReReferral`). */
export function referralRequest(values: ReferralValues, targets: readonly ReferralTarget[] | undefined) {
  const target = targets?.find((partner) => partner.id === values.toPartnerId);
  return {
    toAgencyId: target?.receiver?.id,
    purpose: values.purpose,
    services: values.services,
    urgency: values.urgency,
  };
}

/** Who receives the referral, for what, which services, how urgently. */
export function ReferralRequestFields({
  form,
  targets,
}: {
  form: UseFormReturn<ReferralValues>;
  targets: readonly ReferralTarget[];
}) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <>
      <ReferralTargetField
        targets={targets}
        chosen={form.watch('toPartnerId')}
        error={errors.toPartnerId?.message}
        {...form.register('toPartnerId', { required: t('problems.fields.choose') })}
      />
      <NativeSelect
        label={t('referral.purpose')}
        error={errors.purpose?.message}
        data={[
          { value: '', label: t('referral.choosePurpose') },
          ...referralPurposes.map((purpose) => ({ value: purpose, label: t(`consent.purpose.${purpose}`) })),
        ]}
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
    </>
  );
}
