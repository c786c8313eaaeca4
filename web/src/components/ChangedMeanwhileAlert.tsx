import { Alert, Button, Stack } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';

/**
 * Someone else changed a record since its form was opened (a 412 on If-Match): nothing was saved.
 * Reloading reads the record again; the pages key their forms by version, so they start over.
 * The texts are the record's own (a person, a case), already translated.
 */
export function ChangedMeanwhileAlert({
  queryKey,
  texts,
}: {
  queryKey: QueryKey;
  texts: { title: string; message: string; reload: string };
}) {
  const queryClient = useQueryClient();
  return (
    <Alert color="red" role="alert" title={texts.title}>
      <Stack gap="xs" align="flex-start">
        {texts.message}
        <Button variant="light" onClick={() => void queryClient.invalidateQueries({ queryKey })}>
          {texts.reload}
        </Button>
      </Stack>
    </Alert>
  );
}
