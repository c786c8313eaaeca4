import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/session.tsx';
import { useBirthText } from '../persons/birth-text.ts';
import { NamesWithReadings } from '../persons/NameWithReading.tsx';
import { useCountryName } from '../victim-path/labels.ts';
import { evidenceWeightText } from './evidence-weight.ts';
import { nameDifferenceTexts } from './name-difference-texts.ts';
import { type Candidate, type Evidence, levelKey, type PairPerson } from './types.ts';

/** The two persons side by side: what the model compared, their documents and cases. */
export function PairComparison({ pair }: { pair: Candidate }) {
  const { t } = useTranslation();
  const birthText = useBirthText();
  const countryName = useCountryName();
  const rows: { label: string; value: (p: PairPerson) => React.ReactNode }[] = [
    {
      label: t('linkage.field.name'),
      // Each name leads to its record's page: documents, contact, screenings to compare further.
      value: (p) => (
        <Link to={`/persons/${p.id}`}>
          <NamesWithReadings readings={p.nameReadings} separator=" · " />
        </Link>
      ),
    },
    { label: t('person.sexLabel'), value: (p) => t(`person.sex.${p.sex}`) },
    { label: t('linkage.field.birth'), value: (p) => birthText(p.birth) },
    { label: t('person.nationality'), value: (p) => (p.nationality ? countryName(p.nationality) : '—') },
    {
      label: t('linkage.documents'),
      value: (p) => p.documentTypes.map((type) => t(`linkage.documentType.${type}`)).join(', ') || '—',
    },
    {
      label: t('linkage.cases'),
      value: (p) =>
        p.cases.length === 0
          ? '—'
          : p.cases.map((c) => (
              <div key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.reference}</Link>
              </div>
            )),
    },
  ];
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={t('linkage.sideBySide')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('linkage.personA')}</Table.Th>
            <Table.Th>{t('linkage.personB')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>{row.value(pair.personA)}</Table.Td>
              <Table.Td>{row.value(pair.personB)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const weightColour = (weight: number) => (weight === 0 ? 'gray' : weight > 0 ? 'lindung' : 'red');

/**
 * Why the model thinks what it thinks: each field's level and its weight for or against. Names
 * the model reads as the same but written differently (Puan Siti Nur Haliza bt Abdullah, Siti
 * Noorhaliza Abdullah) say so, never a bare "The same" beside two names that plainly differ.
 */
export function EvidenceTable({
  evidence,
  writtenAlike = true,
}: {
  evidence: readonly Evidence[];
  writtenAlike?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  // An identity document's level names its kind and issuer: "the same passport (issued by Indonesia)".
  const levelText = (e: Evidence) =>
    e.document
      ? t(`linkage.documentLevel.${levelKey(e.level)}`, {
          type: t(`linkage.documentType.${e.document.type}`).toLocaleLowerCase(i18n.language),
          country: e.document.country ? countryName(e.document.country) : '—',
        })
      : t(`linkage.level.${levelKey(e.level)}`);
  return (
    <Table aria-label={t('linkage.reasons')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('linkage.fieldHeading')}</Table.Th>
          <Table.Th>{t('linkage.levelHeading')}</Table.Th>
          <Table.Th>{t('linkage.weightHeading')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {evidence.map((e) => (
          <Table.Tr key={e.field}>
            <Table.Td>{t(`linkage.field.${e.field}`)}</Table.Td>
            <Table.Td>
              {levelText(e)}
              {e.document?.heldBy && (
                <Text size="xs" c="dimmed">
                  {t(`linkage.documentHeldBy.${e.document.heldBy}`)}
                </Text>
              )}
              {e.field === 'name' && e.level === 'exact' && !writtenAlike && (
                <Text size="sm">{t('linkage.sameOnceNormalised')}</Text>
              )}
              {nameDifferenceTexts(e, t).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {e.termFrequency < -0.5 && (
                <Text size="xs" c="dimmed">
                  {t('linkage.commonName')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={weightColour(e.weight)}>
                {evidenceWeightText(e, t, format.number)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
