//! The school CSV format: one row per offer, with its school and location repeated on every
//! row (what a spreadsheet holds most easily). Parsing checks every cell and the rows against
//! each other, and names the line, column and reason of the first problem; the server only
//! writes a file that parsed whole. Format: README, "Importing language schools".

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{split_names, Format, Keurmerk, Offer, ProviderKind, Route, Schedule};
use crate::accounts::municipalities;

/// The columns, in the order of the example file. Any order is accepted.
pub const COLUMNS: [&str; 34] = [
    "school_ref",
    "name",
    "kind",
    "website",
    "phone",
    "email",
    "keurmerk",
    "keurmerk_valid_until",
    "stars",
    "verified_on",
    "verified_source",
    "address",
    "postcode",
    "city",
    "municipality_code",
    "latitude",
    "longitude",
    "offer_ref",
    "route",
    "price_eur",
    "hours",
    "hours_per_week",
    "weeks",
    "schedule",
    "format",
    "in_person_percent",
    "intake_test",
    "exams_included",
    "retakes_included",
    "childcare",
    "max_class_size",
    "support_languages",
    "suits_working",
    "start_dates",
];

/// Most hours a week a course can ask (more is not a course one can follow next to life).
pub const MAX_HOURS_PER_WEEK: i64 = 40;

/// Why a value is refused; the same reasons serve the import (English, for operators) and the
/// consultant's forms (a message id, translated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bad {
    Required,
    TooLong,
    Whole,
    Range,
    Price,
    Date,
    YesNo,
    Choice,
    Postcode,
    Municipality,
    Coordinates,
    Email,
    Website,
    Language,
    Stars,
}

impl Bad {
    pub fn reason(self) -> &'static str {
        match self {
            Self::Required => "is empty but required",
            Self::TooLong => "is longer than 200 characters",
            Self::Whole => "is not a whole number",
            Self::Range => "is outside the allowed range",
            Self::Price => "is not an amount in euros (like 1250 or 1250,50)",
            Self::Date => "is not a date written as YYYY-MM-DD",
            Self::YesNo => "is not yes or no",
            Self::Choice => "is not one of the allowed names",
            Self::Postcode => "is not a Dutch postcode (1234 AB)",
            Self::Municipality => "is not a CBS municipality code of 2026 (like GM0363)",
            Self::Coordinates => "is not a coordinate in the Netherlands",
            Self::Email => "is not an e-mail address",
            Self::Website => "is not a web address starting with https://",
            Self::Language => "is not a list of language codes (like ar|tr)",
            Self::Stars => "is not a number of stars from 1 to 4",
        }
    }

    /// The Fluent id the forms show.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Required => "school-error-required",
            Self::TooLong => "school-error-toolong",
            Self::Whole => "school-error-whole",
            Self::Range => "school-error-range",
            Self::Price => "school-error-price",
            Self::Date => "school-error-date",
            Self::YesNo => "school-error-yesno",
            Self::Choice => "school-error-choice",
            Self::Postcode => "school-error-postcode",
            Self::Municipality => "school-error-municipality",
            Self::Coordinates => "school-error-coordinates",
            Self::Email => "school-error-email",
            Self::Website => "school-error-website",
            Self::Language => "school-error-language",
            Self::Stars => "school-error-stars",
        }
    }
}

pub const BAD_ALL: [Bad; 15] = [
    Bad::Required,
    Bad::TooLong,
    Bad::Whole,
    Bad::Range,
    Bad::Price,
    Bad::Date,
    Bad::YesNo,
    Bad::Choice,
    Bad::Postcode,
    Bad::Municipality,
    Bad::Coordinates,
    Bad::Email,
    Bad::Website,
    Bad::Language,
    Bad::Stars,
];

// ---- One cell ----

pub fn text(value: &str, required: bool) -> Result<String, Bad> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(Bad::Required);
    }
    if value.chars().count() > 200 {
        return Err(Bad::TooLong);
    }
    Ok(value.to_owned())
}

pub fn whole(value: &str, min: i64, max: i64) -> Result<i64, Bad> {
    let n: i64 = value.trim().parse().map_err(|_| {
        if value.trim().is_empty() {
            Bad::Required
        } else {
            Bad::Whole
        }
    })?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(Bad::Range)
    }
}

pub fn optional_whole(value: &str, min: i64, max: i64) -> Result<Option<i64>, Bad> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        whole(value, min, max).map(Some)
    }
}

/// Euros with a comma or a point before the cents ("1250", "1250,50", "1250.5"), no
/// thousands separators, at most €100,000; returns cents.
pub fn price(value: &str) -> Result<i64, Bad> {
    let value = value.trim().trim_start_matches('€').trim();
    if value.is_empty() {
        return Err(Bad::Required);
    }
    let (euros, cents) = match value.split_once([',', '.']) {
        Some((e, c)) => (e, c),
        None => (value, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(euros) || (!cents.is_empty() && (!digits(cents) || cents.len() > 2)) || euros.len() > 6 {
        return Err(Bad::Price);
    }
    let euros: i64 = euros.parse().map_err(|_| Bad::Price)?;
    let cents: i64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i64>().map_err(|_| Bad::Price)? * 10,
        _ => cents.parse().map_err(|_| Bad::Price)?,
    };
    let total = euros * 100 + cents;
    if total > 10_000_000 {
        return Err(Bad::Range);
    }
    Ok(total)
}

pub fn date(value: &str) -> Result<NaiveDate, Bad> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Bad::Required);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| Bad::Date)
}

pub fn optional_date(value: &str) -> Result<Option<NaiveDate>, Bad> {
    if value.trim().is_empty() {
        Ok(None)
    } else {
        date(value).map(Some)
    }
}

/// yes/no, ja/nee, true/false, 1/0.
pub fn yes_no(value: &str) -> Result<bool, Bad> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "ja" | "true" | "1" | "y" | "j" => Ok(true),
        "no" | "nee" | "false" | "0" | "n" => Ok(false),
        "" => Err(Bad::Required),
        _ => Err(Bad::YesNo),
    }
}

pub fn choice<T>(value: &str, from_name: fn(&str) -> Option<T>) -> Result<T, Bad> {
    let value = value.trim().to_lowercase();
    if value.is_empty() {
        return Err(Bad::Required);
    }
    from_name(&value).ok_or(Bad::Choice)
}

/// "1234ab", "1234 AB" → "1234 AB".
pub fn postcode(value: &str) -> Result<String, Bad> {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err(Bad::Required);
    }
    let bytes = compact.as_bytes();
    let ok = bytes.len() == 6
        && bytes[0] != b'0'
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4..].iter().all(u8::is_ascii_alphabetic);
    if !ok {
        return Err(Bad::Postcode);
    }
    Ok(format!("{} {}", &compact[..4], compact[4..].to_uppercase()))
}

/// "GM0363" or "0363" → "0363", when it is a municipality of 2026.
pub fn municipality(value: &str) -> Result<String, Bad> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Bad::Required);
    }
    let code = value
        .strip_prefix("GM")
        .or_else(|| value.strip_prefix("gm"))
        .unwrap_or(value);
    municipalities::name(code)
        .map(|_| code.to_owned())
        .ok_or(Bad::Municipality)
}

/// Latitude and longitude together, inside the Netherlands, or neither.
pub fn coordinates(latitude: &str, longitude: &str) -> Result<Option<(f64, f64)>, Bad> {
    match (latitude.trim(), longitude.trim()) {
        ("", "") => Ok(None),
        (lat, lon) => {
            let parse = |s: &str| s.replace(',', ".").parse::<f64>().map_err(|_| Bad::Coordinates);
            let (lat, lon) = (parse(lat)?, parse(lon)?);
            if (50.7..=53.7).contains(&lat) && (3.3..=7.3).contains(&lon) {
                Ok(Some((lat, lon)))
            } else {
                Err(Bad::Coordinates)
            }
        }
    }
}

pub fn email(value: &str) -> Result<Option<String>, Bad> {
    let value = text(value, false)?;
    match value.split_once('@') {
        _ if value.is_empty() => Ok(None),
        Some((user, domain)) if !user.is_empty() && domain.contains('.') && !value.contains(' ') => Ok(Some(value)),
        _ => Err(Bad::Email),
    }
}

pub fn website(value: &str) -> Result<Option<String>, Bad> {
    let value = text(value, false)?;
    if value.is_empty() {
        Ok(None)
    } else if (value.starts_with("https://") || value.starts_with("http://")) && !value.contains(' ') {
        Ok(Some(value))
    } else {
        Err(Bad::Website)
    }
}

pub fn languages(value: &str) -> Result<Vec<String>, Bad> {
    split_names(value)
        .map(|code| {
            let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            if ok {
                Ok(code.to_owned())
            } else {
                Err(Bad::Language)
            }
        })
        .collect()
}

pub fn schedules(value: &str) -> Result<Vec<Schedule>, Bad> {
    let list: Vec<Schedule> = split_names(value)
        .map(|name| choice(name, Schedule::from_name))
        .collect::<Result<_, _>>()?;
    if list.is_empty() {
        Err(Bad::Required)
    } else {
        Ok(list)
    }
}

pub fn dates(value: &str) -> Result<Vec<NaiveDate>, Bad> {
    let mut list: Vec<NaiveDate> = split_names(value).map(date).collect::<Result<_, _>>()?;
    list.sort_unstable();
    list.dedup();
    Ok(list)
}

// ---- The file ----

/// The first problem in a file: where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line in the file (0: the file as a whole).
    pub line: usize,
    pub column: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, &self.column) {
            (0, _) => write!(f, "{}", self.reason),
            (line, Some(column)) => write!(f, "line {line}, column {column}: {}", self.reason),
            (line, None) => write!(f, "line {line}: {}", self.reason),
        }
    }
}

impl std::error::Error for ImportError {}

fn error(line: usize, column: Option<&str>, reason: impl Into<String>) -> ImportError {
    ImportError {
        line,
        column: column.map(str::to_owned),
        reason: reason.into(),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LocationRecord {
    pub address: String,
    pub postcode: String,
    pub city: String,
    /// CBS code, four digits.
    pub municipality: String,
    pub coordinates: Option<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OfferRecord {
    pub offer_ref: String,
    /// Index into the school's `locations`.
    pub location: usize,
    pub offer: Offer,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SchoolRecord {
    pub school_ref: String,
    pub name: String,
    pub kind: ProviderKind,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub keurmerk: Keurmerk,
    pub keurmerk_valid_until: Option<NaiveDate>,
    pub stars: Option<i64>,
    pub verified_on: NaiveDate,
    pub verified_source: String,
    pub locations: Vec<LocationRecord>,
    pub offers: Vec<OfferRecord>,
}

/// A file that parsed whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub schools: Vec<SchoolRecord>,
    pub rows: usize,
}

/// Splits CSV text into records with the line each starts on (RFC 4180 quoting: fields in
/// double quotes may hold the separator, line breaks and doubled quotes).
fn records(text: &str, separator: char) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut line, mut start) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => quoted = true,
            '\n' if quoted => {
                line += 1;
                field.push('\n');
            }
            '\r' if !quoted => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                if fields.len() > 1 || !fields[0].trim().is_empty() {
                    out.push((start, std::mem::take(&mut fields)));
                }
                fields.clear();
                line += 1;
                start = line;
            }
            c if c == separator && !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    if quoted {
        return Err(error(start, None, "a quote (\") is opened but never closed"));
    }
    fields.push(field);
    if fields.len() > 1 || !fields[0].trim().is_empty() {
        out.push((start, fields));
    }
    Ok(out)
}

/// Parses a whole file. `progress` hears the number of rows checked, every 10,000 rows.
pub fn parse(bytes: &[u8], mut progress: impl FnMut(usize)) -> Result<Parsed, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        error(line, None, "the file is not UTF-8 text (save it as \"CSV UTF-8\")")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    // Dutch Excel writes semicolons; everyone else commas.
    let separator = if first_line.matches(';').count() > first_line.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut rows = records(text, separator)?.into_iter();
    let Some((_, header)) = rows.next() else {
        return Err(error(0, None, "the file is empty"));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    for (i, name) in header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            return Err(error(1, Some(name), format!("unknown column (column {})", i + 1)));
        }
        if header[..i].contains(name) {
            return Err(error(1, Some(name), "this column appears twice"));
        }
    }
    if let Some(missing) = COLUMNS.iter().find(|c| !header.iter().any(|h| h == *c)) {
        return Err(error(1, Some(missing), "this column is missing"));
    }
    let index: HashMap<&str, usize> = COLUMNS
        .iter()
        .map(|c| (*c, header.iter().position(|h| h == c).unwrap_or_default()))
        .collect();

    let mut parsed = Parsed::default();
    let mut schools: HashMap<String, (usize, usize)> = HashMap::new(); // ref → (index, first line)
    let mut offers: HashMap<(String, String), usize> = HashMap::new(); // (school, offer) → line
    for (line, cells) in rows {
        if cells.len() != header.len() {
            return Err(error(
                line,
                None,
                format!("has {} fields, the header has {}", cells.len(), header.len()),
            ));
        }
        let row = Row {
            line,
            cells: &cells,
            index: &index,
        };
        let school = row.school()?;
        let location = row.location()?;
        let (offer_ref, offer) = row.offer()?;
        if (school.kind == ProviderKind::School) == (offer.route == Route::Informal) {
            return Err(error(
                line,
                Some("route"),
                "informal providers have route informal, schools any other route",
            ));
        }
        if school.kind != ProviderKind::School && school.keurmerk != Keurmerk::None {
            return Err(error(
                line,
                Some("keurmerk"),
                "informal providers have no keurmerk (none)",
            ));
        }
        let key = (school.school_ref.clone(), offer_ref.clone());
        if let Some(first) = offers.insert(key, line) {
            return Err(error(
                line,
                Some("offer_ref"),
                format!("the same school and offer as line {first} (a duplicate row)"),
            ));
        }
        let at = match schools.get(&school.school_ref) {
            Some(&(at, first)) => {
                let known = &parsed.schools[at];
                if let Some(column) = differing_column(known, &school) {
                    return Err(error(
                        line,
                        Some(column),
                        format!("differs from line {first} for the same school_ref"),
                    ));
                }
                at
            }
            None => {
                schools.insert(school.school_ref.clone(), (parsed.schools.len(), line));
                parsed.schools.push(school);
                parsed.schools.len() - 1
            }
        };
        let record = &mut parsed.schools[at];
        let same_place = |l: &LocationRecord| l.postcode == location.postcode && l.address == location.address;
        let location_at = match record.locations.iter().position(same_place) {
            Some(i) if record.locations[i] != location => {
                return Err(error(
                    line,
                    Some("city"),
                    "the same address as an earlier row of this school, with other details",
                ))
            }
            Some(i) => i,
            None => {
                record.locations.push(location);
                record.locations.len() - 1
            }
        };
        record.offers.push(OfferRecord {
            offer_ref,
            location: location_at,
            offer,
        });
        parsed.rows += 1;
        if parsed.rows.is_multiple_of(10_000) {
            progress(parsed.rows);
        }
    }
    if parsed.rows == 0 {
        return Err(error(0, None, "the file has a header but no rows"));
    }
    Ok(parsed)
}

/// The first school column where two rows of the same school disagree.
fn differing_column(a: &SchoolRecord, b: &SchoolRecord) -> Option<&'static str> {
    [
        ("name", a.name == b.name),
        ("kind", a.kind == b.kind),
        ("website", a.website == b.website),
        ("phone", a.phone == b.phone),
        ("email", a.email == b.email),
        ("keurmerk", a.keurmerk == b.keurmerk),
        ("keurmerk_valid_until", a.keurmerk_valid_until == b.keurmerk_valid_until),
        ("stars", a.stars == b.stars),
        ("verified_on", a.verified_on == b.verified_on),
        ("verified_source", a.verified_source == b.verified_source),
    ]
    .into_iter()
    .find(|(_, same)| !same)
    .map(|(column, _)| column)
}

struct Row<'a> {
    line: usize,
    cells: &'a [String],
    index: &'a HashMap<&'static str, usize>,
}

impl Row<'_> {
    fn cell(&self, column: &str) -> &str {
        &self.cells[self.index[column]]
    }

    /// Runs a cell parser; a refusal names this line and column.
    fn get<T>(&self, column: &'static str, parse: impl FnOnce(&str) -> Result<T, Bad>) -> Result<T, ImportError> {
        let value = self.cell(column);
        parse(value).map_err(|bad| {
            let shown: String = value.trim().chars().take(40).collect();
            error(self.line, Some(column), format!("\"{shown}\" {}", bad.reason()))
        })
    }

    fn school(&self) -> Result<SchoolRecord, ImportError> {
        Ok(SchoolRecord {
            school_ref: self.get("school_ref", |v| text(v, true))?,
            name: self.get("name", |v| text(v, true))?,
            kind: self.get("kind", |v| choice(v, ProviderKind::from_name))?,
            website: self.get("website", website)?,
            phone: self.get("phone", |v| text(v, false).map(|t| Some(t).filter(|t| !t.is_empty())))?,
            email: self.get("email", email)?,
            keurmerk: self.get("keurmerk", |v| choice(v, Keurmerk::from_name))?,
            keurmerk_valid_until: self.get("keurmerk_valid_until", optional_date)?,
            stars: self.get("stars", |v| optional_whole(v, 1, 4).map_err(|_| Bad::Stars))?,
            verified_on: self.get("verified_on", date)?,
            verified_source: self.get("verified_source", |v| text(v, true))?,
            locations: Vec::new(),
            offers: Vec::new(),
        })
    }

    fn location(&self) -> Result<LocationRecord, ImportError> {
        Ok(LocationRecord {
            address: self.get("address", |v| text(v, true))?,
            postcode: self.get("postcode", postcode)?,
            city: self.get("city", |v| text(v, true))?,
            municipality: self.get("municipality_code", municipality)?,
            coordinates: self.get("latitude", |lat| coordinates(lat, self.cell("longitude")))?,
        })
    }

    fn offer(&self) -> Result<(String, Offer), ImportError> {
        let offer_ref = self.get("offer_ref", |v| text(v, true))?;
        let offer = Offer {
            route: self.get("route", |v| choice(v, Route::from_name))?,
            price_cents: self.get("price_eur", price)?,
            hours: self.get("hours", |v| whole(v, 0, 5_000))?,
            hours_per_week: self.get("hours_per_week", |v| whole(v, 0, MAX_HOURS_PER_WEEK))?,
            weeks: self.get("weeks", |v| whole(v, 0, 520))?,
            schedule: self.get("schedule", schedules)?,
            format: self.get("format", |v| choice(v, Format::from_name))?,
            in_person_percent: self.get("in_person_percent", |v| whole(v, 0, 100))?,
            intake_test: self.get("intake_test", yes_no)?,
            exams_included: self.get("exams_included", yes_no)?,
            retakes_included: self.get("retakes_included", |v| whole(v, 0, 10))?,
            childcare: self.get("childcare", yes_no)?,
            max_class_size: self.get("max_class_size", |v| optional_whole(v, 1, 100))?,
            support_languages: self.get("support_languages", languages)?,
            suits_working: self.get("suits_working", yes_no)?,
            start_dates: self.get("start_dates", dates)?,
        };
        Ok((offer_ref, offer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "school_ref,name,kind,website,phone,email,keurmerk,keurmerk_valid_until,stars,verified_on,\
verified_source,address,postcode,city,municipality_code,latitude,longitude,offer_ref,route,price_eur,hours,\
hours_per_week,weeks,schedule,format,in_person_percent,intake_test,exams_included,retakes_included,childcare,\
max_class_size,support_languages,suits_working,start_dates";

    fn row(school: &str, offer: &str, price: &str) -> String {
        format!(
            "{school},Taalhuis {school},school,https://example.org,,info@example.org,keurmerkhouder,2027-12-31,3,\
2026-11-01,Blik op Werk register,Stationsplein 1,1012ab,Amsterdam,GM0363,52.37,4.90,{offer},b1,\"{price}\",600,9,67,\
daytime|evening,in_person,100,yes,no,0,no,12,ar|tr,yes,2027-01-11|2027-03-01"
        )
    }

    fn file(rows: &[String]) -> String {
        let mut text = String::from(HEADER);
        for r in rows {
            text.push('\n');
            text.push_str(r);
        }
        text
    }

    fn parse_text(text: &str) -> Result<Parsed, ImportError> {
        parse(text.as_bytes(), |_| {})
    }

    #[test]
    fn a_good_file_groups_rows_into_schools_locations_and_offers() {
        let text = file(&[
            row("A1", "b1-day", "6250,50"),
            row("A1", "b1-eve", "5900"),
            row("B2", "b1", "4999.5"),
        ]);
        let parsed = parse_text(&text).expect("parses");
        assert_eq!(parsed.rows, 3);
        assert_eq!(parsed.schools.len(), 2);
        let a = &parsed.schools[0];
        assert_eq!((a.locations.len(), a.offers.len()), (1, 2));
        assert_eq!(a.locations[0].postcode, "1012 AB");
        assert_eq!(a.locations[0].municipality, "0363");
        assert_eq!(a.offers[0].offer.price_cents, 625_050);
        assert_eq!(parsed.schools[1].offers[0].offer.price_cents, 499_950);
        assert_eq!(a.offers[0].offer.schedule, vec![Schedule::Daytime, Schedule::Evening]);
        assert_eq!(a.offers[0].offer.support_languages, vec!["ar", "tr"]);
    }

    #[test]
    fn semicolons_a_bom_crlf_and_quoted_cells_are_read() {
        let text = file(&[row("A1", "b1", "6250,50")])
            .replace(',', ";")
            .replace("6250;50", "6250,50");
        let text = format!("\u{feff}{}\r\n", text.replace('\n', "\r\n"));
        let parsed = parse_text(&text).expect("semicolons");
        assert_eq!(parsed.schools[0].offers[0].offer.price_cents, 625_050);
        let quoted = file(&[row("A1", "b1", "100").replace("Taalhuis A1", "\"Taalhuis \"\"De Brug\"\", Ede\"")]);
        let parsed = parse_text(&quoted).expect("quoted");
        assert_eq!(parsed.schools[0].name, "Taalhuis \"De Brug\", Ede");
    }

    #[test]
    fn every_problem_names_line_column_and_reason() {
        let good = row("A1", "b1", "100");
        let cases: Vec<(String, usize, Option<&str>, &str)> = vec![
            (String::new(), 0, None, "the file is empty"),
            (HEADER.to_owned(), 0, None, "no rows"),
            (
                file(&[]).replace("price_eur", "prijs"),
                1,
                Some("prijs"),
                "unknown column",
            ),
            (
                HEADER.replace(",start_dates", "") + "\n",
                1,
                Some("start_dates"),
                "missing",
            ),
            (
                file(&[good.clone(), row("A1", "b1", "12,5x")]),
                3,
                Some("price_eur"),
                "\"12,5x\" is not an amount",
            ),
            (
                file(&[row("A1", "b1", "1.250,00")]),
                2,
                Some("price_eur"),
                "not an amount",
            ),
            (
                file(&[good.replace(",b1,\"100\",", ",c1,\"100\",")]),
                2,
                Some("route"),
                "not one of the allowed",
            ),
            (
                file(&[good.clone(), good.clone()]),
                3,
                Some("offer_ref"),
                "as line 2 (a duplicate row)",
            ),
            (
                file(&[good.clone(), row("A1", "b2", "100").replace("Taalhuis A1", "Other")]),
                3,
                Some("name"),
                "differs from line 2",
            ),
            (
                file(&[good.replace(",600,9,", ",600,41,")]),
                2,
                Some("hours_per_week"),
                "outside",
            ),
            (file(&[good.replace("1012ab", "123")]), 2, Some("postcode"), "postcode"),
            (
                file(&[good.replace("GM0363", "GM9999")]),
                2,
                Some("municipality_code"),
                "CBS",
            ),
            (file(&[good.replace(",3,2026", ",5,2026")]), 2, Some("stars"), "stars"),
            (
                file(&[good.replace(",yes,no,0,", ",misschien,no,0,")]),
                2,
                Some("intake_test"),
                "yes or no",
            ),
            (
                file(&[good.replace("52.37,4.90", "48.8,2.35")]),
                2,
                Some("latitude"),
                "Netherlands",
            ),
            (
                file(&[good.replace(",ar|tr,", ",Arabic,")]),
                2,
                Some("support_languages"),
                "language codes",
            ),
            (
                file(&[good.replace(",school,", ",taalcafe,")]),
                2,
                Some("route"),
                "informal providers",
            ),
            (file(&[good.clone() + ",extra"]), 2, None, "has 35 fields"),
            (
                file(&[good.replace("2027-01-11|", "\"2027-01-11|")]),
                2,
                None,
                "never closed",
            ),
        ];
        for (text, line, column, reason) in cases {
            let err = parse_text(&text).expect_err(&text);
            assert_eq!(err.line, line, "{err}");
            assert_eq!(err.column.as_deref(), column, "{err}");
            assert!(err.to_string().contains(reason), "{err} should say {reason:?}");
        }
    }

    #[test]
    fn names_in_any_script_survive() {
        let text = file(&[row("A1", "b1", "100").replace("Taalhuis A1", "Taalschool Ğüneş – مدرسة")]);
        let parsed = parse_text(&text).expect("parses");
        assert_eq!(parsed.schools[0].name, "Taalschool Ğüneş – مدرسة");
        let latin1 = [HEADER.as_bytes(), b"\n\xe9"].concat();
        assert!(parse(&latin1, |_| {}).expect_err("latin-1").reason.contains("UTF-8"));
    }

    #[test]
    fn cell_parsers_accept_what_spreadsheets_write() {
        assert_eq!(price("€ 1250"), Ok(125_000));
        assert_eq!(price("0"), Ok(0));
        assert_eq!(price("99,9"), Ok(9_990));
        assert_eq!(price("-5"), Err(Bad::Price));
        assert_eq!(price("1 250"), Err(Bad::Price));
        assert_eq!(price("100000,01"), Err(Bad::Range));
        assert_eq!(postcode("1012 ab"), Ok("1012 AB".to_owned()));
        assert_eq!(postcode("0123AB"), Err(Bad::Postcode));
        assert_eq!(municipality("0363"), Ok("0363".to_owned()));
        assert_eq!(yes_no("Ja"), Ok(true));
        assert_eq!(coordinates("52,1", "5,1"), Ok(Some((52.1, 5.1))));
        assert_eq!(coordinates("52.1", ""), Err(Bad::Coordinates));
        assert_eq!(Bad::Price.message_id(), "school-error-price");
    }
}
