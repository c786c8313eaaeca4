-- A person search by a date of birth alone (decision 0130) reads the persons born within two
-- years of the year searched for: the year as known, from a date, a year or an estimated age.
create index person_birth_year_known on person (
  (coalesce(extract(year from birth_date)::integer, birth_year, extract(year from estimated_on)::integer - estimated_age))
);
