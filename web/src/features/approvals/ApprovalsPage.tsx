import { Alert, Anchor, Badge, Button, Card, Code, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { type Approval, pendingApprovalsKey, pendingApprovalsUrl } from './types.ts';

type Decision = 'approve' | 'reject';

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
function ChangeList({ change }: { change: Record<string, unknown> }) {
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

/** A pending request: what, on which case, who asked and when, and the decision with its reason. */
function ApprovalCard({ approval, onDecided }: { approval: Approval; onDecided: (text: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const queryClient = useQueryClient();
  // The case answers the reference to link to and, among its workers, the name of who asked.
  const found = useQuery({
    queryKey: ['cases', approval.caseId],
    queryFn: () => api<CaseView>('GET', `/api/cases/${approval.caseId}`),
  });
  const reference = found.data?.reference;
  const requester =
    approval.requestedBy === me.user.id
      ? t('approvals.you')
      : (found.data?.workers.find((worker) => worker.userId === approval.requestedBy)?.displayName ??
        t('approvals.colleague'));
  const decision = useRef<Decision>('approve');
  const form = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['comment'],
    send: async ({ comment }) => {
      const text = comment.trim();
      await api('POST', `/api/approvals/${approval.id}/${decision.current}`, text ? { comment: text } : {});
      onDecided(
        t(decision.current === 'approve' ? 'approvals.approvedNotice' : 'approvals.rejectedNotice', {
          kind: t(`approvals.kind.${approval.kind}`),
          reference: reference ?? '',
        }),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
        queryClient.invalidateQueries({ queryKey: ['cases', approval.caseId] }),
      ]);
    },
  });
  const titleId = `approval-${approval.id}`;
  const decide = (next: Decision) => () => {
    decision.current = next;
  };
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {t(`approvals.kind.${approval.kind}`)}
              {reference ? ` · ${reference}` : ''}
            </Title>
            <Text size="sm" c="dimmed">
              {t('approvals.askedBy', { name: requester, date: format.dateTime(approval.requestedAt) })}
            </Text>
          </div>
          <Badge variant="dot" color="orange">
            {t('approvals.status.pending')}
          </Badge>
        </Group>
        <Anchor component={Link} to={`/cases/${approval.caseId}`} size="sm">
          {reference ? t('approvals.openCase', { reference }) : t('approvals.openCaseUnnamed')}
        </Anchor>
        <ChangeList change={approval.change} />
        <form
          onSubmit={onSubmit}
          noValidate
          aria-label={t('approvals.decideLabel', { kind: t(`approvals.kind.${approval.kind}`) })}
        >
          <Stack gap="xs">
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Textarea
              label={t('approvals.comment')}
              description={t('approvals.commentHelp')}
              autosize
              minRows={2}
              error={form.formState.errors.comment?.message}
              {...form.register('comment', {
                validate: (value) =>
                  decision.current !== 'reject' || value.trim() !== '' || t('approvals.reasonRequired'),
              })}
            />
            <Group justify="flex-end" gap="xs">
              <Button
                type="submit"
                variant="default"
                color="red"
                onClick={decide('reject')}
                loading={form.formState.isSubmitting && decision.current === 'reject'}
                disabled={form.formState.isSubmitting}
              >
                {t('approvals.reject')}
              </Button>
              <Button
                type="submit"
                onClick={decide('approve')}
                loading={form.formState.isSubmitting && decision.current === 'approve'}
                disabled={form.formState.isSubmitting}
              >
                {t('approvals.approve')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

/** The agency's requests waiting for a supervisor: case closures, care plans, referrals out, erasures. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('approvals.title'));
  const [notice, setNotice] = useState<string>();
  const pending = useQuery({
    queryKey: pendingApprovalsKey,
    queryFn: () => api<{ items: Approval[] }>('GET', pendingApprovalsUrl),
  });
  const items = pending.data?.items ?? [];
  return (
    <Stack>
      <Title order={1}>{t('approvals.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('approvals.intro')}
      </Text>
      {notice && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('approvals.dismiss')}
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      <QueryState
        isPending={pending.isPending}
        error={pending.error}
        isEmpty={items.length === 0}
        emptyText={t('approvals.empty')}
      />
      {items.map((approval) => (
        <ApprovalCard key={approval.id} approval={approval} onDecided={setNotice} />
      ))}
    </Stack>
  );
}
