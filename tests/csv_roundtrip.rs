//! The CSV is what pandas and the csv crate expect by default: a header row, RFC 4180
//! quoting (only where needed, quotes doubled), `\n` between records, UTF-8 without a BOM,
//! and an empty field for a missing value. Every row reads back as the same `Row`.

use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Stdio};
use whosaid::input::Article;
use whosaid::output::{CsvSink, Row, Sink, COLUMNS};
use whosaid::pipeline::process;

fn render(rows: &[Row]) -> Vec<u8> {
    let mut buf = CsvSink.header();
    CsvSink.render(rows, &mut buf).unwrap();
    buf
}

fn read_back(bytes: &[u8]) -> Vec<Row> {
    let mut r = csv::Reader::from_reader(bytes);
    assert_eq!(r.headers().unwrap(), COLUMNS.as_slice());
    r.deserialize().collect::<Result<_, _>>().expect("rows parse back")
}

fn row(quote: &str) -> Row {
    Row {
        doc_id: "doc-1".into(),
        quote_idx: 0,
        kind: "direct".into(),
        quote_text: quote.into(),
        quote_start: 1,
        quote_end: 1 + quote.chars().count(),
        quote_spans: format!("1-{}", 1 + quote.chars().count()),
        speaker: Some("Wang Yi".into()),
        speaker_start: Some(40),
        speaker_end: Some(47),
        speaker_name: Some("Wang Yi".into()),
        cue: Some("said".into()),
        cue_start: Some(48),
        cue_end: Some(52),
        source: None,
        source_start: None,
        source_end: None,
        confidence: 0.95,
        rule: "quote-then-speaker".into(),
        url: Some("https://example.com/a?b=1,2".into()),
        date: None,
        publisher: Some("Le Monde".into()),
    }
}

#[test]
fn tricky_values_round_trip() {
    let quotes = [
        "We will win, and we will win again,",
        "He called it \"a disgrace\" and left",
        "He said \"\"no\"\" twice",
        "first line\nsecond line",
        "windows\r\nline",
        "  leading and trailing spaces  ",
        "tab\there; semicolon",
        "\"",
        "ends with a quote \"",
        "日本語, émigré, 😀",
        "#not a comment",
        "",
    ];
    let mut rows: Vec<Row> = quotes.iter().map(|q| row(q)).collect();
    rows[1].speaker = None;
    rows[1].speaker_start = None;
    rows[1].speaker_end = None;
    rows[2].source = Some("officials, who asked not to be named".into());
    rows[2].source_start = Some(3);
    rows[2].source_end = Some(9);
    rows[3].publisher = Some("The \"Daily\"\nNews, Inc.".into());
    rows[4].confidence = 0.1;
    rows[5].doc_id = "id,with,commas".into();
    let bytes = render(&rows);
    assert_eq!(read_back(&bytes), rows);
}

#[test]
fn quoting_is_rfc_4180_and_only_where_needed() {
    let rows = vec![row("He said \"no\", twice\nand left"), row("plain words")];
    let text = String::from_utf8(render(&rows)).unwrap();
    assert!(!text.starts_with('\u{feff}'), "no BOM");
    let mut lines = text.split('\n');
    assert_eq!(lines.next().unwrap(), COLUMNS.join(","), "the header row");
    assert!(
        text.contains(r#","He said ""no"", twice"#),
        "quoted, inner quotes doubled: {text}"
    );
    assert!(
        text.contains("\nand left\","),
        "the newline stays inside the quoted field: {text}"
    );
    assert!(
        text.contains(",plain words,"),
        "no quotes where none are needed: {text}"
    );
    assert!(text.contains(",\"https://example.com/a?b=1,2\","), "{text}");
    assert!(text.ends_with('\n') && !text.contains('\r'), "records end with \\n");
    // a missing value is an empty field
    assert!(text.contains(",said,48,52,,,,0.95,quote-then-speaker,"), "{text}");
}

#[test]
fn an_empty_optional_string_reads_back_as_missing() {
    // documented: an empty field is null, so Some("") cannot be told from None
    let mut r = row("x");
    r.speaker_name = Some(String::new());
    let back = read_back(&render(std::slice::from_ref(&r)));
    assert_eq!(back[0].speaker_name, None);
}

#[test]
fn the_binary_writes_what_the_library_extracts() {
    let texts = [
        "He said \"we will win, whatever it costs, and \u{2018}win\u{2019} again\" on Monday.",
        "\u{201c}We will win, whatever it costs,\u{201d} Foreign Minister Wang Yi said on Monday.",
        "She told reporters: \u{201c}It's a \u{2018}start\u{2019}, not an end.\u{201d}\n\nOthers disagreed.",
        "\u{201c}No comment,\u{201d} said Zoë Müller, a spokeswoman for the ministry, in Brussels.",
        "According to officials, the plan would cost \u{20ac}3,000.",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = Vec::new();
    let mut articles = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let a = Article {
            id: format!("a{i}"),
            text: t.to_string(),
            url: Some(format!("https://example.com/{i}?x=1,2")),
            date: Some("2024-05-01".into()),
            publisher: Some("The \"Daily\",\nNews".into()),
        };
        let rec = serde_json::json!({
            "id": a.id, "text": a.text, "url": a.url, "date": a.date, "publisher": a.publisher
        });
        writeln!(jsonl, "{rec}").unwrap();
        articles.push(a);
    }
    std::fs::write(dir.path().join("in.jsonl"), &jsonl).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "in.jsonl"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let got = read_back(&out.stdout);
    let want: Vec<Row> = articles.iter().flat_map(process).collect();
    assert!(want.len() >= 3, "{want:?}");
    assert!(want
        .iter()
        .any(|r| r.quote_text.contains(',') && r.quote_text.contains('"')));
    assert_eq!(got, want);
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    // empty strings are null in CSV, so optional values are None or non-empty
    proptest::option::of(".{1,20}")
}

prop_compose! {
    fn any_row()(
        doc_id in ".{0,12}",
        quote_idx in 0usize..1000,
        quote_text in "(.|\n|\r|\"|,){0,40}",
        offsets in (0usize..100_000, 0usize..1000),
        speaker in opt_text(),
        speaker_name in opt_text(),
        cue in opt_text(),
        source in opt_text(),
        url in opt_text(),
        publisher in opt_text(),
        confidence in 0u32..=100,
    ) -> Row {
        let (start, len) = offsets;
        Row {
            doc_id,
            quote_idx,
            kind: "direct".into(),
            quote_text,
            quote_start: start,
            quote_end: start + len,
            quote_spans: format!("{start}-{}", start + len),
            speaker_start: speaker.as_ref().map(|_| start + 1),
            speaker_end: speaker.as_ref().map(|_| start + 2),
            speaker,
            speaker_name,
            cue_start: cue.as_ref().map(|_| 7),
            cue_end: cue.as_ref().map(|_| 11),
            cue,
            source_start: source.as_ref().map(|_| 3),
            source_end: source.as_ref().map(|_| 5),
            source,
            confidence: (confidence as f64) / 100.0,
            rule: "rule".into(),
            url,
            date: None,
            publisher,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_rows_round_trip(rows in proptest::collection::vec(any_row(), 0..8)) {
        let bytes = render(&rows);
        prop_assert_eq!(read_back(&bytes), rows);
    }
}
