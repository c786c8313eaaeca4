-- A training certificate says its holder attended, and anyone can check it on the public site
-- (0076): once one is issued, the holder's attendance can no longer be taken back, whoever writes.
create function lindung_training_certified_attendance_check() returns trigger
  language plpgsql security definer set search_path = public, pg_temp
  as $$
begin
  if old.attended and not new.attended
     and exists (select 1 from training_certificate t where t.participant_id = new.id) then
    raise exception 'participant % holds a certificate and stays marked present', new.id
      using errcode = '23514', constraint = 'training_certified_attendance';
  end if;
  return new;
end $$;
create trigger training_certified_attendance before update of attended on training_participant
  for each row execute function lindung_training_certified_attendance_check();
