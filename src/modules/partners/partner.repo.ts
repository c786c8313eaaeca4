import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface PartnerRow {
  id: string;
  agency_id: string;
  country: string;
  name: string;
  kind: 'cso' | 'international' | 'government';
  services: string[];
  regions: string[];
  languages: string[];
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  network_member: boolean;
  member_since: string | null;
  linked_agency_id: string | null;
  next_mou_expiry: string | null;
}

export interface MouRow {
  id: string;
  title: string;
  signed_on: string;
  expires_on: string;
}

const partnerSelect = `
  select p.id, p.agency_id, trim(p.country) as country, p.name, p.kind, p.services, p.regions, p.languages,
         p.contact_name, p.contact_email, p.contact_phone, p.website, p.network_member,
         to_char(p.member_since, 'YYYY-MM-DD') as member_since, p.linked_agency_id,
         (select to_char(min(m.expires_on), 'YYYY-MM-DD') from partner_mou m
           where m.partner_id = p.id and m.expires_on >= current_date) as next_mou_expiry
    from partner_organisation p`;

export interface PartnerFilter {
  kind?: string | undefined;
  service?: string | undefined;
  region?: string | undefined;
  language?: string | undefined;
  member?: boolean | undefined;
}

/** The directory, filtered; regions match without regard to case. */
export function listPartners(tx: Tx, filter: PartnerFilter): Promise<PartnerRow[]> {
  return tx.query<PartnerRow>(
    `${partnerSelect}
      where ($1::text is null or p.kind = $1)
        and ($2::text is null or $2 = any (p.services))
        and ($3::text is null or exists (select 1 from unnest(p.regions) r where lower(r) = lower($3)))
        and ($4::text is null or $4 = any (p.languages))
        and ($5::boolean is null or p.network_member = $5)
      order by p.name, p.id limit 1000`,
    [
      filter.kind ?? null,
      filter.service ?? null,
      filter.region ?? null,
      filter.language ?? null,
      filter.member ?? null,
    ],
  );
}

export async function requirePartner(tx: Tx, id: string): Promise<PartnerRow> {
  const [row] = await tx.query<PartnerRow>(`${partnerSelect} where p.id = $1`, [id]);
  if (!row) throw new NotFoundError('partner');
  return row;
}

export function mousOf(tx: Tx, partnerId: string): Promise<MouRow[]> {
  return tx.query<MouRow>(
    `select id, title, to_char(signed_on, 'YYYY-MM-DD') as signed_on, to_char(expires_on, 'YYYY-MM-DD') as expires_on
       from partner_mou where partner_id = $1 order by expires_on desc, id`,
    [partnerId],
  );
}
