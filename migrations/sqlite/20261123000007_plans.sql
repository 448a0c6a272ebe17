-- A migrant's saved plan: the plan form's fields as a query string (the same text as the
-- shareable URL), so the plan is recomputed with today's rules whenever it is opened.
-- Keep in step with migrations/postgres/ (same file name, same columns).

create table plans (
    user_id integer primary key references users (id) on delete cascade,
    fields text not null,
    updated_at integer not null
);
