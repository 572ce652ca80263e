//! Errors and diagnostics. Like the csv crate's error type, the kinds form a closed,
//! documented list, and each diagnostic carries its position (file and record).

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
    /// The record has none of the text fields, or the field is not a string.
    MissingText,
    /// The text field is null or empty (nothing to extract from).
    EmptyText,
    /// The record is larger than `--max-article-bytes`.
    TooLarge,
    /// The file holds NUL bytes in its first 8 KiB: not text.
    Binary,
    /// A compressed stream is truncated or corrupt; records read before the damage were kept.
    Decompress,
    /// Extraction itself failed on this record (a bug in whosaid: please report it with the
    /// record); the other records are unaffected.
    Internal,
}

impl ErrorKind {
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
    pub file: String,
    /// 1-based line (JSONL) or record (CSV) number
    pub record: Option<u64>,
    pub doc_id: Option<String>,
    pub kind: ErrorKind,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(r) = self.record {
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
            "record": self.record,
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
            record: Some(3),
            doc_id: None,
            kind: ErrorKind::Json,
            message: "not a JSON object".into(),
        };
        assert_eq!(d.to_string(), "a.jsonl:3: not a JSON object");
        assert!(d.to_json().contains("\"kind\":\"json\""));
    }
}
