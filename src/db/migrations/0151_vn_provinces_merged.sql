-- Viet Nam's provinces merged on 1 July 2025 (63 → 34; decision 0054). Records that name a region
-- by a merged-away province's code now name the province it became (the code of the part whose name
-- the new province kept), so routing, shelter lists and triage read one set of codes. The public
-- report keeps the reporter's own words of where; only its code moves.
create temporary table vn_region_merger (former text primary key, became text not null) on commit drop;
insert into vn_region_merger (former, became) values
  ('VN-03', 'VN-07'),
  ('VN-06', 'VN-02'),
  ('VN-53', 'VN-69'),
  ('VN-70', 'VN-68'),
  ('VN-14', 'VN-68'),
  ('VN-54', 'VN-56'),
  ('VN-20', 'VN-66'),
  ('VN-61', 'VN-HP'),
  ('VN-63', 'VN-18'),
  ('VN-67', 'VN-18'),
  ('VN-24', 'VN-25'),
  ('VN-27', 'VN-DN'),
  ('VN-28', 'VN-29'),
  ('VN-31', 'VN-30'),
  ('VN-36', 'VN-34'),
  ('VN-72', 'VN-35'),
  ('VN-40', 'VN-35'),
  ('VN-32', 'VN-33'),
  ('VN-57', 'VN-SG'),
  ('VN-43', 'VN-SG'),
  ('VN-58', 'VN-39'),
  ('VN-41', 'VN-37'),
  ('VN-52', 'VN-CT'),
  ('VN-73', 'VN-CT'),
  ('VN-50', 'VN-49'),
  ('VN-51', 'VN-49'),
  ('VN-46', 'VN-45'),
  ('VN-55', 'VN-59'),
  ('VN-47', 'VN-44');

-- An agency that declared two parts of one new province keeps one row for it.
insert into agency_region (agency_id, region_code, created_at)
select r.agency_id, m.became, min(r.created_at)
  from agency_region r join vn_region_merger m on m.former = r.region_code
 group by r.agency_id, m.became
on conflict (agency_id, region_code) do nothing;
delete from agency_region r using vn_region_merger m where m.former = r.region_code;

update shelter s set region = m.became from vn_region_merger m where m.former = s.region;
update public_report p set region_code = m.became from vn_region_merger m where m.former = p.region_code;
