import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';
import { KeyboardScroll } from '../../components/KeyboardScroll.tsx';
import { useCountryName } from '../victim-path/labels.ts';

/** An identity document as the API shows it: on the person's page, and in a referral's shared view. */
export interface IdentityDocument {
  readonly id?: string;
  readonly type: string;
  readonly number: string;
  readonly issuingCountry: string | null;
  readonly heldBy: string;
  readonly expiresOn: string | null;
}

/** A person's identity documents as a table, scrolled sideways by keyboard on a narrow screen. */
export function IdentityDocumentsTable({ documents }: { documents: readonly IdentityDocument[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const none = '—';
  return (
    <KeyboardScroll label={t('personPage.documents')} minWidth={480}>
      <Table aria-label={t('personPage.documents')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('personPage.documentType')}</Table.Th>
            <Table.Th>{t('personPage.documentNumber')}</Table.Th>
            <Table.Th>{t('personPage.issuingCountry')}</Table.Th>
            <Table.Th>{t('personPage.heldBy')}</Table.Th>
            <Table.Th>{t('personPage.expiresOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => (
            <Table.Tr key={document.id ?? `${document.type} ${document.number}`}>
              <Table.Td>{t(`personPage.documentTypes.${document.type}`)}</Table.Td>
              <Table.Td>{document.number}</Table.Td>
              <Table.Td>{document.issuingCountry ? countryName(document.issuingCountry) : none}</Table.Td>
              <Table.Td>{t(`personPage.holders.${document.heldBy}`)}</Table.Td>
              <Table.Td>{document.expiresOn ? format.date(document.expiresOn) : none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </KeyboardScroll>
  );
}
