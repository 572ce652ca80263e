//! Stage 0: reading articles from the formats people have.
//!
//! `.txt`/`.md` files are one article each; `.jsonl`/`.ndjson` one article per line; `.csv` and
//! `.tsv` one per record. Compression (gzip, zstd, bzip2) is recognised by magic bytes, not by
//! name. Every problem becomes a [`Diagnostic`] naming the file and record; reading goes on.

use crate::error::{Diagnostic, ErrorKind};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One article to process.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
}

/// Where an article was read: the file as named in messages, and the line its record starts
/// on (None for a one-article `.txt` file).
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: Option<u64>,
}

/// What reading produces, in input order.
#[derive(Debug)]
pub enum Item {
    Article(Article, Origin),
    Problem(Diagnostic),
    /// A JSONL record not yet parsed: only [`read_all_deferred`] makes these, and
    /// [`JsonLine::parse`] turns one into the items [`read_all`] gives for it.
    Line(JsonLine),
}

/// One JSONL record as read (a non-blank line within the length limit), left for another
/// thread to parse: the reader then only finds line ends, and the parsing (the larger part of
/// reading) runs on the workers, in parallel.
#[derive(Debug)]
pub struct JsonLine {
    pub file: Arc<str>,
    /// the line number in the file, from 1
    pub line: u64,
    /// the line without its '\n'
    pub bytes: Vec<u8>,
}

impl JsonLine {
    /// The items of this record, exactly as [`read_all`] gives them: a warning of invalid
    /// UTF-8 (if any) then the article, or the record's problem.
    pub fn parse(&self, opts: &ReadOptions) -> Vec<Item> {
        parse_json_record(&self.file, self.line, &self.bytes, opts)
    }
}

/// Field names and limits for reading records.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// text field names, in order of preference
    pub text_fields: Vec<String>,
    /// id field names, in order of preference
    pub id_fields: Vec<String>,
    /// records (texts) larger than this are skipped and reported
    pub max_article_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            text_fields: ["text", "maintext", "content", "article", "body"]
                .map(String::from)
                .to_vec(),
            id_fields: ["id", "_id", "stories_id", "articleID"].map(String::from).to_vec(),
            max_article_bytes: 16 << 20,
        }
    }
}

const URL_FIELDS: [&str; 1] = ["url"];
const DATE_FIELDS: [&str; 3] = ["date", "date_publish", "published"];
const PUBLISHER_FIELDS: [&str; 3] = ["publisher", "source_domain", "outlet"];

/// How many leading bytes are looked at for NUL bytes (binary files) and the format.
const SNIFF_BYTES: usize = 8192;
/// How much of an overlong JSONL line is kept to find its id for the message.
const LONG_LINE_PREFIX: usize = 64 << 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
    Tsv,
}

/// A file to read, and the names it goes by.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: Option<PathBuf>,
    /// how the file is named in messages, and in the ids of records without one
    /// (`FILE:LINE`): as given on the command line, or relative to the directory given there
    pub display: String,
    /// what the id of a one-article file (`.txt`) is made from, by removing its extensions:
    /// the file name for a file given on the command line, the path relative to the directory
    /// for a file found in one (so that ids stay unique)
    pub name: String,
}

fn compression_suffix(name: &str) -> &str {
    for s in [".gz", ".gzip", ".zst", ".zstd", ".bz2"] {
        if let Some(stem) = name.strip_suffix(s) {
            return stem;
        }
    }
    name
}

/// Format from the file name (compression suffixes ignored); None when the name says nothing.
pub fn format_from_name(name: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    let stem = compression_suffix(&lower);
    let ext = Path::new(stem).extension()?.to_str()?;
    match ext {
        "txt" | "md" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        "tsv" => Some(Format::Tsv),
        _ => None,
    }
}

/// Expand inputs: files as given, directories walked recursively in sorted order (only files
/// whose names give a known format). Missing paths are errors for the caller (exit status 2).
pub fn expand(inputs: &[PathBuf]) -> io::Result<Vec<Source>> {
    let mut out = Vec::new();
    for inp in inputs {
        if inp.as_os_str() == "-" {
            out.push(Source {
                path: None,
                display: "<stdin>".into(),
                name: "<stdin>".into(),
            });
            continue;
        }
        let meta = std::fs::metadata(inp).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", inp.display())))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(inp, &mut files).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", inp.display())))?;
            files.sort();
            for f in files {
                let rel = f.strip_prefix(inp).unwrap_or(&f).to_string_lossy().into_owned();
                out.push(Source {
                    path: Some(f),
                    display: rel.clone(),
                    name: rel,
                });
            }
        } else {
            let name = inp
                .file_name()
                .unwrap_or(inp.as_os_str())
                .to_string_lossy()
                .into_owned();
            out.push(Source {
                path: Some(inp.clone()),
                display: inp.to_string_lossy().into_owned(),
                name,
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let p = entry.path();
        let ft = entry.file_type()?;
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if ft.is_dir() {
            walk(&p, out)?;
        } else if format_from_name(&p.to_string_lossy()).is_some() {
            out.push(p);
        }
    }
    Ok(())
}

/// A reader that fails once with a stored error, then reports end of input: stands for the
/// rest of a stream whose reading failed while its first bytes were being looked at, so the
/// bytes read before the failure are still processed and the failure is reported in place.
struct Failed(Option<io::Error>);

impl Read for Failed {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

/// Read up to `n` bytes from the start of `r` and give them back with a reader that yields
/// the same stream from its beginning (a read error is deferred to where it happened).
fn peek<R: Read + Send + 'static>(mut r: R, n: usize) -> (Vec<u8>, Box<dyn BufRead + Send>) {
    let mut head = vec![0u8; n];
    let mut len = 0;
    let mut err = None;
    while len < n {
        match r.read(&mut head[len..]) {
            Ok(0) => break,
            Ok(k) => len += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    head.truncate(len);
    let rest: Box<dyn Read + Send> = match err {
        Some(e) => Box::new(Failed(Some(e))),
        None => Box::new(r),
    };
    let reader = io::Cursor::new(head.clone()).chain(BufReader::with_capacity(256 << 10, rest));
    (head, Box::new(reader))
}

/// Open a file (or stdin), undoing any compression found by its magic bytes; also says which
/// compression that was.
fn open(src: &Source) -> io::Result<(Box<dyn BufRead + Send>, Option<&'static str>)> {
    let raw: Box<dyn Read + Send> = match &src.path {
        Some(p) => Box::new(File::open(p)?),
        None => Box::new(io::stdin()),
    };
    let (magic, br) = peek(raw, 4);
    Ok(if magic.starts_with(&[0x1f, 0x8b]) {
        let d = flate2::bufread::MultiGzDecoder::new(br);
        (Box::new(BufReader::with_capacity(256 << 10, d)), Some("gzip"))
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let d = zstd::stream::read::Decoder::with_buffer(br)?;
        (Box::new(BufReader::with_capacity(256 << 10, d)), Some("zstd"))
    } else if magic.starts_with(b"BZh") {
        let d = bzip2::bufread::MultiBzDecoder::new(br);
        (Box::new(BufReader::with_capacity(256 << 10, d)), Some("bzip2"))
    } else {
        (br, None)
    })
}

/// Read every source, handing each article or problem to `emit` in input order.
pub fn read_all(sources: &[Source], opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) {
    for src in sources {
        if !read_source_with(src, opts, false, emit) {
            return;
        }
    }
}

/// [`read_all`], except that each JSONL record is handed over unparsed, as an
/// [`Item::Line`], for the receiver to [`JsonLine::parse`] (on another thread). The problems
/// found while reading (an unreadable file, an overlong line, a truncated stream) and the
/// records of other formats come as [`read_all`] gives them.
pub fn read_all_deferred(sources: &[Source], opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) {
    for src in sources {
        if !read_source_with(src, opts, true, emit) {
            return;
        }
    }
}

fn problem(src: &Source, line: Option<u64>, doc_id: Option<String>, kind: ErrorKind, message: String) -> Item {
    problem_in(&src.display, line, doc_id, kind, message)
}

fn problem_in(file: &str, line: Option<u64>, doc_id: Option<String>, kind: ErrorKind, message: String) -> Item {
    Item::Problem(Diagnostic {
        file: file.to_string(),
        line,
        doc_id,
        kind,
        message,
    })
}

/// The kind and wording of a read error in the middle of a file.
fn read_error(e: &io::Error, compression: Option<&str>) -> (ErrorKind, String) {
    match compression {
        Some(c) => (ErrorKind::Decompress, format!("truncated or corrupt {c} stream ({e})")),
        None => (ErrorKind::Io, format!("read error ({e})")),
    }
}

/// Read one source. Returns false when `emit` asked to stop.
pub fn read_source(src: &Source, opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    read_source_with(src, opts, false, emit)
}

/// [`read_source`]; `defer`: JSONL records as [`Item::Line`] (see [`read_all_deferred`]).
fn read_source_with(src: &Source, opts: &ReadOptions, defer: bool, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    let (r, compression) = match open(src) {
        Ok(r) => r,
        Err(e) => return emit(problem(src, None, None, ErrorKind::Io, format!("cannot read: {e}"))),
    };
    // sniff: binary content, and the format when the name does not tell
    let (head, r) = peek(r, SNIFF_BYTES);
    if head.contains(&0) {
        return emit(problem(
            src,
            None,
            None,
            ErrorKind::Binary,
            format!(
                "binary file (NUL bytes in the first {} KiB), skipped",
                SNIFF_BYTES >> 10
            ),
        ));
    }
    let format = match &src.path {
        None => Format::Jsonl,
        Some(p) => format_from_name(&p.to_string_lossy()).unwrap_or_else(|| {
            if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
                Format::Jsonl
            } else {
                Format::Text
            }
        }),
    };
    let file: Arc<str> = Arc::from(src.display.as_str());
    let mut rd = Reading {
        src,
        file,
        opts,
        emit,
        compression,
        defer,
    };
    match format {
        Format::Text => rd.text(r),
        Format::Jsonl => rd.jsonl(r),
        Format::Csv => rd.csv(r, b','),
        Format::Tsv => rd.csv(r, b'\t'),
    }
}

/// Decode bytes as UTF-8, replacing invalid sequences.
fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Where the first invalid UTF-8 byte is, as " at byte N of WHAT" (empty when valid).
fn utf8_warning(src: &Source, line: Option<u64>, id: &str, bytes: &[u8], what: &str) -> Item {
    utf8_warning_in(&src.display, line, id, bytes, what)
}

fn utf8_warning_in(file: &str, line: Option<u64>, id: &str, bytes: &[u8], what: &str) -> Item {
    let at = match std::str::from_utf8(bytes) {
        Err(e) => format!(" at byte {} of {what}", e.valid_up_to()),
        Ok(_) => String::new(),
    };
    problem_in(
        file,
        line,
        Some(id.to_string()),
        ErrorKind::InvalidUtf8,
        format!(
            "invalid UTF-8{at}, decoded with U+FFFD replacements (offsets refer to the decoded text; see --emit-text)"
        ),
    )
}

/// Is this text nothing to extract from?
fn blank(s: &[u8]) -> bool {
    s.iter().all(|b| b.is_ascii_whitespace())
}

/// The id of a one-article file: its name (see [`Source::name`]) without the format and
/// compression extensions, so that `corpus/a.txt` and a JSONL record with id `a` name the
/// same article.
fn text_id(name: &str) -> String {
    let stem = compression_suffix(name);
    for ext in [".txt", ".md", ".text", ".TXT", ".MD"] {
        if let Some(s) = stem.strip_suffix(ext) {
            return s.to_string();
        }
    }
    stem.to_string()
}

/// Read one line into `buf`, keeping at most `max` bytes: returns Ok(None) at end of input,
/// Ok(Some(true)) when the line was longer than `max` (the rest is skipped; `buf` then holds
/// the line's first `LONG_LINE_PREFIX` bytes, to find its id).
fn read_line_bounded(r: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(if any { Some(too_long) } else { None });
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                let keep = LONG_LINE_PREFIX.min(max);
                if buf.len() < keep {
                    let more = (keep - buf.len()).min(chunk.len());
                    buf.extend_from_slice(&chunk[..more]);
                }
                buf.truncate(keep);
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(avail.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(too_long));
        }
    }
}

/// One source being read: where problems and articles go.
struct Reading<'a, 'e> {
    src: &'a Source,
    file: Arc<str>,
    opts: &'a ReadOptions,
    emit: &'e mut dyn FnMut(Item) -> bool,
    compression: Option<&'static str>,
    /// hand JSONL records over unparsed ([`Item::Line`])
    defer: bool,
}

impl Reading<'_, '_> {
    fn problem(&mut self, line: Option<u64>, doc_id: Option<String>, kind: ErrorKind, message: String) -> bool {
        (self.emit)(problem(self.src, line, doc_id, kind, message))
    }

    fn article(&mut self, a: Article, line: Option<u64>) -> bool {
        let origin = Origin {
            file: self.file.clone(),
            line,
        };
        (self.emit)(Item::Article(a, origin))
    }

    /// A `.txt`/`.md` file: one article. An empty (or white-space only) file holds no article.
    fn text(&mut self, r: Box<dyn BufRead + Send>) -> bool {
        let limit = self.opts.max_article_bytes as u64;
        let id = text_id(&self.src.name);
        let mut bytes = Vec::new();
        let mut take = r.take(limit + 1);
        if let Err(e) = take.read_to_end(&mut bytes) {
            let (kind, what) = read_error(&e, self.compression);
            let msg = format!("{what} after {} bytes; the article was skipped", bytes.len());
            return self.problem(None, Some(id), kind, msg);
        }
        if bytes.len() as u64 > limit {
            let msg = format!("article larger than --max-article-bytes ({limit} bytes), skipped");
            return self.problem(None, Some(id), ErrorKind::TooLarge, msg);
        }
        if blank(&bytes) {
            return true;
        }
        if std::str::from_utf8(&bytes).is_err() && !(self.emit)(utf8_warning(self.src, None, &id, &bytes, "the file")) {
            return false;
        }
        let text = decode(bytes);
        self.article(
            Article {
                id,
                text,
                ..Default::default()
            },
            None,
        )
    }

    /// JSONL: one article per line; blank lines are skipped.
    fn jsonl(&mut self, mut r: Box<dyn BufRead + Send>) -> bool {
        let opts = self.opts;
        let mut buf = Vec::with_capacity(64 << 10);
        let mut line_no = 0u64;
        // a JSON line holds the text plus escapes and other fields: allow for them
        let max_line = opts.max_article_bytes.saturating_mul(2).saturating_add(1 << 20);
        loop {
            let res = read_line_bounded(&mut *r, &mut buf, max_line);
            line_no += 1;
            match res {
                Ok(None) => return true,
                Ok(Some(true)) => {
                    let id = sniff_id(&buf, opts);
                    let msg = format!("line longer than {max_line} bytes (2 × --max-article-bytes + 1 MiB), skipped");
                    if !self.problem(Some(line_no), id, ErrorKind::TooLarge, msg) {
                        return false;
                    }
                }
                Ok(Some(false)) => {
                    if blank(&buf) {
                        continue;
                    }
                    if self.defer {
                        let rec = JsonLine {
                            file: self.file.clone(),
                            line: line_no,
                            bytes: buf.clone(),
                        };
                        if !(self.emit)(Item::Line(rec)) {
                            return false;
                        }
                    } else {
                        for item in parse_json_record(&self.file, line_no, &buf, opts) {
                            if !(self.emit)(item) {
                                return false;
                            }
                        }
                    }
                    if buf.capacity() > 4 << 20 {
                        // do not keep a huge line's buffer for the rest of the file
                        buf = Vec::with_capacity(64 << 10);
                    }
                }
                Err(e) => {
                    let (kind, what) = read_error(&e, self.compression);
                    let msg =
                        format!("{what}; the lines before line {line_no} were kept, the rest of the file is lost");
                    return self.problem(Some(line_no), None, kind, msg);
                }
            }
        }
    }

    /// CSV/TSV with a header row naming the columns; one article per record.
    fn csv(&mut self, r: Box<dyn BufRead + Send>, delim: u8) -> bool {
        let opts = self.opts;
        let mut rdr = csv::ReaderBuilder::new().delimiter(delim).flexible(true).from_reader(r);
        let headers = match rdr.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                let (kind, msg) = match e.kind() {
                    csv::ErrorKind::Io(io) => {
                        let (k, what) = read_error(io, self.compression);
                        (k, format!("{what} in the header row"))
                    }
                    _ => (ErrorKind::Csv, format!("cannot read the header row: {e}")),
                };
                return self.problem(Some(1), None, kind, msg);
            }
        };
        if headers.iter().all(blank) {
            // an empty file: no records
            return true;
        }
        let names: Vec<String> = headers
            .iter()
            .map(|h| {
                String::from_utf8_lossy(h)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string()
            })
            .collect();
        let find = |cands: &[String]| -> Option<usize> { cands.iter().find_map(|c| names.iter().position(|n| n == c)) };
        let find_s = |cands: &[&str]| -> Option<usize> { cands.iter().find_map(|c| names.iter().position(|n| n == c)) };
        let text_cols: Vec<usize> = opts
            .text_fields
            .iter()
            .filter_map(|c| names.iter().position(|n| n == c))
            .collect();
        let id_col = find(&opts.id_fields);
        let (url_col, date_col, pub_col) = (find_s(&URL_FIELDS), find_s(&DATE_FIELDS), find_s(&PUBLISHER_FIELDS));
        if text_cols.is_empty() {
            let msg = format!("no text column: the header has none of {}", opts.text_fields.join(", "));
            return self.problem(Some(1), None, ErrorKind::MissingText, msg);
        }
        let mut rec = csv::ByteRecord::new();
        loop {
            // the line the next record starts on (the reader stands just after the last one)
            let start = rdr.position().line();
            match rdr.read_byte_record(&mut rec) {
                Ok(false) => return true,
                Ok(true) => {}
                Err(e) => {
                    if let csv::ErrorKind::Io(io) = e.kind() {
                        let (kind, what) = read_error(io, self.compression);
                        let msg =
                            format!("{what}; the records before line {start} were kept, the rest of the file is lost");
                        return self.problem(Some(start), None, kind, msg);
                    }
                    let line = e.position().map(|p| p.line()).unwrap_or(start);
                    if !self.problem(Some(line), None, ErrorKind::Csv, format!("malformed record: {e}")) {
                        return false;
                    }
                    continue;
                }
            }
            let line = rec.position().map(|p| p.line()).unwrap_or(start);
            if rec.len() == 1 && rec[0].is_empty() {
                continue; // a blank line
            }
            let field = |c: Option<usize>| -> Option<String> {
                c.and_then(|c| rec.get(c))
                    .filter(|v| !v.is_empty())
                    .map(|v| String::from_utf8_lossy(v).into_owned())
            };
            let id = field(id_col).unwrap_or_else(|| format!("{}:{line}", self.src.display));
            let raw = text_cols.iter().filter_map(|&c| rec.get(c)).find(|v| !blank(v));
            let Some(raw) = raw else {
                let msg = match text_cols.iter().find(|&&c| c < rec.len()) {
                    Some(&c) => format!("empty text: column {} is empty", names[c]),
                    None => format!(
                        "empty text: the record has {} fields, too few for the text column",
                        rec.len()
                    ),
                };
                if !self.problem(Some(line), Some(id), ErrorKind::EmptyText, msg) {
                    return false;
                }
                continue;
            };
            if raw.len() > opts.max_article_bytes {
                let msg = format!(
                    "text of {} bytes is larger than --max-article-bytes ({}), skipped",
                    raw.len(),
                    opts.max_article_bytes
                );
                if !self.problem(Some(line), Some(id), ErrorKind::TooLarge, msg) {
                    return false;
                }
                continue;
            }
            if std::str::from_utf8(raw).is_err()
                && !(self.emit)(utf8_warning(self.src, Some(line), &id, raw, "the text field"))
            {
                return false;
            }
            let art = Article {
                id,
                text: decode(raw.to_vec()),
                url: field(url_col),
                date: field(date_col),
                publisher: field(pub_col),
            };
            if !self.article(art, Some(line)) {
                return false;
            }
        }
    }
}

/// A text field's value, as far as choosing the text goes.
#[derive(Debug)]
enum TextValue {
    Str(String),
    Null,
    /// what the field holds instead of a string ("a number", "an array", ...)
    Other(&'static str),
}

/// The fields of one record that whosaid uses; all others are skipped unparsed.
#[derive(Default)]
struct Fields {
    /// (rank in `text_fields`, value)
    texts: Vec<(usize, TextValue)>,
    /// (rank in `id_fields`, value)
    ids: Vec<(usize, String)>,
    url: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
}

impl Fields {
    fn id(&self) -> Option<String> {
        self.ids.iter().min_by_key(|x| x.0).map(|x| x.1.clone())
    }
}

/// Parses a record's top-level object into `out` as it goes, so that what was read before a
/// syntax error (the id, usually first) is still there to name the record.
struct FieldsSeed<'o, 'f> {
    opts: &'o ReadOptions,
    out: &'f mut Fields,
}

struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = TextValue;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(TextValue::Str(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(TextValue::Str(v))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(TextValue::Other("a number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(TextValue::Other("a number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(TextValue::Other("a number"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(TextValue::Other("a boolean"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(TextValue::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(TextValue::Null)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(TextValue::Other("an array"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(TextValue::Other("an object"))
            }
        }
        d.deserialize_any(V)
    }
}

/// A JSON scalar as text: strings as they are, numbers printed, null as None.
struct ScalarText;

impl<'de> DeserializeSeed<'de> for ScalarText {
    type Value = Option<String>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Option<String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, number or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Some(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Some(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Some(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Some(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(Some(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(Some(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(None)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(None)
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<(), A::Error> {
        let out = self.out;
        while let Some(key) = m.next_key::<Cow<'de, str>>()? {
            match Slot::of(self.opts, out, &key) {
                Slot::Text(rank) => {
                    let v = m.next_value_seed(TextSeed)?;
                    out.texts.push((rank, v));
                }
                Slot::Id(rank) => {
                    if let Some(v) = m.next_value_seed(ScalarText)? {
                        out.ids.push((rank, v));
                    }
                }
                Slot::Url => out.url = m.next_value_seed(ScalarText)?,
                Slot::Date => out.date = m.next_value_seed(ScalarText)?,
                Slot::Publisher => out.publisher = m.next_value_seed(ScalarText)?,
                Slot::Skip => {
                    m.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// Where the value of a record's key goes (given what was read before it).
enum Slot {
    Text(usize),
    Id(usize),
    Url,
    Date,
    Publisher,
    Skip,
}

impl Slot {
    fn of(opts: &ReadOptions, out: &Fields, key: &str) -> Slot {
        if let Some(rank) = opts.text_fields.iter().position(|f| f == key) {
            Slot::Text(rank)
        } else if let Some(rank) = opts.id_fields.iter().position(|f| f == key) {
            Slot::Id(rank)
        } else if URL_FIELDS.contains(&key) {
            Slot::Url
        } else if DATE_FIELDS.contains(&key) && out.date.is_none() {
            Slot::Date
        } else if PUBLISHER_FIELDS.contains(&key) && out.publisher.is_none() {
            Slot::Publisher
        } else {
            Slot::Skip
        }
    }
}

/// The common record, read without serde: one object whose values are all strings or null,
/// with no escaped surrogates and nothing but whitespace around it. The same fields as the
/// serde path reads from it; None for any other input (including every malformed one), which
/// the serde path then reads, with its errors. Saves serde's byte-by-byte string scan and
/// its copy of every string with escapes (article texts have a newline escape per paragraph).
fn parse_fields_fast(json: &str, opts: &ReadOptions) -> Option<Fields> {
    let b = json.as_bytes();
    let ws = |mut i: usize| {
        while matches!(b.get(i), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            i += 1;
        }
        i
    };
    let mut i = ws(0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = ws(i + 1);
    let mut out = Fields::default();
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let key = json_string(json, &mut i)?;
            i = ws(i);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = ws(i + 1);
            let value = match b.get(i)? {
                b'"' => Some(json_string(json, &mut i)?),
                b'n' if b[i..].starts_with(b"null") => {
                    i += 4;
                    None
                }
                _ => return None,
            };
            let owned = |v: Option<Cow<str>>| v.map(Cow::into_owned);
            match Slot::of(opts, &out, &key) {
                Slot::Text(rank) => out.texts.push((
                    rank,
                    match value {
                        Some(v) => TextValue::Str(v.into_owned()),
                        None => TextValue::Null,
                    },
                )),
                Slot::Id(rank) => {
                    if let Some(v) = value {
                        out.ids.push((rank, v.into_owned()));
                    }
                }
                Slot::Url => out.url = owned(value),
                Slot::Date => out.date = owned(value),
                Slot::Publisher => out.publisher = owned(value),
                Slot::Skip => {}
            }
            i = ws(i);
            match b.get(i)? {
                b',' => i = ws(i + 1),
                b'}' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (ws(i) == b.len()).then_some(out)
}

/// The JSON string opening at byte `*i` (a '"') of `json`, unescaped as serde_json does, with
/// `*i` moved past its closing quote; None for a control character, an unknown or surrogate
/// escape, or no closing quote (serde_json's errors, or a surrogate it may pair).
fn json_string<'j>(json: &'j str, i: &mut usize) -> Option<Cow<'j, str>> {
    let b = json.as_bytes();
    let start = *i + 1;
    // start of the bytes not yet copied to `owned`, and the position searched from
    let mut seg = start;
    let mut at = start;
    let mut owned: Option<String> = None;
    loop {
        // (an escape or the end right where the search would start, as in the "\n\n" between
        // paragraphs, needs no search)
        let k = match b.get(at) {
            Some(&(b'"' | b'\\')) => at,
            _ => at + memchr::memchr2(b'"', b'\\', &b[at..])?,
        };
        if has_control(&b[at..k]) {
            return None;
        }
        if b[k] == b'"' {
            *i = k + 1;
            return Some(match owned {
                None => Cow::Borrowed(&json[start..k]),
                Some(mut o) => {
                    o.push_str(&json[seg..k]);
                    Cow::Owned(o)
                }
            });
        }
        let o = owned.get_or_insert_with(|| String::with_capacity(b.len() - start));
        o.push_str(&json[seg..k]);
        let (c, next) = match *b.get(k + 1)? {
            b'"' => ('"', k + 2),
            b'\\' => ('\\', k + 2),
            b'/' => ('/', k + 2),
            b'b' => ('\x08', k + 2),
            b'f' => ('\x0c', k + 2),
            b'n' => ('\n', k + 2),
            b'r' => ('\r', k + 2),
            b't' => ('\t', k + 2),
            b'u' => {
                let hex = b.get(k + 2..k + 6)?;
                let mut v = 0u32;
                for &h in hex {
                    v = v * 16 + (h as char).to_digit(16)?;
                }
                // (None for a surrogate: serde_json pairs them, or not, its own way)
                (char::from_u32(v)?, k + 6)
            }
            _ => return None,
        };
        o.push(c);
        seg = next;
        at = next;
    }
}

/// Whether `b` holds a byte below 0x20 (which a JSON string may not hold unescaped).
#[inline]
fn has_control(b: &[u8]) -> bool {
    const LOW: u64 = 0x2020_2020_2020_2020;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut acc = 0u64;
    // per word, `(v - 0x20..) & !v` has a high bit set exactly when some byte is below 0x20
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        acc |= v.wrapping_sub(LOW) & !v;
    }
    acc & HIGH != 0 || chunks.remainder().iter().any(|&x| x < 0x20)
}

/// Parse the fields of one JSON record; on a syntax error, the fields read before it are
/// returned with the error.
fn parse_fields(json: &str, opts: &ReadOptions) -> (Fields, Option<serde_json::Error>) {
    if let Some(out) = parse_fields_fast(json, opts) {
        return (out, None);
    }
    let mut out = Fields::default();
    let mut de = serde_json::Deserializer::from_str(json);
    let res = (FieldsSeed { opts, out: &mut out })
        .deserialize(&mut de)
        .and_then(|_| de.end());
    (out, res.err())
}

/// The id of a record of which only the first bytes were kept (an overlong line).
fn sniff_id(prefix: &[u8], opts: &ReadOptions) -> Option<String> {
    parse_fields(&String::from_utf8_lossy(prefix), opts).0.id()
}

/// serde_json's message without its "at line 1 column N" (the line is the record's).
fn json_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rsplit_once(" at line ") {
        Some((m, _)) if e.line() > 0 => format!("{m} at column {}", e.column()),
        _ => msg,
    }
}

fn parse_json_record(file: &Arc<str>, line: u64, bytes: &[u8], opts: &ReadOptions) -> Vec<Item> {
    let mut items = Vec::new();
    let (decoded, lossy): (Cow<str>, bool) = match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    };
    let (fields, err) = parse_fields(&decoded, opts);
    if let Some(e) = err {
        let msg = format!("malformed JSON: {}", json_message(&e));
        items.push(problem_in(file, Some(line), fields.id(), ErrorKind::Json, msg));
        return items;
    }
    let id = fields.id().unwrap_or_else(|| format!("{}:{line}", file));
    if lossy {
        items.push(utf8_warning_in(file, Some(line), &id, bytes, "the line"));
    }
    let mut texts = fields.texts;
    texts.sort_by_key(|t| t.0);
    let chosen = texts
        .iter()
        .position(|t| matches!(&t.1, TextValue::Str(s) if !blank(s.as_bytes())));
    let text = match chosen {
        Some(i) => match texts.swap_remove(i).1 {
            TextValue::Str(s) => s,
            _ => unreachable!("chosen for holding a string"),
        },
        None => {
            let (kind, msg) = match texts.first() {
                None => (
                    ErrorKind::MissingText,
                    format!(
                        "no text: the record has none of the fields {}",
                        opts.text_fields.join(", ")
                    ),
                ),
                Some((rank, v)) => {
                    let name = &opts.text_fields[*rank];
                    match v {
                        TextValue::Null => (ErrorKind::EmptyText, format!("empty text: field {name} is null")),
                        TextValue::Str(_) => (ErrorKind::EmptyText, format!("empty text: field {name} is empty")),
                        TextValue::Other(what) => (
                            ErrorKind::MissingText,
                            format!("no text: field {name} holds {what}, not a string"),
                        ),
                    }
                }
            };
            items.push(problem_in(file, Some(line), Some(id), kind, msg));
            return items;
        }
    };
    if text.len() > opts.max_article_bytes {
        items.push(problem_in(
            file,
            Some(line),
            Some(id),
            ErrorKind::TooLarge,
            format!(
                "text of {} bytes is larger than --max-article-bytes ({}), skipped",
                text.len(),
                opts.max_article_bytes
            ),
        ));
        return items;
    }
    let origin = Origin {
        file: file.clone(),
        line: Some(line),
    };
    items.push(Item::Article(
        Article {
            id,
            text,
            url: fields.url,
            date: fields.date,
            publisher: fields.publisher,
        },
        origin,
    ));
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serde path of `parse_fields`, and its result as text.
    fn serde_fields(json: &str, opts: &ReadOptions) -> (String, bool) {
        let mut out = Fields::default();
        let mut de = serde_json::Deserializer::from_str(json);
        let res = (FieldsSeed { opts, out: &mut out })
            .deserialize(&mut de)
            .and_then(|_| de.end());
        (show(&out), res.is_ok())
    }

    fn show(f: &Fields) -> String {
        format!("{:?} {:?} {:?} {:?} {:?}", f.texts, f.ids, f.url, f.date, f.publisher)
    }

    #[test]
    fn fast_json_path_reads_what_serde_reads() {
        let opts = ReadOptions::default();
        let keys = [
            "\"id\"",
            "\"text\"",
            "\"body\"",
            "\"url\"",
            "\"date\"",
            "\"published\"",
            "\"outlet\"",
            "\"x\"",
            "\"te\\u0078t\"",
            "\"_id\"",
        ];
        let values = [
            "\"plain\"",
            "\"a\\nb \\\"q\\\" \\\\ \\/ \\b\\f\\r\\t \\u00e9\\u2019 \\u0000\"",
            "\"\u{201c}curly\u{201d} caf\u{e9}\"",
            "null",
            "\"\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\uDE00x\"",
            "\"bad \\x escape\"",
            "\"ctl \u{1} char\"",
            "\"tab\tin\"",
            "\"\\u12\"",
            "\"\\u00G0\"",
            "12",
            "-1.5e3",
            "true",
            "[1, \"a\"]",
            "{\"a\": null}",
            "nul",
            "nullx",
            "\"unterminated",
        ];
        let mut cases = vec![
            String::new(),
            "{}".into(),
            " { } \n".into(),
            "{".into(),
            "[]".into(),
            "{\"id\": \"a\",}".into(),
            "{\"id\" \"a\"}".into(),
            "{\"id\": \"a\"} x".into(),
            "{\"id\": \"a\"}{}".into(),
            "\u{feff}{\"id\": \"a\"}".into(),
        ];
        for (n, k) in keys.iter().enumerate() {
            for (m, v) in values.iter().enumerate() {
                let k2 = keys[(n + m) % keys.len()];
                let v2 = values[(n * 3 + m) % values.len()];
                cases.push(format!("{{{k}:{v}}}"));
                cases.push(format!(" {{ {k} : {v} ,\t{k2}:{v2}, {k}: \"again\"\r\n}} "));
                cases.push(format!("{{{k2}:{v2},{k}:{v}"));
            }
        }
        let mut fast = 0;
        for c in &cases {
            if let Some(f) = parse_fields_fast(c, &opts) {
                fast += 1;
                let (want, ok) = serde_fields(c, &opts);
                assert!(ok, "fast path accepted what serde rejects: {c:?}");
                assert_eq!(show(&f), want, "{c:?}");
            }
            // and `parse_fields` as a whole as the serde path
            let (f, err) = parse_fields(c, &opts);
            let (want, ok) = serde_fields(c, &opts);
            assert_eq!((show(&f), err.is_none()), (want, ok), "{c:?}");
        }
        assert!(fast > 50, "{fast}");
    }

    fn parse(line: u64, bytes: &[u8]) -> Vec<Item> {
        parse_json_record(&Arc::from("t.jsonl"), line, bytes, &ReadOptions::default())
    }

    fn only_problem(items: &[Item]) -> &Diagnostic {
        match items {
            [Item::Problem(d)] => d,
            _ => panic!("{items:?}"),
        }
    }

    #[test]
    fn json_record_picks_fields_in_order() {
        let items = parse(
            1,
            br#"{"body":"b","maintext":"m","stories_id":7,"url":"u","x":[1,{"a":2}]}"#,
        );
        let Item::Article(a, o) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(a.text, "m");
        assert_eq!(a.id, "7");
        assert_eq!(a.url.as_deref(), Some("u"));
        assert_eq!((&*o.file, o.line), ("t.jsonl", Some(1)));
    }

    #[test]
    fn a_null_preferred_field_falls_back_to_the_next() {
        let items = parse(1, br#"{"text":null,"maintext":"m"}"#);
        let Item::Article(a, _) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(a.text, "m");
        assert_eq!(a.id, "t.jsonl:1");
    }

    #[test]
    fn null_and_empty_text_are_empty_text_errors_with_the_id() {
        for (rec, what) in [
            (&br#"{"id":"a1","text":null}"#[..], "null"),
            (br#"{"id":"a1","text":""}"#, "empty"),
            (br#"{"id":"a1","text":" \n "}"#, "empty"),
        ] {
            let items = parse(4, rec);
            let d = only_problem(&items);
            assert_eq!(d.kind, ErrorKind::EmptyText);
            assert_eq!(d.line, Some(4));
            assert_eq!(d.doc_id.as_deref(), Some("a1"));
            assert!(d.message.contains(what), "{}", d.message);
        }
    }

    #[test]
    fn missing_or_non_string_text_is_missing_text() {
        let items = parse(2, br#"{"id":"a2","title":"t"}"#);
        assert_eq!(only_problem(&items).kind, ErrorKind::MissingText);
        let items = parse(2, br#"{"id":"a2","text":12}"#);
        let d = only_problem(&items);
        assert_eq!(d.kind, ErrorKind::MissingText);
        assert!(d.message.contains("a number"), "{}", d.message);
    }

    #[test]
    fn malformed_json_is_reported_with_the_id_read_before_the_error() {
        let items = parse(2, br#"{"id": "x", "text": "cut in ha"#);
        let d = only_problem(&items);
        assert_eq!(d.kind, ErrorKind::Json);
        assert_eq!(d.doc_id.as_deref(), Some("x"));
        assert!(!d.message.contains("line 1"), "{}", d.message);
        let items = parse(3, b"[1, 2]");
        assert_eq!(only_problem(&items).kind, ErrorKind::Json);
        let items = parse(3, br#"{"text":"a"} trailing"#);
        assert_eq!(only_problem(&items).kind, ErrorKind::Json);
    }

    #[test]
    fn invalid_utf8_in_a_record_is_a_warning_and_the_text_is_repaired() {
        let items = parse(5, b"{\"id\":\"u\",\"text\":\"caf\xe9 ok\"}");
        let [Item::Problem(d), Item::Article(a, _)] = &items[..] else {
            panic!("{items:?}")
        };
        assert_eq!(d.kind, ErrorKind::InvalidUtf8);
        assert!(d.message.contains("at byte 21 of the line"), "{}", d.message);
        assert_eq!(a.text, "caf\u{fffd} ok");
    }

    #[test]
    fn bounded_line_reader_skips_long_lines() {
        let data = b"short\nthis line is too long\nok\nlast";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(false));
        assert_eq!(buf, b"short");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(true));
        assert_eq!(buf, b"this line ", "the kept prefix is at most max bytes");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(false));
        assert_eq!(buf, b"ok");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(false));
        assert_eq!(buf, b"last");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), None);
    }

    #[test]
    fn overlong_lines_are_named_by_the_id_in_their_first_bytes() {
        let o = ReadOptions::default();
        assert_eq!(
            sniff_id(br#"{"url":"u","id":"big-1","text":"aaaaaaaa"#, &o).as_deref(),
            Some("big-1")
        );
        assert_eq!(sniff_id(br#"{"text":"aaaa"#, &o), None);
    }

    #[test]
    fn peek_gives_the_whole_stream_back_and_defers_errors() {
        let (head, mut r) = peek(&b"abcdef"[..], 4);
        assert_eq!(head, b"abcd");
        let mut all = Vec::new();
        r.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"abcdef");

        let failing = (&b"xy"[..]).chain(Failed(Some(io::Error::other("boom"))));
        let (head, mut r) = peek(failing, 8);
        assert_eq!(head, b"xy");
        let mut buf = [0u8; 8];
        assert_eq!(r.read(&mut buf).unwrap(), 2);
        assert!(r.read(&mut buf).is_err());
    }

    #[test]
    fn format_by_name_ignores_compression() {
        assert_eq!(format_from_name("a/b.jsonl.gz"), Some(Format::Jsonl));
        assert_eq!(format_from_name("x.TSV"), Some(Format::Tsv));
        assert_eq!(format_from_name("x.bin"), None);
        assert_eq!(text_id("dir/a.txt.zst"), "dir/a");
    }

    #[test]
    fn files_named_directly_are_known_by_their_file_name_and_walked_ones_by_relative_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "x").unwrap();
        std::fs::write(dir.path().join("b.md"), "x").unwrap();
        let direct = dir.path().join("sub/a.txt");
        let srcs = expand(&[direct.clone(), dir.path().to_path_buf()]).unwrap();
        let got: Vec<(&str, &str)> = srcs.iter().map(|s| (s.display.as_str(), s.name.as_str())).collect();
        let direct = direct.to_string_lossy();
        assert_eq!(got, [(&*direct, "a.txt"), ("b.md", "b.md"), ("sub/a.txt", "sub/a.txt")]);
    }

    #[test]
    fn deferred_records_parse_to_the_items_read_all_gives() {
        let dir = tempfile::tempdir().unwrap();
        let mut body = Vec::new();
        for line in [
            &br#"{"id":"a","text":"\u201cWe will win,\u201d Wang Yi said.","url":"u"}"#[..],
            b"",
            b"   ",
            br#"{"id": "b", "text": "cut in ha"#,
            br#"{"id":"c","text":null}"#,
            b"{\"id\":\"d\",\"text\":\"caf\xe9 ok\"}",
            b"not json",
            br#"{"text":"no id here"}"#,
        ] {
            body.extend_from_slice(line);
            body.push(b'\n');
        }
        // a line over the limit is reported by the reader itself, deferred or not
        body.extend_from_slice(
            format!("{{\"id\":\"long\",\"text\":\"{}\"}}\n", "x".repeat((1 << 20) + 100)).as_bytes(),
        );
        let path = dir.path().join("t.jsonl");
        std::fs::write(&path, &body).unwrap();
        let src = Source {
            path: Some(path),
            display: "t.jsonl".into(),
            name: "t.jsonl".into(),
        };
        let opts = ReadOptions {
            max_article_bytes: 10,
            ..ReadOptions::default()
        };
        let mut eager = Vec::new();
        read_all(std::slice::from_ref(&src), &opts, &mut |i| {
            eager.push(format!("{i:?}"));
            true
        });
        let mut deferred = Vec::new();
        let mut lines = 0;
        read_all_deferred(std::slice::from_ref(&src), &opts, &mut |i| {
            match i {
                Item::Line(l) => {
                    lines += 1;
                    deferred.extend(l.parse(&opts).iter().map(|i| format!("{i:?}")));
                }
                i => deferred.push(format!("{i:?}")),
            }
            true
        });
        assert_eq!(lines, 6);
        assert_eq!(eager.len(), 8, "{eager:#?}");
        assert_eq!(deferred, eager);
        assert!(eager.iter().all(|i| !i.starts_with("Line")));
    }
}
