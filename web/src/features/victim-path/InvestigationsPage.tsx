import { Alert, Anchor, Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { NextPageButton, QueryState } from '../../components/States.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useLabel } from './labels.ts';
import type { InvestigationSummary, ProsecutionOptions } from './types.ts';

export function useProsecutionOptions() {
  return useQuery({
    queryKey: ['prosecution', 'options'],
    queryFn: () => api<ProsecutionOptions>('GET', '/api/prosecution/options'),
    staleTime: 60 * 60_000,
  });
}

interface OpenValues {
  reference: string;
  openedOn: string;
  offenceCodes: string[];
}

/**
 * Opens an investigation of the agency: by itself (POST /api/investigations), or from another
 * record that takes the same fields (a report by the public: its `path`), then `onOpened`.
 */
export function OpenInvestigationForm({
  path = '/api/investigations',
  onOpened,
}: {
  path?: string;
  onOpened?: (answer: unknown) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useProsecutionOptions();
  const queryClient = useQueryClient();
  const form = useForm<OpenValues>({
    defaultValues: { reference: '', openedOn: todayIn(me.agency.timeZone), offenceCodes: [] },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['reference', 'openedOn', 'offenceCodes'] as const,
    send: async (values) => {
      const answer = await api('POST', path, { ...values, reference: values.reference.trim() });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['investigations'] });
      onOpened?.(answer);
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('vp.investigations.open')}>
      <form onSubmit={submit} noValidate aria-label={t('vp.investigations.open')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('vp.investigations.open')}
          </Title>
          {problem && <Alert color="red">{problem}</Alert>}
          <Group grow align="flex-start">
            <TextInput
              label={t('vp.investigations.reference')}
              error={errors.reference?.message}
              {...form.register('reference')}
            />
            <DateField control={form.control} name="openedOn" label={t('vp.investigations.openedOn')} />
          </Group>
          <Controller
            control={form.control}
            name="offenceCodes"
            render={({ field }) => (
              <Checkbox.Group
                label={t('vp.investigations.offences')}
                error={errors.offenceCodes?.message}
                {...field}
              >
                <Stack gap={6} mt={4}>
                  {(options.data?.offences ?? []).map((offence) => (
                    <Checkbox
                      key={offence.code}
                      value={offence.code}
                      label={label(offence.title, offence.code)}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('vp.investigations.openButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The agency's investigations, most recently opened first, for investigators and prosecutors. */
export default function InvestigationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useProsecutionOptions();
  usePageTitle(t('vp.investigations.title'));
  const list = useInfiniteQuery({
    queryKey: ['investigations'],
    queryFn: ({ pageParam }) =>
      api<Page<InvestigationSummary>>('GET', `/api/investigations${query({ limit: 25, cursor: pageParam })}`),
    initialPageParam: '' as string,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const offenceTitle = (code: string) =>
    label(options.data?.offences.find((offence) => offence.code === code)?.title, code);
  return (
    <Stack>
      <Title order={1}>{t('vp.investigations.title')}</Title>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.investigations.none')}
      />
      {items.map((item) => (
        <Card key={item.id} withBorder component="article" aria-label={item.reference}>
          <Anchor component={Link} to={`/investigations/${item.id}`} fw={600}>
            {item.reference}
          </Anchor>
          <Text size="sm">{t('vp.investigations.openedOnDate', { date: format.date(item.openedOn) })}</Text>
          <Text size="xs" c="dimmed">
            {item.offences.map((offence) => offenceTitle(offence.code)).join('; ')}
          </Text>
        </Card>
      ))}
      {list.hasNextPage && (
        <Group>
          <NextPageButton pages={list}>{t('vp.common.more')}</NextPageButton>
        </Group>
      )}
      <OpenInvestigationForm />
    </Stack>
  );
}
