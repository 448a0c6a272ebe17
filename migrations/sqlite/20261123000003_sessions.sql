-- Group information sessions and their bookings; mail with a calendar attachment.
-- Keep in step with migrations/postgres/ (same file name, same columns).

create table info_sessions (
    id integer primary key,
    -- CBS code; the consultant's municipality.
    municipality text not null,
    created_by integer references users (id) on delete set null,
    -- Dutch title and description; translations in info_session_texts.
    title text not null,
    description text not null,
    starts_at integer not null,
    ends_at integer not null check (ends_at > starts_at),
    place text not null,
    room text not null,
    accessibility text not null,
    online_url text not null,
    capacity integer not null check (capacity > 0),
    -- Seats held by confirmed bookings. Only ever changed by a guarded update
    -- (seats_taken + n <= capacity), which is what makes overbooking impossible.
    seats_taken integer not null default 0 check (seats_taken >= 0 and seats_taken <= capacity),
    -- Portal language codes spoken, comma-separated (e.g. "nl,ar").
    languages text not null,
    interpreter boolean not null,
    childcare boolean not null,
    partner_welcome boolean not null,
    max_party integer not null check (max_party >= 1),
    registration_deadline integer not null,
    cancelled_at integer,
    created_at integer not null,
    updated_at integer not null
);
create index info_sessions_upcoming on info_sessions (municipality, starts_at);
create index info_sessions_starts on info_sessions (starts_at);

-- Optional title and description in other portal languages.
create table info_session_texts (
    session_id integer not null references info_sessions (id) on delete cascade,
    locale text not null,
    title text not null,
    description text not null,
    primary key (session_id, locale)
);

create table bookings (
    id integer primary key,
    session_id integer not null references info_sessions (id) on delete cascade,
    -- Null once the migrant deleted their account: the seat count stays right, the person is gone.
    migrant_id integer references users (id) on delete set null,
    -- The migrant, or the partner who booked for them.
    booked_by integer references users (id) on delete set null,
    party_size integer not null check (party_size >= 1),
    -- Language of the mail about this booking.
    locale text not null,
    status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
    attended boolean,
    created_at integer not null,
    updated_at integer not null,
    reminded_early_at integer,
    reminded_late_at integer
);
-- One live booking (confirmed or waiting) per person per session: a double click or a
-- re-sent form cannot make a second one.
create unique index bookings_one_per_person on bookings (session_id, migrant_id) where status <> 'cancelled';
create index bookings_waiting on bookings (session_id, status, created_at);
create index bookings_migrant on bookings (migrant_id);

-- Mail: a calendar file to attach (text/calendar), and a Message-ID fixed at enqueue time so
-- a retry is recognisably the same mail.
alter table outbox add column calendar text;
alter table outbox add column message_id text;
