import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface GuidelineRow {
  id: string;
  agency_id: string;
  country: string;
  title: string;
}

export interface VersionRow {
  id: string;
  guideline_id: string;
  version: number;
  effective_on: string;
  summary: string;
  body: string;
  required_agency_ids: string[];
  agencies: {
    agencyId: string;
    agencyName: string;
    acknowledgedAt: string | null;
    acknowledgedBy: string | null;
  }[];
}

export async function listGuidelines(tx: Tx): Promise<GuidelineRow[]> {
  return tx.query<GuidelineRow>(
    'select id, agency_id, trim(country) as country, title from guideline order by title, id',
  );
}

export async function requireGuideline(tx: Tx, id: string): Promise<GuidelineRow> {
  const [row] = await tx.query<GuidelineRow>(
    'select id, agency_id, trim(country) as country, title from guideline where id = $1',
    [id],
  );
  if (!row) throw new NotFoundError('guideline');
  return row;
}

const versionSelect = `
  select v.id, v.guideline_id, v.version, to_char(v.effective_on, 'YYYY-MM-DD') as effective_on, v.summary, v.body,
         v.required_agency_ids,
         coalesce((select json_agg(json_build_object('agencyId', a.id, 'agencyName', a.name,
                     'acknowledgedAt', k.acknowledged_at, 'acknowledgedBy', k.acknowledged_by) order by a.name)
                     from agency a left join guideline_acknowledgement k on k.version_id = v.id and k.agency_id = a.id
                    where a.id = any (v.required_agency_ids)), '[]'::json) as agencies
    from guideline_version v`;

export async function versionsOf(tx: Tx, guidelineId: string): Promise<VersionRow[]> {
  return tx.query<VersionRow>(`${versionSelect} where v.guideline_id = $1 order by v.version desc`, [
    guidelineId,
  ]);
}

export async function requireVersion(tx: Tx, id: string): Promise<VersionRow> {
  const [row] = await tx.query<VersionRow>(`${versionSelect} where v.id = $1`, [id]);
  if (!row) throw new NotFoundError('guideline_version');
  return row;
}
