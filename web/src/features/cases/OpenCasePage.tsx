import { Alert, Button, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { ChoosePerson, type Chosen } from '../persons/ChoosePerson.tsx';
import { CaseSummaryField, CodeSelect, RiskLevelSelect } from './CaseFactFields.tsx';
import { caseTypes, exploitationTypes } from './case-options.ts';

interface CaseValues {
  type: string;
  exploitationType: string;
  riskLevel: string;
  summary: string;
}

/** Step 2: open the case for the chosen person. */
function CaseFacts({ person }: { person: Chosen }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<CaseValues>({
    defaultValues: { type: 'victim_case', exploitationType: '', riskLevel: 'medium', summary: '' },
  });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['type', 'exploitationType', 'riskLevel', 'summary'],
    apiFields: {
      exploitationTypes: 'exploitationType',
    },
    send: async (values) => {
      const opened = await api<CaseView>(
        'POST',
        '/api/cases',
        {
          type: values.type,
          personId: person.id,
          riskLevel: values.riskLevel,
          ...(values.exploitationType && { exploitationTypes: [values.exploitationType] }),
          ...(values.summary.trim() && { summary: values.summary.trim() }),
        },
        { 'idempotency-key': idempotencyKey },
      );
      await navigate(`/cases/${opened.id}`);
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('openCase.forPerson', { name: person.name })}</Text>
        {problem && <Alert color="red">{problem}</Alert>}
        <CodeSelect
          form={form}
          name="type"
          label={t('case.typeLabel')}
          codes={caseTypes}
          labelKey={(type) => `case.type.${type}`}
        />
        <CodeSelect
          form={form}
          name="exploitationType"
          label={t('case.exploitationLabel')}
          codes={exploitationTypes}
          labelKey={(type) => `case.exploitation.${type}`}
          empty={t('caseList.any')}
        />
        <RiskLevelSelect form={form} />
        <CaseSummaryField form={form} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('openCase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Open a case: find (or record) the person, then the case's first facts. */
export default function OpenCasePage() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<Chosen>();
  const step = person ? 1 : 0;
  usePageTitle(t('openCase.title'));
  return (
    <Stack maw={720}>
      <Title order={1}>{t('openCase.title')}</Title>
      <Stepper active={step} size="sm">
        <Stepper.Step label={t('openCase.stepPerson')}>
          <ChoosePerson onChosen={setPerson} />
        </Stepper.Step>
        <Stepper.Step label={t('openCase.stepCase')}>{person && <CaseFacts person={person} />}</Stepper.Step>
      </Stepper>
    </Stack>
  );
}
