//! The output edge: byte spans become Unicode code point offsets here, once, and rows are
//! written by a sink per format (CSV or JSONL), so a new format never touches extraction.

use crate::attribute::Attribution;
use crate::input::Article;
use crate::segment::Span;
use serde::Serialize;
use std::io::{self, Write};

/// One CSV/JSONL row: a flat struct, one attribution. Offsets are code points into the article
/// text as read (Python's `text[start:end]`), end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Row {
    pub doc_id: String,
    pub quote_idx: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub quote_text: String,
    pub quote_start: usize,
    pub quote_end: usize,
    pub quote_spans: String,
    pub speaker: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
    pub speaker_name: Option<String>,
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub source: Option<String>,
    pub source_start: Option<usize>,
    pub source_end: Option<usize>,
    pub confidence: f64,
    pub rule: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
}

/// The column names, in order.
pub const COLUMNS: [&str; 22] = [
    "doc_id",
    "quote_idx",
    "type",
    "quote_text",
    "quote_start",
    "quote_end",
    "quote_spans",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "cue",
    "cue_start",
    "cue_end",
    "source",
    "source_start",
    "source_end",
    "confidence",
    "rule",
    "url",
    "date",
    "publisher",
];

/// Converts byte offsets to code point offsets for one text, exactly and in any order: the
/// number of code points before every `BLOCK`-th byte is counted once, so a lookup counts at
/// most `BLOCK - 1` bytes. An ASCII text needs no table.
pub struct CodePoints<'t> {
    bytes: &'t [u8],
    ascii: bool,
    /// code points before byte `i * BLOCK`, for every block start <= len
    marks: Vec<usize>,
}

// (32 rather than 64: a lookup counts half as many bytes, for a table of a quarter of the
// text's size instead of an eighth; 16 gains little more)
const BLOCK: usize = 32;

/// Is this byte the first of a UTF-8 sequence (not a continuation byte)?
fn is_lead(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The UTF-8 continuation bytes (`0b10xxxxxx`) of `b`, at most a `BLOCK`, eight at a time.
#[inline]
fn continuation_bytes(b: &[u8]) -> usize {
    debug_assert!(b.len() <= BLOCK);
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // one count per byte lane (at most BLOCK / 8 each, so no lane overflows), summed at the
    // end by a multiply: no popcount instruction in the baseline x86-64 target
    let mut lanes = 0u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        // bit 7 set and bit 6 clear
        lanes += (v & !(v << 1) & HIGH) >> 7;
    }
    let n = (lanes.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
    n + chunks.remainder().iter().filter(|&&b| !is_lead(b)).count()
}

impl<'t> CodePoints<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut marks = Vec::new();
        if !ascii {
            marks.reserve(bytes.len() / BLOCK + 2);
            let mut cp = 0usize;
            marks.push(0);
            let mut blocks = bytes.chunks_exact(BLOCK);
            for block in &mut blocks {
                cp += BLOCK - continuation_bytes(block);
                marks.push(cp);
            }
            let rest = blocks.remainder();
            if !rest.is_empty() {
                cp += rest.len() - continuation_bytes(rest);
                marks.push(cp);
            }
        }
        CodePoints { bytes, ascii, marks }
    }

    /// The code point offset of byte offset `byte` (clamped to the text's length).
    pub fn of(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let part = &self.bytes[block * BLOCK..byte];
        self.marks[block] + part.len() - continuation_bytes(part)
    }
}

/// Turn one article's attributions into rows.
pub fn rows(article: &Article, attrs: &[Attribution]) -> Vec<Row> {
    let cps = CodePoints::new(&article.text);
    (0..attrs.len()).map(|i| row(article, attrs, i, &cps)).collect()
}

/// The row of attribution `idx` of `attrs`, the attributions of `article`.
pub fn row(article: &Article, attrs: &[Attribution], idx: usize, cps: &CodePoints) -> Row {
    let text = article.text.as_str();
    let a = &attrs[idx];
    let cp = |s: Span| (cps.of(s.start), cps.of(s.end));
    let pieces: Vec<(usize, usize)> = a.content.iter().map(|&s| cp(s)).collect();
    // a row that shares an earlier attribution's speaker points at that speaker's mention
    let speaker = a
        .speaker
        .or_else(|| a.speaker_from.and_then(|j| attrs.get(j)).and_then(|x| x.speaker));
    let (sp, cue, src) = (speaker.map(cp), a.cue.map(cp), a.source.map(cp));
    let quote_text = a.content.iter().map(|s| s.slice(text)).collect::<Vec<_>>().join(" ");
    let speaker_text = speaker.map(|s| s.slice(text).to_string());
    Row {
        doc_id: article.id.clone(),
        quote_idx: idx,
        kind: a.kind.as_str().to_string(),
        quote_text,
        quote_start: pieces.first().map(|p| p.0).unwrap_or(0),
        quote_end: pieces.last().map(|p| p.1).unwrap_or(0),
        quote_spans: pieces
            .iter()
            .map(|(s, e)| format!("{s}-{e}"))
            .collect::<Vec<_>>()
            .join(";"),
        speaker: speaker_text,
        speaker_start: sp.map(|x| x.0),
        speaker_end: sp.map(|x| x.1),
        speaker_name: a.speaker_name.clone(),
        cue: a.cue.map(|s| s.slice(text).to_string()),
        cue_start: cue.map(|x| x.0),
        cue_end: cue.map(|x| x.1),
        source: a.source.map(|s| s.slice(text).to_string()),
        source_start: src.map(|x| x.0),
        source_end: src.map(|x| x.1),
        confidence: (a.confidence as f64 * 100.0).round() / 100.0,
        rule: a.rule.name().to_string(),
        url: article.url.clone(),
        date: article.date.clone(),
        publisher: article.publisher.clone(),
    }
}

/// Render one article's rows through `sink` into `buf`, a few hundred rows at a time, so that
/// an article with a huge number of quotes never holds all its rows at once. Returns the
/// number of rows.
pub fn render_article(
    article: &Article,
    attrs: &[Attribution],
    sink: &dyn Sink,
    buf: &mut Vec<u8>,
) -> io::Result<usize> {
    sink.render_article(article, attrs, buf)
}

/// [`Sink::render_article`] through [`Row`]s, a few hundred at a time.
pub fn render_article_by_rows<S: Sink + ?Sized>(
    article: &Article,
    attrs: &[Attribution],
    sink: &S,
    buf: &mut Vec<u8>,
) -> io::Result<usize> {
    const CHUNK: usize = 256;
    let cps = CodePoints::new(&article.text);
    let mut rows = Vec::with_capacity(attrs.len().min(CHUNK));
    for start in (0..attrs.len()).step_by(CHUNK) {
        rows.clear();
        rows.extend((start..(start + CHUNK).min(attrs.len())).map(|i| row(article, attrs, i, &cps)));
        sink.render(&rows, buf)?;
    }
    Ok(attrs.len())
}

/// An output format. Rendering happens on the worker threads (into a byte buffer per
/// article); the writer only concatenates, in input order.
pub trait Sink: Send + Sync {
    /// Bytes written once before any row.
    fn header(&self) -> Vec<u8>;
    /// Append the rows of one article to `buf`.
    fn render(&self, rows: &[Row], buf: &mut Vec<u8>) -> io::Result<()>;
    /// Append the rows of one article's attributions to `buf`; returns their number. By
    /// default through [`Row`]s and [`Sink::render`]; a sink may write them directly.
    fn render_article(&self, article: &Article, attrs: &[Attribution], buf: &mut Vec<u8>) -> io::Result<usize> {
        render_article_by_rows(article, attrs, self, buf)
    }
}

/// RFC 4180 CSV with a header row (the csv crate's defaults); empty field = null.
pub struct CsvSink;

impl Sink for CsvSink {
    fn header(&self) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(COLUMNS).expect("writing to memory");
        w.into_inner().expect("writing to memory")
    }
    fn render(&self, rows: &[Row], buf: &mut Vec<u8>) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(buf);
        for r in rows {
            w.serialize(r).map_err(io::Error::other)?;
        }
        w.flush()
    }

    /// The same bytes as serializing each [`Row`] (fields written in the same order and
    /// formatted as the csv serializer does: itoa for integers, ryu for the confidence, an
    /// empty field for None, quoted as the csv writer's defaults quote), without building the
    /// rows' Strings and straight into `buf`.
    fn render_article(&self, article: &Article, attrs: &[Attribution], buf: &mut Vec<u8>) -> io::Result<usize> {
        if attrs.is_empty() {
            return Ok(0);
        }
        let text = article.text.as_str();
        let cps = CodePoints::new(text);
        let cp = |s: Span| (cps.of(s.start), cps.of(s.end));
        let mut scratch: Vec<u8> = Vec::new();
        // (sized up front: nearly every content is one piece, and the article's fields below
        // are quoted into buffers of their size plus the quotes and commas, so none of these
        // small vectors grows step by step)
        let mut pieces: Vec<(usize, usize)> = Vec::with_capacity(4);
        let mut int = itoa::Buffer::new();
        let mut float = ryu::Buffer::new();
        let w = buf;
        let opt = |w: &mut Vec<u8>, v: Option<&str>| csv_field(w, v.unwrap_or("").as_bytes());
        let opt_n = |w: &mut Vec<u8>, int: &mut itoa::Buffer, v: Option<usize>| match v {
            Some(n) => csv_plain(w, int.format(n).as_bytes()),
            None => csv_plain(w, b""),
        };
        // the article's own fields are the same in every row: quoted once
        let mut head = Vec::with_capacity(article.id.len() + 2);
        csv_first_field(&mut head, article.id.as_bytes());
        let fields = [&article.url, &article.date, &article.publisher];
        let mut tail = Vec::with_capacity(8 + fields.iter().map(|f| f.as_ref().map_or(0, |s| s.len())).sum::<usize>());
        opt(&mut tail, article.url.as_deref());
        opt(&mut tail, article.date.as_deref());
        opt(&mut tail, article.publisher.as_deref());
        tail.push(b'\n');
        for (idx, a) in attrs.iter().enumerate() {
            // (every field but the first is preceded by its comma)
            w.extend_from_slice(&head);
            csv_plain(w, int.format(idx).as_bytes());
            // (the type, the confidence and the rule name are words, digits and '.', '-' and
            // 'e': never quoted, so not searched for what would be)
            csv_plain(w, a.kind.as_str().as_bytes());
            // (one piece, nearly always: quoted straight from the text, not joined first)
            if let [s] = a.content[..] {
                csv_field(w, s.slice(text).as_bytes());
            } else {
                scratch.clear();
                scratch.reserve(a.content.iter().map(|s| s.end - s.start + 1).sum());
                for (k, s) in a.content.iter().enumerate() {
                    if k > 0 {
                        scratch.push(b' ');
                    }
                    scratch.extend_from_slice(s.slice(text).as_bytes());
                }
                csv_field(w, &scratch);
            }
            // the pieces in code points, looked up once for the start, end and spans fields
            pieces.clear();
            pieces.extend(a.content.iter().map(|&s| cp(s)));
            let first = pieces.first().map_or(0, |p| p.0);
            let last = pieces.last().map_or(0, |p| p.1);
            csv_plain(w, int.format(first).as_bytes());
            csv_plain(w, int.format(last).as_bytes());
            // (digits, '-' and ';' need no quoting: written straight into the row)
            w.push(b',');
            for (k, &(s, e)) in pieces.iter().enumerate() {
                if k > 0 {
                    w.push(b';');
                }
                w.extend_from_slice(int.format(s).as_bytes());
                w.push(b'-');
                w.extend_from_slice(int.format(e).as_bytes());
            }
            let speaker = a
                .speaker
                .or_else(|| a.speaker_from.and_then(|j| attrs.get(j)).and_then(|x| x.speaker));
            opt(w, speaker.map(|s| s.slice(text)));
            let sp = speaker.map(cp);
            opt_n(w, &mut int, sp.map(|x| x.0));
            opt_n(w, &mut int, sp.map(|x| x.1));
            opt(w, a.speaker_name.as_deref());
            for span in [a.cue, a.source] {
                opt(w, span.map(|s| s.slice(text)));
                let c = span.map(cp);
                opt_n(w, &mut int, c.map(|x| x.0));
                opt_n(w, &mut int, c.map(|x| x.1));
            }
            csv_plain(w, confidence(a.confidence, &mut float).as_bytes());
            csv_plain(w, a.rule.name().as_bytes());
            w.extend_from_slice(&tail);
        }
        Ok(attrs.len())
    }
}

/// The confidence as the rows write it (rounded to hundredths, formatted by ryu). Nearly all
/// are k / 100 for a whole k up to 100, whose ryu forms are made once; the others (none the
/// rules make today) are formatted each time.
fn confidence(c: f32, float: &mut ryu::Buffer) -> &str {
    static HUNDREDTHS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        (0..=100u32)
            .map(|k| ryu::Buffer::new().format(k as f64 / 100.0).to_string())
            .collect()
    });
    let v = (c as f64 * 100.0).round() / 100.0;
    let k = (v * 100.0).round();
    // (the very same f64, so the very same text; -0.0 is written with its sign)
    if (0.0..=100.0).contains(&k) && k.is_sign_positive() && (k / 100.0).to_bits() == v.to_bits() {
        return &HUNDREDTHS[k as usize];
    }
    float.format(v)
}

/// Does the csv writer (default settings: `,` delimiter, `"` doubled, `\n` terminator) quote
/// this field? When it holds a delimiter, a quote or a line break.
#[inline]
fn csv_needs_quotes(f: &[u8]) -> bool {
    let special = |&b: &u8| matches!(b, b',' | b'"' | b'\n' | b'\r');
    if f.len() <= 32 {
        // short fields (most): eight bytes at a time beats the set-up of the vector searches
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // whether some byte of `v` is `c`: a zero byte of the xor (exact as a yes or no)
        let has = |v: u64, c: u8| {
            let x = v ^ (c as u64 * ONES);
            x.wrapping_sub(ONES) & !x & HIGH
        };
        let any = |c: &[u8]| {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            has(v, b',') | has(v, b'"') | has(v, b'\n') | has(v, b'\r')
        };
        if f.len() < 8 {
            return f.iter().any(special);
        }
        let mut chunks = f.chunks_exact(8);
        let mut acc = 0;
        for c in &mut chunks {
            acc |= any(c);
        }
        // the last bytes as the last eight, some of them looked at twice (a yes or no: the
        // same answer), rather than one by one
        if !chunks.remainder().is_empty() {
            acc |= any(&f[f.len() - 8..]);
        }
        return acc != 0;
    }
    memchr::memchr3(b',', b'"', b'\n', f).is_some() || memchr::memchr(b'\r', f).is_some()
}

/// Append field `f` as the csv writer writes it (without the comma before it).
#[inline]
fn csv_first_field(w: &mut Vec<u8>, f: &[u8]) {
    if !csv_needs_quotes(f) {
        w.extend_from_slice(f);
        return;
    }
    w.push(b'"');
    let mut rest = f;
    while let Some(q) = memchr::memchr(b'"', rest) {
        w.extend_from_slice(&rest[..=q]);
        w.push(b'"');
        rest = &rest[q + 1..];
    }
    w.extend_from_slice(rest);
    w.push(b'"');
}

/// Append a comma and field `f`, quoted as the csv writer quotes it.
#[inline]
fn csv_field(w: &mut Vec<u8>, f: &[u8]) {
    w.push(b',');
    // (an empty field, as for every absent source, is the comma alone: no call)
    if !f.is_empty() {
        csv_first_field(w, f);
    }
}

/// Append a comma and field `f`, which holds no byte that needs quoting (digits, `-`, `;`).
#[inline]
fn csv_plain(w: &mut Vec<u8>, f: &[u8]) {
    debug_assert!(!csv_needs_quotes(f));
    w.push(b',');
    w.extend_from_slice(f);
}

/// One JSON object per line, the same keys as the CSV columns, null for absent values.
pub struct JsonlSink;

impl Sink for JsonlSink {
    fn header(&self) -> Vec<u8> {
        Vec::new()
    }
    fn render(&self, rows: &[Row], buf: &mut Vec<u8>) -> io::Result<()> {
        for r in rows {
            serde_json::to_writer(&mut *buf, r).map_err(io::Error::other)?;
            buf.write_all(b"\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::{QuoteType, Rule};
    use crate::lexicon::CueClass;

    #[test]
    fn needs_quotes_finds_a_special_byte_wherever_it_is() {
        let naive = |f: &[u8]| f.iter().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
        for len in 0..48 {
            let plain: Vec<u8> = (0..len).map(|i| b"ab\xc3\xa9d-Z 9"[i % 9]).collect();
            assert!(!csv_needs_quotes(&plain));
            for at in 0..len {
                for c in [b',', b'"', b'\n', b'\r'] {
                    let mut f = plain.clone();
                    f[at] = c;
                    assert_eq!(csv_needs_quotes(&f), naive(&f), "{len} {at}");
                }
            }
        }
    }

    #[test]
    fn the_fields_written_unquoted_need_no_quotes() {
        let rules = Rule::ALL;
        for r in rules {
            assert!(!csv_needs_quotes(r.name().as_bytes()), "{}", r.name());
            let mut float = ryu::Buffer::new();
            assert!(!csv_needs_quotes(
                confidence(r.base_confidence(), &mut float).as_bytes()
            ));
        }
        for k in [QuoteType::Direct, QuoteType::Indirect, QuoteType::Mixed] {
            assert!(!csv_needs_quotes(k.as_str().as_bytes()));
        }
        let mut float = ryu::Buffer::new();
        for c in [0.0f32, 0.123, 0.5, 1.0, 1e-7, -0.0, 12345.678] {
            assert!(!csv_needs_quotes(confidence(c, &mut float).as_bytes()), "{c}");
        }
    }

    #[test]
    fn continuation_bytes_are_counted_exactly() {
        let t = "a\u{e9}\u{201c}\u{1f600}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}".repeat(8);
        let b = t.as_bytes();
        for s in 0..16 {
            for e in s..(s + BLOCK + 1).min(b.len()) {
                let want = b[s..e].iter().filter(|&&x| !is_lead(x)).count();
                assert_eq!(continuation_bytes(&b[s..e]), want, "{s}..{e}");
            }
        }
    }

    #[test]
    fn confidence_is_written_as_ryu_writes_it() {
        let mut f = ryu::Buffer::new();
        for c in [
            0.0f32,
            -0.0,
            0.5,
            0.95,
            0.8 * 0.7,
            0.875,
            1.0,
            1.2,
            100.0,
            250.0,
            -0.3,
            f32::NAN,
            1e-9,
        ] {
            let want = ryu::Buffer::new()
                .format((c as f64 * 100.0).round() / 100.0)
                .to_string();
            assert_eq!(confidence(c, &mut f), want, "{c}");
        }
    }

    #[test]
    fn code_points_match_a_naive_count_at_every_byte() {
        for n in [0, 1, 255, 256, 257, 700] {
            let text: String = (0..n).map(|i| ['a', 'é', '\u{201c}', '😀', ' '][i % 5]).collect();
            let cps = CodePoints::new(&text);
            for b in 0..=text.len() + 3 {
                let naive = text.as_bytes()[..b.min(text.len())]
                    .iter()
                    .filter(|&&x| is_lead(x))
                    .count();
                assert_eq!(cps.of(b), naive, "n {n}, byte {b}");
            }
        }
        let ascii = "plain text";
        assert_eq!(CodePoints::new(ascii).of(4), 4);
        assert_eq!(CodePoints::new(ascii).of(99), ascii.len());
        assert_eq!(CodePoints::new("").of(0), 0);
    }

    #[test]
    fn direct_csv_rows_are_the_csv_writers_bytes() {
        let text = "a,b \"q\" c\r\nd\n\u{201c}\u{e9}\u{201d}, x,y\"z, 0123456789012345678901234567890123456789,\"";
        let spans: Vec<Span> = (0..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .flat_map(|i| {
                [Span::new(
                    i,
                    (i + 1..=text.len()).find(|&j| text.is_char_boundary(j)).unwrap(),
                )]
            })
            .collect();
        for id in ["plain", "with,comma", "q\"uote", "", "line\nbreak"] {
            let art = Article {
                id: id.into(),
                text: text.into(),
                url: Some("http://x/?a=1,2".into()),
                date: None,
                publisher: Some("P \"Q\"".into()),
            };
            let attrs: Vec<Attribution> = spans
                .windows(3)
                .map(|w| Attribution {
                    kind: QuoteType::Direct,
                    content: vec![Span::new(w[0].start, w[2].end), Span::new(0, text.len())],
                    speaker: Some(Span::new(w[1].start, text.len())),
                    speaker_from: None,
                    cue: Some(w[2]),
                    source: None,
                    speaker_name: Some(text[w[0].start..].to_string()),
                    rule: Rule::QuoteThenSpeaker,
                    confidence: 0.875,
                    class: CueClass::Speech,
                })
                .collect();
            let (mut direct, mut by_rows) = (Vec::new(), Vec::new());
            CsvSink.render_article(&art, &attrs, &mut direct).unwrap();
            render_article_by_rows(&art, &attrs, &CsvSink, &mut by_rows).unwrap();
            assert_eq!(String::from_utf8_lossy(&direct), String::from_utf8_lossy(&by_rows));
        }
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "\u{201c}Ça va,\u{201d} dit-il, said Zoë.";
        let art = Article {
            id: "x".into(),
            text: text.into(),
            ..Default::default()
        };
        let q = Span::new(3, 3 + "Ça va,".len());
        let sp_start = text.find("Zoë").unwrap();
        let a = Attribution {
            kind: QuoteType::Direct,
            content: vec![q],
            speaker: Some(Span::new(sp_start, sp_start + "Zoë".len())),
            speaker_from: None,
            cue: None,
            source: None,
            speaker_name: None,
            rule: Rule::QuoteThenSpeaker,
            confidence: 0.9,
            class: CueClass::Speech,
        };
        // a row that shares the first one's speaker points at the same mention, on both paths
        let shared = Attribution {
            speaker: None,
            speaker_from: Some(0),
            ..a.clone()
        };
        let attrs = [a, shared];
        let both = rows(&art, &attrs);
        assert_eq!(
            (both[1].speaker_start, both[1].speaker_end),
            (both[0].speaker_start, both[0].speaker_end)
        );
        assert_eq!(both[1].speaker.as_deref(), Some("Zoë"));
        let (mut direct, mut by_rows) = (Vec::new(), Vec::new());
        CsvSink.render_article(&art, &attrs, &mut direct).unwrap();
        render_article_by_rows(&art, &attrs, &CsvSink, &mut by_rows).unwrap();
        assert_eq!(String::from_utf8_lossy(&direct), String::from_utf8_lossy(&by_rows));
        let r = &both[0];
        let chars: Vec<char> = text.chars().collect();
        let slice: String = chars[r.quote_start..r.quote_end].iter().collect();
        assert_eq!(slice, "Ça va,");
        assert_eq!(slice, r.quote_text);
        let sp: String = chars[r.speaker_start.unwrap()..r.speaker_end.unwrap()].iter().collect();
        assert_eq!(sp, "Zoë");
    }
}
