-- Request rate limits (sign-in attempts per address) counted in the database rather than in each
-- process's memory, so that every API process behind a load balancer counts the same hits
-- (issue 11). One row per limited key (a SHA-256 of route and address, never the address itself)
-- and window. Written before any user is known, by the platform's own connection: the
-- application role has no access, as for sign_in_throttle.
create table rate_limit_counter (
  key_hash text primary key,
  hits integer not null,
  window_ends_at timestamptz not null
);
create index rate_limit_counter_window on rate_limit_counter (window_ends_at);
alter table rate_limit_counter enable row level security;
