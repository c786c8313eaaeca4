import { Alert, Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { ChangedMeanwhileAlert } from '../../components/ChangedMeanwhileAlert.tsx';
import { CountryField } from '../../components/CountrySelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { CaseSummaryField, CodeChecks, CodeSelect, RiskLevelSelect } from './CaseFactFields.tsx';
import { exploitationTypes, labourSectors, meansOfControl, recruiterRelationships } from './case-options.ts';

/** The form's values: the API's change of a case's facts (PATCH /api/cases/{id}), every field as typed. */
interface FactValues {
  exploitationTypes: string[];
  labourSector: string;
  recruitmentPlace: string;
  recruitmentCountry: string;
  recruitedOn: string;
  exploitationPlace: string;
  exploitationCountry: string;
  exploitationStartedOn: string;
  exploitationEndedOn: string;
  meansOfControl: string[];
  recruiterRelationship: string;
  riskLevel: string;
  summary: string;
}

const textFields = [
  'labourSector',
  'recruitmentPlace',
  'recruitmentCountry',
  'recruitedOn',
  'exploitationPlace',
  'exploitationCountry',
  'exploitationStartedOn',
  'exploitationEndedOn',
  'recruiterRelationship',
  'summary',
] as const;

function valuesOf(found: CaseView): FactValues {
  const values = Object.fromEntries(textFields.map((field) => [field, found[field] ?? '']));
  return {
    ...(values as Pick<FactValues, (typeof textFields)[number]>),
    exploitationTypes: found.exploitationTypes,
    meansOfControl: found.meansOfControl,
    riskLevel: found.riskLevel,
  };
}

/**
 * The change to send: the facts the form changed (the case's timeline names them), an emptied one
 * as null (removed). Nothing changed sends nothing, which the API answers as such.
 */
function changeOf(values: FactValues, found: CaseView) {
  const texts = textFields.map((field) => {
    const value = values[field].trim();
    return [field, value || null] as const;
  });
  const lists = (['exploitationTypes', 'meansOfControl'] as const).map(
    (field) => [field, values[field]] as const,
  );
  const same = (field: keyof CaseView, value: unknown) =>
    JSON.stringify(found[field] ?? null) === JSON.stringify(value);
  return Object.fromEntries(
    [...texts, ...lists, ['riskLevel', values.riskLevel] as const].filter(
      ([field, value]) => !same(field, value),
    ),
  );
}

/**
 * Edits a case's facts — forms of exploitation, where and when the person was recruited and
 * exploited, means of control, the recruiter, the risk level, the summary — on the version read
 * (If-Match). When someone changed the case meanwhile (412 `case_changed`), nothing is saved: the
 * form says so and offers to reload the case (the page keys the form by version, so it starts over).
 */
export function EditCaseFactsForm({ found, onDone }: { found: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const form = useForm<FactValues>({ defaultValues: valuesOf(found) });
  const { problem, onSubmit } = useApiForm(form, {
    fields: [...textFields, 'exploitationTypes', 'meansOfControl', 'riskLevel'],
    handle: (error) => {
      const changed = error instanceof ApiProblem && error.code === 'case_changed';
      if (changed) setStale(true);
      return changed;
    },
    send: async (values) => {
      const saved = await api<CaseView>('PATCH', `/api/cases/${found.id}`, changeOf(values, found), {
        'if-match': `"${found.version}"`,
      });
      queryClient.setQueryData(['cases', found.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['cases', found.id, 'timeline'] });
      onDone();
    },
  });
  const text = (name: (typeof textFields)[number], description?: string) => (
    <TextInput
      label={t(`caseFacts.${name}`)}
      description={description}
      error={form.formState.errors[name]?.message}
      {...form.register(name)}
    />
  );
  const date = (name: 'recruitedOn' | 'exploitationStartedOn' | 'exploitationEndedOn') => (
    <DateField control={form.control} name={name} label={t(`caseFacts.${name}`)} />
  );
  return (
    <Card withBorder component="section" aria-labelledby="case-facts-edit">
      <form onSubmit={onSubmit} noValidate aria-labelledby="case-facts-edit">
        <Stack>
          <Title order={2} size="h4" id="case-facts-edit">
            {t('caseFacts.title')}
          </Title>
          {stale && (
            <ChangedMeanwhileAlert
              queryKey={['cases', found.id]}
              texts={{
                title: t('caseFacts.changedTitle'),
                message: t('problems.case_changed'),
                reload: t('caseFacts.reload'),
              }}
            />
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <CodeChecks
            form={form}
            name="exploitationTypes"
            label={t('caseFacts.exploitationTypes')}
            codes={exploitationTypes}
            labelKey={(type) => `case.exploitation.${type}`}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <CodeSelect
              form={form}
              name="labourSector"
              label={t('caseFacts.labourSector')}
              codes={labourSectors}
              labelKey={(sector) => `caseFacts.sector.${sector}`}
              empty={t('caseFacts.notKnown')}
            />
            <CodeSelect
              form={form}
              name="recruiterRelationship"
              label={t('caseFacts.recruiterRelationship')}
              codes={recruiterRelationships}
              labelKey={(relationship) => `caseFacts.recruiter.${relationship}`}
              empty={t('caseFacts.notKnown')}
            />
            <RiskLevelSelect form={form} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} role="group" aria-label={t('caseFacts.recruitment')}>
            {text('recruitmentPlace')}
            <CountryField
              control={form.control}
              name="recruitmentCountry"
              label={t('caseFacts.recruitmentCountry')}
              description={t('caseFacts.countryHelp')}
            />
            {date('recruitedOn')}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} role="group" aria-label={t('caseFacts.exploitation')}>
            {text('exploitationPlace')}
            <CountryField
              control={form.control}
              name="exploitationCountry"
              label={t('caseFacts.exploitationCountry')}
              description={t('caseFacts.countryHelp')}
            />
            {date('exploitationStartedOn')}
            {date('exploitationEndedOn')}
          </SimpleGrid>
          <CodeChecks
            form={form}
            name="meansOfControl"
            label={t('caseFacts.meansOfControl')}
            codes={meansOfControl}
            labelKey={(means) => `caseFacts.means.${means}`}
          />
          <CaseSummaryField form={form} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting} disabled={stale}>
              {t('caseFacts.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('caseFacts.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
