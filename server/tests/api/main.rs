//! Integration tests: the real server on a random port, on a fresh SQLite file and on a
//! fresh PostgreSQL database (from `TEST_DATABASE_URL`), spoken to over HTTP.

mod accounts;
mod helpers;
mod obligations;
mod pages;
mod plan;
mod process;
mod schools;
mod security;
mod sessions;
mod staff;
mod storage;
