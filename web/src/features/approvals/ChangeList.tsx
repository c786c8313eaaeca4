import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';

/** One value of a requested change: text and numbers as they are, anything else as JSON. */
function ChangeValue({ value }: { value: unknown }) {
  const format = useFormat();
  if (typeof value === 'string') return <Text size="sm">{value}</Text>;
  if (typeof value === 'number') return <Text size="sm">{format.number(value)}</Text>;
  return (
    <Code block style={{ maxHeight: 240, overflow: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

/** The change asked for, as the API returns it (confidential parts already decrypted for a supervisor). */
export function ChangeList({ change }: { change: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(change).filter(([, value]) => value !== null && value !== undefined);
  if (entries.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('approvals.change.title')}
      </Text>
      {entries.map(([key, value]) => (
        <div key={key}>
          <Text size="xs" fw={600}>
            {t(`approvals.change.${key}`, { defaultValue: key })}
          </Text>
          <ChangeValue value={value} />
        </div>
      ))}
    </Stack>
  );
}
