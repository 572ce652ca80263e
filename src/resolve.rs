//! Stage 5: the full name behind each speaker ("He", "Wang", "China's top diplomat" -> "Wang Yi").
//!
//! People are found as runs of capitalised words, split into what precedes the name (a
//! nationality, a title such as "Foreign Minister" or "counterpart") and the name itself.
//! A speaker is then resolved by the first rule that applies: a name written in the speaker
//! phrase; a surname matching an earlier full name; a pronoun pointing to the latest
//! compatible speaker; a role matching the title of a person mentioned before (or, for a lede
//! that names the role first, after).

use crate::attribute::{Attribution, Doc};
use crate::lexicon::{FxMap, Gender, WordInfo, LEX};
use crate::segment::{with_lowercase, Kind, Span, Token};
use std::borrow::Cow;

/// A person named in the article.
#[derive(Debug, Clone)]
pub struct Mention<'t> {
    /// borrowed from the text when written there as it is (nearly always), so that a
    /// mention, and each surname mention copied from it, allocates nothing
    pub name: Cow<'t, str>,
    pub span: Span,
    /// canonical lower-case role ("foreign minister")
    pub role: Option<&'static str>,
    /// the role comes from an apposition ("X, the housing secretary,"), not a title before
    /// the name: a role looked up falls back to these only when no titled person fits
    pub role_after: bool,
    /// lower-case nationality adjective ("russian")
    pub nationality: Option<&'static str>,
    pub gender: Gender,
    pub sentence: usize,
    /// [`word_bits`] of `name`
    pub words: u64,
}

/// One bit for word `w` in a one-word Bloom filter (by length and first and last byte).
#[inline]
fn word_bit(w: &[u8]) -> u64 {
    let (f, l) = (w.first().copied().unwrap_or(0), w.last().copied().unwrap_or(0));
    1u64 << ((w.len() ^ (f as usize).wrapping_mul(5) ^ (l as usize).wrapping_mul(11)) & 63)
}

/// The [`word_bit`]s of the words of `name` (split at spaces): a name lacks a word whose bit
/// is not among them.
fn word_bits(name: &str) -> u64 {
    name.as_bytes()
        .split(|&b| b == b' ')
        .fold(0, |acc, w| acc | word_bit(w))
}

/// `LEX.name_particles.contains(w)`.
fn is_name_particle(w: &str) -> bool {
    LEX.is_name_particle(w)
}

fn is_org_word(w: &str) -> bool {
    LEX.is_org_word(w)
}

/// `w` without a final "\u{2019}s", "'s" or "\u{2019}" (the first of those it ends with).
// (on bytes, by the last byte first: most words end in none of them, and the three suffix
// searches each went through the generic pattern code)
#[inline]
fn strip_possessive(w: &str) -> &str {
    const CURLY: &[u8] = "\u{2019}".as_bytes();
    let b = w.as_bytes();
    let cut = match b.last() {
        Some(b's') if b[..b.len() - 1].ends_with(CURLY) => CURLY.len() + 1,
        Some(b's') if b[..b.len() - 1].ends_with(b"'") => 2,
        Some(&x) if x == CURLY[2] && b.ends_with(CURLY) => CURLY.len(),
        _ => 0,
    };
    // (each suffix is whole characters: the cut is on a char boundary)
    &w[..w.len() - cut]
}

/// What the lists say of each word of `words`, possessive stripped (the lookup every
/// check below starts with).
fn infos_of(words: &[&str], out: &mut Vec<Option<&'static WordInfo>>) {
    out.clear();
    out.extend(words.iter().map(|w| LEX.word_lowercased(strip_possessive(w))));
}

/// [`infos_of`] of the words of tokens `s..e`: a plain ASCII word (no possessive, no
/// trailing period) has the key the tokenizer looked up, whose answer it keeps.
fn infos_of_tokens(doc: &Doc, s: usize, e: usize, words: &[&str], out: &mut Vec<Option<&'static WordInfo>>) {
    out.clear();
    out.extend(doc.toks[s..e].iter().zip(words).map(|(t, w)| info_of_token(t, w)));
}

/// [`infos_of_tokens`] of one token `t`, whose text is `w`.
fn info_of_token(t: &Token, w: &str) -> Option<&'static WordInfo> {
    let b = w.as_bytes();
    let plain = !(b.ends_with(b".") || b.ends_with(b"'s")) && w.is_ascii();
    if plain {
        t.info
    } else {
        LEX.word_lowercased(strip_possessive(w))
    }
}

/// A name word: a capital first, or an Arabic particle and a hyphen before one ("al-Sharif").
fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || crate::segment::particle_cap(w.as_bytes())
}

/// Whether token `t` (text `w`) passes the tests `person_like` makes of the last word of a
/// name: a run whose last word fails them holds no person, since its name words run to its end.
fn may_end_a_name(t: &Token, w: &str) -> bool {
    let sw = strip_possessive(w);
    capitalised(sw)
        && !is_org_word(sw)
        && info_of_token(t, w).is_none_or(|i| i.title || (!i.stop && !i.determiner && i.pronoun.is_none()))
}

/// The lower-case words `words[k..k + n]`, possessives stripped, joined by spaces, for each
/// `n` up to `max` (as prefixes of one string): `ends[n - 1]` is the end of the `n`-word one.
fn joined_lower<'b>(words: &[&str], k: usize, max: usize, buf: &'b mut String, ends: &mut Vec<usize>) -> &'b str {
    buf.clear();
    ends.clear();
    for (x, w) in words[k..k + max].iter().enumerate() {
        if x > 0 {
            buf.push(' ');
        }
        let w = strip_possessive(w);
        if w.is_ascii() {
            let at = buf.len();
            buf.push_str(w);
            buf[at..].make_ascii_lowercase();
        } else {
            buf.push_str(&w.to_lowercase());
        }
        ends.push(buf.len());
    }
    buf
}

/// The buffers of [`joined_lower`], reused across the lookups of a document.
type Joined = (String, Vec<usize>);

/// Longest title (possibly several words) starting at word index `k` of `words`.
fn title_at(
    words: &[&str],
    infos: &[Option<&'static WordInfo>],
    k: usize,
    (buf, ends): &mut Joined,
) -> Option<(usize, &'static str)> {
    // most words start no title: one lookup rules them out before any string is built
    if !infos[k].is_some_and(|i| i.title) {
        return None;
    }
    // (a word that starts no longer title is looked up alone: every longer title that a join
    // of it with the next words could be starts with it)
    let max = if infos[k].is_some_and(|i| i.title_longer) {
        LEX.max_title_words.min(words.len() - k)
    } else {
        1
    };
    let all = joined_lower(words, k, max, buf, ends);
    for n in (1..=max).rev() {
        if let Some(t) = LEX.titles.get(&all[..ends[n - 1]]) {
            return Some((n, t.as_str()));
        }
    }
    None
}

/// Longest nationality (adjective or country, possibly two words) starting at word `k`.
fn nationality_at(
    words: &[&str],
    infos: &[Option<&'static WordInfo>],
    k: usize,
    (buf, ends): &mut Joined,
) -> Option<(usize, &'static str)> {
    if !infos[k].is_some_and(|i| i.nationality) {
        return None;
    }
    let max = if infos[k].is_some_and(|i| i.nationality_longer) {
        2.min(words.len() - k)
    } else {
        1
    };
    let all = joined_lower(words, k, max, buf, ends);
    for n in (1..=max).rev() {
        if let Some(adj) = LEX.nationality.get(&all[..ends[n - 1]]) {
            return Some((n, adj.as_str()));
        }
    }
    None
}

/// Split a run of words into (nationality, role, name words). The name is what follows the
/// last title; words before it that are neither title nor nationality are organisation
/// modifiers ("Security Council Secretary"). `infos` are the words' [`infos_of`].
fn analyse(
    words: &[&str],
    infos: &[Option<&'static WordInfo>],
    scratch: &mut Joined,
) -> (Option<&'static str>, Option<&'static str>, usize) {
    let mut nationality = None;
    let mut role = None;
    let mut name_from = 0;
    let mut k = 0;
    while k < words.len() {
        if let Some((n, t)) = title_at(words, infos, k, scratch) {
            // ("Agriculture Minister Dr. Claudia Reiterer": a courtesy title after a role
            // leaves the role)
            if role.is_none() || !is_courtesy_title(t) {
                role = Some(LEX.canonical_role(t));
            }
            k += n;
            name_from = k;
            continue;
        }
        if let Some((n, adj)) = nationality_at(words, infos, k, scratch) {
            if nationality.is_none() {
                nationality = Some(adj);
            }
            k += n;
            if role.is_none() {
                name_from = k;
            }
            continue;
        }
        // "Station Manager Priya Lal", "Chief Meteorologist Rhian Price": a capitalised noun
        // for a person, before two name words or more, is a role like a listed title
        // (a word of the other lists is no such noun unless it is a speaker's noun: the look-up
        // is spared for the rest)
        if words.len() - k >= 3 && infos[k].is_none_or(|i| i.speaker_noun) && capitalised(words[k]) {
            if let Some((&r, _)) = with_lowercase(strip_possessive(words[k]), |w| LEX.person_nouns.get_key_value(w)) {
                role = Some(r);
                k += 1;
                name_from = k;
                continue;
            }
        }
        k += 1;
    }
    (nationality, role, name_from)
}

/// "Dr.", "Mr", "Ms.", "Sir": a title that is part of how a person is addressed, not what
/// they do.
fn is_courtesy_title(t: &str) -> bool {
    matches!(
        t.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "prof" | "sir" | "dame"
    )
}

thread_local! {
    /// An emptied vector of mentions, for the thread's next document.
    static SPARE_MENTIONS: std::cell::Cell<Option<Vec<Mention<'static>>>> = const { std::cell::Cell::new(None) };
}

/// Keep the allocation of `ms` for the thread's next document (not a huge one's).
fn recycle_mentions(mut ms: Vec<Mention<'_>>) {
    if ms.capacity() > 1 << 12 {
        return;
    }
    ms.clear();
    // (an empty vector, collected in place into one of the same layout: the allocation is
    // kept, and the borrow of the text goes with the mentions)
    let ms: Vec<Mention<'static>> = ms.into_iter().map(|_| unreachable!("the vector is empty")).collect();
    let _ = SPARE_MENTIONS.try_with(|c| c.set(Some(ms)));
}

/// People mentioned in the document, in text order.
/// A word in capitals that is no acronym: two letters or more, none lower-case, a vowel
/// among them ("DOYLE", not "BFM" or "TV").
fn is_shouted(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b.iter().all(|c| !c.is_ascii_lowercase())
        && b.iter().any(|c| c.is_ascii_uppercase())
        && b.iter().any(|c| b"AEIOUY".contains(c))
}

/// "PETER DOYLE" as "Peter Doyle", "MCCAIN" as "Mccain": each word's first letter stays a
/// capital, the others are lowered (a name's inner capitals are lost in capitals anyway).
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c == ' ' || c == '-';
    }
    out
}

pub fn mentions<'t>(doc: &Doc<'t>) -> Vec<Mention<'t>> {
    // (room for a typical article's people, so that the vector rarely grows: the thread's
    // previous vector when `resolve` gave it back)
    let mut out: Vec<Mention<'t>> = SPARE_MENTIONS
        .try_with(|c| c.take())
        .ok()
        .flatten()
        .unwrap_or_else(|| Vec::with_capacity(64));
    // (sized for a long name phrase: none of these grows step by step in a document)
    let mut words: Vec<&str> = Vec::with_capacity(16);
    let mut infos = Vec::with_capacity(16);
    let mut scratch: Joined = (String::with_capacity(128), Vec::with_capacity(16));
    let mut name_buf = String::with_capacity(64);
    let (mut app_words, mut app_infos): (Vec<&str>, Vec<_>) = (Vec::with_capacity(8), Vec::with_capacity(8));
    // (a run starts only at one of `doc.heads`: the walk goes from one to the next, which
    // stay in step with the sentences, in text order too)
    let heads = &doc.heads[..];
    let mut h = 0;
    for (si, &(a, b)) in doc.sents.iter().enumerate() {
        // (tokens up to the sentence end as one slice, whose length bounds the walks below:
        // no bounds check per token)
        let toks = &doc.toks[..b];
        let b = toks.len();
        let mut k = a;
        while k < b {
            while heads.get(h).is_some_and(|&x| (x as usize) < k) {
                h += 1;
            }
            match heads.get(h) {
                Some(&x) if (x as usize) < b => k = x as usize,
                _ => break,
            }
            let mut e = k;
            while e < b {
                let u = &toks[e];
                let ok = u.kind == Kind::Word
                    && (u.cap
                        || u.info.is_some_and(|i| i.title)
                        || LEX.is_name_particle_bytes(&doc.text.as_bytes()[u.start..u.end]));
                if !ok {
                    break;
                }
                e += 1;
                // a possessive ends the run: "Russia's", "Putin's" (on bytes: no char-boundary
                // checks for a slice that is a whole word)
                let w = &doc.text.as_bytes()[u.start..u.end];
                if w.ends_with("\u{2019}s".as_bytes()) || w.ends_with(b"'s") {
                    break;
                }
            }
            // drop a sentence-initial function word ("The", "But", "In")
            let mut s = k;
            while s < e
                && doc.toks[s].info().stop
                    | doc.toks[s].info().determiner
                    | doc.toks[s].info().preposition
                    | doc.toks[s].info().adjunct
                && !doc.toks[s].info().title
            {
                s += 1;
            }
            // "Campaigner Lucy Barnes said": a sentence's first word is capitalised whatever it
            // is; a noun for a person there is a description, not part of the name
            if s == a
                && e - s >= 3
                && doc.toks[s].kind == Kind::Word
                && !doc.toks[s].info().title
                && with_lowercase(doc.toks[s].text(doc.text), |w| LEX.person_nouns.contains_key(w))
            {
                s += 1;
            }
            // "Rebecca Lowe SC", "Ann Lee OBE": letters after the name are no part of it
            while e - s > 2 && LEX.post_nominals.contains(doc.toks[e - 1].text(doc.text)) {
                e -= 1;
            }
            // One word is never a person: it is either a title (no name word left after it),
            // or a name word without a role, and `person_like` wants two name words or a role.
            // Most runs are such a word ("Moscow", "Tuesday"): no analysis for them.
            if e - s >= 2 && may_end_a_name(&doc.toks[e - 1], doc.toks[e - 1].text(doc.text)) {
                words.clear();
                words.extend((s..e).map(|x| doc.toks[x].text(doc.text)));
                infos_of_tokens(doc, s, e, &words, &mut infos);
                let (nationality, role, nf) = analyse(&words, &infos, &mut scratch);
                let n = words.len() - nf;
                // (the checks of the name words, in the order of the first version, which
                // took each word with its possessive stripped)
                let person_like = n > 0
                    && n <= 5
                    && words[nf..].iter().enumerate().all(|(x, w)| {
                        let w = strip_possessive(w);
                        (capitalised(w) || x > 0 && x + 1 < n && is_name_particle(w)) && !is_org_word(w)
                    })
                    && infos[nf..]
                        .iter()
                        .all(|i| i.is_none_or(|i| i.title || (!i.stop && !i.determiner && i.pronoun.is_none())))
                    && (role.is_some() || n >= 2);
                if person_like {
                    let gender = words.first().map_or(Gender::Unknown, |w| {
                        // (ASCII case-insensitive equality is lower-casing's here: no other char
                        // lower-cases to these letters)
                        // (British style writes the titles without a period)
                        if ["mr.", "mr", "sir", "lord"].iter().any(|t| w.eq_ignore_ascii_case(t)) {
                            Gender::Male
                        } else if ["mrs.", "ms.", "mrs", "ms", "miss", "dame", "lady", "baroness"]
                            .iter()
                            .any(|t| w.eq_ignore_ascii_case(t))
                        {
                            Gender::Female
                        } else {
                            // (else the given name's, when it has one: "Hillary Clinton")
                            words.get(nf).map_or(Gender::Unknown, |g| {
                                with_lowercase(g, |l| LEX.first_names.get(l).copied()).unwrap_or(Gender::Unknown)
                            })
                        }
                    });
                    let ns = doc.toks[s + nf].start;
                    let ne = doc.toks[e - 1].end;
                    name_buf.clear();
                    for (x, w) in words[nf..].iter().enumerate() {
                        if x > 0 {
                            name_buf.push(' ');
                        }
                        name_buf.push_str(strip_possessive(w));
                    }
                    // "PETER DOYLE:" labelling a transcript's turn: the name in capitals is
                    // written as a name ("Peter Doyle"), so that "Doyle" elsewhere finds it
                    // (an acronym has no vowel: "BFM TV" stays)
                    if name_buf.split(' ').all(is_shouted) {
                        name_buf = title_case(&name_buf);
                    }
                    let written = &doc.text[ns..ne];
                    let mut name = if name_buf == written {
                        Cow::Borrowed(written)
                    } else {
                        Cow::Owned(name_buf.clone())
                    };
                    // "Ms Pryce" after "Laura Pryce": a titled surname is the full name met before
                    // (the first one: "Mr. Trump" after "Donald Trump ... his father, Fred Trump"
                    // is still the man the article introduced first)
                    // (a headline's title-case run, "McCain Challenger Kelli Ward", only when the
                    // body has none)
                    if n == 1 {
                        let fits = |m: &&Mention| {
                            m.name.len() > name.len()
                                && m.name.ends_with(&*name)
                                && m.name.as_bytes()[m.name.len() - name.len() - 1] == b' '
                        };
                        let in_body = |m: &&Mention| !doc.para_chrome[doc.sent_para[m.sentence]];
                        if let Some(m) = out.iter().filter(in_body).find(fits).or_else(|| out.iter().find(fits)) {
                            name = m.name.clone();
                        }
                    }
                    // "De la Cruz said" after "Maria de la Cruz": a surname with its particles
                    if LEX.is_name_particle_any_case(strip_possessive(words[nf])) {
                        let tail = name.to_lowercase();
                        if let Some(m) = out.iter().rev().find(|m: &&Mention| {
                            m.name.len() > tail.len() && m.name.to_lowercase().ends_with(&format!(" {tail}"))
                        }) {
                            name = m.name.clone();
                        }
                    }
                    // "Angela Marsh, the housing secretary, said": a role in the apposition is
                    // hers too, so that "the housing secretary" later resolves to her
                    let titled = role.is_some();
                    let role = role.or_else(|| {
                        let c = e;
                        if !(c + 2 < b && doc.toks[c].is_punct(doc.text, ',')) {
                            return None;
                        }
                        // (the definite article: "a spokesman for ..." names a kind of role
                        // that others share)
                        if !doc.toks[c + 1].text(doc.text).eq_ignore_ascii_case("the") {
                            return None;
                        }
                        let end = (c + 2..b.min(c + 10))
                            .find(|&x| doc.toks[x].kind != Kind::Word)
                            .filter(|&x| doc.toks[x].is_punct(doc.text, ',') || doc.toks[x].is_punct(doc.text, '.'))?;
                        app_words.clear();
                        app_words.extend((c + 2..end).map(|x| doc.toks[x].text(doc.text)));
                        infos_of_tokens(doc, c + 2, end, &app_words, &mut app_infos);
                        let (_, r, _) = analyse(&app_words, &app_infos, &mut scratch);
                        r
                    });
                    out.push(Mention {
                        words: word_bits(&name),
                        name,
                        span: Span::new(ns, ne),
                        role_after: !titled && role.is_some(),
                        role,
                        nationality,
                        gender,
                        sentence: si,
                    });
                }
            }
            k = e.max(k + 1);
        }
    }
    // a surname alone ("Greaves laughed") mentions the full name it belongs to; one pass in
    // text order with a map of the surnames seen so far keeps this linear in long articles
    let mut surnames = Vec::new();
    // (sized once for every full name: no regrowing and rehashing as they are added)
    let mut by_surname: FxMap<&str, usize> = FxMap::with_capacity_and_hasher(out.len(), Default::default());
    // a one-word Bloom filter of the map's surnames (by length and first and last byte), so
    // that most capitalised words are ruled out without hashing
    let mut surname_bits = 0u64;
    let mut next = 0;
    // (the sentences hold every token, in order: the tokens are walked directly; and
    // without a full name there is no surname to find, nor before the first one ends, where
    // the map is still empty)
    let all = match out.first() {
        None => &[][..],
        Some(m) => &heads[heads.partition_point(|&x| doc.toks[x as usize].start < m.span.end)..],
    };
    {
        // (a capitalised word is one of `heads`: only those are walked)
        for t in all.iter().map(|&x| &doc.toks[x as usize]) {
            // (the map is only read at these tokens, and positions only grow: it is brought up
            // to date here rather than at every token)
            if t.kind != Kind::Word || !t.cap || t.info.is_some() {
                continue;
            }
            while next < out.len() && out[next].span.end <= t.start {
                // the word after the last space, if there is one
                let name: &str = &out[next].name;
                if let Some(sp) = memchr::memrchr(b' ', name.as_bytes()) {
                    let surname = &name[sp + 1..];
                    surname_bits |= word_bit(surname.as_bytes());
                    by_surname.insert(surname, next);
                }
                next += 1;
            }
            let inside = next < out.len() && out[next].span.start <= t.start;
            // (no hashing where the answer is not wanted)
            if inside || by_surname.is_empty() {
                continue;
            }
            let w = strip_possessive(t.text(doc.text));
            let mut found = (surname_bits & word_bit(w.as_bytes()) != 0)
                .then(|| by_surname.get(w).copied())
                .flatten();
            // ("TAPPER:" after "JAKE TAPPER": the full name is held title-cased)
            if found.is_none() && w.len() > 1 && w.as_bytes()[1].is_ascii_uppercase() && is_shouted(w) {
                let cased = title_case(w);
                if surname_bits & word_bit(cased.as_bytes()) != 0 {
                    found = by_surname.get(cased.as_str()).copied();
                }
            }
            if let Some(mi) = found {
                let m = &out[mi];
                surnames.push(Mention {
                    name: m.name.clone(),
                    span: Span::new(t.start, t.end),
                    role: m.role,
                    role_after: m.role_after,
                    nationality: m.nationality,
                    gender: m.gender,
                    sentence: m.sentence,
                    words: m.words,
                });
            }
        }
    }
    out.extend(surnames);
    out.sort_by_key(|m| m.span.start);
    // "his Russian counterpart Sergei Lavrov": a counterpart holds the office of the person
    // he is the counterpart of, the nearest titled person before him in the sentence
    for i in 0..out.len() {
        if out[i].role == Some("counterpart") {
            let inherited = out[..i]
                .iter()
                .rev()
                .take_while(|m| m.sentence == out[i].sentence)
                .find_map(|m| m.role.filter(|&r| r != "counterpart"));
            out[i].role = inherited;
        }
    }
    out
}

/// Fill `speaker_name` of every attribution.
pub fn resolve(doc: &Doc, attrs: &mut [Attribution]) {
    if attrs.is_empty() {
        return;
    }
    let ms = mentions(doc);
    // attributions in the order their speakers appear, so pronouns look back correctly
    let mut order: Vec<usize> = (0..attrs.len()).collect();
    order.sort_by_key(|&i| {
        attrs[i]
            .speaker
            .map(|s| s.start)
            .or(attrs[i].cue.map(|c| c.start))
            .unwrap_or(usize::MAX)
    });
    // (where each speaker was, and which attribution holds the name given them)
    let mut history: Vec<(usize, usize, Gender)> = Vec::with_capacity(attrs.len());
    let mut scratch = Scratch::new();
    for &i in &order {
        let name = match (attrs[i].speaker, attrs[i].speaker_from) {
            (Some(sp), _) => resolve_one(doc, window(&ms, sp.start), sp, &history, attrs, &mut scratch),
            (None, Some(j)) => attrs.get(j).and_then(|x| x.speaker_name.clone()),
            _ => None,
        };
        if let (Some(n), Some(sp)) = (&name, attrs[i].speaker) {
            // (as lower-casing would: no other char lower-cases to these letters)
            let t = sp.slice(doc.text);
            let pronoun = if t.eq_ignore_ascii_case("he") {
                Some(Gender::Male)
            } else if t.eq_ignore_ascii_case("she") {
                Some(Gender::Female)
            } else {
                None
            };
            let g = match pronoun {
                Some(g) => g,
                None => window(&ms, sp.start)
                    .iter()
                    .find(|m| m.name == n.as_str())
                    .map(|m| m.gender)
                    .unwrap_or(Gender::Unknown),
            };
            history.push((sp.start, i, g));
        } else if let (None, Some(sp)) = (&name, attrs[i].speaker) {
            // `A spokesman for the ministry said ... "...," he added`: an unnamed person is the
            // one a later pronoun means, not someone named before them
            if let Some(g) = unnamed_person(sp.slice(doc.text)) {
                history.push((sp.start, i, g));
            }
        }
        attrs[i].speaker_name = name;
    }
    recycle_mentions(ms);
}

/// Speaker phrase `text` names no one but stands for one person: the last noun for a person
/// before its first preposition or comma ("A spokesman for the CBI", "The prime minister's
/// official spokesman", "A source close to the talks"). Returns that noun's gender.
fn unnamed_person(text: &str) -> Option<Gender> {
    // (only a phrase that brings in someone new, "a spokesman", "his brother": a definite one,
    // "the Vermont senator", points back to a person already named)
    let first = text.split_whitespace().next().unwrap_or("");
    if !["a", "an", "one", "another", "his", "her", "their", "its"]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d))
    {
        return None;
    }
    let mut found = None;
    for w in text.split_whitespace() {
        let bare = w.trim_end_matches(',');
        let stripped = strip_possessive(bare);
        // (lower-cased on the stack: no allocation per word)
        let stop = stripped.is_ascii()
            && crate::segment::with_lowercase(stripped, |lower| {
                if let Some(&g) = LEX.person_nouns.get(lower) {
                    found = Some(g);
                }
                LEX.word_lowercased(lower).is_some_and(|i| i.preposition) || matches!(lower, "to" | "with")
            });
        if stop {
            break;
        }
        if bare.len() < w.len() {
            break;
        }
    }
    found
}

/// The mentions around byte `pos`: resolution looks no further than a few thousand names
/// either way, so that a huge "article" (a log file, a transcript) stays linear.
fn window<'m, 't>(ms: &'m [Mention<'t>], pos: usize) -> &'m [Mention<'t>] {
    const W: usize = 2000;
    let idx = ms.partition_point(|m| m.span.start < pos);
    &ms[idx.saturating_sub(W)..(idx + W).min(ms.len())]
}

/// Whether mention `m`, named after the latest speaker, takes their place as the one a
/// pronoun of gender `want` means: a name of that gender, or one that is no place or addressee
/// ("recorded at Berry Head", "a new job in Elmira Township", "told Bayerischer Rundfunk":
/// a name of unknown gender after a preposition or "told" is not who "she" is).
fn in_view(doc: &Doc, m: &Mention, want: Gender) -> bool {
    if m.gender == want {
        return true;
    }
    // (the word before the name, or before its article: "in the Middle East")
    let mut before = doc.text[..m.span.start].split_whitespace().rev();
    let last = match before.next().unwrap_or("") {
        "the" | "The" => before.next().unwrap_or(""),
        w => w,
    };
    !(last == "told" || LEX.word_lowercased(last).is_some_and(|i| i.preposition))
}

fn compatible(g: Gender, want: Gender) -> bool {
    g == Gender::Unknown || want == Gender::Unknown || g == want
}

/// The buffers of [`resolve_one`], kept across the attributions of a document rather than
/// allocated for each.
struct Scratch<'t> {
    words: Vec<&'t str>,
    infos: Vec<Option<&'static WordInfo>>,
    joined: Joined,
    rest: Vec<&'t str>,
    caps: Vec<&'t str>,
}

impl Scratch<'_> {
    /// Sized for a long speaker phrase: none of the buffers grows step by step.
    fn new() -> Self {
        Scratch {
            words: Vec::with_capacity(16),
            infos: Vec::with_capacity(16),
            joined: (String::with_capacity(128), Vec::with_capacity(16)),
            rest: Vec::with_capacity(16),
            caps: Vec::with_capacity(16),
        }
    }
}

/// The first item that is `exact`, else the first item at all (walked, not collected).
fn exact_or_first<'a, 'b>(
    it: &mut impl Iterator<Item = &'a Mention<'b>>,
    exact: impl Fn(&&'a Mention<'b>) -> bool,
) -> Option<&'a Mention<'b>> {
    let first = it.next()?;
    if exact(&first) {
        return Some(first);
    }
    it.find(|m| exact(m)).or(Some(first))
}

fn resolve_one<'t>(
    doc: &Doc<'t>,
    ms: &[Mention],
    sp: Span,
    history: &[(usize, usize, Gender)],
    attrs: &[Attribution],
    scratch: &mut Scratch<'t>,
) -> Option<String> {
    let text = sp.slice(doc.text);
    // Mentions are in text order and never empty: every one that ends by the phrase's start
    // is in `ms[..before]`, and the searches below that want those start there rather than
    // at the end of the window.
    let before = ms.partition_point(|m| m.span.start < sp.start);
    let pronoun = LEX.pronoun(text).map(|(p, k)| (p, k == "who"));
    if let Some((p, who)) = pronoun {
        if who {
            // the person the relative clause hangs on: the nearest name before it
            return ms[..before]
                .iter()
                .rev()
                .find(|m| m.span.end <= sp.start && sp.start - m.span.end < 80)
                .map(|m| m.name.to_string());
        }
        if p.plural || p.gender == Gender::Unknown || p.gender == Gender::Neuter {
            return None;
        }
        let from_history = history
            .iter()
            .rev()
            .find(|(pos, _, g)| *pos < sp.start && compatible(*g, p.gender));
        // (a byline or a photo credit is nobody a pronoun points back to)
        let from_mentions = ms[..before].iter().rev().find(|m| {
            m.span.end <= sp.start && compatible(m.gender, p.gender) && !doc.para_chrome[doc.sent_para[m.sentence]]
        });
        // the person last in view: the latest speaker, unless someone was named after them
        // ("Greaves laughed. ... he said")
        return match (from_history, from_mentions) {
            (Some(h), Some(m)) if m.span.start > h.0 && in_view(doc, m, p.gender) => Some(m.name.to_string()),
            (Some(h), _) => attrs[h.1].speaker_name.clone(),
            (None, Some(m)) => Some(m.name.to_string()),
            _ => None,
        };
    }
    // ("Nobody", "I'd": no one in particular; after the pronouns, the commonest speakers)
    // (each entry ends in "one", "body" or a contraction: other phrases skip the look-up)
    if text.len() <= 12
        && {
            let t = text.as_bytes();
            let ends = |w: &[u8]| t.len() >= w.len() && t[t.len() - w.len()..].eq_ignore_ascii_case(w);
            ends(b"one") || ends(b"body") || text.contains(['\'', '\u{2019}'])
        }
        && with_lowercase(text, |l| {
            // (a curly apostrophe is rare: the copy is made only for it)
            if l.contains('\u{2019}') {
                LEX.no_name_words.contains(l.replace('\u{2019}', "'").as_str())
            } else {
                LEX.no_name_words.contains(l)
            }
        })
    {
        return None;
    }
    // two people ("Smith and Jones", "Both Bell and Cruz"): no one name is theirs
    // (`text.split(',').next()`, by a byte search: the char searcher costs more)
    // (also before a dash or a parenthesis: "Joyce — who is listed as ... —")
    let head_len = memchr::memchr3(b',', b'(', 0xE2, text.as_bytes())
        .filter(|&k| text.as_bytes()[k] != 0xE2 || text[k..].starts_with(['\u{2014}', '\u{2013}']))
        .unwrap_or(text.len());
    let head = text[..head_len].trim_end();
    // (a word "and" or "&" needs those bytes somewhere: a byte search rules out most phrases
    // before they are split into words)
    let hb = head.as_bytes();
    let may_pair = hb.contains(&b'&') || memchr::memchr_iter(b'a', hb).any(|k| hb[k..].starts_with(b"and"));
    if may_pair && head.split_whitespace().any(|w| matches!(w, "and" | "&")) {
        return None;
    }
    // a name written inside the speaker phrase
    // (the name of the speaker, not of something the phrase mentions: "economists polled by
    // Example Wire" is not Example Wire, but "A Coast Guard spokesman, Lt. Marcus Bell" is Bell)
    let heads_phrase = |m: &&Mention| {
        let before = &doc.text[sp.start..m.span.start];
        // "9/11 widow Terry Strada", "retired teacher Ann Lee": a name closing the phrase,
        // with no preposition before it, is what the words before it describe
        // (a party tag after it changes nothing: "rival Sen. Marco Rubio (R-Fla.)")
        let after = doc.text[m.span.end..sp.end].trim();
        // (and letters after the name: "Defence barrister Rebecca Lowe SC")
        let closes = (after.is_empty()
            || after.starts_with('(') && after.ends_with(')')
            || after.len() <= 8 && after.split_whitespace().all(|w| LEX.post_nominals.contains(w)))
            && before.split_whitespace().all(|w| {
                LEX.word_lowercased(w)
                    .is_none_or(|i| !i.preposition && !i.stop && i.pronoun.is_none())
            });
        closes
            || before.contains(',')
            || before.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || LEX
                        .word_lowercased(w)
                        .is_some_and(|i| i.title || i.determiner || i.nationality)
            })
    };
    // (those inside the phrase are one run of mentions, from `before`)
    // (walked, not collected: no vector per speaker phrase)
    let mut inside = ms[before..]
        .iter()
        .take_while(|m| m.span.start <= sp.end)
        // (a full name written there: not a titled surname that stands for one, "Mr. Rubio's
        // supporters", "Ms. Merkel's spokesman, Steffen Seibert")
        .filter(|m| {
            m.span.end <= sp.end
                && m.name.contains(' ')
                && (m.span.slice(doc.text).contains(' ') || m.span.end == sp.end)
        })
        .filter(heads_phrase);
    // "A Coast Guard spokesman, Lt. Marcus Bell": when the phrase does not open with a name,
    // a titled person named in it is the speaker rather than an organisation before it
    let opens_with_name = |m: &Mention| {
        doc.text[sp.start..m.span.start].split_whitespace().all(|w| {
            LEX.word_lowercased(w)
                .is_some_and(|i| i.title || i.determiner || i.nationality)
        })
    };
    // "Christie, New Jersey's governor", "Clinton, 35, the daughter of Bill Clinton": a name
    // (or a titled surname) that is the whole head before the comma is the speaker, whoever
    // the apposition mentions
    let head_end = sp.start + head.len();
    if head_end < sp.end {
        let closes_head = ms[before..]
            .iter()
            .take_while(|m| m.span.start < head_end)
            .find(|m| m.span.end <= head_end && doc.text[m.span.end..head_end].trim().is_empty() && opens_with_name(m));
        if let Some(m) = closes_head {
            // (a surname before its full name is written: "Mr Hollis, the shadow secretary,
            // said ... said Daniel Hollis")
            if !m.name.contains(' ') {
                return by_surname(ms, &[&m.name], sp.start).or_else(|| Some(m.name.to_string()));
            }
            return Some(m.name.to_string());
        }
    }
    // ("Al Jazeera's Hiba Morgan": the owner is not the speaker when a name follows it)
    let owner = |m: &Mention| {
        let w = m.span.slice(doc.text);
        w.ends_with("'s") || w.ends_with("\u{2019}s")
    };
    let pick = match inside.next() {
        Some(m) if owner(m) => inside.next().or(Some(m)),
        Some(m) if opens_with_name(m) || m.role.is_some() => Some(m),
        Some(first) => inside.find(|m| m.role.is_some()).or(Some(first)),
        None => None,
    };
    if let Some(m) = pick {
        return Some(m.name.to_string());
    }
    let Scratch {
        words,
        infos,
        joined,
        rest,
        caps,
    } = scratch;
    // (the head before a comma: an apposition after it, "Mr. Hill, 54," or "Reeves, the
    // chancellor,", adds words that are no part of the name; a name inside it was found above)
    words.clear();
    words.extend(
        head.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty()),
    );
    infos_of(words, infos);
    let (nationality, role, nf) = analyse(words, infos, joined);
    // "the manager": a noun for a person that a role of "Station Manager Priya Lal" names
    let role = role.or_else(|| match words.as_slice() {
        [d, w] if d.eq_ignore_ascii_case("the") => {
            with_lowercase(w, |l| LEX.person_nouns.get_key_value(l).map(|(&k, _)| k))
        }
        _ => None,
    });
    rest.clear();
    // (`infos` holds the lookup of each word, possessive stripped: not made again here)
    rest.extend(
        words[nf..]
            .iter()
            .zip(&infos[nf..])
            // ("Obama himself")
            .filter(|(w, i)| {
                !i.is_some_and(|i| i.determiner || i.stop || i.pronoun.is_some())
                    && !matches!(**w, "himself" | "herself" | "themselves" | "itself")
            })
            .map(|(w, _)| strip_possessive(w)),
    );
    let rest = &rest[..];
    // a surname, maybe after a title: "Wang", "Mr. Trump", "Sen. Cruz"
    caps.clear();
    caps.extend(rest.iter().copied().filter(|w| capitalised(w)));
    let caps = &caps[..];
    if !caps.is_empty() && caps.len() == rest.len() && caps.len() <= 3 {
        if let Some(full) = by_surname(ms, caps, sp.start) {
            return Some(full);
        }
        // "TAPPER:" in a transcript, after "JAKE TAPPER" (held title-cased)
        if caps.iter().any(|w| is_shouted(w)) {
            let cased: Vec<String> = caps.iter().map(|w| title_case(w)).collect();
            let cased: Vec<&str> = cased.iter().map(String::as_str).collect();
            if let Some(full) = by_surname(ms, &cased, sp.start) {
                return Some(full);
            }
        }
        if caps.len() >= 2
            || role.is_some()
            // a lone surname ("Lee said") is a name unless a word list knows it ("Officials");
            // before an apposition it must be a name found elsewhere ("Proponents, including
            // ...", "N.C., who was polled": a plural or a place is no person)
            || described(text, head) && caps.iter().all(|w| !is_org_word(w) && LEX.word_lowercased(w).is_none())
        {
            // "The Canadian Dental Association": a nationality adjective (not "Russia's")
            // written as the first word of an organisation's name is part of that name
            if role.is_none() && nf > 0 && caps.iter().any(|w| is_org_word(w)) {
                let lead = &words[..nf];
                let det = |k: usize| infos[k].is_some_and(|i| i.determiner || i.stop);
                if let Some(k) = (0..nf).find(|&k| capitalised(lead[k]) && !det(k)) {
                    if lead[k..]
                        .iter()
                        .all(|w| capitalised(w) && !w.ends_with("'s") && !w.ends_with("\u{2019}s"))
                    {
                        return Some(lead[k..].iter().chain(caps).copied().collect::<Vec<_>>().join(" "));
                    }
                }
            }
            return Some(caps.join(" "));
        }
        return None;
    }
    // a role: "Russia's Foreign Minister", "China's top diplomat", "the senator" (not "a
    // spokesman", "one official": an indefinite phrase brings in someone not named)
    let indefinite = words
        .first()
        .is_some_and(|w| ["a", "an", "one", "another"].iter().any(|d| w.eq_ignore_ascii_case(d)));
    if let Some(r) = role.filter(|&r| r != "counterpart" && !indefinite) {
        // (a titled person first; one described by an apposition only when none fits)
        let any_titled = ms.iter().any(|m| m.role == Some(r) && !m.role_after);
        // ("the minister" is the foreign minister when no one else is a minister; a role
        // of one word fits any role of which it is the head)
        let any_exact = ms.iter().any(|m| m.role == Some(r));
        let head_of = |mr: &str| !any_exact && !r.contains(' ') && mr.strip_suffix(r).is_some_and(|x| x.ends_with(' '));
        let any_titled = any_titled || ms.iter().any(|m| m.role.is_some_and(head_of) && !m.role_after);
        let fits = |m: &&Mention| {
            (m.role == Some(r) || m.role.is_some_and(head_of))
                && (!any_titled || !m.role_after)
                && nationality.is_none_or(|n| m.nationality.is_none_or(|mn| mn == n))
        };
        let exact = |m: &&Mention| nationality.is_some() && m.nationality == nationality;
        // the latest fitting one before with the same nationality, else the latest; then
        // the same after (walked, not collected)
        let mut earlier = ms[..before]
            .iter()
            .rev()
            .filter(|m| m.span.end <= sp.start)
            .filter(fits);
        if let Some(m) = exact_or_first(&mut earlier, exact) {
            return Some(m.name.to_string());
        }
        let after_start = ms.partition_point(|m| m.span.start < sp.end);
        let mut after = ms[after_start..].iter().filter(fits);
        if let Some(m) = exact_or_first(&mut after, exact) {
            return Some(m.name.to_string());
        }
    }
    None
}

/// Speaker phrase `text` is its `head` alone, or the head and a description of a person
/// after its comma: an age ("Brad, 39") or a noun phrase ("Purcell, a Republican").
fn described(text: &str, head: &str) -> bool {
    let Some(after) = text.get(head.len() + 1..) else {
        return true;
    };
    let first = after.split_whitespace().next().unwrap_or("");
    matches!(first, "a" | "an" | "the") || first.bytes().all(|b| b.is_ascii_digit()) && !first.is_empty()
}

/// The full name whose words include all of `caps` (a surname or given name): the latest one
/// before `pos`, else the first after it.
fn by_surname(ms: &[Mention], caps: &[&str], pos: usize) -> Option<String> {
    // (no word list built per mention: this runs over every mention in the window)
    // (on bytes: splitting a str on a char goes through the generic char searcher)
    // (a name without one of these bits lacks one of the words: most are ruled out by it)
    let need = caps.iter().fold(0, |acc, c| acc | word_bit(c.as_bytes()));
    let fits = |m: &&Mention| {
        let name = m.name.as_bytes();
        m.words & need == need
            // `split(' ').nth(n)` exists when there are at least n spaces
            && (caps.is_empty() || name.iter().filter(|&&b| b == b' ').nth(caps.len() - 1).is_some())
            && caps
                .iter()
                .all(|c| name.split(|&b| b == b' ').any(|w| w == c.as_bytes()))
    };
    // (mentions are in text order: those before `pos` are one run of them)
    let (before, after) = ms.split_at(ms.partition_point(|m| m.span.start < pos));
    before
        .iter()
        .rfind(fits)
        .or_else(|| after.iter().find(fits))
        .map(|m| m.name.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn strip_possessive_is_the_suffix_strips_it_replaces() {
        let slow = |w: &'static str| -> &'static str {
            w.strip_suffix("\u{2019}s")
                .or_else(|| w.strip_suffix("'s"))
                .or_else(|| w.strip_suffix('\u{2019}'))
                .unwrap_or(w)
        };
        for w in [
            "",
            "s",
            "'s",
            "\u{2019}",
            "\u{2019}s",
            "Putin\u{2019}s",
            "Putin's",
            "workers\u{2019}",
            "boss",
            "its",
            "\u{2019}\u{2019}s",
            "a\u{2019}s\u{2019}",
            "x's's",
            "\u{2018}",
            "\u{99}",
            "\u{2019}x",
            "'",
            "s's",
        ] {
            assert_eq!(strip_possessive(w), slow(w), "{w:?}");
        }
    }

    use super::*;
    use crate::attribute::attribute;

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let mut at = attribute(&doc);
        resolve(&doc, &mut at);
        at.into_iter()
            .map(|a| {
                (
                    a.speaker.map(|s| s.slice(text).to_string()).unwrap_or_default(),
                    a.speaker_name,
                )
            })
            .collect()
    }

    #[test]
    fn a_name_closing_a_described_speaker_is_the_name() {
        let r = names(
            "The day was long.\n\n\"It is wrong,\" said 9/11 widow Jane Roe. \"No,\" said retired teacher Ann Lee.",
        );
        assert_eq!(r[0], ("9/11 widow Jane Roe".into(), Some("Jane Roe".into())), "{r:?}");
        assert_eq!(
            r[1],
            ("retired teacher Ann Lee".into(), Some("Ann Lee".into())),
            "{r:?}"
        );
        // a name after a preposition is not the speaker's
        let r = names("The day was long.\n\n\"Yes,\" said economists polled by Example Wire.");
        assert_eq!(r[0], ("economists polled by Example Wire".into(), None), "{r:?}");
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let r = names("Foreign Minister Wang Yi arrived in Moscow.\n\nThe talks went well, Wang said. He added that more would follow.");
        assert_eq!(r[0], ("Wang".into(), Some("Wang Yi".into())));
        assert_eq!(r[1], ("He".into(), Some("Wang Yi".into())));
    }

    #[test]
    fn names_with_lower_case_particles() {
        let r = names("Maria de la Cruz, a nurse, said the ward was full. De la Cruz said staff were tired.");
        assert_eq!(r[0].1.as_deref(), Some("Maria de la Cruz"));
        assert_eq!(r[1].1.as_deref(), Some("Maria de la Cruz"));
        let r = names("Pieter van der Berg said the budget was balanced. Berg added that he was pleased.");
        assert_eq!(r[0].1.as_deref(), Some("Pieter van der Berg"));
        assert_eq!(r[1].1.as_deref(), Some("Pieter van der Berg"));
    }

    #[test]
    fn an_apposition_after_a_surname_leaves_the_surname_to_resolve() {
        let r = names("Ann Lowe said the bridge was safe. Ms. Lowe, 54, added that it would reopen in May.");
        assert_eq!(r[1].1.as_deref(), Some("Ann Lowe"), "{r:?}");
        let r = names("Ann Lowe said the bridge was safe. Lowe, the city engineer, added that it would reopen.");
        assert_eq!(r[1].1.as_deref(), Some("Ann Lowe"), "{r:?}");
        // a lone word described as a person is a surname met nowhere else
        let r = names("Brady, a retired welder, said the plant should stay open.");
        assert_eq!(r[0].1.as_deref(), Some("Brady"), "{r:?}");
        // but a plural or a place before a comma is no name
        let r = names("Opponents, including two council members, said the vote was rushed.");
        assert_eq!(r[0].1, None, "{r:?}");
    }

    #[test]
    fn a_pronoun_skips_a_name_of_the_other_gender() {
        let r = names(concat!(
            "Bernie Sanders met Hillary Clinton on Monday.\n\n",
            "\"We agreed on nothing,\" he said."
        ));
        assert_eq!(r[0].1.as_deref(), Some("Bernie Sanders"), "{r:?}");
        let r = names(concat!(
            "Mary Lee said the plan was late. John Park, her deputy, agreed.\n\n",
            "\"It is late,\" she said."
        ));
        assert_eq!(r.last().and_then(|x| x.1.as_deref()), Some("Mary Lee"), "{r:?}");
        // and a place after "in the" is nobody's
        let r = names(concat!(
            "Ann Reyes said the talks would go on. She spoke of peace in the Middle East.\n\n",
            "\"It can be done,\" she said."
        ));
        assert_eq!(r.last().and_then(|x| x.1.as_deref()), Some("Ann Reyes"), "{r:?}");
    }

    #[test]
    fn honorifics_are_no_part_of_the_name() {
        let r = names(concat!(
            "Its director, Barr. Ngozi Eze, said the review was needed. ",
            "Hon. Musa Kida said the bill would pass. Alhaji Bello Umar said it would not."
        ));
        let got: Vec<_> = r.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(got, [Some("Ngozi Eze"), Some("Musa Kida"), Some("Bello Umar")], "{r:?}");
    }

    #[test]
    fn a_capitalised_noun_for_a_person_before_a_name_is_a_role() {
        let r = names("The water was cold, Station Manager Priya Lal said. \"Stay out,\" the manager said.");
        assert_eq!(r[0].1.as_deref(), Some("Priya Lal"), "{r:?}");
        assert_eq!(r[1].1.as_deref(), Some("Priya Lal"), "{r:?}");
        // not before a single word: a surname that is a trade stays ("Isaac Singer")
        let r = names("Isaac Singer said the machine was ready.");
        assert_eq!(r[0].1.as_deref(), Some("Isaac Singer"), "{r:?}");
    }

    #[test]
    fn a_one_word_role_resolves_to_the_head_of_a_longer_one() {
        let r = names("Foreign Minister Ana Ruiz spoke on Monday. \"We will not wait,\" the minister said.");
        assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"), "{r:?}");
        // a courtesy title after the role leaves the role
        let r = names("Farm Minister Dr. Ana Ruiz spoke on Monday. \"We will not wait,\" the minister said.");
        assert_eq!(r[0].1.as_deref(), Some("Ana Ruiz"), "{r:?}");
        // an exact role wins over a longer one
        let r = names(concat!(
            "Minister Paul Otto and Foreign Minister Ana Ruiz met on Monday. ",
            "\"We will not wait,\" the minister said."
        ));
        assert_eq!(r[0].1.as_deref(), Some("Paul Otto"), "{r:?}");
    }

    #[test]
    fn a_place_named_after_the_speaker_does_not_take_their_pronoun() {
        let r = names(concat!(
            "Rhian Price said gusts of 90mph had been recorded at Berry Head.\n\n",
            "\"It deepened quickly,\" she said."
        ));
        assert_eq!(r[1].1.as_deref(), Some("Rhian Price"), "{r:?}");
        // someone named as a subject after the speaker still does
        let r = names(concat!(
            "Rhian Price said the storm was moving east. Tom Greaves laughed.\n\n",
            "\"It is not over,\" he said."
        ));
        assert_eq!(r[1].1.as_deref(), Some("Tom Greaves"), "{r:?}");
    }

    #[test]
    fn a_pronoun_after_a_new_unnamed_speaker_stays_unnamed() {
        let r = names(concat!(
            "Olivia Hart said the plan was late.\n\n",
            "A spokesman for the employers said firms wanted stability. \"We need a plan,\" he added."
        ));
        assert_eq!(r[2], ("he".into(), None), "{r:?}");
        // a definite description points back to someone named: the pronoun still resolves
        let r = names("Olivia Hart said the plan was late. The senator said it was costly. \"It is,\" she added.");
        assert_eq!(r[2].1.as_deref(), Some("Olivia Hart"), "{r:?}");
    }

    #[test]
    fn a_role_in_an_apposition_resolves_a_later_definite_description() {
        let r = names(concat!(
            "Angela Marsh, the housing secretary, said the plan was late.\n\n",
            "The housing secretary added that it was costly."
        ));
        assert_eq!(r[1].1.as_deref(), Some("Angela Marsh"), "{r:?}");
        // a titled person wins over one described by an apposition
        let r = names(concat!(
            "President Ivan Petrov spoke for hours. He defended Karl Lutz, the president of the ",
            "football federation.\n\n\"We are friends,\" the president said."
        ));
        assert_eq!(r.last().and_then(|x| x.1.as_deref()), Some("Ivan Petrov"), "{r:?}");
        // an indefinite phrase brings in someone new
        let r = names("Jane Roe, the city's spokeswoman, spoke first. A spokeswoman for the union said talks failed.");
        assert_eq!(r.last().map(|x| x.1.clone()), Some(None), "{r:?}");
    }

    #[test]
    fn a_byline_is_no_antecedent() {
        let r = names("By Rebecca Hale\n\nThe minister arrived late. \"We are ready,\" he said.");
        assert_eq!(r[0], ("he".into(), None), "{r:?}");
    }

    #[test]
    fn a_person_noun_opening_the_sentence_is_no_part_of_the_name() {
        let r = names("Campaigner Lucy Barnes, who lives nearby, said residents felt ignored.");
        assert_eq!(r[0].1.as_deref(), Some("Lucy Barnes"), "{r:?}");
        // a title stays, and a later "the president" finds its holder by it
        let r = names("President Ann Cole said the bill was signed. The president said it would help.");
        assert_eq!(r[0].1.as_deref(), Some("Ann Cole"), "{r:?}");
        assert_eq!(r[1].1.as_deref(), Some("Ann Cole"), "{r:?}");
    }

    #[test]
    fn abbreviated_ranks_company_officers_and_letters_after_a_name_are_no_part_of_it() {
        for (text, name) in [
            ("Chief Supt Derek Nyhan said the road was closed.", "Derek Nyhan"),
            ("Det Insp Ruth Quinn said two men were arrested.", "Ruth Quinn"),
            (
                "Councilmember Nora Whitfield said she would push for a study.",
                "Nora Whitfield",
            ),
            (
                "Chief Executive Officer Linda Marchetti said sales fell.",
                "Linda Marchetti",
            ),
            (
                "Defence barrister Rebecca Lowe SC said her client was sorry.",
                "Rebecca Lowe",
            ),
            ("Singer Kaya Monroe said the tour was over.", "Kaya Monroe"),
            (
                "Local Green councillor Aoife Byrne said residents were shaken.",
                "Aoife Byrne",
            ),
        ] {
            let r = names(text);
            assert_eq!(r[0].1.as_deref(), Some(name), "{text}: {r:?}");
        }
        // a surname later finds the name without its letters
        let r = names("Rebecca Lowe SC said the fine was fair. Ms Lowe said her client would pay.");
        assert_eq!(r[1].1.as_deref(), Some("Rebecca Lowe"), "{r:?}");
    }

    #[test]
    fn a_nationality_opening_an_organisations_name_is_part_of_it() {
        for (text, name) in [
            (
                "The Canadian Dental Association said the plan was rushed.",
                "Canadian Dental Association",
            ),
            (
                "The Australian Football League said the season would start.",
                "Australian Football League",
            ),
            // a country's possessive is no part of the name; a person keeps only the name
            (
                "Russia's Defense Ministry said the strike hit its target.",
                "Defense Ministry",
            ),
            (
                "French President Emmanuel Macron said the plan was rushed.",
                "Emmanuel Macron",
            ),
        ] {
            let r = names(text);
            assert_eq!(r[0].1.as_deref(), Some(name), "{text}: {r:?}");
        }
    }

    #[test]
    fn a_name_after_an_owners_possessive_is_the_speaker() {
        let r = names("Al Jazeera's Hiba Morgan said the city was calm. She said the roads were open.");
        let got: Vec<Option<&str>> = r.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(got, [Some("Hiba Morgan"), Some("Hiba Morgan")], "{r:?}");
    }

    #[test]
    fn a_speaker_that_names_no_one_has_no_name() {
        for text in [
            "Nobody wants to go back to the old system.",
            "I\u{2019}d say the plan is the same.",
            "Someone said the doors were locked.",
        ] {
            let r = names(text);
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            assert_eq!(r[0].1, None, "{text}: {r:?}");
        }
    }

    #[test]
    fn a_surname_with_a_lower_case_arabic_particle_is_a_name() {
        let r = names(concat!(
            "\"We have nothing left,\" said Layla el-Masri, a nurse. ",
            "Ahmed al-Sharif said the talks had failed. \"It is over,\" el-Masri said."
        ));
        let got: Vec<Option<&str>> = r.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            got,
            [Some("Layla el-Masri"), Some("Ahmed al-Sharif"), Some("Layla el-Masri")],
            "{r:?}"
        );
        // a group named with one is no person a pronoun points back to
        let r =
            names("Ahmed Ali said the town was calm. Ansar al-Sharia posted a video. He said the army would respond.");
        assert_eq!(r.last().and_then(|x| x.1.as_deref()), Some("Ahmed Ali"), "{r:?}");
    }

    #[test]
    fn a_name_in_capitals_is_written_as_a_name_and_found_by_its_surname() {
        let r = names(concat!(
            "PETER DOYLE: Our plan will cut bills.\n\n",
            "SARAH LINTON: He said the same thing last time.\n\n",
            "Later, Linton said her party would cut the cap.\n\n",
            "DOYLE: That is not true."
        ));
        let got: Vec<Option<&str>> = r.iter().map(|x| x.1.as_deref()).collect();
        assert_eq!(
            got,
            [
                Some("Peter Doyle"),
                Some("Sarah Linton"),
                Some("Sarah Linton"),
                Some("Peter Doyle")
            ],
            "{r:?}"
        );
        // an acronym has no vowel, and keeps its capitals
        assert!(!super::is_shouted("BFM") && !super::is_shouted("TV") && super::is_shouted("DOYLE"));
        assert_eq!(super::title_case("MARY-KATE O'NEIL"), "Mary-Kate O'neil");
    }

    #[test]
    fn a_titled_surname_is_the_full_name_met_first_and_gives_a_gender() {
        let r = names("Laura Pryce said the deal was close. Later Ms Pryce smiled. \"It is done,\" she said.");
        assert_eq!(r[1].1.as_deref(), Some("Laura Pryce"), "{r:?}");
        let r = names(concat!(
            "Donald Lowe founded the firm. His father, Fred Lowe, had lent him money.\n\n",
            "Mr. Lowe said the loan was repaid."
        ));
        assert_eq!(r.last().and_then(|x| x.1.as_deref()), Some("Donald Lowe"), "{r:?}");
        let r = names("Ms Jones met Mr Smith. \"It was productive,\" she said.");
        assert_eq!(r[0].1.as_deref(), Some("Jones"), "{r:?}");
    }

    #[test]
    fn a_possessive_name_in_the_phrase_is_not_the_speaker() {
        let r = names("Nigel Crossley denied it. Crossley's lawyer, Fiona McKay, told the BBC that he was innocent.");
        assert_eq!(r[0].1.as_deref(), Some("Fiona McKay"), "{r:?}");
        let r = names("Nigel Crossley denied it. Crossley's spokesman said he was innocent.");
        assert_eq!(r[0].1, None, "{r:?}");
        // the head before an apposition is the speaker, whoever the apposition names
        let r = names("Jane Roe ran. Roe, the daughter of Senator Tom Roe, said she would win.");
        assert_eq!(r[0].1.as_deref(), Some("Jane Roe"), "{r:?}");
        let r = names("Mr Hollis, the shadow minister, said it was late. It was late, said Daniel Hollis.");
        assert_eq!(r[0].1.as_deref(), Some("Daniel Hollis"), "{r:?}");
        let r = names("Barack Obama arrived. Obama himself said the plan was fine.");
        assert_eq!(r[0].1.as_deref(), Some("Barack Obama"), "{r:?}");
    }

    #[test]
    fn british_titles_without_a_period() {
        let r = names("Labour MP Jane Hill said the plan was fair. Mrs Hill added that it was late.");
        assert_eq!(r[0].1.as_deref(), Some("Jane Hill"), "{r:?}");
        assert_eq!(r[1].1.as_deref(), Some("Jane Hill"), "{r:?}");
    }

    #[test]
    fn a_titled_name_in_the_apposition_beats_an_organisation() {
        let r = names("A Coast Guard spokesman, Lt. Marcus Bell, said the light was inspected twice a year.");
        assert_eq!(r[0].1.as_deref(), Some("Marcus Bell"));
        // a phrase that opens with a name keeps it: the titled person is someone else
        let r = names("Jane Roe, a spokeswoman for Sen. John Smith, said the bill would pass.");
        assert_eq!(r[0].1.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_lone_surname_is_a_name_and_a_common_noun_is_not() {
        let r = names("\"Not this year,\" Lee said.");
        assert_eq!(r[0].1.as_deref(), Some("Lee"));
        let r = names("Officials said the bridge would close.");
        assert_eq!(r[0].1, None);
    }

    #[test]
    fn two_people_get_no_single_name() {
        let r = names("Ann Bell spoke first. Bell and Tom Cruz both said the plan would fail.");
        assert_eq!(r[0].1, None);
    }

    #[test]
    fn titled_name_drops_its_title() {
        let r = names("Prices will rise, Security Council Secretary Nikolai Patrushev said.");
        assert_eq!(r[0].1.as_deref(), Some("Nikolai Patrushev"));
    }

    #[test]
    fn role_resolves_through_a_counterpart() {
        let t = "Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov.\n\nRussia\u{2019}s Foreign Minister said both nations should act.";
        let r = names(t);
        assert_eq!(r.last().unwrap().1.as_deref(), Some("Sergei Lavrov"));
    }

    #[test]
    fn role_in_a_lede_resolves_forward() {
        let t =
            "China\u{2019}s top diplomat pledged to deepen ties with Russia.\n\nForeign Minister Wang Yi is in Moscow.";
        let r = names(t);
        assert_eq!(r[0].1.as_deref(), Some("Wang Yi"));
    }

    #[test]
    fn she_skips_a_man() {
        let t = "Mr. John Smith spoke first. Ms. Jane Doe spoke later.\n\nShe said the vote would pass.";
        let r = names(t);
        assert_eq!(r[0].1.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_surname_named_after_the_last_speaker_takes_the_pronoun() {
        let t = "Walter Greaves keeps the light. Lt. Marcus Bell said it is automated.\n\nGreaves laughed. \u{201c}It is not,\u{201d} he said.";
        let r = names(t);
        assert_eq!(r.last().unwrap().1.as_deref(), Some("Walter Greaves"));
    }

    #[test]
    fn anonymous_speakers_stay_unnamed() {
        let r = names("The deal is off, a senior official said.");
        assert_eq!(r[0].1, None);
    }
}
