//! Process concerns of the Wegwijs server: configuration, database, sessions, HTTP stack,
//! telemetry. Pages and domain rules live in the `app` crate.

pub mod accounts;
pub mod api;
pub mod assets;
pub mod clock;
pub mod configuration;
pub mod db;
pub mod http;
pub mod mail;
pub mod sessions;
pub mod startup;
pub mod telemetry;
pub mod web;
