//! Norwegian Bokmål word tables for the demo agency (`securebase demo --language nb`): a fictional
//! kommunal barneverntjeneste with its fosterhjemstjeneste. Every table mirrors an English one in
//! `demo.rs`, `demo_names.rs` or `demo_assessments.rs` with the same type and the suffix `_NB`, in
//! the same order and, where the generator or a test counts on it, with the same number of
//! entries, the same age tags and the same evidence keys (`source|account`, `area|source|account`:
//! the keys stay in English, only the account is Norwegian).
//!
//! As in English, every person is a random combination of a common given name and a common family
//! name, so nobody in the demo is a real person. Towns are real Norwegian places; streets, homes,
//! schools and the agency are invented.
//!
//! The assessment templates take the same placeholders (`{name}`, `{carer}`, `{date}`, `{sub}`,
//! `{Sub}`, `{obj}`, `{pos}`, `{self}`, `{was}`), filled from [`pronouns_nb`]: han/hun/hen,
//! ham/henne/hen, hans/hennes/hens, «seg selv» and «var». `{pos}` is only used where Norwegian takes
//! the non-reflexive possessive; where the owner is the subject of the clause the templates say
//! «sin/sitt/sine» themselves. A genitive of a name is written «til {carer}» («fanget til Kari»),
//! never «{carer}s», which would break on names ending in -s. `{date}` reads «3. mars» (see
//! [`MONTHS_NB`] and [`spoken_nb`]), so the templates say «den {date}».
//!
//! Below the tables that mirror named consts are a few more for the English text `demo.rs` writes
//! inline (household names, contact arrangements, education and so on), each saying which text it
//! stands for.

use securebase_core::{Dimension, Role};

use super::demo_assessments::Age::{Any as A, Little as L, Older as O};
use super::demo_assessments::Texts;
use super::demo_names::Heritage;

// ================================================================ demo.rs

pub(super) const ORG_NAME_NB: &str = "Fjordbyen barneverntjeneste (demo)";

/// The roles of `ACCOUNTS`, in the same order, at `fjordbyen.test`: e-mail addresses are unique across
/// organisations, and the Norwegian agency is seeded beside the English one.
pub(super) const ACCOUNTS_NB: &[(&str, &str, Role)] = &[
    ("admin@fjordbyen.test", "Ingrid Solberg", Role::AgencyAdmin),
    ("manager@fjordbyen.test", "Tomasz Nowak", Role::TeamManager),
    ("ssw@fjordbyen.test", "Amina Warsame", Role::SupervisingSocialWorker),
    ("csw@fjordbyen.test", "Eirik Haugen", Role::ChildSocialWorker),
    ("carer@fjordbyen.test", "Kim Solheim", Role::Caregiver),
];

/// The e-mail domain of the named accounts and of the generated workers (`first.last@fjordbyen.test`),
/// and of those of the further organisations `--scale` would add (`{index}` from 2).
pub(super) const EMAIL_DOMAIN_NB: &str = "fjordbyen.test";
pub(super) const EMAIL_DOMAIN_N_NB: &str = "fjordbyen{index}.test";

/// The organisation's time zone.
pub(super) const TIME_ZONE_NB: &str = "Europe/Oslo";

/// Legal bases under barnevernsloven (2021, in force 2023), standing for the English statuses.
pub(super) const ICO_NB: &str = "Akuttvedtak (barnevernsloven kapittel 4)";
pub(super) const CARE_ORDER_NB: &str = "Omsorgsovertakelse (barnevernsloven § 5-1)";
pub(super) const S20_NB: &str = "Frivillig plassering som hjelpetiltak (barnevernsloven kapittel 3)";
pub(super) const S20_UASC_NB: &str = "Enslig mindreårig, frivillig plassering (barnevernsloven kapittel 3)";
pub(super) const PLACEMENT_ORDER_NB: &str = "Adopsjonsvedtak (barnevernsloven kapittel 5)";
pub(super) const CARE_LEAVER_NB: &str = "Ettervern (barnevernsloven § 3-6)";

pub(super) const FALLBACK_NB: Heritage = Heritage {
    weight: 1,
    female: &["Kim"],
    male: &["Robin"],
    family: &["Hansen"],
    ethnicity: &["Ikke kjent"],
    religion: &["Ikke kjent"],
    language: &["Norsk"],
    uasc: false,
    mixed_with_white: None,
};

// ---------------------------------------------------------------- text demo.rs writes inline

/// `org_name`: "Demo Agency {index}" for the second organisation on.
pub(super) const ORG_NAME_N_NB: &str = "Demobarneverntjeneste {index}";

/// The prefix of local identifiers in the first organisation ("NFP" in English).
pub(super) const LOCAL_ID_PREFIX_NB: &str = "FBV";

/// The carer@fjordbyen.test household: its family name and its two carers, the first of them the
/// account holder (English: "Whitfield", "Sam Whitfield", "Chris Whitfield"; the generator finds
/// the account holder with `starts_with("Sam")`, which becomes "Kim").
pub(super) const DEMO_CARER_FAMILY_NB: &str = "Solheim";
pub(super) const DEMO_CARERS_NB: [&str; 2] = ["Kim Solheim", "Robin Solheim"];

/// `address`: Norwegian order, street and number, then a four-digit postcode and the town
/// ("Bjørkeveien 12, 3018 Drammen").
pub(super) const ADDRESS_NB: &str = "{street} {number}, {postcode} {town}";

/// The postcodes of each town in [`TOWNS_NB`], (town, first, last), so that an address's
/// postcode belongs to its town; a town missing here gets any four digits.
pub(super) const TOWN_POSTCODES_NB: &[(&str, i64, i64)] = &[
    ("Drammen", 3015, 3048),
    ("Lillestrøm", 2000, 2010),
    ("Hamar", 2300, 2322),
    ("Tønsberg", 3110, 3128),
    ("Skien", 3711, 3740),
    ("Sandefjord", 3210, 3243),
    ("Moss", 1511, 1540),
    ("Gjøvik", 2815, 2830),
    ("Kongsberg", 3611, 3618),
    ("Larvik", 3256, 3280),
    ("Jessheim", 2050, 2069),
    ("Halden", 1760, 1790),
    ("Porsgrunn", 3911, 3944),
    ("Hønefoss", 3511, 3520),
];

/// Household names: "The {family} family", "The {a} and {b} family", "The {family} family
/// (kinship)".
pub(super) const HOUSEHOLD_NB: &str = "Familien {family}";
pub(super) const HOUSEHOLD_COUPLE_NB: &str = "Familien {a} og {b}";
pub(super) const HOUSEHOLD_KINSHIP_NB: &str = "Familien {family} (slektsfosterhjem)";

/// Kinship carers, (woman, man), in the order of the English match: (grandparents, paternal) =
/// (true, true), (true, false), (false, true), (false, false). Norwegian names the side in the
/// word itself, and the word is also what the child calls them.
pub(super) const KINSHIP_RELATIVES_NB: [(&str, &str); 4] =
    [("Farmor", "Farfar"), ("Mormor", "Morfar"), ("Faster", "Farbror"), ("Moster", "Morbror")];

/// `background`: "Nan {nan} ({side} grandmother)", as (maternal, paternal); `{given}` is her
/// given name.
pub(super) const GRANDMOTHER_NB: [&str; 2] = ["Mormor {given}", "Farmor {given}"];

/// `background` for a child in kinship care: "{called} {given} ({rel}, kinship carer)". `{rel}` is
/// the word from [`KINSHIP_RELATIVES_NB`] ("Mormor Kari (slektsfosterforelder)").
pub(super) const KINSHIP_CALLED_NB: &str = "{rel} {given} (slektsfosterforelder)";

/// `relations`: "{rel} (kinship carer)" and "Lives with them.".
pub(super) const KINSHIP_RELATION_NB: &str = "{rel} (slektsfosterforelder)";
pub(super) const LIVES_WITH_THEM_NB: &str = "Bor hos dem.";

/// Religion and ethnicity when nobody knows ("Not known"), the majority language ("English": the
/// generator picks an unaccompanied child's first language other than this one), and how the
/// health notes without needs begin ("No known").
pub(super) const NOT_KNOWN_NB: &str = "Ikke kjent";
pub(super) const MAIN_LANGUAGE_NB: &str = "Norsk";
pub(super) const NO_KNOWN_HEALTH_NB: &str = "Ingen kjente";

/// The legal status of a child who went home ("Care order discharged").
pub(super) const CARE_ORDER_DISCHARGED_NB: &str = "Omsorgsovertakelsen er opphevet";

/// Gender as recorded: ("Female", "Male", "Non-binary"). [`pronouns_nb`] still matches on the
/// English keys the generator uses.
pub(super) const GENDERS_NB: [&str; 3] = ["Jente", "Gutt", "Ikke-binær"];

/// How the last placement ended, by fate: Age18, Reunified, Current (moved to another provider).
pub(super) const END_AGE18_NB: &str = "Flyttet i egen leilighet med ettervern og oppfølging fra barneverntjenesten.";
pub(super) const END_REUNIFIED_NB: &str = "Flyttet hjem til mor; hjelpetiltak i hjemmet fortsetter.";
pub(super) const END_ELSEWHERE_NB: &str = "Flyttet til et fosterhjem hos en annen aktør.";
/// An emergency placement that ended as planned ("Moved on once a matched placement was found.").
pub(super) const END_EMERGENCY_NB: &str = "Flyttet videre da et passende fosterhjem var funnet.";
/// "The carers retired from fostering."
pub(super) const END_RETIRED_NB: &str = "Fosterforeldrene har sluttet som fosterhjem.";

/// `important_people`: an unaccompanied child's family, an adult outside the home (`{}` is a
/// family name, as in English), and the carers' dog.
pub(super) const UASC_FAMILY_NB: &str = "Mor og yngre søsken i hjemlandet";
pub(super) const ADULTS_OUTSIDE_NB: [&str; 4] = [
    "kontaktlærer {} på skolen",
    "{}, miljøarbeider på fritidsklubben",
    "fotballtrener {}",
    "{}, miljøterapeut på skolen",
];
pub(super) const CARERS_DOG_NB: &str = "hunden i fosterfamilien, Kiwi";

/// `relations`: what a mother is called, (unaccompanied, otherwise), and the same for a father.
pub(super) const MOTHER_NB: (&str, &str) = ("Mor", "Biologisk mor");
pub(super) const FATHER_NB: (&str, &str) = ("Far", "Biologisk far");
/// A sister or brother: (female, male).
pub(super) const SIBLING_NB: (&str, &str) = ("Søster", "Bror");

/// Contact with the mother of an unaccompanied child.
pub(super) const UASC_MOTHER_CONTACT_NB: &str = "Bor i hjemlandet; telefonkontakt når forbindelsen tillater det.";
/// Contact with the mother by legal status: adoption (PLACEMENT_ORDER), emergency (ICO),
/// voluntary (S20) and any other.
pub(super) const ADOPTION_CONTACT_NB: &str = "Brevkontakt to ganger i året.";
pub(super) const ICO_CONTACTS_NB: [&str; 2] =
    ["Samvær med tilsyn tre ganger i uka på familiesenteret.", "Samvær med tilsyn to ganger i uka."];
pub(super) const S20_CONTACT_NB: &str = "Samvær uten tilsyn i helgene; overnatting vurderes.";
pub(super) const CARE_ORDER_CONTACTS_NB: [&str; 4] = [
    "Samvær med tilsyn seks ganger i året, etter vedtak i barneverns- og helsenemnda.",
    "Samvær hver sjette uke i nærmiljøet.",
    "Telefon hver søndag; samvær én gang i måneden.",
    "Ikke direkte samvær nå; vurderes på nytt ved neste evaluering av omsorgsplanen.",
];
/// "Risk assessment in place; a contact supervisor is present."
pub(super) const CONTACT_RISK_NOTE_NB: &str = "Risikovurdering foreligger; tilsynsfører er til stede under samværet.";
/// Contact with the father: unaccompanied, then the choices otherwise.
pub(super) const UASC_FATHER_CONTACT_NB: &str = "Ukjent oppholdssted.";
pub(super) const FATHER_CONTACTS_NB: [&str; 4] = [
    "Brevkontakt én gang i året.",
    "Samvær med tilsyn én gang i måneden.",
    "Ingen kontakt; ukjent oppholdssted.",
    "Ringer på bursdager og til jul.",
];
/// A brother or sister: (in the same home, elsewhere).
pub(super) const SIBLING_CONTACT_NB: (&str, &str) =
    ("Bor i samme hjem.", "Søskensamvær annenhver uke, avtalt mellom fosterhjemmene.");
/// A former foster carer, and how they keep in touch.
pub(super) const FORMER_CARER_NB: &str = "Tidligere fosterforelder";
pub(super) const FORMER_CARER_CONTACT_NB: &str = "Holder kontakten på telefon; besøk på bursdager.";
/// Other adults who matter ("Mentor", "Youth worker", "Godparent", "Family friend"), and how often
/// they meet.
pub(super) const SIGNIFICANT_ADULTS_NB: [&str; 4] = ["Mentor", "Miljøarbeider", "Fadder", "Venn av familien"];
pub(super) const SIGNIFICANT_CONTACT_NB: &str = "Treffes med noen ukers mellomrom.";

/// `education` for Norway: barnehage from one, førskolegruppe at five, barneskole 1.–7. trinn
/// from six, ungdomsskole 8.–10. trinn, then videregående. Not the English age bands: a
/// Norwegian child starts school in the year they turn six. `pick` chooses one entry (the
/// generator's `rng.pick`).
pub(super) fn education_nb(
    age: i64,
    town: &str,
    pick: &mut dyn FnMut(&'static [&'static str]) -> &'static str,
) -> String {
    match age {
        i64::MIN..=0 => pick(EDUCATION_BABY_NB).to_owned(),
        1..=4 => format!("{} i {town}.", pick(EDUCATION_KINDERGARTEN_NB)),
        5 => format!("Går i førskolegruppa i en barnehage i {town}; gleder seg til å begynne på skolen."),
        6..=12 => format!("{}. trinn ved en barneskole i {town}. {}", age - 5, pick(EDUCATION_PRIMARY_NB)),
        13..=15 => format!("{}. trinn ved en ungdomsskole i {town}. {}", age - 5, pick(EDUCATION_LOWER_SECONDARY_NB)),
        16..=17 => pick(EDUCATION_UPPER_SECONDARY_NB).to_owned(),
        _ => "Går på videregående; har kontakt med ettervernsteamet i barneverntjenesten.".to_owned(),
    }
}

pub(super) const EDUCATION_BABY_NB: &[&str] = &[
    "Ikke begynt i barnehage ennå; går på babytreff på helsestasjonen sammen med fosterforelderen.",
    "Ikke begynt i barnehage ennå.",
];

/// Followed by " i {town}.".
pub(super) const EDUCATION_KINDERGARTEN_NB: &[&str] = &[
    "Har barnehageplass fem dager i uka",
    "Går i barnehage tre dager i uka",
    "Har nettopp begynt i barnehagen, med rolig tilvenning,",
];

pub(super) const EDUCATION_PRIMARY_NB: &[&str] = &[
    "Skole–hjem-samarbeidet fungerer godt; utviklingssamtale dette halvåret.",
    "Har individuell opplæringsplan (IOP) etter sakkyndig vurdering fra PPT.",
    "Oppmøte 95 prosent; elsker å lese sammen med fosterforelderen.",
    "Får ekstra lesestøtte på skolen.",
    "Syns friminuttene er vanskelige; har en fast voksen ute.",
];

pub(super) const EDUCATION_LOWER_SECONDARY_NB: &[&str] = &[
    "Kontaktlæreren følger opp tett, og samarbeidet med fosterhjemmet er godt.",
    "Spesialundervisning i matematikk etter vedtak; sakkyndig vurdering fra PPT.",
    "Redusert timeplan i en overgangsperiode etter flyttingen.",
    "Fraværet går ned; fast samtale med miljøterapeut på skolen.",
    "Gode karakterer i naturfag.",
    "Mye fravær i fjor; tett oppfølging og lite fravær i år.",
];

pub(super) const EDUCATION_UPPER_SECONDARY_NB: &[&str] = &[
    "Vg1 teknologi- og industrifag ved en videregående skole.",
    "Vg2 studiespesialisering.",
    "Lærling i frisørfaget; barneverntjenesten holder kontakten.",
    "Ikke i skole eller arbeid; får hjelp av barneverntjenesten og NAV til å finne veien videre.",
    "Går i innføringsklasse med norsk og matematikk.",
];

// ================================================================ demo_names.rs

/// The majority heritage: ethnic Norwegian, first in [`HERITAGES_NB`] as British is first in
/// English. Index 1 (Nordic) stands where Irish does: the other parent of some mixed-heritage
/// children.
pub(super) const BRITISH_NB: usize = 0;

/// Heritages common among children and families known to barneverntjenesten in Norway. Ethnicity
/// is written as a Norwegian caseworker would (Norway keeps no ethnic categories); the mixed
/// heritage is recorded as «Norsk-…». Unaccompanied minors come from Somalia, Eritrea, Syria and
/// Afghanistan.
pub(super) const HERITAGES_NB: &[Heritage] = &[
    Heritage {
        weight: 42,
        female: &[
            "Nora",
            "Emma",
            "Ella",
            "Olivia",
            "Sofie",
            "Ingrid",
            "Sara",
            "Maja",
            "Leah",
            "Frida",
            "Ida",
            "Thea",
            "Astrid",
            "Hedda",
            "Selma",
            "Amalie",
            "Julie",
            "Tiril",
            "Marte",
            "Silje",
            "Ingeborg",
            "Live",
            "Aurora",
            "Vilde",
            "Mathilde",
            "Hanna",
            "Mia",
            "Eline",
            "Oda",
            "Kaja",
            "Synne",
            "Tuva",
            "Elisabeth",
        ],
        male: &[
            "Jakob",
            "Emil",
            "Noah",
            "Oliver",
            "Filip",
            "William",
            "Lucas",
            "Liam",
            "Henrik",
            "Aksel",
            "Theodor",
            "Isak",
            "Magnus",
            "Johannes",
            "Mathias",
            "Sander",
            "Tobias",
            "Elias",
            "Kasper",
            "Jonas",
            "Sebastian",
            "Markus",
            "Martin",
            "Even",
            "Sindre",
            "Eirik",
            "Ola",
            "Håkon",
            "Vetle",
            "Mikkel",
            "Ludvig",
            "Kristoffer",
            "Alexander",
            "Fredrik",
        ],
        family: &[
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Jensen",
            "Karlsen",
            "Johnsen",
            "Pettersen",
            "Eriksen",
            "Berg",
            "Haugen",
            "Hagen",
            "Johannessen",
            "Andreassen",
            "Jacobsen",
            "Dahl",
            "Jørgensen",
            "Henriksen",
            "Lund",
            "Halvorsen",
            "Sørensen",
            "Moen",
            "Gundersen",
            "Iversen",
            "Strand",
            "Solberg",
            "Svendsen",
            "Eide",
            "Knutsen",
            "Martinsen",
            "Paulsen",
            "Bakken",
            "Kristoffersen",
            "Mathisen",
            "Lie",
            "Amundsen",
            "Lunde",
            "Holm",
            "Myhre",
            "Aasen",
            "Nygård",
            "Haugland",
        ],
        ethnicity: &["Norsk"],
        religion: &["Den norske kirke", "Den norske kirke", "Ingen", "Ingen", "Kristen (frikirke)", "Ikke kjent"],
        language: &["Norsk"],
        uasc: false,
        mixed_with_white: None,
    },
    Heritage {
        weight: 3,
        female: &["Elsa", "Alice", "Wilma", "Ebba", "Freja", "Clara", "Saga", "Signe", "Agnes", "Liv"],
        male: &["Hugo", "Nils", "Axel", "Viggo", "Oscar", "Malte", "Anton", "Valdemar", "Gustav", "Carl"],
        family: &[
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Lindqvist",
            "Bergström",
            "Madsen",
            "Rasmussen",
            "Christensen",
            "Kristensen",
            "Mortensen",
            "Holmberg",
        ],
        ethnicity: &["Svensk", "Dansk"],
        religion: &["Ingen", "Ingen", "Svenska kyrkan", "Den danske folkekirke"],
        language: &["Norsk", "Svensk", "Dansk"],
        uasc: false,
        mixed_with_white: None,
    },
    Heritage {
        weight: 2,
        female: &["Máret", "Elle", "Ánne", "Sunná", "Inga", "Risten", "Biret", "Ravna"],
        male: &["Niillas", "Ánte", "Áslat", "Mihkkal", "Jovnna", "Piera", "Isak", "Nils"],
        family: &["Somby", "Eira", "Sara", "Hætta", "Gaup", "Utsi", "Bongo", "Turi", "Buljo", "Oskal"],
        ethnicity: &["Samisk", "Samisk", "Norsk-samisk"],
        religion: &["Den norske kirke", "Den norske kirke", "Ingen", "Læstadiansk"],
        language: &["Norsk", "Norsk", "Nordsamisk"],
        uasc: false,
        mixed_with_white: None,
    },
    Heritage {
        weight: 6,
        female: &[
            "Zofia",
            "Maja",
            "Zuzanna",
            "Julia",
            "Hanna",
            "Katarzyna",
            "Małgorzata",
            "Natalia",
            "Wiktoria",
            "Oliwia",
        ],
        male: &[
            "Jakub",
            "Szymon",
            "Kacper",
            "Filip",
            "Mateusz",
            "Bartosz",
            "Piotr",
            "Tomasz",
            "Wojciech",
            "Aleksander",
        ],
        family: &[
            "Nowak",
            "Wójcik",
            "Kowalczyk",
            "Mazur",
            "Krawczyk",
            "Zając",
            "Król",
            "Wieczorek",
            "Dudek",
            "Pawlak",
            "Michalak",
            "Sikora",
            "Baran",
            "Duda",
            "Szewczyk",
            "Walczak",
        ],
        ethnicity: &["Polsk"],
        religion: &["Katolsk", "Katolsk", "Ingen"],
        language: &["Polsk", "Polsk", "Norsk"],
        uasc: false,
        mixed_with_white: Some("Norsk-polsk"),
    },
    Heritage {
        weight: 3,
        female: &["Emilija", "Austėja", "Gabija", "Ugnė", "Kamilė", "Urtė", "Lėja", "Rugilė"],
        male: &["Lukas", "Matas", "Jokūbas", "Dominykas", "Nojus", "Kajus", "Benas", "Mantas"],
        family: &[
            "Kazlauskas",
            "Jankauskas",
            "Petrauskas",
            "Stankevičius",
            "Vasiliauskas",
            "Žukauskas",
            "Butkus",
            "Paulauskas",
            "Urbonas",
            "Kavaliauskas",
        ],
        ethnicity: &["Litauisk"],
        religion: &["Katolsk", "Katolsk", "Ingen"],
        language: &["Litauisk", "Litauisk", "Norsk"],
        uasc: false,
        mixed_with_white: Some("Norsk-litauisk"),
    },
    Heritage {
        weight: 4,
        female: &["Hodan", "Ayan", "Sagal", "Fardowsa", "Hibo", "Idil", "Nimco", "Ifrah", "Amina", "Sahra"],
        male: &["Abdirahman", "Abdi", "Mohamed", "Liban", "Hamse", "Guled", "Bashir", "Said", "Abdullahi", "Yasin"],
        family: &["Farah", "Warsame", "Jama", "Osman", "Yusuf", "Mohamud", "Egal", "Nur", "Hersi", "Ismail", "Aden"],
        ethnicity: &["Somalisk", "Norsk-somalisk"],
        religion: &["Islam"],
        language: &["Somali", "Norsk", "Norsk"],
        uasc: true,
        mixed_with_white: Some("Norsk-somalisk"),
    },
    Heritage {
        weight: 2,
        female: &["Selam", "Senait", "Yordanos", "Ruta", "Hiwet", "Saba", "Helen", "Feven"],
        male: &["Yonas", "Dawit", "Samuel", "Tesfay", "Filmon", "Robel", "Henok", "Merhawi"],
        family: &[
            "Tesfamariam",
            "Gebremedhin",
            "Haile",
            "Berhe",
            "Kidane",
            "Tekle",
            "Ghebreyesus",
            "Mehari",
            "Woldu",
            "Asmerom",
        ],
        ethnicity: &["Eritreisk"],
        religion: &["Ortodoks kristen", "Ortodoks kristen", "Katolsk", "Islam"],
        language: &["Tigrinja", "Tigrinja", "Norsk"],
        uasc: true,
        mixed_with_white: Some("Norsk-eritreisk"),
    },
    Heritage {
        weight: 3,
        female: &["Layla", "Noor", "Yasmin", "Huda", "Rania", "Mariam", "Salma", "Dalia", "Amira"],
        male: &["Omar", "Yusuf", "Karim", "Khalid", "Tariq", "Samir", "Adam", "Hassan", "Mahmoud", "Abdullah"],
        family: &[
            "Haddad", "Al-Sayed", "Mansour", "Nasser", "Saleh", "Khalil", "Darwish", "Hamdan", "Aziz", "Abdallah",
        ],
        ethnicity: &["Syrisk", "Syrisk-kurdisk"],
        religion: &["Islam", "Islam", "Ortodoks kristen"],
        language: &["Arabisk", "Arabisk", "Norsk"],
        uasc: true,
        mixed_with_white: None,
    },
    Heritage {
        weight: 2,
        female: &["Mursal", "Parwana", "Zarghuna", "Madina", "Fereshta", "Shabnam", "Mahsa", "Zahra"],
        male: &["Ahmad", "Mustafa", "Sohail", "Jawad", "Farid", "Hamid", "Nasir", "Zabihullah"],
        family: &[
            "Ahmadzai",
            "Karimi",
            "Rahimi",
            "Noori",
            "Hakimi",
            "Sultani",
            "Hashimi",
            "Popal",
            "Safi",
            "Stanikzai",
        ],
        ethnicity: &["Afghansk", "Afghansk (hazara)"],
        religion: &["Islam"],
        language: &["Dari", "Dari", "Pashto"],
        uasc: true,
        mixed_with_white: None,
    },
    Heritage {
        weight: 3,
        female: &["Ayesha", "Fatima", "Zainab", "Maryam", "Hira", "Amna", "Sana", "Iqra", "Mahnoor", "Aleena"],
        male: &["Muhammad", "Ali", "Hamza", "Bilal", "Usman", "Zain", "Ibrahim", "Ayaan", "Rayyan", "Imran"],
        family: &[
            "Khan", "Hussain", "Ahmed", "Iqbal", "Akhtar", "Rashid", "Mahmood", "Shah", "Malik", "Butt", "Qureshi",
            "Chaudhry",
        ],
        ethnicity: &["Norsk-pakistansk", "Pakistansk"],
        religion: &["Islam"],
        language: &["Norsk", "Norsk", "Urdu", "Punjabi"],
        uasc: false,
        mixed_with_white: Some("Norsk-pakistansk"),
    },
    Heritage {
        weight: 2,
        female: &["Rojin", "Dilan", "Berfin", "Shilan", "Hana", "Avin", "Roza", "Zhino"],
        male: &["Rebwar", "Aram", "Karwan", "Hemin", "Dara", "Sherzad", "Soran", "Shvan"],
        family: &["Ahmed", "Mustafa", "Kareem", "Rasul", "Hama", "Aziz", "Abdullah", "Qadir", "Jalal", "Ismail"],
        ethnicity: &["Kurdisk (Irak)", "Irakisk"],
        religion: &["Islam", "Islam", "Ingen", "Ezidi"],
        language: &["Kurdisk (sorani)", "Arabisk", "Norsk"],
        uasc: false,
        mixed_with_white: None,
    },
    Heritage {
        weight: 1,
        female: &["Linh", "Mai", "Thảo", "Ngọc", "Hương", "Trang"],
        male: &["Minh", "Huy", "Tuấn", "Đức", "Khánh", "Long"],
        family: &["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
        ethnicity: &["Vietnamesisk", "Norsk-vietnamesisk"],
        religion: &["Buddhist", "Ingen", "Katolsk"],
        language: &["Norsk", "Vietnamesisk"],
        uasc: false,
        mixed_with_white: Some("Norsk-vietnamesisk"),
    },
    Heritage {
        weight: 1,
        female: &["Siriporn", "Nattaya", "Pim", "Malee", "Kanya", "Ploy", "Suda", "Anong"],
        male: &["Somchai", "Anan", "Krit", "Niran", "Thanawat", "Chai", "Prasert", "Kiet"],
        family: &["Saelim", "Srisuk", "Chaiyaporn", "Boonmee", "Thongchai", "Phromma", "Kaewmanee", "Suwannarat"],
        ethnicity: &["Thailandsk"],
        religion: &["Buddhist", "Buddhist", "Ingen"],
        language: &["Norsk", "Thai"],
        uasc: false,
        mixed_with_white: Some("Norsk-thailandsk"),
    },
    Heritage {
        weight: 1,
        female: &["Maria", "Angel", "Kristine", "Jasmine", "Andrea", "Nicole", "Joy", "Althea"],
        male: &["Miguel", "Paolo", "Carlo", "Joshua", "Mark", "Angelo", "Gabriel", "Rafael"],
        family: &["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino"],
        ethnicity: &["Filippinsk"],
        religion: &["Katolsk", "Katolsk", "Kristen"],
        language: &["Norsk", "Tagalog"],
        uasc: false,
        mixed_with_white: Some("Norsk-filippinsk"),
    },
    Heritage {
        weight: 2,
        female: &[
            "Sofiia",
            "Anastasiia",
            "Kateryna",
            "Daryna",
            "Yuliia",
            "Viktoriia",
            "Polina",
            "Olena",
            "Mariia",
            "Solomiia",
        ],
        male: &["Oleksandr", "Maksym", "Artem", "Dmytro", "Bohdan", "Andrii", "Mykyta", "Volodymyr", "Taras", "Ivan"],
        family: &[
            "Melnyk",
            "Shevchenko",
            "Bondarenko",
            "Kovalenko",
            "Boiko",
            "Tkachenko",
            "Kravchenko",
            "Oliinyk",
            "Shevchuk",
            "Polishchuk",
            "Lysenko",
            "Moroz",
        ],
        ethnicity: &["Ukrainsk"],
        religion: &["Ortodoks kristen", "Ortodoks kristen", "Gresk-katolsk", "Ingen"],
        language: &["Ukrainsk", "Ukrainsk", "Russisk", "Norsk"],
        uasc: false,
        mixed_with_white: None,
    },
    Heritage {
        weight: 1,
        female: &["Amina", "Lejla", "Emina", "Merima", "Ajla", "Selma", "Dženana", "Naida"],
        male: &["Amar", "Emir", "Haris", "Adnan", "Kenan", "Tarik", "Dino", "Armin"],
        family: &[
            "Hodžić",
            "Hadžić",
            "Begić",
            "Mehmedović",
            "Delić",
            "Hasanović",
            "Kovačević",
            "Omerović",
            "Salihović",
            "Mujić",
        ],
        ethnicity: &["Bosnisk", "Norsk-bosnisk"],
        religion: &["Islam", "Islam", "Ingen"],
        language: &["Norsk", "Norsk", "Bosnisk"],
        uasc: false,
        mixed_with_white: Some("Norsk-bosnisk"),
    },
    Heritage {
        weight: 1,
        female: &["Thushani", "Keerthana", "Nivetha", "Abirami", "Kavitha", "Tharsika", "Laxmi", "Sinthuja"],
        male: &["Arun", "Kannan", "Niroshan", "Sajeev", "Thusan", "Mathan", "Pirashanth", "Vithusan"],
        family: &[
            "Sivakumar",
            "Rajendran",
            "Selvarajah",
            "Thevarajah",
            "Kanagaratnam",
            "Balasingam",
            "Sinnathurai",
            "Nadarajah",
            "Yogarajah",
            "Ponnambalam",
        ],
        ethnicity: &["Tamilsk (Sri Lanka)", "Norsk-tamilsk"],
        religion: &["Hindu", "Hindu", "Katolsk", "Kristen"],
        language: &["Norsk", "Norsk", "Tamil"],
        uasc: false,
        mixed_with_white: Some("Norsk-tamilsk"),
    },
    Heritage {
        weight: 1,
        female: &["Ioana", "Andreea", "Elena", "Maria", "Daria", "Sofia", "Teodora", "Raluca"],
        male: &["Andrei", "Alexandru", "Mihai", "Ștefan", "Gabriel", "Luca", "Vlad", "Bogdan"],
        family: &["Popescu", "Ionescu", "Constantin", "Munteanu", "Stan", "Lungu", "Matei", "Ene", "Tudor", "Radu"],
        ethnicity: &["Rumensk"],
        religion: &["Ortodoks kristen", "Ortodoks kristen", "Ingen"],
        language: &["Rumensk", "Rumensk", "Norsk"],
        uasc: false,
        mixed_with_white: Some("Norsk-rumensk"),
    },
];

/// Given names people often shorten, and what they are usually called.
pub(super) const SHORT_NAMES_NB: &[(&str, &str)] = &[
    ("Katarzyna", "Kasia"),
    ("Wojciech", "Wojtek"),
    ("Mateusz", "Mati"),
    ("Małgorzata", "Gosia"),
    ("Aleksander", "Olek"),
    ("Abdirahman", "Abdi"),
    ("Abdullahi", "Abdi"),
    ("Muhammad", "Mo"),
    ("Zabihullah", "Zabi"),
    ("Alexander", "Alex"),
    ("Kristoffer", "Kris"),
    ("Sebastian", "Seb"),
    ("Elisabeth", "Lisa"),
    ("Mathilde", "Tilde"),
    ("Ingeborg", "Inga"),
    ("Johannes", "Jo"),
    ("Fredrik", "Fred"),
    ("Tobias", "Tobbe"),
    ("Theodor", "Teo"),
    ("Oleksandr", "Sasha"),
    ("Anastasiia", "Nastia"),
    ("Volodymyr", "Volodia"),
    ("Kateryna", "Katia"),
    ("Dominykas", "Domas"),
    ("Jokūbas", "Jokis"),
    ("Alexandru", "Alex"),
    ("Mahnoor", "Noor"),
    ("Keerthana", "Keerthi"),
    ("Gabriel", "Gabi"),
    ("Valdemar", "Valde"),
];

pub(super) const TOWNS_NB: &[&str] = &[
    "Drammen",
    "Lillestrøm",
    "Hamar",
    "Tønsberg",
    "Skien",
    "Sandefjord",
    "Moss",
    "Gjøvik",
    "Kongsberg",
    "Larvik",
    "Jessheim",
    "Halden",
    "Porsgrunn",
    "Hønefoss",
];

pub(super) const STREETS_NB: &[&str] = &[
    "Bjørkeveien",
    "Granlia",
    "Solbakken",
    "Møllebakken",
    "Stasjonsveien",
    "Lyngveien",
    "Skoleveien",
    "Furuveien",
    "Rognebakken",
    "Elvegata",
    "Enebærstien",
    "Blåbærlia",
    "Kløvertun",
    "Tyttebærveien",
    "Havnegata",
    "Lerkeveien",
    "Ospeveien",
    "Bekkefaret",
    "Vardeveien",
    "Skogstien",
    "Fjellveien",
    "Hasselbakken",
    "Kirkebakken",
    "Smiegata",
    "Løvåsveien",
    "Tunveien",
];

/// Names for the barnevernsinstitusjoner.
pub(super) const HOMES_NB: &[&str] = &[
    "Furulia ungdomshjem",
    "Lindheim barnevernsinstitusjon",
    "Solstua ungdomshjem",
    "Granly omsorgssenter for ungdom",
    "Bjørketun ungdomshjem",
];

pub(super) const TEAMS_NB: [&str; 3] =
    ["Fosterhjemstjenesten nord", "Fosterhjemstjenesten sør", "Team for slekt og nettverk"];

/// Health notes with the ages (in whole years, inclusive) they suit. Those without needs begin
/// with [`NO_KNOWN_HEALTH_NB`].
pub(super) const HEALTH_NB: &[(i64, i64, &str)] = &[
    (0, 18, "Ingen kjente helsebehov; vaksinert etter barnevaksinasjonsprogrammet."),
    (0, 18, "Ingen kjente helsebehov; årlig helsekontroll hos fastlegen er gjennomført."),
    (0, 18, "Ingen kjente helsebehov."),
    (2, 18, "Astma; bruker anfallsmedisin ved behov."),
    (0, 12, "Eksem, behandles med fuktighetskrem."),
    (0, 3, "Født med abstinenssymptomer; følger nå forventet utvikling."),
    (0, 2, "Følges tett av helsestasjonen; vektøkningen måles jevnlig."),
    (6, 18, "Venter på utredning for angst i BUP."),
    (8, 18, "Har samtaler i BUP annenhver uke."),
    (6, 18, "ADHD; tar medisin før skolen."),
    (3, 18, "Autismediagnose; syns endringer i rutiner er vanskelige og trenger å bli forberedt på dem."),
    (4, 18, "Bruker briller; ny synskontroll til våren."),
    (3, 18, "Trenger tannbehandling; time er bestilt i den offentlige tannhelsetjenesten."),
    (1, 18, "Nøtteallergi; har alltid med adrenalinpenn."),
    (1, 10, "Har fått dren i ørene etter gjentatte ørebetennelser."),
    (5, 18, "Diabetes type 1; fosterforeldrene har fått opplæring av diabetessykepleier."),
    (2, 7, "Oppfølging av logoped for forsinket språkutvikling; henvist via PPT."),
    (1, 12, "Følges opp av barnelege for vekst."),
    (2, 10, "Sover urolig; nattskrekken er i ferd med å gi seg."),
    (4, 18, "Epilepsi, godt regulert; egen anfallsplan i barnehage og skole."),
    (13, 18, "Har fått råd om seksuell helse og rus av helsesykepleier på skolen."),
];

pub(super) const DISRUPTION_NOTES_NB: &[&str] = &[
    "Fosterforeldrene sa opp avtalen etter gjentatt utagering i hjemmet; evalueringsmøte etter bruddet er holdt.",
    "Avsluttet på kort varsel etter en alvorlig hendelse; barnet flyttet samme dag.",
    "Fosterforeldrene klarte ikke å håndtere gjentatte rømninger; læringspunktene fra evalueringsmøtet er delt.",
    "Plasseringen ble avsluttet etter en bekymringsmelding mot en fosterforelder; undersøkelsen ble henlagt.",
    "En fosterforelder ble brått alvorlig syk, og familien kunne ikke fortsette.",
    "Forholdet til fosterforeldrenes egen tenåring brøt sammen; flytting avtalt på kort varsel.",
    "Barnet sa tydelig at det ikke ville bo der lenger; flytting avtalt i et hastemøte.",
];

pub(super) const PLANNED_NOTES_NB: &[&str] = &[
    "",
    "",
    "Flyttet til et langvarig fosterhjem som planlagt.",
    "Planlagt flytting for å bo sammen med søsken.",
    "Flyttet videre da et passende fosterhjem var funnet.",
    "Gradvis tilvenning over to uker før flyttingen.",
];

pub(super) const GIRL_FRIENDS_NB: &[&str] = &["bestevenn", "venn fra skolen", "venn fra dansen"];
pub(super) const BOY_FRIENDS_NB: &[&str] = &["bestevenn", "venn fra fotballen", "venn fra skolen"];

// ================================================================ demo_assessments.rs

pub(super) const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// "3. mars", as a Norwegian log writes a date (`spoken` in English): `month` is 1 to 12.
pub(super) fn spoken_nb(day: i64, month: i64) -> String {
    let name = usize::try_from(month - 1).ok().and_then(|i| MONTHS_NB.get(i)).copied().unwrap_or("");
    format!("{day}. {name}")
}

/// (sub, obj, pos, own, was) for `Pronouns`: han/ham/hans, hun/henne/hennes, and the gender-neutral
/// hen/hen/hens; «seg selv» and «var» for everyone.
pub(super) fn pronouns_nb(gender: &str) -> (&'static str, &'static str, &'static str, &'static str, &'static str) {
    match gender {
        "Female" => ("hun", "henne", "hennes", "seg selv", "var"),
        "Male" => ("han", "ham", "hans", "seg selv", "var"),
        _ => ("hen", "hen", "hens", "seg selv", "var"),
    }
}

/// `carer` when nobody is named ("their carer").
pub(super) const CARER_FALLBACK_NB: &str = "fosterforelderen";

/// In `Dimension::ALL` order: availability, sensitivity, acceptance, cooperation,
/// family_membership.
pub(super) const CHILD_NB: [Texts; 5] = [
    Texts {
        evidence: &[
            (
                L,
                "caregiver|Den {date} falt {name} i hagen, tuslet rett bort til {carer} med armene i været og sluttet å gråte mindre enn ett minutt etter at {sub} ble tatt opp.",
            ),
            (
                L,
                "obs|Under besøket den {date} krabbet {name} bort til lekekassa, så seg tilbake to ganger for å sjekke at {carer} fortsatt satt i sofaen, og lekte så videre.",
            ),
            (
                L,
                "caregiver|Natt til {date} våknet {name} og ropte i stedet for å ligge helt stille, og falt til ro igjen da {carer} kom inn.",
            ),
            (
                L,
                "health|På helsestasjonen den {date} klamret {name} seg til {carer} under veiingen og roet seg straks {sub} {was} tilbake i armene til {carer}.",
            ),
            (
                L,
                "caregiver|Da {carer} kom tilbake fra nærbutikken den {date}, strålte {name} og strakte armene opp for å bli løftet.",
            ),
            (
                L,
                "obs|Den {date} hentet {name} en bildebok, klatret opp på fanget til {carer} og ble sittende der hele historien ut.",
            ),
            (
                L,
                "school|Barnehagen skrev den {date} at {name} gråt ved levering, men vinket ha det så snart primærkontakten tok {obj} opp, og løp til {carer} ved henting.",
            ),
            (
                L,
                "caregiver|Hos tannlegen den {date} holdt {name} seg fast i ermet til {carer} og så bort på {carer} før {sub} åpnet munnen.",
            ),
            (
                L,
                "caregiver|Den {date} gikk brannalarmen mens brødskivene ble ristet, og {name} løp til {carer} i stedet for å gjemme seg under bordet slik {sub} pleide før.",
            ),
            (
                L,
                "obs|I parken den {date} gikk {name} lenger fra benken enn før og kom tilbake med noen minutters mellomrom for å få en rask kos.",
            ),
            (
                L,
                "other|På småbarnstreffet den {date} så lederen at {name} lekte i motsatt ende av rommet fra {carer} og søkte blikket til {carer} nå og da.",
            ),
            (O, "caregiver|Ved skoleporten den {date} løp {name} tilbake for en klem før {sub} gikk inn."),
            (
                O,
                "school|Kontaktlæreren fortalte at {name} den {date} ba om å få ringe {carer} etter en tung formiddag, og roet seg etter en samtale på to minutter.",
            ),
            (
                O,
                "child|Den {date} sa {name} til saksbehandleren: «{carer} kommer alltid og henter meg, selv når det pøsregner.»",
            ),
            (
                O,
                "caregiver|Den {date} kom {name} ned trappa etter en vond drøm og spurte om å få sitte hos {carer} til {sub} ble trøtt.",
            ),
            (
                O,
                "obs|Under besøket den {date} kom {name} hjem fra skolen og gikk rett for å finne {carer} og fortelle om dagen.",
            ),
            (
                O,
                "caregiver|Den {date} sendte {name} melding til {carer} fra bussen om at den var forsinket; i fjor ville {sub} ha blitt borte uten å si fra.",
            ),
            (
                O,
                "school|Trinnlederen skrev den {date} at {name} hadde begynt å bruke det avtalte pausekortet for å ringe hjem i stedet for å gå ut av timen.",
            ),
            (
                O,
                "child|Da saksbehandleren den {date} spurte hvem {sub} ville gå til med en bekymring, nevnte {name} {carer} først og deretter mentoren på skolen.",
            ),
            (O, "caregiver|Den {date} ble {name} sittende oppe for å se at {carer} kom trygt hjem fra en kveldsvakt."),
            (
                O,
                "obs|På ansvarsgruppemøtet den {date} satt {name} ved siden av {carer} og kikket bort før {sub} svarte på de vanskeligste spørsmålene.",
            ),
        ],
        strengths: &[
            (
                A,
                "{name} søker nå til {carer} når {sub} har slått seg eller er bekymret, og roer seg når {sub} får trøst.",
            ),
            (A, "Stoler på at {carer} kommer tilbake etter korte atskillelser."),
            (A, "Bruker {carer} som en trygg base: går ut for å utforske, sjekker inn og fortsetter."),
            (L, "Strekker armene opp for å bli løftet og slapper av når {sub} blir holdt."),
            (L, "Gråter når {sub} er sulten eller trenger ny bleie, i stedet for å være stille og på vakt."),
            (L, "Sovner raskere om kvelden og sover gjennom de fleste netter."),
            (O, "Forteller {carer} om bekymringer ved leggetid i stedet for å holde dem inne."),
            (O, "Holder kontakten når {sub} er ute, og regner med å bli hentet når det er avtalt."),
            (O, "Har begynt å be voksne på skolen om hjelp."),
            (O, "Stoler på at {carer} fortsatt vil lytte etter en krangel."),
            (A, "Trøst virker raskere enn før: det vonde går over på minutter, ikke timer."),
            (A, "Lar {carer} ta seg av {obj} når {sub} er syk."),
            (O, "Nevner {carer} som den {sub} ville gått til hvis noe var galt."),
            (A, "Tar varmt imot {carer} etter tid fra hverandre."),
            (A, "Mindre på vakt overfor voksne enn da {sub} kom."),
        ],
        needs: &[
            (A, "Tester fortsatt om {carer} holder seg rolig når {sub} skyver folk unna."),
            (A, "Blir klengete og urolig når rutinene endres."),
            (A, "Trenger hjelp til å stole på nye voksne, som en ny lærer eller et avlastningshjem."),
            (L, "Våkner fortsatt om natta og trenger den samme rolige responsen hver gang."),
            (L, "Blir stille og på vakt på steder med mye folk."),
            (O, "Syns det er vanskelig å be om hjelp og kan slite alene lenge."),
            (O, "Trekker seg gjerne tilbake til rommet sitt når {sub} er lei seg; trenger at {carer} går til {obj}."),
            (A, "Trenger trygging før og etter samvær med opprinnelsesfamilien."),
            (A, "Leggingen går best når {carer} gjør den; andre voksne gjør {obj} urolig."),
            (O, "Er fortsatt av og til ute sent uten å ringe, som regel etter en dårlig dag."),
            (A, "Atskillelser, som avlastning, må forberedes godt."),
            (A, "Bekymrer seg når {carer} er syk eller borte, og trenger å få vite hva som skjer."),
            (O, "Holder bekymringer om skolen skjult til de har blitt store."),
            (L, "En kosebamse eller et koseteppe hjelper når {sub} er borte fra {carer}."),
            (A, "Trenger tid til å bygge opp tillit igjen etter hvert bytte av saksbehandler."),
        ],
        views: &[
            "«{carer} er alltid der når jeg kommer hjem.»",
            "«Jeg kan fortelle ting til {carer}, og {carer} blir ikke sur.»",
            "«Noen ganger vil jeg ikke prate, men jeg vet at jeg kan.»",
            "«Jeg liker at {carer} venter oppe på meg.»",
            "«Jeg stolte ikke på noen i starten. Det er litt bedre nå.»",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|Den {date} veltet {name} et glass og så redd ut; da {carer} rolig sa at det ikke gjorde noe, smilte {sub} og hjalp til med å tørke opp.",
            ),
            (
                L,
                "obs|Under besøket den {date} kastet {name} en leke i frustrasjon, men lot {carer} sette ord på følelsen og vise {obj} hvordan {sub} kunne prøve igjen.",
            ),
            (
                L,
                "caregiver|Ved badetid den {date} gråt {name} av lyden fra kranene; {carer} skrudde dem av, og {name} viste tegnet for «mer» for å be om såpebobler i stedet.",
            ),
            (
                L,
                "caregiver|Den {date} gned {name} seg i øynene og hentet teppet sitt for å vise at {sub} {was} trøtt, i stedet for å fly rundt som før.",
            ),
            (
                L,
                "health|På helsestasjonen den {date} protesterte {name} høylytt mot sprøyta og roet seg i løpet av noen minutter i armene til {carer}.",
            ),
            (
                L,
                "school|Barnehagen fortalte at {name} den {date} sa «jeg er sint» i stedet for å bite da et annet barn tok spaden {pos}.",
            ),
            (
                L,
                "caregiver|Den {date} varte et raseriutbrudd i butikken i fem minutter i stedet for de vanlige tjue, etter at {carer} satte seg på huk og holdt seg tett ved siden av.",
            ),
            (L, "obs|Den {date} pekte {name} på et sårt kne, sa «au» til {carer} og ventet på trøst."),
            (
                L,
                "caregiver|Da det kom besøk den {date}, gjemte {name} seg en stund bak beina til {carer}, før {sub} tittet fram og vinket.",
            ),
            (
                L,
                "other|Tilsynsføreren skrev den {date} at {name} gråt da samværet var over, og at {carer} fikk roet {obj} ved å synge i bilen.",
            ),
            (
                O,
                "caregiver|Den {date} kom {name} sint hjem etter en krangel på skolen, smalt igjen døra og kom tilbake ti minutter senere for å snakke om det med {carer}.",
            ),
            (
                O,
                "school|Den {date} så læreren til {name} at {sub} brukte rolighjørnet i noen minutter etter å ha tapt et spill, før {sub} gikk tilbake til gruppa.",
            ),
            (O, "child|Den {date} sa {name}: «Når det kribler i hele kroppen, går jeg ut og hopper på trampolinen.»"),
            (
                O,
                "caregiver|Den {date}, før et samvær, fortalte {name} {carer} at {sub} {was} nervøs, i stedet for å nekte å sette seg i bilen.",
            ),
            (
                O,
                "obs|Under besøket den {date} fortalte {name} om en krangel med en venn og kunne si hvordan {sub} hadde hatt det, og hvordan vennen kanskje hadde hatt det.",
            ),
            (
                O,
                "caregiver|Den {date} gråt {name} over en fotballsko som var blitt borte, og lot {carer} gi {obj} en klem, der {sub} før ville ha knust noe.",
            ),
            (
                O,
                "school|Miljøterapeuten på skolen skrev den {date} at {name} ba om en pause da en time om familier ble for vanskelig.",
            ),
            (
                O,
                "caregiver|Etter en skremmende nyhetssak den {date} spurte {name} {carer} om den ved leggetid i stedet for å ligge våken.",
            ),
            (
                O,
                "child|Den {date} fortalte {name} saksbehandleren at {carer} «skjønner når jeg er lei meg, selv når jeg sier at jeg har det fint».",
            ),
            (
                O,
                "caregiver|Den {date} var {name} frekk ved middagsbordet; senere samme kveld kom {sub} for å si unnskyld og forklarte at dagen hadde gått dårlig.",
            ),
            (
                O,
                "caregiver|Den {date} mistet {name} besinnelsen da spillkonsollen ble slått av, men roet seg i løpet av et kvarter og ba om unnskyldning.",
            ),
        ],
        strengths: &[
            (A, "Viser et bredere spekter av følelser, også tristhet."),
            (A, "Lar {carer} hjelpe {obj} med å roe seg ned."),
            (L, "Protesterer mindre når {sub} blir frustrert, og kommer seg raskere."),
            (L, "Bruker lyder og tegn for å vise hva {sub} vil ha."),
            (O, "Kan sette navn på følelser og si hva som utløste dem."),
            (O, "Bruker avtalte måter å roe seg på, som en gåtur eller musikk."),
            (O, "Begynner å tenke på hvordan andre har det."),
            (A, "Nedsmeltingene er kortere og kommer sjeldnere."),
            (O, "Kan komme tilbake til en vanskelig samtale etter å ha roet seg."),
            (A, "Viser glede og forventning friere."),
            (O, "Sier unnskyld og blir venner igjen etter en krangel."),
            (A, "Takler skifte av aktivitet bedre når {sub} får beskjed i forkant."),
            (O, "Snakker om bekymringer i stedet for å vise dem gjennom atferd."),
            (L, "Tar imot trøst fra {carer} etter å ha blitt skremt."),
            (A, "Reagerer godt på en rolig og lav stemme."),
        ],
        needs: &[
            (A, "Går fortsatt raskt fra rolig til svært opprørt, særlig når {sub} er sliten."),
            (A, "Skjuler tristhet bak et blidt ansikt; de voksne må legge merke til det."),
            (L, "Trenger hjelp med frustrasjonen når en leke ikke virker."),
            (O, "Kan slå ut med ord når {sub} føler seg kritisert."),
            (O, "Syns det er vanskelig å snakke om følelser knyttet til opprinnelsesfamilien."),
            (A, "Lyd og mye folk kan bli for mye for {obj}."),
            (O, "Trenger hjelp til å kjenne igjen de første tegnene på sinne."),
            (A, "Sover urolig noen netter etter samvær."),
            (O, "Trenger en tydelig plan for hva {sub} skal gjøre når følelsene blir svært sterke."),
            (A, "Trenger at {carer} setter ord på følelsene før {sub} klarer det selv."),
            (O, "Holder ting inne, og så eksploderer det."),
            (A, "Måltidene blir anspente når uroen er stor."),
            (O, "Sliter med skuffelser, som en avtale som blir avlyst."),
            (A, "Trenger forutsigbare rutiner for å holde seg rolig."),
            (L, "Blir fortsatt fortvilet ved bleieskift og bading."),
        ],
        views: &[
            "«Når jeg er sint, går jeg på rommet mitt, og så prater vi.»",
            "«Jeg liker ikke når folk roper.»",
            "«{carer} skjønner når jeg er lei meg.»",
            "«Pusteøvelsen virker av og til.»",
            "«Jeg blir nervøs før jeg skal treffe mamma.»",
        ],
    },
    Texts {
        evidence: &[
            (
                L,
                "caregiver|Den {date} bygde {name} et tårn av fem klosser, klappet og så på {carer} for å dele øyeblikket.",
            ),
            (
                L,
                "obs|Under besøket den {date} kom {name} med en tegning full av krusedull for å vise den fram, og smilte bredt da {carer} hengte den på kjøleskapet.",
            ),
            (
                L,
                "caregiver|Den {date} skled {name} ned den store sklia alene for første gang og ropte: «Jeg klarte det!»",
            ),
            (L, "school|Barnehagen skrev den {date} at {name} ble med i sangsamlingen og valgte en sang for alle."),
            (
                L,
                "caregiver|Den {date} sto {name} fast med et puslespill, fortsatte å prøve og tok imot hjelp med én brikke uten å kaste den.",
            ),
            (L, "obs|Den {date} lo {name} av speilbildet sitt og pekte på nesa si da {carer} spurte hvor den var."),
            (
                L,
                "health|På kontrollen den {date} så helsesykepleieren at {name} pludret fornøyd til henne mens {sub} holdt seg nær {carer}.",
            ),
            (
                L,
                "caregiver|Den {date} mistet {name} en is og sa «gjør ingenting», et av uttrykkene til {carer}, i stedet for å slå seg selv i hodet.",
            ),
            (
                L,
                "caregiver|Den {date} ba {name} {carer} om å se på mens {sub} hoppet ned fra trappetrinnet, igjen og igjen.",
            ),
            (
                L,
                "other|På babysvømmingen den {date} så instruktøren at {name} la ansiktet i vannet for første gang og så seg rundt etter {carer}.",
            ),
            (
                O,
                "school|Den {date} meldte {name} seg frivillig til å lese høyt på fellessamlingen, noe {sub} ikke ville ha gjort for et halvår siden.",
            ),
            (
                O,
                "caregiver|Den {date} tapte {name} en kamp og sa «men jeg spilte bra», i stedet for å si at {sub} {was} dårlig til alt.",
            ),
            (O, "child|Den {date} sa {name}: «Jeg er flink til å tegne, og jeg blir bedre i matte.»"),
            (
                O,
                "caregiver|Den {date} tok {name} imot ros fra {carer} for ryddingen med et smil; før ville {sub} ha revet i stykker belønningsskjemaet.",
            ),
            (
                O,
                "school|Kontaktlæreren fortalte den {date} at {name} hadde stilt til valg som representant i elevrådet.",
            ),
            (
                O,
                "obs|Den {date} viste {name} saksbehandleren en mappe med diplomer og fortalte om det {sub} {was} mest stolt av.",
            ),
            (O, "caregiver|Den {date} bommet {name} på en oppskrift, lo av det sammen med {carer} og prøvde igjen."),
            (
                O,
                "child|Da {name} den {date} ble bedt om å nevne tre ting {sub} {was} flink til, svarte {sub}: fotball, å få folk til å le og å passe på hunden.",
            ),
            (
                O,
                "caregiver|Den {date} valgte {name} selv antrekket sitt til et selskap og ba om et bilde å ta vare på.",
            ),
            (
                O,
                "school|Den {date} skrev læreren at {name} ba om hjelp med en vanskelig oppgave i stedet for å rive i stykker arket.",
            ),
            (O, "other|Lederen på fritidsklubben fortalte at {name} den {date} sa ifra da et yngre barn ble ertet."),
        ],
        strengths: &[
            (A, "Liker ros og klarer å ta den inn."),
            (A, "Prøver nye ting når {sub} blir oppmuntret."),
            (L, "Gleder seg over nye ferdigheter og vil at {carer} skal se dem."),
            (O, "Kan nevne flere av sine egne sterke sider."),
            (O, "Takler feil bedre og prøver på nytt."),
            (A, "Smiler og ler oftere."),
            (O, "Har begynt på en fritidsaktivitet og holder fast ved den."),
            (O, "Sier meningen sin i timene."),
            (A, "Kaller {self} stygge ting sjeldnere når noe går galt."),
            (A, "Er stolt av klærne og tingene sine."),
            (O, "Tar imot hjelp uten å skamme seg."),
            (A, "Tar vare på diplomer og tegninger og liker å vise dem fram."),
            (O, "Kan le av små nederlag."),
            (L, "Leker trygt når {carer} er i nærheten."),
            (O, "Har venner som setter pris på {obj}."),
        ],
        needs: &[
            (A, "Når noe går galt, kaller {sub} fortsatt {self} dum."),
            (A, "Syns ros er vanskelig å ta imot og kan ødelegge for seg selv etter en god dag."),
            (O, "Sammenligner {self} med andre barn og kommer alltid dårligst ut."),
            (O, "Unngår nye aktiviteter av frykt for å mislykkes."),
            (A, "Trenger små, oppnåelige mål for å bygge selvtillit."),
            (L, "Blir svært lei seg over små feil og trenger hjelp til å prøve igjen."),
            (O, "Er opptatt av hvordan {sub} ser ut; trenger bekreftelse."),
            (O, "Spiller klovn for å skjule at skolearbeidet er vanskelig."),
            (A, "Trenger at de voksne skiller mellom atferden og barnet når de irettesetter."),
            (O, "Kan bli dratt inn i risikofylte vennskap for å bli likt."),
            (A, "Sliter når et annet barn får oppmerksomhet."),
            (O, "Trenger hjelp til å legge merke til og huske gode øyeblikk."),
            (A, "Trenger mange mestringsopplevelser hjemme før {sub} prøver ting ute."),
            (O, "Vil nødig snakke om historien sin; føler at den gjør {obj} annerledes."),
            (A, "Trenger å høre at feil ikke endrer hva {carer} føler for {obj}."),
        ],
        views: &[
            "«Jeg er flink i fotball og kunst og håndverk.»",
            "«Jeg er ikke dum, jeg syns bare matte er vanskelig.»",
            "«Jeg liker når de henger opp tegningene mine.»",
            "«Jeg blir bedre til å lese.»",
            "«Folk her sier fine ting om meg.»",
        ],
    },
    Texts {
        evidence: &[
            (L, "caregiver|Den {date} hjalp {name} {carer} med å sette bort varene og rakte over boksene én og én."),
            (
                L,
                "obs|Under besøket den {date} valgte {name} mellom to mellommåltider {carer} tilbød, og spiste det {sub} valgte uten mas.",
            ),
            (L, "caregiver|Ved leggetid den {date} fulgte {name} rutinen med bad, bok og sang, og sovnet uten kamp."),
            (
                L,
                "school|Barnehagen fortalte den {date} at {name} og et annet barn byttet på syklene etter en vennlig påminnelse.",
            ),
            (
                L,
                "caregiver|Den {date} tok {name} på seg skoene med litt hjelp da {carer} ga beskjed fem minutter før de skulle gå.",
            ),
            (L, "obs|Den {date} trillet {name} og {carer} en ball fram og tilbake, og {name} ventet på tur hver gang."),
            (
                L,
                "caregiver|Den {date} sa {name} nei til å kle på seg, men gikk med på det da {carer} lot {obj} velge genser selv.",
            ),
            (L, "health|Hos logopeden den {date} hermet {name} etter lyder og ga logopeden lekene hun ba om."),
            (
                L,
                "caregiver|Den {date} hentet {name} en bleie og våtservietter da {carer} sa at det var tid for bleieskift.",
            ),
            (L, "other|På småbarnstreffet den {date} hjalp {name} til med å rydde lekene da ryddesangen begynte."),
            (
                O,
                "caregiver|Den {date} ble {name} og {carer} enige om en ny leggetid, og {name} holdt seg til den hele uka.",
            ),
            (
                O,
                "school|Læreren fortalte den {date} at {name} samarbeidet godt i et gruppearbeid og tok på seg jobben som tidtaker.",
            ),
            (O, "child|Den {date} sa {name}: «Vi lagde en avtale om mobilen min, og den er faktisk rettferdig.»"),
            (O, "caregiver|Den {date} hjalp {name} {carer} med å planlegge ukas matpakker og skrev handlelista."),
            (
                O,
                "obs|Under besøket den {date} forhandlet {name} med {carer} om å dra hjem til en venn, og godtok tiden de ble enige om for å være hjemme igjen.",
            ),
            (O, "caregiver|Den {date} kom {name} hjem fra kino til avtalt tid og sendte melding da {sub} dro derfra."),
            (O, "school|Den {date} tok {name} imot gjensitting uten å gå ut av timen, og satt den av."),
            (O, "caregiver|Den {date} lagde {name} pasta til hele familien mens {carer} sto ved siden av."),
            (
                O,
                "child|Den {date} fortalte {name} saksbehandleren at {sub} selv hadde valgt hvilken fritidsaktivitet {sub} skulle begynne på.",
            ),
            (
                O,
                "other|Fotballtreneren fortalte at {name} den {date} hørte på tilbakemeldingen i pausen og byttet posisjon uten å surmule.",
            ),
            (
                O,
                "caregiver|Den {date} kranglet {name} om leksene, men satte seg så ned med {carer} og gjorde dem i to korte økter, slik de hadde avtalt.",
            ),
        ],
        strengths: &[
            (A, "Følger rutiner med færre påminnelser."),
            (A, "Tar enkle valg og holder seg til dem."),
            (L, "Blir med og rydder og hjelper til."),
            (O, "Forhandler i stedet for å nekte blankt."),
            (O, "Holder avtalte tider for å komme hjem."),
            (A, "Tåler et «nei» oftere uten å få en nedsmelting."),
            (O, "Er med og planlegger, også på sine egne ansvarsgruppemøter."),
            (O, "Samarbeider godt i grupper på skolen."),
            (A, "Liker å gjøre oppgaver sammen med {carer}."),
            (A, "Reagerer godt på et varsel før en aktivitet skal skifte."),
            (O, "Holder lommepenger og skjermtid innenfor avtalte rammer."),
            (L, "Venter på tur i enkle spill."),
            (O, "Kan si hva {sub} vil, og lytte til hva andre mener."),
            (A, "Ber om hjelp i stedet for å gi opp."),
            (O, "Gjør avtaler med venner og holder dem."),
        ],
        needs: &[
            (A, "Trenger fortsatt hjelp til å gå fra én aktivitet til den neste."),
            (A, "Setter seg på bakbeina og nekter når {sub} føler seg kontrollert."),
            (O, "Sliter med regler som virker urettferdige; trenger at de blir forklart."),
            (O, "Vil ha, og trenger, mer å si i avgjørelser om samvær."),
            (L, "Syns det er svært vanskelig å vente; trenger korte ventetider og ros."),
            (A, "Trenger at valgene er få og tydelige."),
            (O, "Leksene skaper konflikt hver dag."),
            (O, "Sier ja til ting, men følger dem ikke opp."),
            (A, "Reagerer dårlig på mas og hastverk."),
            (O, "Trenger øvelse i å løse uenigheter med andre i stedet for å gå sin vei."),
            (A, "Trenger at {carer} forklarer hvorfor en regel finnes."),
            (O, "Sliter med å ta imot hjelp fra lærerne."),
            (A, "Samarbeidet faller kraftig når {sub} er sliten eller sulten."),
            (O, "Klar for mer ansvar, som matlaging eller budsjett, med støtte."),
            (L, "Strever fortsatt imot ved leggetid og badetid."),
        ],
        views: &[
            "«Jeg får velge middag på fredager.»",
            "«Reglene er stort sett rettferdige.»",
            "«Skulle ønske jeg fikk bestemme mer om samvær.»",
            "«Vi lagde en plan for mobilen min.»",
            "«Jeg hjelper til med hunden.»",
        ],
    },
    Texts {
        evidence: &[
            (L, "caregiver|Den {date} pekte {name} på {carer} på familiebildet på veggen og sa navnet til {carer}."),
            (
                L,
                "obs|Under besøket den {date} satt {name} i matstolen ved familiebordet mens de andre barna ga {obj} småbiter av brødskivene sine.",
            ),
            (
                L,
                "caregiver|Den {date} så {name} i livshistorieboka sammen med {carer} og tok på bildet av mammaen sin.",
            ),
            (
                L,
                "other|Tilsynsføreren skrev den {date} at {name} hilste på mammaen sin med et smil og gikk fornøyd tilbake til {carer} da samværet var slutt.",
            ),
            (
                L,
                "caregiver|Den {date} var {name} med familien på tur til stranda og sovnet på fanget til {carer} på vei hjem.",
            ),
            (
                L,
                "obs|Den {date} hengte {name} jakka på sin egen knagg i gangen, den med navnet sitt over, uten å bli bedt om det.",
            ),
            (
                L,
                "caregiver|Den {date} var {name} med i et bursdagsselskap hjemme og blåste ut lysene sammen med de andre barna.",
            ),
            (
                L,
                "caregiver|Den {date} ropte {name} på familiehunden ved navn og hentet båndet da alle gjorde seg klare til tur.",
            ),
            (
                L,
                "health|På helsekontrollen den {date} viste {name} helsesykepleieren en leke {sub} hadde fått av opprinnelsesfamilien sin.",
            ),
            (
                L,
                "other|På familiesenteret den {date} hadde {name} med en tegning til pappaen sin og tok med en annen hjem til {carer}.",
            ),
            (
                O,
                "caregiver|Den {date} ba {name} om å få være med på ferieplanene og valgte hvor familien skulle dra på dagstur.",
            ),
            (O, "child|Den {date} sa {name}: «Dette er rommet mitt, og jeg vil ha bildene mine oppe.»"),
            (
                O,
                "obs|Den {date} viste {name} saksbehandleren familiebildene i trappa og pekte ut hvor {sub} {was} på dem.",
            ),
            (
                O,
                "caregiver|Etter samværet den {date} snakket {name} med {carer} om at {sub} savnet mammaen sin, og hjalp så til med middagen.",
            ),
            (O, "school|Den {date} hørte læreren at {name} snakket åpent i klassen om å ha to familier."),
            (
                O,
                "child|Den {date} fortalte {name} saksbehandleren at {sub} ville beholde sitt eget etternavn, men ha etternavnet til {carer} på ryggen av fotballdrakta.",
            ),
            (O, "caregiver|Den {date} sendte {name} bursdagskort til bestemoren sin og skrev under fra hele familien."),
            (
                O,
                "caregiver|I et familiebryllup den {date} var {name} med på bildene og danset med niesene og nevøene til {carer}.",
            ),
            (
                O,
                "other|Samværsveilederen skrev den {date} at {name} fortalte pappaen sin nytt fra skolen og virket avslappet.",
            ),
            (O, "child|Den {date} spurte {name} om {sub} kunne få bo hos {carer} til {sub} ble voksen."),
            (
                O,
                "caregiver|Den {date} valgte {name} en gave til moren til {carer} og pakket den inn ved kjøkkenbordet.",
            ),
        ],
        strengths: &[
            (A, "Føler seg som en del av familien og er med på det familien gjør."),
            (A, "Har sin egen plass, med tingene og bildene sine framme."),
            (O, "Snakker om familien til {carer} som «familien min» også."),
            (A, "Holder forbindelsen til opprinnelsesfamilien gjennom samvær og livshistorieboka."),
            (O, "Kan ha begge familiene i tankene uten å føle seg illojal."),
            (L, "Kjenner igjen og hilser varmt på dem i familien."),
            (A, "Er med på familiebilder og tradisjoner."),
            (O, "Kommer godt overens med de andre barna i hjemmet."),
            (A, "Liker familieturer og gleder seg til dem."),
            (O, "Forstår, på en enkel måte, hvorfor {sub} bor hos {carer}."),
            (A, "Samværet med mammaen {pos} er roligere og mindre opprivende."),
            (O, "Vil holde kontakten med tidligere fosterforeldre og får hjelp til det."),
            (A, "En slektning holder stabil kontakt."),
            (O, "Snakker med stolthet om bakgrunnen og kulturen sin."),
            (A, "Treffer søsknene sine jevnlig."),
        ],
        needs: &[
            (A, "Samvær med opprinnelsesfamilien skaper uro; trenger en plan for før og etter."),
            (O, "Usikker på om {sub} får bli; trenger klarhet i planen."),
            (O, "Føler seg revet mellom familiene og er redd for å gjøre mammaen sin lei seg."),
            (A, "Trenger livshistoriearbeid for å forstå flyttingene."),
            (O, "Trenger en måte å holde kontakten med søsken som bor andre steder."),
            (A, "Blir lei seg når de andre barna i hjemmet får besøk."),
            (L, "Trenger jevnlig og forutsigbart samvær for å fortsette å kjenne opprinnelsesfamilien."),
            (O, "Holder rommet sitt nesten tomt, som om {sub} er klar til å flytte videre."),
            (A, "Trenger hjelp med spørsmål om hvorfor {sub} ikke kan bo hjemme."),
            (O, "Lite kontakt med farssiden av familien."),
            (A, "Trenger mer aktiv støtte til identitet og kulturell bakgrunn."),
            (O, "Syns familiefeiringer er vanskelige."),
            (A, "Bilder og minner fra tidligere hjem må tas vare på."),
            (O, "Bekymrer seg for hva som skjer etter fylte 18."),
            (A, "Mister kontakten når slektninger flytter; trenger hjelp til å holde forbindelsen."),
        ],
        views: &[
            "«Jeg vil bo her.»",
            "«Jeg savner mamma, men jeg liker meg her også.»",
            "«Dette er rommet mitt.»",
            "«Jeg vil treffe broren min mer.»",
            "«Jeg føler meg som en del av familien.»",
            "«Jeg vet ikke hvor lenge jeg skal bo her.»",
        ],
    },
];

pub(super) const BETTER_NB: &[&str] = &[
    "Et tydelig steg framover siden forrige kartlegging.",
    "Bedre enn ved forrige kartlegging.",
    "Bygger jevnt videre på forrige kartlegging.",
    "Tryggere på dette området enn sist.",
];

pub(super) const WORSE_NB: &[&str] = &[
    "Vanskeligere enn ved forrige kartlegging.",
    "Noe tilbakegang siden forrige kartlegging, knyttet til endringer den siste tiden.",
    "En nedgang siden forrige kartlegging; følges med.",
    "Mindre trygt her enn sist; drøftet i veiledning.",
];

pub(super) const SAME_NB: &[&str] =
    &["Omtrent som ved forrige kartlegging.", "Ingen vesentlig endring siden sist.", "Holder seg stabilt."];

pub(super) const OPINIONS_NB: &[&str] = &[
    "Dette passer med et mønster vi har sett over flere uker.",
    "En liten, men reell endring siden våren.",
    "Den rolige responsen fra {carer} utgjorde forskjellen her.",
    "Jeg tolker dette som økende tillit til {carer}.",
    "Lovende, men fortsatt nytt og lett å slå tilbake.",
    "Ett eksempel; det må ses oftere før det kan regnes som etablert.",
    "Første gang noen har meldt om dette.",
    "Stemmer med det skolen forteller oss.",
    "Etter min vurdering henger dette sammen med de mer stabile samværsordningene.",
    "Viser at tiltakene vi ble enige om på forrige ansvarsgruppemøte, virker.",
    "Verdt å ta opp på neste ansvarsgruppemøte.",
    "Et tilbakeslag, men {name} kom seg raskere enn før.",
];

pub(super) const FIRST_SUMMARIES_NB: &[&str] = &[
    "Første Trygg Base-kartlegging av {name}; den danner utgangspunktet for planen.",
    "Kartlegging av utgangspunktet. {name} har styrker å bygge på og tydelige behov på noen områder.",
    "En første gjennomgang av de fem dimensjonene, som grunnlag for støtten til {carer} og {name}.",
];

pub(super) const UP_SUMMARIES_NB: &[&str] = &[
    "{name} har funnet seg godt til rette hos {carer}, og skårene har steget på de fleste områder.",
    "Tydelig framgang siden forrige kartlegging, særlig i tillit til voksne og i å håndtere følelser.",
    "Jevn framgang på tvers av dimensjonene; planen virker og bør videreføres.",
    "{name} er tryggere og mer åpen; dagens støtte bør fortsette som nå.",
];

pub(super) const DOWN_SUMMARIES_NB: &[&str] = &[
    "En tyngre periode for {name}: skårene har falt på flere områder etter endringer den siste tiden.",
    "Noe tilbakegang siden forrige kartlegging; en veiledningssamtale med {carer} anbefales.",
    "{name} strever mer nå, med endringer på skolen og i samværet som bakgrunn. Ny gjennomgang om tre måneder.",
    "Tegn på belastning i plasseringen; teamet møtes for å planlegge mer støtte.",
];

pub(super) const STEADY_SUMMARIES_NB: &[&str] = &[
    "{name} har det fortsatt trygt og godt; skårene er omtrent som før.",
    "En stabil periode, med små endringer begge veier.",
    "Ingen store endringer; planen videreføres og gjennomgås igjen om seks måneder.",
    "{name} holder seg stabil, med styrker i noen dimensjoner og behov i andre.",
];

pub(super) const BAND_REASONS_NB: &[&str] = &[
    "Etter tidlig omsorgssvikt ser {name} ut til å fungere følelsesmessig godt under alderen sin; indikatorene for yngre barn passer bedre.",
    "Betydelige utviklingsforsinkelser: den yngre aldersgruppen beskriver {name} mer presist.",
    "Avtalt med skolen og BUP at indikatorene for yngre barn stemmer med der {name} er nå.",
];

/// Caregiver evidence is "life area|source|account"; the life areas (past, present, caring) stay
/// keys.
pub(super) const CARER_NB: [Texts; 5] = [
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} fortalte om en tante som alltid hadde kaffe på kanna og tid til å lytte, og vil selv være en slik voksen for et barn.",
            ),
            (A, "present|referee|En nabo gjennom ti år sa at {carer} er den folk i gata ringer til når noe skjer."),
            (
                A,
                "caring|obs|Den {date} byttet {carer} vakt på jobben for å være hjemme da et barn kom tilbake fra et vanskelig samvær.",
            ),
            (
                A,
                "caring|caregiver|{carer} setter av ti minutter til prat på sengekanten for hvert barn, også på travle kvelder.",
            ),
            (
                A,
                "present|other|Arbeidsgiveren til {carer} bekreftet fleksibel arbeidstid, slik at levering og henting er dekket.",
            ),
            (A, "caring|school|Skolen sa den {date} at {carer} alltid tar telefonen og kommer når skolen ber om det."),
        ],
        strengths: &[
            (A, "Stabil og tilgjengelig; legger opp hverdagen etter barnas behov."),
            (A, "Gir trøst raskt og uten å dømme."),
            (A, "Skaper forutsigbare rutiner som hjelper barn til å stole på voksne."),
            (A, "Lett for skolen og barneverntjenesten å nå, og svarer raskt."),
            (A, "Setter av tid til hvert barn alene."),
            (A, "Holder seg stødig når et barn skyver unna."),
        ],
        needs: &[
            (A, "Har jobbet lange dager tidligere; må fortsatt skjerme familietiden."),
            (A, "Planlagt avlastning vil hjelpe {carer} å være tilgjengelig."),
            (A, "Trenger støtte til å møte behovene til flere barn samtidig."),
            (A, "Syns det er vanskelig når et barn avviser trøst; veiledningen hjelper."),
            (A, "Trenger en plan for avlastning ved sykdom."),
            (A, "Kurs i traumebevisst omsorg anbefales."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} reflekterte over hvordan en vanskelig barndom gjorde det til en selvfølge å fange opp stemningen hos andre.",
            ),
            (
                A,
                "caring|obs|Den {date} merket {carer} at et barn var stille etter skolen, og foreslo en tur med hunden i stedet for å spørre og grave.",
            ),
            (
                A,
                "present|referee|En referanseperson beskrev {carer} som rask til å merke når en venn har det vanskelig, og varsom med å ta over.",
            ),
            (
                A,
                "caring|caregiver|{carer} fører en kort dagbok over hva som gjør hvert barn urolig og hva som hjelper, og går gjennom den i veiledningen.",
            ),
            (
                A,
                "caring|other|På kurs den {date} snakket {carer} reflektert om forskjellen på et barn som er ulydig og et barn som er redd.",
            ),
            (
                A,
                "present|caregiver|{carer} gikk i samtaleterapi for noen år siden og kan snakke åpent om hva som hjalp.",
            ),
        ],
        strengths: &[
            (A, "Leser barnas sinnsstemning godt og tilpasser seg."),
            (A, "Holder seg rolig under press."),
            (A, "Tenker over hva som ligger bak atferden."),
            (A, "Setter enkle ord på følelser for barnet."),
            (A, "Reflektert i veiledning og åpen for nye tanker."),
            (A, "Kjenner sine egne sårbare punkter og vet hvordan de kan håndteres."),
        ],
        needs: &[
            (A, "Kan ta avvisning personlig på dårlige dager."),
            (A, "Trenger støtte til å stoppe opp før {carer} reagerer på krevende atferd."),
            (A, "Vil ha nytte av opplæring i å sette ord på barnets følelser."),
            (A, "Kan forklare for mye når barnet trenger ro."),
            (A, "Veiledningen bør også ta for seg historien til {carer} og hvordan den preger omsorgen."),
            (A, "Trenger støtte når et barns fortvilelse varer i flere uker."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "past|caregiver|{carer} fikk selv høre som barn at «du er ikke noe flink på skolen», og vil at barn skal få høre hva de får til.",
            ),
            (A, "caring|obs|Den {date} roste {carer} et barn for å smake på ny mat og sa ingenting om sølet."),
            (A, "present|referee|En referanseperson sa at {carer} tar imot alle med åpne armer, uansett bakgrunn."),
            (
                A,
                "caring|caregiver|{carer} har en «stolthetsvegg» på kjøkkenet med tegninger og diplomer fra hvert barn.",
            ),
            (
                A,
                "caring|school|Skolen skrev den {date} at {carer} kom på alle foreldremøter og utviklingssamtaler og spurte om styrkene først.",
            ),
            (
                A,
                "present|other|{carer} er frivillig i en ungdomsklubb og er kjent for å gi de stilleste ungdommene en oppgave.",
            ),
        ],
        strengths: &[
            (A, "Varm og aksepterende; feirer små seire."),
            (A, "Verdsetter hvert barn for den det er."),
            (A, "Skiller mellom atferden og barnet."),
            (A, "Åpen for barn med ulik bakgrunn og tro."),
            (A, "Oppmuntrer til hobbyer og interesser."),
            (A, "Tar vare på minnesaker og papirer for hvert barn."),
        ],
        needs: &[
            (A, "Har høye forventninger til skolearbeid; må finne en balanse."),
            (A, "Påminnelse om å rose innsats, ikke bare resultater."),
            (A, "Kan bli kritisk når {carer} er sliten."),
            (A, "Vil ha nytte av opplæring om identitet og kulturell bakgrunn."),
            (A, "Må akseptere at framgangen kan ta tid."),
            (A, "Trenger støtte til å forstå barn som avviser ros."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (A, "caring|obs|Den {date} ga {carer} et barn to valg for helga og holdt seg til det barnet valgte."),
            (A, "past|caregiver|{carer} fortalte om å ha fått ansvar tidlig og lært å planlegge sammen med andre."),
            (A, "caring|caregiver|{carer} og barna ble enige om husreglene sammen og hengte dem opp på kjøleskapet."),
            (
                A,
                "present|referee|En kollega av {carer} sa at {carer} lytter først og ser etter løsninger som passer for alle.",
            ),
            (A, "caring|school|Den {date} sa skolen at {carer} hadde samarbeidet med dem om en felles belønningsplan."),
            (
                A,
                "caring|other|På et ansvarsgruppemøte den {date} spurte {carer} etter ungdommens mening før {carer} ga sin egen.",
            ),
        ],
        strengths: &[
            (A, "Gir barna reelle valg."),
            (A, "Samarbeider godt med skole, helsetjenester og opprinnelsesfamilie."),
            (A, "Forhandler og finner kompromisser."),
            (A, "Tar barna med i planleggingen av uka."),
            (A, "Deler informasjon åpent med teamet."),
            (A, "Holder avtaler og forklarer endringer."),
        ],
        needs: &[
            (A, "Kan ta over i stedet for å la barna prøve selv."),
            (A, "Må involvere de eldre barna mer i avgjørelser."),
            (A, "Syns noen fagpersoner er vanskelige å samarbeide med; trenger støtte."),
            (A, "Trenger hjelp til å sette rettferdige, tydelige regler."),
            (A, "Må senke tempoet i avgjørelser så barna får si sin mening."),
            (A, "Loggføringen må følges opp."),
        ],
        views: &[],
    },
    Texts {
        evidence: &[
            (
                A,
                "caring|caregiver|{carer} sørger for at et bilde av hvert barn henger på veggen i løpet av den første uka.",
            ),
            (
                A,
                "present|referee|En referanseperson sa at storfamilien til {carer} stiller opp i hver bursdag og tar med fosterbarna som en selvfølge.",
            ),
            (A, "caring|obs|Den {date} hjalp {carer} et barn med å lage kort til mamma, og de postet det sammen."),
            (
                A,
                "past|caregiver|{carer} vokste opp i en stor familie med søskenbarn som kom og gikk, og husker hvordan det var å bli tatt godt imot.",
            ),
            (
                A,
                "caring|other|Tilsynsføreren skrev den {date} at {carer} tok hjertelig imot faren til et barn og snakket pent om ham til barnet.",
            ),
            (
                A,
                "caring|caregiver|{carer} holder kontakten med barn som har flyttet videre, og sender kort på bursdagene deres.",
            ),
        ],
        strengths: &[
            (A, "Tar barna fullt ut med i familielivet."),
            (A, "Støtter samvær med opprinnelsesfamilien på en positiv måte."),
            (A, "Storfamilien er inkluderende og til å stole på."),
            (A, "Holder barnas bakgrunn og historie levende."),
            (A, "Holder kontakten med barn som flytter videre."),
            (A, "Hjelper barna å forstå at de kan høre til i to familier."),
        ],
        needs: &[
            (A, "Trenger støtte til å håndtere vanskelige samvær."),
            (A, "Egne barn trenger også tid og oppmerksomhet."),
            (A, "Storfamilien er lite involvert; et bredere nettverk ville hjelpe."),
            (A, "Vil ha nytte av opplæring i livshistoriearbeid."),
            (A, "Må tenke gjennom hva det vil bety å ha et barn i familien på lang sikt."),
            (A, "Trenger hjelp til å snakke respektfullt om foreldrene når et barn er sint på dem."),
        ],
        views: &[],
    },
];

pub(super) const CARER_OPINIONS_NB: &[&str] = &[
    "Sett gjentatte ganger ved flere besøk.",
    "En tydelig styrke å ta med i matchingen.",
    "Drøftet i veiledning; {carer} var åpen om dette.",
    "Bekreftet av den andre referansepersonen.",
    "Verdt å bygge videre på i opplæringen i år.",
];

pub(super) const SHORT_TERM_NB: &[&str] = &[
    "Egnet for kortvarige plasseringer og overganger, med støtte når plasseringer avsluttes.",
    "Kan gi et barn i krise et trygt midlertidig hjem.",
    "Får barn raskt til å finne seg til rette; avslutninger må planlegges.",
    "Kan ta imot akuttplasseringer når det er ro i hjemmet.",
    "Korttidsplasseringer passer godt med rutinene i familien.",
];

pub(super) const LONG_TERM_NB: &[&str] = &[
    "Kan gi et yngre barn et varig hjem med riktig matching.",
    "Langvarig omsorg er mulig med støtte rundt samvær.",
    "Vil forplikte seg til et barn helt inn i voksenlivet.",
    "Klar til å vurdere langvarig omsorg etter neste årlige gjennomgang.",
    "Langvarig omsorg krever nøye matching med familiens egne barn.",
];

/// Said of a dimension at a review, against the carer's last assessment.
pub(super) const CARER_BETTER_NB: &[&str] = &[
    "Sterkere her enn ved forrige kartlegging.",
    "{carer} har utviklet seg på dette siden forrige kartlegging.",
    "Årets opplæring synes i hvordan {carer} håndterer dette nå.",
];

pub(super) const CARER_WORSE_NB: &[&str] = &[
    "Litt vanskeligere for {carer} enn ved forrige kartlegging; snakket gjennom i veiledning.",
    "Har gått litt tilbake siden forrige kartlegging; følges med.",
];

pub(super) const CARER_SAME_NB: &[&str] =
    &["Omtrent som ved forrige kartlegging, og fortsatt en styrke.", "Ingen endring siden forrige kartlegging."];

/// What a carer under strain shows in the dimension that has fallen: (dimension, evidence as
/// "area|source|account", needs).
pub(super) const STRAIN_NB: &[(Dimension, &[&str], &[&str])] = &[
    (
        Dimension::Availability,
        &[
            "caring|caregiver|Den {date} sa {carer}: «Etter uker med ødelagte netter har jeg sluttet å stå opp når ungdommen roper.»",
            "caring|school|Skolen fortalte at ingen svarte da ungdommen ba om å bli hentet tidlig den {date}, for andre gang dette halvåret.",
            "caring|obs|Under besøket den {date} ble {carer} sittende i telefonen da ungdommen kom inn, og ungdommen gikk rett opp uten et ord.",
        ],
        &[
            "Sliten etter et tungt år; avlastning og en støtteplan ble avtalt på stabiliseringsmøtet.",
            "Mindre til stede for ungdommen enn i fjor etter at plasseringen ble mer krevende; veiledningsbesøk annenhver uke inntil videre.",
        ],
    ),
    (
        Dimension::Sensitivity,
        &[
            "caring|caregiver|Den {date} kalte {carer} ungdommens utbrudd for oppmerksomhetssøking og klarte ikke å si hva som kunne ligge bak.",
            "caring|obs|Under besøket den {date} møtte {carer} barnets tårer med «nå får det være nok» og byttet tema.",
            "caring|other|Barnets saksbehandler skrev den {date} at {carer} hadde sluttet å skrive den reflekterende delen av den daglige loggen.",
        ],
        &[
            "Syns det er vanskelig å holde fast ved nysgjerrigheten på hva som ligger bak ungdommens atferd; et Trygg Base-intervju og veiledningssamtaler er planlagt.",
            "Egne følelser om plasseringen står i veien for {carer}; veiledning annenhver uke til det roer seg.",
        ],
    ),
];

/// What still stands in a dimension that has fallen under strain.
pub(super) const STRAIN_STRENGTHS_NB: &[&str] = &[
    "{carer} er åpen med teamet om hvor tungt det har blitt, og ønsker å fortsette.",
    "Fortsatt engasjert i ungdommen, og ba om hjelp tidlig.",
];

pub(super) const STRAINED_SHORT_TERM_NB: &str =
    "Ingen nye plasseringer før den nåværende er mer stabil; avlastning tilbys i mellomtiden.";

pub(super) const APPROVAL_SUMMARIES_NB: &[&str] = &[
    "{carer} er varm og reflektert, med et sterkt nettverk rundt seg. Godkjenning anbefales innenfor det omfanget det er søkt om.",
    "Har god erfaring fra familieliv og er villig til å lære. Godkjenning anbefales, med kurs i traumebevisst omsorg det første året.",
    "{carer} tenker nøye over barns følelser og sine egne. Godkjenning anbefales; ett barn i første omgang vil passe best.",
];

pub(super) const REVIEW_SUMMARIES_NB: &[&str] = &[
    "{carer} gir et varmt og forutsigbart hjem. Videre godkjenning anbefales, med planlagt støtte rundt samvær.",
    "En reflektert fosterforelder som leser barn godt. Videre godkjenning anbefales.",
    "{carer} er stabil og setter barnet i sentrum. Videre godkjenning anbefales; kurs i traumebevisst omsorg vil bygge på tydelige styrker.",
    "Stødig og erfaren, uten bekymringer. Videre godkjenning anbefales innenfor dagens omfang.",
];

pub(super) const GROWTH_SUMMARIES_NB: &[&str] = &[
    "{carer} har blitt tryggere i rollen i år og samarbeider godt med teamet. Videre godkjenning anbefales.",
    "Et år med tydelig utvikling: {carer} setter nå ord på hva som ligger bak et barns atferd og planlegger ut fra det. Videre godkjenning anbefales.",
];

pub(super) const STRAIN_SUMMARIES_NB: &[&str] = &[
    "{carer} er fortsatt engasjert, men plasseringen har tært på kreftene i år, særlig når det gjelder å være til stede når det trengs. Videre godkjenning anbefales, med støtteplan, avlastning og et stabiliseringsmøte.",
    "Et krevende år: {carer} syns det er vanskeligere å forstå og møte barnet som bor i hjemmet. Videre godkjenning anbefales, med veiledning annenhver uke og en ny gjennomgang av plasseringen om tre måneder.",
];
