import { z } from 'zod';
import { normalizeDocumentNumber } from '../../crypto/encrypted-columns.ts';
import { hasZeroDayOrMonth, zeroDayOrMonthRule } from '../../shared/birth-date.ts';
import { decimalInteger } from '../../shared/decimal-integer.ts';
import { distinctList } from '../../shared/distinct-list.ts';
import { fieldRule } from '../../shared/field-rules.ts';
import { calendarDay, calendarDayChecked } from '../../shared/period.ts';
import {
  documentHolders,
  documentNumberMaxLength,
  documentTypes,
  nameKinds,
  personSearchFirstResults,
  personSearchMaxResults,
  personSearchNameMaxLength,
  sexes,
} from '../../shared/person-codes.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { countryCodeSchema } from '../agencies/index.ts';
import { wordAgreements } from './person-ranking.ts';

export const sexSchema = z.enum(sexes);
export const nameKindSchema = z.enum(nameKinds);
export const documentTypeSchema = z.enum(documentTypes);
export const documentHolderSchema = z.enum(documentHolders);

/**
 * A date of birth: from 1900, as a year of birth is (and the search's birthYear); day or month 00
 * is named as such, never read as 1 January (decision 0082), and is then its only problem (0130).
 */
const birthDay = calendarDayChecked(
  z.refine((date: string) => !hasZeroDayOrMonth(date), { ...zeroDayOrMonthRule, abort: true }),
);

/** A date of birth as far as it is known: exact, a year, an age estimated on a date, or unknown. */
export const birthSchema = z
  .discriminatedUnion('precision', [
    z.strictObject({ precision: z.literal('exact'), date: birthDay }),
    z.strictObject({ precision: z.literal('year'), year: z.number().int().min(1900).max(2100) }),
    z.strictObject({
      precision: z.literal('estimated'),
      age: z.number().int().min(0).max(120),
      on: calendarDay,
    }),
    z.strictObject({ precision: z.literal('unknown') }),
  ])
  .meta({ id: 'Birth' });
export type Birth = z.infer<typeof birthSchema>;

export const personNameInputSchema = z.strictObject({
  kind: nameKindSchema.default('birth'),
  fullName: singleLineText(1, 300),
  givenName: singleLineText(1, 200).optional(),
  familyName: singleLineText(1, 200).optional(),
});

/**
 * A document number as typed. One without a letter or a digit ("---") keeps nothing to compare by:
 * it would find, and be found by, every other such number.
 */
const documentNumberSchema = singleLineText(1, documentNumberMaxLength).refine(
  // A blank one is refused as blank before this check runs.
  (number) => normalizeDocumentNumber(number) !== '',
  fieldRule('document_number_empty', 'has no letter or digit in it'),
);

export const identityDocumentInputSchema = z.strictObject({
  type: documentTypeSchema,
  number: documentNumberSchema,
  issuingCountry: countryCodeSchema.optional(),
  heldBy: documentHolderSchema.default('unknown'),
  expiresOn: calendarDay.optional(),
});

/**
 * A telephone number as people write it: digits with an optional leading `+` and the separators
 * of the region's ways of writing (spaces, dashes, dots, brackets, slashes), at least 3 digits. A
 * letter, an `ext.` or a second number in one field is not a number anyone can dial (decision 0075).
 */
const phoneSchema = singleLineText(3, 40).refine(
  (phone) => /^\+?[0-9 ()./-]+$/.test(phone) && (phone.match(/\d/g)?.length ?? 0) >= 3,
  fieldRule(
    'phone_malformed',
    'is not a telephone number: digits, an optional leading +, spaces or - . ( ) /',
  ),
);

/** Each phone or e-mail once: a repeat is a slip of the keyboard, not a second way to reach the person. */
const givenOnce = (values: readonly string[]) =>
  new Set(values.map((value) => value.replace(/[^0-9+a-z@.]/giu, '').toLowerCase())).size === values.length;

export const contactSchema = z
  .strictObject({
    phones: z
      .array(phoneSchema)
      .max(10)
      .refine(givenOnce, fieldRule('given_twice', 'holds the same telephone number twice'))
      .default([]),
    emails: z
      .array(z.email().max(254))
      .max(10)
      .refine(givenOnce, fieldRule('given_twice', 'holds the same e-mail address twice'))
      .default([]),
  })
  .meta({ id: 'Contact' });

/** A postal or shelter address: several lines allowed, kept as typed (trimmed), stored encrypted. */
const addressSchema = trimmedText(1, 1000);

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Languages of the region's victims that ICU has no name for: Karen (S'gaw, Pwo), Mon, Pa'o, Tetun Dili. */
const regionalLanguagesUnnamedByIcu = new Set(['ksw', 'pwo', 'kjp', 'mnw', 'blk', 'tdt']);

/** An ISO 639 code of a language that exists: one ICU names, or one of the region's it does not (decision 0064). */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, { message: 'must be an ISO 639 language code, e.g. ms', abort: true })
  .refine((code) => regionalLanguagesUnnamedByIcu.has(code) || languageNames.of(code) !== undefined, {
    message: 'is not a known ISO 639 language code',
    params: { code: 'language_unknown' },
  });

/** Who the person is, as recorded and as edited: what the linkage model and the search read. */
const identityShape = {
  names: z.array(personNameInputSchema).min(1, 'must hold at least one name').max(20),
  sex: sexSchema.default('unknown'),
  birth: birthSchema.default({ precision: 'unknown' }),
  nationality: countryCodeSchema.optional(),
  languages: distinctList(languageCode, 20).default([]),
  documents: z.array(identityDocumentInputSchema).max(20).default([]),
};

export const createPersonSchema = z
  .strictObject({
    ...identityShape,
    contact: contactSchema.optional(),
    address: addressSchema.optional(),
  })
  .meta({ id: 'CreatePerson' });
export type CreatePerson = z.infer<typeof createPersonSchema>;

/**
 * An edit of who the person is: names, sex, date of birth, nationality, languages and documents,
 * each replaced by what is sent (as on create: a field left out takes its default). Contact and
 * address are not part of it and are kept.
 */
export const editPersonSchema = z.strictObject(identityShape).meta({ id: 'EditPerson' });
export type EditPerson = z.infer<typeof editPersonSchema>;

/**
 * A correction of how the person is reached and where she stays (decision 0075): both replaced by
 * what is sent — phones or e-mails left out are removed, an address left out or null is removed.
 */
export const editPersonContactSchema = z
  .strictObject({
    contact: contactSchema.default({ phones: [], emails: [] }),
    address: addressSchema.nullable().default(null),
  })
  .meta({ id: 'EditPersonContact' });
export type EditPersonContact = z.infer<typeof editPersonContactSchema>;

const latinReading = z
  .string()
  .nullable()
  .describe(
    'The usual Latin spelling of a name written in another script (Burmese, Thai, Khmer…), as the search finds it; null for a name in Latin',
  );
const unicodeForm = z
  .string()
  .nullable()
  .describe(
    'The name in Unicode when it was recorded in Zawgyi (shown instead of the Zawgyi text, which a Unicode font garbles); null otherwise',
  );

/** A name as recorded and the readings a page shows beside it (decision 0083). */
export const nameReadingSchema = z
  .object({ name: z.string().describe('As recorded'), latin: latinReading, unicode: unicodeForm })
  .meta({ id: 'NameReading' });

export const personSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    names: z.array(
      z.object({
        id: z.uuid(),
        kind: nameKindSchema,
        fullName: z.string(),
        givenName: z.string().nullable(),
        familyName: z.string().nullable(),
        latin: latinReading,
        unicode: unicodeForm,
      }),
    ),
    sex: sexSchema,
    birth: birthSchema,
    nationality: z.string().nullable(),
    languages: z.array(z.string()),
    documents: z.array(
      z.object({
        id: z.uuid(),
        type: documentTypeSchema,
        number: z.string(),
        issuingCountry: z.string().nullable(),
        heldBy: documentHolderSchema,
        expiresOn: z.string().nullable(),
      }),
    ),
    contact: contactSchema.nullable(),
    address: z.string().nullable(),
    mergedInto: z
      .uuid()
      .nullable()
      .describe('The person this record was merged into (its source record is kept); null when it was not'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().describe('Moves with every change; send it back in If-Match to edit'),
  })
  .meta({ id: 'Person' });
export type PersonView = z.infer<typeof personSchema>;

export const personMatchQuerySchema = z
  .strictObject({
    name: trimmedText(2, personSearchNameMaxLength).optional(),
    birthYear: decimalInteger(1900, 2100)
      .optional()
      .describe('Year of birth: ranks the same year first, then ±2 years'),
    birthDate: birthDay
      .optional()
      .describe(
        'Exact date of birth: ranks the same date first, then the same year, then ±2 years; without a name, finds the same date and births known only by year or age within 2 years of it',
      ),
    documentNumber: documentNumberSchema.optional(),
    nationality: countryCodeSchema
      .optional()
      .describe('Ranks this nationality first; with a birth alone, keeps to it. Never enough alone'),
    limit: decimalInteger(1, personSearchMaxResults).default(personSearchFirstResults),
  })
  // A whole date of birth alone is enough (decision 0130); a year or a nationality alone would list a
  // people (the band of years a victim population is born in).
  .refine((query) => query.name || query.documentNumber || query.birthDate, {
    message:
      'give a name, a document number or a whole date of birth to look for (a year or a nationality alone is not enough)',
    path: ['name'],
    params: { code: 'name_document_or_birth_required' },
  });
export type PersonMatchQuery = z.infer<typeof personMatchQuerySchema>;

export const personMatchSchema = z
  .object({
    id: z.uuid(),
    names: z.array(z.string()),
    nameReadings: z.array(nameReadingSchema).describe('Each of `names`, in order, with its readings'),
    sex: sexSchema,
    birth: birthSchema,
    nationality: z.string().nullable(),
    mergedInto: z
      .uuid()
      .nullable()
      .describe(
        'The person this record was merged into; a merged record is listed only when that person is not',
      ),
    foundThroughMerged: z
      .boolean()
      .describe(
        'A record merged into this person matched too (left out for this person): the name searched for may be that record’s',
      ),
    score: z
      .number()
      .describe(
        '0–1: how closely the person matches what was asked. Results are ordered by a document match first, ' +
          'then, when a year or date of birth was searched for, the same year above ±2 years (or a birth not known) ' +
          'above one further off, then by score',
      ),
    matchedOn: z
      .array(z.enum(['name', 'birth_date', 'birth_year', 'document', 'nationality']))
      .describe(
        'What agreed: `birth_date` the whole date of birth, `birth_year` the year (or within two years)',
      ),
    reasons: z
      .array(
        z.object({
          on: z.enum([
            'name',
            'name_tokens',
            'name_partial',
            'phonetic',
            'birth_date',
            'birth_year',
            'birth_year_near',
            'nationality',
            'document',
          ]),
          weight: z.number(),
          detail: z.string().optional(),
          words: z
            .object({ matched: z.number().int(), of: z.number().int() })
            .optional()
            .describe(
              'For a name: how many of the words typed agreed with the name, of how many — counted as typed: a ' +
                'word read as several (Nurhaliza: Nur Haliza) is one word, agreeing when all of it did; words ' +
                'read as one (Abdul Rahman, Srey Mom against Sreymom) are as many as typed',
            ),
          agreement: z
            .enum(wordAgreements)
            .optional()
            .describe(
              'For a name: how the weakest of the words that agreed did — `exact` as written (case and accents aside), ' +
                '`variant` by a canonical form, known spelling or romanisation, `phonetic` by sound, `prefix` a word ' +
                'only begun, `similar` a spelling that differs',
            ),
        }),
      )
      .describe('Why the person matched, strongest first: what agreed and how much it added to the score'),
  })
  .meta({ id: 'PersonMatch' });
