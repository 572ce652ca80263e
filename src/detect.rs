//! Stage 2: direct quotations. A small state machine pairs quotation marks of every common
//! style, tells apostrophes from single quotes, and bounds any unclosed quote to its paragraph
//! unless the next paragraph re-opens it (the newspaper convention for a quote that runs on).

use crate::segment::Span;

/// A top-level quotation: `text[start..end]` is what is quoted, without its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// byte offset of the opening mark
    pub open: usize,
    pub open_len: usize,
    /// inner bounds
    pub start: usize,
    pub end: usize,
    /// byte after the closing mark; equal to `end` when the quote was never closed
    pub close: usize,
    /// the quote was closed by a mark (not cut at a paragraph end)
    pub closed: bool,
    /// the quote runs over more than one paragraph
    pub multi_para: bool,
}

impl Quote {
    pub fn inner(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn outer(&self) -> Span {
        Span::new(self.open, self.close)
    }
    /// Number of words quoted (runs of alphanumerics).
    pub fn words(&self, text: &str) -> usize {
        text[self.start..self.end]
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}' && c != '-')
            .filter(|w| !w.is_empty())
            .count()
    }
    /// `self.words(text) >= n`, counting no further than `n` (a quotation left open runs to
    /// the end of the text, and the rules only ask whether there are a few words).
    pub fn has_words(&self, text: &str, n: usize) -> bool {
        n == 0
            || text[self.start..self.end]
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}' && c != '-')
                .filter(|w| !w.is_empty())
                .nth(n - 1)
                .is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// “ ” „ " and the archive convention ''
    Double,
    /// ‘ ’ ‚ '
    Single,
    /// « » in either direction
    Guillemet,
    /// ‹ › in either direction
    SingleGuillemet,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    class: Class,
    /// the opening character (to know which closer it takes)
    opener: char,
    pos: usize,
    len: usize,
    /// paragraph where it opened
    para: usize,
    multi_para: bool,
}

fn is_open_ctx(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | '\u{201c}' | '"' | '\u{2018}'
                )
        }
    }
}

fn is_close_ctx(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '\u{201d}'
                        | '"'
                        | '\u{2019}'
                        | '\''
                        | '\u{2026}'
                )
        }
    }
}

/// Find the top-level quotations of an article, in text order.
pub fn find_quotes(text: &str, paras: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    find_quotes_into(text, paras, &mut out);
    out
}

/// [`find_quotes`] into `out` (cleared first), whose allocation is reused.
pub fn find_quotes_into(text: &str, paras: &[Span], out: &mut Vec<Quote>) {
    out.clear();
    let mut stack: Vec<Open> = Vec::with_capacity(4);
    // (most texts hold no 0xC2 byte at all: one search of the text spares one per paragraph)
    let any_c2 = memchr::memchr(0xC2, text.as_bytes()).is_some();
    for (pi, para) in paras.iter().enumerate() {
        let s = &text[para.start..para.end];
        let bytes = s.as_bytes();
        let mut prev: Option<char> = None;
        // a continuation: the previous paragraph left a quote open and this one re-opens it
        let mut skip_reopen = false;
        if let Some(top) = stack.first() {
            if top.para + 1 == pi {
                skip_reopen = true;
            }
        }
        // Only quotation marks do anything, and they all start with one of a few bytes: jump
        // from one such byte to the next. `prev` is then the character before the jump, as if
        // every character in between had been looked at. (The first character is always
        // looked at, for a quote that the previous paragraph left open.)
        let mut off = 0;
        // the next 0xC2 byte (rare: guillemets, no-break spaces), searched again only once
        // passed; usize::MAX when there is none left
        let mut c2: Option<usize> = if any_c2 { None } else { Some(usize::MAX) };
        loop {
            if !skip_reopen {
                // the vector search of memchr3 for the three common lead bytes, and the cached
                // position of the fourth
                let j = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[off..]).map_or(bytes.len(), |k| off + k);
                if c2.is_none_or(|p| p < off) {
                    c2 = Some(memchr::memchr(0xC2, &bytes[off..]).map_or(usize::MAX, |k| off + k));
                }
                let j = j.min(c2.unwrap_or(usize::MAX));
                if j > off {
                    prev = s[..j].chars().next_back();
                    off = j;
                }
            }
            let Some(c) = s[off..].chars().next() else { break };
            let pos = para.start + off;
            let clen = c.len_utf8();
            let next = s[off + clen..].chars().next();
            // consume this character (and the second of a two-apostrophe mark)
            off += clen;
            if skip_reopen {
                skip_reopen = false;
                if let Some(top) = stack.first_mut() {
                    let reopens = match top.class {
                        Class::Double => {
                            matches!(c, '"' | '\u{201c}' | '\u{201e}') || (c == '\'' && next == Some('\''))
                        }
                        Class::Single => matches!(c, '\'' | '\u{2018}'),
                        Class::Guillemet => matches!(c, '\u{ab}' | '\u{bb}'),
                        Class::SingleGuillemet => matches!(c, '\u{2039}' | '\u{203a}'),
                    };
                    if reopens {
                        top.multi_para = true;
                        if c == '\'' && next == Some('\'') {
                            off += 1;
                        }
                        prev = Some(c);
                        continue;
                    }
                }
            }
            match c {
                '\u{201c}' => {
                    // “ closes a „-opened quote (German); otherwise it opens
                    if let Some(k) = find(&stack, Class::Double) {
                        if stack[k].opener == '\u{201e}' || is_close_ctx(next) && !is_open_ctx(prev) {
                            close(&mut stack, k, pos, clen, true, out);
                        } else if stack[k].opener == '"' && is_open_ctx(prev) {
                            // curly marks nested in a straight quotation: `"We will “win” again"`
                            push(&mut stack, Class::Double, c, pos, clen, pi);
                        } else {
                            // a second opener while one is open: the first was never closed
                            close(&mut stack, k, pos, 0, false, out);
                            push(&mut stack, Class::Double, c, pos, clen, pi);
                        }
                    } else {
                        push(&mut stack, Class::Double, c, pos, clen, pi);
                    }
                }
                '\u{201e}' => push(&mut stack, Class::Double, c, pos, clen, pi),
                '\u{201d}' => {
                    if let Some(k) = find(&stack, Class::Double) {
                        close(&mut stack, k, pos, clen, true, out);
                    } else if is_open_ctx(prev) && next.is_some_and(|d| d.is_alphanumeric()) {
                        // the Nordic ”…” convention, or a mis-encoded opener
                        push(&mut stack, Class::Double, c, pos, clen, pi);
                    }
                }
                '"' => straight_double(&mut stack, out, prev, next, pos, 1, pi),
                '\'' if next == Some('\'')
                    && s[off..].starts_with("''")
                    && find(&stack, Class::Single).is_some()
                    && !prev.is_some_and(char::is_whitespace) =>
                {
                    // `'old-school,'''`: a nested single quote closes, then the double
                    if let Some(k) = find(&stack, Class::Single) {
                        close(&mut stack, k, pos, clen, true, out);
                    }
                }
                '\'' if next == Some('\'') => {
                    // two apostrophes: the archive spelling of a double quotation mark
                    off += 1;
                    let next2 = s[off..].chars().next();
                    straight_double(&mut stack, out, prev, next2, pos, 2, pi);
                    prev = Some('"');
                    continue;
                }
                '\u{2018}' | '\u{201a}' => {
                    let apostrophe =
                        next.is_some_and(|d| d.is_ascii_digit()) || prev.is_some_and(|p| p.is_alphanumeric());
                    if let (Some(k), true) = (find(&stack, Class::Single), c == '\u{2018}') {
                        if stack[k].opener == '\u{201a}' {
                            close(&mut stack, k, pos, clen, true, out);
                            prev = Some(c);
                            continue;
                        }
                    }
                    if !apostrophe {
                        push(&mut stack, Class::Single, c, pos, clen, pi);
                    }
                }
                '\u{2019}' | '\'' => {
                    let between =
                        prev.is_some_and(|p| p.is_alphanumeric()) && next.is_some_and(|d| d.is_alphanumeric());
                    if between {
                        // don't, China’s
                    } else if let Some(k) = find(&stack, Class::Single) {
                        // `‘It’s the workers’ money,’ she said`: after an s and before a lower-case
                        // word, the mark is a plural possessive when a closer follows later on
                        let possessive = matches!(prev, Some('s' | 'S'))
                            && next.is_some_and(char::is_whitespace)
                            && s[off..].trim_start().starts_with(|d: char| d.is_lowercase())
                            && later_single_closer(&s[off..]);
                        if is_close_ctx(next) && !prev.is_some_and(char::is_whitespace) && !possessive {
                            close(&mut stack, k, pos, clen, true, out);
                        }
                    } else if c == '\''
                        && is_open_ctx(prev)
                        && next.is_some_and(|d| d.is_alphabetic())
                        && !starts_elision(&s[off..])
                    {
                        push(&mut stack, Class::Single, c, pos, clen, pi);
                    }
                }
                '\u{ab}' | '\u{bb}' => guillemet(&mut stack, out, Class::Guillemet, c, next, pos, clen, pi),
                '\u{2039}' | '\u{203a}' => guillemet(&mut stack, out, Class::SingleGuillemet, c, next, pos, clen, pi),
                _ => {}
            }
            prev = Some(c);
        }
        // End of paragraph: a top-level quote that the next paragraph re-opens runs on;
        // anything else is closed here, so a stray mark never swallows the article.
        let next_para = paras.get(pi + 1).map(|p| &text[p.start..p.end]);
        let runs_on = match (stack.first(), next_para) {
            (Some(top), Some(np)) => {
                let first = np.chars().next();
                match top.class {
                    Class::Double => matches!(first, Some('"' | '\u{201c}' | '\u{201e}')) || np.starts_with("''"),
                    Class::Single => matches!(first, Some('\'' | '\u{2018}')),
                    Class::Guillemet => matches!(first, Some('\u{ab}' | '\u{bb}')),
                    Class::SingleGuillemet => matches!(first, Some('\u{2039}' | '\u{203a}')),
                }
            }
            _ => false,
        };
        if runs_on {
            stack.truncate(1);
            stack[0].para = pi;
        } else if let Some(top) = stack.first().copied() {
            stack.truncate(1);
            // a lone single mark at top level is more likely an apostrophe than a quotation
            if top.class == Class::Single && top.para == pi {
                stack.clear();
            } else {
                close(&mut stack, 0, para.end, 0, false, out);
            }
        }
    }
    out.sort_by_key(|q| q.open);
}

/// Elisions that begin with an apostrophe: 'em, 'til, 'n', 'cause.
fn starts_elision(rest: &str) -> bool {
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    matches!(
        w.as_str(),
        "em" | "til" | "n" | "cause" | "tis" | "twas" | "bout" | "round"
    )
}

fn find(stack: &[Open], class: Class) -> Option<usize> {
    stack.iter().rposition(|o| o.class == class)
}

fn push(stack: &mut Vec<Open>, class: Class, opener: char, pos: usize, len: usize, para: usize) {
    if stack.len() < 8 {
        stack.push(Open {
            class,
            opener,
            pos,
            len,
            para,
            multi_para: false,
        });
    }
}

/// Close the quote at stack index k at byte `pos` (mark of `len` bytes; 0 when cut). Quotes
/// opened after it were never closed: they are dropped, as apostrophes or stray marks.
fn close(stack: &mut Vec<Open>, k: usize, pos: usize, len: usize, closed: bool, out: &mut Vec<Quote>) {
    let o = stack[k];
    stack.truncate(k);
    if k == 0 {
        out.push(Quote {
            open: o.pos,
            open_len: o.len,
            start: o.pos + o.len,
            end: pos,
            close: pos + len,
            closed,
            multi_para: o.multi_para,
        });
    }
}

/// A closing single mark (’ or ') later in the paragraph text `rest`: one after a non-space,
/// followed by a space, punctuation or the end.
fn later_single_closer(rest: &str) -> bool {
    let mut prev = ' ';
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\u{2019}' | '\'') && !prev.is_whitespace() && !prev.is_alphanumeric() {
            return true;
        }
        if matches!(c, '\u{2019}' | '\'') && prev.is_alphanumeric() && is_close_ctx(chars.peek().copied()) {
            return true;
        }
        prev = c;
    }
    false
}

fn straight_double(
    stack: &mut Vec<Open>,
    out: &mut Vec<Quote>,
    prev: Option<char>,
    next: Option<char>,
    pos: usize,
    len: usize,
    para: usize,
) {
    let looks_open = is_open_ctx(prev) && !is_close_ctx(next);
    if let Some(k) = stack.iter().rposition(|o| o.class == Class::Double && o.opener == '"') {
        close(stack, k, pos, len, true, out);
    } else if let Some(k) = find(stack, Class::Double) {
        // straight marks nested in a curly quotation: `“We will "win" again,”`; a straight
        // mark that can only close ends the curly one: scraped text mixes the two styles
        // (`“We will win," she said.`)
        if looks_open {
            push(stack, Class::Double, '"', pos, len, para);
        } else if !is_open_ctx(prev) && is_close_ctx(next) {
            close(stack, k, pos, len, true, out);
        }
    } else if next.is_some_and(|d| !d.is_whitespace()) {
        push(stack, Class::Double, '"', pos, len, para);
    }
}

#[allow(clippy::too_many_arguments)]
fn guillemet(
    stack: &mut Vec<Open>,
    out: &mut Vec<Quote>,
    class: Class,
    c: char,
    next: Option<char>,
    pos: usize,
    len: usize,
    para: usize,
) {
    if let Some(k) = find(stack, class) {
        if stack[k].opener != c {
            close(stack, k, pos, len, true, out);
            return;
        }
    }
    if next.is_some_and(|d| !d.is_whitespace()) || matches!(c, '\u{ab}' | '\u{2039}') {
        push(stack, class, c, pos, len, para);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quoted(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        find_quotes(text, &paras)
            .into_iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(
            quoted("He said \u{201c}yes, sir\u{201d} and \"no way\"."),
            ["yes, sir", "no way"]
        );
    }

    #[test]
    fn plural_possessive_inside_single_quotes() {
        let t = "\u{2018}It is the workers\u{2019} money and the bosses\u{2019} greed,\u{2019} she said. He called them 'pointless strikes' and left.";
        assert_eq!(
            quoted(t),
            [
                "It is the workers\u{2019} money and the bosses\u{2019} greed,",
                "pointless strikes"
            ]
        );
    }

    #[test]
    fn mixed_curly_and_straight_marks_pair_up() {
        let t = "\u{201c}We will win,\" she said. \"Nobody doubts it.\u{201d} And \u{201c}a \"big\" win\u{201d}.";
        assert_eq!(quoted(t), ["We will win,", "Nobody doubts it.", "a \"big\" win"]);
    }

    #[test]
    fn nested_single_inside_double_is_part_of_the_outer_quote() {
        let t = "\u{201c}They called it \u{2018}a farce\u{2019} today,\u{201d} she said.";
        assert_eq!(quoted(t), ["They called it \u{2018}a farce\u{2019} today,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "The students' union didn't say it in the '90s; China\u{2019}s rock \u{2019}n\u{2019} roll.";
        assert!(quoted(t).is_empty());
    }

    #[test]
    fn british_single_quotes() {
        let t = "\u{2018}We will not back down,\u{2019} the minister said. 'Never,' he added.";
        assert_eq!(quoted(t), ["We will not back down,", "Never,"]);
    }

    #[test]
    fn two_apostrophe_archive_quotes() {
        let t = "''This isn't tax reform,'' said Mr. Smith.";
        assert_eq!(quoted(t), ["This isn't tax reform,"]);
    }

    #[test]
    fn archive_quote_closing_a_nested_single() {
        let t = "''I would use the word 'old-school,''' said Mr. Slayton.";
        assert_eq!(quoted(t), ["I would use the word 'old-school,'"]);
    }

    #[test]
    fn straight_and_curly_marks_nest_in_each_other() {
        let t = "\u{201c}We will \"win\" again,\u{201d} Wang Yi said.";
        assert_eq!(quoted(t), ["We will \"win\" again,"]);
        let t = "\"We will \u{201c}win\u{201d} again,\" Wang Yi said.";
        assert_eq!(quoted(t), ["We will \u{201c}win\u{201d} again,"]);
    }

    #[test]
    fn guillemets_both_directions() {
        assert_eq!(quoted("Il a dit \u{ab} non \u{bb}."), [" non "]);
        assert_eq!(quoted("Er sagte \u{bb}nein\u{ab}."), ["nein"]);
        assert_eq!(quoted("Er sagte \u{201e}nein\u{201c}."), ["nein"]);
    }

    #[test]
    fn quote_running_over_paragraphs_is_one_quote() {
        let t = "\u{201c}First part.\n\n\u{201c}Second part,\u{201d} he said.";
        let paras = paragraphs(t);
        let qs = find_quotes(t, &paras);
        assert_eq!(qs.len(), 1);
        assert!(qs[0].multi_para);
        assert!(t[qs[0].start..qs[0].end].ends_with("Second part,"));
    }

    #[test]
    fn unclosed_quote_stops_at_the_paragraph_end() {
        let t = "He said \u{201c}this never ends.\n\nNext paragraph is plain.";
        let paras = paragraphs(t);
        let qs = find_quotes(t, &paras);
        assert_eq!(qs.len(), 1);
        assert!(!qs[0].closed);
        assert_eq!(&t[qs[0].start..qs[0].end], "this never ends.");
    }

    #[test]
    fn word_count() {
        let t = "\u{201c}third parties,\u{201d}";
        let q = &find_quotes(t, &paragraphs(t))[0];
        assert_eq!(q.words(t), 2);
    }
}
