import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { ChangeList } from './ChangeList.tsx';
import type { Approval } from './types.ts';

type Decision = 'approve' | 'reject';

const statusColour = { pending: 'orange', approved: 'teal', rejected: 'red', withdrawn: 'gray' } as const;

/** Who asked, by name: "you", the colleague's name, or "a colleague" once they left the agency. */
export function useRequesterName() {
  const { t } = useTranslation();
  const me = useMe();
  return (approval: Approval) =>
    approval.requestedBy === me.user.id
      ? t('approvals.you')
      : (approval.requestedByName ?? t('approvals.colleague'));
}

/**
 * A request as a card: what, on which case (by its reference), who asked and when, the change
 * asked for, and below it what the reader can do or what became of it.
 */
export function RequestCard({ approval, children }: { approval: Approval; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const requester = useRequesterName();
  const reference = approval.caseReference;
  const titleId = `approval-${approval.id}`;
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
              {t('approvals.askedBy', {
                name: requester(approval),
                date: format.dateTime(approval.requestedAt),
              })}
            </Text>
          </div>
          <Badge variant="dot" color={statusColour[approval.status]}>
            {t(`approvals.status.${approval.status}`)}
          </Badge>
        </Group>
        <Anchor component={Link} to={`/cases/${approval.caseId}`} size="sm">
          {reference ? t('approvals.openCase', { reference }) : t('approvals.openCaseUnnamed')}
        </Anchor>
        <ChangeList change={approval.change} />
        {children}
      </Stack>
    </Card>
  );
}

/** A colleague's pending request with the decision and its reason. */
export function ApprovalCard({
  approval,
  onDecided,
}: {
  approval: Approval;
  onDecided: (text: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
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
          reference: approval.caseReference ?? '',
        }),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
        queryClient.invalidateQueries({ queryKey: ['cases', approval.caseId] }),
      ]);
    },
  });
  const decide = (next: Decision) => () => {
    decision.current = next;
  };
  return (
    <RequestCard approval={approval}>
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
    </RequestCard>
  );
}
