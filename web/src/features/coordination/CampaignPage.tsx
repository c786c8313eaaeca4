import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { isLocale, localeNames } from '../../i18n/index.ts';
import { languages } from './CampaignsPage.tsx';
import { usePartners } from './queries.ts';
import { ScrollTable } from './ScrollTable.tsx';
import { type Campaign, materialKinds } from './types.ts';

const languageName = (code: string) => (isLocale(code) ? localeNames[code] : code);

function useSaveCampaign(campaign: Campaign) {
  const queryClient = useQueryClient();
  return async (updated: Campaign) => {
    queryClient.setQueryData(['campaigns', campaign.id], updated);
    await queryClient.invalidateQueries({ queryKey: ['campaigns'], exact: true });
  };
}

/** An event of the campaign: city, date, audience, partner organisations, attendance and reach. */
function NewEventForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const partners = usePartners();
  const save = useSaveCampaign(campaign);
  const form = useForm({
    defaultValues: {
      city: '',
      heldOn: '',
      audience: '',
      partnerIds: [] as string[],
      attendance: '',
      reach: '',
    },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['city', 'heldOn', 'audience', 'partnerIds', 'attendance', 'reach'] as const,
    send: async (values) => {
      await save(
        await api<Campaign>('POST', `/api/campaigns/${campaign.id}/events`, {
          ...values,
          attendance: Number(values.attendance || 0),
          reach: Number(values.reach || 0),
        }),
      );
      form.reset();
    },
  });
  const name = t('coord.campaigns.newEvent');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('coord.campaigns.city')}
              error={errors.city?.message}
              {...form.register('city')}
            />
            <TextInput
              type="date"
              label={t('coord.campaigns.heldOn')}
              error={errors.heldOn?.message}
              {...form.register('heldOn')}
            />
            <TextInput
              label={t('coord.campaigns.audience')}
              error={errors.audience?.message}
              {...form.register('audience')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="partnerIds"
            render={({ field }) => (
              <MultiSelect
                label={t('coord.campaigns.partners')}
                data={(partners.data?.items ?? []).map((partner) => ({
                  value: partner.id,
                  label: partner.name,
                }))}
                value={field.value}
                onChange={field.onChange}
                searchable
                error={errors.partnerIds?.message}
              />
            )}
          />
          <SimpleGrid cols={2}>
            <TextInput
              inputMode="numeric"
              label={t('coord.campaigns.attendance')}
              error={errors.attendance?.message}
              {...form.register('attendance')}
            />
            <TextInput
              inputMode="numeric"
              label={t('coord.campaigns.reach')}
              error={errors.reach?.message}
              {...form.register('reach')}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.campaigns.addEvent')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A material for the campaign's library: poster, leaflet, video… in a language, with its https address. */
function NewMaterialForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const save = useSaveCampaign(campaign);
  const form = useForm({ defaultValues: { title: '', kind: 'poster', language: 'en', url: '' } });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['title', 'kind', 'language', 'url'] as const,
    send: async ({ url, ...values }) => {
      await save(
        await api<Campaign>('POST', `/api/campaigns/${campaign.id}/materials`, {
          ...values,
          ...(url.trim() && { url: url.trim() }),
        }),
      );
      form.reset();
    },
  });
  const name = t('coord.campaigns.newMaterial');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <TextInput
            label={t('coord.campaigns.materialTitle')}
            error={errors.title?.message}
            {...form.register('title')}
          />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t('coord.campaigns.kind')}
              data={materialKinds.map((kind) => ({
                value: kind,
                label: t(`coord.campaigns.material.${kind}`),
              }))}
              {...form.register('kind')}
            />
            <NativeSelect
              label={t('coord.campaigns.language')}
              data={languages.map((language) => ({ value: language, label: localeNames[language] }))}
              {...form.register('language')}
            />
          </SimpleGrid>
          <TextInput
            type="url"
            label={t('coord.campaigns.url')}
            error={errors.url?.message}
            {...form.register('url')}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.campaigns.addMaterial')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A campaign: audiences, languages, channels, the activity it carries out, its events, materials and totals. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const manage = useCan('coordination:manage');
  const partners = usePartners();
  const campaign = useQuery({
    queryKey: ['campaigns', id],
    queryFn: () => api<Campaign>('GET', `/api/campaigns/${id}`),
  });
  usePageTitle(campaign.data?.title ?? t('coord.campaigns.title'));
  if (!campaign.data) {
    return <RecordState isPending={campaign.isPending} error={campaign.error} />;
  }
  const c = campaign.data;
  const keeps = manage && c.agencyId === me.agency.id;
  const partnerName = (partnerId: string) => partners.data?.items.find((p) => p.id === partnerId)?.name ?? '';
  return (
    <Stack>
      <Title order={1}>{c.title}</Title>
      <Text size="sm">
        {t('coord.campaigns.period', { from: format.date(c.startsOn), to: format.date(c.endsOn) })}
      </Text>
      <Text size="sm">{t('coord.campaigns.audiencesAre', { audiences: c.audiences.join(', ') })}</Text>
      <Text size="sm">
        {t('coord.campaigns.languagesAre', { languages: c.languages.map(languageName).join(', ') })}
      </Text>
      {c.channels.length > 0 && (
        <Text size="sm">
          {t('coord.campaigns.channelsAre', {
            channels: c.channels.map((channel) => t(`coord.campaigns.channel.${channel}`)).join(', '),
          })}
        </Text>
      )}
      {c.activityTitle && (
        <Text size="sm">{t('coord.campaigns.carriesOut', { activity: c.activityTitle })}</Text>
      )}
      <Text fw={600}>
        {t('coord.campaigns.totals', {
          events: format.number(c.totals.events),
          cities: format.number(c.totals.cities),
          attendance: format.number(c.totals.attendance),
          reach: format.number(c.totals.reach),
        })}
      </Text>
      <Title order={2} size="h4">
        {t('coord.campaigns.events')}
      </Title>
      {c.events.length === 0 ? (
        <Text c="dimmed">{t('coord.campaigns.noEvents')}</Text>
      ) : (
        <ScrollTable label={t('coord.campaigns.events')} minWidth={560}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coord.campaigns.heldOn')}</Table.Th>
                <Table.Th>{t('coord.campaigns.city')}</Table.Th>
                <Table.Th>{t('coord.campaigns.audience')}</Table.Th>
                <Table.Th>{t('coord.campaigns.partners')}</Table.Th>
                <Table.Th>{t('coord.campaigns.attendance')}</Table.Th>
                <Table.Th>{t('coord.campaigns.reach')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{format.date(event.heldOn)}</Table.Td>
                  <Table.Td>{event.city}</Table.Td>
                  <Table.Td>{event.audience}</Table.Td>
                  <Table.Td>{event.partnerIds.map(partnerName).join(', ')}</Table.Td>
                  <Table.Td>{format.number(event.attendance)}</Table.Td>
                  <Table.Td>{format.number(event.reach)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Title order={2} size="h4">
        {t('coord.campaigns.materials')}
      </Title>
      {c.materials.length === 0 ? (
        <Text c="dimmed">{t('coord.campaigns.noMaterials')}</Text>
      ) : (
        <List>
          {c.materials.map((material) => (
            <List.Item key={material.id}>
              {material.url ? (
                <Anchor href={material.url} target="_blank" rel="noreferrer">
                  {material.title}
                </Anchor>
              ) : (
                material.title
              )}
              {' · '}
              {t(`coord.campaigns.material.${material.kind}`)}
              {' · '}
              {languageName(material.language)}
            </List.Item>
          ))}
        </List>
      )}
      {keeps && <NewEventForm campaign={c} />}
      {keeps && <NewMaterialForm campaign={c} />}
    </Stack>
  );
}
