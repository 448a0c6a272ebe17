-- Accounts, sign-in, partner access, the audit log and the mail outbox.
-- Times are Unix seconds (UTC) bound from Rust, so the same SQL runs on PostgreSQL.
-- Keep in step with migrations/postgres/ (same file name, same tables).

create table users (
    id integer primary key,
    -- Lower-cased; null for an account a consultant made for someone without e-mail.
    email text unique,
    -- Argon2id PHC string; null until the person sets a password.
    password_hash text,
    role text not null check (role in ('migrant', 'referent', 'consultant', 'admin')),
    display_name text not null,
    locale text not null,
    email_verified_at integer,
    created_at integer not null
);

-- One-time links and codes. Only a SHA-256 of the secret is stored.
create table tokens (
    hash text primary key,
    purpose text not null check (purpose in ('verify', 'reset', 'activate')),
    user_id integer not null references users (id) on delete cascade,
    created_at integer not null,
    expires_at integer not null,
    used_at integer
);
create index tokens_user on tokens (user_id, purpose);
create index tokens_expiry on tokens (expires_at);

-- Signed-in devices. The session cookie holds the secret; this row makes "sign out
-- everywhere" and the device list possible.
create table logins (
    hash text primary key,
    user_id integer not null references users (id) on delete cascade,
    device text not null,
    created_at integer not null,
    last_seen_at integer not null
);
create index logins_user on logins (user_id);

-- Failed sign-ins and sent links, counted for rate limits. `subject` is a hash of the
-- e-mail address or of the IP address, never the value itself.
create table auth_attempts (
    id integer primary key,
    kind text not null,
    subject text not null,
    at integer not null
);
create index auth_attempts_lookup on auth_attempts (kind, subject, at);

-- Partner (referent) access, granted by the migrant: scoped, optionally time-bound, revocable.
create table grants (
    id integer primary key,
    migrant_id integer not null references users (id) on delete cascade,
    referent_id integer references users (id) on delete cascade,
    invite_hash text unique,
    invite_expires_at integer,
    can_view boolean not null,
    can_book boolean not null,
    can_receive_reminders boolean not null,
    valid_until integer,
    created_at integer not null,
    accepted_at integer,
    revoked_at integer
);
create index grants_migrant on grants (migrant_id);
create index grants_referent on grants (referent_id);

-- Who did what for whom. The migrant sees this list.
create table audit_log (
    id integer primary key,
    migrant_id integer not null references users (id) on delete cascade,
    actor_id integer references users (id) on delete set null,
    action text not null,
    at integer not null
);
create index audit_log_migrant on audit_log (migrant_id, at);

-- The obligations check, saved by a signed-in migrant (answers as JSON).
create table saved_checks (
    user_id integer primary key references users (id) on delete cascade,
    answers text not null,
    saved_at integer not null
);

-- Mail waits here until the SMTP server has taken it; the body is cleared once sent.
create table outbox (
    id integer primary key,
    recipient text not null,
    subject text not null,
    body text not null,
    created_at integer not null,
    attempts integer not null default 0,
    next_attempt_at integer not null,
    sent_at integer
);
create index outbox_due on outbox (sent_at, next_attempt_at);
