-- A migrant's saved plan: the plan form's fields as a query string (the same text as the
-- shareable URL), so the plan is recomputed with today's rules whenever it is opened.
-- Keep in step with migrations/sqlite/ (same file name, same columns).

create table plans (
    user_id bigint primary key references users (id) on delete cascade,
    fields text not null,
    updated_at bigint not null
);
