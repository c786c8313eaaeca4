import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { MemberFields, type MembersValues, memberFieldsOf } from './MemberFields.tsx';
import type { Committee } from './types.ts';

export function useCommittees() {
  return useQuery({
    queryKey: ['committees'],
    queryFn: () => api<{ items: Committee[] }>('GET', '/api/committees'),
  });
}

interface CommitteeValues extends MembersValues {
  name: string;
  parentId: string;
}

/** A coordinator sets up a committee (their agency its secretariat) and its member agencies. */
function NewCommitteeForm({ committees }: { committees: Committee[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CommitteeValues>({
    defaultValues: { name: '', parentId: '', members: [{ agencyId: me.agency.id, role: 'chair' }] },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: (values) => ['name', 'parentId', ...memberFieldsOf(values)],
    send: async ({ parentId, ...values }) => {
      const created = await api<Committee>('POST', '/api/committees', {
        ...values,
        ...(parentId && { parentId }),
      });
      await queryClient.invalidateQueries({ queryKey: ['committees'] });
      await navigate(`/committees/${created.id}`);
    },
  });
  return (
    <Card withBorder component="section" aria-label={t('coord.committees.new')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('coord.committees.new')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('coord.committees.new')}
          </Title>
          <TextInput
            label={t('coord.committees.name')}
            error={errors.name?.message}
            {...form.register('name')}
          />
          <NativeSelect
            label={t('coord.committees.parent')}
            data={[
              { value: '', label: t('coord.committees.noParent') },
              ...committees.map((committee) => ({ value: committee.id, label: committee.name })),
            ]}
            error={errors.parentId?.message}
            {...form.register('parentId')}
          />
          <MemberFields form={form} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.committees.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The committees of the user's country, sub-committees under the committee they belong to. */
export default function CommitteesPage() {
  const { t } = useTranslation();
  const canCreate = useCan('coordination:manage');
  usePageTitle(t('coord.committees.title'));
  const committees = useCommittees();
  const items = committees.data?.items ?? [];
  const nameOf = (id: string | null) => items.find((committee) => committee.id === id)?.name;
  return (
    <Stack>
      <Title order={1}>{t('coord.committees.title')}</Title>
      <QueryState
        isPending={committees.isPending}
        error={committees.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.committees.none')}
      />
      {items.map((committee) => (
        <Card key={committee.id} withBorder component="article" aria-label={committee.name}>
          <Anchor component={Link} to={`/committees/${committee.id}`} fw={600}>
            {committee.name}
          </Anchor>
          {committee.parentId && (
            <Text size="sm">{t('coord.committees.subOf', { name: nameOf(committee.parentId) ?? '' })}</Text>
          )}
          <Text size="sm" c="dimmed">
            {t('coord.committees.memberCount', { count: committee.members.length })}
          </Text>
        </Card>
      ))}
      {canCreate && <NewCommitteeForm committees={items} />}
    </Stack>
  );
}
