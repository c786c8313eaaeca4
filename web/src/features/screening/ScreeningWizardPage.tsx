import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { PageLoader } from '../../app/RequireSession.tsx';
import { useCan, useMe } from '../../app/session.tsx';
import { riskLevels } from '../cases/case-options.ts';
import { InterpreterLanguageField } from './InterpreterLanguageField.tsx';
import { indicatorsOf, useInstruments, useInstrumentText } from './instruments.ts';
import { readLocalDraft, saveLocalDraft, setSessionKey } from './offline-store.ts';
import { PersonStep } from './PersonStep.tsx';
import { ProfileFields } from './ProfileFields.tsx';
import type { Answer, Instrument, LocalDraft } from './types.ts';
import { useDraftSync } from './useDraftSync.ts';
import { useOnline } from './useOnline.ts';

const answers: Answer[] = ['yes', 'no', 'unknown'];

function newDraft(instrument: Instrument): LocalDraft {
  return {
    localId: crypto.randomUUID(),
    person: { name: '', idempotencyKey: crypto.randomUUID() },
    screeningKey: crypto.randomUUID(),
    instrument: { id: instrument.id, version: instrument.version },
    profile: instrument.profiles[0]?.code ?? '',
    answers: {},
    interpreterLanguage: '',
    interpreterName: '',
    location: '',
    observations: '',
    step: 0,
    completeWhenSent: false,
    state: 'editing',
    savedAt: new Date().toISOString(),
  };
}

/** One indicator: yes, no or don't know; not answered stays not answered (never read as no). */
function IndicatorQuestion({
  id,
  question,
  value,
  onChange,
}: {
  id: string;
  question: string;
  value: Answer | undefined;
  onChange: (answer: Answer | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={question}
      value={value ?? null}
      onChange={(answer) => onChange(answer as Answer)}
      name={id}
      description={value ? undefined : t('screening.wizard.notAnswered')}
    >
      <Group mt="xs" gap="lg">
        {answers.map((answer) => (
          <Radio key={answer} value={answer} label={t(`screening.answer.${answer}`)} />
        ))}
        {value && (
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(undefined)}>
            {t('screening.wizard.clearAnswer')}
          </Button>
        )}
      </Group>
    </Radio.Group>
  );
}

/**
 * The screening wizard: the person, the instrument's profile and the interview's details, then one
 * dimension of the instrument per step. Every step is kept on this device (encrypted); "save
 * draft" and "complete" send it to the server, or later when the network is back.
 */
function ScreeningWizard() {
  const { t } = useTranslation();
  const me = useMe();
  const { localId } = useParams();
  // `/screenings/new?person=<id>` (e.g. from a case page): the person is already chosen.
  const [search] = useSearchParams();
  const personParam = search.get('person');
  const online = useOnline();
  const instruments = useInstruments();
  const text = useInstrumentText();
  const [draft, setDraft] = useState<LocalDraft>();
  const canOpenCase = useCan('case:write');
  const heading = useRef<HTMLHeadingElement>(null);
  setSessionKey(me.user.id, me.csrfToken);
  usePageTitle(t('screening.wizard.title'));

  const { status, setStatus, busy, saveDraft, complete, resolveConflict } = useDraftSync({
    draft,
    setDraft,
    online,
  });

  const instrument =
    instruments.data?.find((i) => i.id === draft?.instrument.id && i.version === draft.instrument.version) ??
    instruments.data?.[0];

  useEffect(() => {
    if (draft || !instruments.data?.[0]) return;
    const first = instruments.data[0];
    if (localId) {
      void readLocalDraft(localId).then((found) => {
        setDraft(found ?? newDraft(first));
        if (found?.state === 'waiting') setStatus({ kind: 'waiting' });
      });
    } else if (personParam && online) {
      const fresh = newDraft(first);
      api<Person>('GET', `/api/persons/${personParam}`).then(
        (person) =>
          setDraft({
            ...fresh,
            person: { ...fresh.person, id: person.id, name: person.names[0]?.fullName ?? '' },
          }),
        () => setDraft(fresh),
      );
    } else {
      setDraft(newDraft(first));
    }
  }, [draft, instruments.data, localId, personParam, online, setStatus]);

  // A refusal naming the profile or its reason takes the officer back to them.
  const fieldProblem =
    status.kind === 'problem' && status.field ? { field: status.field, message: status.message } : undefined;
  const profileProblem = fieldProblem?.field === 'profile' || fieldProblem?.field === 'profileReason';
  useEffect(() => {
    if (profileProblem) setDraft((current) => current && { ...current, step: 1 });
  }, [profileProblem]);

  const update = useCallback((change: Partial<LocalDraft>) => {
    setDraft((current) => {
      if (!current) return current;
      const next = { ...current, ...change, savedAt: new Date().toISOString() };
      void saveLocalDraft(next);
      return next;
    });
  }, []);

  if (instruments.isPending || !draft || !instrument) {
    if (instruments.error) {
      return <Alert color="red">{problemMessage(instruments.error, t)}</Alert>;
    }
    return <PageLoader />;
  }

  const dimensions = instrument.dimensions.filter(
    (dimension) => indicatorsOf(instrument, draft.profile, dimension.code).length > 0,
  );
  const lastStep = dimensions.length + 2;
  const step = Math.min(draft.step, lastStep);
  const goTo = (next: number) => {
    update({ step: next });
    setStatus({ kind: 'idle' });
    heading.current?.focus();
  };
  const answered = Object.keys(draft.answers).length;
  const dimension = step >= 2 && step < lastStep ? dimensions[step - 2] : undefined;
  const stepName =
    step === 0
      ? t('screening.wizard.stepPerson')
      : step === 1
        ? t('screening.wizard.stepDetails')
        : dimension
          ? text(dimension.name)
          : t('screening.wizard.stepReview');
  const canLeavePerson = Boolean(draft.person.name);

  return (
    <Stack maw={820}>
      <Title order={1}>{t('screening.wizard.title')}</Title>
      {!online && (
        <Alert color="yellow" title={t('screening.offline.title')}>
          {t('screening.offline.body')}
        </Alert>
      )}
      <Stack gap={4}>
        <Text size="sm" id="wizard-progress-label">
          {t('screening.wizard.progress', { step: step + 1, total: lastStep + 1 })}
        </Text>
        <Progress.Root>
          <Progress.Section
            value={((step + 1) / (lastStep + 1)) * 100}
            aria-labelledby="wizard-progress-label"
          />
        </Progress.Root>
      </Stack>
      <Card withBorder component="section" aria-labelledby="wizard-step-heading">
        <Stack>
          <Title order={2} size="h3" id="wizard-step-heading" ref={heading} tabIndex={-1}>
            {stepName}
          </Title>
          {step === 0 && (
            <PersonStep draft={draft} online={online} onChange={(person) => update({ person })} />
          )}
          {step === 1 && (
            <Stack>
              <ProfileFields draft={draft} instrument={instrument} problem={fieldProblem} update={update} />
              <InterpreterLanguageField
                value={draft.interpreterLanguage}
                error={fieldProblem?.field.startsWith('interpreter') ? fieldProblem.message : undefined}
                onChange={(interpreterLanguage) => update({ interpreterLanguage })}
              />
              <TextInput
                label={t('screening.wizard.interpreterName')}
                value={draft.interpreterName}
                onChange={(event) => update({ interpreterName: event.currentTarget.value })}
              />
              <TextInput
                label={t('screening.wizard.location')}
                value={draft.location}
                onChange={(event) => update({ location: event.currentTarget.value })}
              />
              <Textarea
                label={t('screening.wizard.observations')}
                description={t('screening.wizard.observationsHelp')}
                autosize
                minRows={3}
                value={draft.observations}
                onChange={(event) => update({ observations: event.currentTarget.value })}
              />
            </Stack>
          )}
          {dimension && (
            <Stack>
              <Text size="sm">{text(dimension.description)}</Text>
              {indicatorsOf(instrument, draft.profile, dimension.code).map((indicator) => (
                <IndicatorQuestion
                  key={indicator.id}
                  id={indicator.id}
                  question={text(indicator.question)}
                  value={draft.answers[indicator.id]}
                  onChange={(answer) => {
                    const next = { ...draft.answers };
                    if (answer) next[indicator.id] = answer;
                    else delete next[indicator.id];
                    update({ answers: next });
                  }}
                />
              ))}
            </Stack>
          )}
          {step === lastStep && (
            <Stack>
              <Text>{t('screening.wizard.reviewPerson', { name: draft.person.name })}</Text>
              <Text>{t('screening.wizard.reviewAnswered', { count: answered })}</Text>
              <Text size="sm" c="dimmed">
                {t('screening.wizard.reviewUnanswered')}
              </Text>
              {canOpenCase && (
                <Stack gap="xs">
                  <Checkbox
                    label={t('screening.intake.openCase')}
                    description={t('screening.intake.openCaseHelp')}
                    checked={draft.openCase !== undefined}
                    onChange={(event) =>
                      update({
                        openCase: event.currentTarget.checked
                          ? { idempotencyKey: crypto.randomUUID(), riskLevel: 'medium', summary: '' }
                          : undefined,
                      })
                    }
                  />
                  {draft.openCase && (
                    <>
                      <NativeSelect
                        label={t('case.riskLabel')}
                        value={draft.openCase.riskLevel}
                        data={riskLevels.map((risk) => ({ value: risk, label: t(`case.risk.${risk}`) }))}
                        onChange={(event) =>
                          draft.openCase &&
                          update({ openCase: { ...draft.openCase, riskLevel: event.currentTarget.value } })
                        }
                      />
                      <Textarea
                        label={t('case.summary')}
                        autosize
                        minRows={2}
                        value={draft.openCase.summary}
                        onChange={(event) =>
                          draft.openCase &&
                          update({ openCase: { ...draft.openCase, summary: event.currentTarget.value } })
                        }
                      />
                    </>
                  )}
                </Stack>
              )}
            </Stack>
          )}
        </Stack>
      </Card>
      <div aria-live="polite">
        {status.kind === 'saved' && <Alert color="green">{t('screening.wizard.saved')}</Alert>}
        {status.kind === 'kept-offline' && (
          <Alert color="yellow">{t('screening.offline.keptOnDevice')}</Alert>
        )}
        {status.kind === 'waiting' && (
          <Alert color="yellow" title={t('screening.offline.waitingTitle')}>
            {t('screening.offline.waiting')}
          </Alert>
        )}
        {status.kind === 'problem' && <Alert color="red">{status.message}</Alert>}
      </div>
      {status.kind === 'conflict' && (
        <Alert color="red" role="alert" title={t('screening.conflict.title')}>
          <Stack>
            <Text size="sm">
              {status.server.status === 'completed'
                ? t('screening.conflict.completed')
                : t('screening.conflict.changed')}
            </Text>
            <Group>
              <Button variant="default" onClick={() => void resolveConflict(draft, status.server, false)}>
                {t('screening.conflict.takeServer')}
              </Button>
              {status.server.status !== 'completed' && (
                <Button color="red" onClick={() => void resolveConflict(draft, status.server, true)}>
                  {t('screening.conflict.keepMine')}
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      <Group justify="space-between">
        <Group>
          {step > 0 && (
            <Button variant="default" onClick={() => goTo(step - 1)}>
              {t('screening.wizard.back')}
            </Button>
          )}
          {step < lastStep && (
            <Button onClick={() => goTo(step + 1)} disabled={step === 0 && !canLeavePerson}>
              {t('screening.wizard.next')}
            </Button>
          )}
          {step === lastStep && (
            <Button onClick={() => void complete(draft)} loading={busy} disabled={draft.state === 'waiting'}>
              {t('screening.wizard.complete')}
            </Button>
          )}
        </Group>
        <Group>
          {canLeavePerson && (
            <Button variant="light" onClick={() => void saveDraft(draft)} loading={busy}>
              {t('screening.wizard.saveDraft')}
            </Button>
          )}
          <Button component={Link} to="/screenings" variant="subtle">
            {t('screening.wizard.toList')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** A fresh wizard for each draft (a new screening, or one resumed from this device). */
export default function ScreeningWizardPage() {
  const { localId } = useParams();
  return <ScreeningWizard key={localId ?? 'new'} />;
}
