//! Scoring against gold annotations: the Rust port of the reference scorer
//! `shared/eval/score.py`, figure for figure.
//!
//! [`evaluate`] reads a gold JSONL file (`{"id", "text", "attributions": [{"type", "content",
//! "speaker" | "source", "speaker_name", "cue", "medium"}]}`, offsets in code points) and either a
//! CSV written by `whosaid extract` or, when none is given, runs the extraction on the gold texts
//! itself. The [`Report`] holds every figure and renders them as the scorer's `--json` object
//! ([`Report::to_json`]) or as its text table ([`Report::table`]), byte for byte.
//!
//! Matching follows the scorer:
//! - spans are trimmed of white space, quotation marks and edge punctuation ([`TRIM`]) and
//!   compared as sets of Unicode code point positions;
//! - a system quote matches a gold attribution when the Jaccard overlap of their contents is at
//!   least `min_jaccard`; candidate pairs are taken best first, in the order of Python's
//!   `pairs.sort(reverse=True)` on `(jaccard, gold index, system index)`, one to one;
//! - who said what: a matched quote whose speaker span overlaps the gold one, or whose speaker
//!   name or speaker text equals the gold one after [name folding](norm_name);
//! - ratios are rounded like Python's `round(x, 4)` (on the exact binary value, ties to even)
//!   and printed like Python's `repr` (JSON) and `format(x, ".3f")` (table).
//!
//! Where the scorer relies on Python's semantics they are reproduced: slicing with negative or
//! out-of-range offsets, `int()` on CSV fields (white space, signs, underscores), `str.strip` and
//! `str.split` white space, truthiness of optional gold fields, the last of duplicate gold ids
//! winning, `csv.DictReader` rows (the last of duplicate columns, short rows, a byte-order mark
//! kept in the first column name), JSON escaping of `json.dumps`.
//!
//! Known differences, none of which the shipped gold files exercise: names are folded without
//! full NFKC normalisation (see [`norm_name`]); CSV fields holding non-ASCII digits, and gold ids
//! that are JSON lists or objects, are errors here where Python would accept them. Input the
//! scorer crashes on (malformed JSON, a missing id, text or content, offsets that are not
//! integers) is an error naming the file and line, never a panic.

use crate::input::Article;
use crate::output::Row;
use anyhow::{anyhow, bail, Context, Result};
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

/// Characters trimmed from both ends of every span before spans are compared (score.py's
/// `TRIM`): white space, quotation marks, and edge punctuation.
pub const TRIM: [char; 26] = [
    ' ', '\t', '\r', '\n', '\u{a0}', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}',
    '\u{201e}', '\u{201a}', '\u{2039}', '\u{203a}', ',', '.', ';', ':', '!', '?', '\u{2014}', '\u{2013}', '-',
];

/// Texts longer than this are skipped by `whosaid extract` (its default `--max-article-bytes`),
/// so the built-in extraction skips them too.
const MAX_ARTICLE_BYTES: usize = 16 << 20;

/// The span kinds of the span-level figures, in the scorer's order.
const SPAN_KINDS: [&str; 3] = ["content", "speaker", "cue"];

/// A `[start, end)` pair of code point offsets as written in a file (possibly negative or past
/// the end: the scorer clamps or slices them the Python way).
type Span = (i64, i64);

// ---------------------------------------------------------------------------------------------
// Figures

/// Precision, recall and F1 (rounded to 4 decimals) with the counts behind them: score.py's
/// `prf(tp, n_sys, n_gold)`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub tp: u64,
    pub sys: u64,
    pub gold: u64,
}

impl Prf {
    /// The figures of `tp` correct out of `sys` system and `gold` gold items; 0.0 where a
    /// denominator is zero.
    pub fn new(tp: u64, sys: u64, gold: u64) -> Prf {
        let p = if sys > 0 { tp as f64 / sys as f64 } else { 0.0 };
        let r = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
        // the same operations in the same order as `2 * p * r / (p + r)`
        let f1 = if p + r != 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f1),
            tp,
            sys,
            gold,
        }
    }

    fn json(&self, o: &mut String) {
        let _ = write!(
            o,
            "{{\"p\": {}, \"r\": {}, \"f1\": {}, \"tp\": {}, \"sys\": {}, \"gold\": {}}}",
            py_float_repr(self.p),
            py_float_repr(self.r),
            py_float_repr(self.f1),
            self.tp,
            self.sys,
            self.gold
        );
    }
}

/// Span-level figures for one kind of span: trimmed bounds equal (`exact`) or starts equal
/// (`begin`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SpanScores {
    pub exact: Prf,
    pub begin: Prf,
}

/// Every figure of the reference scorer, plus the missed/spurious/wrong-speaker records.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// One JSON object per missed, wrong-speaker or spurious quote, as score.py `--errors`
    /// writes them (without the newline).
    pub errors: Vec<String>,
    /// Gold articles (distinct ids).
    pub articles: usize,
    /// Span-level figures for "content", "speaker" and "cue", in that order.
    pub spans: Vec<(&'static str, SpanScores)>,
    /// Quotes matched at Jaccard >= min_jaccard.
    pub quotes: Prf,
    /// Matched quotes whose trimmed bounds are equal.
    pub quotes_exact: Prf,
    /// Share of system quotes overlapping any gold quote.
    pub quotes_lenient_p: f64,
    /// Share of gold quotes overlapped by any system quote.
    pub quotes_lenient_r: f64,
    /// Matched quotes with the right speaker.
    pub who_said_what: Prf,
    /// Right speaker among matched quotes whose gold names a speaker.
    pub speaker_acc: Option<f64>,
    /// Right speaker name among matched quotes whose gold has a speaker_name.
    pub speaker_name_acc: Option<f64>,
    /// Overlapping cue among matched quotes whose gold has a cue.
    pub cue_acc: Option<f64>,
    /// Source (medium) figures on matched quotes whose gold has a `medium` field.
    pub source: Option<Prf>,
    /// Recall by gold type.
    pub recall_by_type: BTreeMap<String, f64>,
    /// Gold quotes by type.
    pub gold_by_type: BTreeMap<String, u64>,
    /// Precision by system type (the `type` column, stripped; `?` when empty).
    pub precision_by_type: BTreeMap<String, f64>,
    /// Rows whose quote_text differs from the text at their (single) span.
    pub offset_mismatches: u64,
    /// Article ids in the system output that are not in the gold file.
    pub unknown_article_ids: usize,
    /// Articles whose built-in extraction failed (a panic, contained), as messages: they count
    /// as articles without rows, as `whosaid extract` skips them. Not part of score.py's output.
    pub extraction_failures: Vec<String>,
}

impl Report {
    /// The figures as one JSON object, with the keys, order and number formatting of
    /// `score.py --json` (Python's `json.dumps`).
    pub fn to_json(&self) -> String {
        let mut o = String::with_capacity(2048);
        let _ = write!(o, "{{\"articles\": {}, \"spans\": {{", self.articles);
        for (k, (name, s)) in self.spans.iter().enumerate() {
            if k > 0 {
                o.push_str(", ");
            }
            let _ = write!(o, "{}: {{\"exact\": ", py_json_str(name, true));
            s.exact.json(&mut o);
            o.push_str(", \"begin\": ");
            s.begin.json(&mut o);
            o.push('}');
        }
        o.push_str("}, \"quotes\": ");
        self.quotes.json(&mut o);
        o.push_str(", \"quotes_exact\": ");
        self.quotes_exact.json(&mut o);
        let _ = write!(
            o,
            ", \"quotes_lenient\": {{\"p\": {}, \"r\": {}}}, \"who_said_what\": ",
            py_float_repr(self.quotes_lenient_p),
            py_float_repr(self.quotes_lenient_r)
        );
        self.who_said_what.json(&mut o);
        let opt = |v: Option<f64>| v.map_or_else(|| "null".to_string(), py_float_repr);
        let _ = write!(
            o,
            ", \"speaker_acc\": {}, \"speaker_name_acc\": {}, \"cue_acc\": {}, \"source\": ",
            opt(self.speaker_acc),
            opt(self.speaker_name_acc),
            opt(self.cue_acc)
        );
        match &self.source {
            Some(s) => s.json(&mut o),
            None => o.push_str("null"),
        }
        o.push_str(", \"recall_by_type\": ");
        json_map(&mut o, &self.recall_by_type, |v| py_float_repr(*v));
        o.push_str(", \"gold_by_type\": ");
        json_map(&mut o, &self.gold_by_type, |v| v.to_string());
        o.push_str(", \"precision_by_type\": ");
        json_map(&mut o, &self.precision_by_type, |v| py_float_repr(*v));
        let _ = write!(
            o,
            ", \"offset_mismatches\": {}, \"unknown_article_ids\": {}}}",
            self.offset_mismatches, self.unknown_article_ids
        );
        o
    }

    /// The figures as score.py prints them without `--json`, line for line (each line ends with
    /// a newline). `min_jaccard` is only shown.
    pub fn table(&self, min_jaccard: f64) -> String {
        let mut o = String::with_capacity(1024);
        let (q, e, w) = (&self.quotes, &self.quotes_exact, &self.who_said_what);
        let _ = writeln!(
            o,
            "articles {}  gold quotes {}  system quotes {}",
            self.articles, q.gold, q.sys
        );
        let _ = writeln!(
            o,
            "quotes (Jaccard>={}):  P {:.3}  R {:.3}  F1 {:.3}",
            py_float_repr(min_jaccard),
            q.p,
            q.r,
            q.f1
        );
        let _ = writeln!(
            o,
            "quotes (exact bounds):     P {:.3}  R {:.3}  F1 {:.3}",
            e.p, e.r, e.f1
        );
        let _ = writeln!(
            o,
            "quotes (any overlap):      P {:.3}  R {:.3}",
            self.quotes_lenient_p, self.quotes_lenient_r
        );
        let _ = writeln!(
            o,
            "who said what:             P {:.3}  R {:.3}  F1 {:.3}",
            w.p, w.r, w.f1
        );
        for (k, v) in [
            ("speaker_acc", self.speaker_acc),
            ("speaker_name_acc", self.speaker_name_acc),
            ("cue_acc", self.cue_acc),
        ] {
            if let Some(v) = v {
                let _ = writeln!(o, "{:<26} {:.3}", format!("{k} (on matched)"), v);
            }
        }
        if let Some(s) = &self.source {
            let _ = writeln!(
                o,
                "source (on matched):       P {:.3}  R {:.3}  F1 {:.3}",
                s.p, s.r, s.f1
            );
        }
        let recall: Vec<String> = self
            .recall_by_type
            .iter()
            .map(|(t, v)| format!("{t} {v:.3} (n={})", self.gold_by_type.get(t).copied().unwrap_or(0)))
            .collect();
        let _ = writeln!(o, "recall by gold type:       {}", recall.join("  "));
        let precision: Vec<String> = self
            .precision_by_type
            .iter()
            .map(|(t, v)| format!("{t} {v:.3}"))
            .collect();
        let _ = writeln!(o, "precision by system type:  {}", precision.join("  "));
        let spans: Vec<String> = self
            .spans
            .iter()
            .map(|(k, s)| format!("{k} {:.3} / {:.3}", s.exact.f1, s.begin.f1))
            .collect();
        let _ = writeln!(o, "span F1 exact / begin:     {}", spans.join("  "));
        if self.offset_mismatches > 0 {
            let _ = writeln!(
                o,
                "WARNING: {} rows whose 'quote' differs from text[start:end] (offsets must be code points)",
                self.offset_mismatches
            );
        }
        if self.unknown_article_ids > 0 {
            let _ = writeln!(
                o,
                "WARNING: {} article ids in the system output are not in the gold file",
                self.unknown_article_ids
            );
        }
        o
    }
}

/// A JSON object of sorted keys (ASCII-escaped, as `json.dumps` does by default).
fn json_map<V>(o: &mut String, m: &BTreeMap<String, V>, val: impl Fn(&V) -> String) {
    o.push('{');
    for (k, (key, v)) in m.iter().enumerate() {
        if k > 0 {
            o.push_str(", ");
        }
        o.push_str(&py_json_str(key, true));
        o.push_str(": ");
        o.push_str(&val(v));
    }
    o.push('}');
}

// ---------------------------------------------------------------------------------------------
// Entry point

/// Score `system` (a CSV written by `whosaid extract`), or the built-in extraction run on the
/// gold texts when `system` is None, against the gold JSONL file `gold`.
///
/// Errors name the file and line: unreadable files, malformed gold records (no id, text or
/// content; offsets that are not integers), system rows with offsets that are not integers.
pub fn evaluate(gold: &Path, system: Option<&Path>, min_jaccard: f64) -> Result<Report> {
    let gold = Gold::read(gold)?;
    let system = match system {
        Some(p) => System::read_csv(p)?,
        None => System::extract(&gold),
    };
    score(&gold, &system, min_jaccard)
}

// ---------------------------------------------------------------------------------------------
// Gold

/// One gold record, as read.
struct GoldRecord {
    /// 1-based line in the gold file
    line: usize,
    /// `str(d["id"])`
    id: String,
    fields: Map<String, Value>,
}

/// The gold file: every record in file order, and the articles that are scored (one per
/// distinct id, in order of first appearance, the last record with that id winning, like the
/// scorer's `dict`).
struct Gold {
    name: String,
    records: Vec<GoldRecord>,
    /// indices into `records`
    articles: Vec<usize>,
}

impl Gold {
    fn read(path: &Path) -> Result<Gold> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("cannot read gold file {name}"))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
            anyhow!("{name}:{line}: invalid UTF-8 (at byte {at} of the file)")
        })?;
        let mut records = Vec::new();
        let mut articles = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (k, line) in universal_lines(&text).enumerate() {
            let lineno = k + 1;
            if line.chars().all(py_isspace) {
                continue;
            }
            let v: Value =
                serde_json::from_str(line).with_context(|| format!("{name}:{lineno}: malformed JSON record"))?;
            let Value::Object(fields) = v else {
                bail!("{name}:{lineno}: the record is not a JSON object");
            };
            let id = match fields.get("id") {
                None => bail!("{name}:{lineno}: the record has no \"id\""),
                Some(v) => py_str(v).ok_or_else(|| {
                    anyhow!(
                        "{name}:{lineno}: the \"id\" is {}, not a string or number",
                        short_json(v)
                    )
                })?,
            };
            match by_id.get(&id) {
                Some(&a) => articles[a] = records.len(),
                None => {
                    by_id.insert(id.clone(), articles.len());
                    articles.push(records.len());
                }
            }
            records.push(GoldRecord {
                line: lineno,
                id,
                fields,
            });
        }
        Ok(Gold {
            name,
            records,
            articles,
        })
    }
}

/// One gold attribution, with what the scorer reads of it. Fields that the scorer only looks at
/// for matched quotes stay raw, so that they are checked exactly when the scorer reads them.
struct GoldAttr<'a> {
    /// `gold_type(g)`
    kind: String,
    content: Vec<Span>,
    /// `g.get("speaker") or g.get("source") or []`
    speaker: Vec<Span>,
    cue: Vec<Span>,
    speaker_name: Option<&'a Value>,
    /// `Some` when the key is present (even when null or empty)
    medium: Option<&'a Value>,
}

/// A gold article ready to score.
struct GoldArticle<'a> {
    /// the text as code points: offsets index this
    text: Vec<char>,
    attrs: Vec<GoldAttr<'a>>,
}

impl<'a> GoldArticle<'a> {
    fn parse(rec: &'a GoldRecord) -> Result<GoldArticle<'a>, String> {
        let text = match rec.fields.get("text") {
            Some(Value::String(s)) => s.chars().collect(),
            Some(v) => return Err(format!("\"text\" is {}, not a string", short_json(v))),
            None => return Err("the record has no \"text\"".into()),
        };
        let attrs = match rec.fields.get("attributions") {
            None => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(k, g)| GoldAttr::parse(g).map_err(|e| format!("attribution {k}: {e}")))
                .collect::<Result<_, _>>()?,
            Some(v) => return Err(format!("\"attributions\" is {}, not a list", short_json(v))),
        };
        Ok(GoldArticle { text, attrs })
    }
}

impl<'a> GoldAttr<'a> {
    fn parse(g: &'a Value) -> Result<GoldAttr<'a>, String> {
        let Value::Object(g) = g else {
            return Err(format!("{} is not a JSON object", short_json(g)));
        };
        let kind = match g.get("type") {
            Some(t) if truthy(t) => match t {
                Value::String(s) => s.clone(),
                _ => return Err(format!("\"type\" is {}, not a string", short_json(t))),
            },
            _ if g.get("direct").is_some_and(truthy) => "direct".into(),
            _ => "indirect".into(),
        };
        let content = match g.get("content") {
            None => return Err("no \"content\"".into()),
            Some(v) => spans_of(v).map_err(|e| format!("\"content\": {e}"))?,
        };
        let mut speaker = opt_spans(g, "speaker")?;
        if speaker.is_empty() {
            speaker = opt_spans(g, "source")?;
        }
        Ok(GoldAttr {
            kind,
            content,
            speaker,
            cue: opt_spans(g, "cue")?,
            speaker_name: g.get("speaker_name"),
            medium: g.get("medium"),
        })
    }

    /// `g.get("speaker_name")` when truthy (it must then be a string).
    fn speaker_name(&self) -> Result<Option<&'a str>, String> {
        match self.speaker_name {
            Some(v) if truthy(v) => match v {
                Value::String(s) => Ok(Some(s)),
                _ => Err(format!("\"speaker_name\" is {}, not a string", short_json(v))),
            },
            _ => Ok(None),
        }
    }
}

/// The spans of an optional field: empty when absent or falsy (`g.get(key) or []`).
fn opt_spans(g: &Map<String, Value>, key: &str) -> Result<Vec<Span>, String> {
    match g.get(key) {
        None => Ok(Vec::new()),
        Some(v) => spans_of(v).map_err(|e| format!("\"{key}\": {e}")),
    }
}

/// A list of `[start, end]` integer pairs; a falsy value (null, `[]`, `""`, ...) is no spans.
fn spans_of(v: &Value) -> Result<Vec<Span>, String> {
    if !truthy(v) {
        return Ok(Vec::new());
    }
    let Value::Array(pieces) = v else {
        return Err(format!("{} is not a list of [start, end] pairs", short_json(v)));
    };
    pieces
        .iter()
        .map(|p| match p {
            Value::Array(se) if se.len() == 2 => Ok((offset_of(&se[0])?, offset_of(&se[1])?)),
            _ => Err(format!("{} is not a [start, end] pair", short_json(p))),
        })
        .collect()
}

fn offset_of(v: &Value) -> Result<i64, String> {
    match v {
        // past i64::MAX is past any text: saturating keeps the clamping and slicing the same
        Value::Number(n) if n.is_i64() || n.is_u64() => Ok(n.as_i64().unwrap_or(i64::MAX)),
        _ => Err(format!("offset {} is not an integer", short_json(v))),
    }
}

// ---------------------------------------------------------------------------------------------
// System rows

/// What the scorer reads of one system row. Offsets that fail to parse are kept as errors and
/// raised where the scorer would parse them (rows of unknown articles are never parsed).
#[derive(Debug)]
struct SysRow {
    /// CSV line (0 for rows of the built-in extraction)
    line: u64,
    /// `row.get("type")`
    kind: Option<String>,
    /// `row.get("quote_text", row.get("quote"))`
    quote: Option<String>,
    /// `parse_spans(row)`
    spans: Result<Vec<Span>, String>,
    /// `row.get("speaker")`
    speaker: Option<String>,
    /// `col(row, "speaker_name", "speaker_canonical")`
    speaker_name: String,
    speaker_span: Result<Option<Span>, String>,
    cue_span: Result<Option<Span>, String>,
    source_span: Result<Option<Span>, String>,
}

/// A field of a row as `csv.DictReader` gives it.
enum Field<'a> {
    /// no such column: `row.get(name)` is None, `name in row` is false
    Absent,
    /// the column exists but the row is shorter: the value is None
    Short,
    Value(Cow<'a, str>),
}

/// A system row by column name.
trait Fields {
    fn field(&self, name: &str) -> Field<'_>;

    /// `row.get(name)`
    fn get(&self, name: &str) -> Option<Cow<'_, str>> {
        match self.field(name) {
            Field::Value(v) => Some(v),
            Field::Absent | Field::Short => None,
        }
    }

    /// score.py's `col(row, *names)`: the first value that is neither None nor empty, else "".
    fn col(&self, names: &[&str]) -> String {
        names
            .iter()
            .find_map(|n| self.get(n).filter(|v| !v.is_empty()))
            .map(Cow::into_owned)
            .unwrap_or_default()
    }
}

impl SysRow {
    /// Read a row; returns its doc id (`str(col(row, "doc_id", "article_id"))`) with it.
    fn read(f: &impl Fields, line: u64) -> (String, SysRow) {
        let quote = match f.field("quote_text") {
            Field::Value(v) => Some(v.into_owned()),
            Field::Short => None,
            Field::Absent => f.get("quote").map(Cow::into_owned),
        };
        let row = SysRow {
            line,
            kind: f.get("type").map(Cow::into_owned),
            quote,
            spans: parse_spans(f),
            speaker: f.get("speaker").map(Cow::into_owned),
            speaker_name: f.col(&["speaker_name", "speaker_canonical"]),
            speaker_span: opt_span(f, "speaker"),
            cue_span: opt_span(f, "cue"),
            source_span: opt_span(f, "source"),
        };
        (f.col(&["doc_id", "article_id"]), row)
    }
}

/// score.py's `parse_spans`: `quote_spans` ("s-e;s-e"), else `quote_start` + `quote_end`.
fn parse_spans(f: &impl Fields) -> Result<Vec<Span>, String> {
    let raw = f.col(&["quote_spans", "spans"]);
    let raw = py_strip(&raw);
    if !raw.is_empty() {
        return raw
            .split(';')
            .map(|part| match part.split('-').collect::<Vec<_>>()[..] {
                [s, e] => Ok((py_int(s)?, py_int(e)?)),
                _ => Err(format!("quote_spans {raw:?}: {part:?} is not START-END")),
            })
            .collect();
    }
    let start = py_int(&f.col(&["quote_start", "start"])).map_err(|e| format!("quote_start: {e}"))?;
    let end = py_int(&f.col(&["quote_end", "end"])).map_err(|e| format!("quote_end: {e}"))?;
    Ok(vec![(start, end)])
}

/// score.py's `opt_span(row, key)`: `KEY_start` and `KEY_end`, None when either is empty.
fn opt_span(f: &impl Fields, key: &str) -> Result<Option<Span>, String> {
    let (s, e) = (f.get(&format!("{key}_start")), f.get(&format!("{key}_end")));
    match (s, e) {
        (Some(s), Some(e)) if !s.is_empty() && !e.is_empty() => {
            let s = py_int(&s).map_err(|m| format!("{key}_start: {m}"))?;
            let e = py_int(&e).map_err(|m| format!("{key}_end: {m}"))?;
            Ok(Some((s, e)))
        }
        _ => Ok(None),
    }
}

/// A CSV record seen through its header (`csv.DictReader`).
struct CsvFields<'a> {
    columns: &'a HashMap<String, usize>,
    record: &'a csv::StringRecord,
}

impl Fields for CsvFields<'_> {
    fn field(&self, name: &str) -> Field<'_> {
        match self.columns.get(name) {
            None => Field::Absent,
            Some(&i) => match self.record.get(i) {
                Some(v) => Field::Value(Cow::Borrowed(v)),
                None => Field::Short,
            },
        }
    }
}

/// A row of the built-in extraction, seen as the CSV `whosaid extract` writes it: every column
/// present, absent values empty.
impl Fields for Row {
    fn field(&self, name: &str) -> Field<'_> {
        fn text(s: &str) -> Field<'_> {
            Field::Value(Cow::Borrowed(s))
        }
        fn opt(s: &Option<String>) -> Field<'_> {
            text(s.as_deref().unwrap_or(""))
        }
        fn num(n: Option<usize>) -> Field<'static> {
            Field::Value(n.map_or(Cow::Borrowed(""), |n| Cow::Owned(n.to_string())))
        }
        match name {
            "doc_id" => text(&self.doc_id),
            "quote_idx" => num(Some(self.quote_idx)),
            "type" => text(&self.kind),
            "quote_text" => text(&self.quote_text),
            "quote_start" => num(Some(self.quote_start)),
            "quote_end" => num(Some(self.quote_end)),
            "quote_spans" => text(&self.quote_spans),
            "speaker" => opt(&self.speaker),
            "speaker_start" => num(self.speaker_start),
            "speaker_end" => num(self.speaker_end),
            "speaker_name" => opt(&self.speaker_name),
            "cue" => opt(&self.cue),
            "cue_start" => num(self.cue_start),
            "cue_end" => num(self.cue_end),
            "source" => opt(&self.source),
            "source_start" => num(self.source_start),
            "source_end" => num(self.source_end),
            "confidence" => Field::Value(Cow::Owned(self.confidence.to_string())),
            "rule" => text(&self.rule),
            "url" => opt(&self.url),
            "date" => opt(&self.date),
            "publisher" => opt(&self.publisher),
            _ => Field::Absent,
        }
    }
}

/// The system output, grouped by doc id (rows in file order).
struct System {
    /// the CSV file as named in messages; None for the built-in extraction
    file: Option<String>,
    by_doc: HashMap<String, Vec<SysRow>>,
    extraction_failures: Vec<String>,
}

impl System {
    /// Read a CSV written by `whosaid extract` (any CSV with a header and the columns the scorer
    /// reads).
    fn read_csv(path: &Path) -> Result<System> {
        let name = path.display().to_string();
        let open = || File::open(path).with_context(|| format!("cannot read system file {name}"));
        // csv.DictReader keeps a byte-order mark in the first column name (the csv crate drops
        // it), and takes a blank first line for an empty header
        let mut head = Vec::with_capacity(4);
        open()?
            .take(4)
            .read_to_end(&mut head)
            .with_context(|| format!("cannot read system file {name}"))?;
        let bom = head.starts_with(b"\xef\xbb\xbf");
        let blank_first = matches!(head.get(if bom { 3 } else { 0 }), Some(b'\n' | b'\r'));
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(!blank_first)
            .from_reader(BufReader::with_capacity(1 << 20, open()?));
        let mut columns = HashMap::new();
        if !blank_first {
            let header = rdr
                .headers()
                .with_context(|| format!("{name}: cannot read the CSV header"))?;
            for (i, h) in header.iter().enumerate() {
                let h = if i == 0 && bom {
                    format!("\u{feff}{h}")
                } else {
                    h.to_string()
                };
                columns.insert(h, i); // the last of duplicate columns wins, as in a dict
            }
        }
        let mut by_doc: HashMap<String, Vec<SysRow>> = HashMap::new();
        let mut record = csv::StringRecord::new();
        loop {
            match rdr.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(anyhow::Error::new(e).context(format!("{name}: cannot read the CSV"))),
            }
            let line = record.position().map_or(0, |p| p.line());
            let fields = CsvFields {
                columns: &columns,
                record: &record,
            };
            let (doc, row) = SysRow::read(&fields, line);
            by_doc.entry(doc).or_default().push(row);
        }
        Ok(System {
            file: Some(name),
            by_doc,
            extraction_failures: Vec::new(),
        })
    }

    /// Run the extraction on the gold texts, as `whosaid extract GOLD.jsonl` would: every record
    /// (duplicate ids included), skipping blank and oversized texts; an article whose
    /// extraction panics is reported and has no rows.
    fn extract(gold: &Gold) -> System {
        let articles: Vec<Article> = gold
            .records
            .iter()
            .filter_map(|r| match r.fields.get("text") {
                Some(Value::String(t))
                    if !t.bytes().all(|b| b.is_ascii_whitespace()) && t.len() <= MAX_ARTICLE_BYTES =>
                {
                    Some(Article {
                        id: r.id.clone(),
                        text: t.clone(),
                        ..Default::default()
                    })
                }
                _ => None,
            })
            .collect();
        let rows: Vec<Result<Vec<Row>, String>> = articles
            .par_iter()
            .map(|a| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::pipeline::process(a))).map_err(|p| {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    format!("article {:?}: internal error while extracting ({msg}); no rows", a.id)
                })
            })
            .collect();
        let mut by_doc: HashMap<String, Vec<SysRow>> = HashMap::new();
        let mut extraction_failures = Vec::new();
        for r in rows {
            match r {
                Ok(rows) => {
                    for row in &rows {
                        let (doc, sr) = SysRow::read(row, 0);
                        by_doc.entry(doc).or_default().push(sr);
                    }
                }
                Err(msg) => extraction_failures.push(msg),
            }
        }
        System {
            file: None,
            by_doc,
            extraction_failures,
        }
    }

    /// A field of `row` that failed to parse, as an error naming where the row came from.
    fn check<'r, T>(&self, row: &SysRow, doc: &str, r: &'r Result<T, String>) -> Result<&'r T> {
        r.as_ref().map_err(|e| match &self.file {
            Some(f) => anyhow!("{f}:{}: article {doc:?}: {e}", row.line),
            None => anyhow!("extraction of article {doc:?}: {e}"),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Scoring

/// A set of code point positions, as sorted, disjoint, non-adjacent `[start, end)` ranges: what
/// score.py's `trimmed` builds as a Python set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Positions(Vec<(usize, usize)>);

impl Positions {
    /// score.py's `trimmed(text, spans)`: each span clamped to the text and trimmed of [`TRIM`]
    /// characters at both ends, then their union.
    fn trimmed(text: &[char], spans: &[Span]) -> Positions {
        let n = text.len() as i64;
        let mut ranges = Vec::with_capacity(spans.len());
        for &(s, e) in spans {
            let (mut s, mut e) = (s.max(0), e.min(n));
            while s < e && is_trim(text[s as usize]) {
                s += 1;
            }
            while e > s && is_trim(text[e as usize - 1]) {
                e -= 1;
            }
            if s < e {
                ranges.push((s as usize, e as usize));
            }
        }
        ranges.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for (s, e) in ranges {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        Positions(out)
    }

    fn len(&self) -> usize {
        self.0.iter().map(|(s, e)| e - s).sum()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `len(a & b)`
    fn intersection_len(&self, other: &Positions) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            let (lo, hi) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
            if lo < hi {
                n += hi - lo;
            }
            if a[i].1 < b[j].1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        n
    }

    /// score.py's `bounds`: `(min, max + 1)`, None for the empty set.
    fn bounds(&self) -> Option<(usize, usize)> {
        Some((self.0.first()?.0, self.0.last()?.1))
    }
}

fn is_trim(c: char) -> bool {
    TRIM.contains(&c)
}

/// score.py's `overlaps(text, a, b)`.
fn overlaps(text: &[char], a: &[Span], b: &[Span]) -> bool {
    !a.is_empty() && !b.is_empty() && Positions::trimmed(text, a).intersection_len(&Positions::trimmed(text, b)) > 0
}

/// `" ".join(text[s:e] for s, e in spans)`
fn joined(text: &[char], spans: &[Span]) -> String {
    let mut out = String::new();
    for (k, &(s, e)) in spans.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.extend(py_slice(text, s, e));
    }
    out
}

/// The first `n` code points of `s` (Python's `s[:n]`).
fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The counts behind the quote-level figures.
#[derive(Default)]
struct Counts {
    gold: u64,
    sys: u64,
    matched: u64,
    lenient_gold: u64,
    lenient_sys: u64,
    exact: u64,
    spk_gold: u64,
    spk_ok: u64,
    wsw_tp: u64,
    name_gold: u64,
    name_ok: u64,
    cue_gold: u64,
    cue_ok: u64,
    src_gold: u64,
    src_sys: u64,
    src_ok: u64,
}

/// The counts behind one kind of span-level figures.
#[derive(Default, Clone, Copy)]
struct SpanCounts {
    gold: u64,
    sys: u64,
    exact: u64,
    begin: u64,
}

/// Add `n` to the count of `key`.
fn bump(m: &mut BTreeMap<String, u64>, key: &str, n: u64) {
    match m.get_mut(key) {
        Some(v) => *v += n,
        None => {
            m.insert(key.to_string(), n);
        }
    }
}

/// `round(a / b, 4) if b else None`
fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| round4(a as f64 / b as f64))
}

fn score(gold: &Gold, system: &System, min_jaccard: f64) -> Result<Report> {
    let mut c = Counts::default();
    let mut comp = [SpanCounts::default(); 3];
    let (mut by_type_gold, mut by_type_found) = (BTreeMap::new(), BTreeMap::new());
    let (mut by_type_sys, mut by_type_sys_ok) = (BTreeMap::new(), BTreeMap::new());
    let mut offset_mismatches = 0u64;
    let mut errors = Vec::new();
    let no_rows: Vec<SysRow> = Vec::new();

    for &ri in &gold.articles {
        let rec = &gold.records[ri];
        let aid = rec.id.as_str();
        let at = || format!("{}:{}: article {aid:?}", gold.name, rec.line);
        let art = GoldArticle::parse(rec).map_err(|e| anyhow!("{}: {e}", at()))?;
        let text = &art.text[..];
        let golds = &art.attrs;
        let rows = system.by_doc.get(aid).unwrap_or(&no_rows);

        // span level: each contiguous piece on its own
        let mut sys_spans: Vec<&[Span]> = Vec::with_capacity(rows.len());
        let mut speaker_spans: Vec<Vec<Span>> = Vec::with_capacity(rows.len());
        let mut cue_spans: Vec<Vec<Span>> = Vec::with_capacity(rows.len());
        for row in rows {
            sys_spans.push(system.check(row, aid, &row.spans)?);
            speaker_spans.push(system.check(row, aid, &row.speaker_span)?.iter().copied().collect());
            cue_spans.push(system.check(row, aid, &row.cue_span)?.iter().copied().collect());
        }
        for (k, counts) in comp.iter_mut().enumerate() {
            let gold_pieces = golds.iter().flat_map(|g| match k {
                0 => &g.content,
                1 => &g.speaker,
                _ => &g.cue,
            });
            let sys_pieces = (0..rows.len()).flat_map(|j| match k {
                0 => sys_spans[j],
                1 => &speaker_spans[j][..],
                _ => &cue_spans[j][..],
            });
            let piece_bounds = |p: &Span| Positions::trimmed(text, std::slice::from_ref(p)).bounds();
            let gs: HashSet<(usize, usize)> = gold_pieces.filter_map(piece_bounds).collect();
            let ss: HashSet<(usize, usize)> = sys_pieces.filter_map(piece_bounds).collect();
            counts.gold += gs.len() as u64;
            counts.sys += ss.len() as u64;
            counts.exact += gs.intersection(&ss).count() as u64;
            let gb: HashSet<usize> = gs.iter().map(|b| b.0).collect();
            let sb: HashSet<usize> = ss.iter().map(|b| b.0).collect();
            counts.begin += gb.intersection(&sb).count() as u64;
        }

        for (row, spans) in rows.iter().zip(&sys_spans) {
            if let (Some(q), [(s, e)]) = (&row.quote, spans) {
                if !py_slice(text, *s, *e).iter().copied().eq(q.chars()) {
                    offset_mismatches += 1;
                }
            }
        }

        // quote matching: every overlapping pair, best first, one to one
        let gsets: Vec<Positions> = golds.iter().map(|g| Positions::trimmed(text, &g.content)).collect();
        let ssets: Vec<Positions> = sys_spans.iter().map(|s| Positions::trimmed(text, s)).collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (i, gs) in gsets.iter().enumerate() {
            if gs.is_empty() {
                continue;
            }
            for (j, ss) in ssets.iter().enumerate() {
                let inter = gs.intersection_len(ss);
                if inter > 0 {
                    let union = gs.len() + ss.len() - inter;
                    pairs.push((inter as f64 / union as f64, i, j));
                }
            }
        }
        // Python's `pairs.sort(reverse=True)`: descending (jaccard, i, j); no NaN can occur
        pairs.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
        let mut used_g: Vec<Option<usize>> = vec![None; golds.len()];
        let mut used_s = vec![false; rows.len()];
        let (mut lenient_g, mut lenient_s) = (vec![false; golds.len()], vec![false; rows.len()]);
        for &(jac, i, j) in &pairs {
            lenient_g[i] = true;
            lenient_s[j] = true;
            if jac >= min_jaccard && used_g[i].is_none() && !used_s[j] {
                used_g[i] = Some(j);
                used_s[j] = true;
            }
        }
        let count = |v: &[bool]| v.iter().filter(|&&b| b).count() as u64;
        c.gold += golds.len() as u64;
        c.sys += rows.len() as u64;
        c.matched += used_g.iter().flatten().count() as u64;
        c.lenient_gold += count(&lenient_g);
        c.lenient_sys += count(&lenient_s);
        for g in golds {
            bump(&mut by_type_gold, &g.kind, 1);
        }
        let sys_type = |row: &SysRow| {
            let t = row.kind.as_deref().filter(|t| !t.is_empty()).unwrap_or("?");
            py_strip(t).to_string()
        };
        for (row, &used) in rows.iter().zip(&used_s) {
            let t = sys_type(row);
            bump(&mut by_type_sys, &t, 1);
            if used {
                bump(&mut by_type_sys_ok, &t, 1);
            }
        }

        for (i, g) in golds.iter().enumerate() {
            let Some(j) = used_g[i] else {
                let content = joined(text, &g.content);
                errors.push(format!(
                    "{{\"article_id\": {}, \"kind\": \"missed\", \"type\": {}, \"content\": {}}}",
                    py_json_str(aid, false),
                    py_json_str(&g.kind, false),
                    py_json_str(prefix(&content, 300), false)
                ));
                continue;
            };
            let row = &rows[j];
            bump(&mut by_type_found, &g.kind, 1);
            if gsets[i].bounds() == ssets[j].bounds() {
                c.exact += 1;
            }
            let gspk = &g.speaker;
            let sspk = &speaker_spans[j];
            let gold_name = g
                .speaker_name()
                .map_err(|e| anyhow!("{}: attribution {i}: {e}", at()))?;
            let gname = norm_name(gold_name.unwrap_or(""));
            let sname = norm_name(&row.speaker_name);
            let gtext = norm_name(&joined(text, gspk));
            let stext = norm_name(row.speaker.as_deref().unwrap_or(""));
            let mut ok = overlaps(text, gspk, sspk)
                || (!gname.is_empty() && gname == sname)
                || (!gtext.is_empty() && gtext == stext);
            if gspk.is_empty() && gname.is_empty() {
                ok = true; // the gold names no speaker: only the content can be judged
            } else {
                c.spk_gold += 1;
                c.spk_ok += u64::from(ok);
            }
            c.wsw_tp += u64::from(ok);
            if !ok {
                let content = joined(text, &g.content);
                errors.push(format!(
                    "{{\"article_id\": {}, \"kind\": \"wrong_speaker\", \"type\": {}, \"content\": {}, \
                     \"gold_speaker\": {}, \"gold_name\": {}, \"sys_speaker\": {}, \"sys_name\": {}}}",
                    py_json_str(aid, false),
                    py_json_str(&g.kind, false),
                    py_json_str(prefix(&content, 200), false),
                    py_json_str(&gtext, false),
                    py_json_str(&gname, false),
                    py_json_str(&stext, false),
                    py_json_str(&sname, false)
                ));
            }
            if gold_name.is_some() {
                c.name_gold += 1;
                c.name_ok += u64::from(gname == sname);
            }
            if !g.cue.is_empty() {
                c.cue_gold += 1;
                c.cue_ok += u64::from(overlaps(text, &g.cue, &cue_spans[j]));
            }
            let smed: Vec<Span> = system.check(row, aid, &row.source_span)?.iter().copied().collect();
            if let Some(medium) = g.medium {
                let gmed = spans_of(medium).map_err(|e| anyhow!("{}: attribution {i}: \"medium\": {e}", at()))?;
                c.src_gold += u64::from(!gmed.is_empty());
                c.src_sys += u64::from(!smed.is_empty());
                c.src_ok += u64::from(overlaps(text, &gmed, &smed));
            }
        }
        for (j, row) in rows.iter().enumerate() {
            if !used_s[j] {
                let content = joined(text, sys_spans[j]);
                let kind = row
                    .kind
                    .as_deref()
                    .map_or_else(|| "null".to_string(), |t| py_json_str(t, false));
                errors.push(format!(
                    "{{\"article_id\": {}, \"kind\": \"spurious\", \"type\": {kind}, \"content\": {}}}",
                    py_json_str(aid, false),
                    py_json_str(prefix(&content, 300), false)
                ));
            }
        }
    }

    let gold_ids: HashSet<&str> = gold.articles.iter().map(|&i| gold.records[i].id.as_str()).collect();
    let unknown_article_ids = system.by_doc.keys().filter(|k| !gold_ids.contains(k.as_str())).count();
    let spans = SPAN_KINDS
        .iter()
        .zip(comp)
        .map(|(&k, n)| {
            (
                k,
                SpanScores {
                    exact: Prf::new(n.exact, n.sys, n.gold),
                    begin: Prf::new(n.begin, n.sys, n.gold),
                },
            )
        })
        .collect();
    let recall_by_type = by_type_gold
        .iter()
        .map(|(t, &n)| {
            (
                t.clone(),
                round4(by_type_found.get(t).copied().unwrap_or(0) as f64 / n as f64),
            )
        })
        .collect();
    let precision_by_type = by_type_sys
        .iter()
        .map(|(t, &n)| {
            (
                t.clone(),
                round4(by_type_sys_ok.get(t).copied().unwrap_or(0) as f64 / n as f64),
            )
        })
        .collect();
    Ok(Report {
        errors,
        articles: gold.articles.len(),
        spans,
        quotes: Prf::new(c.matched, c.sys, c.gold),
        quotes_exact: Prf::new(c.exact, c.sys, c.gold),
        quotes_lenient_p: ratio(c.lenient_sys, c.sys).unwrap_or(0.0),
        quotes_lenient_r: ratio(c.lenient_gold, c.gold).unwrap_or(0.0),
        who_said_what: Prf::new(c.wsw_tp, c.sys, c.gold),
        speaker_acc: ratio(c.spk_ok, c.spk_gold),
        speaker_name_acc: ratio(c.name_ok, c.name_gold),
        cue_acc: ratio(c.cue_ok, c.cue_gold),
        source: (c.src_gold > 0 || c.src_sys > 0).then(|| Prf::new(c.src_ok, c.src_sys, c.src_gold)),
        recall_by_type,
        gold_by_type: by_type_gold,
        precision_by_type,
        offset_mismatches,
        unknown_article_ids,
        extraction_failures: system.extraction_failures.clone(),
    })
}

// ---------------------------------------------------------------------------------------------
// Python semantics

/// Name folding for speaker comparisons: score.py's `norm_name` (NFKC, U+2019 → `'`, lower
/// case, runs of white space → one space, trimmed).
///
/// NFKC is approximated by the compatibility characters it folds that news text has (…, ‥, ․,
/// the ﬀ-ﬆ ligatures, full-width ASCII; the compatibility spaces are white space anyway); full
/// composition and decomposition would take the `unicode-normalization` crate. Both sides of
/// every comparison come from the same article text or a hand-typed name, so the two agree
/// unless one article writes the same name in two canonically equivalent forms.
pub fn norm_name(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2019}' => folded.push('\''),
            '\u{2024}' => folded.push('.'),
            '\u{2025}' => folded.push_str(".."),
            '\u{2026}' => folded.push_str("..."),
            '\u{fb00}' => folded.push_str("ff"),
            '\u{fb01}' => folded.push_str("fi"),
            '\u{fb02}' => folded.push_str("fl"),
            '\u{fb03}' => folded.push_str("ffi"),
            '\u{fb04}' => folded.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => folded.push_str("st"),
            '\u{ff01}'..='\u{ff5e}' => folded.push(char::from_u32(c as u32 - 0xfee0).unwrap_or(c)),
            _ => folded.push(c),
        }
    }
    let lower = folded.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for word in lower.split(py_isspace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Python's `str.isspace` for one character: Unicode white space plus the information
/// separators U+001C..U+001F.
fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.strip()`.
fn py_strip(s: &str) -> &str {
    s.trim_matches(py_isspace)
}

/// Python's `int(s)` for a decimal string: surrounding white space, an optional sign, ASCII
/// digits with single underscores between them. Values past the i64 range saturate (they are
/// past any text, which clamping and slicing treat alike).
fn py_int(s: &str) -> Result<i64, String> {
    let t = py_strip(s);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let valid = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    if !valid {
        return Err(format!("invalid literal for int() with base 10: {s:?}"));
    }
    let v = digits
        .bytes()
        .filter(|&b| b != b'_')
        .fold(0i64, |v, b| v.saturating_mul(10).saturating_add(i64::from(b - b'0')));
    Ok(if neg { -v } else { v })
}

/// Python's `text[s:e]` on code points: negative offsets count from the end, offsets past
/// either end are clamped, an empty slice when `e <= s`.
fn py_slice(text: &[char], s: i64, e: i64) -> &[char] {
    let n = text.len() as i64;
    let clamp = |x: i64| if x < 0 { x.saturating_add(n).max(0) } else { x.min(n) };
    let (s, e) = (clamp(s), clamp(e));
    if s < e {
        &text[s as usize..e as usize]
    } else {
        &[]
    }
}

/// Python's truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Python's `str(v)` for a scalar JSON value (None for lists and objects).
fn py_str(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Null => Some("None".into()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.into()),
        Value::Number(n) => Some(match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) => py_float_repr(f),
            _ => n.to_string(),
        }),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// A JSON value for a message, cut to a readable length.
fn short_json(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}...", prefix(&s, 60))
    } else {
        s
    }
}

/// Python's `round(x, 4)`: the exact binary value rounded to 4 decimals, ties to even, read
/// back as the nearest double (Rust's `{:.4}` rounds the exact value, ties to even, too).
fn round4(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr(float)`: the shortest digits that read back to `x`, in fixed notation when
/// the decimal exponent is in -4..16, else in scientific notation (`1e-05`, `1.5e+16`).
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0.0");
    }
    // `{:e}` gives the shortest round-trip digits: "d.ddde-5"
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i64;
    let decpt = exp + 1; // digits are 0.DIGITS × 10^decpt
    let body = if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{first}{frac}e{esign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= n {
        format!("{digits}{}.0", "0".repeat((decpt - n) as usize))
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{body}")
}

/// A JSON string as Python's `json.dumps` writes it: with `ensure_ascii` (the default) every
/// character outside printable ASCII is a `\uXXXX` escape (surrogate pairs past the BMP);
/// without it, only `"`, `\` and control characters are escaped.
fn py_json_str(s: &str, ensure_ascii: bool) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            '\u{8}' => o.push_str("\\b"),
            '\u{c}' => o.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(o, "\\u{unit:04x}");
                }
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Lines as Python's text mode reads them (universal newlines: `\n`, `\r\n` and `\r` end a
/// line), without their ends.
fn universal_lines(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.find(['\n', '\r']) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                Some(line)
            }
            None => {
                let line = rest;
                rest = "";
                Some(line)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round4_is_pythons_round() {
        // exact ties (odd multiples of 1/32) go to even; near-ties follow the binary value
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(0.09375), 0.0938);
        assert_eq!(round4(0.00025), 0.0003);
        assert_eq!(round4(0.00015), 0.0001);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(round4(1.0), 1.0);
    }

    #[test]
    fn float_repr_is_pythons() {
        for (x, s) in [
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.5, "0.5"),
            (0.6667, "0.6667"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (123.456, "123.456"),
            (-2.5, "-2.5"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(py_float_repr(x), s, "{x}");
        }
    }

    #[test]
    fn json_strings_are_escaped_like_json_dumps() {
        assert_eq!(py_json_str("a\"b\\c\n\u{1}\u{7f}", true), r#""a\"b\\c\n\u0001\u007f""#);
        assert_eq!(py_json_str("Zoë 😀", true), r#""Zo\u00eb \ud83d\ude00""#);
        assert_eq!(py_json_str("Zoë \u{7f}\t", false), "\"Zoë \u{7f}\\t\"");
    }

    #[test]
    fn python_int_and_slicing() {
        assert_eq!(py_int(" 12 "), Ok(12));
        assert_eq!(py_int("+1_000"), Ok(1000));
        assert_eq!(py_int("-3"), Ok(-3));
        assert_eq!(py_int("99999999999999999999999"), Ok(i64::MAX));
        for bad in ["", "1__0", "_1", "1.5", "0x10", "-"] {
            assert!(py_int(bad).is_err(), "{bad:?}");
        }
        let t: Vec<char> = "héllo".chars().collect();
        let s = |a, b| py_slice(&t, a, b).iter().collect::<String>();
        assert_eq!(s(1, 3), "él");
        assert_eq!(s(-3, 100), "llo");
        assert_eq!(s(3, 1), "");
        assert_eq!(s(i64::MIN, 2), "hé");
    }

    #[test]
    fn names_fold_case_space_and_apostrophes() {
        assert_eq!(norm_name("  O\u{2019}Brien\u{a0}\u{2003}SMITH \n"), "o'brien smith");
        assert_eq!(norm_name("\u{fb01}n\u{2026}"), "fin...");
        assert_eq!(
            norm_name("ΟΔΟΣ"),
            "\u{3bf}\u{3b4}\u{3bf}\u{3c2}",
            "final sigma, as Python's lower()"
        );
        assert_eq!(norm_name("a\u{1c}b"), "a b");
    }

    #[test]
    fn trimming_and_position_sets() {
        let t: Vec<char> = "\u{201c}Hi, there,\u{201d} he said.".chars().collect();
        let p = Positions::trimmed(&t, &[(0, 12)]);
        assert_eq!(p.bounds(), Some((1, 10)));
        assert_eq!(p.len(), 9);
        let q = Positions::trimmed(&t, &[(5, 100), (-4, 3)]);
        assert_eq!(q.0, [(1, 3), (5, 20)]);
        assert_eq!(p.intersection_len(&Positions::trimmed(&t, &[(5, 8)])), 3);
        assert!(Positions::trimmed(&t, &[(10, 12)]).is_empty());
    }

    #[test]
    fn universal_newlines() {
        let v: Vec<&str> = universal_lines("a\r\nb\rc\n\nd").collect();
        assert_eq!(v, ["a", "b", "c", "", "d"]);
    }
}
