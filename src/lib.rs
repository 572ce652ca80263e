//! whosaid: who said what in news articles.
//!
//! The pipeline has one module per stage, with plain typed data between them:
//! [`input`] (articles from files) → [`segment`] (paragraphs, tokens, sentences) →
//! [`detect`] (quotations) → [`attribute`] (reported speech, speakers, sources, as rule
//! passes) → [`resolve`] (full names) → [`output`] (code point offsets, CSV/JSONL sinks).
//! [`pipeline`] wires them and runs batches in parallel. Spans are byte ranges into the
//! article text until the output edge.
//!
//! ```
//! let text = "\u{201c}We will win,\u{201d} Foreign Minister Wang Yi said. He added that talks would go on.";
//! let attrs = whosaid::pipeline::extract(text);
//! assert_eq!(attrs.len(), 2);
//! assert_eq!(attrs[0].content[0].slice(text), "We will win,");
//! assert_eq!(attrs[1].speaker_name.as_deref(), Some("Wang Yi"));
//! ```

pub mod attribute;
pub mod detect;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod resolve;
pub mod segment;
