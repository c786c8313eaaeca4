import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

/* Help and awareness pages: hotlines, victims' rights, warning signs, campaign material per country. */

export const helpTopicSchema = z.enum(['hotline', 'rights', 'warning_signs', 'campaign']);
const translationSchema = z.strictObject({
  title: singleLineText(1, 200),
  body: trimmedText(1, 5000),
});
export const helpContentInputSchema = z
  .strictObject({
    topic: helpTopicSchema,
    position: z.number().int().min(0).max(1000).default(0),
    phone: z
      .string()
      .regex(/^[0-9+ ()-]{2,30}$/, 'digits, spaces, + ( ) - only')
      .nullable()
      .default(null),
    confirmed: z.boolean().default(false).describe('Checked with its source'),
    published: z.boolean().default(true),
    translations: z.strictObject({
      en: translationSchema,
      ms: translationSchema,
      id: translationSchema,
      vi: translationSchema,
    }),
  })
  .meta({ id: 'HelpPageEntry' });
export type HelpContentInput = z.infer<typeof helpContentInputSchema>;

export const helpContentSchema = helpContentInputSchema
  .extend({ id: z.uuid(), country: z.string(), updatedAt: z.string() })
  .meta({ id: 'HelpPageEntryStored' });

export const publicHelpItemSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  topic: helpTopicSchema,
  title: z.string(),
  body: z.string(),
  phone: z.string().nullable(),
  confirmed: z.boolean(),
});

interface HelpRow {
  id: string;
  country: string;
  topic: z.infer<typeof helpTopicSchema>;
  position: number;
  phone: string | null;
  confirmed: boolean;
  published: boolean;
  translations: HelpContentInput['translations'];
  updated_at: Date;
}

const select = `select id, trim(country) as country, topic, position, phone, confirmed, published, translations, updated_at
  from help_content`;

export function presentHelp(row: HelpRow) {
  return {
    id: row.id,
    country: row.country,
    topic: row.topic,
    position: row.position,
    phone: row.phone,
    confirmed: row.confirmed,
    published: row.published,
    translations: row.translations,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Published content for the public, in one language (as the owner: the public has no tenant). */
export async function publicHelp(tx: Tx, country: string | undefined, language: 'en' | 'ms' | 'id' | 'vi') {
  const rows = await tx.query<HelpRow>(
    `${select} where published and ($1::text is null or country = $1) order by country, topic, position, id`,
    [country ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    country: row.country,
    topic: row.topic,
    title: row.translations[language].title,
    body: row.translations[language].body,
    phone: row.phone,
    confirmed: row.confirmed,
  }));
}

/** The country's content, drafts included (row-level security limits it to the actor's country). */
export async function listHelp(tx: Tx) {
  return (await tx.query<HelpRow>(`${select} order by topic, position, id`)).map(presentHelp);
}

interface Props {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

const audit = (props: Props, action: string, id: string) =>
  recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'help_content', id },
    requestId: props.requestId,
  });

/** Adds a help entry for the coordinator's own country. */
export async function addHelp(props: Props & { content: HelpContentInput }) {
  const { tx, actor, content } = props;
  const [row] = await tx.query<HelpRow>(
    `insert into help_content (country, topic, position, phone, confirmed, published, translations, updated_by)
     values (lindung_agency_country(), $1, $2, $3, $4, $5, $6, $7)
     returning id, trim(country) as country, topic, position, phone, confirmed, published, translations, updated_at`,
    [
      content.topic,
      content.position,
      content.phone,
      content.confirmed,
      content.published,
      JSON.stringify(content.translations),
      actor.userId,
    ],
  );
  await audit(props, 'help_content.add', (row as HelpRow).id);
  return presentHelp(row as HelpRow);
}

/** Replaces a help entry of the coordinator's country; another country's is not found. */
export async function changeHelp(props: Props & { id: string; content: HelpContentInput }) {
  const { tx, actor, content } = props;
  const [row] = await tx.query<HelpRow>(
    `update help_content set topic = $2, position = $3, phone = $4, confirmed = $5, published = $6, translations = $7,
            updated_by = $8, updated_at = now()
      where id = $1 and country = lindung_agency_country()
      returning id, trim(country) as country, topic, position, phone, confirmed, published, translations, updated_at`,
    [
      props.id,
      content.topic,
      content.position,
      content.phone,
      content.confirmed,
      content.published,
      JSON.stringify(content.translations),
      actor.userId,
    ],
  );
  if (!row) throw new NotFoundError('help_content');
  await audit(props, 'help_content.change', row.id);
  return presentHelp(row);
}
