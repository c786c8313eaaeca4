import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { useMe } from '../../app/session.tsx';
import { todayIn } from '../../i18n/format.ts';
import { useInstrumentText } from './instruments.ts';
import { profileAgeRule } from './profile-age.ts';
import type { Instrument, LocalDraft } from './types.ts';

/** A problem the server named on one of these fields (`profile`, `profileReason`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The instrument's profile, and — when the person's recorded birth makes them certainly 18 or over
 * and a child profile is chosen — why (decision 0059): the ILO/EC child lists apply to the age when
 * exploited. Asked before sending; the server's refusal, if any, shows under its field.
 */
export function ProfileFields({
  draft,
  instrument,
  problem,
  update,
}: {
  draft: LocalDraft;
  instrument: Instrument;
  problem: FieldProblem | undefined;
  update: (change: Partial<LocalDraft>) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const text = useInstrumentText();
  const personId = draft.person.id;
  const person = useQuery({
    queryKey: ['persons', personId],
    queryFn: () => api<Person>('GET', `/api/persons/${personId}`),
    enabled: personId !== undefined && navigator.onLine,
  });
  const population = instrument.profiles.find((profile) => profile.code === draft.profile)?.population;
  const rule = profileAgeRule(person.data?.birth, population, todayIn(me.agency.timeZone));
  const reason = draft.profileReason ?? '';
  const asksReason =
    population === 'child' &&
    (rule === 'reason-needed' || reason !== '' || problem?.field === 'profileReason');
  return (
    <>
      <NativeSelect
        label={t('screening.wizard.profile')}
        description={t('screening.wizard.profileHelp')}
        value={draft.profile}
        error={
          problem?.field === 'profile'
            ? problem.message
            : rule === 'adult-refused'
              ? t('problems.profile_not_for_age')
              : undefined
        }
        onChange={(event) => update({ profile: event.currentTarget.value })}
        data={instrument.profiles.map((profile) => ({
          value: profile.code,
          label: text(profile.name),
        }))}
      />
      {asksReason && (
        <Textarea
          label={t('screening.profileReason.label')}
          description={t('screening.profileReason.help')}
          required={rule === 'reason-needed'}
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          error={problem?.field === 'profileReason' ? problem.message : undefined}
          onChange={(event) => update({ profileReason: event.currentTarget.value })}
        />
      )}
      {rule === 'reason-needed' && !reason.trim() && problem?.field !== 'profileReason' && (
        <Text size="sm" c="dimmed">
          {t('screening.profileReason.why')}
        </Text>
      )}
    </>
  );
}
