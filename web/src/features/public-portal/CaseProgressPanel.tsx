import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { fieldMessage, problemMessage } from '../../app/forms.ts';
import { QueryState } from '../../components/States.tsx';

interface ProgressView {
  caseReference: string;
  summary: { stage: string; nextStep: string; contactPoint: string; publishedAt: string } | null;
  codes: { id: string; issuedAt: string; expiresAt: string; revokedAt: string | null; state: string }[];
}

/** The case worker publishes what the family may see and hands out (and revokes) secrets for it. */
export function CaseProgressPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['case-progress', caseId];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api<ProgressView>('GET', `/api/cases/${caseId}/progress`),
  });
  const [stage, setStage] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [contactPoint, setContactPoint] = useState('');
  const [validDays, setValidDays] = useState<number>(90);
  const [issued, setIssued] = useState<{ caseReference: string; secret: string }>();
  const summary = query.data?.summary;
  useEffect(() => {
    if (!summary) return;
    setStage(summary.stage);
    setNextStep(summary.nextStep);
    setContactPoint(summary.contactPoint);
  }, [summary]);
  const refresh = (view: ProgressView) => queryClient.setQueryData(key, view);
  const publish = useMutation({
    mutationFn: () =>
      api<ProgressView>('PUT', `/api/cases/${caseId}/progress`, { stage, nextStep, contactPoint }),
    onSuccess: refresh,
  });
  const issue = useMutation({
    mutationFn: () =>
      api<{ caseReference: string; secret: string }>('POST', `/api/cases/${caseId}/progress-codes`, {
        validDays,
      }),
    onSuccess: (made) => {
      setIssued(made);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<ProgressView>('POST', `/api/progress-codes/${id}/revoke`),
    onSuccess: refresh,
  });
  const error = publish.error ?? issue.error ?? revoke.error;
  /** The server's problem with one field of the summary (e.g. a name of the case's person), said in the user's language. */
  const fieldError = (field: string) => {
    const problem =
      publish.error instanceof ApiProblem ? publish.error.errors.find((e) => e.field === field) : undefined;
    return problem ? fieldMessage(problem, t) : undefined;
  };
  return (
    <Stack>
      <QueryState isPending={query.isPending} error={query.error} isEmpty={false} emptyText="" />
      <Title order={2}>{t('portal.caseProgress.title')}</Title>
      <Text size="sm">{t('portal.caseProgress.intro')}</Text>
      {error && (
        <Alert color="red" role="alert">
          {problemMessage(error, t)}
        </Alert>
      )}
      <Stack
        component="form"
        aria-label={t('portal.caseProgress.publish')}
        onSubmit={(e) => {
          e.preventDefault();
          publish.mutate();
        }}
      >
        <TextInput
          label={t('portal.progress.stage')}
          value={stage}
          onChange={(e) => setStage(e.currentTarget.value)}
          error={fieldError('stage')}
          required
        />
        <Textarea
          label={t('portal.progress.nextStep')}
          value={nextStep}
          onChange={(e) => setNextStep(e.currentTarget.value)}
          error={fieldError('nextStep')}
          required
        />
        <TextInput
          label={t('portal.progress.contactPoint')}
          value={contactPoint}
          onChange={(e) => setContactPoint(e.currentTarget.value)}
          error={fieldError('contactPoint')}
          required
        />
        <Button type="submit" loading={publish.isPending}>
          {t('portal.caseProgress.publish')}
        </Button>
      </Stack>
      {query.data && !summary && <Text c="dimmed">{t('portal3.progress.publishFirst')}</Text>}
      {summary && (
        <Group align="end">
          <NumberInput
            label={t('portal.caseProgress.validDays')}
            value={validDays}
            min={1}
            max={365}
            onChange={(value) => setValidDays(Number(value) || 1)}
          />
          <Button onClick={() => issue.mutate()} loading={issue.isPending}>
            {t('portal.caseProgress.issue')}
          </Button>
        </Group>
      )}
      {issued && (
        <Paper withBorder p="sm" role="status">
          <Text>{t('portal.caseProgress.giveThese')}</Text>
          <Text>
            {t('portal.progress.reference')}:{' '}
            <Code data-testid="progress-reference">{issued.caseReference}</Code>
          </Text>
          <Text>
            {t('portal.secret')}: <Code data-testid="progress-secret">{issued.secret}</Code>
          </Text>
        </Paper>
      )}
      {query.data && query.data.codes.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('portal.caseProgress.issued')}</Table.Th>
              <Table.Th>{t('portal.caseProgress.expires')}</Table.Th>
              <Table.Th>{t('portal.track.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.codes.map((code) => (
              <Table.Tr key={code.id}>
                <Table.Td>{new Date(code.issuedAt).toLocaleDateString(i18n.language)}</Table.Td>
                <Table.Td>{new Date(code.expiresAt).toLocaleDateString(i18n.language)}</Table.Td>
                <Table.Td>{t(`portal.caseProgress.states.${code.state}`)}</Table.Td>
                <Table.Td>
                  {code.state === 'active' && (
                    <Button size="xs" variant="default" onClick={() => revoke.mutate(code.id)}>
                      {t('portal.caseProgress.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
