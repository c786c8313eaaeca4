import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem, api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';

/** What the public check answers: only what the certificate prints (decision 0025). */
interface PublicCertificate {
  code: string;
  holderName: string;
  courseTitle: string;
  completedOn: string;
  issuingAgency: string;
}

const codePattern = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/** The code as printed from what was typed off the paper: any case, without dashes or with spaces (as the API takes it). */
function printedCode(typed: string): string {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  return letters.length === 12
    ? `${letters.slice(0, 4)}-${letters.slice(4, 8)}-${letters.slice(8)}`
    : letters;
}

/**
 * The public page where anyone checks a training certificate by its verification code, without
 * signing in, in the public portal's frame. The code may come in the address (`?code=`), as printed on the PDF.
 */
export function PublicCertificatePage() {
  const { t } = useTranslation();
  usePageTitle(t('publicCertificate.title'));
  const [params, setParams] = useSearchParams();
  const asked = printedCode(params.get('code') ?? '');
  const [typed, setTyped] = useState(asked);
  const valid = codePattern.test(asked);
  const check = useQuery({
    queryKey: ['public-certificate', asked],
    queryFn: () => api<PublicCertificate>('GET', `/api/public/certificates/${encodeURIComponent(asked)}`),
    enabled: valid,
    retry: false,
  });
  const notFound = check.error instanceof ApiProblem && check.error.status === 404;
  const tooMany = check.error instanceof ApiProblem && check.error.status === 429;
  return (
    <Paper withBorder p="xl" w="100%">
      <Stack>
        <Title order={1} size="h2">
          {t('publicCertificate.title')}
        </Title>
        <Text>{t('publicCertificate.intro')}</Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setParams({ code: printedCode(typed) });
          }}
        >
          <Group align="end">
            <TextInput
              label={t('publicCertificate.code')}
              description={t('publicCertificate.codeHint')}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={asked && !valid ? t('publicCertificate.malformed') : undefined}
              style={{ flex: 1 }}
              autoComplete="off"
            />
            <Button type="submit">{t('publicCertificate.check')}</Button>
          </Group>
        </form>
        {check.isFetching && <Text c="dimmed">{t('publicCertificate.checking')}</Text>}
        {notFound && (
          <Alert color="red" title={t('publicCertificate.notFoundTitle')} role="alert">
            {t('publicCertificate.notFound')}
          </Alert>
        )}
        {tooMany && (
          <Alert color="orange" role="alert">
            {t('publicCertificate.tooMany')}
          </Alert>
        )}
        {check.data && (
          <Paper withBorder p="md" role="status">
            <Text fw={700} size="lg">
              {t('publicCertificate.validTitle')}
            </Text>
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">{t('publicCertificate.holder')}</Table.Th>
                  <Table.Td>{check.data.holderName}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('publicCertificate.course')}</Table.Th>
                  <Table.Td>{check.data.courseTitle}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('publicCertificate.completedOn')}</Table.Th>
                  <Table.Td>{check.data.completedOn}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('publicCertificate.issuedBy')}</Table.Th>
                  <Table.Td>{check.data.issuingAgency}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}

export default PublicCertificatePage;
