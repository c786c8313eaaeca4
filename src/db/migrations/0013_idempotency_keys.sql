-- Idempotency keys: a client (an officer's phone re-sending an offline intake, say) sends the same
-- `Idempotency-Key` with a retried create, and gets the record made the first time instead of a
-- duplicate. Only the created record's id is kept, never the answer itself (it may hold personal
-- data in clear); a replay reads the record again under the caller's row-level security.
create table idempotency_key (
  user_id uuid not null references app_user (id) on delete cascade,
  key text not null check (length(key) between 1 and 200),
  agency_id uuid not null references agency (id),
  request_hash text not null,
  resource_id uuid,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
create index idempotency_key_age on idempotency_key (created_at);

alter table idempotency_key enable row level security;
grant select, insert, update on idempotency_key to lindung_app;
create policy idempotency_key_own on idempotency_key for all to lindung_app
  using (user_id = lindung_user_id() and agency_id = lindung_agency_id())
  with check (user_id = lindung_user_id() and agency_id = lindung_agency_id());
