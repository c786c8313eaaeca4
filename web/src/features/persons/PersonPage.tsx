import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, query } from '../../api/client.ts';
import type { CaseSummary, Page } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { StatusBadge } from '../../components/CaseBadges.tsx';
import { QueryState, RecordState } from '../../components/States.tsx';
import { ConsentsPanel } from '../cases/SharingPanels.tsx';
import { PersonErasureButton } from '../erasure/ErasureButton.tsx';
import { useLanguageName } from '../screening/InterpreterLanguageField.tsx';
import type { ScreeningSummary } from '../screening/types.ts';
import { useCountryName } from '../victim-path/labels.ts';
import { EditContactForm } from './EditContactForm.tsx';
import { EditPersonForm } from './EditPersonForm.tsx';
import { IdentityDocumentsTable } from './IdentityDocumentsTable.tsx';
import { MergedRecords } from './MergedRecords.tsx';
import { NameWithReading } from './NameWithReading.tsx';
import { PersonPhoto } from './PersonPhoto.tsx';
import type { FromPersonSearch } from './PersonSearchResults.tsx';
import { type Birth, type PersonRecord, personQueryKey } from './types.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A person: who they are (the fields the reader may see, decrypted by the API), their cases, screenings and consents. */
export default function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canEdit = useCan('person:write');
  const countryName = useCountryName();
  const [editing, setEditing] = useState<'identity' | 'contact' | undefined>();
  const person = useQuery({
    queryKey: personQueryKey(id),
    queryFn: () => api<PersonRecord>('GET', `/api/persons/${id}`),
  });
  const first = person.data?.names[0];
  // A Burmese name recorded in Zawgyi is shown in Unicode (decision 0083).
  const name = first ? (first.unicode ?? first.fullName) : undefined;
  usePageTitle(name ?? t('personPage.title'));
  if (!person.data) {
    return (
      <Stack>
        <BackToSearch />
        <RecordState isPending={person.isPending} error={person.error} />
      </Stack>
    );
  }
  const found = person.data;
  return (
    <Stack>
      <BackToSearch />
      <Group wrap="nowrap" align="flex-start">
        <PersonPhoto personId={found.id} name={name ?? ''} />
        <Stack gap={4}>
          <Title order={1}>{name}</Title>
          <Text size="sm" c="dimmed">
            {t(`person.sex.${found.sex}`)}
            {found.nationality ? ` · ${countryName(found.nationality)}` : ''}
          </Text>
        </Stack>
      </Group>
      {found.mergedInto && (
        <Alert color="yellow" title={t('personSearch.mergedRecord')}>
          <Anchor component={Link} to={`/persons/${found.mergedInto}`}>
            {t('personSearch.openSurvivor')}
          </Anchor>
        </Alert>
      )}
      {/* Keyed by version: a reload after someone else's change starts the form over on the new record. */}
      {editing === 'identity' && (
        <EditPersonForm key={found.version} person={found} onDone={() => setEditing(undefined)} />
      )}
      {editing === 'contact' && (
        <EditContactForm key={found.version} person={found} onDone={() => setEditing(undefined)} />
      )}
      {!editing && (
        <Details
          found={found}
          onEdit={canEdit ? () => setEditing('identity') : undefined}
          onEditContact={canEdit ? () => setEditing('contact') : undefined}
        />
      )}
      {!found.mergedInto && <MergedRecords personId={found.id} />}
      <PersonCases personId={found.id} />
      <PersonScreenings personId={found.id} />
      <Card withBorder component="section" aria-labelledby="person-consents">
        <Title order={2} size="h4" id="person-consents" mb="sm">
          {t('personPage.consents')}
        </Title>
        <ConsentsPanel personId={found.id} mergedInto={found.mergedInto} />
      </Card>
    </Stack>
  );
}

/** Back to the person search: the very search the person was opened from, else an empty one. */
function BackToSearch() {
  const { t } = useTranslation();
  const from = (useLocation().state as Partial<FromPersonSearch> | null)?.personSearch;
  return (
    <Anchor
      component={Link}
      to={from?.startsWith('/persons') ? from : '/persons'}
      size="sm"
      style={{ alignSelf: 'flex-start' }}
    >
      {t('personSearch.backToSearch')}
    </Anchor>
  );
}

function BirthText({ birth }: { birth: Birth }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (birth.precision) {
    case 'exact':
      return <>{format.date(birth.date)}</>;
    case 'year':
      return <>{t('personPage.bornIn', { year: birth.year })}</>;
    case 'estimated':
      return <>{t('personPage.estimatedAge', { age: birth.age, date: format.date(birth.on) })}</>;
    default:
      return <>{t('personPage.unknown')}</>;
  }
}

/** What a field shows when the record has nothing in it. */
const none = '—';

function Details({
  found,
  onEdit,
  onEditContact,
}: {
  found: PersonRecord;
  onEdit: (() => void) | undefined;
  onEditContact: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  // Languages by name in the reader's language, not as ISO codes.
  const languageName = useLanguageName();
  return (
    <Card withBorder component="section" aria-labelledby="person-details">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="person-details">
          {t('personPage.details')}
        </Title>
        <Group gap="xs">
          {onEdit && (
            <Button variant="light" size="xs" onClick={onEdit}>
              {t('personEdit.edit')}
            </Button>
          )}
          {onEditContact && (
            <Button variant="light" size="xs" onClick={onEditContact}>
              {t('personContact.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Fact label={t('personPage.names')}>
          {found.names.map((entry) => (
            <div key={entry.id}>
              <NameWithReading
                reading={{ name: entry.fullName, latin: entry.latin, unicode: entry.unicode }}
              />{' '}
              <Text span size="xs" c="dimmed">
                ({t(`personPage.nameKind.${entry.kind}`)})
              </Text>
            </div>
          ))}
        </Fact>
        <Fact label={t('personPage.birth')}>
          <BirthText birth={found.birth} />
        </Fact>
        <Fact label={t('personPage.languages')}>{found.languages.map(languageName).join(', ') || none}</Fact>
        <Fact label={t('personPage.phones')}>{found.contact?.phones.join(', ') || none}</Fact>
        <Fact label={t('personPage.emails')}>{found.contact?.emails.join(', ') || none}</Fact>
        <Fact label={t('personPage.address')}>
          <span style={{ whiteSpace: 'pre-line' }}>{found.address ?? none}</span>
        </Fact>
      </SimpleGrid>
      {found.documents.length > 0 && (
        <Box mt="md">
          <IdentityDocumentsTable documents={found.documents} />
        </Box>
      )}
    </Card>
  );
}

function PersonCases({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const readsCases = useCan('case:read');
  const cases = useQuery({
    queryKey: ['cases', 'list', { personId }],
    queryFn: () => api<Page<CaseSummary>>('GET', `/api/cases${query({ personId, limit: 50 })}`),
    enabled: readsCases,
  });
  if (!readsCases) return null;
  const items = cases.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="person-cases">
      <Title order={2} size="h4" id="person-cases" mb="sm">
        {t('personPage.cases')}
      </Title>
      <QueryState
        isPending={cases.isPending}
        error={cases.error}
        isEmpty={items.length === 0}
        emptyText={t('personPage.noCases')}
      />
      <Stack gap="xs">
        {items.map((found) => (
          <Group key={found.id} justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Anchor component={Link} to={`/cases/${found.id}`}>
                {found.reference}
              </Anchor>
              {(found.personRoles ?? []).map((role) => (
                <Badge key={role} variant="light" color="gray">
                  {t(`case.role.${role}`)}
                </Badge>
              ))}
            </Group>
            <Group gap="xs">
              <StatusBadge status={found.status} />
              <Text size="sm">{format.date(found.openedOn)}</Text>
            </Group>
          </Group>
        ))}
      </Stack>
      {items.length > 0 && items.every((found) => found.status === 'closed') && (
        <Group justify="flex-end" mt="sm">
          <PersonErasureButton personId={personId} />
        </Group>
      )}
    </Card>
  );
}

function PersonScreenings({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const screenings = useQuery({
    queryKey: ['screenings', personId],
    queryFn: () => api<{ items: ScreeningSummary[] }>('GET', `/api/persons/${personId}/screenings`),
  });
  const items = screenings.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="person-screenings">
      <Title order={2} size="h4" id="person-screenings" mb="sm">
        {t('personPage.screenings')}
      </Title>
      <QueryState
        isPending={screenings.isPending}
        error={screenings.error}
        isEmpty={items.length === 0}
        emptyText={t('personPage.noScreenings')}
      />
      <Stack gap="xs">
        {items.map((screening) => (
          <Group key={screening.id} justify="space-between" wrap="wrap">
            <Anchor component={Link} to={`/screenings/${screening.id}`}>
              {format.date(screening.screenedOn)}
            </Anchor>
            {screening.outcome ? (
              <Badge variant="dot" color={screening.outcome === 'presumed_victim' ? 'red' : 'gray'}>
                {t(`screening.outcome.${screening.outcome}`)}
              </Badge>
            ) : (
              <Badge variant="dot" color="gray">
                {t('personPage.draft')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
