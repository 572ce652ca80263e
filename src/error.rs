//! Errors and diagnostics. Like the csv crate's error type, the kinds form a closed,
//! documented list, and each diagnostic carries its position (file and line).
//!
//! A diagnostic prints as `FILE:LINE: message` (or `FILE: message` when the problem concerns
//! the whole file) and serialises as one JSON object with the keys `file`, `line`, `doc_id`,
//! `kind`, `warning` and `message` (`line` and `doc_id` are null when unknown).

use std::fmt;

/// What went wrong with one input record or file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be opened or read.
    Io,
    /// The text was not valid UTF-8 and was decoded with U+FFFD replacements (a warning: the
    /// record was processed).
    InvalidUtf8,
    /// A JSONL line is not a JSON object.
    Json,
    /// A CSV/TSV record could not be parsed.
    Csv,
    /// The record has none of the text fields (or the CSV header has no text column), or the
    /// field holds something other than a string (a number, an array, an object).
    MissingText,
    /// The text field is null, empty or only white space (nothing to extract from).
    EmptyText,
    /// The record is larger than `--max-article-bytes`.
    TooLarge,
    /// The file holds NUL bytes in its first 8 KiB: not text.
    Binary,
    /// A compressed stream is truncated or corrupt. The records read completely before the
    /// damage were kept; the damaged record and the rest of the file are lost (a one-article
    /// `.txt` file is skipped whole).
    Decompress,
    /// Extraction or rendering failed on this record (a bug in whosaid: please report it with the
    /// record); the other records are unaffected.
    Internal,
}

impl ErrorKind {
    /// Every kind, in the order of the list above.
    pub const ALL: [ErrorKind; 10] = [
        ErrorKind::Io,
        ErrorKind::InvalidUtf8,
        ErrorKind::Json,
        ErrorKind::Csv,
        ErrorKind::MissingText,
        ErrorKind::EmptyText,
        ErrorKind::TooLarge,
        ErrorKind::Binary,
        ErrorKind::Decompress,
        ErrorKind::Internal,
    ];

    /// The name used in the errors file (`"kind"`): snake case, stable.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::Json => "json",
            ErrorKind::Csv => "csv",
            ErrorKind::MissingText => "missing_text",
            ErrorKind::EmptyText => "empty_text",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Binary => "binary",
            ErrorKind::Decompress => "decompress",
            ErrorKind::Internal => "internal",
        }
    }

    /// Warnings describe records that were still processed; everything else lost a record
    /// (or a file's remainder) and makes the exit status 1.
    pub fn is_warning(self) -> bool {
        matches!(self, ErrorKind::InvalidUtf8)
    }
}

/// One problem with the input, located as precisely as the format allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// the input as named on the command line (or relative to a directory given there);
    /// `<stdin>` for standard input
    pub file: String,
    /// 1-based line where the record starts (JSONL line, or the first line of a CSV record);
    /// None for problems with a whole file (a `.txt` article, a binary or unreadable file)
    pub line: Option<u64>,
    pub doc_id: Option<String>,
    pub kind: ErrorKind,
    pub message: String,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(r) = self.line {
            write!(f, ":{r}")?;
        }
        let level = if self.kind.is_warning() { "warning: " } else { "" };
        write!(f, ": {level}{}", self.message)?;
        if let Some(id) = &self.doc_id {
            write!(f, " (doc_id {id})")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "file": self.file,
            "line": self.line,
            "doc_id": self.doc_id,
            "kind": self.kind.as_str(),
            "warning": self.kind.is_warning(),
            "message": self.message,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_record() {
        let d = Diagnostic {
            file: "a.jsonl".into(),
            line: Some(3),
            doc_id: None,
            kind: ErrorKind::Json,
            message: "not a JSON object".into(),
        };
        assert_eq!(d.to_string(), "a.jsonl:3: not a JSON object");
        let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(v["file"], "a.jsonl");
        assert_eq!(v["line"], 3);
        assert_eq!(v["kind"], "json");
        assert_eq!(v["warning"], false);
        assert!(v["doc_id"].is_null());
    }

    #[test]
    fn whole_file_problems_have_no_line_and_warnings_say_so() {
        let d = Diagnostic {
            file: "b.txt".into(),
            line: None,
            doc_id: Some("b".into()),
            kind: ErrorKind::InvalidUtf8,
            message: "invalid UTF-8".into(),
        };
        assert_eq!(d.to_string(), "b.txt: warning: invalid UTF-8 (doc_id b)");
    }

    #[test]
    fn kind_names_are_distinct_and_only_utf8_is_a_warning() {
        let names: std::collections::HashSet<_> = ErrorKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), ErrorKind::ALL.len());
        let warnings: Vec<_> = ErrorKind::ALL.iter().filter(|k| k.is_warning()).collect();
        assert_eq!(warnings, [&ErrorKind::InvalidUtf8]);
    }
}
