//! The command line as other programs see it: closed pipes, JSONL-only stdout, thread counts,
//! determinism, input lists and the help text. Each test runs the built binary.

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};
use whosaid::output::COLUMNS;

const BIN: &str = env!("CARGO_BIN_EXE_whosaid");

fn cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args).current_dir(dir).env_remove("RAYON_NUM_THREADS");
    c
}

fn run(c: &mut Command, stdin: &[u8]) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Wait for a child, failing (and killing it) after `limit`: a regression to a hang must fail
/// the test, not the whole suite.
fn wait_within(child: &mut Child, limit: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            return st;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("whosaid did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, data).unwrap();
    p
}

/// `n` JSONL articles with quotes, non-ASCII text, CSV-hostile characters and a few bad
/// records (every 97th line is malformed).
fn corpus(n: usize) -> Vec<u8> {
    let speakers = [
        "Wang Yi",
        "Zoë Müller",
        "Olaf Scholz",
        "Ngozi Okonjo-Iweala",
        "José María Aznar",
    ];
    let mut out = Vec::new();
    for i in 0..n {
        if i % 97 == 96 {
            out.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
            continue;
        }
        let sp = speakers[i % speakers.len()];
        let text = format!(
            "BERLIN \u{2014} Talks resumed on day {i}.\n\n\u{201c}We will, as always, \"hold firm\" on {i},\u{201d} \
             {sp} said on Monday.\n\nThe plan, according to officials, would cost \u{20ac}{i} million. \
             \u{201c}It is a start,\u{201d} said {sp}, who leads the delegation. She told reporters that \
             talks would go on.\n\n\u{00ab} On verra \u{00bb}, a-t-il dit."
        );
        let rec = serde_json::json!({"id": format!("a{i}"), "text": text, "url": format!("https://x.test/{i}")});
        out.extend_from_slice(rec.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let d = tempfile::tempdir().unwrap();
    let big = corpus(15_000);
    assert!(big.len() > 5_000_000, "a multi-MB input: {}", big.len());
    write(d.path(), "big.jsonl", &big);
    for format in ["csv", "jsonl"] {
        let mut child = cmd(d.path(), &["extract", "big.jsonl", "--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 100];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout is dropped here: the reader end of the pipe is closed
        let mut err = String::new();
        let mut stderr_pipe = child.stderr.take().unwrap();
        let status = wait_within(&mut child, Duration::from_secs(120));
        stderr_pipe.read_to_string(&mut err).unwrap();
        assert_eq!(status.code(), Some(0), "{format}: {err}");
        for bad in [
            "panicked",
            "failed printing",
            "Broken pipe",
            "broken pipe",
            "os error 32",
        ] {
            assert!(!err.contains(bad), "{format}: {err}");
        }
        assert!(
            !err.contains(" articles, "),
            "no summary line after a closed pipe: {err}"
        );
    }
}

#[test]
fn a_real_pipe_into_head_is_quiet() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "big.jsonl", &corpus(15_000));
    if Command::new("bash").arg("-c").arg("true").status().is_err() {
        return; // no bash for PIPESTATUS
    }
    let script = r#""$0" extract big.jsonl 2>err.txt | head -c 100 >/dev/null; echo "${PIPESTATUS[0]}""#;
    let mut child = Command::new("bash")
        .args(["-c", script, BIN])
        .current_dir(d.path())
        .env_remove("RAYON_NUM_THREADS")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let status = wait_within(&mut child, Duration::from_secs(120));
    assert!(status.success());
    let mut out = String::new();
    child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
    assert_eq!(out.trim(), "0", "whosaid's exit status");
    let err = std::fs::read_to_string(d.path().join("err.txt")).unwrap();
    assert!(!err.contains("panicked") && !err.contains("failed printing"), "{err}");
    // the corpus has bad records: they are reported before the pipe closes, nothing else
    assert!(err.lines().all(|l| l.starts_with("whosaid: big.jsonl:")), "{err}");
}

#[test]
fn a_closed_stderr_does_not_panic() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(500));
    let mut child = cmd(d.path(), &["extract", "in.jsonl", "-o", "out.csv"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = wait_within(&mut child, Duration::from_secs(60));
    // bad records: 1, not 101 (a panic)
    assert_eq!(status.code(), Some(1));
    let out = std::fs::read_to_string(d.path().join("out.csv")).unwrap();
    assert!(out.lines().count() > 500);
}

#[test]
fn jsonl_output_is_nothing_but_rows_on_stdout() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(300));
    let o = run(&mut cmd(d.path(), &["extract", "in.jsonl", "--format", "jsonl"]), b"");
    assert_eq!(o.status.code(), Some(1), "the corpus has bad records");
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let mut n = 0;
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).expect("every stdout line is a JSON row");
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut want = COLUMNS.to_vec();
        want.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, want);
        n += 1;
    }
    assert!(n > 300, "{n} rows");
    assert!(out.ends_with('\n'));
    let err = stderr(&o);
    assert!(err.contains("whosaid: in.jsonl:97: malformed JSON"), "{err}");
    // the same rows as the CSV
    let csv = run(&mut cmd(d.path(), &["extract", "in.jsonl"]), b"");
    let rows = csv::Reader::from_reader(&csv.stdout[..]).records().count();
    assert_eq!(rows, n);
}

#[test]
fn output_is_byte_identical_for_any_number_of_threads() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(3000));
    for format in ["csv", "jsonl"] {
        let outs: Vec<(Vec<u8>, Vec<u8>)> = ["1", "2", "4"]
            .iter()
            .map(|t| {
                let o = run(
                    &mut cmd(
                        d.path(),
                        &["extract", "in.jsonl", "--format", format, "--threads", t, "-q"],
                    ),
                    b"",
                );
                assert_eq!(o.status.code(), Some(1));
                (o.stdout, o.stderr)
            })
            .collect();
        assert!(outs[0].0.len() > 1_000_000);
        assert!(
            outs.iter().all(|o| o.0 == outs[0].0),
            "{format}: rows differ across thread counts"
        );
        assert!(
            outs.iter().all(|o| o.1 == outs[0].1),
            "{format}: messages differ across thread counts"
        );
    }
    // and RAYON_NUM_THREADS does not change them either
    let a = run(&mut cmd(d.path(), &["extract", "in.jsonl", "-q"]), b"");
    let b = run(
        cmd(d.path(), &["extract", "in.jsonl", "-q"]).env("RAYON_NUM_THREADS", "3"),
        b"",
    );
    assert_eq!(a.stdout, b.stdout);
}

fn threads_in_summary(o: &Output) -> usize {
    let err = stderr(o);
    let line = err.lines().find(|l| l.contains(" articles, ")).expect("a summary line");
    let before = line.split(" thread").next().unwrap();
    before.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn threads_default_to_rayon_num_threads_or_all_cores() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(10));
    let o = run(
        cmd(d.path(), &["extract", "in.jsonl"]).env("RAYON_NUM_THREADS", "3"),
        b"",
    );
    assert_eq!(threads_in_summary(&o), 3);
    let o = run(
        cmd(d.path(), &["extract", "in.jsonl", "--threads", "2"]).env("RAYON_NUM_THREADS", "3"),
        b"",
    );
    assert_eq!(threads_in_summary(&o), 2, "--threads wins over the environment");
    let o = run(
        cmd(d.path(), &["extract", "in.jsonl", "--threads", "0"]).env("RAYON_NUM_THREADS", "3"),
        b"",
    );
    assert_eq!(threads_in_summary(&o), 3, "--threads 0 is the default");
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let o = run(&mut cmd(d.path(), &["extract", "in.jsonl"]), b"");
    assert_eq!(threads_in_summary(&o), cores);
    let o = run(&mut cmd(d.path(), &["extract", "in.jsonl", "-j", "1"]), b"");
    assert_eq!(threads_in_summary(&o), 1);
    assert!(stderr(&o).contains("1 thread)"), "{}", stderr(&o));
}

#[test]
fn help_documents_threads_and_exit_status() {
    let d = tempfile::tempdir().unwrap();
    let o = run(&mut cmd(d.path(), &["extract", "--help"]), b"");
    assert_eq!(o.status.code(), Some(0));
    let help = String::from_utf8(o.stdout).unwrap();
    for needle in [
        "RAYON_NUM_THREADS",
        "--input-list",
        "--max-article-bytes",
        "--emit-text",
        "Exit status:",
        "  1  some records",
        "  2  usage error",
    ] {
        assert!(help.contains(needle), "{needle} missing from:\n{help}");
    }
}

#[test]
fn input_list_reads_paths_from_a_file_or_stdin() {
    let d = tempfile::tempdir().unwrap();
    let one = |id: &str| {
        format!(
            "{}\n",
            serde_json::json!({"id": id, "text": "\u{201c}We will win,\u{201d} Wang Yi said."})
        )
    };
    write(d.path(), "a.jsonl", one("a").as_bytes());
    write(d.path(), "b.jsonl", one("b").as_bytes());
    std::fs::create_dir(d.path().join("sub")).unwrap();
    write(
        d.path(),
        "sub/c.txt",
        "\u{201c}We will win,\u{201d} Wang Yi said.".as_bytes(),
    );
    write(d.path(), "list.txt", b"b.jsonl\r\n\n  sub  \na.jsonl\n");
    let ids = |o: &Output| -> Vec<String> {
        let mut r = csv::Reader::from_reader(&o.stdout[..]);
        r.records().map(|x| x.unwrap()[0].to_string()).collect()
    };
    let o = run(&mut cmd(d.path(), &["extract", "--input-list", "list.txt"]), b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(ids(&o), ["b", "c", "a"], "in list order, directories walked");
    let o = run(
        &mut cmd(d.path(), &["extract", "--input-list", "-"]),
        b"a.jsonl\nb.jsonl\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(ids(&o), ["a", "b"]);
    // with inputs on the command line too: those first
    let o = run(
        &mut cmd(d.path(), &["extract", "b.jsonl", "--input-list", "-"]),
        b"a.jsonl\n",
    );
    assert_eq!(ids(&o), ["b", "a"]);
    // an empty list: no input at all (not stdin)
    let o = run(&mut cmd(d.path(), &["extract", "--input-list", "-"]), b"");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), format!("{}\n", COLUMNS.join(",")));
    // stdin cannot be both the list and an input
    let o = run(&mut cmd(d.path(), &["extract", "--input-list", "-"]), b"-\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot be an input"), "{}", stderr(&o));
}

#[test]
fn output_file_and_stdout_hold_the_same_bytes() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(200));
    let o = run(&mut cmd(d.path(), &["extract", "in.jsonl"]), b"");
    let f = run(&mut cmd(d.path(), &["extract", "in.jsonl", "-o", "out.csv"]), b"");
    assert!(f.stdout.is_empty());
    assert_eq!(std::fs::read(d.path().join("out.csv")).unwrap(), o.stdout);
}

#[test]
fn output_dash_is_stdout() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "in.jsonl", &corpus(20));
    let o = run(&mut cmd(d.path(), &["extract", "in.jsonl"]), b"");
    let dash = run(&mut cmd(d.path(), &["extract", "in.jsonl", "-o", "-"]), b"");
    assert_eq!(dash.stdout, o.stdout);
    assert!(!d.path().join("-").exists(), "no file named '-' is written");
}
