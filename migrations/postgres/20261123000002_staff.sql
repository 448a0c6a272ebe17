-- Consultants and admins (municipality, second factor), accounts without e-mail (a sign-in
-- name, who made them) and the migrant's consent to share with their municipality.
-- Keep in step with migrations/sqlite/ (same file name, same columns).

-- CBS code of the municipality (4 digits, see server/data/municipalities.csv): where a
-- consultant works; where a migrant lives, when they chose to say.
alter table users add column municipality text;
-- For an account without e-mail: the sign-in name printed on the activation letter.
alter table users add column username text;
create unique index users_username on users (username);
-- The consultant who made an account without e-mail.
alter table users add column created_by bigint references users (id) on delete set null;
-- Since when the migrant shares their check and plan with the consultants of their
-- municipality; null = not shared (the default, and after they stop).
alter table users add column shares_with_municipality_at bigint;
-- TOTP (RFC 6238) for consultants and admins: the base32 secret once confirmed, and the
-- last time step used, so a code works only once.
alter table users add column totp_secret text;
alter table users add column totp_last_step bigint;

-- One-time recovery codes for a lost authenticator. Only a SHA-256 is stored.
create table recovery_codes (
    hash text primary key,
    user_id bigint not null references users (id) on delete cascade,
    used_at bigint
);
create index recovery_codes_user on recovery_codes (user_id);
