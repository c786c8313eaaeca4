import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { CountryField } from '../../components/CountrySelect.tsx';
import { timeZones } from './AgencySettingsForm.tsx';
import { type AgencySettings, agencyTypes } from './types.ts';

interface NewAgency {
  name: string;
  shortName: string;
  type: (typeof agencyTypes)[number];
  country: string;
  hostCountry: string;
  timeZone: string;
}

/** Registers an agency (a platform administrator's step); its settings and regions follow on its page. */
export function RegisterAgencyForm({ onDone }: { onDone: (agency: AgencySettings) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useForm<NewAgency>({
    defaultValues: {
      name: '',
      shortName: '',
      type: 'law_enforcement',
      country: me.agency.country,
      hostCountry: '',
      timeZone: me.agency.timeZone,
    },
  });
  const embassy = form.watch('type') === 'embassy';
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['name', 'shortName', 'type', 'country', 'hostCountry', 'timeZone'],
    send: async (values) => {
      const agency = await api<AgencySettings>('POST', '/api/agencies', {
        name: values.name,
        shortName: values.shortName.trim() || undefined,
        type: values.type,
        country: values.country,
        hostCountry: embassy && values.hostCountry ? values.hostCountry : undefined,
        timeZone: values.timeZone,
      });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'agencies'] });
      onDone(agency);
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <Card withBorder>
      <form onSubmit={onSubmit} noValidate aria-label={t('agencies.registerTitle')}>
        <Stack>
          <Title order={2} size="h4">
            {t('agencies.registerTitle')}
          </Title>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('agencies.name')} error={errors.name?.message} {...form.register('name')} />
            <TextInput
              label={t('agencies.shortName')}
              error={errors.shortName?.message}
              {...form.register('shortName')}
            />
            <NativeSelect
              label={t('agencies.typeLabel')}
              error={errors.type?.message}
              data={agencyTypes.map((type) => ({ value: type, label: t(`agencies.type.${type}`) }))}
              {...form.register('type')}
            />
            <CountryField
              control={form.control}
              name="country"
              label={t('agencies.country')}
              description={t('agencies.countryHelp')}
            />
            {embassy && (
              <CountryField
                control={form.control}
                name="hostCountry"
                label={t('agencies.hostCountry')}
                description={t('agencies.hostCountryHelp')}
              />
            )}
            <NativeSelect
              label={t('admin.agency.timeZone')}
              error={errors.timeZone?.message}
              data={timeZones}
              {...form.register('timeZone')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('agencies.registerSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
