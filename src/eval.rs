//! Scoring against gold annotations (work in progress).
use std::path::Path;

pub struct Report {
    pub errors: Vec<String>,
}

impl Report {
    pub fn to_json(&self) -> String {
        String::new()
    }
    pub fn table(&self, _min_jaccard: f64) -> String {
        String::new()
    }
}

pub fn evaluate(_gold: &Path, _system: Option<&Path>, _min_jaccard: f64) -> anyhow::Result<Report> {
    anyhow::bail!("not implemented yet")
}
