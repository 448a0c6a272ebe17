-- A migrant may ask for a mail when a session in their municipality and language is announced.
alter table users add column session_alerts boolean not null default false;
