import { Alert, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RiskBadge, riskColours } from './RiskBadge.tsx';
import type { AdvertScreening } from './types.ts';

/** One advert's risk, advice and reasons: the red flags that fired, then the reassuring signs. */
export function ScreeningResult({ screening }: { screening: AdvertScreening }) {
  const { t } = useTranslation();
  const flags = screening.findings.filter((f) => f.kind === 'red_flag');
  const counters = screening.findings.filter((f) => f.kind === 'counter_signal');
  return (
    <Stack gap="sm" aria-live="polite">
      <Group>
        <Title order={2} size="h3">
          {t('jobads.result.heading')}
        </Title>
        <RiskBadge size="lg" risk={screening.risk} label={screening.riskLabel} />
      </Group>
      <Alert color={riskColours[screening.risk]}>{screening.advice}</Alert>
      <Title order={3} size="h4">
        {t('jobads.result.redFlags')}
      </Title>
      {flags.length === 0 ? (
        <Text size="sm">{t('jobads.result.noRedFlags')}</Text>
      ) : (
        <List aria-label={t('jobads.result.redFlags')}>
          {flags.map((f) => (
            <List.Item key={f.id}>{f.reason}</List.Item>
          ))}
        </List>
      )}
      {counters.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('jobads.result.counterSignals')}
          </Title>
          <List aria-label={t('jobads.result.counterSignals')}>
            {counters.map((f) => (
              <List.Item key={f.id}>{f.reason}</List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('jobads.result.disclaimer', { rules: screening.rulesVersion })}
      </Text>
    </Stack>
  );
}
