//! `wegwijs`: the portal's server. `wegwijs` (or `wegwijs serve`) serves the portal;
//! `wegwijs migrate` only applies the database migrations; `wegwijs create-admin <e-mail>
//! <name>` makes the first admin and prints the link where they set a password and their
//! second factor. Settings: see README.

use std::process::ExitCode;

use server::{configuration::Settings, startup::Application, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line naming the cause (and its causes), never a panic trace.
            eprintln!("wegwijs: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &[String]) -> anyhow::Result<()> {
    let settings = Settings::from_env()?;
    telemetry::init(&settings.log_format);
    match args.first().map_or("serve", String::as_str) {
        "serve" => {
            Application::build(settings)
                .await?
                .run_until_stopped(telemetry::shutdown_signal())
                .await
        }
        "migrate" => server::db::Db::connect(&settings.database).await?.migrate().await,
        "seed-demo" => {
            let db = server::db::Db::connect(&settings.database).await?;
            db.migrate().await?;
            let added = server::demo::seed(&db).await?;
            println!("demo data: {added} information sessions added");
            Ok(())
        }
        "create-admin" => {
            let (Some(email), name) = (args.get(1), args[2.min(args.len())..].join(" ")) else {
                anyhow::bail!("usage: wegwijs create-admin <e-mail> <name>");
            };
            let db = server::db::Db::connect(&settings.database).await?;
            db.migrate().await?;
            let link = server::accounts::staff::create_admin(&db, &settings.public_url, email, &name).await?;
            println!("Admin account made for {email}. Open this link within 24 hours to set a password and the second factor:\n{link}");
            Ok(())
        }
        other => anyhow::bail!("unknown command {other:?}; use `serve`, `migrate`, `seed-demo` or `create-admin`"),
    }
}
