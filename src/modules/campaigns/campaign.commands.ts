import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import type { CampaignRow } from './campaign.repo.ts';
import type { CampaignInput, EventInput, MaterialInput } from './campaign.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

function audit(props: CommandProps, action: string, id: string, detail = {}) {
  return recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'campaign', id },
    requestId: props.requestId,
    detail,
  });
}

/** A campaign of the actor's country, optionally carrying out an activity of one of its action plans. */
export async function createCampaign(props: CommandProps & { campaign: CampaignInput }): Promise<string> {
  const { tx, actor, campaign } = props;
  const country = (await findAgency(tx, actor.agencyId))?.country.trim() ?? '';
  const problems: FieldProblem[] = [];
  if (campaign.endsOn < campaign.startsOn)
    problems.push({ code: 'ends_before_start', field: 'endsOn', message: 'must not be before startsOn' });
  if (campaign.activityId) {
    const [activity] = await tx.query<{ start_year: number; end_year: number }>(
      `select p.start_year, p.end_year from action_plan_activity a join action_plan p on p.id = a.plan_id
        where a.id = $1 and p.country = $2`,
      [campaign.activityId, country],
    );
    if (!activity)
      problems.push({
        code: 'activity_not_of_country',
        field: 'activityId',
        message: 'is not an activity of a plan of your country',
      });
    else if (
      Number(campaign.startsOn.slice(0, 4)) > activity.end_year ||
      Number(campaign.endsOn.slice(0, 4)) < activity.start_year
    )
      problems.push({
        code: 'outside_plan_years',
        field: 'startsOn',
        message: 'falls outside the years of the activity’s plan',
      });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    `insert into campaign (agency_id, country, title, audiences, languages, channels, starts_on, ends_on, activity_id, created_by)
     values ($1, $2, $3, $4::text[], $5::text[], $6::text[], $7, $8, $9, $10) returning id`,
    [
      actor.agencyId,
      country,
      campaign.title,
      [...new Set(campaign.audiences)],
      [...new Set(campaign.languages)],
      [...new Set(campaign.channels)],
      campaign.startsOn,
      campaign.endsOn,
      campaign.activityId ?? null,
      actor.userId,
    ],
  );
  const id = row?.id as string;
  await audit(props, 'campaign.create', id, { activityId: campaign.activityId ?? null });
  return id;
}

/** An event of the campaign, within its period, with partners of the country's network. */
export async function addEvent(
  props: CommandProps & { campaign: CampaignRow; event: EventInput },
): Promise<string> {
  const { tx, actor, campaign, event } = props;
  const problems: FieldProblem[] = [];
  if (event.heldOn < campaign.starts_on || event.heldOn > campaign.ends_on)
    problems.push({
      code: 'date_outside_campaign',
      field: 'heldOn',
      message: `must fall within the campaign (${campaign.starts_on} to ${campaign.ends_on})`,
    });
  const partners = new Set(
    (
      await tx.query<{ id: string }>(
        'select id from partner_organisation where id = any($1::uuid[]) and country = $2',
        [event.partnerIds, campaign.country],
      )
    ).map((row) => row.id),
  );
  event.partnerIds.forEach((id, i) => {
    if (!partners.has(id))
      problems.push({
        code: 'partner_not_of_country',
        field: `partnerIds.${i}`,
        message: 'is not a partner of the country',
      });
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const [row] = await tx.query<{ id: string }>(
    `insert into campaign_event (campaign_id, city, held_on, audience, partner_ids, attendance, reach, created_by)
     values ($1, $2, $3, $4, $5::uuid[], $6, $7, $8) returning id`,
    [
      campaign.id,
      event.city,
      event.heldOn,
      event.audience,
      [...new Set(event.partnerIds)],
      event.attendance,
      event.reach,
      actor.userId,
    ],
  );
  const id = row?.id as string;
  await audit(props, 'campaign.add_event', campaign.id, {
    eventId: id,
    attendance: event.attendance,
    reach: event.reach,
  });
  return id;
}

/** A material of the campaign's library. */
export async function addMaterial(
  props: CommandProps & { campaign: CampaignRow; material: MaterialInput },
): Promise<string> {
  const { tx, actor, campaign, material } = props;
  const [row] = await tx.query<{ id: string }>(
    `insert into campaign_material (campaign_id, title, kind, language, url, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [campaign.id, material.title, material.kind, material.language, material.url ?? null, actor.userId],
  );
  const id = row?.id as string;
  await audit(props, 'campaign.add_material', campaign.id, { materialId: id, kind: material.kind });
  return id;
}
