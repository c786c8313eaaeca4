import { Box, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/session.tsx';
import { useBirthText } from '../persons/birth-text.ts';
import { IdentityDocumentsTable } from '../persons/IdentityDocumentsTable.tsx';
import { useLanguageName } from '../screening/InterpreterLanguageField.tsx';
import { useCountryName } from '../victim-path/labels.ts';
import { dataCategories } from './referral-options.ts';
import type { ReferralShared } from './types.ts';

/**
 * One shared field: its label and its value as the API gave it. A null value is a field the
 * database left out: while the referral is pending it is not shared yet, so it is not shown; once
 * accepted, a field of a category the consent covers is null only when nothing is recorded.
 */
interface SharedField {
  label: string;
  value: ReactNode | null;
}

/** A field's value, or null when the API gave nothing (null, or an empty list). */
function given<Value>(value: Value | null | undefined, show: (value: Value) => ReactNode): ReactNode | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return show(value);
}

/** The fields of each category the API shares, labelled in the reader's language (`documents` is a table of its own). */
function useCategoryFields() {
  const { t } = useTranslation();
  const format = useFormat();
  const birthText = useBirthText();
  const languageName = useLanguageName();
  const countryName = useCountryName();
  const date = (value: string) => format.date(value);
  return (category: string, { person, case: facts }: ReferralShared): SharedField[] => {
    switch (category) {
      case 'identity':
        return [
          {
            label: t('personPage.names'),
            value: given(person.names, (names) =>
              names.map((name) => (
                <div key={`${name.kind} ${name.fullName}`}>
                  {name.fullName}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`personPage.nameKind.${name.kind}`)})
                  </Text>
                </div>
              )),
            ),
          },
          { label: t('person.sexLabel'), value: given(person.sex, (sex) => t(`person.sex.${sex}`)) },
          { label: t('personPage.birth'), value: given(person.birth, birthText) },
          { label: t('person.nationality'), value: given(person.nationality, countryName) },
          {
            label: t('personPage.languages'),
            value: given(person.languages, (codes) => codes.map(languageName).join(', ')),
          },
        ];
      case 'contact':
        return [
          { label: t('personPage.phones'), value: given(person.contact?.phones, (list) => list.join(', ')) },
          { label: t('personPage.emails'), value: given(person.contact?.emails, (list) => list.join(', ')) },
          {
            label: t('personPage.address'),
            value: given(person.address, (address) => (
              <span style={{ whiteSpace: 'pre-line' }}>{address}</span>
            )),
          },
        ];
      case 'case_facts':
        return [
          {
            label: t('caseFacts.exploitationTypes'),
            value: given(facts.exploitationTypes, (types) =>
              types.map((type) => t(`case.exploitation.${type}`)).join(', '),
            ),
          },
          {
            label: t('caseFacts.labourSector'),
            value: given(facts.labourSector, (sector) => t(`caseFacts.sector.${sector}`)),
          },
          { label: t('caseFacts.recruitmentPlace'), value: facts.recruitmentPlace },
          { label: t('caseFacts.recruitmentCountry'), value: given(facts.recruitmentCountry, countryName) },
          { label: t('caseFacts.recruitedOn'), value: given(facts.recruitedOn, date) },
          { label: t('caseFacts.exploitationPlace'), value: facts.exploitationPlace },
          { label: t('caseFacts.exploitationCountry'), value: given(facts.exploitationCountry, countryName) },
          { label: t('caseFacts.exploitationStartedOn'), value: given(facts.exploitationStartedOn, date) },
          { label: t('caseFacts.exploitationEndedOn'), value: given(facts.exploitationEndedOn, date) },
        ];
      case 'narrative':
        return [
          {
            label: t('case.summary'),
            value: given(facts.summary, (summary) => (
              <span style={{ whiteSpace: 'pre-wrap' }}>{summary}</span>
            )),
          },
        ];
      default:
        return [];
    }
  };
}

/** The fields of one category as a description list: label, then value. */
function FieldList({ fields }: { fields: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
      {fields.map((field) => (
        <div key={field.label}>
          <Text component="dt" size="xs" c="dimmed">
            {field.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {field.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** One category the consent covers, titled by its name, with the fields the API shares of it now. */
function CategorySection({
  category,
  shared,
  sentTo,
}: {
  category: string;
  shared: ReferralShared;
  sentTo: string | undefined;
}) {
  const { t } = useTranslation();
  const said = useReaderText();
  const fieldsOf = useCategoryFields();
  const accepted = shared.stage === 'accepted';
  const notRecorded = t('referralView.notRecorded');
  // Pending: only what the API already gives. Accepted: every field, "not recorded" when empty.
  const fields = fieldsOf(category, shared).flatMap((field) =>
    field.value !== null ? [field] : accepted ? [{ label: field.label, value: notRecorded }] : [],
  );
  const documents = category === 'documents' ? shared.person.documents : null;
  const titleId = `shared-${category}`;
  const empty = fields.length === 0 && (documents === null || documents.length === 0);
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId} mb="xs">
        {t(`consent.category.${category}`)}
      </Title>
      {fields.length > 0 && <FieldList fields={fields} />}
      {documents && documents.length > 0 && (
        <Box mt={fields.length > 0 ? 'sm' : 0}>
          <IdentityDocumentsTable documents={documents} />
        </Box>
      )}
      {empty && (
        <Text size="sm" c="dimmed">
          {accepted ? notRecorded : said('afterAccepting', sentTo)}
        </Text>
      )}
    </Card>
  );
}

/**
 * The categories the shared view has fields for. Health records are not part of it: a consent
 * covering health is named in the list of what it covers, with no section of its own.
 */
const categoriesWithFields: ReadonlySet<string> = new Set([
  'identity',
  'contact',
  'documents',
  'case_facts',
  'narrative',
]);

/**
 * A text of the shared view as its reader needs it: said to the receiving agency ("your agency"),
 * or, with `sentTo`, to the referring agency about the agency it referred to.
 */
export function useReaderText() {
  const { t } = useTranslation();
  return (key: string, sentTo: string | undefined) =>
    sentTo === undefined ? t(`referralView.${key}`) : t(`referralView.sent.${key}`, { agency: sentTo });
}

/**
 * What the person's consent shares with the receiving agency, category by category, exactly as
 * `GET /api/referrals/:id` gives it: nothing is added or inferred here. `sentTo`: that agency's
 * name when the reader is the referring agency.
 */
export function SharedCategories({ shared, sentTo }: { shared: ReferralShared; sentTo?: string }) {
  const { t } = useTranslation();
  const said = useReaderText();
  // In the order the consent form lists them, not the order they were ticked in.
  const covered = dataCategories.filter((category) => shared.dataCategories.includes(category));
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('referralView.covers', {
          categories: covered.map((category) => t(`consent.category.${category}`)).join(', '),
        })}
      </Text>
      {shared.stage === 'pending' && (
        <Text size="sm" fw={500}>
          {said('pendingNote', sentTo)}
        </Text>
      )}
      {covered
        .filter((category) => categoriesWithFields.has(category))
        .map((category) => (
          <CategorySection key={category} category={category} shared={shared} sentTo={sentTo} />
        ))}
    </Stack>
  );
}
