import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { localeNames } from '../../i18n/index.ts';
import { usePaged } from './Pager.tsx';
import { useCountryActivities } from './queries.ts';
import { type Campaign, campaignChannels } from './types.ts';

export const languages = ['en', 'ms', 'id', 'vi'] as const;

interface CampaignValues {
  title: string;
  audiences: string;
  languages: string[];
  channels: string[];
  startsOn: string;
  endsOn: string;
  activityId: string;
}

/** A coordinator starts an awareness campaign, optionally carrying out an action-plan activity. */
function NewCampaignForm() {
  const { t } = useTranslation();
  const activities = useCountryActivities();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CampaignValues>({
    defaultValues: {
      title: '',
      audiences: '',
      languages: [],
      channels: [],
      startsOn: '',
      endsOn: '',
      activityId: '',
    },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['title', 'audiences', 'languages', 'channels', 'startsOn', 'endsOn', 'activityId'] as const,
    send: async ({ activityId, audiences, ...values }) => {
      const created = await api<Campaign>('POST', '/api/campaigns', {
        ...values,
        audiences: audiences
          .split(',')
          .map((audience) => audience.trim())
          .filter(Boolean),
        ...(activityId && { activityId }),
      });
      await queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      await navigate(`/campaigns/${created.id}`);
    },
  });
  const name = t('coord.campaigns.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <TextInput
            label={t('coord.campaigns.titleLabel')}
            error={errors.title?.message}
            {...form.register('title')}
          />
          <TextInput
            label={t('coord.campaigns.audiences')}
            description={t('coord.campaigns.audiencesHelp')}
            error={errors.audiences?.message}
            {...form.register('audiences')}
          />
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <Checkbox.Group
                label={t('coord.campaigns.languages')}
                error={errors.languages?.message}
                {...field}
              >
                <Group gap="md" mt={4}>
                  {languages.map((language) => (
                    <Checkbox key={language} value={language} label={localeNames[language]} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={form.control}
            name="channels"
            render={({ field }) => (
              <Checkbox.Group
                label={t('coord.campaigns.channels')}
                error={errors.channels?.message}
                {...field}
              >
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt={4}>
                  {campaignChannels.map((channel) => (
                    <Checkbox key={channel} value={channel} label={t(`coord.campaigns.channel.${channel}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t('coord.campaigns.startsOn')}
              error={errors.startsOn?.message}
              {...form.register('startsOn')}
            />
            <TextInput
              type="date"
              label={t('coord.campaigns.endsOn')}
              error={errors.endsOn?.message}
              {...form.register('endsOn')}
            />
          </SimpleGrid>
          <NativeSelect
            label={t('coord.campaigns.activity')}
            data={[
              { value: '', label: t('coord.campaigns.noActivity') },
              ...activities.map((activity) => ({ value: activity.id, label: activity.title })),
            ]}
            error={errors.activityId?.message}
            {...form.register('activityId')}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.campaigns.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The awareness campaigns of the user's country, latest first, with their reach. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canStart = useCan('coordination:manage');
  usePageTitle(t('coord.campaigns.title'));
  const campaigns = useQuery({
    queryKey: ['campaigns'],
    queryFn: () => api<{ items: Campaign[] }>('GET', '/api/campaigns'),
  });
  const items = campaigns.data?.items ?? [];
  const { shown, pager } = usePaged(items);
  return (
    <Stack>
      <Title order={1}>{t('coord.campaigns.title')}</Title>
      <QueryState
        isPending={campaigns.isPending}
        error={campaigns.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.campaigns.none')}
      />
      {shown.map((campaign) => (
        <Card key={campaign.id} withBorder component="article" aria-label={campaign.title}>
          <Anchor component={Link} to={`/campaigns/${campaign.id}`} fw={600}>
            {campaign.title}
          </Anchor>
          <Text size="sm">
            {t('coord.campaigns.period', {
              from: format.date(campaign.startsOn),
              to: format.date(campaign.endsOn),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('coord.campaigns.totalsLine', {
              events: format.number(campaign.totals.events),
              attendance: format.number(campaign.totals.attendance),
              reach: format.number(campaign.totals.reach),
            })}
          </Text>
        </Card>
      ))}
      {pager}
      {canStart && <NewCampaignForm />}
    </Stack>
  );
}
