import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface CampaignRow {
  id: string;
  agency_id: string;
  country: string;
  title: string;
  audiences: string[];
  languages: string[];
  channels: string[];
  starts_on: string;
  ends_on: string;
  activity_id: string | null;
  activity_title: string | null;
}

const campaignSelect = `
  select c.id, c.agency_id, trim(c.country) as country, c.title, c.audiences, c.languages, c.channels,
         to_char(c.starts_on, 'YYYY-MM-DD') as starts_on, to_char(c.ends_on, 'YYYY-MM-DD') as ends_on,
         c.activity_id, a.title as activity_title
    from campaign c left join action_plan_activity a on a.id = c.activity_id`;

export function listCampaigns(tx: Tx): Promise<CampaignRow[]> {
  return tx.query<CampaignRow>(`${campaignSelect} order by c.starts_on desc, c.id limit 500`);
}

export async function requireCampaign(tx: Tx, id: string): Promise<CampaignRow> {
  const [row] = await tx.query<CampaignRow>(`${campaignSelect} where c.id = $1`, [id]);
  if (!row) throw new NotFoundError('campaign');
  return row;
}

export function eventsOf(tx: Tx, campaignId: string) {
  return tx.query<{
    id: string;
    city: string;
    held_on: string;
    audience: string;
    partner_ids: string[];
    attendance: number;
    reach: number;
  }>(
    `select id, city, to_char(held_on, 'YYYY-MM-DD') as held_on, audience, partner_ids, attendance, reach
       from campaign_event where campaign_id = $1 order by held_on, city, id`,
    [campaignId],
  );
}

export function materialsOf(tx: Tx, campaignId: string) {
  return tx.query<{ id: string; title: string; kind: string; language: string; url: string | null }>(
    'select id, title, kind, language, url from campaign_material where campaign_id = $1 order by language, title, id',
    [campaignId],
  );
}
