import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useMe } from '../../app/session.tsx';
import { QueryState, RecordState } from '../../components/States.tsx';
import { OpenInvestigationForm } from '../victim-path/InvestigationsPage.tsx';
import { OpenCaseFromReport } from './OpenCaseFromReport.tsx';
import { RerouteForm, type Routing, RoutingHistory } from './RerouteForm.tsx';
import { reportStatusLabel, type TakenUpAs } from './report-status.ts';

interface ListItem {
  id: string;
  trackingCode: string;
  status: string;
  takenUpAs: TakenUpAs;
  country: string;
  region: string | null;
  regionCode: string | null;
  regionName: string | null;
  receivedAt: string;
  pictures: number;
}
interface Report extends ListItem {
  what: string;
  where: string;
  when: string | null;
  who: string | null;
  contact: string | null;
  caseId: string | null;
  investigationId: string | null;
  messages: { direction: 'question' | 'answer'; body: string; at: string }[];
  routings: Routing[];
}

/** The agency's triage queue of reports from the public. */
export function TriageListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portal.triage.title'));
  const query = useQuery({
    queryKey: ['public-reports'],
    queryFn: () => api<{ items: ListItem[] }>('GET', '/api/public-reports'),
  });
  return (
    <Stack>
      <Title order={1}>{t('portal.triage.title')}</Title>
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={query.data?.items.length === 0}
        emptyText={t('portal.triage.empty')}
      />
      {query.data && query.data.items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('portal.trackingCode')}</Table.Th>
              <Table.Th>{t('portal.track.status')}</Table.Th>
              <Table.Th>{t('portal.triage.place')}</Table.Th>
              <Table.Th>{t('portal.triage.received')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Link to={`/triage/${item.id}`}>{item.trackingCode}</Link>
                </Table.Td>
                <Table.Td>{reportStatusLabel(t, item, 'staff')}</Table.Td>
                <Table.Td>
                  {[
                    item.region,
                    item.regionName ??
                      item.regionCode ??
                      t(`portal.countries.${item.country}`, { defaultValue: item.country }),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </Table.Td>
                <Table.Td>{new Date(item.receivedAt).toLocaleString(i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** One report: its text, the conversation, a question to ask, closing or turning it into a case. */
export function TriageReportPage() {
  const { t } = useTranslation();
  const { id } = useParams() as { id: string };
  const queryClient = useQueryClient();
  const me = useMe();
  const [question, setQuestion] = useState('');
  const [reason, setReason] = useState('no_grounds');
  const query = useQuery({
    queryKey: ['public-report', id],
    queryFn: () => api<Report>('GET', `/api/public-reports/${id}`),
  });
  usePageTitle(query.data?.trackingCode ?? t('portal.triage.title'));
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api<Report>('POST', `/api/public-reports/${id}/${path}`, body),
    onSuccess: (report) => {
      queryClient.setQueryData(['public-report', id], report);
      void queryClient.invalidateQueries({ queryKey: ['public-reports'] });
      setQuestion('');
    },
  });
  const report = query.data;
  const open = report && report.status !== 'closed' && report.status !== 'converted';
  return (
    <Stack>
      <RecordState isPending={query.isPending} error={query.error} />
      {report && (
        <>
          <Title order={1}>{report.trackingCode}</Title>
          <Badge>{reportStatusLabel(t, report, 'staff')}</Badge>
          {(['what', 'where', 'when', 'who', 'contact'] as const).map((field) =>
            report[field] ? (
              <div key={field}>
                <Text fw={700}>{t(`portal.report.${field}`)}</Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{report[field]}</Text>
              </div>
            ) : null,
          )}
          {report.regionCode && (
            <div>
              <Text fw={700}>{t('portalroute.region')}</Text>
              <Text>{report.regionName ?? report.regionCode}</Text>
            </div>
          )}
          <RoutingHistory routings={report.routings} />
          {report.messages.map((m) => (
            <Paper key={m.at + m.direction} withBorder p="sm">
              <Text size="sm" fw={700}>
                {t(`portal.track.${m.direction}`)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Paper>
          ))}
          {act.error && (
            <Alert color="red" role="alert">
              {problemMessage(act.error, t)}
            </Alert>
          )}
          {report.caseId && <Link to={`/cases/${report.caseId}`}>{t('portal.triage.openCase')}</Link>}
          {report.investigationId && (
            <Link to={`/investigations/${report.investigationId}`}>{t('portalroute.investigation.go')}</Link>
          )}
          {open && (
            <Stack>
              <Stack
                component="form"
                onSubmit={(e) => {
                  e.preventDefault();
                  act.mutate({ path: 'questions', body: { question } });
                }}
              >
                <Textarea
                  label={t('portal.triage.question')}
                  value={question}
                  onChange={(e) => setQuestion(e.currentTarget.value)}
                  required
                />
                <Button type="submit" loading={act.isPending}>
                  {t('portal.triage.ask')}
                </Button>
              </Stack>
              <Group align="end">
                <NativeSelect
                  label={t('portal.triage.closeReason')}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  data={['no_grounds', 'duplicate', 'referred_elsewhere', 'resolved'].map((value) => ({
                    value,
                    label: t(`portal.triage.reasons.${value}`),
                  }))}
                />
                <Button variant="default" onClick={() => act.mutate({ path: 'close', body: { reason } })}>
                  {t('portal.triage.close')}
                </Button>
              </Group>
              {me.permissions.includes('case:write') && me.permissions.includes('person:read') && (
                <OpenCaseFromReport
                  busy={act.isPending}
                  onOpen={(personId) =>
                    act.mutate({ path: 'convert', body: { type: 'victim_case', personId } })
                  }
                />
              )}
              {me.permissions.includes('prosecution:manage') && (
                <OpenInvestigationForm
                  path={`/api/public-reports/${report.id}/investigation`}
                  onOpened={(changed) => queryClient.setQueryData(['public-report', id], changed)}
                />
              )}
              <RerouteForm reportId={report.id} country={report.country} />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
