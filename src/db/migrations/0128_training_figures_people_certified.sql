-- "Certified" counts people, as "trained" does: a person certified by two courses in the period
-- counted twice, so a table could show more certified than trained. Same function as 0091 but
-- for that count.
create or replace function lindung_training_figures(from_date date, to_date date, dimension text)
  returns table (key text, label text, trained integer, certified integer)
  language sql stable security definer set search_path = public, pg_temp
  as $$
    select g.key, g.label,
           count(distinct coalesce(p.user_id::text, p.id::text))::integer,
           (count(distinct coalesce(p.user_id::text, p.id::text)) filter (where t.id is not null))::integer
      from training_participant p
      join agency a on a.id = p.agency_id
      join training_session s on s.id = p.session_id
      join training_course c on c.id = s.course_id
      left join training_certificate t on t.participant_id = p.id
     cross join lateral (
       select case dimension when 'agency' then p.agency_id::text when 'role' then p.role
                            when 'topic' then c.topic when 'month' then to_char(s.ends_on, 'YYYY-MM')
                            else '' end as key,
              case dimension when 'agency' then a.name when 'role' then p.role
                            when 'topic' then c.topic when 'month' then to_char(s.ends_on, 'YYYY-MM')
                            else '' end as label) g
     where lindung_can('statistics:read')
       and dimension in ('agency', 'role', 'topic', 'month', 'total')
       and c.country = lindung_agency_country()
       and p.attended and s.ends_on between from_date and to_date
     group by g.key, g.label
  $$;
