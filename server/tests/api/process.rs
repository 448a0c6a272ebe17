//! The binary itself: clear one-line errors at start, and a clean stop on SIGTERM.

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

fn wegwijs(vars: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wegwijs"));
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("RUST_LOG", "warn");
    for (key, value) in vars {
        command.env(key, value);
    }
    command.stdout(Stdio::null()).stderr(Stdio::piped());
    command
}

/// Runs to completion and returns (success, stderr).
fn run(vars: &[(&str, &str)]) -> (bool, String) {
    let output = wegwijs(vars).output().expect("binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn assert_one_line_error(stderr: &str, needle: &str) {
    let lines: Vec<_> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "expected one line, got: {stderr}");
    assert!(
        lines[0].starts_with("wegwijs: ") && lines[0].contains(needle),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_malformed_database_url_stops_the_process_with_one_line() {
    let (ok, stderr) = run(&[("DATABASE_URL", "mysql://root:hunter2@db/x"), ("WEGWIJS_PORT", "0")]);
    assert!(!ok);
    assert_one_line_error(&stderr, "DATABASE_URL");
    assert!(!stderr.contains("hunter2"), "the password must not be printed");
}

#[test]
fn an_unreachable_database_stops_the_process_with_one_line() {
    let (ok, stderr) = run(&[
        ("DATABASE_URL", "postgres://nobody:secret@127.0.0.1:1/none"),
        ("WEGWIJS_PORT", "0"),
    ]);
    assert!(!ok);
    assert_one_line_error(&stderr, "could not connect to the PostgreSQL database");
    assert!(!stderr.contains("secret"));
}

#[test]
fn a_taken_port_stops_the_process_with_one_line() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let (ok, stderr) = run(&[("DATABASE_URL", &url), ("WEGWIJS_PORT", &port)]);
    assert!(!ok);
    assert_one_line_error(&stderr, &format!("cannot listen on 127.0.0.1:{port}"));
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let mut child = wegwijs(&[("DATABASE_URL", &url), ("WEGWIJS_PORT", &port.to_string())])
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("exit");
    assert!(status.success(), "exit status after SIGTERM: {status}");
}
