//! `whosaid eval` against the reference scorer `shared/eval/score.py`: the same figures, the
//! same table and the same error records, on the seed gold and on PolNeAR dev (when present),
//! scoring a CSV written by `whosaid extract` and scoring the built-in extraction; and the
//! matching rules on a hand-made article whose figures are worked out by hand.
//!
//! The comparisons with score.py are skipped (with a note) when the scorer or python3 is absent.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use whosaid::eval::{evaluate, Prf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The reference scorer, or None (with a note) when it or python3 is missing.
fn scorer() -> Option<PathBuf> {
    let p = manifest_dir().join("../shared/eval/score.py");
    if !p.is_file() {
        eprintln!(
            "note: {} not found; comparison with the reference scorer skipped",
            p.display()
        );
        return None;
    }
    match Command::new("python3").arg("--version").output() {
        Ok(o) if o.status.success() => Some(p),
        _ => {
            eprintln!("note: python3 not found; comparison with the reference scorer skipped");
            None
        }
    }
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

/// `whosaid extract GOLD -o CSV`
fn extract(gold: &Path, csv: &Path) {
    run(whosaid().arg("extract").arg(gold).arg("-o").arg(csv).arg("-q"));
}

/// What a scorer prints: the `--json` object, the table, and the `--errors` file.
struct Scored {
    json: Value,
    table: String,
    errors: String,
}

fn score_py(scorer: &Path, gold: &Path, csv: &Path, dir: &Path) -> Scored {
    let errors = dir.join("py-errors.jsonl");
    let py = |extra: &[&str]| {
        let mut c = Command::new("python3");
        c.arg(scorer)
            .arg("--gold")
            .arg(gold)
            .arg("--system")
            .arg(csv)
            .args(extra);
        run(&mut c)
    };
    let json = py(&["--json", "--errors", errors.to_str().expect("UTF-8 path")]);
    let table = py(&[]);
    Scored {
        json: serde_json::from_str(&stdout(&json)).expect("score.py prints JSON"),
        table: stdout(&table),
        errors: std::fs::read_to_string(&errors).expect("score.py wrote its errors"),
    }
}

/// `whosaid eval --gold GOLD [CSV]`
fn score_rs(gold: &Path, csv: Option<&Path>, dir: &Path) -> Scored {
    let errors = dir.join("rs-errors.jsonl");
    let eval = |extra: &[&str]| {
        let mut c = whosaid();
        c.arg("eval").arg("--gold").arg(gold);
        if let Some(csv) = csv {
            c.arg(csv);
        }
        run(c.args(extra))
    };
    let json = eval(&["--json", "--errors", errors.to_str().expect("UTF-8 path")]);
    let table = eval(&[]);
    Scored {
        json: serde_json::from_str(&stdout(&json)).expect("whosaid eval prints JSON"),
        table: stdout(&table),
        errors: std::fs::read_to_string(&errors).expect("whosaid eval wrote its errors"),
    }
}

/// Equal JSON values, numbers to 1e-9, with the path of the first difference.
fn assert_same_json(py: &Value, rs: &Value, at: &str) {
    match (py, rs) {
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            assert!((a - b).abs() <= 1e-9, "{at}: score.py {a}, whosaid {b}");
        }
        (Value::Object(a), Value::Object(b)) => {
            let (ka, kb): (Vec<_>, Vec<_>) = (a.keys().collect(), b.keys().collect());
            assert_eq!(ka, kb, "{at}: keys differ");
            for (k, v) in a {
                assert_same_json(v, &b[k], &format!("{at}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}: lengths differ");
            for (k, (x, y)) in a.iter().zip(b).enumerate() {
                assert_same_json(x, y, &format!("{at}[{k}]"));
            }
        }
        _ => assert_eq!(py, rs, "{at}"),
    }
}

/// Extract `gold` to a CSV, score it with score.py, and check that `whosaid eval` on that CSV
/// (`with_csv`) or on its own extraction gives the same figures, table and error records.
fn compare_with_reference(gold: &Path, with_csv: bool) {
    let Some(scorer) = scorer() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("system.csv");
    extract(gold, &csv);
    let py = score_py(&scorer, gold, &csv, dir.path());
    let rs = score_rs(gold, with_csv.then_some(csv.as_path()), dir.path());
    assert_same_json(&py.json, &rs.json, "$");
    assert_eq!(py.table, rs.table, "tables differ");
    assert_eq!(py.errors, rs.errors, "error records differ");
    assert!(py.json["quotes"]["gold"].as_u64().unwrap() > 0, "the gold has quotes");
}

#[test]
fn seed_gold_scores_as_the_reference_scorer() {
    let gold = manifest_dir().join("tests/seed-gold.jsonl");
    compare_with_reference(&gold, true);
    compare_with_reference(&gold, false);
}

/// PolNeAR dev, when ../shared/gold is there (its articles are not part of the repository).
fn polnear_dev() -> Option<PathBuf> {
    let p = manifest_dir().join("../shared/gold/polnear-dev.jsonl");
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("note: {} not found; skipped", p.display());
        None
    }
}

#[test]
fn polnear_dev_csv_scores_as_the_reference_scorer() {
    if let Some(gold) = polnear_dev() {
        compare_with_reference(&gold, true);
    }
}

#[test]
fn polnear_dev_builtin_extraction_scores_as_the_reference_scorer() {
    if let Some(gold) = polnear_dev() {
        compare_with_reference(&gold, false);
    }
}

// ---------------------------------------------------------------------------------------------
// Hand-made cases

/// Code point offsets of the `nth` (0-based) occurrence of `needle` in `text`.
fn cp(text: &str, needle: &str, nth: usize) -> [usize; 2] {
    let (byte, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the text"));
    let start = text[..byte].chars().count();
    [start, start + needle.chars().count()]
}

/// The CSV columns the hand-made system rows fill (a subset of `whosaid extract`'s).
const COLUMNS: [&str; 12] = [
    "doc_id",
    "type",
    "quote_text",
    "quote_spans",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "cue_start",
    "cue_end",
    "source_start",
    "source_end",
];

/// One hand-made system row.
#[derive(Default)]
struct SysRow<'a> {
    doc: &'a str,
    kind: &'a str,
    quote_text: Option<String>,
    quote: Vec<[usize; 2]>,
    speaker: Option<(&'a str, [usize; 2])>,
    speaker_name: &'a str,
    cue: Option<[usize; 2]>,
    source: Option<[usize; 2]>,
}

/// Write gold records and system rows to files in `dir`; returns their paths.
fn write_case(dir: &Path, gold: &[Value], rows: &[SysRow]) -> (PathBuf, PathBuf) {
    let gold_path = dir.join("gold.jsonl");
    let lines: Vec<String> = gold.iter().map(Value::to_string).collect();
    std::fs::write(&gold_path, lines.join("\n") + "\n").expect("write gold");
    let sys_path = dir.join("system.csv");
    let mut w = csv::Writer::from_path(&sys_path).expect("create CSV");
    w.write_record(COLUMNS).expect("write CSV");
    let num = |v: Option<usize>| v.map(|n| n.to_string()).unwrap_or_default();
    for r in rows {
        let spans: Vec<String> = r.quote.iter().map(|[s, e]| format!("{s}-{e}")).collect();
        w.write_record([
            r.doc.to_string(),
            r.kind.to_string(),
            r.quote_text.clone().unwrap_or_default(),
            spans.join(";"),
            r.speaker.map(|s| s.0.to_string()).unwrap_or_default(),
            num(r.speaker.map(|s| s.1[0])),
            num(r.speaker.map(|s| s.1[1])),
            r.speaker_name.to_string(),
            num(r.cue.map(|c| c[0])),
            num(r.cue.map(|c| c[1])),
            num(r.source.map(|c| c[0])),
            num(r.source.map(|c| c[1])),
        ])
        .expect("write CSV");
    }
    w.flush().expect("write CSV");
    (gold_path, sys_path)
}

/// Also check the hand-made case against score.py when it is there.
fn cross_check(gold: &Path, csv: &Path, min_jaccard: f64, report_json: &str) {
    let Some(scorer) = scorer() else { return };
    let out = run(Command::new("python3")
        .arg(scorer)
        .arg("--gold")
        .arg(gold)
        .arg("--system")
        .arg(csv)
        .arg("--json")
        .arg("--min-jaccard")
        .arg(min_jaccard.to_string()));
    let py: Value = serde_json::from_str(&stdout(&out)).expect("score.py prints JSON");
    let rs: Value = serde_json::from_str(report_json).expect("to_json is JSON");
    assert_same_json(&py, &rs, "$");
}

fn prf(p: f64, r: f64, f1: f64, tp: u64, sys: u64, gold: u64) -> Prf {
    Prf {
        p,
        r,
        f1,
        tp,
        sys,
        gold,
    }
}

/// One article: a matched quote with the right speaker (name folded), a right content with the
/// wrong speaker, a split quote found in part, a missed quote, a spurious row whose quote_text
/// disagrees with its offsets, and a row for an article not in the gold file. Offsets are code
/// points (the text has non-ASCII characters before every quote).
#[test]
fn hand_made_article_scores_as_worked_out_by_hand() {
    let text = "Zoë Smith spoke first. \u{201c}We will win,\u{201d} Zoë Smith said. Jones added in a statement that \
                taxes would fall. \u{201c}It is over,\u{201d} said Brown. \u{201c}Nothing,\u{201d} he said, \
                \u{201c}is certain.\u{201d} Noise here.";
    let gold = serde_json::json!({
        "id": "hand",
        "text": text,
        "attributions": [
            // G0: found exactly, speaker overlapping, name equal after folding, cue found
            {"type": "direct", "content": [cp(text, "\u{201c}We will win,\u{201d}", 0)],
             "speaker": [cp(text, "Zoë Smith", 1)], "speaker_name": "Zoë Smith",
             "cue": [cp(text, "said", 0)], "medium": []},
            // G1: found exactly, wrong speaker, cue not found, medium found
            {"type": "indirect", "content": [cp(text, "taxes would fall", 0)],
             "speaker": [cp(text, "Jones", 0)], "cue": [cp(text, "added", 0)],
             "medium": [cp(text, "a statement", 0)]},
            // G2: a quote split around its attribution; the system finds the second piece
            // (Jaccard 10/17 >= 0.5); typed by "direct": true
            {"direct": true,
             "content": [cp(text, "\u{201c}Nothing,\u{201d}", 0), cp(text, "\u{201c}is certain.\u{201d}", 0)],
             "speaker": [cp(text, "he", 0)], "speaker_name": "Tom Brown", "cue": [cp(text, "said", 2)]},
            // G3: missed
            {"type": "direct", "content": [cp(text, "\u{201c}It is over,\u{201d}", 0)],
             "speaker": [cp(text, "Brown", 0)], "cue": [cp(text, "said", 1)]},
        ]
    });
    let rows = [
        SysRow {
            doc: "hand",
            kind: "direct",
            quote_text: Some("We will win,".into()),
            quote: vec![cp(text, "We will win,", 0)],
            speaker: Some(("Zoë Smith", cp(text, "Zoë Smith", 1))),
            speaker_name: " zoë  SMITH",
            cue: Some(cp(text, "said", 0)),
            ..SysRow::default()
        },
        SysRow {
            doc: "hand",
            kind: "indirect",
            quote_text: Some("taxes would fall".into()),
            quote: vec![cp(text, "taxes would fall", 0)],
            speaker: Some(("Smith", cp(text, "Smith", 0))),
            source: Some(cp(text, "a statement", 0)),
            ..SysRow::default()
        },
        SysRow {
            doc: "hand",
            kind: "direct",
            quote_text: Some("is certain.".into()),
            quote: vec![cp(text, "is certain.", 0)],
            speaker: Some(("he", cp(text, "he", 0))),
            speaker_name: "Tom Brown",
            cue: Some(cp(text, "said", 2)),
            ..SysRow::default()
        },
        SysRow {
            doc: "hand",
            kind: "mixed",
            quote_text: Some("noise".into()),
            quote: vec![cp(text, "Noise here", 0)],
            ..SysRow::default()
        },
        SysRow {
            doc: "elsewhere",
            kind: "direct",
            quote: vec![[0, 5]],
            ..SysRow::default()
        },
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let (gold_path, csv_path) = write_case(dir.path(), &[gold], &rows);
    let r = evaluate(&gold_path, Some(&csv_path), 0.5).expect("evaluates");

    assert_eq!(r.articles, 1);
    // G0-S0, G1-S1, G2-S2 matched; G3 missed; S3 spurious; the "elsewhere" row is not counted
    assert_eq!(r.quotes, prf(0.75, 0.75, 0.75, 3, 4, 4));
    // G2's bounds run from "Nothing" to "certain", S2's only over "is certain"
    assert_eq!(r.quotes_exact, prf(0.5, 0.5, 0.5, 2, 4, 4));
    assert_eq!((r.quotes_lenient_p, r.quotes_lenient_r), (0.75, 0.75));
    // G1's speaker is "Jones", S1 says "Smith": who said what 2 of 4
    assert_eq!(r.who_said_what, prf(0.5, 0.5, 0.5, 2, 4, 4));
    assert_eq!(r.speaker_acc, Some(0.6667)); // 2 of the 3 matched with a gold speaker
    assert_eq!(r.speaker_name_acc, Some(1.0)); // "zoë smith" both sides; "tom brown" both sides
    assert_eq!(r.cue_acc, Some(0.6667)); // G1's cue "added" not found
                                         // only G1 names a medium (G0's is empty): found by S1's source
    assert_eq!(r.source, Some(prf(1.0, 1.0, 1.0, 1, 1, 1)));
    let by = |v: &[(&str, f64)]| -> BTreeMap<String, f64> { v.iter().map(|(k, x)| (k.to_string(), *x)).collect() };
    assert_eq!(r.recall_by_type, by(&[("direct", 0.6667), ("indirect", 1.0)]));
    assert_eq!(
        r.gold_by_type,
        [("direct".to_string(), 3), ("indirect".to_string(), 1)].into()
    );
    assert_eq!(
        r.precision_by_type,
        by(&[("direct", 1.0), ("indirect", 1.0), ("mixed", 0.0)])
    );
    // span level: 5 gold content pieces, 4 system ones, 3 equal after trimming
    let spans: Vec<_> = r.spans.iter().map(|(k, s)| (*k, s.exact, s.begin)).collect();
    assert_eq!(
        spans[0],
        (
            "content",
            prf(0.75, 0.6, 0.6667, 3, 4, 5),
            prf(0.75, 0.6, 0.6667, 3, 4, 5)
        )
    );
    // gold speakers {Zoë Smith #2, Jones, he, Brown}; system {Zoë Smith #2, Smith #1, he}
    let spk = prf(0.6667, 0.5, 0.5714, 2, 3, 4);
    assert_eq!(spans[1], ("speaker", spk, spk));
    // gold cues: the three "said" and "added"; system: two of the "said"
    let cue = prf(1.0, 0.5, 0.6667, 2, 2, 4);
    assert_eq!(spans[2], ("cue", cue, cue));
    assert_eq!(r.offset_mismatches, 1); // S3's quote_text is not its text
    assert_eq!(r.unknown_article_ids, 1);
    assert_eq!(
        r.errors,
        [
            r#"{"article_id": "hand", "kind": "wrong_speaker", "type": "indirect", "content": "taxes would fall", "gold_speaker": "jones", "gold_name": "", "sys_speaker": "smith", "sys_name": ""}"#,
            r#"{"article_id": "hand", "kind": "missed", "type": "direct", "content": "“It is over,”"}"#,
            r#"{"article_id": "hand", "kind": "spurious", "type": "mixed", "content": "Noise here"}"#,
        ]
    );
    let table = r.table(0.5);
    assert!(table.starts_with("articles 1  gold quotes 4  system quotes 4\nquotes (Jaccard>=0.5):  P 0.750"));
    assert!(table.contains("\nspeaker_name_acc (on matched) 1.000\n"), "{table}");
    assert!(table.contains("\nWARNING: 1 article ids in the system output are not in the gold file\n"));
    cross_check(&gold_path, &csv_path, 0.5, &r.to_json());
}

/// Pairs are taken best first; equal Jaccard goes to the later system row (Python's
/// `sort(reverse=True)` on (jaccard, i, j)); one to one.
#[test]
fn matching_is_best_first_and_one_to_one() {
    let text = "Alpha beta gamma delta epsilon.";
    let gold = serde_json::json!({"id": 7, "text": text, "attributions": [
        {"type": "direct", "content": [cp(text, "Alpha beta gamma", 0)]},
        {"type": "indirect", "content": [cp(text, "gamma delta epsilon", 0)]},
    ]});
    let row = |kind, span: &str| SysRow {
        doc: "7",
        kind,
        quote: vec![cp(text, span, 0)],
        ..SysRow::default()
    };
    let rows = [
        // S0: Jaccard 10/30 with G0, 19/24 = 0.79 with G1
        row("mixed", "beta gamma delta epsilon"),
        // S1 and S2: the same span, Jaccard 1.0 with G0: S2 (the later) is taken
        row("indirect", "Alpha beta gamma"),
        row("direct", "Alpha beta gamma"),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let (gold_path, csv_path) = write_case(dir.path(), &[gold], &rows);

    let r = evaluate(&gold_path, Some(&csv_path), 0.5).expect("evaluates");
    assert_eq!(r.quotes, prf(0.6667, 1.0, 0.8, 2, 3, 2));
    assert_eq!(r.quotes_exact, prf(0.3333, 0.5, 0.4, 1, 3, 2));
    assert_eq!((r.quotes_lenient_p, r.quotes_lenient_r), (1.0, 1.0));
    // no gold speakers: every matched quote counts for who said what
    assert_eq!(r.who_said_what, r.quotes);
    assert_eq!(r.speaker_acc, None);
    assert_eq!(r.source, None);
    let prec: Vec<_> = r.precision_by_type.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(prec, [("direct", 1.0), ("indirect", 0.0), ("mixed", 1.0)]);
    assert_eq!(
        r.errors,
        [r#"{"article_id": "7", "kind": "spurious", "type": "indirect", "content": "Alpha beta gamma"}"#]
    );
    cross_check(&gold_path, &csv_path, 0.5, &r.to_json());

    // at 0.8, S0 no longer matches G1 (0.79), though it still overlaps it
    let r = evaluate(&gold_path, Some(&csv_path), 0.8).expect("evaluates");
    assert_eq!(r.quotes, prf(0.3333, 0.5, 0.4, 1, 3, 2));
    assert_eq!(r.recall_by_type.get("indirect"), Some(&0.0));
    assert_eq!((r.quotes_lenient_p, r.quotes_lenient_r), (1.0, 1.0));
    assert_eq!(r.errors.len(), 3, "{:?}", r.errors);
    assert!(r
        .table(0.8)
        .contains("quotes (Jaccard>=0.8):  P 0.333  R 0.500  F1 0.400\n"));
    cross_check(&gold_path, &csv_path, 0.8, &r.to_json());
}

/// Bad input is an error naming the file and line, not a panic.
#[test]
fn bad_input_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "\u{201c}Yes,\u{201d} she said.";
    let gold = serde_json::json!({"id": "a", "text": text, "attributions": [{"type": "direct", "content": [[0, 6]]}]});
    let bad_row = SysRow {
        doc: "a",
        kind: "direct",
        quote: vec![[1, 4]],
        ..SysRow::default()
    };
    let (gold_path, csv_path) = write_case(dir.path(), std::slice::from_ref(&gold), &[bad_row]);
    // a quote_spans that is not START-END
    let csv = std::fs::read_to_string(&csv_path).unwrap().replace("1-4", "1-4;x");
    std::fs::write(&csv_path, csv).unwrap();
    let e = format!("{:#}", evaluate(&gold_path, Some(&csv_path), 0.5).unwrap_err());
    assert!(e.contains("system.csv:2") && e.contains("\"x\""), "{e}");

    // malformed JSON on line 2; a gold record without text on line 2
    std::fs::write(&gold_path, format!("{gold}\n{{\"id\": \"b\", \"text\": \n")).unwrap();
    let e = format!("{:#}", evaluate(&gold_path, None, 0.5).unwrap_err());
    assert!(e.contains("gold.jsonl:2") && e.contains("malformed JSON"), "{e}");
    std::fs::write(&gold_path, format!("{gold}\n{{\"id\": \"b\", \"attributions\": []}}\n")).unwrap();
    let e = format!("{:#}", evaluate(&gold_path, None, 0.5).unwrap_err());
    assert!(e.contains("gold.jsonl:2") && e.contains("no \"text\""), "{e}");
    // offsets that are not integers
    std::fs::write(
        &gold_path,
        r#"{"id": "a", "text": "x", "attributions": [{"content": [[0, 1.5]]}]}"#,
    )
    .unwrap();
    let e = format!("{:#}", evaluate(&gold_path, None, 0.5).unwrap_err());
    assert!(e.contains("gold.jsonl:1") && e.contains("1.5"), "{e}");
    // missing files
    assert!(evaluate(&dir.path().join("none.jsonl"), None, 0.5).is_err());
}
