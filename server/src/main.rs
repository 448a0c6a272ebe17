//! `wegwijs`: the portal's server. `wegwijs` (or `wegwijs serve`) serves the portal;
//! `wegwijs migrate` only applies the database migrations; `wegwijs create-admin <e-mail>
//! <name>` makes the first admin and prints the link where they set a password and their
//! second factor; `wegwijs import-schools <file.csv> [--dry-run]` imports language schools
//! (format: README). Settings: see README.

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
            let schools = server::demo::seed_schools(&db).await?;
            println!("demo data: {added} information sessions added, {schools} language schools imported");
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
        "import-schools" => import_schools(&settings, &args[1..]).await,
        other => anyhow::bail!(
            "unknown command {other:?}; use `serve`, `migrate`, `seed-demo`, `create-admin` or `import-schools`"
        ),
    }
}

/// `import-schools <file.csv> [--dry-run]`: checks the whole file first (the first problem is
/// named by line and column, and nothing is written), then writes it in one transaction.
async fn import_schools(settings: &Settings, args: &[String]) -> anyhow::Result<()> {
    let dry_run = args.iter().any(|a| a == "--dry-run");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        anyhow::bail!("usage: wegwijs import-schools <file.csv> [--dry-run]");
    };
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("could not read {path}: {e}"))?;
    let parsed = app::schools::import::parse(&bytes, |rows| eprintln!("checked {rows} rows"))
        .map_err(|e| anyhow::anyhow!("{path}: {e}; nothing was imported"))?;
    eprintln!("{} rows checked; writing {} schools", parsed.rows, parsed.schools.len());
    let db = server::db::Db::connect(&settings.database).await?;
    db.migrate().await?;
    let total = parsed.schools.len();
    let summary = server::schools::import::write(&db, &parsed, dry_run, |done| {
        if total > 1_000 {
            eprintln!("written {done} of {total} schools");
        }
    })
    .await
    .map_err(|e| anyhow::anyhow!("{path}: the database refused the file ({e}); nothing was imported"))?;
    let verb = if dry_run {
        "would import (dry run, nothing changed)"
    } else {
        "imported"
    };
    println!(
        "{verb}: {} rows, {} schools ({} new), {} locations, {} offers",
        summary.rows, summary.schools, summary.new_schools, summary.locations, summary.offers
    );
    Ok(())
}
