-- Every request runs as lindung_app, a role without superuser or BYPASSRLS, so that row-level
-- security applies to it. Roles belong to the whole cluster: another database on the same server
-- may have created it already (or be creating it right now).
do $$
begin
  create role lindung_app nologin noinherit;
exception
  when duplicate_object or unique_violation then null;
end
$$;

-- The connecting user must be able to SET ROLE to it (a superuser always can).
do $$
begin
  execute format('grant lindung_app to %I', current_user);
exception
  when others then null;
end
$$;

grant usage on schema public to lindung_app;

-- The request's user, acting agency and permissions, set with set_config(..., true) at the start
-- of each request's transaction. Unset means "nobody": every policy then denies.
create function lindung_user_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('lindung.user_id', true), '')::uuid $$;

create function lindung_agency_id() returns uuid
  language sql stable parallel safe
  as $$ select nullif(current_setting('lindung.agency_id', true), '')::uuid $$;

create function lindung_can(permission text) returns boolean
  language sql stable parallel safe
  as $$ select permission = any (string_to_array(coalesce(current_setting('lindung.permissions', true), ''), ',')) $$;
