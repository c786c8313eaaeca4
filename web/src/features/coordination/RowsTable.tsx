import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable.tsx';

/**
 * A dashboard table of the coordination screens: one row per pillar, agency or the like (its name
 * as the row's header) and one cell per column.
 */
export function RowsTable<Column extends string, Row extends { key: string; name: ReactNode }>({
  caption,
  minWidth,
  columns,
  rows,
  cell,
}: {
  caption: string;
  minWidth: number;
  columns: readonly { key: Column; label: string }[];
  rows: readonly Row[];
  cell: (row: Row, column: Column) => ReactNode;
}) {
  return (
    <ScrollTable label={caption} minWidth={minWidth}>
      <Table striped withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{caption}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{row.name}</Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key}>{cell(row, column.key)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
