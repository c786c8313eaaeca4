import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useLabel } from '../victim-path/labels.ts';
import { PendingAcknowledgements } from './PendingAcknowledgements.tsx';
import { useGuidelineOptions } from './queries.ts';
import type { Guideline } from './types.ts';
import { VersionFields, type VersionValues, versionFields } from './VersionFields.tsx';

interface GuidelineValues {
  title: string;
  version: VersionValues;
}

/** A coordinator issues a new guideline with its first version. */
function NewGuidelineForm() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<GuidelineValues>({
    defaultValues: {
      title: '',
      version: { effectiveOn: todayIn(me.agency.timeZone), summary: '', body: '', requiredAgencyIds: [] },
    },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['title', ...versionFields.map((field) => `version.${field}` as const)],
    send: async (values) => {
      const created = await api<Guideline>('POST', '/api/guidelines', values);
      await queryClient.invalidateQueries({ queryKey: ['guidelines'] });
      await navigate(`/guidelines/${created.id}`);
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('coord.guidelines.new')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coord.guidelines.new')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('coord.guidelines.new')}
          </Title>
          <TextInput
            label={t('coord.guidelines.titleLabel')}
            error={form.formState.errors.title?.message}
            {...form.register('title')}
          />
          <VersionFields form={form} prefix="version." />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.guidelines.issue')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The country's standard operating guidelines, their current version and how many agencies acknowledged it. */
export default function GuidelinesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useGuidelineOptions();
  const canIssue = useCan('coordination:manage');
  usePageTitle(t('coord.guidelines.title'));
  const guidelines = useQuery({
    queryKey: ['guidelines'],
    queryFn: () => api<{ items: Guideline[] }>('GET', '/api/guidelines'),
  });
  const items = guidelines.data?.items ?? [];
  return (
    <Stack>
      <Title order={1}>{t('coord.guidelines.title')}</Title>
      <PendingAcknowledgements />
      <QueryState
        isPending={guidelines.isPending}
        error={guidelines.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.guidelines.none')}
      />
      {items.map((guideline) => {
        const latest = guideline.versions.find((v) => v.state === 'current') ?? guideline.versions[0];
        const acknowledged = latest?.agencies.filter((agency) => agency.acknowledgedAt).length ?? 0;
        return (
          <Card key={guideline.id} withBorder component="article" aria-label={guideline.title}>
            <Group justify="space-between">
              <Anchor component={Link} to={`/guidelines/${guideline.id}`} fw={600}>
                {guideline.title}
              </Anchor>
              {latest && <Badge>{label(options.data?.versionState[latest.state], latest.state)}</Badge>}
            </Group>
            {latest && (
              <Text size="sm">
                {t('coord.guidelines.versionLine', {
                  version: latest.version,
                  date: format.date(latest.effectiveOn),
                })}
                {' · '}
                {t('coord.guidelines.acknowledgedCount', {
                  done: acknowledged,
                  total: latest.agencies.length,
                })}
              </Text>
            )}
          </Card>
        );
      })}
      {canIssue && <NewGuidelineForm />}
    </Stack>
  );
}
