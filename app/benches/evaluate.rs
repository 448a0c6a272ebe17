//! Time of one obligations evaluation (budget: < 1 ms). Run by `bench/run.sh`, or by hand:
//! `cargo bench -p app --bench evaluate`. Prints one JSON line.

use std::{hint::black_box, time::Instant};

use app::obligations::{evaluate, Answers};
use chrono::NaiveDate;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let variants: Vec<Answers> = [
        "nationality=other&purpose=partner&referent=dutch&birth_date=1995-06-15&pass_date=2024-03-01&diploma=no&schooling=no&pip_date=2024-05-10&route=b1",
        "nationality=turkish&purpose=partner&referent=unknown&birth_date=unknown&pass_date=unknown&diploma=unknown&schooling=unknown&pip_date=unknown&route=unknown",
        "nationality=eu",
        "nationality=other&purpose=clergy&birth_date=1980-01-01&pass_date=2023-01-01&diploma=no&schooling=no&pip_date=not_yet&route=z",
    ]
    .iter()
    .map(|query| {
        let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
        Answers::parse(pairs, today).expect("valid answers")
    })
    .collect();
    let rounds = 100_000;
    let start = Instant::now();
    for i in 0..rounds {
        black_box(evaluate(black_box(&variants[i % variants.len()]), today));
    }
    let mean_us = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
    println!("{{\"evaluations\":{rounds},\"mean_us\":{mean_us:.2}}}");
}
