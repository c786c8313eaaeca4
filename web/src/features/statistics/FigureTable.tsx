import { Box, Button, Group, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from './download.ts';

export interface FigureRow {
  key: string;
  /** The row's name(s): the period and, when broken down, the dimension's value. */
  heads: string[];
  /** The figures as shown (locale numbers, "hidden (under 5 …)"). */
  cells: { text: string; suppressed: boolean }[];
  /** The same row for the CSV file (plain numbers). */
  csv: (string | number)[];
  bold?: boolean;
}

/** A table of figures with its heading and a CSV download of exactly what it shows. */
export function FigureTable({
  title,
  headColumns,
  columns,
  rows,
  fileName,
  emptyText,
  children,
}: {
  title: string;
  headColumns: string[];
  columns: string[];
  rows: FigureRow[];
  fileName: string;
  emptyText: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const download = () =>
    downloadCsv(fileName, [[...headColumns, ...columns], ...rows.map((row) => [...row.heads, ...row.csv])]);
  return (
    <section aria-label={title}>
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Button variant="default" size="xs" onClick={download} disabled={rows.length === 0}>
          {t('statistics.downloadCsv')}
        </Button>
      </Group>
      {children}
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {emptyText}
        </Text>
      ) : (
        // Scrolls sideways on a phone; focusable so that the keyboard can scroll it too (WCAG 2.1.1).
        <Box tabIndex={0} role="group" aria-label={title} style={{ overflowX: 'auto' }}>
          <Table striped withTableBorder miw={headColumns.length * 120 + columns.length * 110}>
            <Table.Thead>
              <Table.Tr>
                {[...headColumns, ...columns].map((column, index) => (
                  <Table.Th key={column} scope="col" ta={index < headColumns.length ? undefined : 'right'}>
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key} fw={row.bold ? 700 : undefined}>
                  {row.heads.map((head, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                    <Table.Th key={index} scope="row" fw={row.bold ? 700 : 400}>
                      {head}
                    </Table.Th>
                  ))}
                  {row.cells.map((cell, index) => (
                    <Table.Td
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                      key={index}
                      ta="right"
                      c={cell.suppressed ? 'dimmed' : undefined}
                      fs={cell.suppressed ? 'italic' : undefined}
                      data-suppressed={cell.suppressed || undefined}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {cell.text}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </section>
  );
}
