//! gencorpus: a deterministic, news-like corpus for benchmarking whosaid, and a regex baseline.
//!
//! ```text
//! gencorpus [--mb N] [--seed S] [-o FILE]        write N MB (10^6 bytes) of JSONL articles
//! gencorpus --baseline FILE [--threads N]        time the regex baseline over a JSONL file
//! ```
//!
//! Generation writes one JSON object per line, `{"id","url","date","publisher","text"}`, to
//! stdout or FILE, and stops after the article that reaches N MB. The same seed gives
//! byte-identical output, and a smaller `--mb` gives a prefix of a larger one. Articles are
//! built from sentence templates modelled on real news copy: about 70% of sentences carry no
//! quotation and no speech cue; the rest are direct quotes (curly, straight and British single
//! marks), `"...," X said`, `"...," said X, a spokesman for Y`, split quotes, `according to`,
//! indirect speech (`X said that ...`), `in a statement`, `told Reuters`, multi-paragraph quotes;
//! with titles ("Sen.", "Gov."), abbreviations ("U.S.", "a.m."), numbers, datelines, and page
//! chrome (bylines, captions, "Advertisement") in some articles. Average article: ~3.5 KB.
//!
//! The baseline reads the JSONL, parses each line with serde_json to get its `text` (the same
//! parsing work whosaid does) and counts matches of
//! `(?-u:\b)(said|says|told|added|according to)(?-u:\b)` in parallel with rayon; it prints the
//! counts and MB/s (file bytes per wall second).
//!
//! The generator core ([`Gen`], [`Record`]) is also compiled into `benches/pipeline.rs`
//! through `#[path]`, so benches and this tool produce the same articles.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

/// splitmix64: tiny, fast, and fixed forever so that corpora stay byte-identical.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// True with probability `pct` percent.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// word pools

const FIRST_F: &[&str] = &[
    "Maria", "Elena", "Sarah", "Aisha", "Karin", "Helena", "Priya", "Ines", "Amanda", "Grace", "Nadia", "Olivia",
    "Fatima", "Rebecca", "Lucia", "Hannah", "Mei", "Sofia", "Diane", "Ruth", "Claire", "Yasmin", "Ingrid", "Teresa",
    "Joanna", "Leila", "Monica", "Beatriz", "Anna", "Laura",
];
const FIRST_M: &[&str] = &[
    "James", "Daniel", "Rafael", "Tomas", "Henrik", "Marcus", "Walter", "Graham", "Jorge", "Kwame", "David", "Pieter",
    "Roberto", "Samuel", "Ahmed", "Victor", "Lucas", "Omar", "Peter", "Ivan", "Thomas", "Mark", "Kenji", "Luis",
    "Robert", "Andrew", "Felix", "Paul", "Simon", "Michael",
];
const LAST: &[&str] = &[
    "Okafor",
    "Carvalho",
    "Lindqvist",
    "Kowalczyk",
    "Aaltonen",
    "Varga",
    "Berzins",
    "Molloy",
    "Bell",
    "Greaves",
    "Ashdown",
    "Pell",
    "Donaldson",
    "Natarajan",
    "Duarte",
    "Medina",
    "Liu",
    "Marsh",
    "Salas",
    "Reyes",
    "Brennan",
    "Ortega",
    "Janssens",
    "Hollis",
    "Ferreira",
    "Mensah",
    "Novak",
    "Tanaka",
    "Fischer",
    "Haddad",
    "O'Neill",
    "Whitaker",
    "Castillo",
    "Petrov",
    "Nakamura",
    "Sullivan",
    "Adeyemi",
    "Moreau",
    "Keller",
    "Rossi",
    "Kaplan",
    "Singh",
    "Lambert",
    "Horvath",
    "Dubois",
    "Park",
    "McAllister",
    "Jensen",
    "Romero",
    "Stein",
    "Abara",
    "Quinn",
    "Vasquez",
    "Holloway",
    "Eriksen",
    "Baptiste",
    "Coleman",
    "Yilmaz",
    "Harlow",
    "Mbeki",
];
/// Titles written before a name.
const TITLES: &[&str] = &[
    "Sen.",
    "Gov.",
    "Rep.",
    "Dr.",
    "Gen.",
    "Mayor",
    "President",
    "Foreign Minister",
    "Finance Minister",
    "Interior Minister",
    "Prime Minister",
    "Chief Executive",
    "Judge",
    "Police Chief",
    "Fire Chief",
    "Lt.",
    "Defense Secretary",
    "Attorney General",
];
const ORGS: &[&str] = &[
    "the Interior Ministry",
    "the Finance Ministry",
    "the State Department",
    "the U.S. Department of Energy",
    "the European Commission",
    "the World Bank",
    "the International Monetary Fund",
    "the U.N. refugee agency",
    "Harbor Link Terminals",
    "Meridian Freight Research",
    "Northland Power Corp.",
    "the city council",
    "the Federal Aviation Administration",
    "the National Weather Service",
    "Coastal Health Partners",
    "the teachers' union",
    "the regional chamber of commerce",
    "Ocean Watch Europe",
    "the county sheriff's office",
    "Bright Harbor Bank",
    "the Ministry of Agriculture",
    "the Transport Department",
    "Atlas Mining Inc.",
    "the Office of Budget and Management",
    "the state Department of Health",
    "Greenline Rail",
    "the Central Statistics Office",
    "the Port Authority",
    "the Public Utilities Commission",
    "Summit Airlines",
];
const ROLES: &[&str] = &[
    "a spokesman for",
    "a spokesperson for",
    "a senior official at",
    "the chief economist at",
    "an analyst at",
    "the director of communications at",
    "a lawyer for",
    "a senior adviser to",
    "the deputy head of",
    "a board member of",
    "a researcher at",
];
const OUTLETS: &[&str] = &[
    "Reuters",
    "The Associated Press",
    "the BBC",
    "reporters",
    "a local radio station",
    "The Daily Ledger",
    "Bloomberg News",
    "a news conference",
    "state television",
    "The New York Times",
];
const CITIES: &[&str] = &[
    "Brussels",
    "Harbor City",
    "Valmora",
    "Pine Ridge",
    "Frankfort",
    "St. Louis",
    "Portland",
    "Leeds",
    "Lagos",
    "Nairobi",
    "Manila",
    "Lisbon",
    "Denver",
    "Sacramento",
    "Ottawa",
    "Warsaw",
    "Riga",
    "Sao Paulo",
    "Jakarta",
    "Helsinki",
    "Cape Town",
    "Santiago",
    "Tulsa",
    "Baton Rouge",
    "New Delhi",
    "Geneva",
    "Dublin",
    "Osaka",
];
const STATES: &[&str] = &[
    "Ohio", "Texas", "Maine", "Colorado", "Georgia", "Oregon", "Nevada", "Arizona", "Michigan", "Iowa", "Vermont",
    "Montana", "Kentucky", "Florida", "Virginia",
];
const PUBLISHERS: &[&str] = &[
    "Example Wire",
    "The Daily Ledger",
    "Northern Courier",
    "Metro Tribune",
    "Valley Herald",
    "Coastal Times",
    "The Evening Post",
    "Capital Dispatch",
];
const MONTHS: &[&str] = &whosaid::lexicon::MONTHS;
const MONTHS_ABBR: &[&str] = &[
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "March", "April", "June",
];
const WEEKDAYS: &[&str] = &whosaid::lexicon::WEEKDAYS;
const SUBJECTS: &[&str] = &[
    "the government",
    "the company",
    "the city council",
    "officials",
    "the agency",
    "the plan",
    "negotiators",
    "the two sides",
    "prices",
    "the U.S. economy",
    "investors",
    "the ministry",
    "the board",
    "the union",
    "the project",
    "regulators",
    "the central bank",
    "local authorities",
    "the new rules",
    "the coalition",
    "the hospital",
    "the school district",
    "lawmakers",
    "the airline",
];
const MODALS: &[&str] = &[
    "would",
    "could",
    "will",
    "should",
    "might",
    "must",
    "would not",
    "cannot",
];
const VERBS: &[&str] = &[
    "review",
    "delay",
    "expand",
    "cut",
    "approve",
    "reject",
    "restore",
    "fund",
    "complete",
    "reconsider",
    "protect",
    "replace",
    "sell",
    "support",
    "block",
    "extend",
    "simplify",
    "double",
    "scrap",
    "finish",
];
const VERBS_PP: &[&str] = &[
    "reviewed",
    "delayed",
    "expanded",
    "cut",
    "approved",
    "rejected",
    "restored",
    "funded",
    "completed",
    "protected",
    "replaced",
    "sold",
    "supported",
    "blocked",
    "extended",
    "doubled",
    "scrapped",
    "finished",
];
const OBJECTS: &[&str] = &[
    "the proposal",
    "its budget for next year",
    "the new rules",
    "talks with the unions",
    "the {MONEY} project",
    "spending on roads and schools",
    "the tax credit",
    "the merger",
    "the contract",
    "the pilot program",
    "the bridge repairs",
    "its hiring plans",
    "the emergency fund",
    "the rail link",
    "the water treatment plant",
    "the trade agreement",
    "the pension reform",
    "the housing program",
    "the ceasefire",
    "the subsidy",
    "about {NUM} jobs",
    "the {PCT} increase",
];
const ADJUNCTS: &[&str] = &[
    "",
    "",
    "",
    " by the end of the year",
    " before the election",
    " in the coming weeks",
    " as soon as possible",
    " next month",
    " within 90 days",
    " despite the cost",
    " if the numbers hold up",
    " this year",
    " by {YEAR}",
    " after the summer",
    " without more money",
    " in {MONTH}",
];
const NOUNS: &[&str] = &[
    "decision",
    "plan",
    "deal",
    "budget",
    "ruling",
    "report",
    "vote",
    "proposal",
    "agreement",
    "investigation",
    "measure",
    "strike",
    "merger",
    "policy",
    "forecast",
];
const ADJS: &[&str] = &[
    "difficult",
    "historic",
    "reckless",
    "necessary",
    "premature",
    "long overdue",
    "disappointing",
    "encouraging",
    "unacceptable",
    "sensible",
    "fragile",
    "costly",
];
const GROUPS: &[&str] = &[
    "families",
    "small businesses",
    "our members",
    "taxpayers",
    "patients",
    "farmers",
    "workers",
    "this city",
    "the whole region",
    "young people",
    "commuters",
    "everyone involved",
];
const SPEECH_VERBS: &[&str] = &[
    "said",
    "said",
    "said",
    "said",
    "added",
    "told reporters",
    "warned",
    "noted",
    "insisted",
    "argued",
    "explained",
    "acknowledged",
];
const FEELINGS: &[&str] = &[
    "deeply disappointed",
    "surprised",
    "encouraged",
    "concerned",
    "troubled",
];
/// Datelines of the `CITY, State. —` kind.
const US_DATELINES: &[&str] = &[
    "PINE RIDGE, Colo.",
    "TULSA, Okla.",
    "BATON ROUGE, La.",
    "HARROW POINT, Maine",
    "SACRAMENTO, Calif.",
    "LANSING, Mich.",
    "SALEM, Ore.",
    "SAVANNAH, Ga.",
    "BOZEMAN, Mont.",
    "RENO, Nev.",
];
const RIVERS: &[&str] = &[
    "Ohio", "Red", "Green", "Platte", "Columbia", "Tagus", "Vistula", "Niger", "Hudson",
];
const DEPTS: &[&str] = &[
    "Justice",
    "Energy",
    "Agriculture",
    "Transportation",
    "Labor",
    "Commerce",
    "Education",
];

/// Sentences without a quotation or a speech cue: the bulk of real news copy.
const FILLER: &[&str] = &[
    "The measure passed the state Senate by a vote of {N2} to {N2} on {WEEKDAY}.",
    "{ORGC} employs about {NUM} people in {CITY} and reported {MONEY} in sales last year.",
    "Prices rose {PCT} in {MONTH}, the fastest pace since {YEAR}.",
    "The U.S. Department of {DEPT} has opened an inquiry into the matter.",
    "{POL} of {STATE} introduced a similar bill in {YEAR}, but it never reached a vote.",
    "The meeting is scheduled for {TIME} on {WEEKDAY} at City Hall.",
    "Shares of {FIRMS} fell {PCT} in early trading in New York.",
    "The project, first proposed in {YEAR}, is expected to cost {MONEY}.",
    "It was not immediately clear how many people were affected.",
    "{CITY}, a city of about {NUM} residents, sits on the banks of the {RIVER} River.",
    "Temperatures are forecast to reach {N2} degrees by the weekend.",
    "The two countries signed a trade agreement in {YEAR} that cut tariffs on farm goods.",
    "Turnout in the last election was {PCT}, down from {PCT} four years earlier.",
    "The company was founded in {YEAR} by {PERSON} and is based in {CITY}.",
    "About {NUM} students are enrolled in the program this year, up from {NUM} in {YEAR}.",
    "Gov. {PERSON} signed the budget on {MONTHA} {DAY}, days before the deadline.",
    "The bill now goes to the House, where its prospects are uncertain.",
    "The U.N. Security Council is due to meet on the issue next week.",
    "Inflation averaged {PCT} last year, well above the central bank's target of 2 percent.",
    "Traffic on Interstate {N2} was backed up for several miles on {WEEKDAY} morning.",
    "The storm knocked out power to {NUM} homes and businesses across {STATE}.",
    "Negotiations resumed on {WEEKDAY} after a pause of nearly {N1} weeks.",
    "The ruling can be appealed to the state Supreme Court.",
    "{ORGC} did not respond to a request for comment.",
    "The vote is set for {MONTHA} {DAY}.",
    "Police closed several streets near St. Mary's Church for most of the afternoon.",
    "The index closed at {NUM}.{N2} points, its highest level since {MONTH} {YEAR}.",
    "Construction began in {YEAR} and was completed {N1} months behind schedule.",
    "The fund had assets of about {MONEY} at the end of {MONTH}.",
    "Mr. {LAST} served two terms on the city council before joining {ORG} in {YEAR}.",
    "Ms. {LAST}, {AGE}, grew up in {CITY} and studied law in {CITY}.",
    "The agency has {NUM} employees and an annual budget of {MONEY}.",
    "Rescue teams worked through the night, and the last road was reopened at {TIME}.",
    "Unemployment in {STATE} stood at {PCT} in {MONTH}, compared with {PCT} nationally.",
    "The plant, which opened in {YEAR}, produces about {NUM} tons of steel a year.",
    "Both candidates will appear at a debate in {CITY} on {MONTHA} {DAY}.",
    "The airline operates {N2} daily flights between {CITY} and {CITY}.",
    "Dr. {PERSON}, who led the study, followed {NUM} patients over {N1} years.",
    "The dispute dates back to {YEAR}, when the original contract expired.",
    "A similar proposal was defeated in {YEAR} by a margin of {N2} votes.",
    "Sen. {PERSON} and Rep. {PERSON} are expected to attend the ceremony.",
    "The bridge carries about {NUM} vehicles a day and has not been rebuilt since {YEAR}.",
    "Officials expect the work to take at least {N1} more months.",
    "Exports to the U.S. and the U.K. account for nearly a third of the total.",
    "The hearing was adjourned until {WEEKDAY}.",
    "Last year the region received {N2} inches of rain, about half the usual amount.",
    "The company's shares have gained {PCT} since the start of the year.",
    "The school board will hold a public hearing on the plan at {TIME} on {WEEKDAY}.",
    "Insurance claims from the flooding are estimated at {MONEY}.",
    "The museum reopened in {MONTH} after a renovation that lasted {N1} years.",
];

/// Headlines: short, no final punctuation.
const HEADLINES: &[&str] = &[
    "{ORGC} delays vote on {NOUN} as talks drag on",
    "Officials weigh {NOUN} after {MONEY} shortfall",
    "{CITY} braces for strike over pay and pensions",
    "Lawmakers clash over {NOUN} ahead of {MONTH} deadline",
    "Prices climb {PCT} as energy costs bite",
    "{POL} faces questions over {NOUN}",
    "Residents return to {CITY} after storm",
    "Court blocks {NOUN} in blow to {ORG}",
];

/// Quoted speech, first person: no final punctuation (the template adds it).
const QUOTE_SENTS: &[&str] = &[
    "We {MODAL} {VERB} {OBJ}{ADJ}",
    "This is a {ADJS} {NOUN} for {GROUP}",
    "I think {SUBJ} {MODAL} {VERB} {OBJ}{ADJ}",
    "There is no {NOUN} that works without {GROUP}",
    "We have {VPP} {OBJ}, and we {MODAL} {VERB} {OBJ}",
    "Nobody wants this, but we don{AP}t have a choice",
    "It{AP}s {ADJS}, and {GROUP} deserve better",
    "We{AP}re not going to {VERB} {OBJ}{ADJ}",
    "The numbers speak for themselves",
    "I{AP}ve been doing this for {N2} years and I have never seen anything like it",
    "{GROUP_CAP} are paying the price for a {ADJS} {NOUN}",
    "We will keep fighting for {GROUP}",
    "You cannot {VERB} {OBJ} and expect nothing to change",
    "Our priority is to {VERB} {OBJ}{ADJ}",
];

/// Indirect content: a clause, lower-case start, no final punctuation.
const CLAUSES: &[&str] = &[
    "{SUBJ} {MODAL} {VERB} {OBJ}{ADJ}",
    "{SUBJ} had {VPP} {OBJ}{ADJ}",
    "the {NOUN} was {ADJS}",
    "{SUBJ} did not expect to {VERB} {OBJ} until the {NOUN} was published",
    "about {NUM} people had been affected",
    "the {NOUN} would cost {GROUP} about {MONEY}",
    "{SUBJ} {MODAL} be ready to {VERB} {OBJ}",
];

/// Speech sentences. Speaker keys: {SPK} sentence-initial reference to the current speaker,
/// {spk} the same mid-sentence, {SPKI} after an inverted `said` (full name and role on first
/// mention, surname after). {QO}/{QC} open and close the article's quotation marks, {IO}/{IC}
/// the nested ones.
const SPEECH: &[&str] = &[
    "{QO}{QS},{QC} said {SPKI}.",
    "{QO}{QS},{QC} said {SPKI}.",
    "{QO}{QS},{QC} {spk} said.",
    "{QO}{QS},{QC} {spk} said.",
    "{QO}{QS}. {QS},{QC} {spk} said.",
    "{QO}{QS},{QC} {spk} told {OUTLET}.",
    "{SPK} said that {CLAUSE}.",
    "{SPK} said {CLAUSE}.",
    "{SPK} {SVERB} that {CLAUSE}.",
    "{CLAUSEC}, {spk} said.",
    "{CLAUSEC}, said {SPKI}.",
    "According to {ORG}, {CLAUSE}.",
    "{CLAUSEC}, according to {ORG}.",
    "{CLAUSEC}, according to {SPKI}.",
    "{QO}{QS},{QC} {spk} said, {QO}{QSL}.{QC}",
    "{SPK} said the {NOUN} was {QO}{ADJS}{QC} and that {CLAUSE}.",
    "{SPK} called the {NOUN} {QO}{ADJS} and {ADJS}{QC}, adding that {CLAUSE}.",
    "{ORGC} said in a statement that {CLAUSE}.",
    "{ORGC} said in a statement that it was {QO}{FEEL}{QC} by the {NOUN}.",
    "A senior official told {OUTLET} that {CLAUSE}.",
    "{SPK} told reporters on {WEEKDAY} that {CLAUSE}.",
    "{SPK} added: {QO}{QS}.{QC}",
    "{QO}{QS},{QC} {spk} said. {QO}{QS}.{QC}",
    "{QO}When people hear the word {IO}{ADJS}{IC}, they think of {GROUP},{QC} {spk} said.",
    "{ROLEC} {ORG}, speaking on condition of anonymity, said {CLAUSE}.",
    "{SPK} {SVERB}, {QO}{QS}.{QC}",
];

// ---------------------------------------------------------------------------------------------
// generator

/// One generated article.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    pub url: String,
    pub date: String,
    pub publisher: String,
    pub text: String,
}

impl Record {
    /// One JSONL line, fields in a fixed order.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut line = Vec::with_capacity(self.text.len() + 256);
        line.extend_from_slice(b"{\"id\":");
        serde_json::to_writer(&mut line, &self.id)?;
        line.extend_from_slice(b",\"url\":");
        serde_json::to_writer(&mut line, &self.url)?;
        line.extend_from_slice(b",\"date\":");
        serde_json::to_writer(&mut line, &self.date)?;
        line.extend_from_slice(b",\"publisher\":");
        serde_json::to_writer(&mut line, &self.publisher)?;
        line.extend_from_slice(b",\"text\":");
        serde_json::to_writer(&mut line, &self.text)?;
        line.extend_from_slice(b"}\n");
        out.write_all(&line)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Marks {
    Curly,
    Straight,
    British,
}

struct Person {
    first: &'static str,
    last: &'static str,
    female: bool,
    title: Option<&'static str>,
    role: &'static str,
    org: &'static str,
    introduced: bool,
}

/// Per-article state.
struct Ctx {
    marks: Marks,
    cast: Vec<Person>,
    cur: usize,
    /// the speaker of the previous speech sentence, for pronouns
    last_speaker: Option<usize>,
}

/// The deterministic article generator.
pub struct Gen {
    rng: Rng,
    seed: u64,
    n: u64,
}

fn cap_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl Gen {
    pub fn new(seed: u64) -> Gen {
        Gen {
            rng: Rng::new(seed),
            seed,
            n: 0,
        }
    }

    fn person(&mut self) -> Person {
        let female = self.rng.chance(50);
        let first = if female {
            self.rng.pick(FIRST_F)
        } else {
            self.rng.pick(FIRST_M)
        };
        let title = if self.rng.chance(40) {
            Some(self.rng.pick(TITLES))
        } else {
            None
        };
        let mut role = self.rng.pick(ROLES);
        if role.starts_with("a spokes") {
            role = if female { "a spokeswoman for" } else { "a spokesman for" };
        }
        Person {
            first,
            last: self.rng.pick(LAST),
            female,
            title,
            role,
            org: self.rng.pick(ORGS),
            introduced: false,
        }
    }

    fn money(&mut self) -> String {
        match self.rng.below(3) {
            0 => format!("${}.{} billion", self.rng.range(1, 40), self.rng.below(10)),
            1 => format!("${} million", self.rng.range(2, 900)),
            _ => format!("${},{:03}", self.rng.range(1, 99), self.rng.below(1000)),
        }
    }

    fn number(&mut self) -> String {
        if self.rng.chance(50) {
            format!("{}", self.rng.range(20, 999))
        } else {
            format!("{},{:03}", self.rng.range(1, 250), self.rng.below(1000))
        }
    }

    fn apos(ctx: &Ctx) -> &'static str {
        match ctx.marks {
            Marks::Straight => "'",
            _ => "\u{2019}",
        }
    }

    /// A reference to the current speaker.
    fn speaker_ref(&mut self, ctx: &mut Ctx, initial: bool, inverted: bool) -> String {
        let i = ctx.cur;
        let pronoun_ok = !inverted && ctx.last_speaker == Some(i) && self.rng.chance(60);
        let p = &mut ctx.cast[i];
        let s = if !p.introduced {
            p.introduced = true;
            let name = format!("{} {}", p.first, p.last);
            match (p.title, inverted) {
                (_, true) => format!("{name}, {} {}", p.role, p.org),
                (Some(t), false) => format!("{t} {name}"),
                (None, false) => {
                    if self.rng.chance(30) {
                        format!("{name}, {} {},", p.role, p.org)
                    } else {
                        name
                    }
                }
            }
        } else if pronoun_ok {
            let pr = if p.female { "she" } else { "he" };
            if initial {
                cap_first(pr)
            } else {
                pr.to_string()
            }
        } else {
            p.last.to_string()
        };
        ctx.last_speaker = Some(i);
        s
    }

    /// Expand a template's `{KEY}`s into `out`.
    fn expand(&mut self, tpl: &str, ctx: &mut Ctx, out: &mut String) {
        let mut rest = tpl;
        while let Some(a) = rest.find('{') {
            out.push_str(&rest[..a]);
            let b = a + rest[a..].find('}').expect("template: unclosed {");
            let key = &rest[a + 1..b];
            rest = &rest[b + 1..];
            self.expand_key(key, ctx, out);
        }
        out.push_str(rest);
    }

    fn expand_key(&mut self, key: &str, ctx: &mut Ctx, out: &mut String) {
        let (qo, qc, io, ic) = match ctx.marks {
            Marks::Curly => ("\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}"),
            Marks::Straight => ("\"", "\"", "'", "'"),
            Marks::British => ("\u{2018}", "\u{2019}", "\u{201c}", "\u{201d}"),
        };
        match key {
            "QO" => out.push_str(qo),
            "QC" => out.push_str(qc),
            "IO" => out.push_str(io),
            "IC" => out.push_str(ic),
            "AP" => out.push_str(Self::apos(ctx)),
            "SPK" => {
                let s = self.speaker_ref(ctx, true, false);
                out.push_str(&s)
            }
            "spk" => {
                let s = self.speaker_ref(ctx, false, false);
                out.push_str(&s)
            }
            "SPKI" => {
                let s = self.speaker_ref(ctx, false, true);
                out.push_str(&s)
            }
            "QS" => {
                let t = self.rng.pick(QUOTE_SENTS);
                let mut s = String::new();
                self.expand(t, ctx, &mut s);
                out.push_str(&cap_first(&s));
            }
            "QSL" => {
                let t = self.rng.pick(QUOTE_SENTS);
                let mut s = String::new();
                self.expand(t, ctx, &mut s);
                // a continuation: lower-case its first letter unless it is "I" or a name
                if s.starts_with("We") || s.starts_with("This") || s.starts_with("There") || s.starts_with("It") {
                    let first = s[..1].to_ascii_lowercase();
                    s.replace_range(..1, &first);
                }
                out.push_str(&s);
            }
            "CLAUSE" => {
                let t = self.rng.pick(CLAUSES);
                self.expand(t, ctx, out);
            }
            "CLAUSEC" => {
                let t = self.rng.pick(CLAUSES);
                let mut s = String::new();
                self.expand(t, ctx, &mut s);
                out.push_str(&cap_first(&s));
            }
            "ROLEC" => out.push_str(&cap_first(self.rng.pick(ROLES))),
            "SVERB" => out.push_str(self.rng.pick(SPEECH_VERBS)),
            "OUTLET" => out.push_str(self.rng.pick(OUTLETS)),
            "ORG" => out.push_str(self.rng.pick(ORGS)),
            "ORGC" => out.push_str(&cap_first(self.rng.pick(ORGS))),
            "FIRMS" => out.push_str(self.rng.pick(&[
                "Northland Power Corp.",
                "Atlas Mining Inc.",
                "Summit Airlines",
                "Bright Harbor Bank",
                "Greenline Rail",
            ])),
            "CITY" => out.push_str(self.rng.pick(CITIES)),
            "STATE" => out.push_str(self.rng.pick(STATES)),
            "RIVER" => out.push_str(self.rng.pick(RIVERS)),
            "DEPT" => out.push_str(self.rng.pick(DEPTS)),
            "MONTH" => out.push_str(self.rng.pick(MONTHS)),
            "MONTHA" => out.push_str(self.rng.pick(MONTHS_ABBR)),
            "WEEKDAY" => out.push_str(self.rng.pick(WEEKDAYS)),
            "DAY" => out.push_str(&self.rng.range(1, 28).to_string()),
            "YEAR" => out.push_str(&self.rng.range(1975, 2023).to_string()),
            "AGE" => out.push_str(&self.rng.range(24, 88).to_string()),
            "N1" => out.push_str(&self.rng.range(2, 9).to_string()),
            "N2" => out.push_str(&self.rng.range(10, 99).to_string()),
            "NUM" => {
                let s = self.number();
                out.push_str(&s)
            }
            "MONEY" => {
                let s = self.money();
                out.push_str(&s)
            }
            "PCT" => {
                let s = format!("{}.{} percent", self.rng.range(1, 19), self.rng.below(10));
                out.push_str(&s)
            }
            "TIME" => {
                let s = format!(
                    "{}:{:02} {}",
                    self.rng.range(1, 12),
                    self.rng.below(4) * 15,
                    if self.rng.chance(50) { "a.m." } else { "p.m." }
                );
                out.push_str(&s)
            }
            "PERSON" => {
                let p = self.person();
                out.push_str(p.first);
                out.push(' ');
                out.push_str(p.last);
            }
            "LAST" => out.push_str(self.rng.pick(LAST)),
            "POL" => {
                let t = self.rng.pick(&["Sen.", "Gov.", "Rep.", "Mayor"]);
                let p = self.person();
                out.push_str(&format!("{t} {} {}", p.first, p.last));
            }
            "SUBJ" => out.push_str(self.rng.pick(SUBJECTS)),
            "MODAL" => out.push_str(self.rng.pick(MODALS)),
            "VERB" => out.push_str(self.rng.pick(VERBS)),
            "VPP" => out.push_str(self.rng.pick(VERBS_PP)),
            "OBJ" => {
                let t = self.rng.pick(OBJECTS);
                self.expand(t, ctx, out);
            }
            "ADJ" => {
                let t = self.rng.pick(ADJUNCTS);
                self.expand(t, ctx, out);
            }
            "FEEL" => out.push_str(self.rng.pick(FEELINGS)),
            "ADJS" => out.push_str(self.rng.pick(ADJS)),
            "NOUN" => out.push_str(self.rng.pick(NOUNS)),
            "GROUP" => out.push_str(self.rng.pick(GROUPS)),
            "GROUP_CAP" => out.push_str(&cap_first(self.rng.pick(GROUPS))),
            other => panic!("template key {other:?}"),
        }
    }

    /// A speech sentence (or, rarely, a quotation running over several paragraphs, returned
    /// with its paragraph breaks).
    fn speech(&mut self, ctx: &mut Ctx, out: &mut String) {
        // half the time the previous speaker goes on; otherwise another member of the cast
        if ctx.last_speaker.is_none() || self.rng.chance(50) {
            ctx.cur = self.rng.below(ctx.cast.len());
        }
        if self.rng.chance(3) {
            // the newspaper convention: each continued paragraph opens with a quotation mark
            // and the one before it is left unclosed
            self.expand("{QO}{QS}. {QS}.", ctx, out);
            for _ in 0..self.rng.range(1, 2) {
                out.push_str("\n\n");
                self.expand("{QO}{QS}. {QS}.", ctx, out);
            }
            out.push_str("\n\n");
            self.expand("{QO}{QS},{QC} {spk} said.", ctx, out);
            return;
        }
        let t = self.rng.pick(SPEECH);
        self.expand(t, ctx, out);
    }

    /// The next article.
    pub fn next_article(&mut self) -> Record {
        self.n += 1;
        let marks = match self.rng.below(20) {
            0..=10 => Marks::Curly,
            11..=17 => Marks::Straight,
            _ => Marks::British,
        };
        let cast_n = self.rng.range(2, 5);
        let cast = (0..cast_n).map(|_| self.person()).collect();
        let mut ctx = Ctx {
            marks,
            cast,
            cur: 0,
            last_speaker: None,
        };
        let publisher = self.rng.pick(PUBLISHERS);
        let chrome = self.rng.chance(20);
        let target = self.rng.range(1500, 5300);
        let mut text = String::with_capacity(target + 512);

        let mut headline = String::new();
        let h = self.rng.pick(HEADLINES);
        self.expand(h, &mut ctx, &mut headline);
        if chrome {
            text.push_str("Skip to main content\nHome | News | Business | Opinion\n\n");
        }
        if chrome || self.rng.chance(40) {
            text.push_str(&headline);
            text.push_str("\n\n");
        }
        if chrome {
            let by = self.person();
            text.push_str(&format!("By {} {}\n", by.first, by.last));
            let d = self.rng.range(1, 28);
            text.push_str(&format!(
                "Published {} {d}, 2024\n\nShare this article\n\n",
                self.rng.pick(MONTHS)
            ));
            let ph = self.person();
            let city = self.rng.pick(CITIES);
            text.push_str(&format!(
                "A view of downtown {city} on {}. (Photo: {} {}/{publisher})\n\n",
                self.rng.pick(WEEKDAYS),
                ph.first,
                ph.last
            ));
        }
        // dateline
        match self.rng.below(3) {
            0 => {
                let c = self.rng.pick(CITIES).to_uppercase();
                text.push_str(&format!("{c} ({publisher}) - "));
            }
            1 => {
                let d = self.rng.pick(US_DATELINES);
                text.push_str(&format!("{d} \u{2014} "));
            }
            _ => {}
        }
        let mut para_sents = 0;
        let para_max = self.rng.range(1, 3);
        let mut ads = 0;
        let mut sent = String::new();
        while text.len() < target {
            if para_sents > 0 {
                text.push(' ');
            }
            sent.clear();
            if self.rng.chance(30) {
                self.speech(&mut ctx, &mut sent);
            } else {
                let t = self.rng.pick(FILLER);
                self.expand(t, &mut ctx, &mut sent);
            }
            // "Corp." closing a sentence takes no second period
            if sent.contains("..") {
                sent = sent.replace("..", ".");
            }
            text.push_str(&sent);
            para_sents += 1;
            if para_sents >= para_max || self.rng.chance(35) {
                text.push_str("\n\n");
                para_sents = 0;
                if chrome && ads < 2 && self.rng.chance(12) {
                    text.push_str("Advertisement\n\n");
                    ads += 1;
                }
            }
        }
        let mut text = text.trim_end().to_string();
        if chrome {
            text.push_str("\n\nRelated coverage\n");
            for _ in 0..3 {
                let h = self.rng.pick(HEADLINES);
                self.expand(h, &mut ctx, &mut text);
                text.push('\n');
            }
            text.push_str(&format!("\nCopyright 2024 {publisher}. All rights reserved."));
        }
        let month = self.rng.range(1, 12);
        let day = self.rng.range(1, 28);
        let id = format!("gen-{}-{:08}", self.seed, self.n);
        Record {
            url: format!(
                "https://www.{}.example/2024/{month:02}/{day:02}/{}-{}",
                slug(publisher),
                slug(&headline),
                self.n
            ),
            date: format!("2024-{month:02}-{day:02}"),
            publisher: publisher.to_string(),
            id,
            text,
        }
    }
}

/// Write articles until `bytes` bytes of JSONL are written; returns (articles, bytes).
pub fn generate(seed: u64, bytes: u64, out: &mut dyn Write) -> io::Result<(u64, u64)> {
    let mut g = Gen::new(seed);
    let mut cw = CountingWriter { inner: out, n: 0 };
    let mut articles = 0;
    while cw.n < bytes {
        g.next_article().write_json(&mut cw)?;
        articles += 1;
    }
    cw.flush()?;
    Ok((articles, cw.n))
}

struct CountingWriter<'a> {
    inner: &'a mut dyn Write,
    n: u64,
}

impl Write for CountingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let k = self.inner.write(buf)?;
        self.n += k as u64;
        Ok(k)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

// ---------------------------------------------------------------------------------------------
// regex baseline

#[derive(serde::Deserialize)]
struct TextOnly {
    #[serde(default)]
    text: String,
}

/// What the baseline counted.
#[derive(Debug, Default, Clone, Copy)]
pub struct BaselineCount {
    pub articles: u64,
    pub bad_lines: u64,
    pub text_bytes: u64,
    pub matches: u64,
}

impl BaselineCount {
    fn add(self, o: BaselineCount) -> BaselineCount {
        BaselineCount {
            articles: self.articles + o.articles,
            bad_lines: self.bad_lines + o.bad_lines,
            text_bytes: self.text_bytes + o.text_bytes,
            matches: self.matches + o.matches,
        }
    }
}

/// Read JSONL from `path`; parse each line with serde_json; count cue-word matches in the
/// texts on `threads` rayon threads (0 = all cores). Lines are read on one thread and handed
/// over in batches of ~8 MB, as whosaid does.
pub fn baseline(path: &str, threads: usize) -> io::Result<(BaselineCount, u64)> {
    use rayon::prelude::*;
    let re = regex::Regex::new(r"(?-u:\b)(said|says|told|added|according to)(?-u:\b)").expect("valid regex");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(io::Error::other)?;
    let file = std::fs::File::open(path)?;
    let file_bytes = file.metadata()?.len();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Vec<u8>>>(2);
    let reader = std::thread::spawn(move || -> io::Result<()> {
        let mut r = BufReader::with_capacity(1 << 20, file);
        let mut batch = Vec::new();
        let mut size = 0usize;
        loop {
            let mut line = Vec::new();
            if r.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            size += line.len();
            batch.push(line);
            if size >= 8 << 20 {
                size = 0;
                if tx.send(std::mem::take(&mut batch)).is_err() {
                    return Ok(());
                }
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
        Ok(())
    });
    let mut total = BaselineCount::default();
    for batch in rx {
        let c = pool.install(|| {
            batch
                .par_iter()
                .map(|line| {
                    if line.iter().all(|b| b.is_ascii_whitespace()) {
                        return BaselineCount::default();
                    }
                    match serde_json::from_slice::<TextOnly>(line) {
                        Ok(rec) => BaselineCount {
                            articles: 1,
                            bad_lines: 0,
                            text_bytes: rec.text.len() as u64,
                            matches: re.find_iter(&rec.text).count() as u64,
                        },
                        Err(_) => BaselineCount {
                            bad_lines: 1,
                            ..Default::default()
                        },
                    }
                })
                .reduce(BaselineCount::default, BaselineCount::add)
        });
        total = total.add(c);
    }
    reader
        .join()
        .map_err(|_| io::Error::other("reader thread panicked"))??;
    Ok((total, file_bytes))
}

// ---------------------------------------------------------------------------------------------
// command line

const USAGE: &str = "usage:
  gencorpus [--mb N] [--seed S] [-o FILE]      generate N MB (default 10) of JSONL articles (seed default 42)
  gencorpus --baseline FILE [--threads N]      regex baseline over a JSONL file (threads default: all cores)";

struct Args {
    mb: f64,
    seed: u64,
    output: Option<String>,
    baseline: Option<String>,
    threads: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        mb: 10.0,
        seed: 42,
        output: None,
        baseline: None,
        threads: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--mb" => a.mb = val("--mb")?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--seed" => a.seed = val("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "-o" | "--output" => a.output = Some(val("-o")?),
            "--baseline" => a.baseline = Some(val("--baseline")?),
            "--threads" | "-j" => a.threads = val("--threads")?.parse().map_err(|e| format!("--threads: {e}"))?,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if !(a.mb.is_finite() && a.mb >= 0.0) {
        return Err("--mb must be a non-negative number".into());
    }
    Ok(a)
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gencorpus: {e}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let res = if let Some(path) = &args.baseline {
        let start = Instant::now();
        baseline(path, args.threads).map(|(c, file_bytes)| {
            let s = start.elapsed().as_secs_f64();
            println!(
                "baseline: {} articles, {} matches, {} bad lines, {:.1} MB file ({:.1} MB text) in {:.2} s: {:.1} MB/s, {:.0} articles/s",
                c.articles,
                c.matches,
                c.bad_lines,
                file_bytes as f64 / 1e6,
                c.text_bytes as f64 / 1e6,
                s,
                file_bytes as f64 / 1e6 / s,
                c.articles as f64 / s
            );
        })
    } else {
        let bytes = (args.mb * 1e6) as u64;
        let run = |w: &mut dyn Write| generate(args.seed, bytes, w);
        let r = match &args.output {
            Some(p) => std::fs::File::create(p).and_then(|f| run(&mut BufWriter::with_capacity(1 << 20, f))),
            None => run(&mut BufWriter::with_capacity(1 << 20, io::stdout().lock())),
        };
        r.map(|(n, b)| eprintln!("gencorpus: {n} articles, {b} bytes (seed {})", args.seed))
    };
    if let Err(e) = res {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return;
        }
        eprintln!("gencorpus: {e}");
        std::process::exit(1);
    }
}
