-- Whoever sees a deadline may see which of its reminders went out (an order's page shows them).
-- Reminders are still written only by the platform's sweep.
grant select on deadline_reminder to lindung_app;
create policy deadline_reminder_read on deadline_reminder for select to lindung_app
  using (exists (select 1 from deadline d where d.id = deadline_reminder.deadline_id));
