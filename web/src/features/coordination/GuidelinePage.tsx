import { Alert, Badge, Button, Card, Group, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { useLabel } from '../victim-path/labels.ts';
import { useGuidelineOptions } from './queries.ts';
import { ScrollTable } from './ScrollTable.tsx';
import type { Guideline, GuidelineVersion } from './types.ts';
import { VersionFields, type VersionValues, versionFields } from './VersionFields.tsx';

/** A new version, taking effect after the latest (the coordinating agency's coordinators). */
function NewVersionForm({ guideline }: { guideline: Guideline }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const latest = guideline.versions[0];
  const form = useForm<VersionValues>({
    defaultValues: {
      effectiveOn: '',
      summary: '',
      body: latest?.body ?? '',
      requiredAgencyIds: latest?.agencies.map((agency) => agency.agencyId) ?? [],
    },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: versionFields,
    send: async (values) => {
      const updated = await api<Guideline>('POST', `/api/guidelines/${guideline.id}/versions`, values);
      queryClient.setQueryData(['guidelines', guideline.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['guidelines'] });
      form.reset({ ...values, effectiveOn: '', summary: '' });
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('coord.guidelines.newVersion')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coord.guidelines.newVersion')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('coord.guidelines.newVersion')}
          </Title>
          <VersionFields form={form} prefix="" />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.guidelines.issueVersion')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function VersionCard({ guideline, version }: { guideline: Guideline; version: GuidelineVersion }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const options = useGuidelineOptions();
  const canReport = useCan('coordination:report');
  const queryClient = useQueryClient();
  const mine = version.agencies.find((agency) => agency.agencyId === me.agency.id);
  const acknowledge = useMutation({
    mutationFn: () => api<Guideline>('POST', `/api/guideline-versions/${version.id}/acknowledge`),
    onSuccess: async (updated) => {
      queryClient.setQueryData(['guidelines', guideline.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['guidelines'] });
    },
  });
  const title = t('coord.guidelines.versionLine', {
    version: version.version,
    date: format.date(version.effectiveOn),
  });
  return (
    <Card withBorder component="article" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          <Badge color={version.state === 'current' ? 'lindung' : 'gray.7'}>
            {label(options.data?.versionState[version.state], version.state)}
          </Badge>
        </Group>
        <Text size="sm">{version.summary}</Text>
        <Spoiler maxHeight={96} showLabel={t('coord.common.showMore')} hideLabel={t('coord.common.showLess')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {version.body}
          </Text>
        </Spoiler>
        {version.agencies.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('coord.guidelines.noneRequired')}
          </Text>
        ) : (
          <ScrollTable label={t('coord.guidelines.whoAcknowledged')} minWidth={320}>
            <Table striped withTableBorder>
              <Table.Caption>{t('coord.guidelines.whoAcknowledged')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('coord.common.agency')}</Table.Th>
                  <Table.Th>{t('coord.guidelines.acknowledgement')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {version.agencies.map((agency) => (
                  <Table.Tr key={agency.agencyId}>
                    <Table.Td>{agency.agencyName}</Table.Td>
                    <Table.Td>
                      {agency.acknowledgedAt ? (
                        <Badge color="lindung">
                          {t('coord.guidelines.acknowledgedOn', {
                            date: format.dateTime(agency.acknowledgedAt),
                          })}
                        </Badge>
                      ) : (
                        <Badge color="#a34100">{t('coord.guidelines.notYet')}</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {acknowledge.error && (
          <Alert color="red" role="alert">
            {problemMessage(acknowledge.error, t)}
          </Alert>
        )}
        {canReport && mine && !mine.acknowledgedAt && (
          <Group>
            <Button loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
              {t('coord.guidelines.acknowledge')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** A guideline: its versions (latest first), who must acknowledge each and who has; a new version for its coordinators. */
export default function GuidelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const canIssue = useCan('coordination:manage');
  const guideline = useQuery({
    queryKey: ['guidelines', id],
    queryFn: () => api<Guideline>('GET', `/api/guidelines/${id}`),
  });
  usePageTitle(guideline.data?.title ?? t('coord.guidelines.title'));
  if (!guideline.data) {
    return <RecordState isPending={guideline.isPending} error={guideline.error} />;
  }
  return (
    <Stack>
      <Title order={1}>{guideline.data.title}</Title>
      {guideline.data.versions.map((version) => (
        <VersionCard key={version.id} guideline={guideline.data} version={version} />
      ))}
      {canIssue && guideline.data.agencyId === me.agency.id && <NewVersionForm guideline={guideline.data} />}
    </Stack>
  );
}
