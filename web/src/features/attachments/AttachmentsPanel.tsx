import { Alert, Anchor, Button, Card, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { acceptedMediaTypes, maxAttachmentBytes, refusal, uploadFile } from './upload.ts';

interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

/** A size for people: kilobytes or megabytes in the user's number format. */
function useSize() {
  const format = useFormat();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Where a list of files lives in the API: listing, uploading, and each file's download. */
export interface FilesPlace {
  /** The TanStack Query key of the list. */
  queryKey: readonly unknown[];
  listUrl: string;
  uploadUrl: string;
  contentUrl: (id: string) => string;
  /** Whether the user may add files here. */
  canWrite: boolean;
}

/** The case's files: the list with downloads, and uploading one with its progress. */
export function AttachmentsPanel({ caseId }: { caseId: string }) {
  const canWrite = useCan('case:write');
  return (
    <FilesPanel
      queryKey={['cases', caseId, 'attachments']}
      listUrl={`/api/cases/${caseId}/attachments`}
      uploadUrl={`/api/cases/${caseId}/attachments`}
      contentUrl={(id) => `/api/attachments/${id}/content`}
      canWrite={canWrite}
    />
  );
}

/** Files kept by the API (a case's attachments, a report's evidence): the list with downloads, and an upload with its progress. */
export function FilesPanel({ queryKey: key, listUrl, uploadUrl, contentUrl, canWrite }: FilesPlace) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useSize();
  const queryClient = useQueryClient();
  const attachments = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: Attachment[] }>('GET', listUrl),
  });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number>();
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<string>();
  const limit = maxAttachmentBytes / 1024 / 1024;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setSent(undefined);
    const refused = chosen ? refusal(chosen) : undefined;
    setProblem(refused ? t(`attachments.${refused}`, { limit }) : undefined);
  };

  const send = async () => {
    if (!file || refusal(file)) return;
    setProblem(undefined);
    setProgress(0);
    try {
      await uploadFile(uploadUrl, file, setProgress);
      setSent(file.name);
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 413)
        setProblem(t('attachments.tooLarge', { limit }));
      else if (error instanceof ApiProblem && error.errors.some((e) => e.field === 'file'))
        setProblem(t('attachments.wrongType'));
      else setProblem(problemMessage(error, t));
    } finally {
      setProgress(undefined);
    }
  };

  const items = attachments.data?.items ?? [];
  return (
    <Stack>
      <QueryState
        isPending={attachments.isPending}
        error={attachments.error}
        isEmpty={items.length === 0}
        emptyText={t('attachments.none')}
      />
      {items.map((item) => (
        <Card key={item.id} withBorder component="article" aria-label={item.fileName} padding="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {item.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {t('attachments.added', {
                  date: format.dateTime(item.createdAt),
                  size: size(item.sizeBytes),
                })}
              </Text>
            </Stack>
            <Anchor href={contentUrl(item.id)} download={item.fileName} size="sm">
              {t('attachments.download')}
            </Anchor>
          </Group>
        </Card>
      ))}
      {canWrite && (
        <Stack gap="xs" component="section" aria-label={t('attachments.upload')}>
          <Text fw={600}>{t('attachments.upload')}</Text>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {sent && (
            <Alert color="lindung" role="status">
              {t('attachments.sent', { name: sent })}
            </Alert>
          )}
          <FileInput
            label={t('attachments.file')}
            description={t('attachments.accepted', { limit })}
            placeholder={t('attachments.choose')}
            accept={acceptedMediaTypes.join(',')}
            value={file}
            onChange={choose}
            clearable
          />
          {progress !== undefined && (
            <Progress value={Math.round(progress * 100)} aria-label={t('attachments.progress')} animated />
          )}
          <Group>
            <Button onClick={send} disabled={!file || Boolean(problem)} loading={progress !== undefined}>
              {t('attachments.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
