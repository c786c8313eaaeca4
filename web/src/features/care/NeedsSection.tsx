import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { type NeedDomain, type NeedLevel, needDomains, needLevels } from './care-vocabulary.ts';

/** The case's needs, assessed domain by domain; a new assessment supersedes the last. */

interface NeedsAssessment {
  id: string;
  assessedOn: string;
  needs: Record<NeedDomain, { level: NeedLevel; note: string | null }>;
  supersededById: string | null;
}

type NeedsValues = { assessedOn: string; needs: Record<NeedDomain, NeedLevel> };

export function NeedsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'needs-assessments'];
  const found = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: NeedsAssessment[] }>('GET', `/api/cases/${caseId}/needs-assessments`),
  });
  const form = useForm<NeedsValues>({
    defaultValues: {
      assessedOn: todayIn(me.agency.timeZone),
      needs: Object.fromEntries(needDomains.map((domain) => [domain, 'none'])) as Record<
        NeedDomain,
        NeedLevel
      >,
    },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['assessedOn', ...needDomains.map((d) => `needs.${d}` as const)],
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/needs-assessments`, {
        assessedOn: values.assessedOn,
        needs: Object.fromEntries(needDomains.map((domain) => [domain, { level: values.needs[domain] }])),
      });
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const items = found.data?.items ?? [];
  const latest = items.find((item) => !item.supersededById) ?? items[0];
  return (
    <Stack component="section" aria-label={t('care.needs.title')}>
      <Title order={2}>{t('care.needs.title')}</Title>
      <QueryState
        isPending={found.isPending}
        error={found.error}
        isEmpty={items.length === 0}
        emptyText={t('care.needs.none')}
      />
      {latest && (
        <Card withBorder component="article" aria-label={t('care.needs.latest')}>
          <Text fw={600}>{t('care.needs.assessedOn', { date: format.date(latest.assessedOn) })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            {needDomains.map((domain) => (
              <Text key={domain} size="sm">
                {t(`care.needs.domain.${domain}`)}: {t(`care.needs.level.${latest.needs[domain].level}`)}
              </Text>
            ))}
          </SimpleGrid>
        </Card>
      )}
      {canWrite && found.isSuccess && (
        <form onSubmit={submit} noValidate aria-label={t('care.needs.record')}>
          <Stack gap="xs">
            <Title order={3}>{t('care.needs.record')}</Title>
            {problem && <Alert color="red">{problem}</Alert>}
            <DateField control={form.control} name="assessedOn" label={t('care.needs.date')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {needDomains.map((domain) => (
                <NativeSelect
                  key={domain}
                  label={t(`care.needs.domain.${domain}`)}
                  error={errors.needs?.[domain]?.message}
                  data={needLevels.map((level) => ({ value: level, label: t(`care.needs.level.${level}`) }))}
                  {...form.register(`needs.${domain}`)}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('care.needs.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
