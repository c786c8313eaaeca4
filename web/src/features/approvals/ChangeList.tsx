import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';
import { useAgencyName } from '../victim-path/agencies.ts';

/**
 * Ids that say nothing to a supervisor: the consent a referral rests on is checked again when the
 * referral is approved, and can be read on the case.
 */
const unshown: ReadonlySet<string> = new Set(['consentId']);

/**
 * One value of a requested change: an agency by its name, text and numbers as they are, a list
 * of codes as a list, anything else as JSON.
 */
function ChangeValue({ name, value }: { name: string; value: unknown }) {
  const format = useFormat();
  const agencyName = useAgencyName();
  if (name === 'toAgencyId' && typeof value === 'string') {
    return <Text size="sm">{agencyName(value) || value}</Text>;
  }
  if (typeof value === 'string') return <Text size="sm">{value}</Text>;
  if (typeof value === 'number') return <Text size="sm">{format.number(value)}</Text>;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return <Text size="sm">{value.join(', ')}</Text>;
  }
  return (
    <Code block style={{ maxHeight: 240, overflow: 'auto' }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

/** The change asked for, as the API returns it (confidential parts already decrypted for a supervisor). */
export function ChangeList({ change }: { change: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(change).filter(
    ([key, value]) => value !== null && value !== undefined && !unshown.has(key),
  );
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
          <ChangeValue name={key} value={value} />
        </div>
      ))}
    </Stack>
  );
}
