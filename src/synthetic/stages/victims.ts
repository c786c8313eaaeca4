import { defaultInstrument } from '../../modules/screening/index.ts';
import { writeKeyedNames } from '../name-keys.ts';
import { type BatchTx, caseReference, id, u } from '../sql.ts';

/**
 * The batch's victims: one row per victim with every draw and derived attribute (country, agency,
 * sex, age, nationality, exploitation, what happens to the case), as the temporary table `syn_v`
 * that every later stage selects from.
 */
export async function drawVictims(tx: BatchTx, seed: number, lo: number, hi: number): Promise<void> {
  await tx.query(
    `create temp table syn_v on commit drop as
     with base as materialized (
       select i, decode(md5($1 || '/a/' || i), 'hex') as h1, decode(md5($1 || '/b/' || i), 'hex') as h2, decode(md5($1 || '/c/' || i), 'hex') as h3,
              decode(md5($1 || '/d/' || i), 'hex') as h4
         from generate_series($2::int, $3::int) i
     ), drawn as materialized (
       select i, h1, h2, h3, h4,
              case when ${u('h1', 1)} < 0.5 then 'MY' when ${u('h1', 1)} < 0.8 then 'ID' else 'VN' end as country,
              ${u('h1', 2)} as agency_draw,
              ${u('h1', 3)} as nat_draw,
              case when ${u('h1', 4)} < 0.39 then 'woman' when ${u('h1', 4)} < 0.62 then 'man'
                   when ${u('h1', 4)} < 0.84 then 'girl' else 'boy' end as grp,
              ${u('h1', 5)} as age_draw,
              ${u('h1', 6)} as x,
              ${u('h1', 7)} as sector_draw,
              date '2019-01-01' + floor(${u('h1', 8)} * 2557)::int as opened_on
         from base
     ), typed as materialized (
       select d.*,
              extract(year from opened_on)::int - 2019 as yi,
              case when grp in ('woman', 'girl') then 'female' else 'male' end as sex,
              case when grp in ('woman', 'man') then 18 + floor(power(age_draw, 1.6) * 42)::int
                   else 8 + floor(power(age_draw, 0.6) * 10)::int end as age,
              case country
                when 'MY' then case when nat_draw < 0.38 then 'ID' when nat_draw < 0.60 then 'MM' when nat_draw < 0.70 then 'VN'
                                    when nat_draw < 0.77 then 'KH' when nat_draw < 0.85 then 'TH' else 'MY' end
                when 'ID' then case when nat_draw < 0.92 then 'ID' when nat_draw < 0.94 then 'MY' when nat_draw < 0.96 then 'VN'
                                    when nat_draw < 0.98 then 'MM' when nat_draw < 0.99 then 'KH' else 'TH' end
                else case when nat_draw < 0.92 then 'VN' when nat_draw < 0.95 then 'KH' when nat_draw < 0.97 then 'MM'
                          when nat_draw < 0.98 then 'ID' when nat_draw < 0.99 then 'TH' else 'MY' end
              end as nationality
         from drawn d
     ), exploited as materialized (
       select t.*,
              case grp
                when 'woman' then case when x < 0.25 + 0.03 * yi then 'forced_labour' when x < 0.73 then 'sexual_exploitation'
                                       when x < 0.83 then 'domestic_servitude' when x < 0.95 then 'online_scam_compound'
                                       else 'forced_marriage' end
                when 'man' then case when x < 0.62 + 0.02 * yi then 'forced_labour' when x < 0.84 then 'online_scam_compound'
                                     when x < 0.96 then 'forced_criminality' else 'sexual_exploitation' end
                when 'girl' then case when x < 0.58 then 'sexual_exploitation' when x < 0.75 then 'forced_labour'
                                      when x < 0.85 then 'forced_marriage' when x < 0.92 then 'online_scam_compound'
                                      else 'domestic_servitude' end
                else case when x < 0.45 then 'forced_labour' when x < 0.70 then 'forced_criminality'
                          when x < 0.85 then 'online_scam_compound' when x < 0.95 then 'sexual_exploitation' else 'other' end
              end as exploitation
         from typed t
     )
     select e.*,
            ag.id as agency_id, ag.user_id, ag.idx as agency_idx, ag.n as agency_n,
            case when e.exploitation = 'forced_labour' then
                   case when sector_draw < 0.2 then 'fishing' when sector_draw < 0.4 then 'plantation'
                        when sector_draw < 0.55 then 'construction' when sector_draw < 0.7 then 'manufacturing'
                        when sector_draw < 0.8 then 'agriculture' when sector_draw < 0.9 then 'domestic_work' else 'services' end
                 when e.exploitation = 'domestic_servitude' then 'domestic_work'
                 when e.exploitation = 'sexual_exploitation' and sector_draw < 0.5 then 'entertainment' end as labour_sector,
            case when e.exploitation = 'online_scam_compound' then
                   case when ${u('h2', 1)} < 0.55 then 'KH' when ${u('h2', 1)} < 0.85 then 'MM' else 'LA' end
                 when e.country = 'MY' then 'MY'
                 when e.country = 'ID' then case when ${u('h2', 1)} < 0.5 then 'MY' when ${u('h2', 1)} < 0.8 then 'ID' else 'SA' end
                 else case when ${u('h2', 1)} < 0.35 then 'VN' when ${u('h2', 1)} < 0.6 then 'CN'
                           when ${u('h2', 1)} < 0.8 then 'MY' else 'TH' end end as exploitation_country,
            ${u('h2', 2)} as given_draw, ${u('h2', 3)} as second_draw,
            case when ${u('h2', 5)} < 0.7 then 'victim' else 'presumed_victim' end as role,
            case when ${u('h2', 6)} < 0.6 then 'year' when ${u('h2', 6)} < 0.85 then 'estimated' else 'unknown' end as birth_precision,
            ${u('h2', 7)} < 0.85 as screened,
            ${u('h2', 8)} < 0.62 as referred,
            ${u('h3', 1)} as place_draw, ${u('h3', 2)} as status_draw,
            e.opened_on + floor(power(${u('h3', 3)}, 2) * 30)::int as referred_on,
            ${u('h3', 4)} < 0.5 as repatriate, ${u('h3', 5)} < 0.7 as reintegrate,
            e.country = 'MY' and ${u('h3', 6)} < 0.12 as order_made,
            ${u('h3', 7)} < 0.3 as investigated,
            case when ${u('h3', 8)} < 0.2 then 'low' when ${u('h3', 8)} < 0.6 then 'medium'
                 when ${u('h3', 8)} < 0.9 then 'high' else 'critical' end as risk_level,
            ${id('/person/', 'e.i')} as person_id, ${id('/case/', 'e.i')} as case_id
       from exploited e
       join syn_agency ag on ag.country = e.country and ag.kind = 'case' and ag.idx = floor(e.agency_draw * ag.n)::int`,
    [String(seed), lo, hi],
  );
  await tx.query('analyze syn_v');
}

/** Each victim's person, name, case, place on the case and (for most) a completed screening. */
export async function writeVictims(tx: BatchTx, seed: number): Promise<void> {
  const ref = caseReference(seed, 'v.i');
  await tx.query(
    `insert into person (id, agency_id, sex, birth_precision, birth_year, estimated_age, estimated_on, nationality,
                         languages, created_by, created_at, updated_at)
     select v.person_id, v.agency_id, v.sex, v.birth_precision,
            case when v.birth_precision = 'year' then extract(year from v.opened_on)::int - v.age end,
            case when v.birth_precision = 'estimated' then v.age end,
            case when v.birth_precision = 'estimated' then v.opened_on end,
            v.nationality,
            case v.nationality when 'MY' then '{ms}' when 'ID' then '{id}' when 'VN' then '{vi}' when 'MM' then '{my}'
                               when 'KH' then '{km}' else '{th}' end::text[],
            v.user_id, v.opened_on::timestamptz, v.opened_on::timestamptz
       from syn_v v`,
  );
  await tx.query(
    `create temp table syn_new_name on commit drop as
     select v.person_id, v.agency_id, 'birth' as kind, 0 as position,
            case v.nationality
              when 'MY' then g.value || case when v.sex = 'male' then ' bin ' else ' binti ' end || s.value
              when 'VN' then s.value || case when v.sex = 'male' then ' Văn ' else ' Thị ' end || g.value
              when 'KH' then s.value || ' ' || g.value
              when 'ID' then case when v.second_draw < 0.3 then g.value else g.value || ' ' || s.value end
              else g.value || ' ' || s.value end as full_name,
            g.value as given_name,
            case when v.nationality in ('VN', 'KH', 'TH') or (v.nationality = 'ID' and v.second_draw >= 0.3) then s.value end
              as family_name
       from syn_v v
       join syn_name_n gn on gn.nat = v.nationality and gn.pool = case when v.sex = 'male' then 'male' else 'female' end
       join syn_name g on g.nat = gn.nat and g.pool = gn.pool and g.idx = floor(v.given_draw * gn.n)::int
       join syn_name_n sn on sn.nat = v.nationality and sn.pool = 'second'
       join syn_name s on s.nat = sn.nat and s.pool = 'second' and s.idx = floor(v.second_draw * sn.n)::int`,
  );
  await writeKeyedNames(tx);
  await tx.query(
    `insert into case_file (id, agency_id, reference, type, status, exploitation_types, labour_sector,
                            recruitment_country, exploitation_country, risk_level, opened_on, closed_at, created_by,
                            created_at, updated_at)
     select v.case_id, v.agency_id, ${ref}, 'victim_case',
            case when v.opened_on < date '2024-01-01' then 'closed' when v.x < 0.5 then 'active' else 'open' end,
            array[v.exploitation], v.labour_sector, v.nationality, v.exploitation_country, v.risk_level, v.opened_on,
            case when v.opened_on < date '2024-01-01' then (v.opened_on + 300)::timestamptz end,
            v.user_id, v.opened_on::timestamptz, v.opened_on::timestamptz
       from syn_v v`,
  );
  await tx.query(
    `insert into case_person (case_id, person_id, agency_id, role, added_at)
     select v.case_id, v.person_id, v.agency_id, v.role, v.opened_on::timestamptz from syn_v v`,
  );
  await tx.query(
    `insert into screening (agency_id, person_id, instrument_id, instrument_version, profile, status, officer_user_id,
                            screened_on, answers, outcome, assessment, created_at, updated_at, completed_at, completed_by)
     select v.agency_id, v.person_id, $1, $2, sc.profile, 'completed', v.user_id, v.opened_on, sc.answers, sc.outcome,
            sc.assessment, v.opened_on::timestamptz, v.opened_on::timestamptz, v.opened_on::timestamptz, v.user_id
       from syn_v v
       join syn_screening sc on sc.profile = (case when v.age < 18 then 'child_' else 'adult_' end)
                                 || (case when v.exploitation = 'sexual_exploitation' then 'sexual' else 'labour' end)
      where v.screened`,
    [defaultInstrument.id, defaultInstrument.version],
  );
}
