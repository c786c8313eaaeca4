import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cell } from './types.ts';

export interface ChartBar {
  key: string;
  label: string;
  cell: Cell;
  text: string;
}

/**
 * Plain SVG bars, one a row of the table beside it (no chart library: a few hundred bytes, works
 * offline, and the table carries the same figures for screen readers). A suppressed figure has no
 * bar, only its words: its size is not known.
 */
export function VictimChart({ title, bars }: { title: string; bars: ChartBar[] }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...bars.map((bar) => (bar.cell.suppressed ? 0 : (bar.cell.value ?? 0))));
  return (
    <Box component="figure" m={0} aria-label={title}>
      <Text component="figcaption" fw={600} size="sm" mb="xs">
        {title}
      </Text>
      <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {bars.map((bar) => {
          const share = bar.cell.suppressed ? 0 : (bar.cell.value ?? 0) / largest;
          return (
            <Box component="li" key={bar.key} mb={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {bar.label}
                </Text>
                <Text
                  size="sm"
                  fw={600}
                  c={bar.cell.suppressed ? 'dimmed' : undefined}
                  style={{ flexShrink: 0 }}
                >
                  {bar.text}
                </Text>
              </Group>
              <svg
                width="100%"
                height="12"
                viewBox="0 0 100 12"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="0" width="100" height="12" rx="2" fill="var(--mantine-color-gray-1)" />
                {share > 0 && (
                  <rect
                    x="0"
                    y="0"
                    width={Math.max(1, share * 100)}
                    height="12"
                    rx="2"
                    fill="var(--mantine-color-lindung-7)"
                  />
                )}
                {bar.cell.suppressed && (
                  <rect
                    x="0.5"
                    y="0.5"
                    width="99"
                    height="11"
                    rx="2"
                    fill="none"
                    stroke="var(--mantine-color-gray-5)"
                    strokeDasharray="2 2"
                    vectorEffect="non-scaling-stroke"
                  />
                )}
              </svg>
            </Box>
          );
        })}
      </Box>
      {bars.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('statistics.empty')}
        </Text>
      )}
    </Box>
  );
}
