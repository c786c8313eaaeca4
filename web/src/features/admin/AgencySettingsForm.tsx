import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { meQueryKey, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import type { AgencySettings, ApprovalKind } from './types.ts';

const approvalKinds: readonly ApprovalKind[] = ['case_closure', 'care_plan', 'referral_out'];
export const timeZones = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];

interface SettingsValues {
  name: string;
  shortName: string;
  timeZone: string;
  approvalsRequired: ApprovalKind[];
}

/**
 * An agency's names, time zone (its days and deadlines) and what needs a supervisor's approval:
 * the acting agency's own settings, or any agency's for a platform administrator (said by its name).
 */
export function AgencySettingsForm({ agency }: { agency: AgencySettings }) {
  const { t } = useTranslation();
  const own = agency.id === useMe().agency.id;
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<SettingsValues>({
    defaultValues: {
      name: agency.name,
      shortName: agency.shortName ?? '',
      timeZone: agency.timeZone,
      approvalsRequired: agency.approvalsRequired,
    },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['name', 'shortName', 'timeZone', 'approvalsRequired'],
    send: async (values) => {
      setSaved(false);
      const changed = await api<AgencySettings>('PATCH', `/api/agencies/${agency.id}`, {
        name: values.name,
        shortName: values.shortName.trim() || null,
        timeZone: values.timeZone,
        approvalsRequired: values.approvalsRequired,
      });
      queryClient.setQueryData(['agencies', agency.id], changed);
      // The header and every date follow the agency's name and time zone.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'agencies'] });
      setSaved(true);
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Card withBorder>
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.agency.title')}>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admin.agency.name')}
              error={errors.name?.message}
              {...form.register('name')}
            />
            <TextInput
              label={t('admin.agency.shortName')}
              error={errors.shortName?.message}
              {...form.register('shortName')}
            />
            <NativeSelect
              label={t('admin.agency.timeZone')}
              description={
                own
                  ? t('admin.agency.timeZoneHelp')
                  : t('admin.agency.timeZoneHelpOf', { agency: agency.name })
              }
              error={errors.timeZone?.message}
              data={timeZones}
              {...form.register('timeZone')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="approvalsRequired"
            render={({ field }) => (
              <Checkbox.Group
                label={t('admin.agency.approvals')}
                description={t('admin.agency.approvalsHelp')}
                error={errors.approvalsRequired?.message}
                {...field}
              >
                <Stack gap="xs" mt={4}>
                  {approvalKinds.map((kind) => (
                    <Checkbox key={kind} value={kind} label={t(`admin.agency.approval.${kind}`)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('admin.agency.save')}
            </Button>
            {saved && (
              <Text size="sm" role="status">
                {t('admin.agency.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
