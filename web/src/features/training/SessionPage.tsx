import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem, api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { localeNames } from '../../i18n/index.ts';
import { useRoles } from '../admin/roles.ts';
import { useCountryAgencies } from '../coordination/queries.ts';
import { useLabel } from '../victim-path/labels.ts';
import { type Session, useSession, useTrainingOptions } from './queries.ts';

const sessionKey = (id: string) => ['training-sessions', id];

/** Keeps the answer (the session as it is now) and refreshes the course's counts. */
function useStoreSession() {
  const queryClient = useQueryClient();
  return async (session: Session) => {
    queryClient.setQueryData(sessionKey(session.id), session);
    await queryClient.invalidateQueries({ queryKey: ['training-courses'] });
  };
}

interface RegistrationValues {
  fullName: string;
  agencyId: string;
  role: string;
}

/** The running agency's trainer registers anyone of the country, by name, agency and role. */
function RegisterForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const roles = useRoles();
  const me = useMe();
  const agencies = useCountryAgencies();
  const store = useStoreSession();
  const form = useForm<RegistrationValues>({
    defaultValues: { fullName: '', agencyId: me.agency.id, role: 'frontline_officer' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['fullName', 'agencyId', 'role'] as const,
    send: async (values) => {
      await store(await api<Session>('POST', `/api/training-sessions/${session.id}/registrations`, values));
      form.reset({ ...values, fullName: '' });
    },
  });
  const name = t('trainingWeb.registration.new');
  return (
    <Card withBorder component="section" aria-label={name}>
      <form onSubmit={onSubmit} noValidate aria-label={name}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('trainingWeb.registration.fullName')}
              description={t('trainingWeb.registration.fullNameHelp')}
              error={errors.fullName?.message}
              {...form.register('fullName')}
            />
            <NativeSelect
              label={t('trainingWeb.registration.agency')}
              error={errors.agencyId?.message}
              data={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
              {...form.register('agencyId')}
            />
            <NativeSelect
              label={t('trainingWeb.registration.role')}
              error={errors.role?.message}
              data={roles.codes.map((role) => ({ value: role, label: roles.label(role) }))}
              {...form.register('role')}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('trainingWeb.registration.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Anyone of the country registers themselves (an empty body). */
function RegisterSelf({ session }: { session: Session }) {
  const { t } = useTranslation();
  const me = useMe();
  const store = useStoreSession();
  const register = useMutation({
    mutationFn: () => api<Session>('POST', `/api/training-sessions/${session.id}/registrations`, {}),
    onSuccess: store,
  });
  if (session.participants.some((participant) => participant.userId === me.user.id)) {
    return <Text>{t('trainingWeb.registration.youAre')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" loading={register.isPending} onClick={() => register.mutate()}>
          {t('trainingWeb.registration.self')}
        </Button>
      </Group>
      {register.error && (
        <Alert color="red" role="alert">
          {problemMessage(register.error, t)}
        </Alert>
      )}
    </Stack>
  );
}

interface AttendanceValues {
  records: { attended: boolean; preScore: number | string; postScore: number | string }[];
}

const scoreOf = (value: number | string) => (value === '' ? null : Number(value));

const recordsOf = (session: Session): AttendanceValues['records'] =>
  session.participants.map((participant) => ({
    attended: participant.attended,
    preScore: participant.preScore ?? '',
    postScore: participant.postScore ?? '',
  }));

/** The register: who attended, pre/post assessment scores, and certificates for those who attended. */
function ParticipantsTable({ session, runs }: { session: Session; runs: boolean }) {
  const { t } = useTranslation();
  const roles = useRoles();
  const format = useFormat();
  const store = useStoreSession();
  const form = useForm<AttendanceValues>({ defaultValues: { records: recordsOf(session) } });
  // The form follows the session when it changes (a new registration, a certificate issued).
  useEffect(() => form.reset({ records: recordsOf(session) }), [session, form]);
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: (values) =>
      values.records.flatMap(
        (_, i) => [`records.${i}.preScore`, `records.${i}.postScore`] as `records.${number}.preScore`[],
      ),
    send: async (values) => {
      await store(
        await api<Session>('POST', `/api/training-sessions/${session.id}/attendance`, {
          records: values.records.map((record, i) => ({
            participantId: session.participants[i]?.id,
            attended: record.attended,
            preScore: scoreOf(record.preScore),
            postScore: record.attended ? scoreOf(record.postScore) : null,
          })),
        }),
      );
    },
  });
  const [certificateProblem, setCertificateProblem] = useState<string>();
  const issue = useMutation({
    mutationFn: (participantIds: string[]) =>
      api<Session>('POST', `/api/training-sessions/${session.id}/certificates`, { participantIds }),
    onMutate: () => setCertificateProblem(undefined),
    onSuccess: store,
    onError: (error, participantIds) => {
      // A certificate for someone who did not attend is refused field by field: say whose.
      if (error instanceof ApiProblem && error.errors.length > 0) {
        const names = error.errors.map((problem) => {
          const index = Number(problem.field.split('.')[1]);
          return session.participants.find((p) => p.id === participantIds[index])?.fullName ?? '';
        });
        setCertificateProblem(t('trainingWeb.certificate.refused', { names: names.join(', ') }));
      } else setCertificateProblem(problemMessage(error, t));
    },
  });
  const uncertified = session.participants.filter((p) => p.attended && !p.certificate).map((p) => p.id);
  const name = t('trainingWeb.attendance.title');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={name}>
      <Stack gap="xs">
        <Table.ScrollContainer minWidth={700}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                {/* Wide enough for the waiting-list badge on a phone, which would otherwise be cut. */}
                <Table.Th miw={140}>{t('trainingWeb.registration.fullName')}</Table.Th>
                <Table.Th>{t('trainingWeb.registration.agency')}</Table.Th>
                <Table.Th>{t('trainingWeb.attendance.attended')}</Table.Th>
                <Table.Th>{t('trainingWeb.attendance.pre')}</Table.Th>
                <Table.Th>{t('trainingWeb.attendance.post')}</Table.Th>
                <Table.Th>{t('trainingWeb.certificate.title')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.participants.map((participant, i) => (
                <Table.Tr key={participant.id}>
                  <Table.Td>
                    {participant.fullName}{' '}
                    {participant.waitlisted && (
                      <Badge color="yellow" size="sm">
                        {t('trainingWeb.registration.waitlisted')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      {roles.label(participant.role)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{participant.agencyName}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      disabled={!runs}
                      aria-label={t('trainingWeb.attendance.attendedBy', { name: participant.fullName })}
                      {...form.register(`records.${i}.attended`)}
                    />
                  </Table.Td>
                  {(['preScore', 'postScore'] as const).map((score) => (
                    <Table.Td key={score}>
                      <Controller
                        control={form.control}
                        name={`records.${i}.${score}`}
                        render={({ field }) => (
                          <NumberInput
                            disabled={!runs}
                            w={90}
                            min={0}
                            max={100}
                            aria-label={t(`trainingWeb.attendance.${score}Of`, {
                              name: participant.fullName,
                            })}
                            error={errors.records?.[i]?.[score]?.message}
                            {...field}
                          />
                        )}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {participant.certificate ? (
                      <Stack gap={0}>
                        <Anchor
                          href={`/api/training-certificates/${participant.certificate.id}/pdf`}
                          download
                        >
                          {t('trainingWeb.certificate.download')}
                        </Anchor>
                        <Text size="xs" ff="monospace">
                          {participant.certificate.code}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {format.date(participant.certificate.issuedAt.slice(0, 10))}
                        </Text>
                      </Stack>
                    ) : (
                      runs && (
                        <Button
                          size="xs"
                          variant="light"
                          loading={issue.isPending && issue.variables?.[0] === participant.id}
                          onClick={() => issue.mutate([participant.id])}
                          aria-label={t('trainingWeb.certificate.issueTo', { name: participant.fullName })}
                        >
                          {t('trainingWeb.certificate.issue')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {certificateProblem && (
          <Alert color="red" role="alert">
            {certificateProblem}
          </Alert>
        )}
        {runs && (
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('trainingWeb.attendance.save')}
            </Button>
            {uncertified.length > 0 && (
              <Button variant="light" loading={issue.isPending} onClick={() => issue.mutate(uncertified)}>
                {t('trainingWeb.certificate.issueAll', { count: uncertified.length })}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** A session: its details, who registered, attendance with scores, and certificates. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const me = useMe();
  const options = useTrainingOptions();
  const manage = useCan('training:manage');
  const session = useSession(id);
  usePageTitle(session.data?.courseTitle ?? t('trainingWeb.title'));
  if (!session.data) {
    return <RecordState isPending={session.isPending} error={session.error} />;
  }
  const data = session.data;
  const runs = manage && data.agencyId === me.agency.id;
  return (
    <Stack>
      <Anchor component={Link} to={`/training/courses/${data.courseId}`} size="sm">
        {data.courseTitle}
      </Anchor>
      <Title order={1}>
        {t('trainingWeb.session.heading', {
          from: format.date(data.startsOn),
          to: format.date(data.endsOn),
        })}
      </Title>
      <Text>
        {label(options.data?.mode[data.mode], data.mode)}
        {data.place && ` · ${data.place}`} ·{' '}
        {localeNames[data.language as keyof typeof localeNames] ?? data.language}
      </Text>
      {data.onlineUrl && (
        <Anchor href={data.onlineUrl} target="_blank" rel="noreferrer">
          {data.onlineUrl}
        </Anchor>
      )}
      <Text size="sm">
        {t('trainingWeb.session.trainers')}: {data.trainers.join(', ')}
      </Text>
      <Text size="sm">
        {t('trainingWeb.session.counts', {
          registered: data.participants.length,
          attended: data.attendedCount,
          capacity: data.capacity,
        })}
      </Text>
      <Title order={2} size="h3">
        {t('trainingWeb.attendance.title')}
      </Title>
      {data.participants.length === 0 ? (
        <Text c="dimmed">{t('trainingWeb.registration.none')}</Text>
      ) : (
        <ParticipantsTable session={data} runs={runs} />
      )}
      {runs ? <RegisterForm session={data} /> : <RegisterSelf session={data} />}
    </Stack>
  );
}
