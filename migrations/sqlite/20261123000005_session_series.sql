-- A series: one booking covers every date of the session (e.g. three evenings). The first
-- date is info_sessions.starts_at; the others are here.
create table info_session_dates (
    session_id integer not null references info_sessions (id) on delete cascade,
    starts_at integer not null,
    ends_at integer not null check (ends_at > starts_at),
    primary key (session_id, starts_at)
);
