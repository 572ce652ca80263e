//! Stage 1: paragraphs, tokens and sentences, all as byte spans into the article text.

use crate::detect::Quote;
use crate::lexicon::{Lexicon, WordInfo, LEX, NOTE_CUE, NOTE_IN, NOTE_THAT, NOTE_TO};
use unicode_segmentation::UnicodeSegmentation;

/// A half-open byte range into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Paragraph spans. A blank line always ends a paragraph; a single newline does too (scraped
/// text puts one paragraph per line) unless the text is hard-wrapped, which we recognise by
/// blank-line-separated blocks of several lines that are all of similar, moderate width.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    paragraphs_into(text, &mut out);
    out
}

/// [`paragraphs`] into `out` (cleared first), whose allocation is reused.
pub fn paragraphs_into(text: &str, out: &mut Vec<Span>) {
    out.clear();
    let bytes = text.as_bytes();
    // the line ends, searched for once for both passes (into the vector of the thread's
    // previous text: collected afresh, it would grow step by step for every article)
    let mut nl = NL.take();
    nl.clear();
    nl.extend(memchr::memchr_iter(b'\n', bytes));
    let hard_wrapped = looks_hard_wrapped(text, &nl);
    let mut line_start = 0;
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    // every line end, then the end of the text
    for i in nl.iter().copied().chain(std::iter::once(bytes.len())) {
        let line = &text[line_start..i];
        let blank = trim_start_fast(line).is_empty();
        if blank {
            if let Some(s) = para_start.take() {
                out.push(trim_span(text, Span::new(s, para_end)));
            }
        } else {
            if para_start.is_none() {
                para_start = Some(line_start);
            }
            para_end = i;
            if !hard_wrapped {
                let s = para_start.take().unwrap_or(line_start);
                out.push(trim_span(text, Span::new(s, para_end)));
            }
        }
        line_start = i + 1;
    }
    if let Some(s) = para_start {
        out.push(trim_span(text, Span::new(s, para_end)));
    }
    out.retain(|p| !p.is_empty());
    // (a text of a great many lines gives its vector back rather than pin it in the thread)
    if nl.capacity() <= 1 << 16 {
        NL.set(nl);
    }
}

thread_local! {
    /// The line-end positions of [`paragraphs_into`], kept for the thread's next text.
    static NL: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
}

/// `nl`: the positions of every '\n' of `text`.
fn looks_hard_wrapped(text: &str, nl: &[usize]) -> bool {
    // `text.lines()`, on the line ends found once (core's search is slow on the long lines
    // of news text): the final line only when it is not empty, and the '\r' that `lines`
    // strips goes with the `trim_end` below anyway
    let bytes = text.as_bytes();
    let first_lines = || {
        let mut start = 0;
        let ends = nl.iter().copied().chain(std::iter::once(bytes.len()));
        ends.take(400).map_while(move |end| {
            if end == bytes.len() && start == end {
                return None;
            }
            let line = trim_end_fast(&text[start..end]);
            start = end + 1;
            Some(line)
        })
    };
    let mut lines = 0usize;
    let mut blank = 0usize;
    let mut prev_nonblank = false;
    let mut continued = 0usize;
    for line in first_lines() {
        if line.is_empty() {
            blank += 1;
            prev_nonblank = false;
            continue;
        }
        lines += 1;
        if prev_nonblank {
            continued += 1;
        }
        prev_nonblank = true;
    }
    // Several lines per block, nearly all of them of wrapping width. (The widths, a count of
    // chars per line, only when the blocks are there: news text with a paragraph per line
    // fails first.)
    if !(lines >= 6 && blank >= 1 && continued * 2 >= lines) {
        return false;
    }
    let wrapped = first_lines()
        .filter(|line| {
            // only 40..=100 matters: fewer than 40 bytes or more than 400 (four per char at
            // most) are outside that range whatever the count
            let n = if line.len() < 40 || line.len() > 400 {
                line.len()
            } else {
                line.chars().count()
            };
            (40..=100).contains(&n)
        })
        .count();
    wrapped * 10 >= lines * 8
}

#[inline]
fn trim_span(text: &str, s: Span) -> Span {
    let slice = &text[s.start..s.end];
    let lead = slice.len() - trim_start_fast(slice).len();
    let trail = slice.len() - trim_end_fast(slice).len();
    Span::new(s.start + lead, s.end - trail)
}

/// An ASCII byte that `char::is_whitespace` rejects: a text that starts (ends) with one is its
/// own `trim_start` (`trim_end`).
#[inline]
fn solid_ascii(b: u8) -> bool {
    b < 0x80 && !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// `s.trim_start()`, without a call for the common line that starts with a letter, or is empty.
#[inline]
fn trim_start_fast(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&b) if solid_ascii(b) => s,
        None => s,
        _ => s.trim_start(),
    }
}

/// `s.trim_end()`, without a call for the common line that ends with a letter or a stop, or is
/// empty.
#[inline]
fn trim_end_fast(s: &str) -> &str {
    match s.as_bytes().last() {
        Some(&b) if solid_ascii(b) => s,
        None => s,
        _ => s.trim_end(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
    /// an opening quotation mark of a top-level quote
    QOpen,
    /// a closing quotation mark of a top-level quote
    QClose,
}

/// One token: a word, a punctuation mark or a quotation mark, with what the lexicons know of it.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// inside a top-level quotation (the marks themselves are not)
    pub quoted: bool,
    /// starts with an upper-case letter
    pub cap: bool,
    pub info: Option<&'static WordInfo>,
    /// index of the quote this mark opens or closes, or the quote this token is inside
    pub quote: u32,
}

pub const NO_QUOTE: u32 = u32::MAX;

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn info(&self) -> WordInfo {
        self.info.copied().unwrap_or_default()
    }
    // On bytes: `text[self.start..].starts_with(c)` checks the char boundary and decodes;
    // a token starts on a boundary, and with `c` a literal its UTF-8 bytes fold to constants.
    #[inline]
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        let mut enc = [0u8; 4];
        self.kind == Kind::Punct && text.as_bytes()[self.start..].starts_with(c.encode_utf8(&mut enc).as_bytes())
    }
}

/// Marks that belong to the word they touch. A combining accent (text in decomposed form,
/// `Jose\u{301}`) never starts a word. UTF-8 read as Latin-1 (`FranÃ§ois` for `François`,
/// common in scraped pages) turns one letter into a lead letter `Â`..`ß` and a symbol
/// U+0080..U+00BF; the symbol stays in the word when it follows such a lead or sits between
/// letters, so that the name is one token. The no-break space and the guillemets are left out:
/// they separate words and open quotations.
fn joins_word(before: &str, d: char, next: Option<char>) -> bool {
    if matches!(d, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
    {
        return true;
    }
    ('\u{80}'..='\u{bf}').contains(&d)
        && !matches!(d, '\u{a0}' | '\u{ab}' | '\u{bb}')
        && (before
            .chars()
            .next_back()
            .is_some_and(|p| ('\u{c2}'..='\u{df}').contains(&p))
            || next.is_some_and(|c| c.is_alphabetic()))
}

fn is_connector(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '-' | '.' | '&' | '_' | '@' | '\u{2010}' | '\u{2011}'
    )
}

/// `f(&s.to_lowercase())`, without allocating for short ASCII words (nearly all words): they
/// are lower-cased on the stack. Exactly `str::to_lowercase` otherwise.
#[inline]
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const STACK: usize = 32;
    let b = s.as_bytes();
    if b.len() <= STACK && s.is_ascii() {
        // already lower case (most phrases the rules look up): no copy to make
        if !b.iter().any(u8::is_ascii_uppercase) {
            return f(s);
        }
        let mut low = [0u8; STACK];
        for (d, &c) in low.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        if let Ok(l) = std::str::from_utf8(&low[..b.len()]) {
            return f(l);
        }
    }
    f(&s.to_lowercase())
}

/// Lower-case `s` into `buf` (reused across calls) and return it.
pub fn lower<'b>(s: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            if c == '\u{2019}' {
                buf.push('\'');
            } else {
                buf.extend(c.to_lowercase());
            }
        }
    }
    buf
}

/// The char at byte `i` of `s` (a char boundary) and its length; ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = s[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// What the lexicons say of a word as written (lower-cased as [`lower`] does for the lookup).
#[inline(never)]
fn word_info(w: &str, buf: &mut String) -> Option<&'static WordInfo> {
    const STACK: usize = 32;
    let b = w.as_bytes();
    if let Some(k) = crate::lexicon::pack16(b) {
        // ASCII: `lower` is ASCII lower-casing, as the table's
        return LEX.word_lowercased_packed(k);
    }
    if b.len() <= STACK {
        // ASCII words (nearly all) are lower-cased on the stack
        let mut low = [0u8; STACK];
        let mut ascii = true;
        for (d, &c) in low.iter_mut().zip(b) {
            ascii &= c.is_ascii();
            *d = c.to_ascii_lowercase();
        }
        if ascii {
            // a word longer than every key cannot be one (lower-casing keeps its length)
            if b.len() > LEX.max_ascii_key {
                return None;
            }
            return std::str::from_utf8(&low[..b.len()]).ok().and_then(|l| LEX.word(l));
        }
    } else if w.is_ascii() && b.len() > LEX.max_ascii_key {
        return None;
    }
    LEX.word(lower(w, buf))
}

/// Tokenise `span` of `text`. `quotes` are the top-level quotes (sorted by position); their
/// marks become QOpen/QClose tokens and the tokens between them are flagged `quoted`.
///
/// Works on byte offsets, decoding only non-ASCII characters; each character is looked at
/// as the char iterator of the first version did, so tokens are the same.
pub fn tokenize(text: &str, span: Span, quotes: &[Quote], out: &mut Vec<Token>) {
    tokenize_with(text, span, quotes, out, &mut Vec::new(), &mut Notes::default());
}

/// What the tokenizer notes of the tokens as it makes them, as indices into the token vector
/// in order: the later stages that want only these tokens then need not walk every token to
/// find them.
#[derive(Debug, Default)]
pub struct Notes {
    /// the words that may open a run of name words: capitalised, or a title
    pub heads: Vec<u32>,
    /// the tokens that may end a sentence (all those [`sentences`] ends one at, and some more):
    /// a full stop, `!`, `?` or `…`, a word ending in a period, a closing quotation mark
    pub ends: Vec<u32>,
    /// the tokens the rule passes start from, with their `CUE_*` bits, in order
    pub cands: Vec<(u32, u8)>,
    /// whether a word with a verb entry or opening a cue phrase (quoted or not), or an opening
    /// quotation mark, was made since this was last cleared
    pub cue_seen: bool,
}

/// [`Notes::cands`]: an unquoted word with a verb entry
pub const CUE_VERB: u8 = 1;
/// an unquoted word opening a cue phrase
pub const CUE_PHRASE: u8 = 2;
/// an unquoted word followed by "to"
pub const CUE_TO: u8 = 4;
/// a closing quotation mark
pub const CUE_QCLOSE: u8 = 8;
/// an opening quotation mark
pub const CUE_QOPEN: u8 = 16;
/// the word "in" (in any case, quoted or not)
pub const CUE_IN: u8 = 32;
/// the word "that" (in any case, quoted or not)
pub const CUE_THAT: u8 = 64;

impl Notes {
    /// Note word `idx` of `len` bytes (`quoted` or not, of `info`), about to be pushed after
    /// `prev`, the token before it.
    #[inline]
    fn word(&mut self, idx: usize, len: usize, quoted: bool, info: Option<&'static WordInfo>, prev: Option<&Token>) {
        // (most words are neither a cue nor "to": one test of the lexicon's note rules them out;
        // every word "to", in any case, has the entry of "to", and so does "to." if the period
        // is taken in, which the length rules out)
        let Some(i) = info.filter(|i| i.note != 0) else {
            return;
        };
        // "to" gives its bit to the word before it, first: the candidates stay in token order
        if i.note & NOTE_TO != 0 && len == 2 && prev.is_some_and(|p| p.kind == Kind::Word && !p.quoted) {
            match self.cands.last_mut() {
                Some(last) if last.0 as usize == idx - 1 => last.1 |= CUE_TO,
                _ => self.cands.push(((idx - 1) as u32, CUE_TO)),
            }
        }
        if i.note & NOTE_CUE != 0 {
            self.cue_seen = true;
            if !quoted {
                let bits = if i.verb.is_some() { CUE_VERB } else { 0 } | if i.phrase_start { CUE_PHRASE } else { 0 };
                self.cands.push((idx as u32, bits));
            }
        }
        // (as for "to", every word "in" or "that" has the entry of its lower case, and "in." or
        // "that." is ruled out by its length; its bit joins the entry of the same word, if there
        // is one)
        let bit = if i.note & NOTE_IN != 0 && len == 2 {
            CUE_IN
        } else if i.note & NOTE_THAT != 0 && len == 4 {
            CUE_THAT
        } else {
            0
        };
        if bit != 0 {
            match self.cands.last_mut() {
                Some(last) if last.0 as usize == idx => last.1 |= bit,
                _ => self.cands.push((idx as u32, bit)),
            }
        }
    }
}

/// A quotation mark inside a paragraph: (byte, len, open?, quote index).
pub type Mark = (usize, usize, bool, u32);

/// [`tokenize`] with a buffer for the marks, reused across paragraphs; appends to `notes` what
/// it notes of the tokens it makes.
pub fn tokenize_with(
    text: &str,
    span: Span,
    quotes: &[Quote],
    out: &mut Vec<Token>,
    marks: &mut Vec<Mark>,
    notes: &mut Notes,
) {
    let mut buf = String::new();
    // marks inside this span, in order
    marks.clear();
    let first = quotes.partition_point(|q| q.close <= span.start);
    for (qi, q) in quotes.iter().enumerate().skip(first) {
        if q.open >= span.end {
            break;
        }
        if q.open >= span.start && q.open_len > 0 {
            marks.push((q.open, q.open_len, true, qi as u32));
        }
        if q.end >= span.start && q.end < span.end && q.close > q.end {
            marks.push((q.end, q.close - q.end, false, qi as u32));
        }
    }
    marks.sort_unstable();
    let mut inside = QuoteCursor::new(quotes, span.start);
    let mut mi = 0;
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let n = s.len();
    // byte offset (in `s`) of the next mark, usize::MAX when none is left
    let mark_at = |mi: usize| marks.get(mi).map_or(usize::MAX, |m| m.0 - span.start);
    let mut next_mark = mark_at(0);
    let tbytes = text.as_bytes();
    // once, not at every look-up
    let lex: &'static Lexicon = &LEX;
    let mut i = 0;
    while i < n {
        let pos = span.start + i;
        if next_mark == i {
            let (p, l, open, qi) = marks[mi];
            mi += 1;
            next_mark = mark_at(mi);
            if open {
                notes.cue_seen = true;
                notes.cands.push((out.len() as u32, CUE_QOPEN));
            } else {
                notes.ends.push(out.len() as u32);
                notes.cands.push((out.len() as u32, CUE_QCLOSE));
            }
            out.push(Token {
                start: p,
                end: p + l,
                kind: if open { Kind::QOpen } else { Kind::QClose },
                quoted: false,
                cap: false,
                info: None,
                quote: qi,
            });
            // skip the characters the mark covers
            let skip_to = p + l - span.start;
            i += char_at(s, i).map_or(1, |(_, l)| l);
            while i < skip_to && i < n {
                i += char_at(s, i).map_or(1, |(_, l)| l);
            }
            continue;
        }
        // plain ASCII text in a tight loop of its own; the char path below from the first
        // byte it leaves
        let abs_mark = if next_mark == usize::MAX {
            usize::MAX
        } else {
            span.start + next_mark
        };
        i = plain_run(tbytes, pos, span.start + n, abs_mark, &mut inside, lex, out, notes) - span.start;
        if i >= n || i == next_mark {
            continue;
        }
        let pos = span.start + i;
        let Some((c, clen)) = char_at(s, i) else { break };
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if c.is_alphanumeric() {
            let off = i;
            let mut end = off + clen;
            loop {
                // ASCII letters and digits first: eight at a time, then in a tight loop
                let lim = n.min(next_mark);
                while end + 8 <= lim {
                    let v = u64::from_le_bytes(bytes[end..end + 8].try_into().expect("8 bytes"));
                    let stop = not_alnum8(v);
                    if stop != 0 {
                        end += (stop.trailing_zeros() / 8) as usize;
                        break;
                    }
                    end += 8;
                }
                while end < lim && bytes[end].is_ascii_alphanumeric() {
                    end += 1;
                }
                // a quotation mark is never part of a word
                if end == next_mark {
                    break;
                }
                let Some((d, dlen)) = char_at(s, end) else { break };
                // a connector joins only when a letter or digit follows it: "state-run"
                let joins = d.is_alphanumeric()
                    || (is_connector(d) || d == '\u{ad}')
                        && char_at(s, end + dlen).is_some_and(|(a, _)| a.is_alphanumeric())
                    || joins_word(&s[..end], d, char_at(s, end + dlen).map(|(a, _)| a));
                if !joins {
                    break;
                }
                end += dlen;
            }
            // a trailing period belongs to abbreviations and initials
            if bytes.get(end) == Some(&b'.') {
                let w = &s[off..end];
                let with_dot = &s[off..end + 1];
                let initial = clen == w.len() && c.is_uppercase();
                if initial || memchr::memchr(b'.', w.as_bytes()).is_some() || LEX.abbreviations.contains(with_dot) {
                    end += 1;
                }
            }
            // the word without its trailing periods (`trim_end_matches('.')`)
            let mut bare = end;
            if bytes[end - 1] == b'.' {
                while bytes[bare - 1] == b'.' {
                    bare -= 1;
                }
            }
            // short ASCII words (nearly all) straight from the packed table, here; the rest
            // through `word_info`
            let info = match crate::lexicon::pack16_at(bytes, off, bare - off) {
                Some(k) => lex.word_lowercased_packed(k),
                None => word_info(&s[off..bare], &mut buf),
            };
            let info = match info {
                None if bare < end => word_info(&s[off..end], &mut buf),
                i => i,
            };
            let q = inside.at(pos);
            let cap = c.is_uppercase() || particle_cap(&bytes[off..end]);
            if cap || info.is_some_and(|i| i.title) {
                notes.heads.push(out.len() as u32);
            }
            if bytes[end - 1] == b'.' {
                notes.ends.push(out.len() as u32);
            }
            notes.word(out.len(), end - off, q != NO_QUOTE, info, out.last());
            out.push(Token {
                start: pos,
                end: span.start + end,
                kind: Kind::Word,
                quoted: q != NO_QUOTE,
                cap,
                info,
                quote: q,
            });
            i = end;
        } else {
            let q = inside.at(pos);
            if c == '\u{2026}' {
                notes.ends.push(out.len() as u32);
            }
            out.push(Token {
                start: pos,
                end: pos + clen,
                kind: Kind::Punct,
                quoted: q != NO_QUOTE,
                cap: false,
                info: None,
                quote: q,
            });
            i += clen;
        }
    }
}

/// `al-Sharif`, `el-Masri`, `bin-Talal`: a surname written with its Arabic particle in lower
/// case and a hyphen is a capitalised word, as "Al-Sharif" would be (a name without it is
/// no speaker: the row is lost). The particle must be one of these and the letter after
/// the hyphen a capital: "al-Qaeda" is a name too, "ad-hoc" is not.
// (inlined: a test of the bytes at three places, which nearly every word fails)
#[inline(always)]
pub(crate) fn particle_cap(w: &[u8]) -> bool {
    let h = match w {
        [_, _, b'-', _, ..] => 2,
        [_, _, _, b'-', _, ..] => 3,
        [_, _, _, _, b'-', _, ..] => 4,
        _ => return false,
    };
    w[h + 1].is_ascii_uppercase()
        && matches!(
            &w[..h],
            b"al"
                | b"el"
                | b"ad"
                | b"an"
                | b"ar"
                | b"as"
                | b"ash"
                | b"at"
                | b"az"
                | b"ud"
                | b"ul"
                | b"bin"
                | b"ibn"
                | b"abu"
                | b"bint"
        )
}

/// The top-level quote under a position, for positions that only grow: a cursor instead of a
/// binary search per token, with the quote under it and the start of the next one at hand.
struct QuoteCursor<'q> {
    quotes: &'q [Quote],
    /// quotes starting at or before the position looked at
    qk: usize,
    /// inner range of quote `qk - 1` (empty when none)
    cur: (usize, usize),
    next_start: usize,
    /// the last answer of `at`, which holds for every position below `until`: positions
    /// only grow, and the answer changes only where a quote starts or the current one ends
    ans: u32,
    until: usize,
}

impl<'q> QuoteCursor<'q> {
    fn new(quotes: &'q [Quote], from: usize) -> Self {
        let qk = quotes.partition_point(|q| q.start <= from);
        QuoteCursor {
            quotes,
            qk,
            cur: Self::range(quotes, qk),
            next_start: quotes.get(qk).map_or(usize::MAX, |q| q.start),
            ans: NO_QUOTE,
            until: 0,
        }
    }
    fn range(quotes: &[Quote], k: usize) -> (usize, usize) {
        if k > 0 {
            let q = &quotes[k - 1];
            (q.start, q.end)
        } else {
            (1, 0)
        }
    }
    /// Index of the quote whose inner range holds `pos`, or NO_QUOTE.
    #[inline]
    fn at(&mut self, pos: usize) -> u32 {
        if pos < self.until {
            return self.ans;
        }
        self.at_slow(pos)
    }
    #[inline(never)]
    fn at_slow(&mut self, pos: usize) -> u32 {
        if pos >= self.next_start {
            self.advance(pos);
        }
        // (below `next_start` the current quote stays the same; with `pos` at or past its
        // start, only its end can change the answer)
        if pos >= self.cur.0 && pos < self.cur.1 {
            self.ans = (self.qk - 1) as u32;
            self.until = self.cur.1.min(self.next_start);
        } else {
            self.ans = NO_QUOTE;
            self.until = if pos < self.cur.0 { self.cur.0 } else { self.next_start };
        }
        self.ans
    }
    #[inline(never)]
    fn advance(&mut self, pos: usize) {
        let quotes = self.quotes;
        while self.qk < quotes.len() && quotes[self.qk].start <= pos {
            self.qk += 1;
        }
        self.cur = Self::range(quotes, self.qk);
        self.next_start = quotes.get(self.qk).map_or(usize::MAX, |q| q.start);
    }
}

/// Tokens of plain ASCII text from `pos` up to the paragraph end `pend` or the next quotation
/// mark `mark`: whitespace skipped, one-byte punctuation and [`short_word`]s made as the char
/// path makes them. Returns where it stopped: `pend`, `mark`, or a byte the char path must
/// take.
#[inline]
#[allow(clippy::too_many_arguments)]
fn plain_run(
    text: &[u8],
    mut pos: usize,
    pend: usize,
    mark: usize,
    inside: &mut QuoteCursor,
    lex: &'static Lexicon,
    out: &mut Vec<Token>,
    notes: &mut Notes,
) -> usize {
    // (the mark is never behind `pos`, which stops at it: one bound for both; the bytes up to
    // it as a slice of their own, whose length bounds the loop, so that reading a byte of it
    // needs no bounds check of its own)
    let lim = pend.min(mark);
    let run = &text[..lim];
    while pos < run.len() {
        let b = run[pos];
        match BYTE_CLASS[b as usize] {
            SKIP => pos += 1,
            ALNUM => {
                let Some((end, info, dot)) = short_word(text, pos, lim, pend, lex) else {
                    break;
                };
                let q = inside.at(pos);
                // (a word of this path is letters and digits only: no "al-Sharif" here, see
                // `particle_cap`)
                let cap = b.is_ascii_uppercase();
                if cap || info.is_some_and(|i| i.title) {
                    notes.heads.push(out.len() as u32);
                }
                if dot {
                    notes.ends.push(out.len() as u32);
                }
                notes.word(out.len(), end - pos, q != NO_QUOTE, info, out.last());
                out.push(Token {
                    start: pos,
                    end,
                    kind: Kind::Word,
                    quoted: q != NO_QUOTE,
                    cap,
                    info,
                    quote: q,
                });
                pos = end;
                // the space after a word (the commonest case) without a turn of the loop
                if run.get(pos) == Some(&b' ') {
                    pos += 1;
                }
            }
            PUNCT => {
                let q = inside.at(pos);
                if matches!(b, b'.' | b'!' | b'?') {
                    notes.ends.push(out.len() as u32);
                }
                out.push(Token {
                    start: pos,
                    end: pos + 1,
                    kind: Kind::Punct,
                    quoted: q != NO_QUOTE,
                    cap: false,
                    info: None,
                    quote: q,
                });
                pos += 1;
                // the space after a comma or full stop, as after a word
                if run.get(pos) == Some(&b' ') {
                    pos += 1;
                }
            }
            _ => break,
        }
    }
    pos
}

/// [`BYTE_CLASS`] of an ASCII byte that `char::is_whitespace` accepts
const SKIP: u8 = 0;
/// of an ASCII letter or digit
const ALNUM: u8 = 1;
/// of any other ASCII byte: a punctuation token of its own
const PUNCT: u8 = 2;
/// of a byte of a non-ASCII char
const OTHER: u8 = 3;

/// What the tokenizer does with a byte where a token may start.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => SKIP,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => ALNUM,
            _ => PUNCT,
        };
        b += 1;
    }
    t
};

/// Whether an ASCII byte after letters and digits ends the word (not a connector of
/// `is_connector`, which may join what follows, nor the start of a non-ASCII char).
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !matches!(b as u8, b'\'' | b'-' | b'.' | b'&' | b'_' | b'@' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z');
        b += 1;
    }
    t
};

/// The common word: up to 16 ASCII letters and digits starting at `pos` (an ASCII letter or
/// digit) of `text` and ended by a byte that is not a connector, a quotation mark, the
/// paragraph end `pend` (`lim`: the nearer of it and the next mark), or a period that no letter
/// or digit follows. Its end and what the
/// lexicons say of it, made as the char path makes them, and whether it ends in a period (taken
/// in after an abbreviation or initial); None for any other word, which the char path makes
/// instead.
#[inline]
fn short_word(
    text: &[u8],
    pos: usize,
    lim: usize,
    pend: usize,
    lex: &'static Lexicon,
) -> Option<(usize, Option<&'static WordInfo>, bool)> {
    let w = text.get(pos..pos + 16)?;
    let lo = u64::from_le_bytes(w[..8].try_into().expect("8 bytes"));
    let stop = not_alnum8(lo);
    // letters and digits: setting bit 5 lower-cases a letter and keeps a digit
    const BIT5: u64 = 0x2020_2020_2020_2020;
    // the bytes below the lowest flagged one of a `not_alnum8` result
    let below = |stop: u64| (stop ^ stop.wrapping_sub(1)) >> 8;
    let (len, klo, khi) = if stop != 0 {
        ((stop.trailing_zeros() / 8) as usize, (lo | BIT5) & below(stop), 0)
    } else {
        let hi = u64::from_le_bytes(w[8..].try_into().expect("8 bytes"));
        let stop = not_alnum8(hi);
        if stop == 0 {
            return None;
        }
        (
            8 + (stop.trailing_zeros() / 8) as usize,
            lo | BIT5,
            (hi | BIT5) & below(stop),
        )
    };
    let end = pos + len;
    // the char path scans letters and digits up to the next mark and the paragraph end (`lim`
    // is the nearer of the two; a mark is a quotation mark, never a period)
    if end > lim {
        return None;
    }
    if end == lim || ENDS_WORD[w[len] as usize] {
        return Some((end, lex.word_lowercased_packed((klo, khi, len as u8)), false));
    }
    if w[len] == b'.' && len <= 14 {
        return dot_word(w, pos, len, pend, lex, (klo, khi));
    }
    None
}

/// [`short_word`] of a word `w[..len]` followed by a period (`len` <= 14), `(klo, khi)` its
/// packed lower-case key: as in the char path, the period is part of the word after an
/// initial or an abbreviation, and the word is then looked up without it first.
#[inline(never)]
fn dot_word(
    w: &[u8],
    pos: usize,
    len: usize,
    pend: usize,
    lex: &'static Lexicon,
    (klo, khi): (u64, u64),
) -> Option<(usize, Option<&'static WordInfo>, bool)> {
    // a letter or digit after the period joins it to the word ("U.S"): the char path's
    if pos + len + 1 < pend && (w[len + 1] >= 0x80 || w[len + 1].is_ascii_alphanumeric()) {
        return None;
    }
    let bare = (klo, khi, len as u8);
    let initial = len == 1 && w[0].is_ascii_uppercase();
    if initial || lex.is_abbreviation_ascii(&w[..len + 1]) {
        let info = lex.word_lowercased_packed(bare).or_else(|| {
            // the key with the period (which lower-casing keeps)
            let (dlo, dhi) = if len < 8 {
                (klo | (b'.' as u64) << (8 * len), 0)
            } else {
                (klo, khi | (b'.' as u64) << (8 * (len - 8)))
            };
            lex.word_lowercased_packed((dlo, dhi, len as u8 + 1))
        });
        return Some((pos + len + 1, info, true));
    }
    Some((pos + len, lex.word_lowercased_packed(bare), false))
}

/// Bytes of `v` (eight text bytes, little-endian) that are not ASCII letters or digits: their
/// high bit set in the result, the others clear.
#[inline]
fn not_alnum8(v: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn rep(b: u8) -> u64 {
        b as u64 * 0x0101_0101_0101_0101
    }
    // per byte on the low seven bits, which cannot carry into the next byte: x >= lo is the
    // high bit of x + (0x80 - lo)
    let x = v & !HIGH;
    let digit = x.wrapping_add(rep(0x80 - b'0')) & !x.wrapping_add(rep(0x80 - b'9' - 1));
    let y = x | rep(0x20);
    let letter = y.wrapping_add(rep(0x80 - b'a')) & !y.wrapping_add(rep(0x80 - b'z' - 1));
    (!(digit | letter) | v) & HIGH
}

/// Sentence boundaries of a paragraph as token index ranges.
///
/// Candidate boundaries come from the tokens already made (a sentence-final mark outside a
/// quotation, with any closing marks after it, or a quotation that ends in one); paragraphs in
/// scripts with their own terminators ("。", "؟", "।") use the Unicode sentence rules of
/// unicode-segmentation instead. Either way the candidates then go through the corrections
/// news text needs: no split after an abbreviation ("Sen. | Smith", "the U.S. | Army"), inside
/// an open quotation, or before a lower-case word.
pub fn sentences(text: &str, para: Span, toks: &[Token], out: &mut Vec<(usize, usize)>) {
    let ends: Vec<u32> = (0..toks.len() as u32).collect();
    sentences_at(text, para, toks, &ends, 0, out);
}

/// [`sentences`], with `ends` the indices, offset by `base`, of the tokens of `toks` that may
/// end a sentence ([`Notes::ends`]): only those are tested.
pub fn sentences_at(text: &str, para: Span, toks: &[Token], ends: &[u32], base: usize, out: &mut Vec<(usize, usize)>) {
    if toks.is_empty() {
        return;
    }
    let ptext = &text[para.start..para.end];
    let mut start = 0;
    // (all of those are non-ASCII: most paragraphs are ruled out by one fast ASCII check)
    if !ptext.is_ascii()
        && has_terminator_lead(ptext.as_bytes())
        && ptext.contains(['\u{3002}', '\u{ff01}', '\u{ff1f}', '\u{61f}', '\u{964}', '\u{1362}'])
    {
        unicode_sentences(text, para, toks, out);
        return;
    }
    let n = toks.len();
    let mut j = 0;
    let mut c = 0;
    while j + 1 < n {
        // (the tokens before the next of `ends` end no sentence)
        while ends.get(c).is_some_and(|&e| (e as usize) < base + j) {
            c += 1;
        }
        match ends.get(c) {
            Some(&e) if (e as usize) - base + 1 < n => j = e as usize - base,
            _ => break,
        }
        if !ends_sentence(text, &toks[j]) {
            j += 1;
            continue;
        }
        // closing marks and further final marks belong to the sentence: `?!"` `.)`
        let mut k = j;
        while k + 1 < n && is_closer(text, &toks[k + 1]) {
            k += 1;
        }
        if k + 1 < n && !keep_together(text, &toks[k], &toks[k + 1], toks, k) {
            out.push((start, k + 1));
            start = k + 1;
        }
        j = k + 1;
    }
    out.push((start, n));
}

/// Whether `b` holds a lead byte of one of the terminators of [`sentences`] (D8, E0, E1, E3,
/// EF): two vector searches rule out nearly every paragraph that is not in those scripts (the
/// curly quotation marks of English text start with E2) before a search char by char.
fn has_terminator_lead(b: &[u8]) -> bool {
    memchr::memchr3(0xD8, 0xE0, 0xE1, b).is_some() || memchr::memchr2(0xE3, 0xEF, b).is_some()
}

/// The bytes of token `t` (on bytes: no char-boundary checks on these per-token tests;
/// `b"\xe2\x80\xa6"` below is the ellipsis "\u{2026}").
#[inline]
fn tok_bytes<'a>(text: &'a str, t: &Token) -> &'a [u8] {
    &text.as_bytes()[t.start..t.end]
}

fn ends_sentence(text: &str, t: &Token) -> bool {
    // (word and punctuation tokens are never empty: their first and last bytes are there)
    let b = text.as_bytes();
    match t.kind {
        Kind::Punct => {
            !t.quoted
                && match b[t.start] {
                    b'.' | b'!' | b'?' => t.end - t.start == 1,
                    0xe2 => tok_bytes(text, t) == b"\xe2\x80\xa6",
                    _ => false,
                }
        }
        Kind::Word => !t.quoted && b[t.end - 1] == b'.',
        Kind::QClose => text[..t.start].trim_end().ends_with(['.', '!', '?', '\u{2026}']),
        Kind::QOpen => false,
    }
}

fn is_closer(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::QClose => true,
        Kind::Punct => !t.quoted && matches!(tok_bytes(text, t), b"." | b"!" | b"?" | b")" | b"]" | b"\xe2\x80\xa6"),
        _ => false,
    }
}

/// The Unicode sentence rules (UAX 29), for scripts with their own sentence terminators.
fn unicode_sentences(text: &str, para: Span, toks: &[Token], out: &mut Vec<(usize, usize)>) {
    let ptext = &text[para.start..para.end];
    let mut bounds: Vec<usize> = ptext
        .split_sentence_bound_indices()
        .map(|(o, _)| para.start + o)
        .skip(1)
        .collect();
    bounds.push(usize::MAX);
    let mut start = 0;
    let mut bi = 0;
    let mut i = 0;
    while i < toks.len() {
        while bounds[bi] <= toks[i].start {
            bi += 1;
        }
        let b = bounds[bi];
        let mut j = i;
        while j + 1 < toks.len() && toks[j + 1].start < b {
            j += 1;
        }
        i = j + 1;
        if i >= toks.len() {
            break;
        }
        if keep_together(text, &toks[j], &toks[i], toks, j) {
            continue;
        }
        out.push((start, i));
        start = i;
    }
    out.push((start, toks.len()));
}

/// `Murphy, the head of the group, said`: a capitalised name, a description between commas,
/// then a lower-case reporting verb; `rest` starts at the name.
fn appositive_then_verb(text: &str, rest: &[Token]) -> bool {
    let is_comma = |t: &Token| t.kind == Kind::Punct && tok_bytes(text, t) == b",";
    let Some(c1) = rest.iter().take(5).position(is_comma) else {
        return false;
    };
    if c1 == 0 || !rest[..c1].iter().all(|t| t.kind == Kind::Word && t.cap) {
        return false;
    }
    let Some(c2) = rest[c1 + 1..].iter().take(12).position(is_comma).map(|k| c1 + 1 + k) else {
        return false;
    };
    // (a description of words and glued punctuation only: no quotation, no sentence end)
    let plain = rest[c1 + 1..c2]
        .iter()
        .all(|t| t.kind == Kind::Word || t.kind == Kind::Punct && !matches!(tok_bytes(text, t), b"." | b"!" | b"?"));
    plain
        && c2 > c1 + 1
        && rest
            .get(c2 + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap && t.info.is_some_and(|i| i.verb.is_some()))
}

fn keep_together(text: &str, last: &Token, next: &Token, toks: &[Token], j: usize) -> bool {
    // inside a quotation: the quote is one unit with its attribution
    if next.quoted || next.kind == Kind::QClose {
        return true;
    }
    // news sentences do not start in lower case: "(D-N.Y.) said Tuesday", "?" a reporter asked
    if next.kind == Kind::Word && !next.cap && next.text(text).chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    // nor with a comma or semicolon: "Sen. Maria Lopez, D-N.M., said", "Acme Inc., which"
    if next.kind == Kind::Punct && matches!(next.text(text), "," | ";" | ":") {
        return true;
    }
    // `"Pat is the greatest!!!" McDonough wrote.`: a quotation that ends in !, ? or an
    // ellipsis and is followed by a speaker and a reporting verb is one sentence with its
    // attribution (`"Not this year ..." Lee said, his voice trailing off.`)
    if last.kind == Kind::QClose && next.kind == Kind::Word {
        let ends_excl = text[..last.start].trim_end().ends_with(['!', '?', '\u{2026}'])
            || text[..last.start].trim_end().ends_with("...");
        if ends_excl {
            let verb_soon = toks[j + 1..]
                .iter()
                .take(5)
                .take_while(|t| t.kind == Kind::Word)
                .any(|t| t.info.is_some_and(|i| i.verb.is_some()) && !t.cap);
            if verb_soon || appositive_then_verb(text, &toks[j + 1..]) {
                return true;
            }
        }
    }
    // the boundary fell after a word that owns its period (an abbreviation or initial)
    if last.kind == Kind::Word && last.text(text).ends_with('.') {
        let w = last.text(text);
        let lower_next = !next.cap && next.kind == Kind::Word;
        if lower_next {
            return true;
        }
        // a hyphen glued to the period makes a compound: "the D.C.-based group", "U.S.-led"
        if next.start == last.end && matches!(next.text(text), "-" | "\u{2010}" | "\u{2011}") {
            return true;
        }
        // Titles before names never end a sentence ("Sen. Smith"); place abbreviations
        // like "U.S." do only when what follows could not continue a noun phrase.
        let is_title = with_lowercase(w, |l| LEX.titles.contains(l));
        let single_initial = w.len() == 2;
        if is_title || single_initial || w == "St." || w == "Jr." && next.kind != Kind::Word {
            return true;
        }
        if next.kind == Kind::Word && next.cap {
            let nw = next.text(text);
            let starter = matches!(
                nw,
                "The"
                    | "He"
                    | "She"
                    | "It"
                    | "They"
                    | "We"
                    | "I"
                    | "But"
                    | "And"
                    | "In"
                    | "A"
                    | "An"
                    | "This"
                    | "That"
                    | "His"
                    | "Her"
                    | "Their"
                    | "There"
                    | "As"
                    | "If"
                    | "When"
                    | "While"
                    | "After"
                    | "Before"
                    | "Some"
                    | "Many"
                    | "So"
                    | "Yet"
            );
            return !starter;
        }
    }
    // a quotation that closed with no sentence-final mark before it: `"Yes," he said` is split
    // by UAX 29 after `"Yes,"` only if the mark was final; keep lower-case continuations
    if last.kind == Kind::QClose && next.kind == Kind::Word && !next.cap {
        return true;
    }
    let _ = (toks, j);
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::find_quotes;

    fn sents(text: &str) -> Vec<String> {
        let paras = paragraphs(text);
        let quotes = find_quotes(text, &paras);
        let mut out = Vec::new();
        for p in paras {
            let mut toks = Vec::new();
            tokenize(text, p, &quotes, &mut toks);
            let mut ss = Vec::new();
            sentences(text, p, &toks, &mut ss);
            for (a, b) in ss {
                out.push(text[toks[a].start..toks[b - 1].end].to_string());
            }
        }
        out
    }

    #[test]
    fn the_noted_ends_split_as_testing_every_token_does() {
        let texts = [
            "Sen. Ted Cruz spoke to the U.S. Army on Sept. 5. Then he left.",
            "\u{201c}We won.\u{201d} The crowd cheered. Was it over?! Yes (mostly.) Then home.",
            "\"Not this year ...\" Lee said, his voice trailing off. Then he left. J. Doe \u{2026} Ok.",
            "\u{201c}It\u{2019}s over!\u{201d} Smith said. \"Is it?\" \u{2018}Maybe.\u{2019} Caf\u{e9}. The D.C.-based group. End",
            "A\n\n\"Quote running on.\n\n\"And on.\" She said so. Done!",
        ];
        for text in texts {
            let paras = paragraphs(text);
            let quotes = find_quotes(text, &paras);
            let (mut toks, mut marks, mut notes) = (Vec::new(), Vec::new(), Notes::default());
            for p in paras {
                let (a, e0) = (toks.len(), notes.ends.len());
                tokenize_with(text, p, &quotes, &mut toks, &mut marks, &mut notes);
                let (mut want, mut got) = (Vec::new(), Vec::new());
                sentences(text, p, &toks[a..], &mut want);
                sentences_at(text, p, &toks[a..], &notes.ends[e0..], a, &mut got);
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    #[test]
    fn the_noted_candidates_are_those_a_walk_of_the_tokens_finds() {
        let texts = [
            "Officials said the plan is expected to pass. \u{201c}We want to win,\u{201d} she said.",
            "According to police, he TO tO the To. \"Tell them to go,\" Lee said.\n\nTo be sure, it seemed to work.",
            "\u{201c}Quote running on, said to be\n\n\u{201c}long.\u{201d} Caf\u{e9} to go. x\u{2019}s to-do. End to",
            "In a poll, IN iN in. \u{201c}Win in it,\u{201d} said Lee, in to the in-laws. Within inn in",
            "That is THAT, that. \u{201c}So that,\u{201d} she warned that thatch, thats that-ish tHat",
        ];
        for text in texts {
            let paras = paragraphs(text);
            let quotes = find_quotes(text, &paras);
            let (mut toks, mut marks, mut notes) = (Vec::new(), Vec::new(), Notes::default());
            for p in paras {
                let a = toks.len();
                notes.cue_seen = false;
                tokenize_with(text, p, &quotes, &mut toks, &mut marks, &mut notes);
                let seen = toks[a..]
                    .iter()
                    .any(|t| t.kind == Kind::QOpen || t.info.is_some_and(|i| i.verb.is_some() || i.phrase_start));
                assert_eq!(notes.cue_seen, seen, "{text:?}");
            }
            // what the rule passes once found by walking every token
            let is_to = |t: &Token| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case("to");
            let mut want = Vec::new();
            let (mut ins, mut thats) = (0, 0);
            for (i, t) in toks.iter().enumerate() {
                // (quoted or not: `in_poll` tests that itself)
                let is_in = t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case("in");
                let is_that = t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case("that");
                ins += is_in as usize;
                thats += is_that as usize;
                let bits = match t.kind {
                    Kind::QOpen => CUE_QOPEN,
                    Kind::QClose => CUE_QCLOSE,
                    Kind::Word if !t.quoted => {
                        let info = t.info();
                        (if info.verb.is_some() { CUE_VERB } else { 0 })
                            | (if info.phrase_start { CUE_PHRASE } else { 0 })
                            | (if toks.get(i + 1).is_some_and(is_to) { CUE_TO } else { 0 })
                    }
                    _ => 0,
                } | if is_in { CUE_IN } else { 0 }
                    | if is_that { CUE_THAT } else { 0 };
                if bits != 0 {
                    want.push((i as u32, bits));
                }
            }
            assert_eq!(notes.cands, want, "{text:?}");
            if text.starts_with("In a poll") {
                // In, IN, iN, in (before the period), in (quoted), in (before "to"), in; not
                // "in-laws", "Within", "inn"
                assert_eq!(ins, 7, "{toks:?}");
            }
            if text.starts_with("That") {
                // That, THAT, that (before the comma), that (quoted), that (after "warned"),
                // tHat; not "thatch", "thats", "that-ish"
                assert_eq!(thats, 6, "{toks:?}");
            }
        }
    }

    #[test]
    fn solid_ascii_bytes_are_those_trim_stops_at() {
        for b in 0u8..0x80 {
            let s = (b as char).to_string();
            assert_eq!(solid_ascii(b), s.trim().len() == 1, "{b:#x}");
        }
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{a0}x\u{2003}",
            "x\u{3000}",
            "\u{201c}Q\u{201d}",
            "\t\x0b\x0c\r y \r",
        ] {
            assert_eq!(trim_start_fast(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end_fast(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn paragraphs_split_on_blank_and_single_newlines() {
        let t = "One para.\n\nTwo para.\nThree para.\n";
        let ps: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(ps, ["One para.", "Two para.", "Three para."]);
    }

    #[test]
    fn hard_wrap_test_reads_the_lines_of_str_lines() {
        // the first version, on `str::lines`
        fn reference(text: &str) -> bool {
            let (mut lines, mut wrapped, mut blank, mut continued) = (0usize, 0usize, 0usize, 0usize);
            let mut prev_nonblank = false;
            for line in text.lines().take(400) {
                let n = line.trim_end().chars().count();
                if n == 0 {
                    blank += 1;
                    prev_nonblank = false;
                    continue;
                }
                lines += 1;
                wrapped += (40..=100).contains(&n) as usize;
                continued += prev_nonblank as usize;
                prev_nonblank = true;
            }
            lines >= 6 && blank >= 1 && continued * 2 >= lines && wrapped * 10 >= lines * 8
        }
        let nl = |t: &str| memchr::memchr_iter(b'\n', t.as_bytes()).collect::<Vec<_>>();
        let line = "This is a line of hard wrapped text that goes on for a while and";
        for sep in ["\n", "\r\n", "\n\n", "\r"] {
            for n in [0, 1, 5, 6, 7, 12, 399, 400, 401] {
                for tail in ["", "\n", "\n\n", "\r", " \n"] {
                    let mut t = String::new();
                    for k in 0..n {
                        t.push_str(line);
                        t.push_str(if k % 4 == 3 { "\n\n" } else { sep });
                    }
                    t.push_str(tail);
                    assert_eq!(looks_hard_wrapped(&t, &nl(&t)), reference(&t), "{sep:?} {n} {tail:?}");
                    let short: String = t.lines().map(|l| format!("{}\n", &l[..l.len().min(20)])).collect();
                    assert_eq!(looks_hard_wrapped(&short, &nl(&short)), reference(&short));
                }
            }
        }
    }

    #[test]
    fn hard_wrapped_text_keeps_lines_together() {
        let line = "This is a line of hard wrapped text that goes on for a while and";
        let t = format!("{line}\n{line}\n{line}\n\n{line}\n{line}\n{line}\n");
        assert_eq!(paragraphs(&t).len(), 2);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let s = sents("Sen. Ted Cruz spoke to the U.S. Army on Sept. 5. Then he left.");
        assert_eq!(s, ["Sen. Ted Cruz spoke to the U.S. Army on Sept. 5.", "Then he left."]);
    }

    #[test]
    fn a_lower_case_arabic_particle_before_a_hyphen_and_a_capital_makes_a_name_word() {
        for w in ["al-Sharif", "el-Masri", "bin-Talal", "abu-Bakr", "ash-Shami"] {
            assert!(particle_cap(w.as_bytes()), "{w}");
        }
        for w in ["ad-hoc", "al-", "all-Star", "el", "also", "e-Mail", "Al-Sharif"] {
            assert!(!particle_cap(w.as_bytes()), "{w}");
        }
        // both tokenizer paths mark the word
        for text in [
            "Ahmed al-Sharif said",
            "Ahmed al-Sharif said \u{201c}no\u{201d} \u{2014} twice",
        ] {
            let mut toks = Vec::new();
            tokenize(text, Span::new(0, text.len()), &[], &mut toks);
            let t = toks.iter().find(|t| t.text(text) == "al-Sharif").expect("one token");
            assert!(t.cap, "{text}");
        }
    }

    #[test]
    fn a_hyphen_after_an_abbreviation_makes_a_compound() {
        let s = sents("The head of the D.C.-based institute and a U.S.-led group spoke. Then he left.");
        assert_eq!(
            s,
            [
                "The head of the D.C.-based institute and a U.S.-led group spoke.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_quotation_trailing_off_keeps_its_attribution() {
        let s = sents("\"Not this year ...\" Lee said, his voice trailing off. Then he left.");
        assert_eq!(
            s,
            [
                "\"Not this year ...\" Lee said, his voice trailing off.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn an_exclamation_keeps_an_attribution_with_a_described_speaker() {
        let s = sents("\"We can win!\" Lee, the head of the group, said on Friday. \"Go!\" Smith, 40, ran.");
        assert_eq!(
            s,
            [
                "\"We can win!\" Lee, the head of the group, said on Friday.",
                "\"Go!\"",
                "Smith, 40, ran."
            ]
        );
    }

    #[test]
    fn a_sentence_never_starts_with_a_comma() {
        let s = sents("Sen. Maria Lopez, D-N.M., said it was over. Acme Corp., which won, declined.");
        assert_eq!(
            s,
            [
                "Sen. Maria Lopez, D-N.M., said it was over.",
                "Acme Corp., which won, declined."
            ]
        );
    }

    #[test]
    fn us_at_sentence_end_still_splits_before_a_pronoun() {
        let s = sents("He blamed the U.S. He added more.");
        assert_eq!(s, ["He blamed the U.S.", "He added more."]);
    }

    #[test]
    fn never_splits_inside_a_quotation() {
        let s = sents("\u{201c}We will win. We always do,\u{201d} he said. Then he left.");
        assert_eq!(
            s,
            ["\u{201c}We will win. We always do,\u{201d} he said.", "Then he left."]
        );
    }

    #[test]
    fn quotation_ending_a_sentence_splits_after_its_mark() {
        let s = sents("\u{201c}We won.\u{201d} The crowd cheered. Was it over?! Yes (mostly.) Then home.");
        assert_eq!(
            s,
            [
                "\u{201c}We won.\u{201d}",
                "The crowd cheered.",
                "Was it over?!",
                "Yes (mostly.)",
                "Then home."
            ]
        );
    }

    #[test]
    fn scripts_with_their_own_terminators_use_unicode_rules() {
        let s = sents("\u{4ed6}\u{8bf4}\u{3002}\u{6211}\u{4eec}\u{8d70}\u{3002}");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn not_alnum8_agrees_with_is_ascii_alphanumeric_on_every_byte() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // the byte among letters, and alone among non-letters
                for fill in [b'a', b' '] {
                    let mut v = [fill; 8];
                    v[at] = b;
                    let m = not_alnum8(u64::from_le_bytes(v));
                    for (k, &x) in v.iter().enumerate() {
                        let flagged = m >> (8 * k) & 0xff == 0x80;
                        assert_eq!(flagged, !x.is_ascii_alphanumeric(), "byte {x:#x} at {k}");
                    }
                    assert_eq!(m & !0x8080_8080_8080_8080, 0);
                }
            }
        }
    }

    #[test]
    fn mojibake_and_soft_hyphens_stay_inside_their_word() {
        let t = "President Fran\u{c3}\u{a7}ois Hollande and caf\u{c3}\u{a9} owners met a news\u{ad}paper editor.";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &[], &mut toks);
        let ws: Vec<&str> = toks.iter().map(|x| x.text(t)).collect();
        assert!(ws.contains(&"Fran\u{c3}\u{a7}ois"), "{ws:?}");
        assert!(ws.contains(&"caf\u{c3}\u{a9}"), "{ws:?}");
        assert!(ws.contains(&"news\u{ad}paper"), "{ws:?}");
        // decomposed accents, and a double conversion that left combining marks and C1
        // controls behind
        let t = "Jose\u{301} and FranA\u{303}\u{83}A\u{302}\u{a7}ois spoke.";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &[], &mut toks);
        let ws: Vec<&str> = toks.iter().map(|x| x.text(t)).collect();
        assert_eq!(
            ws,
            [
                "Jose\u{301}",
                "and",
                "FranA\u{303}\u{83}A\u{302}\u{a7}ois",
                "spoke",
                "."
            ]
        );
        // a symbol between words keeps them apart
        let t = "fees \u{a7} 5 and 20\u{b0} heat";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &[], &mut toks);
        assert!(toks.iter().any(|x| x.text(t) == "\u{a7}"));
    }

    #[test]
    fn byte_classes_agree_with_the_char_path() {
        for b in 0..=255u8 {
            let want = if b >= 0x80 {
                OTHER
            } else if (b as char).is_whitespace() {
                SKIP
            } else if (b as char).is_alphanumeric() {
                ALNUM
            } else {
                PUNCT
            };
            assert_eq!(BYTE_CLASS[b as usize], want, "byte {b:#x}");
            let ends = b < 0x80 && !(b as char).is_alphanumeric() && !is_connector(b as char);
            assert_eq!(ENDS_WORD[b as usize], ends, "byte {b:#x}");
        }
    }

    #[test]
    fn short_words_are_made_as_the_char_path_makes_them() {
        let t = "Abc de, ABCDEFGHIJKLMNO x12 state-run U.S. caf\u{e9} don't Sen. Mr. J. said the end. Ok";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &[], &mut toks);
        let ws: Vec<&str> = toks.iter().map(|x| x.text(t)).collect();
        assert_eq!(
            ws,
            [
                "Abc",
                "de",
                ",",
                "ABCDEFGHIJKLMNO",
                "x12",
                "state-run",
                "U.S.",
                "caf\u{e9}",
                "don't",
                "Sen.",
                "Mr.",
                "J.",
                "said",
                "the",
                "end",
                ".",
                "Ok"
            ]
        );
        assert!(toks[0].cap && !toks[1].cap);
        // the lower-case look-up of the word as written
        for (tok, w) in toks.iter().zip(ws) {
            if tok.is_word() && w.is_ascii() && !w.ends_with('.') {
                let want = LEX.word(&w.to_lowercase());
                assert_eq!(format!("{:?}", tok.info), format!("{want:?}"), "{w}");
            }
        }
    }

    #[test]
    fn words_keep_apostrophes_and_hyphens() {
        let t = "China\u{2019}s state-run don't";
        let mut toks = Vec::new();
        tokenize(t, Span::new(0, t.len()), &[], &mut toks);
        let ws: Vec<&str> = toks.iter().map(|x| x.text(t)).collect();
        assert_eq!(ws, ["China\u{2019}s", "state-run", "don't"]);
    }
}
