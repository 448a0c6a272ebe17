//! `wegwijs`: the portal's server. `wegwijs` (or `wegwijs serve`) serves the portal;
//! `wegwijs migrate` only applies the database migrations. Settings: see README.

use std::process::ExitCode;

use server::{configuration::Settings, startup::Application, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".to_owned());
    match run(&command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line naming the cause (and its causes), never a panic trace.
            eprintln!("wegwijs: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: &str) -> anyhow::Result<()> {
    let settings = Settings::from_env()?;
    telemetry::init(&settings.log_format);
    match command {
        "serve" => {
            Application::build(settings)
                .await?
                .run_until_stopped(telemetry::shutdown_signal())
                .await
        }
        "migrate" => server::db::Db::connect(&settings.database).await?.migrate().await,
        other => anyhow::bail!("unknown command {other:?}; use `serve` or `migrate`"),
    }
}
