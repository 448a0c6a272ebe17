//! Checks every locale against the Dutch reference: the files parse, the ids match exactly,
//! no translation uses a variable the Dutch message does not have, every plural selector
//! names all CLDR categories the language uses, and every id the code asks for exists.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use fluent_syntax::{ast, parser};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

const REFERENCE: &str = "nl";

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// What the checks need to know about one message or term.
#[derive(Default, Debug)]
struct Entry {
    variables: BTreeSet<String>,
    /// For each plural selector: the variant keys it lists.
    plural_keys: Vec<BTreeSet<String>>,
}

/// id (with `.attribute` for attributes) → entry, for all files of one locale.
fn load_locale(code: &str) -> BTreeMap<String, Entry> {
    let dir = locales_dir().join(code);
    let mut entries = BTreeMap::new();
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("locale dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for path in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
        let source = fs::read_to_string(&path).expect("readable .ftl");
        let resource = match parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}: Fluent parse errors: {errors:?}", path.display()),
        };
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                ast::Entry::Junk { content } => panic!("{}: unparsable entry: {content}", path.display()),
                _ => continue,
            };
            let mut parts = vec![(id.clone(), value)];
            parts.extend(
                attributes
                    .into_iter()
                    .map(|a| (format!("{id}.{}", a.id.name), Some(a.value))),
            );
            for (key, pattern) in parts {
                let mut found = Entry::default();
                if let Some(pattern) = pattern {
                    walk_pattern(&pattern, &mut found);
                }
                assert!(
                    entries.insert(key.clone(), found).is_none(),
                    "{}: duplicate id {key}",
                    path.display()
                );
            }
        }
    }
    entries
}

fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut Entry) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, found: &mut Entry) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, found);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            let categories = ["zero", "one", "two", "few", "many", "other"];
            let numeric_selector = matches!(selector, ast::InlineExpression::VariableReference { .. })
                || matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
            if numeric_selector
                && keys
                    .iter()
                    .all(|k| categories.contains(&k.as_str()) || k.parse::<f64>().is_ok())
            {
                found.plural_keys.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, found: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, found),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, found),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
        _ => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, found: &mut Entry) {
    for inline in arguments
        .positional
        .iter()
        .chain(arguments.named.iter().map(|n| &n.value))
    {
        walk_inline(inline, found);
    }
}

/// The locale directories that exist.
fn locale_codes() -> Vec<String> {
    let mut codes: Vec<String> = fs::read_dir(locales_dir())
        .expect("locales dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes
}

/// The CLDR cardinal categories a language uses, found by asking the plural rules about
/// integers, decimals and large round numbers (French "many" is for millions).
fn categories_used(code: &str) -> BTreeSet<String> {
    // intl_pluralrules knows Chinese as "zh"; the script subtag does not change the rules.
    let language = code.split('-').next().expect("language subtag");
    let rules = PluralRules::create(
        language
            .parse::<unic_langid::LanguageIdentifier>()
            .expect("language id"),
        PluralRuleType::CARDINAL,
    )
    .unwrap_or_else(|e| panic!("no plural rules for {code}: {e}"));
    let mut samples: Vec<String> = (0..=1200).map(|n| n.to_string()).collect();
    samples.extend(["0.5", "1.5", "2.5", "3.5", "5.5", "11.5", "100.5", "1000000", "2000000"].map(String::from));
    samples
        .iter()
        .map(|s| match rules.select(s.as_str()).expect("selectable") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .map(String::from)
        .collect()
}

#[test]
fn every_supported_language_has_a_locale_folder_and_no_more() {
    let mut supported: Vec<String> = app::locale::SUPPORTED.iter().map(|s| (*s).to_owned()).collect();
    supported.sort();
    assert_eq!(locale_codes(), supported);
}

#[test]
fn every_locale_has_exactly_the_reference_ids() {
    let reference: BTreeSet<String> = load_locale(REFERENCE).into_keys().collect();
    for code in locale_codes() {
        let ids: BTreeSet<String> = load_locale(&code).into_keys().collect();
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{code}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn translations_use_only_variables_the_reference_has() {
    let reference = load_locale(REFERENCE);
    for code in locale_codes() {
        for (id, entry) in load_locale(&code) {
            let Some(expected) = reference.get(&id) else { continue };
            let unknown: Vec<_> = entry.variables.difference(&expected.variables).collect();
            assert!(
                unknown.is_empty(),
                "{code}: {id} uses {unknown:?}, which {REFERENCE} does not have"
            );
        }
    }
}

#[test]
fn plural_selectors_name_every_category_the_language_uses() {
    for code in locale_codes() {
        let needed = categories_used(&code);
        for (id, entry) in load_locale(&code) {
            for keys in &entry.plural_keys {
                let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(*c)).collect();
                assert!(missing.is_empty(), "{code}: {id} lacks plural categories {missing:?}");
            }
        }
    }
}

#[test]
fn the_plural_check_knows_the_categories_of_arabic_and_russian() {
    let set = |s: &[&str]| s.iter().map(|c| (*c).to_owned()).collect::<BTreeSet<_>>();
    assert_eq!(
        categories_used("ar"),
        set(&["zero", "one", "two", "few", "many", "other"])
    );
    assert_eq!(categories_used("ru"), set(&["one", "few", "many", "other"]));
    assert_eq!(categories_used("zh-Hans"), set(&["other"]));
}

/// Every `tr!("…")` id in the app's source exists in the reference locale.
#[test]
fn every_id_used_in_the_code_exists() {
    let reference = load_locale(REFERENCE);
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).expect("src dir").map(|e| e.expect("entry").path()) {
            if entry.is_dir() {
                stack.push(entry);
            } else if entry.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&entry).expect("readable source");
                // `tr!("id"`, but not `include_str!("path"`.
                for (at, _) in source.match_indices("tr!(\"") {
                    if source[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &source[at + 5..];
                    used.insert(rest.split('"').next().expect("closing quote").to_owned());
                }
            }
        }
    }
    assert!(
        used.len() > 10,
        "found too few ids ({}); is the scan broken?",
        used.len()
    );
    let unknown: Vec<_> = used.iter().filter(|id| !reference.contains_key(*id)).collect();
    assert!(
        unknown.is_empty(),
        "ids used in code but missing in {REFERENCE}: {unknown:?}"
    );
}

/// Ids the code builds at run time: the evaluation's statements and part titles, the check's
/// questions, answers and errors, and the glossary.
#[test]
fn every_id_built_at_run_time_exists() {
    use app::obligations::{answers::Problem, check, Field};
    let reference = load_locale(REFERENCE);
    let mut ids: Vec<String> = Vec::new();
    let evaluate =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/obligations/evaluate.rs")).expect("source");
    ids.extend(
        evaluate
            .split("say(\"")
            .skip(1)
            .map(|c| c.split('"').next().expect("quote").to_owned()),
    );
    ids.extend(
        evaluate
            .split("kind: \"")
            .skip(1)
            .map(|c| format!("obl-part-title-{}", c.split('"').next().expect("quote"))),
    );
    for field in Field::ALL {
        ids.push(format!("check-q-{}", field.name()));
        if field != Field::Route {
            ids.push(format!("check-q-{}-help", field.name()));
        }
        ids.extend(
            check::choices(field)
                .iter()
                .map(|value| check::choice_label(field, value)),
        );
    }
    ids.extend(Problem::ALL.iter().map(|p| format!("check-error-{}", p.as_str())));
    ids.extend(
        app::glossary::TERMS
            .iter()
            .flat_map(|t| [format!("glossary-{t}-name"), format!("glossary-{t}-text")]),
    );
    ids.extend(account_ids_built_at_run_time());
    ids.extend(app::sessions::PROBLEM_IDS.iter().map(|id| (*id).to_owned()));
    ids.extend(
        app::sessions::views::BookingStatus::ALL
            .iter()
            .map(|s| format!("session-status-{}", s.as_str())),
    );
    ids.extend(
        app::sessions::MAIL_KINDS
            .iter()
            .flat_map(|k| [format!("session-mail-{k}-subject"), format!("session-mail-{k}-body")]),
    );
    ids.extend(school_ids_built_at_run_time());
    assert!(ids.len() > 100, "only {} ids found; is the scan broken?", ids.len());
    let unknown: Vec<_> = ids.iter().filter(|id| !reference.contains_key(id.as_str())).collect();
    assert!(
        unknown.is_empty(),
        "ids built at run time but missing in {REFERENCE}: {unknown:?}"
    );
}

/// Ids of the account pages and the server's refusals and mail, built at run time.
fn account_ids_built_at_run_time() -> Vec<String> {
    use app::accounts::{access::GrantStatus, views, EmailProblem, PasswordProblem, Scope};
    let mut ids: Vec<String> = Vec::new();
    ids.extend(EmailProblem::ALL.iter().map(|p| p.message_id().to_owned()));
    ids.extend(PasswordProblem::ALL.iter().map(|p| p.message_id().to_owned()));
    ids.extend(Scope::ALL.iter().map(|s| format!("account-scope-{}", s.as_str())));
    ids.extend(
        GrantStatus::ALL
            .iter()
            .map(|s| format!("account-grant-status-{}", s.as_str())),
    );
    ids.extend(views::LOG_ACTIONS.iter().map(|a| format!("account-log-{a}")));
    ids.extend(views::NOTICES.iter().map(|n| format!("account-notice-{n}")));
    ids.extend(
        views::PRIVACY_SECTIONS
            .iter()
            .flat_map(|s| [format!("privacy-{s}-title"), format!("privacy-{s}-text")]),
    );
    ids.extend(views::REFERENT_STATEMENTS.iter().map(|(id, _)| (*id).to_owned()));
    // The server names refusals and mail by id, the letter page its (migrant's language)
    // lines: every such literal must exist.
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![here.join("../server/src"), here.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).expect("server src").map(|e| e.expect("entry").path()) {
            if entry.is_dir() {
                stack.push(entry);
            } else if entry.extension().is_some_and(|e| e == "rs") {
                let source = fs::read_to_string(&entry).expect("source");
                let patterns = [
                    ("\"account-error-", "account-error-"),
                    ("\"email-", "email-"),
                    ("\"staff-error-", "staff-error-"),
                    ("t(\"letter-", "letter-"),
                ];
                for (pattern, id) in patterns {
                    ids.extend(
                        source
                            .split(pattern)
                            .skip(1)
                            .map(|c| format!("{id}{}", c.split('"').next().expect("quote"))),
                    );
                }
            }
        }
    }
    assert!(
        ids.iter().any(|id| id == "email-verify-body"),
        "server scan found no mail ids"
    );
    ids
}

/// Ids of the school pages built from the domain's names.
fn school_ids_built_at_run_time() -> Vec<String> {
    use app::schools::{cost::Warning, forms, import, search::Sort, Format, Keurmerk, ProviderKind, Route, Schedule};
    let name = |prefix: &str, n: &str| format!("{prefix}-{}", n.replace('_', "-"));
    let mut ids: Vec<String> = Vec::new();
    ids.extend(Route::ALL.iter().map(|r| name("school-route", r.as_str())));
    ids.extend(Schedule::ALL.iter().map(|s| name("school-schedule", s.as_str())));
    ids.extend(Format::ALL.iter().map(|f| name("school-format", f.as_str())));
    ids.extend(Keurmerk::ALL.iter().map(|k| name("school-keurmerk", k.as_str())));
    ids.extend(ProviderKind::ALL.iter().map(|k| name("school-kind", k.as_str())));
    ids.extend(Sort::ALL.iter().map(|s| name("school-sort", s.as_str())));
    ids.extend(Warning::ALL.iter().map(|w| format!("school-warning-{}", w.as_str())));
    ids.extend(import::BAD_ALL.iter().map(|b| b.message_id().to_owned()));
    ids.extend(forms::FORM_PROBLEM_IDS.iter().map(|id| (*id).to_owned()));
    ids.extend(
        [
            "school-error-max-total",
            "school-error-km",
            "school-compare-too-few",
            "school-compare-too-many",
            "school-error-same-address",
        ]
        .map(str::to_owned),
    );
    ids.extend(["school-saved", "school-checked"].map(|n| format!("account-notice-{n}")));
    ids.extend(plan_ids_built_at_run_time());
    ids
}

/// Ids of the plan page built from the domain's names.
fn plan_ids_built_at_run_time() -> Vec<String> {
    use app::plan::{input::PROBLEM_IDS, MilestoneKind, Phase, PlanRoute, Warning};
    let mut ids: Vec<String> = Vec::new();
    ids.extend(
        MilestoneKind::ALL
            .iter()
            .map(|k| format!("plan-milestone-{}", k.as_str())),
    );
    ids.extend(Warning::ALL.iter().map(|w| format!("plan-warning-{}", w.as_str())));
    ids.extend(Phase::ALL.iter().map(|p| format!("plan-phase-{}", p.as_str())));
    ids.extend(PlanRoute::ALL.iter().map(|r| format!("plan-route-{}", r.as_str())));
    ids.extend(PROBLEM_IDS.iter().map(|id| (*id).to_owned()));
    ids.push("account-notice-plan-saved".to_owned());
    ids
}
