-- Language schools (and informal places to practise), their locations and offers.
-- Keep in step with migrations/postgres/ (same file name, same columns).
-- Dates are ISO text (YYYY-MM-DD), which sorts and compares as dates; lists are "|"-separated.

create table schools (
    id integer primary key,
    -- The key of the import file: re-importing a school updates it in place.
    ref text not null unique,
    name text not null,
    -- school | taalcafe | library | language_buddy
    kind text not null,
    website text,
    phone text,
    email text,
    -- keurmerkhouder | aspirant | none (Blik op Werk)
    keurmerk text not null,
    keurmerk_valid_until text,
    stars integer check (stars between 1 and 4),
    verified_on text not null,
    verified_source text not null,
    verified_by integer references users (id) on delete set null,
    updated_at integer not null
);

create table school_locations (
    id integer primary key,
    school_id integer not null references schools (id) on delete cascade,
    address text not null,
    postcode text not null,
    city text not null,
    -- CBS code, four digits.
    municipality text not null,
    latitude real,
    longitude real,
    unique (school_id, postcode, address)
);
create index school_locations_municipality on school_locations (municipality);

create table school_offers (
    id integer primary key,
    school_id integer not null references schools (id) on delete cascade,
    location_id integer not null references school_locations (id) on delete cascade,
    ref text not null,
    route text not null,
    price_cents integer not null check (price_cents >= 0),
    hours integer not null check (hours >= 0),
    hours_per_week integer not null check (hours_per_week between 0 and 40),
    weeks integer not null check (weeks >= 0),
    schedule text not null,
    format text not null,
    in_person_percent integer not null check (in_person_percent between 0 and 100),
    intake_test boolean not null,
    exams_included boolean not null,
    retakes_included integer not null check (retakes_included >= 0),
    childcare boolean not null,
    max_class_size integer,
    support_languages text not null,
    suits_working boolean not null,
    start_dates text not null,
    unique (school_id, ref)
);
create index school_offers_route on school_offers (route);
create index school_offers_location on school_offers (location_id);
