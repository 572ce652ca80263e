//! Per-stage benchmarks on generated articles (the same generator as `gencorpus`, seed 42).
//!
//! `cargo bench --bench pipeline` — stages, each over the same ~2 MB of articles, throughput
//! in MB (10^6 bytes) of article text:
//! - `segment+detect`: `Doc::new` (paragraphs, quotations, tokens, sentences)
//! - `attribute`: the rule passes over a ready `Doc`
//! - `resolve`: speaker names (on a fresh copy of the attributions each time; the copy is
//!   made outside the timed part)
//! - `output`: `rows` (code point offsets) + CSV rendering
//! - `process`: the whole of `pipeline::process` per article (all of the above but CSV)
//!
//! Set `WHOSAID_BENCH_MB` to change the amount of text (default 2).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use whosaid::attribute::{attribute, Attribution, Doc};
use whosaid::input::Article;
use whosaid::output::{rows, CsvSink, Sink};

#[allow(dead_code)]
#[path = "../src/bin/gencorpus.rs"]
mod gen;

fn articles() -> Vec<Article> {
    let mb: f64 = std::env::var("WHOSAID_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2.0);
    let mut g = gen::Gen::new(42);
    let mut out = Vec::new();
    let mut bytes = 0usize;
    while (bytes as f64) < mb * 1e6 {
        let r = g.next_article();
        bytes += r.text.len();
        out.push(Article {
            id: r.id,
            text: r.text,
            url: Some(r.url),
            date: Some(r.date),
            publisher: Some(r.publisher),
        });
    }
    out
}

fn stages(c: &mut Criterion) {
    let arts = articles();
    let bytes: u64 = arts.iter().map(|a| a.text.len() as u64).sum();
    let docs: Vec<Doc> = arts.iter().map(|a| Doc::new(&a.text)).collect();
    let attrs: Vec<Vec<Attribution>> = docs.iter().map(attribute).collect();
    let mut resolved = attrs.clone();
    for (d, a) in docs.iter().zip(resolved.iter_mut()) {
        whosaid::resolve::resolve(d, a);
    }

    let mut g = c.benchmark_group("stages");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::BytesDecimal(bytes));

    g.bench_function("segment+detect", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(Doc::new(black_box(&a.text)));
            }
        })
    });
    g.bench_function("attribute", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(attribute(black_box(d)));
            }
        })
    });
    g.bench_function("resolve", |b| {
        b.iter_batched_ref(
            || attrs.clone(),
            |fresh| {
                for (d, a) in docs.iter().zip(fresh.iter_mut()) {
                    whosaid::resolve::resolve(d, a);
                }
            },
            BatchSize::LargeInput,
        )
    });
    let mut buf = Vec::with_capacity(1 << 20);
    g.bench_function("output", |b| {
        b.iter(|| {
            buf.clear();
            for (a, at) in arts.iter().zip(&resolved) {
                let r = rows(a, at);
                CsvSink.render(&r, &mut buf).unwrap();
            }
            black_box(buf.len())
        })
    });
    g.bench_function("process", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(whosaid::pipeline::process(black_box(a)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
