import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { MemberFields, type MembersValues, memberFieldsOf } from './MemberFields.tsx';
import type { Committee } from './types.ts';

/**
 * The secretariat adds, removes and re-roles member agencies. The change is sent on the version of
 * the members shown (If-Match): if another coordinator changed them meanwhile, it is refused and
 * the form says so instead of overwriting their change.
 */
export function EditMembersForm({ committee, onDone }: { committee: Committee; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<MembersValues>({
    defaultValues: { members: committee.members.map(({ agencyId, role }) => ({ agencyId, role })) },
  });
  const { problem, onSubmit } = useApiForm(form, {
    fields: memberFieldsOf,
    send: async (values) => {
      const saved = await api<Committee>('PUT', `/api/committees/${committee.id}/members`, values, {
        'if-match': `"${committee.version}"`,
      });
      queryClient.setQueryData(['committees', committee.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['committees'], exact: true });
      onDone();
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('coordedit.members.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coordedit.members.title')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('coordedit.members.title')}
          </Title>
          <MemberFields form={form} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coordedit.members.save')}
            </Button>
            <Button variant="subtle" onClick={onDone}>
              {t('coordedit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
