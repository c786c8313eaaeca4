import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import type { ReferralSummary } from '../../api/types.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { useReferralTargets } from '../cases/ReferralTargetField.tsx';
import {
  ReferralRequestFields,
  type ReferralValues,
  referralApiFields,
  referralFormFields,
  referralRequest,
} from './ReferralRequestFields.tsx';

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
  const form = useForm<ReferralValues>({
    defaultValues: {
      consentId: '',
      toPartnerId: '',
      purpose: referral.purpose,
      services: referral.services,
      urgency: referral.urgency,
    },
  });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: referralFormFields,
    apiFields: referralApiFields,
    handle: (error) => {
      if (!(error instanceof ApiProblem && basisProblems.has(error.code))) return false;
      setProblem(t(`referralSteps.referOnDialog.${error.code}`));
      return true;
    },
    send: async (values) => {
      await api('POST', `/api/referrals/${referral.id}/re-referrals`, referralRequest(values, targets.data));
      setOpened(false);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const close = () => {
    setOpened(false);
    setProblem(undefined);
  };
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
            <ReferralRequestFields form={form} targets={targets.data ?? []} />
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
