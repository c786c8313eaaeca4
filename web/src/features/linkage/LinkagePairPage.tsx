import { Alert, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useFormat } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';
import { RecordState } from '../../components/States.tsx';
import { NameWithReading, useNameText } from '../persons/NameWithReading.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { candidatesKey } from './LinkageQueuePage.tsx';
import { namesWrittenAlike } from './name-difference-texts.ts';
import { EvidenceTable, PairComparison } from './PairComparison.tsx';
import { PairHistory } from './PairHistory.tsx';
import type { Candidate, PairPerson } from './types.ts';

const pairKey = (id: string) => [...candidatesKey, 'pair', id];

/** One pair side by side with the model's reasons, and the reviewer's decision, merge or undo. */
export default function LinkagePairPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams() as { id: string };
  const query = useQuery({
    queryKey: pairKey(id),
    queryFn: () => api<Candidate>('GET', `/api/linkage/candidates/${id}`),
  });
  usePageTitle(t('linkage.pairTitle'));
  const pair = query.data;
  return (
    <Stack>
      <Link to="/linkage">{t('linkage.back')}</Link>
      <Title order={1}>{t('linkage.pairTitle')}</Title>
      <RecordState isPending={query.isPending} error={query.error} />
      {pair && (
        <>
          <Group>
            <Badge size="lg" color={pair.band === 'likely' ? 'lindung' : 'gray'}>
              {t(`linkage.band.${pair.band}`)} · {format.number(Math.round(pair.probability * 100))} %
            </Badge>
            <Badge size="lg" variant="outline">
              {t(`linkage.status.${pair.status}`)}
            </Badge>
            {pair.mergeId && (
              <Badge size="lg" color="lindung" variant="dot">
                {t('linkage.merged')}
              </Badge>
            )}
          </Group>
          {/* An open pair's reason is why it was opened again (an undone merge): its history says so. */}
          {pair.reason && pair.status !== 'open' && (
            <Text size="sm">
              {t('linkage.decisionReason')}: {pair.reason}
            </Text>
          )}
          <PairHistory steps={pair.history} />
          <PairComparison pair={pair} />
          <Title order={2}>{t('linkage.reasons')}</Title>
          <EvidenceTable
            evidence={pair.evidence}
            writtenAlike={namesWrittenAlike(pair.personA.names, pair.personB.names)}
          />
          {pair.mergeId ? <UndoForm pair={pair} /> : <DecisionForms pair={pair} />}
        </>
      )}
    </Stack>
  );
}

/** A record as the dialogs name it: its first name as given and its side, as two records often share a name. */
function useNameOf(pair: Candidate) {
  const { t } = useTranslation();
  const nameText = useNameText();
  return (person: PairPerson) =>
    t('walkGaps.recordNamed', {
      name: person.nameReadings[0] ? nameText(person.nameReadings[0]) : person.id,
      side: t(person.id === pair.personA.id ? 'linkage.personA' : 'linkage.personB'),
    });
}

/** A reason must say something: spaces alone are refused before anything is asked or sent. */
const requiredText = (message: string) => (value: string) => value.trim() !== '' || message;

function useRefresh(pair: Candidate) {
  const queryClient = useQueryClient();
  return async (next?: Candidate) => {
    if (next) queryClient.setQueryData(pairKey(pair.id), next);
    await queryClient.invalidateQueries({ queryKey: candidatesKey });
  };
}

function DecisionForms({ pair }: { pair: Candidate }) {
  const { t } = useTranslation();
  const refresh = useRefresh(pair);
  const nameOf = useNameOf(pair);
  const decision = useForm({ defaultValues: { decision: 'same', reason: '' } });
  const decide = useApiForm(decision, {
    fields: ['decision', 'reason'],
    send: async (values) => {
      await refresh(
        await api<Candidate>('POST', `/api/linkage/candidates/${pair.id}/decision`, {
          ...values,
          version: pair.version,
        }),
      );
      decision.reset({ decision: values.decision, reason: '' });
    },
  });
  const merging = useForm({ defaultValues: { survivorId: pair.personA.id, reason: '' } });
  const merge = useApiForm(merging, {
    fields: ['survivorId', 'reason'],
    send: async (values) => {
      await api('POST', `/api/linkage/candidates/${pair.id}/merge`, { ...values, version: pair.version });
      await refresh();
    },
  });
  // A merge is asked once more, naming which record is kept and which leads to it.
  const [confirmingMerge, mergeDialog] = useDisclosure();
  const survivor = merging.watch('survivorId') === pair.personB.id ? pair.personB : pair.personA;
  const merged = survivor === pair.personA ? pair.personB : pair.personA;
  const names = { survivor: nameOf(survivor), merged: nameOf(merged) };
  return (
    <Group align="start" grow>
      <Paper withBorder p="md">
        <form onSubmit={decide.onSubmit} noValidate aria-label={t('linkage.decide')}>
          <Stack>
            <Title order={2}>{t('linkage.decide')}</Title>
            {decide.problem && <Alert color="red">{decide.problem}</Alert>}
            <Controller
              control={decision.control}
              name="decision"
              render={({ field }) => (
                <Radio.Group label={t('linkage.decisionLabel')} {...field}>
                  <Stack gap="xs" mt="xs">
                    {(['same', 'different', 'unsure'] as const).map((value) => (
                      <Radio key={value} value={value} label={t(`linkage.status.${value}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
            <Textarea
              label={t('linkage.reason')}
              required
              {...decision.register('reason', { validate: requiredText(t('problems.required')) })}
              error={decision.formState.errors.reason?.message}
            />
            <Button type="submit" loading={decision.formState.isSubmitting}>
              {t('linkage.record')}
            </Button>
          </Stack>
        </form>
      </Paper>
      {pair.status !== 'different' && (
        <Paper withBorder p="md">
          <form onSubmit={merging.handleSubmit(mergeDialog.open)} noValidate aria-label={t('linkage.merge')}>
            <Stack>
              <Title order={2}>{t('linkage.merge')}</Title>
              <Text size="sm" c="dimmed">
                {t('linkage.mergeHelp')}
              </Text>
              {merge.problem && <Alert color="red">{merge.problem}</Alert>}
              <Controller
                control={merging.control}
                name="survivorId"
                render={({ field }) => (
                  <Radio.Group label={t('linkage.survivor')} {...field}>
                    <Stack gap="xs" mt="xs">
                      {[pair.personA, pair.personB].map((person) => (
                        <Radio
                          key={person.id}
                          value={person.id}
                          label={
                            person.nameReadings[0] ? (
                              <NameWithReading reading={person.nameReadings[0]} />
                            ) : (
                              person.id
                            )
                          }
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
              />
              {/* A record already merged stands for the person it leads to (decision 0164). */}
              {[pair.personA, pair.personB]
                .filter((person) => person.masterId !== person.id)
                .map((person) => (
                  <Text key={person.id} size="sm">
                    {t('linkage.joinsCluster', { name: nameOf(person) })}
                  </Text>
                ))}
              <Textarea
                label={t('linkage.reason')}
                required
                {...merging.register('reason', { validate: requiredText(t('problems.required')) })}
                error={merging.formState.errors.reason?.message}
              />
              <Button type="submit" loading={merging.formState.isSubmitting}>
                {t('linkage.merge')}
              </Button>
            </Stack>
          </form>
          <ConfirmDialog
            opened={confirmingMerge}
            title={t('walkGaps.merge.confirmTitle')}
            text={t('walkGaps.merge.confirmText', names)}
            confirmText={t('walkGaps.merge.confirm', names)}
            onConfirm={merge.onSubmit}
            onClose={mergeDialog.close}
          />
        </Paper>
      )}
    </Group>
  );
}

function UndoForm({ pair }: { pair: Candidate }) {
  const { t } = useTranslation();
  const refresh = useRefresh(pair);
  const nameOf = useNameOf(pair);
  const form = useForm({ defaultValues: { reason: '' } });
  const undo = useApiForm(form, {
    fields: ['reason'],
    send: async (values) => {
      await api('POST', `/api/linkage/merges/${pair.mergeId}/undo`, values);
      await refresh();
    },
  });
  const [confirming, dialog] = useDisclosure();
  const names = { a: nameOf(pair.personA), b: nameOf(pair.personB) };
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.handleSubmit(dialog.open)} noValidate aria-label={t('linkage.undo')}>
        <Stack>
          <Title order={2}>{t('linkage.undo')}</Title>
          <Text size="sm" c="dimmed">
            {t('linkage.undoHelp')}
          </Text>
          {undo.problem && <Alert color="red">{undo.problem}</Alert>}
          <Textarea
            label={t('linkage.reason')}
            required
            {...form.register('reason', { validate: requiredText(t('problems.required')) })}
            error={form.formState.errors.reason?.message}
          />
          <Button type="submit" color="red" loading={form.formState.isSubmitting}>
            {t('linkage.undo')}
          </Button>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title={t('walkGaps.undo.confirmTitle')}
        text={t('walkGaps.undo.confirmText', names)}
        confirmText={t('linkage.undo')}
        color="red"
        onConfirm={undo.onSubmit}
        onClose={dialog.close}
      />
    </Paper>
  );
}
