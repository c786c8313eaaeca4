-- A receiver's view of a referral before accepting it shows only sex, nationality and languages (of
-- identity) and the kind of exploitation (of case facts), whatever else the consent covers (0012,
-- decision 0183). Its audit entry keeps the consent's categories and `stage` = `pending`, and the
-- owning agency's disclosures (0241) listed those categories as seen: a shelter that opened a child's
-- pending referral was said to have seen her contact. The list now says the stage of each view and,
-- for a view before acceptance, only the categories of which something was shown — for the entries
-- written before this change too, since they keep their stage (decision 0202).
drop function lindung_case_disclosures(uuid, bigint, int);
create function lindung_case_disclosures(target_case uuid, before_id bigint, max_rows int)
  returns table (id bigint, at timestamptz, agency_id uuid, actor_user_id uuid, referral_id uuid,
                 data_categories jsonb, stage text)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select e.id, e.at, e.agency_id, e.actor_user_id, r.id,
           case when e.detail ->> 'stage' = 'pending'
                then coalesce((select jsonb_agg(category) from jsonb_array_elements(e.detail -> 'dataCategories') category
                                where category #>> '{}' in ('identity', 'case_facts')), '[]')
                else coalesce(e.detail -> 'dataCategories', '[]') end,
           e.detail ->> 'stage'
    from case_file c
    join referral r on r.case_id = c.id
    join audit_event e on e.subject_type = 'referral' and e.subject_id = r.id::text and e.action = 'referral.view'
    where c.id = target_case
      and c.agency_id = lindung_agency_id() and lindung_can('case:read')
      and e.agency_id is distinct from c.agency_id
      and e.outcome = 'success'
      and (before_id is null or e.id < before_id)
    order by e.id desc
    limit least(greatest(max_rows, 1), 200)
  $$;
revoke all on function lindung_case_disclosures(uuid, bigint, int) from public;
grant execute on function lindung_case_disclosures(uuid, bigint, int) to lindung_app;
