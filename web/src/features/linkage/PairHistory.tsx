import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';
import type { PairStep } from './types.ts';

/**
 * What became of a pair, oldest step first: each decision, merge and undo with who took it, when
 * and why — so a pair back in the queue after an undo says it was merged, by whom and why, and
 * who undid it and why, not only its latest reason.
 */
export function PairHistory({ steps }: { steps: readonly PairStep[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (steps.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="pair-history">
      <Title order={2} size="h4" id="pair-history">
        {t('linkageHistory.title')}
      </Title>
      <List spacing="xs" aria-labelledby="pair-history">
        {steps.map((step) => (
          <List.Item key={`${step.at}-${step.step}`}>
            <Text size="sm" fw={600} span>
              {/* Only a decision says the status it set; a merge or an undo says what it did. */}
              {step.step === 'decided'
                ? t('linkageHistory.step.decided', { status: t(`linkageHistory.status.${step.status}`) })
                : t(`linkageHistory.step.${step.step}`)}
            </Text>{' '}
            <Text size="sm" c="dimmed" span>
              {format.dateTime(step.at)} ·{' '}
              {t('linkageHistory.by', { name: step.by?.name ?? t('linkageHistory.someone') })}
            </Text>
            <Text size="sm">{step.reason}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
