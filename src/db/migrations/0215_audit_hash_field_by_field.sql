-- The hash of an audit entry, the same text as before (migration 0006; `entryHash` in
-- src/audit/verify.ts rebuilds it): each field length-prefixed in bytes, null as '-', joined by '|'
-- after the previous hash. 0006 built it as an SQL function over unnest and string_agg, which
-- PostgreSQL cannot inline and runs through the SQL function executor for every entry: about 60 µs
-- each, two thirds of what chaining an entry cost, so every audited read paid it once more after
-- its commit (decision 0095). Written out field by field, with the two fields that take work to
-- turn into text (the time and the detail) turned once, it costs about a third of that.
create or replace function audit_event_hash(e audit_event) returns text
  language plpgsql stable parallel safe
  as $$
  declare
    stamped text := to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
    detail text := e.detail::text;
  begin
    return encode(sha256(convert_to(e.prev_hash
      || coalesce(octet_length(e.seq::text)::text || ':' || e.seq::text, '-')
      || '|' || coalesce(octet_length(stamped)::text || ':' || stamped, '-')
      || '|' || coalesce(octet_length(e.actor_user_id::text)::text || ':' || e.actor_user_id::text, '-')
      || '|' || coalesce(octet_length(e.agency_id::text)::text || ':' || e.agency_id::text, '-')
      || '|' || coalesce(octet_length(e.action)::text || ':' || e.action, '-')
      || '|' || coalesce(octet_length(e.subject_type)::text || ':' || e.subject_type, '-')
      || '|' || coalesce(octet_length(e.subject_id)::text || ':' || e.subject_id, '-')
      || '|' || coalesce(octet_length(e.outcome)::text || ':' || e.outcome, '-')
      || '|' || coalesce(octet_length(e.reason)::text || ':' || e.reason, '-')
      || '|' || coalesce(octet_length(e.request_id)::text || ':' || e.request_id, '-')
      || '|' || coalesce(octet_length(detail)::text || ':' || detail, '-'), 'UTF8')), 'hex');
  end
  $$;
