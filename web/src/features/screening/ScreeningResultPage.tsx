import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { DateField } from '../../components/DateField.tsx';
import { QueryState, RecordState } from '../../components/States.tsx';
import { useInstruments, useInstrumentText } from './instruments.ts';
import { saveLocalDraft, setSessionKey } from './offline-store.ts';
import { draftFromServer } from './sync.ts';
import type { IdentificationDecision, Instrument, Screening } from './types.ts';

const decisions: IdentificationDecision[] = ['confirmed_victim', 'not_a_victim', 'unable_to_determine'];

interface DecisionView {
  id: string;
  decision: IdentificationDecision;
  decidedOn: string;
  screeningId: string | null;
  supersededById: string | null;
}

/** Today in the agency's time zone, as an ISO date. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** What made the outcome: each stage the rule requires, and the dimensions and indicators behind it. */
function Reasons({ screening, instrument }: { screening: Screening; instrument: Instrument }) {
  const { t } = useTranslation();
  const text = useInstrumentText();
  const assessment = screening.assessment;
  if (!assessment) return null;
  const stageName = (code: string) => {
    const stage = instrument.stages.find((s) => s.code === code);
    return stage ? text(stage.name) : code;
  };
  const dimensionName = (code: string) => {
    const dimension = instrument.dimensions.find((d) => d.code === code);
    return dimension ? text(dimension.name) : code;
  };
  const question = (id: string) => {
    const indicator = instrument.indicators.find((i) => i.id === id);
    return indicator ? text(indicator.question) : id;
  };
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('screening.result.reasons')}
      </Title>
      {assessment.requirements.map((requirement) => (
        <Card
          withBorder
          key={requirement.stage}
          component="section"
          aria-label={stageName(requirement.stage)}
        >
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {stageName(requirement.stage)}
              </Title>
              <Badge color={requirement.met ? 'red' : 'gray'} variant="light">
                {requirement.met ? t('screening.result.stageMet') : t('screening.result.stageNotMet')}
              </Badge>
            </Group>
            {assessment.dimensions
              .filter((dimension) => dimension.stage === requirement.stage && dimension.present)
              .map((dimension) => (
                <Stack key={dimension.dimension} gap={4}>
                  <Text fw={600}>
                    {t('screening.result.dimensionPresent', { name: dimensionName(dimension.dimension) })}
                  </Text>
                  <List size="sm">
                    {dimension.indicators.map((indicator) => (
                      <List.Item key={indicator.id}>
                        {question(indicator.id)} ({t(`screening.strength.${indicator.strength}`)})
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              ))}
            {requirement.presentDimensions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('screening.result.noDimension')}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
      {assessment.unanswered.length > 0 && (
        <Alert color={assessment.couldChangeWithUnanswered ? 'yellow' : 'gray'}>
          {assessment.couldChangeWithUnanswered
            ? t('screening.result.couldChange', { count: assessment.unanswered.length })
            : t('screening.result.unanswered', { count: assessment.unanswered.length })}
        </Alert>
      )}
    </Stack>
  );
}

/** The identification decision resting on this screening (confirmed, not a victim, undetermined). */
function Decision({ screening }: { screening: Screening }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const canDecide = useCan('case:write');
  const queryClient = useQueryClient();
  const key = ['identification-decisions', screening.personId];
  const existing = useQuery({
    queryKey: key,
    queryFn: () =>
      api<{ items: DecisionView[] }>('GET', `/api/persons/${screening.personId}/identification-decisions`),
  });
  const form = useForm<{ decision: IdentificationDecision; basis: string; decidedOn: string }>({
    defaultValues: { decision: 'confirmed_victim', basis: '', decidedOn: todayIn(me.agency.timeZone) },
  });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['decision', 'basis', 'decidedOn'],
    send: async (values) => {
      await api('POST', `/api/persons/${screening.personId}/identification-decisions`, {
        ...values,
        screeningId: screening.id,
      });
      await queryClient.invalidateQueries({ queryKey: key });
      form.reset({ ...values, basis: '' });
    },
  });
  const current = existing.data?.items.find((decision) => decision.supersededById === null);
  return (
    <Card withBorder component="section" aria-labelledby="decision-heading">
      <Stack>
        <Title order={2} size="h3" id="decision-heading">
          {t('screening.decision.title')}
        </Title>
        <QueryState
          isPending={existing.isPending}
          error={existing.error}
          isEmpty={!current}
          emptyText={t('screening.decision.none')}
        />
        {current && (
          <Text>
            {t('screening.decision.current', {
              decision: t(`screening.decision.values.${current.decision}`),
              date: format.date(current.decidedOn),
            })}
          </Text>
        )}
        {canDecide && (
          <form onSubmit={submit} noValidate>
            <Stack>
              {problem && <Alert color="red">{problem}</Alert>}
              <NativeSelect
                label={t('screening.decision.label')}
                data={decisions.map((value) => ({ value, label: t(`screening.decision.values.${value}`) }))}
                {...form.register('decision')}
              />
              <Textarea
                label={t('screening.decision.basis')}
                autosize
                minRows={2}
                error={form.formState.errors.basis?.message}
                {...form.register('basis')}
              />
              <DateField control={form.control} name="decidedOn" label={t('screening.decision.decidedOn')} />
              <Group>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('screening.decision.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

/** A screening from the server: its result and reasons, or (a draft) a way to go on with it. */
export default function ScreeningResultPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { id } = useParams();
  const instruments = useInstruments();
  const text = useInstrumentText();
  const screening = useQuery({
    queryKey: ['screening', id],
    queryFn: () => api<Screening>('GET', `/api/screenings/${id}`),
  });
  usePageTitle(t('screening.result.title'));
  const data = screening.data;
  const instrument = instruments.data?.find(
    (i) => i.id === data?.instrument.id && i.version === data.instrument.version,
  );

  const resume = async (draft: Screening) => {
    setSessionKey(me.user.id, me.csrfToken);
    const person = await api<Person>('GET', `/api/persons/${draft.personId}`);
    const local = draftFromServer(draft, person.names[0]?.fullName ?? '');
    await saveLocalDraft(local);
    await navigate(`/screenings/drafts/${local.localId}`);
  };

  return (
    <Stack maw={820}>
      <Title order={1}>{t('screening.result.title')}</Title>
      <RecordState
        isPending={screening.isPending || instruments.isPending}
        error={screening.error ?? instruments.error}
      />
      {data?.status === 'draft' && (
        <Alert color="blue" title={t('screening.result.isDraft')}>
          <Button mt="sm" onClick={() => void resume(data)}>
            {t('screening.resume')}
          </Button>
        </Alert>
      )}
      {data?.status === 'completed' && instrument && (
        <>
          <Alert
            color={data.outcome === 'presumed_victim' ? 'red' : 'gray'}
            title={t(`screening.outcome.${data.outcome ?? 'not_presumed'}`)}
          >
            <Text size="sm">
              {t('screening.result.profile', {
                profile: text(
                  instrument.profiles.find((p) => p.code === data.profile)?.name ?? instrument.title,
                ),
              })}
            </Text>
          </Alert>
          <Reasons screening={data} instrument={instrument} />
          <Decision screening={data} />
        </>
      )}
    </Stack>
  );
}
