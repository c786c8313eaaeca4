import { Badge, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { QueryState } from '../../components/States.tsx';

interface HelpItem {
  id: string;
  topic: 'hotline' | 'rights' | 'warning_signs' | 'campaign';
  title: string;
  body: string;
  phone: string | null;
  confirmed: boolean;
}

const topics = ['hotline', 'warning_signs', 'rights', 'campaign'] as const;

/** Hotlines, rights, warning signs and campaign material of a country, in the chosen language. */
export default function HelpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portal.help.title'));
  const [country, setCountry] = useState('MY');
  const query = useQuery({
    queryKey: ['public-help', country, i18n.language],
    queryFn: () =>
      api<{ items: HelpItem[] }>('GET', `/api/public/help?country=${country}&language=${i18n.language}`),
  });
  return (
    <Stack>
      <Title order={1}>{t('portal.help.title')}</Title>
      <NativeSelect
        label={t('portal.report.country')}
        value={country}
        onChange={(e) => setCountry(e.currentTarget.value)}
        data={['MY', 'ID', 'VN'].map((code) => ({ value: code, label: t(`portal.countries.${code}`) }))}
      />
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={query.data?.items.length === 0}
        emptyText={t('portal.help.empty')}
      />
      {query.data &&
        topics.map((topic) => {
          const data = query.data;
          return (
            <Stack key={topic} gap="xs">
              <Title order={2} size="h3">
                {t(`portal.help.topics.${topic}`)}
              </Title>
              {data.items
                .filter((item) => item.topic === topic)
                .map((item) => (
                  <Paper key={item.id} withBorder p="sm">
                    <Group justify="space-between">
                      <Text fw={700}>{item.title}</Text>
                      {item.phone && (
                        <Group gap="xs">
                          <Text component="a" href={`tel:${item.phone}`} fw={700}>
                            {item.phone}
                          </Text>
                          {!item.confirmed && <Badge color="gray">{t('portal.help.unconfirmed')}</Badge>}
                        </Group>
                      )}
                    </Group>
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Text>
                  </Paper>
                ))}
            </Stack>
          );
        })}
    </Stack>
  );
}
