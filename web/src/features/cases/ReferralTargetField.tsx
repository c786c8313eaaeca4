import { NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Locale } from '../../api/types.ts';
import { localeNames } from '../../i18n/index.ts';
import { usePartnerOptions } from '../coordination/queries.ts';
import type { PartnerSummary } from '../coordination/types.ts';
import { useLabel } from '../victim-path/labels.ts';

/** A partner of the directory as a referral receiver (`GET /api/partners/referral-targets`). */
export interface ReferralTarget extends PartnerSummary {
  receiver: { id: string; name: string; shortName: string | null } | null;
  selectable: boolean;
  notSelectableBecause: 'not_on_platform' | 'own_agency' | 'inactive' | null;
}

/** The partner directory as the choice of who receives a referral. */
export function useReferralTargets() {
  return useQuery({
    queryKey: ['partners', 'referral-targets'],
    queryFn: () => api<{ items: ReferralTarget[] }>('GET', '/api/partners/referral-targets'),
    select: (page) => page.items,
    staleTime: 10 * 60_000,
  });
}

type SelectProps = Omit<ComponentProps<typeof NativeSelect>, 'data' | 'label'>;

/**
 * Chooses the receiver from the partner directory: a partner that is an agency on the platform can
 * be chosen; the others are listed but disabled, with the reason, so the sender knows to contact
 * them outside the platform. The chosen partner's services, regions and languages are shown.
 */
export function ReferralTargetField({
  targets,
  chosen,
  ...select
}: SelectProps & { targets: readonly ReferralTarget[]; chosen: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = usePartnerOptions();
  const services = (target: ReferralTarget) =>
    target.services.map((code) => label(options.data?.service[code], code)).join(', ') || '–';
  const describe = (target: ReferralTarget) =>
    t('referralTarget.details', {
      regions: target.regions.join(', ') || '–',
      languages: target.languages.map((code) => localeNames[code as Locale] ?? code).join(', ') || '–',
    });
  const picked = targets.find((target) => target.id === chosen);
  const unselectable = targets.filter((target) => !target.selectable);
  return (
    <Stack gap={4}>
      <NativeSelect
        label={t('referral.toAgency')}
        description={targets.length === 0 ? t('referralTarget.none') : t('referralTarget.fromDirectory')}
        data={[
          { value: '', label: t('referralTarget.choose') },
          ...targets.map((target) => ({
            value: target.id,
            // The services in the option itself, so the sender compares partners while choosing.
            label: target.selectable
              ? `${target.name} — ${services(target)}`
              : `${target.name} — ${services(target)} (${t(`referralTarget.because.${target.notSelectableBecause}`)})`,
            disabled: !target.selectable,
          })),
        ]}
        {...select}
      />
      {picked && (
        <Text size="xs" c="dimmed" data-testid="referral-target-details">
          {picked.receiver && t('referralTarget.receivedBy', { agency: picked.receiver.name })}{' '}
          {describe(picked)}
        </Text>
      )}
      {unselectable.some((target) => target.notSelectableBecause === 'not_on_platform') && (
        <Text size="xs" c="dimmed">
          {t('referralTarget.notOnPlatformExplained')}
        </Text>
      )}
    </Stack>
  );
}
