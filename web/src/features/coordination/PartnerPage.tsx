import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { isLocale, localeNames } from '../../i18n/index.ts';
import { useLabel } from '../victim-path/labels.ts';
import { usePartnerOptions } from './queries.ts';
import { ScrollTable } from './ScrollTable.tsx';
import type { Partner } from './types.ts';

const mouColour = { in_force: 'lindung', expiring: '#a34100', expired: 'red.9' } as const;

/** The keeping agency records a memorandum of understanding; its expiry becomes a reminded deadline. */
function NewMouForm({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ defaultValues: { title: '', signedOn: '', expiresOn: '' } });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['title', 'signedOn', 'expiresOn'] as const,
    send: async (values) => {
      const updated = await api<Partner>('POST', `/api/partners/${partner.id}/mous`, values);
      queryClient.setQueryData(['partners', partner.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['partners', 'list'] });
      form.reset();
    },
  });
  const name = t('coord.partners.newMou');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <TextInput
            label={t('coord.partners.mouTitle')}
            error={errors.title?.message}
            {...form.register('title')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              type="date"
              label={t('coord.partners.signedOn')}
              error={errors.signedOn?.message}
              {...form.register('signedOn')}
            />
            <TextInput
              type="date"
              label={t('coord.partners.expiresOn')}
              error={errors.expiresOn?.message}
              {...form.register('expiresOn')}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.partners.recordMou')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A partner: kind, services, regions, languages, contact (reading it is audited) and MoUs. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const options = usePartnerOptions();
  const manage = useCan('coordination:manage');
  const partner = useQuery({
    queryKey: ['partners', id],
    queryFn: () => api<Partner>('GET', `/api/partners/${id}`),
  });
  usePageTitle(partner.data?.name ?? t('coord.partners.title'));
  if (!partner.data) {
    return <RecordState isPending={partner.isPending} error={partner.error} />;
  }
  const p = partner.data;
  const line = (key: string, value: string | null) =>
    value && (
      <Text size="sm">
        {t(`coord.partners.${key}`)}: {value}
      </Text>
    );
  return (
    <Stack>
      <Title order={1}>{p.name}</Title>
      <Group gap="xs">
        <Badge>{label(options.data?.kind[p.kind], p.kind)}</Badge>
        {p.networkMember && (
          <Badge color="lindung">
            {p.memberSince
              ? t('coord.partners.memberSinceDate', { date: format.date(p.memberSince) })
              : t('coord.partners.member')}
          </Badge>
        )}
      </Group>
      {line('services', p.services.map((code) => label(options.data?.service[code], code)).join(', '))}
      {line('regions', p.regions.join(', '))}
      {line('languages', p.languages.map((code) => (isLocale(code) ? localeNames[code] : code)).join(', '))}
      {line('contactName', p.contactName)}
      {line('contactEmail', p.contactEmail)}
      {line('contactPhone', p.contactPhone)}
      {p.website && (
        <Anchor href={p.website} target="_blank" rel="noreferrer" size="sm">
          {p.website}
        </Anchor>
      )}
      <Title order={2} size="h4">
        {t('coord.partners.mous')}
      </Title>
      {p.mous.length === 0 ? (
        <Text c="dimmed">{t('coord.partners.noMous')}</Text>
      ) : (
        <ScrollTable label={t('coord.partners.mous')} minWidth={420}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coord.partners.mouTitle')}</Table.Th>
                <Table.Th>{t('coord.partners.signedOn')}</Table.Th>
                <Table.Th>{t('coord.partners.expiresOn')}</Table.Th>
                <Table.Th>{t('coord.partners.mouState')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.mous.map((mou) => (
                <Table.Tr key={mou.id}>
                  <Table.Td>{mou.title}</Table.Td>
                  <Table.Td>{format.date(mou.signedOn)}</Table.Td>
                  <Table.Td>{format.date(mou.expiresOn)}</Table.Td>
                  <Table.Td>
                    <Badge color={mouColour[mou.state]}>{t(`coord.partners.state.${mou.state}`)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {manage && p.agencyId === me.agency.id && <NewMouForm partner={p} />}
    </Stack>
  );
}
