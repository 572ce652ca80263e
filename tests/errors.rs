//! Unreadable input, end to end: each case runs the built binary on files written into a
//! temporary directory and checks the rows kept, the messages on stderr (file and line), the
//! `--errors` JSONL and the exit status.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use whosaid::output::{Row, COLUMNS};

const BIN: &str = env!("CARGO_BIN_EXE_whosaid");

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// Run `whosaid ARGS` in `dir`, feeding `stdin`.
fn whosaid(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("RAYON_NUM_THREADS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    let stderr = String::from_utf8(stderr).expect("stderr is UTF-8");
    assert!(!stderr.contains("panicked"), "whosaid panicked:\n{stderr}");
    Run {
        code: status.code().expect("exited, not killed"),
        stdout,
        stderr,
    }
}

fn extract(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    whosaid(dir, &all, b"")
}

/// The header and rows of a CSV written by whosaid.
fn csv_rows(bytes: &[u8]) -> Vec<Row> {
    let mut r = csv::Reader::from_reader(bytes);
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, COLUMNS, "the header row");
    r.deserialize().map(|x| x.expect("a well-formed row")).collect()
}

fn doc_ids(rows: &[Row]) -> Vec<String> {
    let mut ids: Vec<String> = rows.iter().map(|r| r.doc_id.clone()).collect();
    ids.dedup();
    ids
}

fn errors_file(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each error is one JSON object"))
        .collect()
}

/// stderr lines that report a problem (not the summary line)
fn problem_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("whosaid: ") && !l.contains(" articles, "))
        .collect()
}

fn summary_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| l.contains(" articles, "))
        .expect("a summary line")
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, data).unwrap();
    p
}

/// One JSONL record with a quote that is always attributed.
fn good_record(id: &str) -> String {
    serde_json::json!({
        "id": id,
        "text": format!("\u{201c}We will win the vote {id},\u{201d} Foreign Minister Wang Yi said on Monday.")
    })
    .to_string()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn bad_jsonl_records_are_reported_and_the_rest_continue() {
    let d = tmp();
    let lines = [
        good_record("a"),
        r#"{"id": "b", "text": "cut in ha"#.to_string(),
        r#"{"id":"c","title":"no text here"}"#.to_string(),
        r#"{"id":"d","text":null}"#.to_string(),
        r#"{"id":"e","text":""}"#.to_string(),
        r#"{"id":"f","text":42}"#.to_string(),
        "not json at all".to_string(),
        good_record("g"),
    ];
    write(d.path(), "in.jsonl", (lines.join("\n") + "\n").as_bytes());
    let r = extract(d.path(), &["in.jsonl", "--errors", "errs.jsonl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)), ["a", "g"]);

    let problems = problem_lines(&r.stderr);
    assert_eq!(problems.len(), 6, "{}", r.stderr);
    for (p, line) in problems.iter().zip(2..) {
        assert!(p.starts_with(&format!("whosaid: in.jsonl:{line}: ")), "{p}");
    }
    assert!(problems[0].contains("malformed JSON"), "{}", problems[0]);
    assert!(problems[2].contains("null"), "{}", problems[2]);

    let errs = errors_file(&d.path().join("errs.jsonl"));
    let got: Vec<(String, u64, Value)> = errs
        .iter()
        .map(|e| {
            assert_eq!(e["file"], "in.jsonl");
            assert_eq!(e["warning"], false);
            assert!(!e["message"].as_str().unwrap().is_empty());
            (
                e["kind"].as_str().unwrap().to_string(),
                e["line"].as_u64().unwrap(),
                e["doc_id"].clone(),
            )
        })
        .collect();
    let want = [
        ("json", 2, Value::from("b")),
        ("missing_text", 3, "c".into()),
        ("empty_text", 4, "d".into()),
        ("empty_text", 5, "e".into()),
        ("missing_text", 6, "f".into()),
        ("json", 7, Value::Null),
    ];
    let want: Vec<(String, u64, Value)> = want.into_iter().map(|(k, l, id)| (k.to_string(), l, id)).collect();
    assert_eq!(got, want);

    let summary = summary_line(&r.stderr);
    assert!(summary.contains("2 articles"), "{summary}");
    assert!(summary.contains("6 errors (listed in errs.jsonl)"), "{summary}");
}

#[test]
fn without_an_errors_file_the_summary_points_to_the_option() {
    let d = tmp();
    write(
        d.path(),
        "in.jsonl",
        format!("{}\n{{oops\n", good_record("a")).as_bytes(),
    );
    let r = extract(d.path(), &["in.jsonl"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        problem_lines(&r.stderr),
        ["whosaid: in.jsonl:2: malformed JSON: key must be a string at column 2"]
    );
    assert!(
        summary_line(&r.stderr).contains("1 errors (listed above; --errors FILE"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_records_read_from_stdin_are_named_stdin() {
    let d = tmp();
    let input = format!("{}\n{{\"id\":\"x\"}}\n", good_record("a"));
    let r = whosaid(d.path(), &["extract", "--errors", "e.jsonl"], input.as_bytes());
    assert_eq!(r.code, 1);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)), ["a"]);
    assert_eq!(problem_lines(&r.stderr).len(), 1);
    assert!(r.stderr.contains("whosaid: <stdin>:2: no text"), "{}", r.stderr);
    assert_eq!(errors_file(&d.path().join("e.jsonl"))[0]["file"], "<stdin>");
}

#[test]
fn bad_csv_records_are_reported_by_line() {
    let d = tmp();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "text", "url"]).unwrap();
    w.write_record(["a", "\u{201c}We will win,\u{201d} Wang Yi said.\nA second line.", "u1"])
        .unwrap();
    w.write_record(["b", "", "u2"]).unwrap();
    w.write_record(["c", "  ", "u3"]).unwrap();
    w.write_record(["d", "\u{201c}We lost,\u{201d} Li Qiang said.", "u4"])
        .unwrap();
    write(d.path(), "in.csv", &w.into_inner().unwrap());
    let r = extract(d.path(), &["in.csv", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    let rows = csv_rows(&r.stdout);
    assert_eq!(doc_ids(&rows), ["a", "d"]);
    assert_eq!(rows[0].url.as_deref(), Some("u1"));
    // record a spans lines 2-3, so b starts on line 4
    let errs = errors_file(&d.path().join("e.jsonl"));
    let got: Vec<_> = errs
        .iter()
        .map(|e| (e["kind"].clone(), e["line"].clone(), e["doc_id"].clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("empty_text".into(), 4.into(), "b".into()),
            ("empty_text".into(), 5.into(), "c".into())
        ]
    );
    assert!(r.stderr.contains("whosaid: in.csv:4: "), "{}", r.stderr);
}

#[test]
fn a_csv_without_a_text_column_is_one_error() {
    let d = tmp();
    write(d.path(), "in.csv", b"id,title\n1,hello\n");
    let r = extract(d.path(), &["in.csv", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    assert!(csv_rows(&r.stdout).is_empty());
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0]["kind"], "missing_text");
    assert!(r.stderr.contains("whosaid: in.csv:1: no text column"), "{}", r.stderr);
}

/// Rows whose offsets are checked against the `--emit-text` file: the slice by code points
/// must be the row's quote.
fn check_offsets_against_emitted_text(rows: &[Row], emitted: &Path) -> Vec<(String, String)> {
    let texts: Vec<(String, String)> = std::fs::read_to_string(emitted)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["doc_id"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for r in rows {
        let (_, text) = texts
            .iter()
            .find(|t| t.0 == r.doc_id)
            .expect("every article's text is emitted");
        if !r.quote_spans.contains(';') {
            let slice: String = text
                .chars()
                .skip(r.quote_start)
                .take(r.quote_end - r.quote_start)
                .collect();
            assert_eq!(slice, r.quote_text, "{r:?}");
        }
        if let (Some(s), Some(e), Some(cue)) = (r.cue_start, r.cue_end, &r.cue) {
            let slice: String = text.chars().skip(s).take(e - s).collect();
            assert_eq!(&slice, cue);
        }
    }
    texts
}

#[test]
fn invalid_utf8_in_a_txt_is_repaired_processed_and_warned_about() {
    let d = tmp();
    let mut bytes = b"Caf\xe9 owners met on Monday \xff\xfe. ".to_vec();
    bytes.extend_from_slice("\u{201c}We will stay open,\u{201d} Foreign Minister Wang Yi said.\n".as_bytes());
    write(d.path(), "latin1.txt", &bytes);
    let r = extract(
        d.path(),
        &["latin1.txt", "--errors", "e.jsonl", "--emit-text", "text.jsonl"],
    );
    assert_eq!(r.code, 0, "a warning does not fail the run: {}", r.stderr);
    let rows = csv_rows(&r.stdout);
    assert!(!rows.is_empty());
    assert!(rows.iter().any(|x| x.quote_text == "We will stay open,"), "{rows:?}");
    assert_eq!(
        problem_lines(&r.stderr),
        [
            "whosaid: latin1.txt: warning: invalid UTF-8 at byte 3 of the file, decoded with U+FFFD replacements \
          (offsets refer to the decoded text; see --emit-text) (doc_id latin1)"
        ]
    );
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0]["kind"], "invalid_utf8");
    assert_eq!(errs[0]["warning"], true);
    assert_eq!(errs[0]["doc_id"], "latin1");
    assert!(errs[0]["line"].is_null());
    let texts = check_offsets_against_emitted_text(&rows, &d.path().join("text.jsonl"));
    assert_eq!(texts.len(), 1);
    assert!(texts[0]
        .1
        .starts_with("Caf\u{fffd} owners met on Monday \u{fffd}\u{fffd}. \u{201c}"));
    assert!(summary_line(&r.stderr).contains("0 errors, 1 warnings"), "{}", r.stderr);
}

#[test]
fn invalid_utf8_in_jsonl_and_csv_text_fields_is_repaired_with_its_line() {
    let d = tmp();
    let mut jsonl = good_record("ok").into_bytes();
    jsonl.extend_from_slice(
        b"\n{\"id\":\"u\",\"text\":\"Caf\xe9 \xe2\x80\x9cWe will win,\xe2\x80\x9d Wang Yi said.\"}\n",
    );
    write(d.path(), "a.jsonl", &jsonl);
    write(
        d.path(),
        "b.csv",
        b"id,text\nv,\"Na\xefve \xe2\x80\x9cWe will win,\xe2\x80\x9d Wang Yi said.\"\n",
    );
    let r = extract(
        d.path(),
        &["a.jsonl", "b.csv", "--errors", "e.jsonl", "--emit-text", "t.jsonl"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = csv_rows(&r.stdout);
    assert_eq!(doc_ids(&rows), ["ok", "u", "v"]);
    let problems = problem_lines(&r.stderr);
    assert_eq!(problems.len(), 2, "{}", r.stderr);
    assert!(problems[0].starts_with("whosaid: a.jsonl:2: warning: invalid UTF-8 at byte 21 of the line"));
    assert!(problems[1].starts_with("whosaid: b.csv:2: warning: invalid UTF-8 at byte 2 of the text field"));
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs[0]["doc_id"], "u");
    assert_eq!(errs[1]["doc_id"], "v");
    assert!(errs.iter().all(|e| e["warning"] == true && e["kind"] == "invalid_utf8"));
    let texts = check_offsets_against_emitted_text(&rows, &d.path().join("t.jsonl"));
    assert!(texts.iter().any(|t| t.1.starts_with("Caf\u{fffd} ")));
    assert!(texts.iter().any(|t| t.1.starts_with("Na\u{fffd}ve ")));
}

/// A JSONL of `n` records, varied enough that compressors make several blocks.
fn jsonl_records(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut x: u64 = 0x9e3779b97f4a7c15;
    for i in 0..n {
        // a little pseudo-random filler so bzip2 blocks fill slowly
        let filler: String = (0..40)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                [
                    "tide", "quota", "harbour", "ledger", "grain", "meadow", "fleet", "lantern",
                ][(x % 8) as usize]
            })
            .collect::<Vec<_>>()
            .join(" ");
        let text = format!("\u{201c}We will win the vote number {i},\u{201d} Foreign Minister Wang Yi said. {filler}.");
        out.extend_from_slice(
            serde_json::json!({"id": format!("d{i}"), "text": text})
                .to_string()
                .as_bytes(),
        );
        out.push(b'\n');
    }
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(data, 3).unwrap()
}

fn bzip2(data: &[u8]) -> Vec<u8> {
    // level 1: 100 kB blocks, so that a cut file still has whole blocks before the cut
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Cut a compressed file in half: the rows of the whole records before the cut are kept, in
/// order, then one `decompress` error names the file and the first line lost.
fn check_truncated(name: &str, compress: fn(&[u8]) -> Vec<u8>) {
    let d = tmp();
    let n = 3000;
    let data = jsonl_records(n);
    let full = compress(&data);
    write(d.path(), name, &full[..full.len() / 2]);
    let r = extract(d.path(), &[name, "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let rows = csv_rows(&r.stdout);
    let ids = doc_ids(&rows);
    let kept = ids.len();
    assert!(kept > 0 && kept < n, "{name}: kept {kept} of {n} articles");
    let want: Vec<String> = (0..kept).map(|i| format!("d{i}")).collect();
    assert_eq!(
        ids, want,
        "{name}: the rows kept are those of the first records, in order"
    );
    for (i, id) in ids.iter().enumerate() {
        let quote = format!("We will win the vote number {i},");
        assert!(
            rows.iter().any(|r| &r.doc_id == id && r.quote_text == quote),
            "{name}: article {id} was kept whole"
        );
    }
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 1, "{name}: {errs:?}");
    assert_eq!(errs[0]["kind"], "decompress");
    assert_eq!(errs[0]["file"], name);
    assert_eq!(
        errs[0]["line"],
        kept as u64 + 1,
        "{name}: the error is at the first line lost"
    );
    let problems = problem_lines(&r.stderr);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with(&format!("whosaid: {name}:{}: truncated or corrupt ", kept + 1)),
        "{}",
        problems[0]
    );
}

#[test]
fn truncated_gzip_keeps_the_records_before_the_damage() {
    check_truncated("cut.jsonl.gz", gzip);
}

#[test]
fn truncated_zstd_keeps_the_records_before_the_damage() {
    check_truncated("cut.jsonl.zst", zstd);
}

#[test]
fn truncated_bzip2_keeps_the_records_before_the_damage() {
    check_truncated("cut.jsonl.bz2", bzip2);
}

#[test]
fn compression_is_found_by_magic_bytes_not_by_name() {
    let d = tmp();
    let data = jsonl_records(50);
    write(d.path(), "plain-name.jsonl", &zstd(&data));
    let r = extract(d.path(), &["plain-name.jsonl"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)).len(), 50);
    let r = whosaid(d.path(), &["extract"], &gzip(&data));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)).len(), 50);
}

#[test]
fn a_truncated_stream_in_its_first_bytes_still_keeps_whole_lines() {
    let d = tmp();
    let data = jsonl_records(400);
    let full = gzip(&data);
    // small enough that the damage is found while the file's first bytes are sniffed
    write(d.path(), "early.jsonl.gz", &full[..2000.min(full.len() / 2)]);
    let r = extract(d.path(), &["early.jsonl.gz", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    let kept = doc_ids(&csv_rows(&r.stdout)).len();
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0]["kind"], "decompress");
    assert_eq!(errs[0]["line"], kept as u64 + 1);
}

#[test]
fn corrupt_gzip_keeps_the_records_before_the_damage() {
    let d = tmp();
    let data = jsonl_records(3000);
    let mut gz = gzip(&data);
    let mid = gz.len() / 2;
    for b in &mut gz[mid..mid + 64] {
        *b = 0xff;
    }
    write(d.path(), "bad.jsonl.gz", &gz);
    let r = extract(d.path(), &["bad.jsonl.gz", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    let ids = doc_ids(&csv_rows(&r.stdout));
    assert!(!ids.is_empty() && ids.len() < 3000);
    assert_eq!(ids, (0..ids.len()).map(|i| format!("d{i}")).collect::<Vec<_>>());
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.last().unwrap()["kind"], "decompress", "{errs:?}");
    assert!(r.stderr.contains("whosaid: bad.jsonl.gz:"), "{}", r.stderr);
}

#[test]
fn a_truncated_compressed_txt_or_csv_is_reported() {
    let d = tmp();
    let text: String = (0..3000)
        .map(|i| format!("\u{201c}Line {i} is fine,\u{201d} Wang Yi said. "))
        .collect();
    let gz = gzip(text.as_bytes());
    write(d.path(), "cut.txt.gz", &gz[..gz.len() / 2]);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "text"]).unwrap();
    for i in 0..3000 {
        let text = format!("\u{201c}Record {i}, in full,\u{201d} Wang Yi said.\nA second paragraph.");
        w.write_record([format!("r{i}"), text]).unwrap();
    }
    let gz = gzip(&w.into_inner().unwrap());
    write(d.path(), "cut.csv.gz", &gz[..gz.len() / 2]);
    let r = extract(d.path(), &["cut.txt.gz", "cut.csv.gz", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    let ids = doc_ids(&csv_rows(&r.stdout));
    assert!(!ids.is_empty());
    assert_eq!(
        ids,
        (0..ids.len()).map(|i| format!("r{i}")).collect::<Vec<_>>(),
        "the damaged .txt gives no rows"
    );
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert_eq!(
        (&errs[0]["file"], &errs[0]["kind"], &errs[0]["doc_id"]),
        (&"cut.txt.gz".into(), &"decompress".into(), &"cut".into())
    );
    assert!(errs[0]["line"].is_null());
    assert_eq!(
        (&errs[1]["file"], &errs[1]["kind"]),
        (&"cut.csv.gz".into(), &"decompress".into())
    );
    // each record takes two lines after the header
    assert_eq!(errs[1]["line"], 2 * ids.len() as u64 + 2);
}

#[test]
fn a_binary_file_is_skipped_with_a_message() {
    let d = tmp();
    let mut bin = b"\x7fELF\x02\x01\x01".to_vec();
    bin.extend(std::iter::repeat_n(0u8, 100));
    write(d.path(), "a.bin.txt", &bin);
    let mut late_nul = vec![b'x'; 9000];
    late_nul.push(0);
    write(d.path(), "b.txt", &late_nul);
    write(d.path(), "c.jsonl", (good_record("c") + "\n").as_bytes());
    write(d.path(), "z.jsonl.gz", &gzip(b"{\"id\":\"z\",\0\0\0"));
    let r = extract(
        d.path(),
        &["a.bin.txt", "b.txt", "c.jsonl", "z.jsonl.gz", "--errors", "e.jsonl"],
    );
    assert_eq!(r.code, 1);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)), ["c"]);
    assert_eq!(
        problem_lines(&r.stderr),
        [
            "whosaid: a.bin.txt: binary file (NUL bytes in the first 8 KiB), skipped",
            "whosaid: z.jsonl.gz: binary file (NUL bytes in the first 8 KiB), skipped"
        ]
    );
    let errs = errors_file(&d.path().join("e.jsonl"));
    assert_eq!(errs.len(), 2);
    assert!(errs.iter().all(|e| e["kind"] == "binary" && e["line"].is_null()));
}

#[test]
fn empty_input_gives_a_header_only_csv_and_exit_0() {
    let d = tmp();
    for name in ["a.jsonl", "b.txt", "c.csv", "d.tsv"] {
        write(d.path(), name, b"");
    }
    write(d.path(), "e.txt", b" \n\n ");
    write(d.path(), "f.jsonl", b"\n\n");
    write(d.path(), "g.jsonl.gz", &gzip(b""));
    let header = format!("{}\n", COLUMNS.join(","));
    for args in [
        &["a.jsonl"][..],
        &["b.txt"],
        &["c.csv"],
        &["d.tsv"],
        &["e.txt"],
        &["f.jsonl"],
        &["g.jsonl.gz"],
        &["."],
        &[],
        &["-"],
    ] {
        let r = extract(d.path(), args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert_eq!(String::from_utf8_lossy(&r.stdout), header, "{args:?}");
        assert!(problem_lines(&r.stderr).is_empty(), "{args:?}: {}", r.stderr);
    }
    let r = extract(d.path(), &["a.jsonl", "--format", "jsonl"]);
    assert_eq!((r.code, r.stdout.len()), (0, 0));
}

#[test]
fn unbalanced_quotes_stop_at_the_paragraph() {
    // Unclosed or stray marks of every style. No paragraph after an unclosed quote starts
    // with an opening mark (that would be the convention for a quote running on).
    let paragraphs = [
        "He said \u{201c}this quote never closes and goes on for a while.",
        "Officials met on Monday. \u{201c}A proper quote,\u{201d} Foreign Minister Wang Yi said.",
        "A stray \" mark here, and \u{00ab}another opening, and \u{201e}more, she said.",
        "It's the residents' view, the mayor said, that \u{2018}nothing works.",
        "Then \"Fine,\" said Li Qiang.",
        "'' '' \u{201d}\u{201d} \u{00bb} closing marks with nothing open, officials said.",
        "The end, according to \u{201c}sources.",
    ];
    let d = tmp();
    let mut records = String::new();
    for (id, sep) in [("u0", "\n\n"), ("u1", "\n")] {
        records += &serde_json::json!({"id": id, "text": paragraphs.join(sep)}).to_string();
        records.push('\n');
    }
    write(d.path(), "q.jsonl", records.as_bytes());
    write(d.path(), "q.txt", paragraphs.join("\n\n").as_bytes());
    let r = extract(d.path(), &["q.jsonl", "q.txt", "--emit-text", "t.jsonl"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = csv_rows(&r.stdout);
    check_offsets_against_emitted_text(&rows, &d.path().join("t.jsonl"));
    for (id, sep) in [("u0", "\n\n"), ("u1", "\n"), ("q", "\n\n")] {
        // paragraph starts, in code points
        let mut bounds = vec![0];
        let mut at = 0;
        for p in &paragraphs {
            at += p.chars().count();
            bounds.push(at);
            at += sep.chars().count();
        }
        let text = paragraphs.join(sep);
        let ours: Vec<&Row> = rows.iter().filter(|r| r.doc_id == id).collect();
        for row in &ours {
            for span in row.quote_spans.split(';') {
                let (s, e) = span.split_once('-').unwrap();
                let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                let para = bounds.iter().rposition(|&b| b <= s).unwrap();
                assert!(
                    e <= bounds[para + 1],
                    "{id}: quote {s}-{e} runs past the end of its paragraph ({}): {:?}",
                    bounds[para + 1],
                    text.chars().skip(s).take(e - s).collect::<String>()
                );
            }
        }
        assert!(
            ours.iter().any(|r| r.quote_text == "A proper quote,"),
            "{id}: the balanced quote after an unclosed one is still found: {ours:?}"
        );
    }
}

#[test]
fn records_over_max_article_bytes_are_skipped_and_named() {
    let d = tmp();
    let big_text = format!("\u{201c}{},\u{201d} Wang Yi said.", "word ".repeat(400));
    let lines = [
        good_record("small"),
        serde_json::json!({"id": "big", "text": big_text}).to_string(),
        // longer than 2 × max + 1 MiB: skipped by the line reader, named by the id at its start
        serde_json::json!({"id": "huge", "text": "x".repeat(1_100_000)}).to_string(),
        good_record("after"),
    ];
    write(d.path(), "in.jsonl", (lines.join("\n") + "\n").as_bytes());
    write(d.path(), "big.txt", big_text.as_bytes());
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "text"]).unwrap();
    w.write_record(["c1", big_text.as_str()]).unwrap();
    w.write_record(["c2", "\u{201c}Short,\u{201d} Wang Yi said."]).unwrap();
    write(d.path(), "in.csv", &w.into_inner().unwrap());
    let r = extract(
        d.path(),
        &[
            "in.jsonl",
            "big.txt",
            "in.csv",
            "--max-article-bytes",
            "1000",
            "--errors",
            "e.jsonl",
        ],
    );
    assert_eq!(r.code, 1);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)), ["small", "after", "c2"]);
    let errs = errors_file(&d.path().join("e.jsonl"));
    let got: Vec<_> = errs
        .iter()
        .map(|e| {
            (
                e["file"].clone(),
                e["line"].clone(),
                e["doc_id"].clone(),
                e["kind"].clone(),
            )
        })
        .collect();
    let too_large = Value::from("too_large");
    assert_eq!(
        got,
        [
            ("in.jsonl".into(), 2.into(), "big".into(), too_large.clone()),
            ("in.jsonl".into(), 3.into(), "huge".into(), too_large.clone()),
            ("big.txt".into(), Value::Null, "big".into(), too_large.clone()),
            ("in.csv".into(), 2.into(), "c1".into(), too_large.clone()),
        ]
    );
    let problems = problem_lines(&r.stderr);
    let n = big_text.len();
    assert!(problems[0].starts_with(&format!(
        "whosaid: in.jsonl:2: text of {n} bytes is larger than --max-article-bytes (1000), skipped"
    )));
    assert!(problems[1].starts_with("whosaid: in.jsonl:3: line longer than"));
    assert!(problems[2].starts_with("whosaid: big.txt: article larger than --max-article-bytes"));
    assert!(problems[3].starts_with(&format!("whosaid: in.csv:2: text of {n} bytes")));
}

#[test]
fn exit_status_2_for_usage_and_io_errors() {
    let d = tmp();
    write(d.path(), "ok.jsonl", (good_record("a") + "\n").as_bytes());
    // missing input: nothing is written, not even the output file
    let r = extract(d.path(), &["ok.jsonl", "missing.jsonl", "-o", "out.csv"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.starts_with("whosaid: cannot read input: missing.jsonl: "),
        "{}",
        r.stderr
    );
    assert!(!d.path().join("out.csv").exists());
    // unwritable output, errors file and text file
    for opt in ["-o", "--errors", "--emit-text"] {
        let r = extract(d.path(), &["ok.jsonl", opt, "no/such/dir/x"]);
        assert_eq!(r.code, 2, "{opt}");
        assert!(r.stderr.starts_with("whosaid: cannot write "), "{opt}: {}", r.stderr);
        assert!(r.stderr.contains("no/such/dir/x"), "{}", r.stderr);
    }
    // usage errors
    for args in [
        &["extract", "--format", "xml"][..],
        &["extract", "--threads", "x"],
        &["frobnicate"],
        &[],
    ] {
        let r = whosaid(d.path(), args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
    }
    // a missing path in an input list
    write(d.path(), "list.txt", b"ok.jsonl\nnot-there.jsonl\n");
    let r = extract(d.path(), &["--input-list", "list.txt"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not-there.jsonl"), "{}", r.stderr);
    let r = extract(d.path(), &["--input-list", "no-list.txt"]);
    assert_eq!(r.code, 2);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_for_that_file_only() {
    let d = tmp();
    write(d.path(), "ok.jsonl", (good_record("a") + "\n").as_bytes());
    // a file without read permission (permissions do not stop root: then nothing to test)
    let locked = write(d.path(), "locked.jsonl", b"{}\n");
    let mut perm = std::fs::metadata(&locked).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o000);
    std::fs::set_permissions(&locked, perm).unwrap();
    if std::fs::File::open(&locked).is_ok() {
        return; // running as root: permissions do not apply
    }
    let r = extract(d.path(), &["locked.jsonl", "ok.jsonl", "--errors", "e.jsonl"]);
    assert_eq!(r.code, 1);
    assert_eq!(doc_ids(&csv_rows(&r.stdout)), ["a"]);
    assert!(
        r.stderr.contains("whosaid: locked.jsonl: cannot read: "),
        "{}",
        r.stderr
    );
    assert_eq!(errors_file(&d.path().join("e.jsonl"))[0]["kind"], "io");
}
