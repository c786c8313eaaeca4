import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { QueryState } from '../../components/States.tsx';
import { localeNames } from '../../i18n/index.ts';
import { useLabel } from '../victim-path/labels.ts';
import { usePaged } from './Pager.tsx';
import { usePartnerOptions, usePartners } from './queries.ts';
import { type Partner, type PartnerKind, partnerKinds, partnerServices } from './types.ts';

const languages = ['en', 'ms', 'id', 'vi'] as const;

interface PartnerValues {
  name: string;
  kind: PartnerKind;
  services: string[];
  regions: string;
  languages: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  networkMember: boolean;
  memberSince: string;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** A coordinator adds a CSO, international organisation or government focal point to the directory. */
function NewPartnerForm() {
  const { t } = useTranslation();
  const label = useLabel();
  const options = usePartnerOptions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<PartnerValues>({
    defaultValues: {
      name: '',
      kind: 'cso',
      services: [],
      regions: '',
      languages: [],
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      website: '',
      networkMember: false,
      memberSince: '',
    },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: [
      'name',
      'kind',
      'services',
      'regions',
      'languages',
      'contactName',
      'contactEmail',
      'contactPhone',
      'website',
      'memberSince',
    ] as const,
    send: async (values) => {
      const created = await api<Partner>('POST', '/api/partners', {
        ...values,
        regions: values.regions
          .split(',')
          .map((region) => region.trim())
          .filter(Boolean),
        contactName: orNull(values.contactName),
        contactEmail: orNull(values.contactEmail),
        contactPhone: orNull(values.contactPhone),
        website: orNull(values.website),
        memberSince: values.networkMember ? orNull(values.memberSince) : null,
      });
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      await navigate(`/partners/${created.id}`);
    },
  });
  const name = t('coord.partners.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('coord.partners.name')}
              error={errors.name?.message}
              {...form.register('name')}
            />
            <NativeSelect
              label={t('coord.partners.kind')}
              data={partnerKinds.map((kind) => ({
                value: kind,
                label: label(options.data?.kind[kind], kind),
              }))}
              {...form.register('kind')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="services"
            render={({ field }) => (
              <Checkbox.Group
                label={t('coord.partners.services')}
                error={errors.services?.message}
                {...field}
              >
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt={4}>
                  {partnerServices.map((service) => (
                    <Checkbox
                      key={service}
                      value={service}
                      label={label(options.data?.service[service], service)}
                    />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <TextInput
            label={t('coord.partners.regions')}
            description={t('coord.partners.regionsHelp')}
            error={errors.regions?.message}
            {...form.register('regions')}
          />
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <Checkbox.Group label={t('coord.partners.languages')} {...field}>
                <Group gap="md" mt={4}>
                  {languages.map((language) => (
                    <Checkbox key={language} value={language} label={localeNames[language]} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('coord.partners.contactName')}
              error={errors.contactName?.message}
              {...form.register('contactName')}
            />
            <TextInput
              type="email"
              label={t('coord.partners.contactEmail')}
              error={errors.contactEmail?.message}
              {...form.register('contactEmail')}
            />
            <TextInput
              type="tel"
              label={t('coord.partners.contactPhone')}
              error={errors.contactPhone?.message}
              {...form.register('contactPhone')}
            />
            <TextInput
              type="url"
              label={t('coord.partners.website')}
              error={errors.website?.message}
              {...form.register('website')}
            />
          </SimpleGrid>
          <Checkbox label={t('coord.partners.networkMember')} {...form.register('networkMember')} />
          {form.watch('networkMember') && (
            <TextInput
              type="date"
              label={t('coord.partners.memberSince')}
              error={errors.memberSince?.message}
              {...form.register('memberSince')}
            />
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('coord.partners.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The partner network of the user's country: CSOs, international organisations, government focal points. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = usePartnerOptions();
  const canAdd = useCan('coordination:manage');
  const [kind, setKind] = useState('');
  const [service, setService] = useState('');
  usePageTitle(t('coord.partners.title'));
  const partners = usePartners({ kind: kind || undefined, service: service || undefined });
  const items = partners.data?.items ?? [];
  const { shown, pager } = usePaged(items);
  return (
    <Stack>
      <Title order={1}>{t('coord.partners.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('coord.partners.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value)}
          data={[
            { value: '', label: t('coord.partners.any') },
            ...partnerKinds.map((value) => ({ value, label: label(options.data?.kind[value], value) })),
          ]}
        />
        <NativeSelect
          label={t('coord.partners.service')}
          value={service}
          onChange={(event) => setService(event.currentTarget.value)}
          data={[
            { value: '', label: t('coord.partners.any') },
            ...partnerServices.map((value) => ({ value, label: label(options.data?.service[value], value) })),
          ]}
        />
      </SimpleGrid>
      <QueryState
        isPending={partners.isPending}
        error={partners.error}
        isEmpty={items.length === 0}
        emptyText={t('coord.partners.none')}
      />
      {shown.map((partner) => (
        <Card key={partner.id} withBorder component="article" aria-label={partner.name}>
          <Group justify="space-between" align="flex-start">
            <Anchor component={Link} to={`/partners/${partner.id}`} fw={600}>
              {partner.name}
            </Anchor>
            {partner.networkMember && <Badge>{t('coord.partners.member')}</Badge>}
          </Group>
          <Text size="sm">{label(options.data?.kind[partner.kind], partner.kind)}</Text>
          {partner.services.length > 0 && (
            <Text size="sm" c="dimmed">
              {partner.services.map((code) => label(options.data?.service[code], code)).join(', ')}
            </Text>
          )}
          {partner.regions.length > 0 && <Text size="sm">{partner.regions.join(', ')}</Text>}
          {partner.nextMouExpiry && (
            <Text size="xs" c="dimmed">
              {t('coord.partners.nextExpiry', { date: format.date(partner.nextMouExpiry) })}
            </Text>
          )}
        </Card>
      ))}
      {pager}
      {canAdd && <NewPartnerForm />}
    </Stack>
  );
}
