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

/// Converts byte offsets to code point offsets for one text. Offsets are looked up in
/// ascending order in one sweep, so the cost is one pass over the text per article.
struct CodePoints {
    ascii: bool,
}

impl CodePoints {
    fn convert(&self, text: &str, offsets: &mut [(usize, usize)]) {
        // offsets: (byte, slot) pairs; rewritten in place to code points
        if self.ascii {
            return;
        }
        offsets.sort_unstable();
        let mut cp = 0usize;
        let mut byte = 0usize;
        let bytes = text.as_bytes();
        for o in offsets.iter_mut() {
            let target = o.0.min(bytes.len());
            while byte < target {
                // count UTF-8 lead bytes
                if (bytes[byte] as i8) >= -0x40 {
                    cp += 1;
                }
                byte += 1;
            }
            o.0 = cp;
        }
    }
}

/// Turn one article's attributions into rows.
pub fn rows(article: &Article, attrs: &[Attribution]) -> Vec<Row> {
    let text = article.text.as_str();
    // gather every offset, convert in one sweep
    let mut offs: Vec<(usize, usize)> = Vec::new();
    for a in attrs {
        for s in &a.content {
            offs.push((s.start, 0));
            offs.push((s.end, 0));
        }
        for s in [a.speaker, a.cue, a.source].into_iter().flatten() {
            offs.push((s.start, 0));
            offs.push((s.end, 0));
        }
    }
    let originals: Vec<usize> = offs.iter().map(|o| o.0).collect();
    for (i, o) in offs.iter_mut().enumerate() {
        o.1 = i;
    }
    let cps = CodePoints { ascii: text.is_ascii() };
    cps.convert(text, &mut offs);
    let mut map = vec![0usize; offs.len()];
    for (cp, slot) in &offs {
        map[*slot] = *cp;
    }
    let mut next = 0usize;
    let mut take = || {
        let v = map[next];
        next += 1;
        v
    };
    let _ = originals;
    let mut out = Vec::with_capacity(attrs.len());
    for (idx, a) in attrs.iter().enumerate() {
        let pieces: Vec<(usize, usize)> = a.content.iter().map(|_| (take(), take())).collect();
        let mut opt = |s: Option<Span>| s.map(|_| (take(), take()));
        let (sp, cue, src) = (opt(a.speaker), opt(a.cue), opt(a.source));
        let quote_text = a.content.iter().map(|s| s.slice(text)).collect::<Vec<_>>().join(" ");
        let speaker_text = a.speaker.map(|s| s.slice(text).to_string()).or_else(|| {
            a.speaker_from
                .and_then(|j| attrs.get(j))
                .and_then(|x| x.speaker)
                .map(|s| s.slice(text).to_string())
        });
        out.push(Row {
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
        });
    }
    out
}

/// An output format. Rendering happens on the worker threads (into a byte buffer per
/// article); the writer only concatenates, in input order.
pub trait Sink: Send + Sync {
    /// Bytes written once before any row.
    fn header(&self) -> Vec<u8>;
    /// Append the rows of one article to `buf`.
    fn render(&self, rows: &[Row], buf: &mut Vec<u8>) -> io::Result<()>;
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
        let r = &rows(&art, &[a])[0];
        let chars: Vec<char> = text.chars().collect();
        let slice: String = chars[r.quote_start..r.quote_end].iter().collect();
        assert_eq!(slice, "Ça va,");
        assert_eq!(slice, r.quote_text);
        let sp: String = chars[r.speaker_start.unwrap()..r.speaker_end.unwrap()].iter().collect();
        assert_eq!(sp, "Zoë");
    }
}
