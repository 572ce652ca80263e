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

/// One article to process.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
}

/// What reading produces, in input order.
#[derive(Debug)]
pub enum Item {
    Article(Article),
    Problem(Diagnostic),
}

/// Field names and limits for reading records.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// text field names, in order of preference
    pub text_fields: Vec<String>,
    /// id field names, in order of preference
    pub id_fields: Vec<String>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Csv,
    Tsv,
}

/// A file to read, and the name its text articles are known by.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: Option<PathBuf>,
    /// how the file is named in ids and messages
    pub display: String,
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
            });
            continue;
        }
        let meta = std::fs::metadata(inp).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", inp.display())))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(inp, &mut files)?;
            files.sort();
            for f in files {
                let rel = f.strip_prefix(inp).unwrap_or(&f).to_string_lossy().into_owned();
                out.push(Source {
                    path: Some(f),
                    display: rel,
                });
            }
        } else {
            out.push(Source {
                path: Some(inp.clone()),
                display: inp.to_string_lossy().into_owned(),
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

/// Open a file (or stdin), undoing any compression found by its magic bytes.
fn open(src: &Source) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = match &src.path {
        Some(p) => Box::new(File::open(p)?),
        None => Box::new(io::stdin()),
    };
    let mut br = BufReader::with_capacity(256 << 10, raw);
    let magic = {
        let b = br.fill_buf()?;
        b[..b.len().min(4)].to_vec()
    };
    Ok(if magic.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::with_capacity(
            256 << 10,
            flate2::bufread::MultiGzDecoder::new(br),
        ))
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(BufReader::with_capacity(
            256 << 10,
            zstd::stream::read::Decoder::with_buffer(br)?,
        ))
    } else if magic.starts_with(b"BZh") {
        Box::new(BufReader::with_capacity(
            256 << 10,
            bzip2::bufread::MultiBzDecoder::new(br),
        ))
    } else {
        Box::new(br)
    })
}

/// Read every source, handing each article or problem to `emit` in input order.
pub fn read_all(sources: &[Source], opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) {
    for src in sources {
        if !read_source(src, opts, emit) {
            return;
        }
    }
}

fn problem(src: &Source, record: Option<u64>, doc_id: Option<String>, kind: ErrorKind, message: String) -> Item {
    Item::Problem(Diagnostic {
        file: src.display.clone(),
        record,
        doc_id,
        kind,
        message,
    })
}

fn io_kind(e: &io::Error, compressed: bool) -> ErrorKind {
    if compressed
        || matches!(
            e.kind(),
            io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput
        )
    {
        ErrorKind::Decompress
    } else {
        ErrorKind::Io
    }
}

/// Read one source. Returns false when `emit` asked to stop.
pub fn read_source(src: &Source, opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    let mut r = match open(src) {
        Ok(r) => r,
        Err(e) => return emit(problem(src, None, None, ErrorKind::Io, format!("cannot read: {e}"))),
    };
    // sniff: binary content, and the format when the name does not tell
    let head = match r.fill_buf() {
        Ok(b) => b[..b.len().min(8192)].to_vec(),
        Err(e) => return emit(problem(src, None, None, io_kind(&e, true), format!("cannot read: {e}"))),
    };
    if head.contains(&0) {
        return emit(problem(
            src,
            None,
            None,
            ErrorKind::Binary,
            "binary file (NUL bytes in the first 8 KiB), skipped".into(),
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
    let compressed = src
        .path
        .as_ref()
        .is_some_and(|p| compression_suffix(&p.to_string_lossy().to_lowercase()).len() != p.to_string_lossy().len());
    match format {
        Format::Text => read_text(src, r, opts, emit),
        Format::Jsonl => read_jsonl(src, r, opts, emit, compressed),
        Format::Csv => read_csv(src, r, opts, emit, b','),
        Format::Tsv => read_csv(src, r, opts, emit, b'\t'),
    }
}

/// Decode bytes as UTF-8, replacing invalid sequences; the flag says whether any were.
fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

fn utf8_warning(src: &Source, record: Option<u64>, id: &str, bytes: &[u8]) -> Item {
    let at = match std::str::from_utf8(bytes) {
        Err(e) => format!(" at byte {}", e.valid_up_to()),
        Ok(_) => String::new(),
    };
    problem(
        src,
        record,
        Some(id.to_string()),
        ErrorKind::InvalidUtf8,
        format!(
            "invalid UTF-8{at}, decoded with U+FFFD replacements (offsets refer to the decoded text; see --emit-text)"
        ),
    )
}

fn read_text(src: &Source, r: Box<dyn BufRead + Send>, opts: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) -> bool {
    let limit = opts.max_article_bytes as u64;
    let mut bytes = Vec::new();
    let mut take = r.take(limit + 1);
    if let Err(e) = take.read_to_end(&mut bytes) {
        if bytes.is_empty() {
            return emit(problem(
                src,
                None,
                None,
                io_kind(&e, false),
                format!("cannot read: {e}"),
            ));
        }
        // a damaged compressed file: keep what was read, and say so
        if !emit(problem(
            src,
            None,
            None,
            io_kind(&e, true),
            format!("read error after {} bytes: {e}; the article was cut there", bytes.len()),
        )) {
            return false;
        }
    }
    if bytes.len() as u64 > limit {
        return emit(problem(
            src,
            None,
            Some(src.display.clone()),
            ErrorKind::TooLarge,
            format!("article larger than --max-article-bytes ({limit} bytes), skipped"),
        ));
    }
    let invalid = std::str::from_utf8(&bytes).is_err();
    if invalid && !emit(utf8_warning(src, None, &src.display, &bytes)) {
        return false;
    }
    let (text, _) = decode(bytes);
    if text.trim().is_empty() {
        return emit(problem(
            src,
            None,
            Some(src.display.clone()),
            ErrorKind::EmptyText,
            "empty article".into(),
        ));
    }
    emit(Item::Article(Article {
        id: text_id(&src.display),
        text,
        ..Default::default()
    }))
}

/// The id of a one-article file: its path without the format and compression extensions,
/// so that `corpus/a.txt` and a JSONL record with id `a` name the same article.
fn text_id(display: &str) -> String {
    let stem = compression_suffix(display);
    for ext in [".txt", ".md", ".text", ".TXT", ".MD"] {
        if let Some(s) = stem.strip_suffix(ext) {
            return s.to_string();
        }
    }
    stem.to_string()
}

/// Read one line into `buf`, keeping at most `max` bytes: returns Ok(None) at end of input,
/// Ok(Some(true)) when the line was longer than `max` (the rest is skipped).
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
                buf.clear();
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

fn read_jsonl(
    src: &Source,
    mut r: Box<dyn BufRead + Send>,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Item) -> bool,
    compressed: bool,
) -> bool {
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
                if !emit(problem(
                    src,
                    Some(line_no),
                    None,
                    ErrorKind::TooLarge,
                    format!("line longer than {max_line} bytes, skipped"),
                )) {
                    return false;
                }
            }
            Ok(Some(false)) => {
                if buf.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                for item in parse_json_record(src, line_no, &buf, opts) {
                    if !emit(item) {
                        return false;
                    }
                }
            }
            Err(e) => {
                let kind = io_kind(&e, compressed);
                return emit(problem(
                    src,
                    Some(line_no),
                    None,
                    kind,
                    format!(
                        "read error at line {line_no}: {e}; the {} lines before it were kept",
                        line_no - 1
                    ),
                ));
            }
        }
    }
}

/// The fields of one record that whosaid uses; all others are skipped unparsed.
#[derive(Default)]
struct Fields {
    texts: Vec<(usize, Option<String>, bool)>,
    ids: Vec<(usize, String)>,
    url: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
}

struct FieldsSeed<'o> {
    opts: &'o ReadOptions,
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

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Fields, A::Error> {
        let mut out = Fields::default();
        while let Some(key) = m.next_key::<Cow<'de, str>>()? {
            let key: &str = &key;
            if let Some(rank) = self.opts.text_fields.iter().position(|f| f == key) {
                let v: Option<String> = m.next_value_seed(ScalarText)?;
                out.texts.push((rank, v, true));
            } else if let Some(rank) = self.opts.id_fields.iter().position(|f| f == key) {
                if let Some(v) = m.next_value_seed(ScalarText)? {
                    out.ids.push((rank, v));
                }
            } else if URL_FIELDS.contains(&key) {
                out.url = m.next_value_seed(ScalarText)?;
            } else if DATE_FIELDS.contains(&key) && out.date.is_none() {
                out.date = m.next_value_seed(ScalarText)?;
            } else if PUBLISHER_FIELDS.contains(&key) && out.publisher.is_none() {
                out.publisher = m.next_value_seed(ScalarText)?;
            } else {
                m.next_value::<IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

fn parse_json_record(src: &Source, line: u64, bytes: &[u8], opts: &ReadOptions) -> Vec<Item> {
    let mut items = Vec::new();
    let (decoded, lossy): (Cow<str>, bool) = match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    };
    let mut de = serde_json::Deserializer::from_str(&decoded);
    let parsed = (FieldsSeed { opts })
        .deserialize(&mut de)
        .and_then(|f| de.end().map(|_| f));
    let fields = match parsed {
        Ok(f) => f,
        Err(e) => {
            items.push(problem(
                src,
                Some(line),
                None,
                ErrorKind::Json,
                format!("malformed JSON: {e}"),
            ));
            return items;
        }
    };
    let id = fields
        .ids
        .iter()
        .min_by_key(|x| x.0)
        .map(|x| x.1.clone())
        .unwrap_or_else(|| format!("{}:{line}", src.display));
    if lossy {
        items.push(utf8_warning(src, Some(line), &id, bytes));
    }
    let text = fields
        .texts
        .into_iter()
        .filter(|t| t.1.as_deref().is_some_and(|s| !s.is_empty()))
        .min_by_key(|t| t.0);
    let Some((_, Some(text), _)) = text else {
        let kind = ErrorKind::MissingText;
        let fields_list = opts.text_fields.join(", ");
        items.push(problem(
            src,
            Some(line),
            Some(id),
            kind,
            format!("no text: none of the fields {fields_list} holds a non-empty string"),
        ));
        return items;
    };
    if text.len() > opts.max_article_bytes {
        items.push(problem(
            src,
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
    items.push(Item::Article(Article {
        id,
        text,
        url: fields.url,
        date: fields.date,
        publisher: fields.publisher,
    }));
    items
}

fn read_csv(
    src: &Source,
    r: Box<dyn BufRead + Send>,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Item) -> bool,
    delim: u8,
) -> bool {
    let mut rdr = csv::ReaderBuilder::new().delimiter(delim).flexible(true).from_reader(r);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return emit(problem(
                src,
                Some(1),
                None,
                ErrorKind::Csv,
                format!("cannot read the header row: {e}"),
            ))
        }
    };
    let names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
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
        return emit(problem(
            src,
            Some(1),
            None,
            ErrorKind::MissingText,
            format!("no text column: the header has none of {}", opts.text_fields.join(", ")),
        ));
    }
    let mut rec = csv::ByteRecord::new();
    let mut n = 1u64;
    loop {
        n += 1;
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => return true,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(n);
                if !emit(problem(
                    src,
                    Some(line),
                    None,
                    ErrorKind::Csv,
                    format!("malformed record: {e}"),
                )) {
                    return false;
                }
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return true;
                }
                continue;
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(n);
        let field = |c: Option<usize>| -> Option<String> {
            c.and_then(|c| rec.get(c))
                .filter(|v| !v.is_empty())
                .map(|v| String::from_utf8_lossy(v).into_owned())
        };
        let id = field(id_col).unwrap_or_else(|| format!("{}:{line}", src.display));
        let raw = text_cols.iter().filter_map(|&c| rec.get(c)).find(|v| !v.is_empty());
        let Some(raw) = raw else {
            if !emit(problem(
                src,
                Some(line),
                Some(id),
                ErrorKind::EmptyText,
                "empty text field".into(),
            )) {
                return false;
            }
            continue;
        };
        if raw.len() > opts.max_article_bytes {
            let msg = format!(
                "text of {} bytes is larger than --max-article-bytes, skipped",
                raw.len()
            );
            if !emit(problem(src, Some(line), Some(id), ErrorKind::TooLarge, msg)) {
                return false;
            }
            continue;
        }
        if std::str::from_utf8(raw).is_err() && !emit(utf8_warning(src, Some(line), &id, raw)) {
            return false;
        }
        let (text, _) = decode(raw.to_vec());
        let art = Article {
            id,
            text,
            url: field(url_col),
            date: field(date_col),
            publisher: field(pub_col),
        };
        if !emit(Item::Article(art)) {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> Source {
        Source {
            path: None,
            display: "t.jsonl".into(),
        }
    }

    #[test]
    fn json_record_picks_fields_in_order() {
        let o = ReadOptions::default();
        let items = parse_json_record(
            &src(),
            1,
            br#"{"body":"b","maintext":"m","stories_id":7,"url":"u","x":[1,{"a":2}]}"#,
            &o,
        );
        let Item::Article(a) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(a.text, "m");
        assert_eq!(a.id, "7");
        assert_eq!(a.url.as_deref(), Some("u"));
    }

    #[test]
    fn json_record_without_text_is_an_error_with_its_id() {
        let o = ReadOptions::default();
        let items = parse_json_record(&src(), 4, br#"{"id":"a1","text":null}"#, &o);
        let Item::Problem(d) = &items[0] else { panic!() };
        assert_eq!(d.kind, ErrorKind::MissingText);
        assert_eq!(d.record, Some(4));
        assert_eq!(d.doc_id.as_deref(), Some("a1"));
    }

    #[test]
    fn malformed_json_is_reported() {
        let items = parse_json_record(&src(), 2, br#"{"id": "x", "text": "cut in ha"#, &ReadOptions::default());
        let Item::Problem(d) = &items[0] else { panic!() };
        assert_eq!(d.kind, ErrorKind::Json);
    }

    #[test]
    fn bounded_line_reader_skips_long_lines() {
        let data = b"short\nthis line is too long\nok\n";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(false));
        assert_eq!(buf, b"short");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(true));
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some(false));
        assert_eq!(buf, b"ok");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), None);
    }

    #[test]
    fn format_by_name_ignores_compression() {
        assert_eq!(format_from_name("a/b.jsonl.gz"), Some(Format::Jsonl));
        assert_eq!(format_from_name("x.TSV"), Some(Format::Tsv));
        assert_eq!(format_from_name("x.bin"), None);
    }
}
