//! The Wi2021 rules for family migrants as data: one entry per rule of
//! `shared/domain/rules.md`, with its parameters, source, confidence and the date it was last
//! checked. The evaluation (`evaluate.rs`) reads its numbers from the constants below, which
//! the catalogue also lists, so a number lives in one place.

use chrono::NaiveDate;
use serde::Serialize;

/// Version of this rules file; bump it when a rule or parameter changes.
pub const RULES_VERSION: &str = "2026-11-23.1";

/// When the rules were last compared with their sources (the team's rules reference, whose
/// sources run to February 2026).
pub const RULES_CHECKED: NaiveDate = date(2026, 11, 23);

/// How sure we are of a rule (the labels of `shared/domain/rules.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Stated by an official source (DUO, IND, Rijksoverheid, Divosa Q&A, …).
    Confirmed,
    /// Stated in the Divosa handreiking (source text 001), not re-checked elsewhere.
    SourceText,
    /// Only in secondary material: a strong lead, to be checked.
    Secondary,
    /// Not found or contradictory: never shown as fact.
    Uncertain,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::SourceText => "source-text",
            Self::Secondary => "secondary",
            Self::Uncertain => "uncertain",
        }
    }
}

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub title: &'static str,
    /// A public page, or `None` for a source text (quoted by title only).
    pub url: Option<&'static str>,
}

/// A typed parameter value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Value {
    Number(i64),
    Date(NaiveDate),
    /// Euro cents, with the date the amount was known to be right.
    Money {
        cents: i64,
        as_of: NaiveDate,
    },
}

/// One rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The id in `shared/domain/rules.md`, e.g. `R2.1`.
    pub id: &'static str,
    pub params: &'static [(&'static str, Value)],
    pub sources: &'static [Source],
    pub confidence: Confidence,
    pub checked: NaiveDate,
}

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid date in the rules file"),
    }
}

// ---- Parameters (each used by the evaluation and listed in the catalogue) ----

/// R1.1: who became obligated from this date on falls under the Wi2021.
pub const WI2021_CUTOVER: NaiveDate = date(2022, 1, 1);
/// R1.2: the obligation starts at this age.
pub const MIN_AGE: i64 = 16;
/// R1.2: state pension (AOW) age, which ends the obligation. The SVB table is not in our sources:
/// 67 holds for people reaching it in 2024–2027; shown as uncertain, to be checked with the SVB.
pub const AOW_AGE: i64 = 67;
/// R1.4: while at school, young people are in practice obligated from this age.
pub const SCHOOL_AGE_END: i64 = 18;
/// R1.6: this many years in the Netherlands during compulsory-school age: not obligated.
pub const SCHOOLING_YEARS_NL: i64 = 8;
/// R1.6: DUO decides on an exemption within this many weeks.
pub const EXEMPTION_DECISION_WEEKS: i64 = 8;
/// R2.1: the termijn lasts this many years from the day after the first PIP.
pub const TERMIJN_YEARS: i64 = 3;
/// R2.2: the municipality sets the PIP within this many weeks of DUO's notice.
pub const PIP_WEEKS: i64 = 10;
/// R2.4: extra time can be asked for in the last this-many months of the termijn.
pub const EXTENSION_WINDOW_MONTHS: i64 = 6;
/// R2.4: the interruption must have lasted at least this many months.
pub const EXTENSION_MIN_INTERRUPTION_MONTHS: i64 = 3;
/// R3.2: stepping down to A2 needs this many lesson hours at a keurmerk school.
pub const AFSCHALEN_HOURS: i64 = 600;
/// R3.2: of which at least this percentage in person.
pub const AFSCHALEN_IN_PERSON_PERCENT: i64 = 50;
/// R3.3: the Z-route is this many lesson hours at a keurmerk school.
pub const Z_ROUTE_HOURS: i64 = 800;
/// R3.6: exam fee per component (4 language parts + KNM), paid again for every attempt.
pub const EXAM_FEE: Value = Value::Money {
    cents: 5_000,
    as_of: date(2026, 2, 1),
};
/// R3.6: number of exam components in the B1-route.
pub const EXAM_COMPONENTS: i64 = 5;
/// R4.1: the PVT takes at least this many hours.
pub const PVT_MIN_HOURS: i64 = 12;
/// R4.2: the MAP has a practical part of at least this many hours.
pub const MAP_MIN_HOURS: i64 = 40;
/// R6.2: the DUO loan is at most this much.
pub const LOAN_MAX: Value = Value::Money {
    cents: 1_000_000,
    as_of: date(2026, 2, 1),
};
/// R6.3: repayment starts this many months after finishing, and runs this many years.
pub const REPAY_START_MONTHS: i64 = 6;
pub const REPAY_YEARS: i64 = 10;
/// R8.2: results of the Staatsexamen NT2 (B1) are online after about this many weeks.
pub const NT2_RESULT_WEEKS: i64 = 5;
/// R8.2: weeks between booking an exam and the first free date (not published; secondary notes
/// report more than 6).
pub const EXAM_BOOKING_LEAD_WEEKS: i64 = 6;
/// R7.5: naturalisation after this many years married to (or living with) a Dutch partner.
pub const NATURALISATION_YEARS: i64 = 3;
/// R7.6: an independent or permanent permit after this many years.
pub const PERMIT_YEARS: i64 = 5;

/// The euro cents of a money parameter.
pub const fn cents(value: Value) -> i64 {
    match value {
        Value::Money { cents, .. } => cents,
        _ => 0,
    }
}

// ---- Sources ----

const S1: Source = Source {
    title: "Divosa/Verwey-Jonker, Handreiking gezinsmigranten (June 2022), source text 001",
    url: None,
};
const S2: Source = Source {
    title: "Divosa Community of Practice story, source text 002",
    url: None,
};
const fn web(title: &'static str, url: &'static str) -> Source {
    Source { title, url: Some(url) }
}
const P1: Source = web(
    "Divosa, Wet inburgering vraag en antwoord: doelgroep",
    "https://www.divosa.nl/publicaties/wet-inburgering-vraag-en-antwoord/algemeen/doelgroep",
);
const P3: Source = web("Rijksoverheid, inburgeringsplicht nieuwkomers met Turkse nationaliteit (2021)", "https://www.rijksoverheid.nl/actueel/nieuws/2021/11/17/rijksoverheid-start-voorlichting-inburgeringsplicht-nieuwkomers-met-turkse-nationaliteit");
const P5: Source = web(
    "Gemeente Leiden, Inburgeren",
    "https://gemeente.leiden.nl/inwoners-en-ondernemers/verhuizen-en-migreren/immigratie-en-integratie/inburgeren/",
);
const P6: Source = web(
    "IND, Tijdelijke verblijfsdoelen Wet inburgering",
    "https://ind.nl/Paginas/Tijdelijke-verblijfsdoelen-Wet_Inburgering.aspx",
);
const P7: Source = web(
    "Schulinck, Minderjarige vreemdelingen",
    "https://www.schulinck.nl/opinie/minderjarige-vreemdelingen/",
);
const P8: Source = web(
    "Inburgeren.nl, Diploma gehaald",
    "https://www.inburgeren.nl/minder-of-geen-examens/diploma-gehaald.jsp",
);
const P9: Source = web(
    "Staatscourant 2022, 33825 (Regeling inburgering 2021 amended)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2022-33825.html",
);
const P10: Source = web(
    "Staatsblad 2022, 489 (Besluit inburgering 2021 amended)",
    "https://zoek.officielebekendmakingen.nl/stb-2022-489.html",
);
const P12: Source = web(
    "Inburgeren.nl, Genoeg uren cursus gedaan",
    "https://www.inburgeren.nl/minder-of-geen-examens/genoeg-uren-cursus-gedaan.jsp",
);
const P13: Source = web(
    "Divosa, Medische ontheffing aanvragen",
    "https://www.divosa.nl/verhalen/medische-ontheffing-aanvragen-niet-ziek-zijn-staat-niet-gelijk-aan-niets-kunnen",
);
const P14: Source = web(
    "Rijksoverheid, Verlenging inburgeringstermijn aanvragen",
    "https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/verlenging-inburgeringstermijn-aanvragen",
);
const P15: Source = web(
    "Inburgeren.nl, Extra tijd",
    "https://www.inburgeren.nl/extra-tijd/andere-reden.jsp",
);
const P19: Source = web(
    "Inburgeren.nl, Inburgeren betalen",
    "https://www.inburgeren.nl/inburgeren-betalen/index.jsp",
);
const P20: Source = web(
    "Staatsexamens NT2, Wet inburgering 2021 en het Staatsexamen NT2",
    "https://www.staatsexamensnt2.nl/actueel/nieuws/2021/12/22/nieuwe-wet-inburgering-2021-en-het-staatsexamen-nt2",
);
const P21: Source = web(
    "Blik op Inburgering, Afstandsonderwijs binnen inburgering",
    "https://www.blikopinburgering.nl/afstandsonderwijs-binnen-inburgering/",
);
const P22: Source = web(
    "nt2.nl, Module Arbeidsmarkt en Participatie (MAP)",
    "https://www.nt2.nl/en/artikelen/80-4448_Module-Arbeidsmarkt-en-Participatie-MAP",
);
const P23: Source = web(
    "VluchtelingenWerk (refugeehelp.nl), Participatieverklaringstraject",
    "https://www.refugeehelp.nl/nl/status-holder/article/100259",
);
const P24: Source = web(
    "DUO, Leerbaarheidstoets",
    "https://duo.nl/zakelijk/inburgering-ketenpartners/nieuwe-wet-inburgeren/leerbaarheidstoets.jsp",
);
const P26: Source = web(
    "Inburgeren.nl, Hoeveel geld mag u lenen",
    "https://www.inburgeren.nl/inburgeren-betalen/hoeveel-geld-mag-u-lenen.jsp",
);
const P27: Source = web(
    "Inburgeren.nl, Lening terugbetalen",
    "https://www.inburgeren.nl/inburgeren-betalen/lening-terugbetalen.jsp",
);
const P29: Source = web(
    "IND, Inkomenseisen familie",
    "https://ind.nl/Paginas/Inkomenseisen-familie.aspx",
);
const P30: Source = web(
    "IND, Echtgenoot, geregistreerd of ongehuwd partner",
    "https://ind.nl/Familie/Paginas/Echtgenoot-geregistreerd-of-ongehuwd-partner.aspx",
);
const P32: Source = web(
    "Naar Nederland, Basisexamen inburgering buitenland",
    "https://www.naarnederland.nl/en/welcome",
);
const P34: Source = web("IND, Inburgering bij sterkere verblijfsvergunning en naturalisatie", "https://ind.nl/nl/met-een-verblijfsvergunning-wonen-in-nederland/inburgering-bij-sterkere-verblijfsvergunning-en-naturalisatie");
const P35: Source = web(
    "IND, Uitzonderingen 5 jaar verblijf bij naturalisatie",
    "https://ind.nl/nl/uitzonderingen-5-jaar-verblijf-bij-naturalisatie",
);
const P37: Source = web(
    "IND, Toezicht en sancties",
    "https://ind.nl/Paginas/Toezicht-en-sancties.aspx",
);
const P38: Source = web("Rijksoverheid, Inburgeringsexamen vernieuwd (2025)", "https://www.rijksoverheid.nl/actueel/nieuws/2025/06/30/inburgeringsexamen-vernieuwd-extra-aandacht-voor-zelfbeschikking-vrouwen-en-kennis-holocaust");
const P39: Source = web(
    "DUO, Staatsexamen NT2 uitslag",
    "https://duo.nl/particulier/staatsexamen-nt2/uitslag.jsp",
);
const P25: Source = web(
    "Werk en Inkomen Tilburg, inburgering (leerbaarheidstoets, B1-cursus: 3 lessen van 3 uur per week)",
    "https://www.werkeninkomentilburg.nl",
);
const P45: Source = web("Schulinck, Termijnen", "https://www.schulinck.nl/opinie/termijnen/");
const P50: Source = web(
    "nt2.nl, Het nieuwe inburgeringstraject: leerroutes",
    "https://www.nt2.nl/nl/dossier/de-nieuwe-wet-inburgering-/het-nieuwe-inburgeringstraject-leerroutes-",
);

use Confidence::{Confirmed, Secondary, SourceText, Uncertain};
use Value::{Date, Number};

const fn rule(
    id: &'static str,
    params: &'static [(&'static str, Value)],
    sources: &'static [Source],
    confidence: Confidence,
) -> Rule {
    Rule {
        id,
        params,
        sources,
        confidence,
        checked: RULES_CHECKED,
    }
}

/// Every rule the portal uses.
pub const RULES: &[Rule] = &[
    rule(
        "R1.1",
        &[("cutover_date", Date(WI2021_CUTOVER))],
        &[S1, P1, P45],
        Confirmed,
    ),
    rule(
        "R1.2",
        &[("min_age", Number(MIN_AGE)), ("aow_age", Number(AOW_AGE))],
        &[P5, P7, P34],
        Confirmed,
    ),
    rule("R1.3", &[], &[P6], Confirmed),
    rule(
        "R1.4",
        &[("effective_start_age", Number(SCHOOL_AGE_END))],
        &[S1, P7, P8],
        Confirmed,
    ),
    rule(
        "R1.5",
        &[("turkish_obligated_from", Date(WI2021_CUTOVER))],
        &[P3, P34],
        Confirmed,
    ),
    rule(
        "R1.6",
        &[
            ("schooling_years_nl", Number(SCHOOLING_YEARS_NL)),
            ("decision_weeks", Number(EXEMPTION_DECISION_WEEKS)),
        ],
        &[P8, P9, P5],
        Confirmed,
    ),
    rule("R1.7", &[], &[P12, P13], Confirmed),
    rule("R1.8", &[], &[S1, P6], SourceText),
    rule("R1.9", &[], &[S1], SourceText),
    rule(
        "R2.1",
        &[("termijn_years", Number(TERMIJN_YEARS))],
        &[P1, P45],
        Confirmed,
    ),
    rule("R2.2", &[("pip_deadline_weeks", Number(PIP_WEEKS))], &[S1], Secondary),
    rule("R2.3", &[], &[S1], SourceText),
    rule(
        "R2.4",
        &[
            ("apply_window_months", Number(EXTENSION_WINDOW_MONTHS)),
            ("min_interruption_months", Number(EXTENSION_MIN_INTERRUPTION_MONTHS)),
        ],
        &[P14, P15, P9],
        Confirmed,
    ),
    rule("R2.7", &[], &[S1, P34], Confirmed),
    rule(
        "R3.1",
        &[("exam_components", Number(EXAM_COMPONENTS))],
        &[S1, P20, P50],
        Confirmed,
    ),
    rule(
        "R3.2",
        &[
            ("afschalen_min_hours", Number(AFSCHALEN_HOURS)),
            ("min_in_person_percent", Number(AFSCHALEN_IN_PERSON_PERCENT)),
        ],
        &[S1, P21],
        Confirmed,
    ),
    rule("R3.3", &[("z_hours", Number(Z_ROUTE_HOURS))], &[S1, S2, P10], Confirmed),
    rule("R3.4", &[], &[S1, P22], SourceText),
    rule("R3.5", &[], &[P45], Confirmed),
    rule("R3.6", &[("exam_fee_per_component", EXAM_FEE)], &[P19, P39], Confirmed),
    rule("R3.7", &[], &[P38], Confirmed),
    rule(
        "R4.1",
        &[("pvt_min_hours", Number(PVT_MIN_HOURS))],
        &[S1, P19, P23],
        Confirmed,
    ),
    rule(
        "R4.2",
        &[("map_practical_min_hours", Number(MAP_MIN_HOURS))],
        &[S1, S2, P19, P22],
        Confirmed,
    ),
    rule("R4.3", &[], &[S1, P45], Confirmed),
    rule("R5.1", &[], &[S1], SourceText),
    rule("R5.2", &[], &[S1], SourceText),
    rule("R5.3", &[], &[P24], Confirmed),
    rule("R5.4", &[], &[S1, P1], Confirmed),
    rule("R6.1", &[], &[S1, P19], Confirmed),
    rule("R6.2", &[("loan_max", LOAN_MAX)], &[S1, P26, P50], Confirmed),
    rule(
        "R6.3",
        &[
            ("repay_start_months", Number(REPAY_START_MONTHS)),
            ("repay_years", Number(REPAY_YEARS)),
        ],
        &[S1, P27],
        Confirmed,
    ),
    rule("R6.4", &[], &[P27, P50], Confirmed),
    rule("R6.5", &[], &[P19], Uncertain),
    rule("R7.1", &[], &[S1, P29, P30], Confirmed),
    rule("R7.2", &[], &[S1, P32], Confirmed),
    rule("R7.3", &[], &[S1], Confirmed),
    rule("R7.4", &[], &[S1], Confirmed),
    rule(
        "R7.5",
        &[("naturalisation_years_dutch_partner", Number(NATURALISATION_YEARS))],
        &[S1, P35, P34],
        Confirmed,
    ),
    rule("R7.6", &[("permit_years", Number(PERMIT_YEARS))], &[S1, P34], Confirmed),
    rule("R7.7", &[], &[S1, P37], SourceText),
    rule("R8.1", &[], &[S1], SourceText),
    rule(
        "R8.2",
        &[
            ("nt2_result_weeks", Number(NT2_RESULT_WEEKS)),
            ("booking_lead_weeks", Number(EXAM_BOOKING_LEAD_WEEKS)),
        ],
        &[P39],
        Secondary,
    ),
    rule("R8.3", &[], &[P25], Uncertain),
    rule("R8.4", &[], &[P39], Uncertain),
];

/// The rule with this id. Ids are checked by a test, so callers may rely on them.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_every_rule_has_a_source() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "duplicate rule id");
        assert!(RULES.iter().all(|r| !r.sources.is_empty()));
    }

    #[test]
    fn the_required_rules_are_encoded() {
        let required = [
            "R1.1", "R1.2", "R1.3", "R1.4", "R1.5", "R1.6", "R1.7", "R1.8", "R1.9", "R2.1", "R2.2", "R2.3", "R2.4",
            "R2.7", "R3.1", "R3.2", "R3.3", "R3.4", "R3.5", "R3.6", "R3.7", "R4.1", "R4.2", "R4.3", "R5.1", "R5.2",
            "R6.1", "R6.2", "R6.3", "R6.4", "R6.5", "R7.1", "R7.2", "R7.3", "R7.4", "R7.5", "R7.6", "R7.7",
        ];
        for id in required {
            assert!(find(id).is_some(), "{id} missing");
        }
    }

    #[test]
    fn amounts_carry_an_as_of_date() {
        assert_eq!(cents(EXAM_FEE), 5_000);
        assert_eq!(cents(LOAN_MAX), 1_000_000);
    }
}
