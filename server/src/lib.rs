//! The Wegwijs server: process concerns (configuration, database, the session store, HTTP
//! stack, telemetry) and the services of each area (accounts, information sessions, language schools). Pages and domain rules live in the `app` crate.

pub mod accounts;
pub mod api;
pub mod assets;
pub mod clock;
pub mod configuration;
pub mod db;
pub mod demo;
pub mod http;
pub mod mail;
pub mod plan;
pub mod schools;
pub mod session_store;
pub mod sessions;
pub mod startup;
pub mod telemetry;
pub mod web;
