//! The seed article, run through the binary as a .txt file and as JSONL: every gold
//! attribution found with the right speaker, name and source, and nothing else.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Gold {
    content: (usize, usize),
    speaker: (usize, usize),
    speaker_name: Option<String>,
    medium: Option<(usize, usize)>,
}

fn load_gold() -> (String, Vec<Gold>) {
    let line = std::fs::read_to_string(manifest().join("tests/seed-gold.jsonl")).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    let span = |x: &serde_json::Value| -> Option<(usize, usize)> {
        let a = x.as_array()?.first()?.as_array()?;
        Some((a[0].as_u64()? as usize, a[1].as_u64()? as usize))
    };
    let golds = v["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| Gold {
            content: span(&a["content"]).unwrap(),
            speaker: span(&a["speaker"]).unwrap(),
            speaker_name: a["speaker_name"].as_str().map(String::from),
            medium: span(&a["medium"]),
        })
        .collect();
    (v["text"].as_str().unwrap().to_string(), golds)
}

fn run_extract(input: &Path, out: &Path) -> Vec<HashMap<String, String>> {
    let st = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "-q"])
        .arg(input)
        .arg("-o")
        .arg(out)
        .status()
        .unwrap();
    assert!(st.success(), "whosaid extract failed on {}", input.display());
    let mut rdr = csv::Reader::from_path(out).unwrap();
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Character overlap of two code point ranges, as a Jaccard ratio.
fn jaccard(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    inter as f64 / union as f64
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn num(row: &HashMap<String, String>, k: &str) -> Option<usize> {
    row.get(k).and_then(|v| v.parse().ok())
}

fn check(rows: &[HashMap<String, String>], text: &str, golds: &[Gold]) {
    assert_eq!(
        rows.len(),
        golds.len(),
        "exactly the gold attributions, no spurious rows: {rows:#?}"
    );
    let chars: Vec<char> = text.chars().collect();
    for g in golds {
        let row = rows
            .iter()
            .find(|r| {
                jaccard(
                    (num(r, "quote_start").unwrap(), num(r, "quote_end").unwrap()),
                    g.content,
                ) >= 0.5
            })
            .unwrap_or_else(|| panic!("no row for gold content {:?}", &text[..0]));
        let sp = (num(row, "speaker_start").unwrap(), num(row, "speaker_end").unwrap());
        assert!(
            overlaps(sp, g.speaker),
            "speaker {:?} for {:?}",
            row["speaker"],
            row["quote_text"]
        );
        let speaker_text: String = chars[sp.0..sp.1].iter().collect();
        assert_eq!(speaker_text, row["speaker"], "speaker offsets are code points");
        if let Some(name) = &g.speaker_name {
            assert_eq!(&row["speaker_name"], name, "speaker_name for {:?}", row["speaker"]);
        }
        if let Some(m) = g.medium {
            let src = (
                num(row, "source_start").expect("a source"),
                num(row, "source_end").unwrap(),
            );
            assert!(overlaps(src, m), "source {:?}", row["source"]);
        }
        let (qs, qe) = (num(row, "quote_start").unwrap(), num(row, "quote_end").unwrap());
        let quote: String = chars[qs..qe].iter().collect();
        assert_eq!(quote, row["quote_text"], "quote offsets are code points");
    }
}

#[test]
fn seed_article_as_text_file() {
    let (text, golds) = load_gold();
    let dir = tempfile::tempdir().unwrap();
    let rows = run_extract(
        &manifest().join("corpus/spokesman-review-china-russia.txt"),
        &dir.path().join("o.csv"),
    );
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| r["doc_id"] == "spokesman-review-china-russia")
        .collect();
    check(&rows, &text, &golds);
    // the three named people behind "Wang", "He" and the roles
    let names: Vec<&str> = rows.iter().map(|r| r["speaker_name"].as_str()).collect();
    assert!(names.iter().filter(|n| **n == "Wang Yi").count() >= 3, "{names:?}");
}

#[test]
fn seed_article_as_jsonl() {
    let (text, golds) = load_gold();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("seed.jsonl");
    let rec = serde_json::json!({"id": "seed-1", "text": text, "url": "https://example.org/a"});
    std::fs::write(&input, format!("{rec}\n")).unwrap();
    let rows = run_extract(&input, &dir.path().join("o.csv"));
    assert!(rows
        .iter()
        .all(|r| r["doc_id"] == "seed-1" && r["url"] == "https://example.org/a"));
    check(&rows, &text, &golds);
}
