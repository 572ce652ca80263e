//! The stages wired together: one article in, rows out; and the streaming, parallel driver.
//!
//! Reading runs on its own thread, which hands each batch to the rayon pool as soon as it is
//! read (JSONL records unparsed: the reader only finds the line ends, and the workers parse
//! the records, so that reading never holds back the workers, however many there are, and one
//! worker thread does all the work of an article); a batch is processed in parallel (`par_iter().map().collect()` keeps input order) and
//! rendered to bytes on the workers, and the calling thread writes the batches in input order
//! as they finish (the workers meanwhile go on with the next ones), so the output is
//! byte-identical whatever the number of threads. Memory is bounded by a few batches, whatever
//! the input size. When writing fails (a closed pipe), the reader is told to stop and the
//! error is returned.

use crate::attribute::{attribute, Attribution, Doc};
use crate::error::{Diagnostic, ErrorKind};
use crate::input::{read_all_deferred, Article, Item, Origin, ReadOptions, Source};
use crate::output::{render_article, rows, Row, Sink};
use rayon::prelude::*;
use std::io::{self, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::time::{Duration, Instant};

/// Texts longer than this are read in windows of about this size, cut at paragraph breaks, so
/// that the working memory of one article (tokens, sentences: about ten times its bytes) stays
/// bounded however long it is. News articles are far shorter; a longer "article" is a book or a
/// dump glued into one record, and no attribution reaches across a megabyte of text.
pub const WINDOW: usize = 1 << 20;

/// Extract the attributions of one text, as byte spans, speaker names resolved.
pub fn extract(text: &str) -> Vec<Attribution> {
    if text.len() <= WINDOW {
        return extract_window(text);
    }
    let mut out: Vec<Attribution> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = window_end(text, start);
        let base = out.len();
        let shift = |s: &mut crate::segment::Span| {
            s.start += start;
            s.end += start;
        };
        for mut at in extract_window(&text[start..end]) {
            at.content.iter_mut().for_each(shift);
            at.speaker.as_mut().map(shift);
            at.cue.as_mut().map(shift);
            at.source.as_mut().map(shift);
            at.speaker_from = at.speaker_from.map(|i| i + base);
            out.push(at);
        }
        start = end;
    }
    out
}

fn extract_window(text: &str) -> Vec<Attribution> {
    let doc = Doc::new(text);
    let mut attrs = attribute(&doc);
    crate::resolve::resolve(&doc, &mut attrs);
    attrs
}

/// Where the window that starts at `start` ends: after the last paragraph break (a blank line,
/// else a line break, else a space) within `WINDOW` bytes; the end of the text when it is near.
fn window_end(text: &str, start: usize) -> usize {
    let limit = start + WINDOW;
    if limit >= text.len() {
        return text.len();
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let region = &text.as_bytes()[start..cut];
    // a break in the second half of the window, so that windows stay large
    let half = region.len() / 2;
    let after = |k: Option<usize>, len: usize| k.filter(|&k| k >= half).map(|k| start + k + len);
    after(memchr::memmem::rfind(region, b"\n\n"), 2)
        .or_else(|| after(memchr::memrchr(b'\n', region), 1))
        .or_else(|| after(memchr::memrchr(b' ', region), 1))
        .unwrap_or(cut)
}

/// Extract the rows of one article (offsets in code points).
pub fn process(article: &Article) -> Vec<Row> {
    rows(article, &extract(&article.text))
}

/// How to run a batch job.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// worker threads; 0 = rayon's default: RAYON_NUM_THREADS when set (and not 0), else
    /// the number of logical CPUs
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
            batch_articles: 1024,
            batch_bytes: 4 << 20,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub articles: u64,
    pub attributions: u64,
    pub bytes: u64,
    /// problems that lost a record (or the rest of a file)
    pub errors: u64,
    /// problems with records that were still processed (invalid UTF-8)
    pub warnings: u64,
    pub elapsed: Duration,
    /// the worker threads used
    pub threads: usize,
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
    let mut sum = Summary {
        threads: pool.current_num_threads(),
        ..Summary::default()
    };
    out.write_all(&sink.header())?;
    // The reader hands each batch to the pool as soon as it is read, and the receiver of its
    // rows to this thread, which writes the batches in input order as they finish: the workers
    // go on with the next batch while the slowest articles of one still run and while the rows
    // of an earlier one are written. At most `IN_FLIGHT` batches wait to be written.
    let (tx, rx) = sync_channel::<Receiver<Processed>>(IN_FLIGHT);
    let result = std::thread::scope(|s| -> io::Result<()> {
        // Owned by this closure, so that an early return (a write error) drops it and the
        // reader, blocked on a full channel, sees the send fail and stops: the scope can
        // then end instead of waiting for it forever.
        let rx = rx;
        let read = &opts.read;
        let pool = &pool;
        let (max_n, max_b) = (opts.batch_articles.max(1), opts.batch_bytes.max(1));
        s.spawn(move || {
            // (the scope ends when the batches spawned into it are done)
            pool.in_place_scope(|ps| {
                let hand_over = |batch: Vec<Item>| -> bool {
                    let (done, rows) = sync_channel(1);
                    if tx.send(rows).is_err() {
                        return false;
                    }
                    ps.spawn(move |_| {
                        let processed = process_batch(batch, read, sink);
                        // (the receiver is gone only when writing failed: nothing to do then)
                        let _ = done.send(processed);
                    });
                    true
                };
                let mut batch = Vec::new();
                let mut bytes = 0usize;
                // The first batches are small and each is twice the one before, up to the full
                // size: the workers start after a few articles are read, not a full batch.
                let (mut cap_n, mut cap_b) = ((max_n / 16).max(1), (max_b / 16).max(1));
                read_all_deferred(sources, read, &mut |item| {
                    match &item {
                        Item::Article(a, _) => bytes += a.text.len(),
                        Item::Line(l) => bytes += l.bytes.len(),
                        Item::Problem(_) => {}
                    }
                    batch.push(item);
                    if batch.len() >= cap_n || bytes >= cap_b {
                        bytes = 0;
                        (cap_n, cap_b) = ((cap_n * 2).min(max_n), (cap_b * 2).min(max_b));
                        if !hand_over(std::mem::take(&mut batch)) {
                            return false;
                        }
                    }
                    true
                });
                if !batch.is_empty() {
                    hand_over(batch);
                }
            });
        });
        for rows in &rx {
            let processed = rows.recv().expect("a spawned batch sends its rows");
            write_batch(processed, out, obs, &mut sum)?;
        }
        Ok(())
    });
    result?;
    out.flush()?;
    sum.elapsed = start.elapsed();
    Ok(sum)
}

/// One article's rendered rows and their number, or why it failed.
type Rendered = Result<(Vec<u8>, usize), String>;

/// The items of a batch, its JSONL records parsed, each article with its rendered rows (None
/// for a problem), in input order.
type Processed = Vec<(Item, Option<Rendered>)>;

/// Batches read and handed to the pool but not yet written, at most (besides the one being
/// written and the one the reader holds): enough that the workers never wait for the writer.
const IN_FLIGHT: usize = 4;

/// Parse the records of `batch` and render every article, on the pool's workers, in order.
fn process_batch(batch: Vec<Item>, read: &ReadOptions, sink: &dyn Sink) -> Processed {
    batch
        .into_par_iter()
        .flat_map_iter(|item| {
            let items = match item {
                Item::Line(l) => l.parse(read),
                item => vec![item],
            };
            items.into_iter().map(|item| match item {
                Item::Article(a, o) => {
                    let r = render_one(&a, sink);
                    (Item::Article(a, o), Some(r))
                }
                other => (other, None),
            })
        })
        .collect()
}

/// Write the rows of a processed batch, in input order, and count and report its items.
fn write_batch(processed: Processed, out: &mut dyn Write, obs: &mut dyn Observer, sum: &mut Summary) -> io::Result<()> {
    for (item, r) in processed {
        match (item, r) {
            (Item::Problem(d), _) => {
                if d.kind.is_warning() {
                    sum.warnings += 1;
                } else {
                    sum.errors += 1;
                }
                obs.problem(&d);
            }
            (Item::Article(a, _), Some(Ok((buf, n)))) => {
                out.write_all(&buf)?;
                sum.articles += 1;
                sum.attributions += n as u64;
                sum.bytes += a.text.len() as u64;
                obs.article(&a, n);
            }
            (Item::Article(a, Origin { file, line }), Some(Err(msg))) => {
                sum.errors += 1;
                obs.problem(&Diagnostic {
                    file: file.to_string(),
                    line,
                    doc_id: Some(a.id),
                    kind: ErrorKind::Internal,
                    message: msg,
                });
            }
            (Item::Article(..), None) => unreachable!("every article is rendered"),
            (Item::Line(_), _) => unreachable!("every record is parsed"),
        }
    }
    Ok(())
}

fn render_one(a: &Article, sink: &dyn Sink) -> Rendered {
    // A bug on one strange article must not take the batch down: contain it and report it.
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let attrs = extract(&a.text);
        // every row repeats the article's id, url, date and publisher, and holds its quotation:
        // sized for those and about 200 bytes of the rest, the buffer rarely grows
        let per_row = 200
            + a.id.len()
            + [&a.url, &a.date, &a.publisher]
                .iter()
                .map(|f| f.as_ref().map_or(0, |s| s.len()))
                .sum::<usize>();
        let quoted: usize = attrs.iter().flat_map(|x| &x.content).map(|s| s.end - s.start).sum();
        let mut buf = Vec::with_capacity(attrs.len() * per_row + quoted);
        let res = render_article(a, &attrs, sink, &mut buf).map(|n| (buf, n));
        crate::attribute::recycle(attrs);
        res
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::CsvSink;

    #[test]
    fn a_text_longer_than_a_window_is_read_window_by_window() {
        let para = "\u{201c}We will win the vote,\u{201d} Ana Ruiz said. ";
        let mut text = String::new();
        let mut n = 0;
        while text.len() <= 2 * WINDOW + 1000 {
            text.push_str(para);
            // every fourth paragraph break is a blank line: windows must cut at them
            text.push_str(if n % 4 == 3 { "\n\n" } else { "\n" });
            n += 1;
        }
        let attrs = extract(&text);
        assert_eq!(attrs.len(), n);
        for (i, at) in attrs.iter().enumerate() {
            assert_eq!(at.content[0].slice(&text), "We will win the vote,", "attribution {i}");
            assert_eq!(at.speaker.map(|s| s.slice(&text)), Some("Ana Ruiz"), "attribution {i}");
            assert_eq!(at.cue.map(|s| s.slice(&text)), Some("said"));
        }
        assert!(attrs.windows(2).all(|w| w[0].content[0].start < w[1].content[0].start));
        let mut start = 0;
        while start < text.len() {
            let end = window_end(&text, start);
            assert!(end - start <= WINDOW && (end == text.len() || text[..end].ends_with("\n\n")));
            start = end;
        }
    }

    #[derive(Default)]
    struct Collect {
        problems: Vec<Diagnostic>,
        articles: Vec<String>,
    }

    impl Observer for Collect {
        fn problem(&mut self, d: &Diagnostic) {
            self.problems.push(d.clone());
        }
        fn article(&mut self, a: &Article, _rows: usize) {
            self.articles.push(a.id.clone());
        }
    }

    /// A sink with a bug on one article.
    struct Fragile;

    impl Sink for Fragile {
        fn header(&self) -> Vec<u8> {
            Vec::new()
        }
        fn render(&self, rows: &[Row], buf: &mut Vec<u8>) -> io::Result<()> {
            for r in rows {
                assert!(r.doc_id != "boom", "a bug on this article");
                buf.extend_from_slice(r.doc_id.as_bytes());
                buf.push(b'\n');
            }
            Ok(())
        }
    }

    fn jsonl(dir: &std::path::Path, ids: &[&str]) -> Vec<Source> {
        let path = dir.join("t.jsonl");
        let mut body = String::new();
        for id in ids {
            let rec = serde_json::json!({"id": id, "text": "\u{201c}We will win,\u{201d} Wang Yi said."});
            body += &format!("{rec}\n");
        }
        std::fs::write(&path, body).unwrap();
        vec![Source {
            path: Some(path),
            display: "t.jsonl".into(),
            name: "t.jsonl".into(),
        }]
    }

    #[test]
    fn a_panic_on_one_article_is_an_internal_error_located_by_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let sources = jsonl(dir.path(), &["a", "boom", "c"]);
        let mut out = Vec::new();
        let mut obs = Collect::default();
        let sum = run(&sources, &RunOptions::default(), &Fragile, &mut out, &mut obs).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a\nc\n");
        assert_eq!((sum.articles, sum.errors), (2, 1));
        assert_eq!(obs.articles, ["a", "c"]);
        let d = &obs.problems[0];
        assert_eq!(
            (d.kind, d.file.as_str(), d.line),
            (ErrorKind::Internal, "t.jsonl", Some(2))
        );
        assert_eq!(d.doc_id.as_deref(), Some("boom"));
        assert!(d.message.contains("a bug on this article"), "{}", d.message);
    }

    /// A writer whose reader went away after `left` bytes.
    struct ClosedPipe {
        left: usize,
    }

    impl Write for ClosedPipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_stops_the_reader_and_is_returned() {
        // many small batches, so the reader is blocked on a full channel when writing fails
        let dir = tempfile::tempdir().unwrap();
        let ids: Vec<String> = (0..2000).map(|i| format!("d{i}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let sources = jsonl(dir.path(), &ids);
        let opts = RunOptions {
            threads: 2,
            batch_articles: 10,
            ..RunOptions::default()
        };
        let mut out = ClosedPipe { left: 1000 };
        let mut obs = Collect::default();
        let err = run(&sources, &opts, &CsvSink, &mut out, &mut obs).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
        assert!(obs.articles.len() < 100, "stopped early: {}", obs.articles.len());
    }
}
