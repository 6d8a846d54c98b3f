//! The gazetteer: every populated place of Ukraine, its raions and oblasts, regions such as
//! Donbas, and sites such as Azovstal, each under all of its spellings.
//!
//! The table (`gazetteer/places.tsv`, built from GeoNames by `gazetteer/build.py`) is
//! embedded in the binary and parsed once, lazily, on first use; `--gazetteer DIR` loads
//! another `places.tsv` or adds user rows. Names are indexed by their folded key
//! ([`crate::fold`]) in one leftmost-longest automaton ([`matcher`]).

pub mod index;
pub mod matcher;

use once_cell::sync::{Lazy, OnceCell};
use rustc_hash::FxHashMap;
use std::fmt;
use std::path::Path;

/// The embedded gazetteer table.
const EMBEDDED_PLACES: &str = include_str!("../../gazetteer/places.tsv");
/// Single words that never resolve as places on their own.
const EMBEDDED_NOT_PLACES: &str = include_str!("../../gazetteer/curated/not_places.txt");

/// Oblasts where the war in the east is reported; a name shared with places elsewhere is
/// taken to be here unless the text says otherwise.
pub const FRONT_LINE_OBLASTS: &[&str] = &[
    "Donetsk",
    "Luhansk",
    "Kharkiv",
    "Zaporizhzhia",
    "Kherson",
    "Dnipropetrovsk",
    "Sumy",
];

/// How much a place's own name outweighs an alternate name of another place.
const PRIMARY_NAME_BONUS: f64 = 2.0;

/// From how many places bearing a name as their own, one of them on the front line, it is a
/// common village name ("Petrivka", "Lysivka") ...
const COMMON_NAME_BEARERS: usize = 3;
/// ... whose reading as the old name of a town (Kurakhove was Petrivka, Ukrainsk was
/// Lysivka) is this much less likely: a report naming "Petrivka" means one of the villages.
/// So is the old name of a town that a front-line village bears as its own today, unless it
/// is a Soviet name ([`SOVIET_NAME_ROOTS`]): "Hrodivka (east of Pokrovsk)" is the village,
/// not Myrnohrad, which was Hrodivka before 1965. Soviet names that no village or only one or
/// two bear ("Artemivsk", "Krasnyi Luch", "Krasnyi Lyman") keep naming their towns: Russian
/// reports still use them. A renamed village keeps its old name (Chumatske, until 2024
/// Pushkine, as a hundred villages are named).
const COMMON_FORMER_NAME_PENALTY: f64 = 4.0;
/// Roots of the Soviet names that the renaming of 2016 replaced and that Russian-language
/// reports still use (Artemivsk, Dzerzhynsk, Krasnoarmiisk, Kirovske, Stakhanov, Dymytrov,
/// Sverdlovsk, Komsomolske, Zhovtneve, ...), as folded ASCII.
const SOVIET_NAME_ROOTS: &[&str] = &[
    "artem",
    "budenn",
    "budyon",
    "chapa",
    "cherv",
    "dimitr",
    "dymytr",
    "dzerzh",
    "engels",
    "frunz",
    "illich",
    "ilich",
    "kalinin",
    "kirov",
    "komin",
    "komsomol",
    "komun",
    "kommun",
    "krasn",
    "kuibysh",
    "kuybysh",
    "lenin",
    "marks",
    "marx",
    "oktiabr",
    "oktyabr",
    "ordzhon",
    "pershotrav",
    "pervomai",
    "petrovsk",
    "proletar",
    "radiansk",
    "radyansk",
    "shchors",
    "sovetsk",
    "stakhan",
    "sverdl",
    "telman",
    "voroshil",
    "voroshyl",
    "zhdan",
    "zhovtn",
];
/// The population from which a settlement is a town that grew out of a village, whose
/// village name GeoNames keeps as an alternate.
const TOWN_POPULATION: u64 = 5_000;

/// The consonants of a folded name, `g` read as `h` and a doubled letter once: what the
/// Ukrainian- and Russian-based romanisations of a name share ("Lozova" and "Lozovaya" are
/// both `lzv`, "Kostiantynivka" is `kstntnvk` and "Konstantinovka" `knstntnvk`).
fn consonant_skeleton(name: &str) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(name.len());
    for b in crate::fold::fold_name(name).bytes() {
        let b = if b == b'g' { b'h' } else { b };
        if b.is_ascii_lowercase() && !b"aeiouyj".contains(&b) && out.last() != Some(&b) {
            out.push(b);
        }
    }
    out
}

/// Whether two names are spellings of one name ("Konstantinovka", "Kostiantynivka") rather
/// than two names ("Petrivka", "Kurakhove").
fn spellings_of_one_name(a: &str, b: &str) -> bool {
    let (a, b) = (consonant_skeleton(a), consonant_skeleton(b));
    strsim::generic_levenshtein(&a, &b) <= 2
}

/// Whether `written` is a Soviet place name (see [`SOVIET_NAME_ROOTS`]). A name in Latin
/// letters is read as written, without case; others ("Артемовск") are folded to Latin first.
fn is_soviet_name(written: &str) -> bool {
    static ROOTS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SOVIET_NAME_ROOTS)
            .expect("the roots are plain text")
    });
    if written.is_ascii() {
        ROOTS.is_match(written)
    } else {
        ROOTS.is_match(&crate::fold::fold_name(written))
    }
}

/// What kind of place an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A named site: a plant, a prison, a bridge, an airport.
    Site,
    /// A city, town or village.
    Settlement,
    /// A raion (district).
    Raion,
    /// An oblast (or Crimea, Kyiv City, Sevastopol).
    Oblast,
    /// A region spanning oblasts, such as Donbas.
    Region,
    /// A country.
    Country,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "site" => Kind::Site,
            "settlement" => Kind::Settlement,
            "raion" => Kind::Raion,
            "oblast" => Kind::Oblast,
            "region" => Kind::Region,
            "country" => Kind::Country,
            _ => return None,
        })
    }

    /// The `location_kind` written in outputs: `settlement, site, raion, region, country`
    /// (an oblast is a region there).
    pub fn location_kind(self) -> &'static str {
        match self {
            Kind::Site => "site",
            Kind::Settlement => "settlement",
            Kind::Raion => "raion",
            Kind::Oblast | Kind::Region => "region",
            Kind::Country => "country",
        }
    }

    /// ACLED geo-precision of an event placed here: 1 a named settlement or site, 2 a raion,
    /// 3 an oblast or wider.
    pub fn geo_precision(self) -> u8 {
        match self {
            Kind::Site | Kind::Settlement => 1,
            Kind::Raion => 2,
            Kind::Oblast | Kind::Region | Kind::Country => 3,
        }
    }
}

/// One place of the gazetteer. Its text fields borrow the table it was read from, which
/// lives as long as the program (embedded, or read once and kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// `gn:<geonameid>`, `site:<key>` or `region:<key>`.
    pub id: &'static str,
    /// Settlement, site, raion, oblast, region or country.
    pub kind: Kind,
    /// GeoNames feature code (PPLA, PPL, ADM2 ...), or SITE / REGION.
    pub code: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Oblast (short English form); several joined by `|` for a region.
    pub admin1: &'static str,
    /// Raion display name, empty when unknown.
    pub admin2: &'static str,
    /// Latitude, WGS84.
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
    /// Population (0 when GeoNames does not know it).
    pub population: u64,
    /// Every spelling indexed, `|` between.
    pub names: &'static str,
    /// Where the coordinates come from.
    pub source: &'static str,
    /// [`Entry::prior`], worked out once when the table is read: resolution asks for it
    /// for every candidate of every name.
    prior: f64,
    /// [`Entry::point`], worked out once for the same reason.
    point: GeoPoint,
    /// [`Entry::on_front_line`], worked out once: the reading of a former name asks it of
    /// every candidate.
    front_line: bool,
}

impl Entry {
    /// A prior for choosing among same-named places when the text gives no other clue:
    /// administrative rank, population and whether the place lies on the front line.
    pub fn prior(&self) -> f64 {
        self.prior
    }

    /// The position, ready for distance comparisons.
    pub fn point(&self) -> GeoPoint {
        self.point
    }

    /// Whether this entry lies in one of the oblasts of `area` (a settlement in an oblast, a
    /// raion or a region spanning several).
    pub fn shares_an_oblast_with(&self, area: &Entry) -> bool {
        self.admin1
            .split('|')
            .any(|a| area.admin1.split('|').any(|b| a == b))
    }

    /// Whether the entry is one of the city districts curated as sites (Kharkiv's, which
    /// GeoNames lacks): `gazetteer/curated/sites.tsv` names each "<district> district (<city>)".
    pub fn is_curated_city_district(&self) -> bool {
        self.kind == Kind::Site && self.name.contains(" district (")
    }

    /// Whether the entry is a part of a city: a curated district or a section GeoNames
    /// lists (PPLX: "Saltivka", "the Kuibyshevsky district of Donetsk").
    pub fn is_city_section(&self) -> bool {
        self.is_curated_city_district() || (self.kind == Kind::Settlement && self.code == "PPLX")
    }

    /// Whether the entry lies in `area`: in the raion, when the area is one (Vovchansk
    /// is in Kharkiv Oblast but not in Kupianskyi Raion), else in one of its oblasts.
    pub fn lies_within(&self, area: &Entry) -> bool {
        if area.kind == Kind::Raion {
            self.admin2.split('|').any(|a| a == area.admin2)
        } else {
            self.shares_an_oblast_with(area)
        }
    }

    fn lies_on_front_line(admin1: &str) -> bool {
        admin1.split('|').any(|a| FRONT_LINE_OBLASTS.contains(&a))
    }

    fn rank_prior(code: &str, population: u64, front_line: bool) -> f64 {
        let rank = match code {
            "PPLC" => 6.0,
            "PPLA" => 5.0,
            "PPLA2" => 2.5,
            "PPLA3" => 1.5,
            "PPL" | "PPLF" | "PPLL" | "PPLS" => 1.0,
            "PPLX" => 0.5,
            "PPLH" | "PPLQ" | "PPLW" => -1.0,
            "SITE" => 4.0,
            "ADM1" => 6.0,
            "ADM2" => 3.0,
            "REGION" => 5.0,
            _ => 0.0,
        };
        let population = (population as f64 + 1.0).log10();
        let front = if front_line { 2.0 } else { 0.0 };
        rank + population + front
    }

    /// Whether the entry lies in one of the [`FRONT_LINE_OBLASTS`].
    pub fn on_front_line(&self) -> bool {
        self.front_line
    }
}

/// A gazetteer table that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    /// The file (or `embedded`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// The loaded gazetteer with its name index.
pub struct Gazetteer {
    entries: Vec<Entry>,
    index: matcher::NameIndex,
    /// Positions of the oblast entries, looked up often (coordinations, shorthands).
    oblasts: Vec<u32>,
    /// Positions of the region entries (Donbas ...).
    regions: Vec<u32>,
    /// Built on first use: see [`Gazetteer::one_deletion_apart`].
    deletions: OnceCell<Deletions>,
    /// Built on first use: see [`Gazetteer::oblast_stems`].
    oblast_stems: OnceCell<Vec<(u32, String)>>,
}

/// Front-line settlements and sites by their folded own name with one letter deleted (and
/// whole), so that names one edit from a word are found without comparing it with every
/// name: two strings one edit apart share a key of this kind (SymSpell's idea).
struct Deletions {
    keys: FxHashMap<String, Vec<u32>>,
    own: FxHashMap<u32, String>,
}

/// The shortest folded name indexed for typos: short names are one edit from anything.
pub const TYPO_MIN_LEN: usize = 7;

fn deletions_of(key: &str) -> impl Iterator<Item = String> + '_ {
    (0..key.len())
        .map(move |i| format!("{}{}", &key[..i], &key[i + 1..]))
        .chain(std::iter::once(key.to_string()))
}

static EMBEDDED: Lazy<Gazetteer> = Lazy::new(Gazetteer::load_embedded);

impl Gazetteer {
    /// Parses the embedded table anew. [`Gazetteer::embedded`] does it once per process;
    /// this is what it costs (the benchmark measures it).
    pub fn load_embedded() -> Gazetteer {
        let entries = parse_places(EMBEDDED_PLACES, "embedded places.tsv")
            .expect("the embedded gazetteer is checked by the test suite");
        Gazetteer::new(
            entries,
            matcher::NameIndex::embedded(index::stop_words(EMBEDDED_NOT_PLACES)),
        )
    }

    /// The embedded gazetteer, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// Loads `DIR/places.tsv` (replacing the embedded table) and/or `DIR/extra.tsv` (user
    /// rows added to it), and `DIR/not_places.txt` if present. The tables are kept for the
    /// rest of the program, as the embedded one is.
    pub fn load_dir(dir: &Path) -> Result<Gazetteer, GazetteerError> {
        let read = |name: &str| -> Result<Option<(String, &'static str)>, GazetteerError> {
            let path = dir.join(name);
            if !path.exists() {
                return Ok(None);
            }
            std::fs::read_to_string(&path)
                .map(|text| {
                    Some((
                        path.display().to_string(),
                        &*Box::leak(text.into_boxed_str()),
                    ))
                })
                .map_err(|e| GazetteerError {
                    path: path.display().to_string(),
                    line: 0,
                    message: format!("cannot read: {e}"),
                })
        };
        let places = read("places.tsv")?;
        let extra = read("extra.tsv")?;
        if places.is_none() && extra.is_none() {
            return Err(GazetteerError {
                path: dir.display().to_string(),
                line: 0,
                message: "expected places.tsv or extra.tsv in the folder, but found neither".into(),
            });
        }
        let mut entries = match &places {
            Some((path, text)) => parse_places(text, path)?,
            None => parse_places(EMBEDDED_PLACES, "embedded places.tsv")?,
        };
        if let Some((path, text)) = &extra {
            entries.extend(parse_places(text, path)?);
        }
        let user_stop = read("not_places.txt")?.map(|(_, text)| text).unwrap_or("");
        let index = matcher::NameIndex::build(
            entries.iter().map(|e| (e.name, e.names)),
            index::stop_words(EMBEDDED_NOT_PLACES).chain(index::stop_words(user_stop)),
        );
        Ok(Gazetteer::new(entries, index))
    }

    fn new(entries: Vec<Entry>, index: matcher::NameIndex) -> Gazetteer {
        let of_kind = |kind: Kind| {
            (0..entries.len() as u32)
                .filter(|&i| entries[i as usize].kind == kind)
                .collect()
        };
        let (oblasts, regions) = (of_kind(Kind::Oblast), of_kind(Kind::Region));
        Gazetteer {
            entries,
            index,
            oblasts,
            regions,
            deletions: OnceCell::new(),
            oblast_stems: OnceCell::new(),
        }
    }

    /// Front-line settlements and sites whose folded own name shares a one-deletion form
    /// with `key` (a folded word without padding), with that name: the candidates for a
    /// name one edit away. The index is built on first use (~10 ms).
    pub fn one_deletion_apart(&self, key: &str) -> Vec<(u32, String)> {
        let d = self.deletions.get_or_init(|| {
            let mut d = Deletions {
                keys: FxHashMap::default(),
                own: FxHashMap::default(),
            };
            for (i, e) in self.entries.iter().enumerate() {
                if !e.on_front_line() || !matches!(e.kind, Kind::Settlement | Kind::Site) {
                    continue;
                }
                let own = crate::fold::fold_name(e.name).trim().to_string();
                if own.len() < TYPO_MIN_LEN || !own.is_ascii() {
                    continue;
                }
                for k in deletions_of(&own) {
                    d.keys.entry(k).or_default().push(i as u32);
                }
                d.own.insert(i as u32, own);
            }
            d
        });
        if !key.is_ascii() {
            return Vec::new();
        }
        // One buffer for every deleted form of the word: this runs for each candidate word.
        let mut form = String::with_capacity(key.len());
        let mut found: Vec<u32> = Vec::new();
        for i in 0..=key.len() {
            form.clear();
            if i < key.len() {
                form.push_str(&key[..i]);
                form.push_str(&key[i + 1..]);
            } else {
                form.push_str(key);
            }
            found.extend(d.keys.get(form.as_str()).into_iter().flatten());
        }
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .filter_map(|i| Some((i, d.own.get(&i)?.clone())))
            .collect()
    }

    /// The oblast entries.
    pub fn oblasts(&self) -> &[u32] {
        &self.oblasts
    }

    /// Each oblast with its short name folded ("donetsk"), for comparing a misspelt word
    /// with every oblast: folded once, not for every word compared.
    pub fn oblast_stems(&self) -> &[(u32, String)] {
        self.oblast_stems.get_or_init(|| {
            self.oblasts
                .iter()
                .map(|&i| {
                    (
                        i,
                        crate::fold::fold_name(self.entry(i).admin1)
                            .trim()
                            .to_string(),
                    )
                })
                .collect()
        })
    }

    /// The region entries (areas spanning oblasts, such as Donbas).
    pub fn regions(&self) -> &[u32] {
        &self.regions
    }

    /// The oblast whose short name is `admin1` ("Luhansk").
    pub fn oblast(&self, admin1: &str) -> Option<u32> {
        self.oblasts
            .iter()
            .copied()
            .find(|&i| self.entry(i).admin1 == admin1)
    }

    /// The raion a settlement or site lies in: "the district" of a story told about one town
    /// is that town's raion. Looked up by name, rarely enough that a scan will do.
    pub fn raion_of(&self, place: &Entry) -> Option<u32> {
        if place.admin2.is_empty() {
            return None;
        }
        self.entries
            .iter()
            .position(|e| {
                e.kind == Kind::Raion && e.admin2 == place.admin2 && e.admin1 == place.admin1
            })
            .map(|i| i as u32)
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// One entry by its position.
    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The name index.
    pub fn index(&self) -> &matcher::NameIndex {
        &self.index
    }

    /// Entries whose spellings include `name` (after folding), best prior first.
    pub fn lookup(&self, name: &str) -> Vec<(&Entry, f64)> {
        let candidates = self.index.lookup(name);
        let mut found: Vec<(&Entry, f64)> = candidates
            .iter()
            .map(|&c| (self.entry(c.entry), self.prior_of(c, &candidates, name)))
            .collect();
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.id.cmp(b.0.id)));
        found
    }

    /// The prior of `candidate`, one of the `candidates` for the name `written`: its entry's
    /// prior, with more weight on a place's own name than on an alternate it carries, and
    /// less on a town's old name that is a common village name of the front line.
    pub fn prior_of(
        &self,
        candidate: matcher::Candidate,
        candidates: &[matcher::Candidate],
        written: &str,
    ) -> f64 {
        let entry = self.entry(candidate.entry);
        // "Pervomaisk" in a report of the war is the Luhansk town (Sokolohirsk since 2024),
        // not the one in Mykolaiv Oblast that keeps the name as its own: away from the front
        // line a name is not its bearer's more than a front-line town's.
        // (Only a town needs the look: a village far away is outweighed already, and the
        // look over every candidate of a name is paid for each of them.)
        let outshone_by_a_front_line_town = candidate.primary
            && !entry.on_front_line()
            && entry.population >= TOWN_POPULATION
            && candidates.iter().any(|c| {
                let other = self.entry(c.entry);
                other.on_front_line() && other.population >= TOWN_POPULATION
            });
        let name_bonus = if candidate.primary && !outshone_by_a_front_line_town {
            PRIMARY_NAME_BONUS
        } else if candidate.primary {
            0.0
        } else if entry.population >= TOWN_POPULATION
            && (self.is_common_village_name(candidates)
                || (self.is_front_line_village_name(candidates) && !is_soviet_name(written)))
            && !spellings_of_one_name(written, entry.name)
        {
            -COMMON_FORMER_NAME_PENALTY
        } else if entry.population >= TOWN_POPULATION
            && entry.on_front_line()
            && is_soviet_name(written)
        {
            // "Krasny Liman" in a Russian report is Lyman, the town of 20,000 that bore the
            // name until 2016, more than either of the two villages that still do: a Soviet
            // name few villages bear names its town as its own name would.
            PRIMARY_NAME_BONUS
        } else {
            0.0
        };
        entry.prior() + name_bonus
    }

    /// Whether the name carried by `candidates` is the own name of at least
    /// [`COMMON_NAME_BEARERS`] places, one of them on the front line.
    fn is_common_village_name(&self, candidates: &[matcher::Candidate]) -> bool {
        // (Towns that bear it, such as Pervomaisk in Mykolaiv Oblast, make no village name.)
        let mut bearers = candidates
            .iter()
            .filter(|c| c.primary && self.entry(c.entry).population < TOWN_POPULATION);
        bearers.clone().count() >= COMMON_NAME_BEARERS
            && bearers.any(|c| self.entry(c.entry).on_front_line())
    }

    /// Whether a place on the front line bears the name carried by `candidates` as its own.
    fn is_front_line_village_name(&self, candidates: &[matcher::Candidate]) -> bool {
        candidates
            .iter()
            .any(|c| c.primary && self.entry(c.entry).on_front_line())
    }

    /// The entry with this id.
    pub fn by_id(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// Parses a gazetteer table (the columns of `gazetteer/places.tsv`).
pub fn parse_places(text: &'static str, path: &str) -> Result<Vec<Entry>, GazetteerError> {
    let err = |line: usize, message: String| GazetteerError {
        path: path.to_string(),
        line,
        message,
    };
    const HEADER: &str =
        "id\tkind\tcode\tname\tadmin1\tadmin2\tlat\tlon\tpopulation\tnames\tsource";
    match text.lines().next() {
        Some(h) if h.trim_end() == HEADER => {}
        Some(h) => {
            return Err(err(
                1,
                format!("expected the header {HEADER:?}, but found {h:?}"),
            ))
        }
        None => return Err(err(1, "the table is empty".into())),
    }
    let mut entries = Vec::new();
    for (n, f) in index::rows(text) {
        if f.len() != index::COLUMNS {
            return Err(err(
                n,
                format!(
                    "expected {} tab-separated columns, but found {}",
                    index::COLUMNS,
                    f.len()
                ),
            ));
        }
        let kind = Kind::parse(f[1]).ok_or_else(|| {
            err(n, format!("expected a kind (settlement, site, raion, oblast, region, country), but found {:?}", f[1]))
        })?;
        let number = |s: &str, what: &str, lo: f64, hi: f64| -> Result<f64, GazetteerError> {
            match s.trim().parse::<f64>() {
                Ok(v) if v.is_finite() && (lo..=hi).contains(&v) => Ok(v),
                _ => Err(err(
                    n,
                    format!("expected a {what} between {lo} and {hi}, but found {s:?}"),
                )),
            }
        };
        let lat = number(f[6], "latitude", -90.0, 90.0)?;
        let lon = number(f[7], "longitude", -180.0, 180.0)?;
        let population = match f[8].trim() {
            "" => 0,
            p => p.parse::<u64>().map_err(|_| {
                err(
                    n,
                    format!("expected a population as a whole number, but found {p:?}"),
                )
            })?,
        };
        if f[3].trim().is_empty() {
            return Err(err(n, "expected a name, but found none".into()));
        }
        let front_line = Entry::lies_on_front_line(f[4]);
        entries.push(Entry {
            id: f[0],
            kind,
            code: f[2],
            name: f[3],
            admin1: f[4],
            admin2: f[5],
            lat,
            lon,
            population,
            names: f[9],
            source: f[10],
            prior: Entry::rank_prior(f[2], population, front_line),
            point: GeoPoint::new((lat, lon)),
            front_line,
        });
    }
    Ok(entries)
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    GeoPoint::new(a).distance_km(&GeoPoint::new(b))
}

/// A position ready for many distance computations: a point on the unit sphere, so that
/// comparing distances takes a few multiplications and no trigonometry (resolving a name
/// measures each candidate against every other place of the document).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    x: f64,
    y: f64,
    z: f64,
}

impl GeoPoint {
    /// The point at (latitude, longitude) in degrees.
    pub fn new((lat, lon): (f64, f64)) -> GeoPoint {
        let (lat, lon) = (lat.to_radians(), lon.to_radians());
        GeoPoint {
            x: lat.cos() * lon.cos(),
            y: lat.cos() * lon.sin(),
            z: lat.sin(),
        }
    }

    /// The squared chord to `other` on the unit sphere: it grows with the distance, so the
    /// nearest of many points can be found before converting one of them to kilometres.
    pub fn separation(&self, other: &GeoPoint) -> f64 {
        let (dx, dy, dz) = (self.x - other.x, self.y - other.y, self.z - other.z);
        dx * dx + dy * dy + dz * dz
    }

    /// Kilometres for a [`GeoPoint::separation`]: the central angle is twice the arcsine
    /// of half the chord.
    pub fn km(separation: f64) -> f64 {
        2.0 * 6371.0 * (separation.sqrt() / 2.0).min(1.0).asin()
    }

    /// Great-circle distance in kilometres.
    pub fn distance_km(&self, other: &GeoPoint) -> f64 {
        GeoPoint::km(self.separation(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanisations_are_one_name_and_old_names_another() {
        for (a, b) in [
            ("Konstantinovka", "Kostiantynivka"),
            ("Lozovaya", "Lozova"),
            ("Nikolske", "Nikol's\u{2019}ke"),
            ("Artyomovsk", "Artemivsk"),
            ("Kharkov", "Kharkiv"),
        ] {
            assert!(spellings_of_one_name(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("Petrivka", "Kurakhove"),
            ("Lysivka", "Ukrainsk"),
            ("Artemivsk", "Bakhmut"),
        ] {
            assert!(!spellings_of_one_name(a, b), "{a} {b}");
        }
    }

    #[test]
    fn the_embedded_table_parses() {
        let g = Gazetteer::embedded();
        assert!(g.entries().len() > 33_000);
        let kharkiv = g.lookup("Kharkiv");
        assert_eq!(kharkiv[0].0.id, "gn:706483");
    }

    #[test]
    fn the_compiled_index_matches_one_built_now() {
        let g = Gazetteer::embedded();
        let fresh = matcher::NameIndex::build(
            g.entries().iter().map(|e| (e.name, e.names)),
            index::stop_words(EMBEDDED_NOT_PLACES),
        );
        assert_eq!(fresh.len(), g.index().len());
        for name in ["Siverskodonetsk", "Dibrova", "Luhansk Oblast", "Azovstal"] {
            assert_eq!(fresh.lookup(name), g.index().lookup(name), "{name}");
            assert!(g.index().lookup(name).iter().any(|c| c.primary), "{name}");
        }
        assert!(g.index().lookup("Nova").is_empty());
    }

    #[test]
    fn bad_rows_are_named_by_line() {
        let text = "id\tkind\tcode\tname\tadmin1\tadmin2\tlat\tlon\tpopulation\tnames\tsource\n\
                    x:1\tsettlement\tPPL\tA\tDonetsk\t\t48.1\t37.1\t0\tA\tme\n\
                    x:2\tvillage\tPPL\tB\tDonetsk\t\t48.1\t37.1\t0\tB\tme\n";
        let e = parse_places(text, "extra.tsv").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("village"), "{e}");
        let text = text
            .replace("village", "settlement")
            .replace("\t48.1\t37.1\t0\tB", "\t148.1\t37.1\t0\tB");
        let text: &'static str = Box::leak(text.into_boxed_str());
        let e = parse_places(text, "extra.tsv").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("extra.tsv:3: expected a latitude"),
            "{e}"
        );
    }

    #[test]
    fn names_one_edit_away_share_a_deletion() {
        let g = Gazetteer::embedded();
        let found = g.one_deletion_apart("kramatrosk");
        assert!(
            found.iter().any(|(_, own)| own == "kramatorsk"),
            "{found:?}"
        );
        assert!(g.one_deletion_apart("washington").is_empty());
    }

    #[test]
    fn distances_are_in_kilometres() {
        let kyiv = (50.45, 30.5233);
        let kharkiv = (49.98177, 36.25475);
        let d = distance_km(kyiv, kharkiv);
        assert!((405.0..415.0).contains(&d), "{d}");
    }
}
