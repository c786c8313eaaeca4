import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type UseFormReturn, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { useApiForm } from '../../app/use-api-form.ts';
import { CountryField } from '../../components/CountrySelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { typedDateOf } from '../../components/typed-date.ts';
import { birthDateParam, readBirthDate } from './birth-date.ts';
import { PersonChangedAlert } from './PersonChangedAlert.tsx';
import { SexAndNationalityFields, type SexAndNationalityValues } from './PersonFields.tsx';
import {
  type Birth,
  documentHolders,
  documentTypes,
  nameKinds,
  type PersonRecord,
  personQueryKey,
} from './types.ts';

/** The form's values: the API's edit (PUT /api/persons/{id}), with the date of birth and languages as typed. */
interface EditValues extends SexAndNationalityValues {
  /**
   * `fromZawgyi`: the name was recorded in Zawgyi and `fullName` starts as its Unicode form, as the
   * person's page shows it (decision 0083); the form says so, and saving records what is shown.
   */
  names: { kind: string; fullName: string; givenName: string; familyName: string; fromZawgyi: boolean }[];
  birthPrecision: Birth['precision'];
  birthDate: string;
  birthYear: string;
  birthAge: string;
  birthOn: string;
  languages: string;
  documents: { type: string; number: string; issuingCountry: string; heldBy: string; expiresOn: string }[];
}

function valuesOf(person: PersonRecord): EditValues {
  const { birth } = person;
  return {
    names: person.names.map((name) => ({
      kind: name.kind,
      // Zawgyi text in a Unicode font is garbled: the name is edited in its Unicode form.
      fullName: name.unicode ?? name.fullName,
      givenName: name.givenName ?? '',
      familyName: name.familyName ?? '',
      fromZawgyi: name.unicode !== null,
    })),
    sex: person.sex,
    birthPrecision: birth.precision,
    birthDate: birth.precision === 'exact' ? typedDateOf(birth.date) : '',
    birthYear: birth.precision === 'year' ? String(birth.year) : '',
    birthAge: birth.precision === 'estimated' ? String(birth.age) : '',
    birthOn: birth.precision === 'estimated' ? birth.on : '',
    nationality: person.nationality ?? '',
    languages: person.languages.join(', '),
    documents: person.documents.map((document) => ({
      type: document.type,
      number: document.number,
      issuingCountry: document.issuingCountry ?? '',
      heldBy: document.heldBy,
      expiresOn: document.expiresOn ?? '',
    })),
  };
}

/** An empty text is left out, so that the API applies its default or says it is missing. */
const given = (value: string) => (value.trim() ? value.trim() : undefined);

function birthOf(values: EditValues): Birth {
  switch (values.birthPrecision) {
    case 'exact':
      return { precision: 'exact', date: birthDateParam(values.birthDate) };
    case 'year':
      return { precision: 'year', year: Number(values.birthYear) };
    case 'estimated':
      return { precision: 'estimated', age: Number(values.birthAge), on: values.birthOn };
    default:
      return { precision: 'unknown' };
  }
}

function editOf(values: EditValues) {
  return {
    names: values.names.map((name) => ({
      kind: name.kind,
      fullName: name.fullName,
      givenName: given(name.givenName),
      familyName: given(name.familyName),
    })),
    sex: values.sex,
    birth: birthOf(values),
    nationality: given(values.nationality),
    languages: values.languages
      .split(/[\s,]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
    documents: values.documents.map((document) => ({
      type: document.type,
      number: document.number,
      issuingCountry: given(document.issuingCountry),
      heldBy: document.heldBy,
      expiresOn: given(document.expiresOn),
    })),
  };
}

/** Every field of the form a problem of the API may name, for the values being sent. */
function fieldsOf(values: EditValues) {
  return [
    ...values.names.flatMap((_, i) =>
      (['kind', 'fullName', 'givenName', 'familyName'] as const).map((key) => `names.${i}.${key}` as const),
    ),
    ...values.documents.flatMap((_, i) =>
      (['type', 'number', 'issuingCountry', 'heldBy', 'expiresOn'] as const).map(
        (key) => `documents.${i}.${key}` as const,
      ),
    ),
    'sex',
    'birthPrecision',
    'birthDate',
    'birthYear',
    'birthAge',
    'birthOn',
    'nationality',
    'languages',
  ] as const;
}

/**
 * Edits who the person is — names, sex, date of birth, nationality, languages, identity documents
 * — on the version that was read (If-Match). When someone changed the record meanwhile (412
 * `person_changed`), nothing is saved: the form says so and offers to reload the record.
 */
export function EditPersonForm({ person, onDone }: { person: PersonRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const form = useForm<EditValues>({ defaultValues: valuesOf(person) });
  const { problem, onSubmit } = useApiForm(form, {
    fields: fieldsOf,
    apiFields: {
      names: 'names.0.fullName',
      birth: 'birthPrecision',
      'birth.date': 'birthDate',
      'birth.year': 'birthYear',
      'birth.age': 'birthAge',
      'birth.on': 'birthOn',
    },
    handle: (error) => {
      const changed = error instanceof ApiProblem && error.code === 'person_changed';
      if (changed) setStale(true);
      return changed;
    },
    send: async (values) => {
      const saved = await api<PersonRecord>('PUT', `/api/persons/${person.id}`, editOf(values), {
        'if-match': `"${person.version}"`,
      });
      queryClient.setQueryData(personQueryKey(person.id), saved);
      onDone();
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="person-edit">
      <form onSubmit={onSubmit} noValidate aria-labelledby="person-edit">
        <Stack>
          <Title order={2} size="h4" id="person-edit">
            {t('personEdit.title')}
          </Title>
          {stale && <PersonChangedAlert personId={person.id} />}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <NamesFields form={form} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <SexAndNationalityFields form={form} />
            <TextInput
              label={t('personPage.languages')}
              description={t('personEdit.languagesHelp')}
              error={form.formState.errors.languages?.message}
              {...form.register('languages')}
            />
          </SimpleGrid>
          <BirthFields form={form} />
          <DocumentsFields form={form} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting} disabled={stale}>
              {t('personEdit.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('personEdit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function NamesFields({ form }: { form: UseFormReturn<EditValues> }) {
  const { t } = useTranslation();
  const names = useFieldArray({ control: form.control, name: 'names' });
  const errors = form.formState.errors.names;
  return (
    <Stack gap="xs" role="group" aria-label={t('personPage.names')}>
      {names.fields.map((field, i) => (
        <SimpleGrid
          key={field.id}
          cols={{ base: 1, sm: 4 }}
          role="group"
          aria-label={t('personEdit.nameN', { n: i + 1 })}
        >
          <NativeSelect
            label={t('personEdit.nameKind')}
            data={nameKinds.map((kind) => ({ value: kind, label: t(`personPage.nameKind.${kind}`) }))}
            {...form.register(`names.${i}.kind`)}
          />
          <TextInput
            label={t('person.fullName')}
            description={form.watch(`names.${i}.fromZawgyi`) ? t('nameEdit.fromZawgyi') : undefined}
            error={errors?.[i]?.fullName?.message}
            {...form.register(`names.${i}.fullName`)}
          />
          <TextInput
            label={t('personEdit.givenName')}
            error={errors?.[i]?.givenName?.message}
            {...form.register(`names.${i}.givenName`)}
          />
          <Group align="end" wrap="nowrap">
            <TextInput
              label={t('personEdit.familyName')}
              error={errors?.[i]?.familyName?.message}
              {...form.register(`names.${i}.familyName`)}
            />
            {names.fields.length > 1 && (
              <Button variant="subtle" color="red" onClick={() => names.remove(i)}>
                {t('personEdit.remove')}
              </Button>
            )}
          </Group>
        </SimpleGrid>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            names.append({ kind: 'alias', fullName: '', givenName: '', familyName: '', fromZawgyi: false })
          }
        >
          {t('personEdit.addName')}
        </Button>
      </Group>
    </Stack>
  );
}

const precisions: readonly Birth['precision'][] = ['exact', 'year', 'estimated', 'unknown'];

function BirthFields({ form }: { form: UseFormReturn<EditValues> }) {
  const { t } = useTranslation();
  const precision = form.watch('birthPrecision');
  const errors = form.formState.errors;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <NativeSelect
        label={t('personPage.birth')}
        data={precisions.map((value) => ({ value, label: t(`personEdit.precision.${value}`) }))}
        error={errors.birthPrecision?.message}
        {...form.register('birthPrecision')}
      />
      {precision === 'exact' && (
        <TextInput
          label={t('personEdit.birthDate')}
          description={t('birthDate.help')}
          placeholder={t('birthDate.placeholder')}
          inputMode="numeric"
          error={errors.birthDate?.message}
          {...form.register('birthDate', {
            validate: (typed, values) => {
              if (values.birthPrecision !== 'exact') return true;
              const read = readBirthDate(typed);
              return 'problem' in read ? t(`problems.${read.problem}`) : true;
            },
          })}
        />
      )}
      {precision === 'year' && (
        <TextInput
          inputMode="numeric"
          label={t('personEdit.birthYear')}
          error={errors.birthYear?.message}
          {...form.register('birthYear')}
        />
      )}
      {precision === 'estimated' && (
        <>
          <TextInput
            inputMode="numeric"
            label={t('personEdit.age')}
            error={errors.birthAge?.message}
            {...form.register('birthAge')}
          />
          <DateField control={form.control} name="birthOn" label={t('personEdit.ageOn')} />
        </>
      )}
    </SimpleGrid>
  );
}

function DocumentsFields({ form }: { form: UseFormReturn<EditValues> }) {
  const { t } = useTranslation();
  const documents = useFieldArray({ control: form.control, name: 'documents' });
  const errors = form.formState.errors.documents;
  return (
    <Stack gap="xs" role="group" aria-label={t('personPage.documents')}>
      {documents.fields.map((field, i) => (
        <SimpleGrid
          key={field.id}
          cols={{ base: 1, sm: 3, md: 5 }}
          role="group"
          aria-label={t('personEdit.documentN', { n: i + 1 })}
        >
          <NativeSelect
            label={t('personPage.documentType')}
            data={documentTypes.map((type) => ({
              value: type,
              label: t(`personPage.documentTypes.${type}`),
            }))}
            {...form.register(`documents.${i}.type`)}
          />
          <TextInput
            label={t('personPage.documentNumber')}
            error={errors?.[i]?.number?.message}
            {...form.register(`documents.${i}.number`)}
          />
          <CountryField
            control={form.control}
            name={`documents.${i}.issuingCountry`}
            label={t('personPage.issuingCountry')}
          />
          <NativeSelect
            label={t('personPage.heldBy')}
            data={documentHolders.map((holder) => ({
              value: holder,
              label: t(`personPage.holders.${holder}`),
            }))}
            {...form.register(`documents.${i}.heldBy`)}
          />
          <Group align="end" wrap="nowrap">
            <DateField
              control={form.control}
              name={`documents.${i}.expiresOn`}
              label={t('personPage.expiresOn')}
            />
            <Button variant="subtle" color="red" onClick={() => documents.remove(i)}>
              {t('personEdit.remove')}
            </Button>
          </Group>
        </SimpleGrid>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            documents.append({
              type: 'passport',
              number: '',
              issuingCountry: '',
              heldBy: 'unknown',
              expiresOn: '',
            })
          }
        >
          {t('personEdit.addDocument')}
        </Button>
      </Group>
    </Stack>
  );
}
