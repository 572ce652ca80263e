//! The stages wired together: one article in, rows out; and the streaming, parallel driver.
//!
//! Reading runs on its own thread and hands batches over a bounded channel; each batch is
//! processed in parallel with rayon (`par_iter().map().collect()` keeps input order) and
//! rendered to bytes on the workers; the calling thread writes the bytes in order. Memory is
//! bounded by a few batches, whatever the input size.

use crate::attribute::{attribute, Attribution, Doc};
use crate::error::{Diagnostic, ErrorKind};
use crate::input::{read_all, Article, Item, ReadOptions, Source};
use crate::output::{rows, Row, Sink};
use rayon::prelude::*;
use std::io::{self, Write};
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

/// Extract the attributions of one text, as byte spans, speaker names resolved.
pub fn extract(text: &str) -> Vec<Attribution> {
    let doc = Doc::new(text);
    let mut attrs = attribute(&doc);
    crate::resolve::resolve(&doc, &mut attrs);
    attrs
}

/// Extract the rows of one article (offsets in code points).
pub fn process(article: &Article) -> Vec<Row> {
    rows(article, &extract(&article.text))
}

/// How to run a batch job.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// worker threads; 0 = rayon's default (all cores, or RAYON_NUM_THREADS)
    pub threads: usize,
    pub read: ReadOptions,
    /// a batch closes at this many articles ...
    pub batch_articles: usize,
    /// ... or this many bytes of text
    pub batch_bytes: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            threads: 0,
            read: ReadOptions::default(),
            batch_articles: 4096,
            batch_bytes: 16 << 20,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub articles: u64,
    pub attributions: u64,
    pub bytes: u64,
    pub errors: u64,
    pub warnings: u64,
    pub elapsed: Duration,
}

impl Summary {
    pub fn mb_per_s(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.bytes as f64 / 1e6 / s
        } else {
            0.0
        }
    }
}

/// Callbacks for what happens during a run, so the library knows nothing of terminals.
pub trait Observer {
    /// A record or file that could not be (fully) processed, in input order.
    fn problem(&mut self, d: &Diagnostic);
    /// An article was processed (called in input order, after its rows were written).
    fn article(&mut self, _a: &Article, _rows: usize) {}
}

/// Run extraction over `sources`, writing rows through `sink` to `out`.
pub fn run(
    sources: &[Source],
    opts: &RunOptions,
    sink: &dyn Sink,
    out: &mut dyn Write,
    obs: &mut dyn Observer,
) -> io::Result<Summary> {
    let start = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .build()
        .map_err(io::Error::other)?;
    let mut sum = Summary::default();
    out.write_all(&sink.header())?;
    let (tx, rx) = sync_channel::<Vec<Item>>(2);
    let result = std::thread::scope(|s| -> io::Result<()> {
        let read = &opts.read;
        let (max_n, max_b) = (opts.batch_articles.max(1), opts.batch_bytes.max(1));
        s.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0usize;
            read_all(sources, read, &mut |item| {
                if let Item::Article(a) = &item {
                    bytes += a.text.len();
                }
                batch.push(item);
                if batch.len() >= max_n || bytes >= max_b {
                    bytes = 0;
                    if tx.send(std::mem::take(&mut batch)).is_err() {
                        return false;
                    }
                }
                true
            });
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        for batch in rx.iter() {
            let rendered: Vec<Option<Result<(Vec<u8>, usize), String>>> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|item| match item {
                        Item::Article(a) => Some(render_one(a, sink)),
                        Item::Problem(_) => None,
                    })
                    .collect()
            });
            for (item, r) in batch.iter().zip(rendered) {
                match (item, r) {
                    (Item::Problem(d), _) => {
                        if d.kind.is_warning() {
                            sum.warnings += 1;
                        } else {
                            sum.errors += 1;
                        }
                        obs.problem(d);
                    }
                    (Item::Article(a), Some(Ok((buf, n)))) => {
                        out.write_all(&buf)?;
                        sum.articles += 1;
                        sum.attributions += n as u64;
                        sum.bytes += a.text.len() as u64;
                        obs.article(a, n);
                    }
                    (Item::Article(a), Some(Err(msg))) => {
                        sum.errors += 1;
                        obs.problem(&Diagnostic {
                            file: String::new(),
                            record: None,
                            doc_id: Some(a.id.clone()),
                            kind: ErrorKind::Internal,
                            message: msg,
                        });
                    }
                    (Item::Article(_), None) => unreachable!("every article is rendered"),
                }
            }
        }
        Ok(())
    });
    result?;
    out.flush()?;
    sum.elapsed = start.elapsed();
    Ok(sum)
}

fn render_one(a: &Article, sink: &dyn Sink) -> Result<(Vec<u8>, usize), String> {
    // A bug on one strange article must not take the batch down: contain it and report it.
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let rows = process(a);
        let mut buf = Vec::with_capacity(rows.len() * 256);
        sink.render(&rows, &mut buf).map(|_| (buf, rows.len()))
    }));
    match res {
        Ok(Ok(x)) => Ok(x),
        Ok(Err(e)) => Err(format!("cannot render rows: {e}")),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("internal error while extracting ({msg}); article skipped"))
        }
    }
}
