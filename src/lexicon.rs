//! Word lists that drive the rules, compiled in from `src/lexicons/*.txt`.
//!
//! Each list is data: one entry per line, `#` starts a comment. Adding a reporting verb or a
//! title is a one-line change to a text file; the parsing here is deliberately trivial so that
//! the files stay the single source of truth. Tests at the bottom check every table as a whole
//! (no duplicates, no malformed lines), the way ripgrep checks its flag table.

use std::collections::{HashMap, HashSet};

/// Hash map and set with [`FxHasher`]: every table here is fixed and compiled in.
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxSet<T> = HashSet<T, FxBuild>;
use std::sync::LazyLock;

pub const SPEECH_VERBS: &str = include_str!("lexicons/speech_verbs.txt");
pub const BELIEF_VERBS: &str = include_str!("lexicons/belief_verbs.txt");
pub const VERB_PARTICLES: &str = include_str!("lexicons/verb_particles.txt");
pub const STANCE_VERBS: &str = include_str!("lexicons/stance_verbs.txt");
pub const CUE_PHRASES: &str = include_str!("lexicons/cue_phrases.txt");
pub const AUXILIARIES: &str = include_str!("lexicons/auxiliaries.txt");
pub const TITLES: &str = include_str!("lexicons/titles.txt");
pub const ROLE_SYNONYMS: &str = include_str!("lexicons/role_synonyms.txt");
pub const ABBREVIATIONS: &str = include_str!("lexicons/abbreviations.txt");
pub const PRONOUNS: &str = include_str!("lexicons/pronouns.txt");
pub const NATIONALITIES: &str = include_str!("lexicons/nationalities.txt");
pub const MEDIA: &str = include_str!("lexicons/media.txt");
pub const SPEAKER_NOUNS: &str = include_str!("lexicons/speaker_nouns.txt");
pub const STOP_WORDS: &str = include_str!("lexicons/stop_words.txt");
pub const DETERMINERS: &str = include_str!("lexicons/determiners.txt");
pub const PREPOSITIONS: &str = include_str!("lexicons/prepositions.txt");
pub const ORG_WORDS: &str = include_str!("lexicons/org_words.txt");
pub const CLAUSE_BREAKS: &str = include_str!("lexicons/clause_breaks.txt");
pub const QUOTE_ONLY_VERBS: &str = include_str!("lexicons/quote_only_verbs.txt");
pub const PARTICLE_ONLY_VERBS: &str = include_str!("lexicons/particle_only_verbs.txt");
pub const ADJUNCTS: &str = include_str!("lexicons/adjuncts.txt");
pub const EVIDENTIAL_VERBS: &str = include_str!("lexicons/evidential_verbs.txt");
pub const COLON_LABELS: &str = include_str!("lexicons/colon_labels.txt");
pub const LINK_LIST_HEADS: &str = include_str!("lexicons/link_list_heads.txt");
pub const CONSENT_OPENERS: &str = include_str!("lexicons/consent_openers.txt");
pub const POST_NOMINALS: &str = include_str!("lexicons/post_nominals.txt");
pub const HEADLINE_VERBS: &str = include_str!("lexicons/headline_verbs.txt");
pub const NO_NAME_WORDS: &str = include_str!("lexicons/no_name_words.txt");
pub const PARENTHETICAL_ADVERBS: &str = include_str!("lexicons/parenthetical_adverbs.txt");
pub const COLLECTIVE_NOUNS: &str = include_str!("lexicons/collective_nouns.txt");
pub const NAME_PARTICLES: &str = include_str!("lexicons/name_particles.txt");
pub const MESSAGE_NOUNS: &str = include_str!("lexicons/message_nouns.txt");
pub const SUBORDINATORS: &str = include_str!("lexicons/subordinators.txt");
pub const LY_NOUNS: &str = include_str!("lexicons/ly_nouns.txt");
pub const AUTHORED_NOUNS: &str = include_str!("lexicons/authored_nouns.txt");
pub const APPROXIMATORS: &str = include_str!("lexicons/approximators.txt");
pub const POLL_NOUNS: &str = include_str!("lexicons/poll_nouns.txt");
pub const REPLY_VERBS: &str = include_str!("lexicons/reply_verbs.txt");
pub const MASTHEAD_WORDS: &str = include_str!("lexicons/masthead_words.txt");
pub const FIRST_NAMES: &str = include_str!("lexicons/first_names.txt");
pub const STANCE_NOUNS: &str = include_str!("lexicons/stance_nouns.txt");
pub const STANCE_ADJECTIVES: &str = include_str!("lexicons/stance_adjectives.txt");
pub const PERSON_NOUNS: &str = include_str!("lexicons/person_nouns.txt");
/// The day names, capitalised as written in running text.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// The month names, capitalised as written in running text.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The FxHash function (as in rustc): the word table is looked up once per token, and
/// SipHash's protection against crafted keys buys nothing for a fixed, compiled-in table.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// The meaning class of a reporting verb: speech acts are the core of the task; beliefs and
/// findings ("thinks", "found", "shows") are attributions in PolNeAR's sense but weaker evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    Speech,
    Belief,
    /// a stated position toward an object: "endorsed Clinton", "opposes the bill"
    Stance,
}

#[derive(Debug, Clone, Copy)]
pub struct VerbEntry {
    pub lemma: &'static str,
    pub class: CueClass,
}

/// Gender of a pronoun or a person, as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Neuter,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PronounEntry {
    pub gender: Gender,
    pub plural: bool,
}

/// All lexicons, parsed once.
pub struct Lexicon {
    /// lower-case verb form -> entry
    pub verbs: FxMap<&'static str, VerbEntry>,
    /// multi-word cues, lower case, as word lists ("according", "to")
    pub phrases: Vec<Vec<&'static str>>,
    pub auxiliaries: FxSet<&'static str>,
    /// lower-case titles, including multi-word ones
    pub titles: FxSet<String>,
    /// longest title in words
    pub max_title_words: usize,
    pub role_synonyms: FxMap<&'static str, &'static str>,
    pub abbreviations: FxSet<&'static str>,
    /// `abbreviations` of up to 8 ASCII bytes (all of them today), as little-endian words
    abbrev8: Set8,
    /// length of the longest abbreviation: a longer word is none
    max_abbrev: usize,
    pub pronouns: FxMap<&'static str, PronounEntry>,
    /// length of the longest key of `pronouns`
    max_pronoun: usize,
    /// lower-case country -> lower-case adjective, and adjective -> adjective
    pub nationality: FxMap<String, String>,
    /// lower-case channel nouns ("statement", "news conference")
    pub media_nouns: FxSet<String>,
    /// lower-case outlets and platforms ("reuters", "the associated press")
    pub outlets: FxSet<String>,
    pub speaker_nouns: FxSet<&'static str>,
    pub stop_words: FxSet<&'static str>,
    /// (lemma, particle) pairs that form one cue: ("call", "for")
    pub particles: FxSet<(&'static str, &'static str)>,
    /// the particle words of `particles` as [`word8`] keys, when every one is ASCII of at
    /// most 8 bytes (None otherwise: then no word is ruled out by its key)
    particle_words8: Option<Set8>,
    /// lower-case words that mark an organisation or place ("ministry", "council")
    pub org_words: FxSet<String>,
    /// `org_words` of up to 16 ASCII bytes, packed by [`pack16`]
    org_short: ShortTable,
    /// `poll_nouns` of at most 16 ASCII bytes, as packed keys (as `org_short`)
    poll_short: ShortTable,
    /// the first bytes a word may start with to lower-case to a poll noun: the ASCII-lower-cased
    /// first bytes of the poll nouns, and every byte of a non-ASCII char
    poll_first: [bool; 256],
    /// `media_nouns` and `outlets` of at most 16 ASCII bytes, as packed keys
    media_short: ShortTable,
    /// verb forms of appearance or expectation before "to", with whether a form of "be" must
    /// come first ("is expected to")
    pub evidential: FxMap<&'static str, bool>,
    /// the longest key of `evidential`, and the first bytes its keys start with: most words
    /// are ruled out by these before a lookup
    max_evidential: usize,
    evidential_first: [bool; 256],
    /// lower-case labels that open a paragraph with a colon and name no speaker ("update")
    pub colon_labels: FxSet<&'static str>,
    /// lower-case headings of a scraped page's link lists ("most read")
    pub link_list_heads: FxSet<&'static str>,
    /// lower-case openings of a sign-up form's or cookie banner's sentences ("by signing up")
    pub consent_openers: FxSet<&'static str>,
    /// letters after a name for an honour or a rank ("KC", "OBE"), as written
    pub post_nominals: FxSet<&'static str>,
    /// present-tense verbs that make a short line without a final mark a headline that reports
    pub headline_verbs: FxSet<&'static str>,
    /// speaker phrases that name no one ("nobody", "I'd"), lower case
    pub no_name_words: FxSet<&'static str>,
    /// adverbs set off by commas that qualify a clause ("however")
    pub parenthetical_adverbs: FxSet<&'static str>,
    /// singular nouns that take a plural verb ("majority")
    pub collective_nouns: FxSet<&'static str>,
    /// nouns of a stated position that open its that-clause ("his warning that")
    pub stance_nouns: FxSet<&'static str>,
    /// adjectives of a held belief before a that-clause ("are confident that")
    pub stance_adjectives: FxSet<&'static str>,
    /// lower-case words inside personal names ("de", "van")
    pub name_particles: FxSet<&'static str>,
    /// `name_particles` of up to 8 ASCII bytes, as little-endian words
    particles8: Set8,
    /// length of the longest name particle
    max_particle: usize,
    /// the ASCII-lower-cased first bytes of the name particles
    particle_first: [bool; 256],
    /// lower-case nouns of documents and messages that carry words ("statement", "signs")
    pub message_nouns: FxSet<&'static str>,
    /// lower-case words that open a subordinate clause ("when", "although")
    pub subordinators: FxSet<&'static str>,
    /// nouns that end like "-ly" adverbs ("family", "assembly")
    pub ly_nouns: FxSet<&'static str>,
    /// singular nouns for one person ("spokesman", "official"), with their gender when the
    /// word gives it
    pub person_nouns: FxMap<&'static str, Gender>,
    /// given names of one gender (first_names.txt)
    pub first_names: FxMap<&'static str, Gender>,
    /// works whose author follows "by" ("a study by Pew"): the speaker is the whole phrase
    pub authored_nouns: FxSet<&'static str>,
    /// words that make a share approximate ("about four in 10")
    pub approximators: FxSet<&'static str>,
    /// polls whose findings "in" introduces ("in a CBS poll released Monday")
    pub poll_nouns: FxSet<&'static str>,
    /// past tenses of replying that join a following participle's cue ("responded by saying")
    pub reply_verbs: FxSet<&'static str>,
    /// words that make a capitalised name a news outlet ("The Ledger", "the Daily Star")
    pub masthead_words: FxSet<&'static str>,
    /// every single lower-case word any list knows, with what the lists say of it: one hash
    /// lookup per token instead of one per list
    pub words: FxMap<String, WordInfo>,
    /// length of the longest ASCII key of `words`: a longer ASCII word is in no list
    pub max_ascii_key: usize,
    /// the lower-case ASCII keys of `words` of up to 16 bytes, in a table looked up without
    /// building a lower-case string
    short: ShortTable,
    /// `subordinators`, `approximators` and `reply_verbs` for `Doc::lower_in`
    pub subordinator_keys: Option<WordKeys>,
    pub approximator_keys: Option<WordKeys>,
    pub reply_verb_keys: Option<WordKeys>,
}

/// What the lexicons say of one lower-case word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub verb: Option<VerbEntry>,
    pub pronoun: Option<PronounEntry>,
    /// a one-word title, or the first word of a longer one
    pub title: bool,
    /// the first word of a title of several words
    pub title_longer: bool,
    /// the first word of a nationality (or country) of several words
    pub nationality_longer: bool,
    pub aux: bool,
    pub stop: bool,
    pub speaker_noun: bool,
    pub determiner: bool,
    pub preposition: bool,
    pub adjunct: bool,
    pub nationality: bool,
    pub phrase_start: bool,
    /// after a comma, ends reported content
    pub clause_break: bool,
    /// a reporting verb only next to a quotation
    pub quote_only: bool,
    /// a reporting verb only with its particle ("put it")
    pub particle_only: bool,
    /// what the tokenizer notes of the word (`segment::Notes`): [`NOTE_CUE`], [`NOTE_TO`],
    /// [`NOTE_IN`], [`NOTE_THAT`]
    pub note: u8,
}

/// [`WordInfo::note`]: a verb entry, or the first word of a cue phrase
pub const NOTE_CUE: u8 = 1;
/// [`WordInfo::note`]: the word "to"
pub const NOTE_TO: u8 = 2;
/// [`WordInfo::note`]: the word "in"
pub const NOTE_IN: u8 = 4;
/// [`WordInfo::note`]: the word "that"
pub const NOTE_THAT: u8 = 8;

/// Non-comment, non-blank lines of a lexicon file, trimmed.
pub fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn pairs(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(src).filter_map(|l| {
        let (a, b) = l.split_once('=')?;
        Some((a.trim(), b.trim()))
    })
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut verbs = FxMap::default();
        for (src, class) in [
            (SPEECH_VERBS, CueClass::Speech),
            (BELIEF_VERBS, CueClass::Belief),
            (STANCE_VERBS, CueClass::Stance),
            (QUOTE_ONLY_VERBS, CueClass::Speech),
            (PARTICLE_ONLY_VERBS, CueClass::Speech),
        ] {
            for line in entries(src) {
                let mut forms = line.split_whitespace();
                let first = forms.next().expect("entries() yields non-empty lines");
                // "~lemma": the lemma names the verb but is not a cue by itself
                let lemma = first.trim_start_matches('~');
                if !first.starts_with('~') {
                    verbs.insert(lemma, VerbEntry { lemma, class });
                }
                for f in forms {
                    verbs.insert(f, VerbEntry { lemma, class });
                }
            }
        }
        let phrases = entries(CUE_PHRASES).map(|l| l.split_whitespace().collect()).collect();
        let titles: FxSet<String> = entries(TITLES).map(|t| t.to_lowercase()).collect();
        let max_title_words = titles.iter().map(|t| t.split_whitespace().count()).max().unwrap_or(1);
        let pronouns: FxMap<&'static str, PronounEntry> = entries(PRONOUNS)
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let form = it.next()?;
                let gender = match it.next()? {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    "n" => Gender::Neuter,
                    _ => Gender::Unknown,
                };
                let plural = it.next()? == "p";
                Some((form, PronounEntry { gender, plural }))
            })
            .collect();
        let mut nationality = FxMap::default();
        for (country, adj) in pairs(NATIONALITIES) {
            nationality.insert(country.to_lowercase(), adj.to_lowercase());
            nationality.insert(adj.to_lowercase(), adj.to_lowercase());
        }
        let mut media_nouns = FxSet::default();
        let mut outlets = FxSet::default();
        for l in entries(MEDIA) {
            if let Some(n) = l.strip_prefix("noun:") {
                media_nouns.insert(n.trim().to_lowercase());
            } else if let Some(o) = l.strip_prefix("outlet:") {
                outlets.insert(o.trim().to_lowercase());
            }
        }
        let mut words: FxMap<String, WordInfo> = FxMap::default();
        for (form, v) in &verbs {
            words.entry(form.to_string()).or_default().verb = Some(*v);
        }
        for (form, p) in &pronouns {
            words.entry(form.to_string()).or_default().pronoun = Some(*p);
        }
        for t in &titles {
            let mut split = t.split_whitespace();
            let first = split.next().unwrap_or(t);
            let e = words.entry(first.to_string()).or_default();
            e.title = true;
            e.title_longer |= split.next().is_some();
        }
        for w in entries(AUXILIARIES) {
            words.entry(w.to_string()).or_default().aux = true;
        }
        for w in entries(STOP_WORDS) {
            words.entry(w.to_string()).or_default().stop = true;
        }
        for w in entries(SPEAKER_NOUNS) {
            words.entry(w.to_lowercase()).or_default().speaker_noun = true;
        }
        for w in entries(DETERMINERS) {
            words.entry(w.to_string()).or_default().determiner = true;
        }
        for w in entries(PREPOSITIONS) {
            words.entry(w.to_string()).or_default().preposition = true;
        }
        for w in entries(ADJUNCTS) {
            words.entry(w.to_string()).or_default().adjunct = true;
        }
        for k in nationality.keys() {
            let mut split = k.split(' ');
            let first = split.next().unwrap_or(k);
            let e = words.entry(first.to_string()).or_default();
            e.nationality = true;
            e.nationality_longer |= split.next().is_some();
        }
        for w in entries(CLAUSE_BREAKS) {
            words.entry(w.to_string()).or_default().clause_break = true;
        }
        for l in entries(QUOTE_ONLY_VERBS) {
            for f in l.split_whitespace() {
                words.entry(f.to_string()).or_default().quote_only = true;
            }
        }
        for l in entries(PARTICLE_ONLY_VERBS) {
            for f in l.split_whitespace() {
                words.entry(f.to_string()).or_default().particle_only = true;
            }
        }
        for p in &phrases {
            let p: &Vec<&str> = p;
            words.entry(p[0].to_string()).or_default().phrase_start = true;
        }
        // (one byte for the tokenizer to test at every word, where it would read two fields and
        // compare the word with "to")
        for (k, e) in words.iter_mut() {
            e.note = if e.verb.is_some() || e.phrase_start {
                NOTE_CUE
            } else {
                0
            } | if k == "to" { NOTE_TO } else { 0 }
                | if k == "in" { NOTE_IN } else { 0 }
                | if k == "that" { NOTE_THAT } else { 0 };
        }
        let max_ascii_key = words
            .keys()
            .filter(|k| k.is_ascii())
            .map(|k| k.len())
            .max()
            .unwrap_or(0);
        let short = ShortTable::new(&words);
        let org_words: FxSet<String> = entries(ORG_WORDS).map(str::to_lowercase).collect();
        // (a table of packed keys: one multiply to hash, where a hash set hashes three fields)
        let org_short = ShortTable::new(&org_words.iter().map(|w| (w.clone(), WordInfo::default())).collect());
        let poll_short = ShortTable::new(
            &entries(POLL_NOUNS)
                .map(|w| (w.to_string(), WordInfo::default()))
                .collect(),
        );
        let media_short = ShortTable::new(
            &media_nouns
                .iter()
                .chain(&outlets)
                .map(|w: &String| (w.clone(), WordInfo::default()))
                .collect(),
        );
        Lexicon {
            words,
            max_ascii_key,
            short,
            subordinator_keys: WordKeys::new(entries(SUBORDINATORS)),
            approximator_keys: WordKeys::new(entries(APPROXIMATORS)),
            reply_verb_keys: WordKeys::new(entries(REPLY_VERBS)),
            verbs,
            phrases,
            auxiliaries: entries(AUXILIARIES).collect(),
            titles,
            max_title_words,
            role_synonyms: pairs(ROLE_SYNONYMS).collect(),
            abbreviations: entries(ABBREVIATIONS).collect(),
            abbrev8: Set8::new(entries(ABBREVIATIONS).filter_map(|a| word8(a.as_bytes()))),
            max_abbrev: entries(ABBREVIATIONS).map(str::len).max().unwrap_or(0),
            max_pronoun: pronouns.keys().map(|k| k.len()).max().unwrap_or(0),
            pronouns,
            nationality,
            media_nouns,
            outlets,
            speaker_nouns: entries(SPEAKER_NOUNS).collect(),
            stop_words: entries(STOP_WORDS).collect(),
            particles: entries(VERB_PARTICLES).filter_map(|l| l.split_once(' ')).collect(),
            particle_words8: entries(VERB_PARTICLES)
                .filter_map(|l| l.split_once(' '))
                .map(|(_, p)| word8(p.as_bytes()))
                .collect::<Option<Vec<u64>>>()
                .map(|keys| Set8::new(keys.into_iter())),
            org_words,
            org_short,
            poll_short,
            poll_first: {
                let mut t = [false; 256];
                t[0x80..].fill(true);
                for p in entries(POLL_NOUNS) {
                    t[p.as_bytes()[0].to_ascii_lowercase() as usize] = true;
                }
                t
            },
            media_short,
            evidential: entries(EVIDENTIAL_VERBS)
                .map(|l| match l.strip_prefix('=') {
                    Some(w) => (w, true),
                    None => (l, false),
                })
                .collect(),
            max_evidential: evidential_keys().map(str::len).max().unwrap_or(0),
            evidential_first: {
                let mut t = [false; 256];
                for w in evidential_keys() {
                    t[w.as_bytes()[0].to_ascii_lowercase() as usize] = true;
                }
                t
            },
            colon_labels: entries(COLON_LABELS).collect(),
            link_list_heads: entries(LINK_LIST_HEADS).collect(),
            consent_openers: entries(CONSENT_OPENERS).collect(),
            post_nominals: entries(POST_NOMINALS).collect(),
            headline_verbs: entries(HEADLINE_VERBS).collect(),
            no_name_words: entries(NO_NAME_WORDS).collect(),
            parenthetical_adverbs: entries(PARENTHETICAL_ADVERBS).collect(),
            collective_nouns: entries(COLLECTIVE_NOUNS).collect(),
            stance_nouns: entries(STANCE_NOUNS).collect(),
            stance_adjectives: entries(STANCE_ADJECTIVES).collect(),
            name_particles: entries(NAME_PARTICLES).collect(),
            particles8: Set8::new(entries(NAME_PARTICLES).filter_map(|a| word8(a.as_bytes()))),
            max_particle: entries(NAME_PARTICLES).map(str::len).max().unwrap_or(0),
            particle_first: {
                let mut t = [false; 256];
                for p in entries(NAME_PARTICLES) {
                    t[p.as_bytes()[0].to_ascii_lowercase() as usize] = true;
                }
                t
            },
            message_nouns: entries(MESSAGE_NOUNS).collect(),
            subordinators: entries(SUBORDINATORS).collect(),
            ly_nouns: entries(LY_NOUNS).collect(),
            person_nouns: entries(PERSON_NOUNS).map(word_and_gender).collect(),
            first_names: entries(FIRST_NAMES).map(word_and_gender).collect(),
            authored_nouns: entries(AUTHORED_NOUNS).collect(),
            approximators: entries(APPROXIMATORS).collect(),
            poll_nouns: entries(POLL_NOUNS).collect(),
            reply_verbs: entries(REPLY_VERBS).collect(),
            masthead_words: entries(MASTHEAD_WORDS).collect(),
        }
    }

    /// The canonical lower-case form of a role ("top diplomat" -> "foreign minister").
    /// What the lists say of a word, given in lower case.
    pub fn word(&self, lower: &str) -> Option<&WordInfo> {
        self.words.get(lower)
    }

    /// What the lists say of `w.to_lowercase()` (as [`Lexicon::word`] of it), without
    /// allocating for short ASCII words.
    #[inline]
    pub fn word_lowercased(&self, w: &str) -> Option<&WordInfo> {
        match pack16(w.as_bytes()) {
            Some(k) => self.short.get(k),
            None => self.word_lowercased_long(w),
        }
    }

    /// [`Lexicon::word_lowercased`] of a long or non-ASCII word: out of line, so that the
    /// common path stays small where it is inlined.
    #[inline(never)]
    fn word_lowercased_long(&self, w: &str) -> Option<&WordInfo> {
        crate::segment::with_lowercase(w, |l| self.word(l))
    }

    /// [`Lexicon::word_lowercased`] of a word already packed by [`pack16`].
    #[inline]
    pub fn word_lowercased_packed(&self, k: (u64, u64, u8)) -> Option<&WordInfo> {
        self.short.get(k)
    }

    /// Whether `w.to_lowercase()` is in `org_words`, without building it for short ASCII
    /// words.
    #[inline]
    pub fn is_org_word(&self, w: &str) -> bool {
        match pack16(w.as_bytes()) {
            Some(k) => self.org_short.get(k).is_some(),
            None => crate::segment::with_lowercase(w, |l| self.org_words.contains(l)),
        }
    }

    /// Whether a word whose first byte is `first` may be one of `poll_nouns`: the first test
    /// of [`Lexicon::is_poll_noun`], for a caller that has the byte without the word.
    #[inline]
    pub fn may_be_poll_noun(&self, first: u8) -> bool {
        self.poll_first[first.to_ascii_lowercase() as usize]
    }

    /// Whether `w.to_lowercase()` is in `poll_nouns`, without building it for short ASCII
    /// words (as [`Lexicon::is_org_word`]).
    #[inline]
    pub fn is_poll_noun(&self, w: &str) -> bool {
        // (most words are ruled out by their first byte: an ASCII one lower-cases to the
        // first byte of the lower case)
        if w.as_bytes()
            .first()
            .is_none_or(|&f| !self.poll_first[f.to_ascii_lowercase() as usize])
        {
            return false;
        }
        match pack16(w.as_bytes()) {
            Some(k) => self.poll_short.get(k).is_some(),
            None => crate::segment::with_lowercase(w, |l| self.poll_nouns.contains(l)),
        }
    }

    /// `pronouns.get(&*w.to_lowercase())` with the key found, without lower-casing a phrase
    /// too long to be one: lower-casing maps each char to one or more chars, so the lower case
    /// has at least as many bytes as `w` when it is ASCII, and at least a quarter as many
    /// otherwise (a char has at most four bytes, and "\u{212a}" lower-cases to "k").
    #[inline]
    pub fn pronoun(&self, w: &str) -> Option<(PronounEntry, &'static str)> {
        if w.len() > self.max_pronoun && (w.len() > 4 * self.max_pronoun || w.is_ascii()) {
            return None;
        }
        crate::segment::with_lowercase(w, |l| self.pronouns.get_key_value(l).map(|(k, p)| (*p, *k)))
    }

    /// Whether `w.to_lowercase()` is in `media_nouns` or in `outlets`, without building it
    /// for short ASCII words (as [`Lexicon::is_org_word`]).
    #[inline]
    pub fn is_media_word(&self, w: &str) -> bool {
        match pack16(w.as_bytes()) {
            Some(k) => self.media_short.get(k).is_some(),
            None => crate::segment::with_lowercase(w, |l| self.media_nouns.contains(l) || self.outlets.contains(l)),
        }
    }

    /// `abbreviations.contains(w)` for an ASCII `w`, without hashing a string when it has at
    /// most 8 bytes.
    #[inline]
    pub fn is_abbreviation_ascii(&self, w: &[u8]) -> bool {
        match word8(w) {
            Some(k) => self.abbrev8.contains(k),
            None if w.len() > self.max_abbrev => false,
            None => std::str::from_utf8(w).is_ok_and(|w| self.abbreviations.contains(w)),
        }
    }

    /// `name_particles.contains(w)`, without hashing a string for most words: a longer word
    /// than every particle is none, and a short ASCII one is one multiply and compare away.
    #[inline]
    pub fn is_name_particle(&self, w: &str) -> bool {
        self.is_name_particle_bytes(w.as_bytes())
    }

    /// [`Lexicon::is_name_particle`] of the bytes of a word (a whole token: no char boundary
    /// to check). Most words are ruled out by their length or first byte, with which every
    /// match (ASCII-lower-cased, or exact) agrees.
    #[inline]
    pub fn is_name_particle_bytes(&self, w: &[u8]) -> bool {
        let Some(&first) = w.first() else {
            return false;
        };
        if w.len() > self.max_particle || !self.particle_first[first.to_ascii_lowercase() as usize] {
            return false;
        }
        match word8(w) {
            Some(k) => self.particles8.contains(k),
            None => std::str::from_utf8(w).is_ok_and(|w| self.name_particles.contains(w)),
        }
    }

    /// `name_particles.contains(&w.to_lowercase())` (as `with_lowercase` computes it), with an
    /// ASCII word longer than every particle, or not starting as one does, ruled out first
    /// (ASCII lower-casing keeps the length and maps the first byte as `particle_first` does).
    #[inline]
    pub fn is_name_particle_any_case(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.is_ascii()
            && (b.len() > self.max_particle
                || b.first()
                    .is_some_and(|&f| !self.particle_first[f.to_ascii_lowercase() as usize]))
        {
            return false;
        }
        crate::segment::with_lowercase(w, |l| self.name_particles.contains(l))
    }

    /// False when `lower(w)` (see `segment::lower`) is surely no key of `evidential`: an ASCII
    /// word longer than every key or starting with another letter (ASCII lower-casing keeps
    /// the length and maps the first byte as `evidential_first` does). True says nothing.
    #[inline]
    pub fn may_be_evidential(&self, w: &str) -> bool {
        let b = w.as_bytes();
        !b.is_ascii()
            || b.len() <= self.max_evidential
                && b.first()
                    .is_some_and(|&f| self.evidential_first[f.to_ascii_lowercase() as usize])
    }

    /// Whether a word whose lower-case ASCII form packs to `key` (as [`word8`] packs) may be
    /// the particle of some entry of `particles`: false rules it out, true says nothing.
    #[inline]
    pub fn may_be_verb_particle(&self, key: u64) -> bool {
        self.particle_words8.as_ref().is_none_or(|s| s.contains(key))
    }

    pub fn canonical_role<'a>(&'a self, role: &'a str) -> &'a str {
        self.role_synonyms.get(role).copied().unwrap_or(role)
    }
}

/// A line "word" or "word m|f" of person_nouns.txt or first_names.txt.
fn word_and_gender(l: &'static str) -> (&'static str, Gender) {
    let mut it = l.split_whitespace();
    let w = it.next().unwrap_or("");
    let g = match it.next() {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    };
    (w, g)
}

/// Up to 16 ASCII bytes, lower-cased, as two little-endian words zero-padded, and the length;
/// None for longer or non-ASCII input.
#[inline]
pub fn pack16(b: &[u8]) -> Option<(u64, u64, u8)> {
    if b.len() > 16 {
        return None;
    }
    let (lo, hi) = load16(b);
    pack_loaded(lo, hi, b.len())
}

/// 1 to 8 ASCII bytes as they are, as one little-endian word zero-padded (never 0); None for
/// other input.
#[inline]
fn word8(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 8 || !b.is_ascii() {
        return None;
    }
    Some(load16(b).0)
}

/// A set of [`word8`] keys: open addressing, one multiply to hash.
struct Set8 {
    slots: Vec<u64>,
    shift: u32,
}

impl Set8 {
    fn new(keys: impl Iterator<Item = u64>) -> Set8 {
        let keys: Vec<u64> = keys.collect();
        let bits = (keys.len().max(1) * 4).next_power_of_two().trailing_zeros().max(4);
        let mut t = Set8 {
            slots: vec![0; 1 << bits],
            shift: 64 - bits,
        };
        for k in keys {
            let mut i = t.slot(k);
            while t.slots[i] != 0 && t.slots[i] != k {
                i = (i + 1) & (t.slots.len() - 1);
            }
            t.slots[i] = k;
        }
        t
    }
    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }
    #[inline]
    fn contains(&self, k: u64) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        loop {
            match self.slots[i] {
                0 => return false,
                s if s == k => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

/// A word list as `Doc::lower_in` tests a word against it: its words of at most 8 bytes as
/// [`word8`] keys of their ASCII lower case (the key a word of the text packs to when it is
/// one of them, whatever its case), and its longer words. Only for lists of ASCII words
/// without an apostrophe, which a word of the text matches only at their own length (a curly
/// apostrophe makes a word longer than its list entry).
pub struct WordKeys {
    short: Set8,
    long: Vec<&'static str>,
}

impl WordKeys {
    /// None when some word is not ASCII or holds an apostrophe.
    fn new(words: impl Iterator<Item = &'static str>) -> Option<WordKeys> {
        let words: Vec<&'static str> = words.collect();
        if words.iter().any(|w| !w.is_ascii() || w.contains('\'')) {
            return None;
        }
        let short = words.iter().filter_map(|w| word8(w.to_ascii_lowercase().as_bytes()));
        Some(WordKeys {
            short: Set8::new(short),
            long: words.iter().copied().filter(|w| w.len() > 8).collect(),
        })
    }
    /// Whether `k`, the ASCII-lower-cased bytes of a word of at most 8 bytes packed as
    /// [`word8`] packs them, is the key of one of the list's words.
    #[inline]
    pub fn has_short(&self, k: u64) -> bool {
        self.short.contains(k)
    }
    /// The words of more than 8 bytes.
    pub fn long(&self) -> &[&'static str] {
        &self.long
    }
}

/// [`pack16`] of `text[start..start + len]`, with two plain loads when 16 bytes of `text`
/// follow `start` (the bytes past the word masked off: the same words as [`load16`]).
#[inline]
pub fn pack16_at(text: &[u8], start: usize, len: usize) -> Option<(u64, u64, u8)> {
    if len > 16 {
        return None;
    }
    let Some(w) = text.get(start..start + 16) else {
        return pack16(&text[start..start + len]);
    };
    let lo = u64::from_le_bytes(w[..8].try_into().expect("8 bytes"));
    let hi = u64::from_le_bytes(w[8..].try_into().expect("8 bytes"));
    // the low `n` bytes of a word, 0 <= n <= 8
    let keep = |v: u64, n: usize| if n >= 8 { v } else { v & ((1u64 << (8 * n)) - 1) };
    pack_loaded(keep(lo, len), keep(hi, len.saturating_sub(8)), len)
}

/// The end of [`pack16`]: ASCII check and lower-casing of the loaded words.
#[inline]
fn pack_loaded(lo: u64, hi: u64, len: usize) -> Option<(u64, u64, u8)> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // SWAR lower-casing: a byte is upper case when it is >= 'A' and not > 'Z'
    let lower = |v: u64| {
        let ge_a = v.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
        let gt_z = v.wrapping_add(0x2525_2525_2525_2525);
        v | ((ge_a & !gt_z & HIGH) >> 2)
    };
    Some((lower(lo), lower(hi), len as u8))
}

/// Up to 16 bytes as two little-endian words, zero-padded: the same words as copying `b` into
/// a zeroed 16-byte buffer, with overlapping loads instead of a call to memcpy.
#[inline]
fn load16(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    debug_assert!(n <= 16);
    let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
    let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().expect("4 bytes")) as u64;
    if n >= 8 {
        // the last 8 bytes, shifted so that byte 8 lands first
        let hi = if n > 8 { u64_at(n - 8) >> ((16 - n) * 8) } else { 0 };
        (u64_at(0), hi)
    } else if n >= 4 {
        (u32_at(0) | (u32_at(n - 4) >> ((8 - n) * 8)) << 32, 0)
    } else {
        let mut lo = 0u64;
        for (i, &c) in b.iter().enumerate() {
            lo |= (c as u64) << (i * 8);
        }
        (lo, 0)
    }
}

/// Open addressing over packed keys ([`pack16`]): one multiply to hash, two compares to match.
struct ShortTable {
    /// (key, its info): the infos live as long as the program (the table is built once, for
    /// the static `LEX`), so a slot holds a reference to its own, not an index to check
    slots: Vec<(u64, u64, u8, Option<&'static WordInfo>)>,
    shift: u32,
}

impl ShortTable {
    fn new(words: &FxMap<String, WordInfo>) -> ShortTable {
        let keys: Vec<(&String, &WordInfo)> = words
            .iter()
            .filter(|(k, _)| k.len() <= 16 && k.is_ascii() && !k.bytes().any(|b| b.is_ascii_uppercase()))
            .collect();
        let infos: &'static [WordInfo] = Vec::leak(keys.iter().map(|(_, i)| **i).collect());
        let bits = (keys.len().max(1) * 4).next_power_of_two().trailing_zeros().max(4);
        let mut t = ShortTable {
            slots: vec![(0, 0, 0, None); 1 << bits],
            shift: 64 - bits,
        };
        for ((k, _), info) in keys.iter().zip(infos) {
            let (lo, hi, len) = pack16(k.as_bytes()).expect("short ASCII key");
            let mut i = t.slot(lo, hi, len);
            while t.slots[i].3.is_some() {
                i = (i + 1) & (t.slots.len() - 1);
            }
            t.slots[i] = (lo, hi, len, Some(info));
        }
        t
    }
    #[inline]
    fn slot(&self, lo: u64, hi: u64, len: u8) -> usize {
        let h = (lo ^ hi.rotate_left(31) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> self.shift) as usize
    }
    #[inline]
    fn get(&self, (lo, hi, len): (u64, u64, u8)) -> Option<&'static WordInfo> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(lo, hi, len);
        loop {
            let s = &self.slots[i];
            if s.3.is_none() || s.0 == lo && s.1 == hi && s.2 == len {
                return s.3;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The keys of `Lexicon::evidential` (entries without their leading '=').
fn evidential_keys() -> impl Iterator<Item = &'static str> {
    entries(EVIDENTIAL_VERBS).map(|l| l.strip_prefix('=').unwrap_or(l))
}

/// The lexicons, parsed on first use.
pub static LEX: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_no_duplicates(name: &str, items: impl Iterator<Item = String>) {
        let mut seen = HashSet::new();
        for it in items {
            assert!(seen.insert(it.clone()), "{name}: duplicate entry {it:?}");
        }
        assert!(!seen.is_empty(), "{name}: empty lexicon");
    }

    #[test]
    fn is_poll_noun_is_a_lookup_of_the_lower_case() {
        let mut words: Vec<String> = entries(POLL_NOUNS).map(String::from).collect();
        words.extend(entries(POLL_NOUNS).map(|w| w.to_uppercase()));
        words.extend(entries(POLL_NOUNS).map(|w| format!("{w}s")));
        words.extend(entries(POLL_NOUNS).map(|w| w[1..].to_string()));
        for w in [
            "Poll",
            "POLLS",
            "Survey",
            "pollster",
            "/",
            "-",
            "",
            "in",
            "\u{212a}",
            "Pöll",
            "survey\u{2019}s",
        ] {
            words.push(w.to_string());
        }
        words.push("polls".repeat(4));
        for b in 0x20u8..0x7f {
            words.push(format!("{}oll", b as char));
            words.push(format!("{}urvey", b as char));
        }
        let mut hits = 0;
        for w in &words {
            let want = LEX.poll_nouns.contains(w.to_lowercase().as_str());
            assert_eq!(LEX.is_poll_noun(w), want, "{w:?}");
            hits += want as usize;
        }
        assert!(hits >= 2 * LEX.poll_nouns.len(), "{hits}");
    }

    #[test]
    fn is_media_word_is_a_lookup_of_the_lower_case() {
        let mut words: Vec<String> = LEX.media_nouns.iter().chain(&LEX.outlets).cloned().collect();
        let n = words.len();
        for i in 0..n {
            let w = words[i].clone();
            words.push(w.to_uppercase());
            words.push(format!("{w}x"));
            words.push(w[1..].to_string());
        }
        for w in [
            "Reuters",
            "AP",
            "tv",
            "Statement",
            "",
            "-",
            "\u{212a}",
            "T\u{e9}l\u{e9}",
            "news\u{2019}",
        ] {
            words.push(w.to_string());
        }
        let mut hits = 0;
        for w in &words {
            let l = w.to_lowercase();
            let want = LEX.media_nouns.contains(&l) || LEX.outlets.contains(&l);
            assert_eq!(LEX.is_media_word(w), want, "{w:?}");
            hits += want as usize;
        }
        assert!(hits >= n, "{hits}");
    }

    #[test]
    fn the_tokenizer_notes_to_and_in_by_their_entries() {
        // (the candidates of `in_poll` and the evidential pass are found through these notes:
        // the words must keep an entry, and only they may carry the note)
        for (w, note) in [("to", NOTE_TO), ("in", NOTE_IN), ("that", NOTE_THAT)] {
            assert!(LEX.word(w).is_some_and(|i| i.note & note != 0), "{w}");
            let with: Vec<&String> = LEX
                .words
                .iter()
                .filter(|(_, i)| i.note & note != 0)
                .map(|(k, _)| k)
                .collect();
            assert_eq!(with, [w], "{w}");
        }
    }

    #[test]
    fn pack16_at_agrees_with_pack16() {
        let text = "Hello, WORLD-wide caf\u{e9} 0123456789abcdefXYZ the a I of AbCdEfGhIjKlMnOpQ".as_bytes();
        for s in 0..text.len() {
            for n in 0..=(text.len() - s).min(18) {
                assert_eq!(pack16_at(text, s, n), pack16(&text[s..s + n]), "{s} {n}");
            }
        }
    }

    #[test]
    fn verb_forms_are_unique_across_both_verb_lists() {
        let forms = entries(SPEECH_VERBS)
            .chain(entries(BELIEF_VERBS))
            .chain(entries(STANCE_VERBS))
            .chain(entries(QUOTE_ONLY_VERBS))
            .chain(entries(PARTICLE_ONLY_VERBS))
            .flat_map(|l| l.split_whitespace())
            .map(|w| w.trim_start_matches('~').to_string());
        assert_no_duplicates("verbs", forms);
    }

    #[test]
    fn particle_only_verbs_have_a_particle() {
        // a verb that reports only with its particle would otherwise never be a cue
        for l in entries(PARTICLE_ONLY_VERBS) {
            let lemma = l.split_whitespace().next().unwrap().trim_start_matches('~');
            assert!(
                entries(VERB_PARTICLES).any(|p| p.split_once(' ').is_some_and(|(v, _)| v == lemma)),
                "{lemma:?} is in particle_only_verbs.txt but has no line in verb_particles.txt"
            );
        }
    }

    #[test]
    fn verb_lines_are_lower_case_words() {
        for l in entries(SPEECH_VERBS)
            .chain(entries(BELIEF_VERBS))
            .chain(entries(STANCE_VERBS))
            .chain(entries(QUOTE_ONLY_VERBS))
            .chain(entries(PARTICLE_ONLY_VERBS))
        {
            for f in l.split_whitespace() {
                let f = f.trim_start_matches('~');
                assert!(
                    f.chars().all(|c| c.is_ascii_lowercase()),
                    "verb form {f:?} in line {l:?} must be lower-case letters"
                );
            }
        }
    }

    #[test]
    fn simple_lists_have_no_duplicates() {
        for (name, src) in [
            ("cue_phrases", CUE_PHRASES),
            ("auxiliaries", AUXILIARIES),
            ("abbreviations", ABBREVIATIONS),
            ("pronouns", PRONOUNS),
            ("media", MEDIA),
            ("speaker_nouns", SPEAKER_NOUNS),
            ("stop_words", STOP_WORDS),
            ("determiners", DETERMINERS),
            ("prepositions", PREPOSITIONS),
            ("adjuncts", ADJUNCTS),
            ("org_words", ORG_WORDS),
            ("clause_breaks", CLAUSE_BREAKS),
            ("verb_particles", VERB_PARTICLES),
            ("evidential_verbs", EVIDENTIAL_VERBS),
            ("colon_labels", COLON_LABELS),
            ("link_list_heads", LINK_LIST_HEADS),
            ("consent_openers", CONSENT_OPENERS),
            ("post_nominals", POST_NOMINALS),
            ("headline_verbs", HEADLINE_VERBS),
            ("no_name_words", NO_NAME_WORDS),
            ("parenthetical_adverbs", PARENTHETICAL_ADVERBS),
            ("collective_nouns", COLLECTIVE_NOUNS),
            ("name_particles", NAME_PARTICLES),
            ("message_nouns", MESSAGE_NOUNS),
            ("subordinators", SUBORDINATORS),
            ("ly_nouns", LY_NOUNS),
            ("authored_nouns", AUTHORED_NOUNS),
            ("approximators", APPROXIMATORS),
            ("poll_nouns", POLL_NOUNS),
            ("reply_verbs", REPLY_VERBS),
            ("masthead_words", MASTHEAD_WORDS),
            ("stance_nouns", STANCE_NOUNS),
            ("stance_adjectives", STANCE_ADJECTIVES),
        ] {
            assert_no_duplicates(name, entries(src).map(str::to_string));
        }
        for (name, src) in [("person_nouns", PERSON_NOUNS), ("first_names", FIRST_NAMES)] {
            assert_no_duplicates(
                name,
                entries(src).map(|l| l.split_whitespace().next().unwrap_or("").to_string()),
            );
        }
        assert_no_duplicates("titles", entries(TITLES).map(str::to_lowercase));
    }

    #[test]
    fn person_nouns_are_one_lower_case_word_and_maybe_a_gender() {
        for l in entries(FIRST_NAMES) {
            assert!(
                matches!(l.split_whitespace().collect::<Vec<_>>().as_slice(), [w, "m" | "f"] if *w == w.to_lowercase()),
                "first_names: {l:?} is not `name m|f` in lower case"
            );
        }
        assert_eq!(LEX.first_names.get("hillary"), Some(&Gender::Female));
        for l in entries(PERSON_NOUNS) {
            let parts: Vec<&str> = l.split_whitespace().collect();
            assert!(
                matches!(parts.as_slice(), [_] | [_, "m" | "f"]),
                "person_nouns: {l:?} is not `word` or `word m|f`"
            );
            assert_eq!(
                parts[0],
                parts[0].to_lowercase(),
                "person_nouns: {l:?} is not lower case"
            );
        }
        assert_eq!(LEX.person_nouns.get("spokeswoman"), Some(&Gender::Female));
        assert_eq!(LEX.person_nouns.get("official"), Some(&Gender::Unknown));
    }

    #[test]
    fn phrase_lists_are_lower_case_with_single_spaces() {
        for (name, src) in [
            ("colon_labels", COLON_LABELS),
            ("link_list_heads", LINK_LIST_HEADS),
            ("consent_openers", CONSENT_OPENERS),
            ("headline_verbs", HEADLINE_VERBS),
            ("no_name_words", NO_NAME_WORDS),
            ("masthead_words", MASTHEAD_WORDS),
        ] {
            for l in entries(src) {
                assert_eq!(l, l.to_lowercase(), "{name}: {l:?} is not lower case");
                assert_eq!(
                    l,
                    l.split_whitespace().collect::<Vec<_>>().join(" "),
                    "{name}: {l:?} has extra spaces"
                );
            }
        }
        assert!(LEX.link_list_heads.contains("most read"));
        assert!(LEX.consent_openers.contains("by signing up"));
    }

    #[test]
    fn pair_lists_are_well_formed() {
        for (name, src) in [("role_synonyms", ROLE_SYNONYMS), ("nationalities", NATIONALITIES)] {
            for l in entries(src) {
                let (a, b) = l.split_once('=').unwrap_or_else(|| panic!("{name}: no '=' in {l:?}"));
                assert!(!a.trim().is_empty() && !b.trim().is_empty(), "{name}: half-empty {l:?}");
            }
            assert_no_duplicates(name, pairs(src).map(|(a, _)| a.to_string()));
        }
    }

    #[test]
    fn abbreviations_end_with_a_period() {
        for a in entries(ABBREVIATIONS) {
            assert!(a.ends_with('.'), "abbreviation {a:?} must end with '.'");
        }
    }

    #[test]
    fn abbreviation_check_agrees_with_the_set() {
        let mut probes: Vec<String> = entries(ABBREVIATIONS).map(str::to_string).collect();
        for a in entries(ABBREVIATIONS) {
            probes.push(a.to_lowercase());
            probes.push(a.to_uppercase());
            probes.push(format!("X{a}"));
            probes.push(a[1..].to_string());
        }
        probes.extend(["said.", "A.", "Longwords.", "", "."].map(String::from));
        for p in probes.iter().filter(|p| p.is_ascii()) {
            assert_eq!(
                LEX.is_abbreviation_ascii(p.as_bytes()),
                LEX.abbreviations.contains(p.as_str()),
                "{p:?}"
            );
        }
    }

    #[test]
    fn name_particle_check_agrees_with_the_set() {
        let mut probes: Vec<String> = entries(NAME_PARTICLES).map(str::to_string).collect();
        for a in entries(NAME_PARTICLES) {
            probes.push(a.to_uppercase());
            probes.push(format!("{a}x"));
            probes.push(a[1..].to_string());
        }
        probes.extend(["de", "van", "", "said", "Abcdefghijklmnop", "d\u{e9}"].map(String::from));
        for p in &probes {
            assert_eq!(
                LEX.is_name_particle(p),
                LEX.name_particles.contains(p.as_str()),
                "{p:?}"
            );
        }
    }

    #[test]
    fn pronoun_lines_have_three_fields() {
        for l in entries(PRONOUNS) {
            assert_eq!(l.split_whitespace().count(), 3, "pronoun line {l:?}");
        }
    }

    #[test]
    fn is_name_particle_any_case_agrees_with_lower_casing() {
        let mut ws: Vec<String> = LEX.name_particles.iter().map(|w| w.to_string()).collect();
        ws.extend(ws.clone().iter().map(|w| w.to_uppercase()));
        ws.extend(
            [
                "", "De", "VAN", "Van's", "Dela", "d", "\u{212a}", "D\u{e9}", "\u{c9}l", "Smith",
            ]
            .map(String::from),
        );
        for w in &ws {
            let want = LEX.name_particles.contains(w.to_lowercase().as_str());
            assert_eq!(LEX.is_name_particle_any_case(w), want, "{w:?}");
        }
    }

    #[test]
    fn load16_is_a_zero_padded_copy() {
        let src: Vec<u8> = (1..=16).map(|i| i * 15).collect();
        for n in 0..=16 {
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&src[..n]);
            let want = (
                u64::from_le_bytes(buf[..8].try_into().unwrap()),
                u64::from_le_bytes(buf[8..].try_into().unwrap()),
            );
            assert_eq!(load16(&src[..n]), want, "{n}");
        }
    }

    #[test]
    fn pronoun_agrees_with_the_map() {
        let mut ws: Vec<String> = LEX.pronouns.keys().map(|k| k.to_string()).collect();
        ws.extend(
            [
                "",
                "He",
                "THEY",
                "the\u{212a}",
                "\u{212a}",
                "theyy",
                "Gov. Aisha Mbeki",
                "\u{130}t",
                "sh\u{c9}",
                "\u{c9}\u{c9}\u{c9}\u{c9}\u{c9}",
                "\u{212a}\u{212a}\u{212a}\u{212a}\u{212a}",
            ]
            .map(String::from),
        );
        ws.extend(LEX.words.keys().cloned());
        for k in ws {
            let upper = k.to_uppercase();
            for w in [k.as_str(), upper.as_str()] {
                let lower = w.to_lowercase();
                let want = LEX.pronouns.get_key_value(lower.as_str()).map(|(k, p)| (*p, *k));
                assert_eq!(LEX.pronoun(w), want, "{w:?}");
            }
        }
    }

    #[test]
    fn a_poll_noun_is_never_ruled_out_by_its_first_byte() {
        let mut ws: Vec<String> = LEX.poll_nouns.iter().map(|w| w.to_string()).collect();
        ws.extend(LEX.words.keys().cloned());
        ws.extend(["Poll", "SURVEY", "\u{e9}tude", "/", "-", "x"].map(String::from));
        for k in ws {
            let upper = k.to_uppercase();
            for w in [k.as_str(), upper.as_str()] {
                if LEX.is_poll_noun(w) {
                    assert!(LEX.may_be_poll_noun(w.as_bytes()[0]), "{w:?}");
                }
                if !LEX.may_be_poll_noun(w.as_bytes()[0]) {
                    assert!(!LEX.poll_nouns.contains(w.to_lowercase().as_str()), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn is_org_word_agrees_with_the_set() {
        let mut ws: Vec<String> = LEX.org_words.iter().cloned().collect();
        ws.extend(LEX.words.keys().cloned());
        ws.extend(
            [
                "",
                "X",
                "Ministry",
                "MINISTRY's",
                "Minist\u{212a}y",
                "abcdefghijklmnopq",
            ]
            .map(String::from),
        );
        for k in ws {
            let upper = k.to_uppercase();
            for w in [k.as_str(), upper.as_str()] {
                assert_eq!(LEX.is_org_word(w), LEX.org_words.contains(&w.to_lowercase()), "{w:?}");
            }
        }
    }

    #[test]
    fn the_short_table_agrees_with_the_map() {
        for (k, v) in &LEX.words {
            let upper = k.to_uppercase();
            for w in [k.as_str(), upper.as_str()] {
                let got = LEX.word_lowercased(w).map(|i| format!("{i:?}"));
                let want = LEX.word(&w.to_lowercase()).map(|i| format!("{i:?}"));
                assert_eq!(got, want, "{w:?} ({v:?})");
            }
        }
        for w in [
            "",
            "x",
            "Zzzq",
            "SAID",
            "Said.",
            "abcdefghijklmnopq",
            "\u{212a}",
            "caf\u{e9}",
        ] {
            let got = LEX.word_lowercased(w).map(|i| format!("{i:?}"));
            let want = LEX.word(&w.to_lowercase()).map(|i| format!("{i:?}"));
            assert_eq!(got, want, "{w:?}");
        }
    }

    #[test]
    fn verb_particle_keys_rule_out_only_other_words() {
        // (the rules rely on the key test being there and exact for the listed particles)
        assert!(LEX.particle_words8.is_some(), "every particle word fits a key");
        for (_, p) in &LEX.particles {
            assert!(LEX.may_be_verb_particle(word8(p.as_bytes()).unwrap()), "{p}");
        }
        assert!(!LEX.may_be_verb_particle(word8(b"house").unwrap()));
    }

    #[test]
    fn lexicon_lookups_work() {
        assert_eq!(LEX.verbs["said"].lemma, "say");
        assert_eq!(LEX.verbs["found"].class, CueClass::Belief);
        assert!(LEX.titles.contains("foreign minister"));
        assert_eq!(LEX.canonical_role("top diplomat"), "foreign minister");
        assert_eq!(LEX.nationality["russia"], "russian");
        assert!(LEX.media_nouns.contains("news conference"));
        assert!(LEX.outlets.contains("reuters"));
        assert!(LEX.particles.contains(&("call", "for")));
        for (verb, _) in &LEX.particles {
            assert!(
                LEX.verbs.values().any(|v| v.lemma == *verb),
                "particle verb {verb} is not a known cue"
            );
        }
        assert!(LEX.pronouns["she"].gender == Gender::Female);
    }
}
