//! The official Chinese working-day calendar (工作日历): public holidays and 调休
//! make-up working days, from the State Council General Office's yearly notices
//! (国务院办公厅关于某年部分节假日安排的通知).
//!
//! The data lives in `data/calendar-cn.json`, one entry per year, each marked
//! `"official"` (taken from the published notice) or `"provisional"` (the notice
//! could not be found when the file was written; see the year's `explanation`).
//!
//! A day is a working day when it is a listed make-up working day, or when it is a
//! Monday–Friday that is not a listed holiday. Dates outside the covered years are
//! an error, never a guess. Date arithmetic is done here on day numbers (days since
//! 1970-01-01, proleptic Gregorian), without any date crate.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::RangeInclusive;

use serde::Deserialize;

/// The calendar data shipped with the host simulator.
const OFFICIAL_JSON: &str = include_str!("../data/calendar-cn.json");

/// What went wrong, as a closed set; each kind has a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarErrorKind {
    /// A date string is not a valid `YYYY-MM-DD` date.
    InvalidDate,
    /// A date (or a computed result) lies outside the years the calendar covers.
    OutOfRange,
    /// The calendar data itself is malformed or inconsistent.
    InvalidData,
}

impl CalendarErrorKind {
    /// Stable ASCII code.
    pub fn code(self) -> &'static str {
        match self {
            CalendarErrorKind::InvalidDate => "calendar-invalid-date",
            CalendarErrorKind::OutOfRange => "calendar-out-of-range",
            CalendarErrorKind::InvalidData => "calendar-invalid-data",
        }
    }
}

/// An error from the working-day calendar, with a Chinese message for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarError {
    kind: CalendarErrorKind,
    message: String,
}

impl CalendarError {
    fn new(kind: CalendarErrorKind, message: impl Into<String>) -> Self {
        CalendarError {
            kind,
            message: message.into(),
        }
    }

    fn data(message: impl fmt::Display) -> Self {
        Self::new(
            CalendarErrorKind::InvalidData,
            format!("工作日历数据无效：{message}"),
        )
    }

    /// The kind of error.
    pub fn kind(&self) -> CalendarErrorKind {
        self.kind
    }

    /// Stable ASCII code (`calendar-invalid-date`, `calendar-out-of-range`,
    /// `calendar-invalid-data`).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The Chinese message (same as `Display`).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CalendarError {}

/// Where a year's data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearStatus {
    /// Taken from the published State Council notice.
    Official {
        /// Title and document number of the notice.
        notice: String,
        /// Publication date, `YYYY-MM-DD`.
        published: String,
    },
    /// The notice was not available; the year's data is an approximation.
    Provisional {
        /// Why, and what the data contains instead.
        explanation: String,
    },
}

impl YearStatus {
    /// Whether the year's data comes from the published notice.
    pub fn is_official(&self) -> bool {
        matches!(self, YearStatus::Official { .. })
    }
}

/// The working-day calendar for a contiguous range of years.
#[derive(Debug, Clone)]
pub struct Calendar {
    source: String,
    first_year: i32,
    last_year: i32,
    statuses: BTreeMap<i32, YearStatus>,
    /// Day number → holiday name.
    holidays: BTreeMap<i64, String>,
    /// Day number → name of the make-up working day (e.g. "春节调休").
    workdays: BTreeMap<i64, String>,
}

// ---- JSON shape -------------------------------------------------------------

#[derive(Deserialize)]
struct RawCalendar {
    source: String,
    years: BTreeMap<String, RawYear>,
}

#[derive(Deserialize)]
struct RawYear {
    status: String,
    #[serde(default)]
    notice: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    explanation: Option<String>,
    holidays: Vec<RawGroup>,
    workdays: Vec<RawGroup>,
}

#[derive(Deserialize)]
struct RawGroup {
    name: String,
    dates: Vec<String>,
}

// ---- the calendar -----------------------------------------------------------

impl Calendar {
    /// The calendar shipped in `data/calendar-cn.json`.
    pub fn official() -> Result<Self, CalendarError> {
        Self::from_json(OFFICIAL_JSON)
    }

    /// A calendar from JSON text of the shape of `data/calendar-cn.json`, validated:
    /// years contiguous; every date valid and in its year; no date listed twice;
    /// no holiday also a make-up working day; every make-up working day a weekend.
    pub fn from_json(text: &str) -> Result<Self, CalendarError> {
        let raw: RawCalendar = serde_json::from_str(text)
            .map_err(|e| CalendarError::data(format!("JSON 解析失败：{e}")))?;
        if raw.source.trim().is_empty() {
            return Err(CalendarError::data("缺少数据来源（source）"));
        }
        if raw.years.is_empty() {
            return Err(CalendarError::data("未包含任何年份"));
        }

        let mut years: BTreeMap<i32, RawYear> = BTreeMap::new();
        for (key, year) in raw.years {
            let y = parse_year_key(&key).ok_or_else(|| {
                CalendarError::data(format!("年份键「{key}」无效（应为四位年份）"))
            })?;
            if years.insert(y, year).is_some() {
                return Err(CalendarError::data(format!("年份 {y} 重复")));
            }
        }
        let first_year = *years.keys().next().expect("non-empty");
        let last_year = *years.keys().next_back().expect("non-empty");
        if let Some(missing) = (first_year..=last_year).find(|y| !years.contains_key(y)) {
            return Err(CalendarError::data(format!(
                "年份不连续：缺少 {missing} 年（{first_year}–{last_year}）"
            )));
        }

        let mut statuses = BTreeMap::new();
        let mut holidays: BTreeMap<i64, String> = BTreeMap::new();
        let mut workdays: BTreeMap<i64, String> = BTreeMap::new();
        for (&y, year) in &years {
            statuses.insert(y, parse_status(y, year)?);
            for (groups, map, what) in [
                (&year.holidays, &mut holidays, "放假日"),
                (&year.workdays, &mut workdays, "调休上班日"),
            ] {
                for group in groups {
                    if group.name.trim().is_empty() {
                        return Err(CalendarError::data(format!("{y} 年有未命名的{what}组")));
                    }
                    if group.dates.is_empty() {
                        return Err(CalendarError::data(format!(
                            "{y} 年{what}「{}」未列出日期",
                            group.name
                        )));
                    }
                    for text in &group.dates {
                        let (dy, _, _) = parse_ymd(text).ok_or_else(|| {
                            CalendarError::data(format!(
                                "{y} 年{what}「{}」中的日期「{text}」格式无效",
                                group.name
                            ))
                        })?;
                        if dy != y {
                            return Err(CalendarError::data(format!(
                                "{y} 年{what}「{}」中的日期 {text} 不在 {y} 年内",
                                group.name
                            )));
                        }
                        let day = day_number(text).expect("parsed above");
                        if let Some(prev) = map.insert(day, group.name.clone()) {
                            return Err(CalendarError::data(format!(
                                "{text} 重复列为{what}（「{prev}」与「{}」）",
                                group.name
                            )));
                        }
                    }
                }
            }
        }

        for (&day, name) in &workdays {
            let date = format_day(day);
            if let Some(holiday) = holidays.get(&day) {
                return Err(CalendarError::data(format!(
                    "{date} 同时列为放假日（「{holiday}」）和调休上班日（「{name}」）"
                )));
            }
            if !is_weekend(day) {
                return Err(CalendarError::data(format!(
                    "调休上班日 {date}（「{name}」）不是周六或周日"
                )));
            }
        }

        Ok(Calendar {
            source: raw.source,
            first_year,
            last_year,
            statuses,
            holidays,
            workdays,
        })
    }

    /// The years the calendar covers.
    pub fn years(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year
    }

    /// The data's stated source.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Where a covered year's data comes from; `None` outside the covered years.
    pub fn year_status(&self, year: i32) -> Option<&YearStatus> {
        self.statuses.get(&year)
    }

    /// Whether `date` (`YYYY-MM-DD`) is a working day.
    pub fn is_working_day(&self, date: &str) -> Result<bool, CalendarError> {
        let day = self.checked_day(date)?;
        Ok(self.working(day))
    }

    /// The holiday `date` falls in (e.g. "春节"), if it is a listed holiday.
    pub fn holiday_name(&self, date: &str) -> Result<Option<&str>, CalendarError> {
        let day = self.checked_day(date)?;
        Ok(self.holidays.get(&day).map(String::as_str))
    }

    /// The make-up working day `date` is (e.g. "春节调休"), if it is one.
    pub fn makeup_workday_name(&self, date: &str) -> Result<Option<&str>, CalendarError> {
        let day = self.checked_day(date)?;
        Ok(self.workdays.get(&day).map(String::as_str))
    }

    /// The date `days` working days after `date`, not counting `date` itself;
    /// `days == 0` gives `date` back. `date` need not be a working day.
    /// Err when `date` is invalid or outside the calendar, or the result would be.
    pub fn add_working_days(&self, date: &str, days: u32) -> Result<String, CalendarError> {
        let start = self.checked_day(date)?;
        let last = self.last_day();
        let mut day = start;
        let mut left = days;
        while left > 0 {
            day += 1;
            if day > last {
                return Err(CalendarError::new(
                    CalendarErrorKind::OutOfRange,
                    format!(
                        "从 {} 起加 {days} 个工作日超出工作日历范围（{}–{}）",
                        format_day(start),
                        self.first_year,
                        self.last_year
                    ),
                ));
            }
            if self.working(day) {
                left -= 1;
            }
        }
        Ok(format_day(day))
    }

    /// The number of working days in `(from, to]`; negative when `to` is before
    /// `from` (minus the working days in `(to, from]`).
    pub fn working_days_between(&self, from: &str, to: &str) -> Result<i64, CalendarError> {
        let a = self.checked_day(from)?;
        let b = self.checked_day(to)?;
        let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
        let count = ((lo + 1)..=hi).filter(|&d| self.working(d)).count() as i64;
        Ok(sign * count)
    }

    fn working(&self, day: i64) -> bool {
        if self.workdays.contains_key(&day) {
            true
        } else if self.holidays.contains_key(&day) {
            false
        } else {
            !is_weekend(day)
        }
    }

    fn last_day(&self) -> i64 {
        days_from_civil(self.last_year as i64, 12, 31)
    }

    /// The day number of a valid date within the covered years.
    fn checked_day(&self, date: &str) -> Result<i64, CalendarError> {
        let Some((y, m, d)) = parse_ymd(date) else {
            return Err(CalendarError::new(
                CalendarErrorKind::InvalidDate,
                format!("日期「{date}」无效，应为 YYYY-MM-DD 格式的有效日期"),
            ));
        };
        if !self.years().contains(&y) {
            return Err(CalendarError::new(
                CalendarErrorKind::OutOfRange,
                format!(
                    "日期 {date} 超出工作日历范围（{}–{}）",
                    self.first_year, self.last_year
                ),
            ));
        }
        Ok(days_from_civil(y as i64, m, d))
    }
}

fn parse_year_key(key: &str) -> Option<i32> {
    if key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit()) {
        key.parse().ok()
    } else {
        None
    }
}

fn parse_status(year: i32, raw: &RawYear) -> Result<YearStatus, CalendarError> {
    let non_empty = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
    };
    match raw.status.as_str() {
        "official" => {
            let notice = non_empty(&raw.notice).ok_or_else(|| {
                CalendarError::data(format!("{year} 年标为 official 但缺少通知标题（notice）"))
            })?;
            let published = non_empty(&raw.published).ok_or_else(|| {
                CalendarError::data(format!(
                    "{year} 年标为 official 但缺少发布日期（published）"
                ))
            })?;
            if parse_ymd(&published).is_none() {
                return Err(CalendarError::data(format!(
                    "{year} 年通知发布日期「{published}」格式无效"
                )));
            }
            Ok(YearStatus::Official { notice, published })
        }
        "provisional" => {
            let explanation = non_empty(&raw.explanation).ok_or_else(|| {
                CalendarError::data(format!(
                    "{year} 年标为 provisional 但缺少说明（explanation）"
                ))
            })?;
            Ok(YearStatus::Provisional { explanation })
        }
        other => Err(CalendarError::data(format!(
            "{year} 年的状态「{other}」无效（应为 official 或 provisional）"
        ))),
    }
}

// ---- date arithmetic ---------------------------------------------------------

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Strict `YYYY-MM-DD` (ASCII digits, zero-padded) naming a real date.
fn parse_ymd(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let y = digits(0..4)? as i32;
    let m = digits(5..7)?;
    let d = digits(8..10)?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y as i64, m) {
        return None;
    }
    Some((y, m, d))
}

fn day_number(s: &str) -> Option<i64> {
    parse_ymd(s).map(|(y, m, d)| days_from_civil(y as i64, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let m = i64::from(m);
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of `days_from_civil`).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
fn weekday(day: i64) -> u32 {
    (day + 4).rem_euclid(7) as u32
}

fn is_weekend(day: i64) -> bool {
    matches!(weekday(day), 0 | 6)
}

fn format_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

// ---- a year's notice entered by an administrator ----------------------------

/// Whether `text` is a date as the calendar writes them (`2027-02-06`).
pub fn is_date(text: &str) -> bool {
    day_number(text).is_some()
}

/// The shipped calendar's JSON (`data/calendar-cn.json`), the base of every later notice.
pub fn official_json() -> &'static str {
    OFFICIAL_JSON
}

/// Dates named in one line of a notice: `春节：2027-02-06至2027-02-12` or a list
/// separated by commas, 、 or spaces.
pub type Group = (String, Vec<String>);

/// One year's 国务院办公厅 notice as an administrator enters it (`/admin/calendar`).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub year: i32,
    pub notice: String,
    pub published: String,
    pub holidays: Vec<Group>,
    pub workdays: Vec<Group>,
}

impl Notice {
    /// `base` (a calendar's JSON) with this year made official: a provisional year is
    /// replaced, a year after the last is added. The result is checked whole, as any
    /// calendar is (contiguous years, dates in their year, make-up days on weekends …).
    pub fn apply_to(&self, base: &str) -> Result<(String, Calendar), CalendarError> {
        let mut doc: serde_json::Value = serde_json::from_str(base)
            .map_err(|e| CalendarError::data(format!("JSON 解析失败：{e}")))?;
        let groups = |g: &[Group]| -> Vec<serde_json::Value> {
            g.iter()
                .map(|(name, dates)| serde_json::json!({ "name": name, "dates": dates }))
                .collect()
        };
        let source = doc
            .get("source")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_string();
        doc["source"] = format!("{source}；{}年据{}录入", self.year, self.notice).into();
        let years = doc
            .get_mut("years")
            .and_then(serde_json::Value::as_object_mut)
            .ok_or_else(|| CalendarError::data("缺少年份（years）"))?;
        years.insert(
            self.year.to_string(),
            serde_json::json!({
                "status": "official",
                "notice": self.notice,
                "published": self.published,
                "holidays": groups(&self.holidays),
                "workdays": groups(&self.workdays),
            }),
        );
        let text = serde_json::to_string_pretty(&doc)
            .map_err(|e| CalendarError::data(format!("无法写出日历：{e}")))?;
        let calendar = Calendar::from_json(&text)?;
        Ok((text, calendar))
    }
}

/// The groups of a notice, one per line: a name, `：`, then dates or `A至B` ranges.
/// `Err` names the line and what is wrong with it, in Chinese.
pub fn parse_groups(text: &str) -> Result<Vec<Group>, String> {
    let mut groups = Vec::new();
    for (n, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() {
            continue;
        }
        let (name, dates) = line
            .split_once(['：', ':'])
            .ok_or_else(|| format!("第{n}行缺少「：」，应写作「名称：日期」"))?;
        let name = name.trim();
        if name.is_empty() {
            return Err(format!("第{n}行缺少名称"));
        }
        let mut days = Vec::new();
        for item in dates
            .split([',', '，', '、', ' ', '\t'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let (from, to) = item.split_once(['至', '~']).unwrap_or((item, item));
            let (Some(a), Some(b)) = (day_number(from.trim()), day_number(to.trim())) else {
                return Err(format!(
                    "第{n}行的日期「{item}」无效，应写作 2027-02-06 或 2027-02-06至2027-02-12"
                ));
            };
            if b < a || b - a > 31 {
                return Err(format!("第{n}行的日期范围「{item}」无效"));
            }
            days.extend((a..=b).map(format_day));
        }
        if days.is_empty() {
            return Err(format!("第{n}行「{name}」未列出日期"));
        }
        groups.push((name.to_string(), days));
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal() -> Calendar {
        Calendar::official().expect("shipped calendar data is valid")
    }

    fn working(c: &Calendar, date: &str) -> bool {
        c.is_working_day(date).unwrap()
    }

    #[test]
    fn date_arithmetic_round_trips_and_knows_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for day in days_from_civil(1899, 12, 25)..days_from_civil(2101, 1, 5) {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        // 2025-01-01 was a Wednesday, 2024-02-29 a Thursday, 2026-02-17 a Tuesday.
        assert_eq!(weekday(day_number("2025-01-01").unwrap()), 3);
        assert_eq!(weekday(day_number("2024-02-29").unwrap()), 4);
        assert_eq!(weekday(day_number("2026-02-17").unwrap()), 2);
        assert_eq!(format_day(day_number("2027-12-31").unwrap()), "2027-12-31");
    }

    #[test]
    fn every_year_2025_to_2027_is_present() {
        let c = cal();
        assert_eq!(c.years(), 2025..=2027);
        for y in 2025..=2027 {
            assert!(c.year_status(y).is_some(), "{y} missing");
            // Every year has its New Year's Day off.
            assert_eq!(c.holiday_name(&format!("{y}-01-01")).unwrap(), Some("元旦"));
        }
        assert!(c.year_status(2025).unwrap().is_official());
        assert!(c.year_status(2026).unwrap().is_official());
        assert!(c.year_status(2024).is_none());
        assert!(c.year_status(2028).is_none());
        assert!(!c.source().is_empty());
    }

    #[test]
    fn national_day_2025() {
        let c = cal();
        for d in 1..=8 {
            let date = format!("2025-10-{d:02}");
            assert!(!working(&c, &date), "{date} should be off");
            assert_eq!(c.holiday_name(&date).unwrap(), Some("国庆节、中秋节"));
        }
        // 2025-09-28 is a Sunday and 2025-10-11 a Saturday, both make-up working days.
        assert!(is_weekend(day_number("2025-09-28").unwrap()));
        assert!(is_weekend(day_number("2025-10-11").unwrap()));
        assert!(working(&c, "2025-09-28"));
        assert!(working(&c, "2025-10-11"));
        assert!(working(&c, "2025-09-30"));
        assert!(working(&c, "2025-10-09"));
        assert!(!working(&c, "2025-10-12")); // ordinary Sunday
        assert!(!working(&c, "2025-09-27")); // ordinary Saturday
    }

    #[test]
    fn spring_festival_2025() {
        let c = cal();
        for date in [
            "2025-01-28",
            "2025-01-29",
            "2025-01-30",
            "2025-01-31",
            "2025-02-01",
            "2025-02-02",
            "2025-02-03",
            "2025-02-04",
        ] {
            assert!(!working(&c, date), "{date} should be off");
            assert_eq!(c.holiday_name(date).unwrap(), Some("春节"));
        }
        assert!(working(&c, "2025-01-27"));
        assert!(working(&c, "2025-02-05"));
        // 调休: Sunday 2025-01-26 and Saturday 2025-02-08 are working days.
        assert!(working(&c, "2025-01-26"));
        assert!(working(&c, "2025-02-08"));
        assert_eq!(
            c.makeup_workday_name("2025-01-26").unwrap(),
            Some("春节调休")
        );
        // 2025 labour day (5 days, 4-27 Sunday working).
        assert!(working(&c, "2025-04-27"));
        assert!(!working(&c, "2025-05-05"));
    }

    #[test]
    fn year_2026_spot_checks() {
        let c = cal();
        assert!(!working(&c, "2026-01-02"));
        assert!(working(&c, "2026-01-04")); // Sunday make-up
        assert!(!working(&c, "2026-02-23"));
        assert!(working(&c, "2026-02-14"));
        assert!(working(&c, "2026-02-28"));
        assert!(working(&c, "2026-05-09"));
        assert!(!working(&c, "2026-09-25"));
        assert!(working(&c, "2026-09-20"));
        assert!(!working(&c, "2026-10-07"));
        assert!(working(&c, "2026-10-08"));
        assert!(working(&c, "2026-10-10"));
    }

    #[test]
    fn make_up_sunday_counts_as_working_day() {
        let c = cal();
        // 2025-09-28 (Sunday) is a working day: Saturday 09-27 + 1 lands on it.
        assert_eq!(c.add_working_days("2025-09-27", 1).unwrap(), "2025-09-28");
        // Friday 09-26 → Sunday 09-28 (make-up) → Monday 09-29.
        assert_eq!(c.add_working_days("2025-09-26", 2).unwrap(), "2025-09-29");
        assert_eq!(
            c.working_days_between("2025-09-26", "2025-09-28").unwrap(),
            1
        );
        // An ordinary Sunday does not count.
        assert_eq!(
            c.working_days_between("2025-09-19", "2025-09-21").unwrap(),
            0
        );
    }

    #[test]
    fn adding_working_days_across_a_holiday() {
        let c = cal();
        assert_eq!(c.add_working_days("2025-09-30", 0).unwrap(), "2025-09-30");
        assert_eq!(c.add_working_days("2025-09-30", 1).unwrap(), "2025-10-09");
        // 10-09 Thu, 10-10 Fri, 10-11 Sat (make-up), 10-13 Mon, 10-14 Tue.
        assert_eq!(c.add_working_days("2025-09-30", 5).unwrap(), "2025-10-14");
        // From inside the holiday, not counting the start.
        assert_eq!(c.add_working_days("2025-10-03", 1).unwrap(), "2025-10-09");
        // Across the 2026 Spring Festival: Fri 02-13 → Sat 02-14 (make-up) → Tue 02-24.
        assert_eq!(c.add_working_days("2026-02-13", 1).unwrap(), "2026-02-14");
        assert_eq!(c.add_working_days("2026-02-13", 2).unwrap(), "2026-02-24");
        // Across a year end: 2026-01-01..03 off, Sunday 01-04 is a make-up working day.
        assert_eq!(c.add_working_days("2025-12-31", 1).unwrap(), "2026-01-04");
        assert_eq!(c.add_working_days("2025-12-31", 2).unwrap(), "2026-01-05");
        // Zero on a non-working day gives the date back.
        assert_eq!(c.add_working_days("2025-10-01", 0).unwrap(), "2025-10-01");
    }

    #[test]
    fn working_days_between_is_half_open_and_signed() {
        let c = cal();
        assert_eq!(
            c.working_days_between("2025-09-30", "2025-10-09").unwrap(),
            1
        );
        assert_eq!(
            c.working_days_between("2025-09-30", "2025-10-14").unwrap(),
            5
        );
        assert_eq!(
            c.working_days_between("2025-10-14", "2025-09-30").unwrap(),
            -5
        );
        assert_eq!(
            c.working_days_between("2025-10-09", "2025-10-09").unwrap(),
            0
        );
        // Consistent with add_working_days over a whole year.
        let end = c.add_working_days("2025-01-01", 200).unwrap();
        assert_eq!(c.working_days_between("2025-01-01", &end).unwrap(), 200);
        // 2025: 365 − 104 weekend days − 18 weekday holidays + 5 make-up days = 248;
        // 1 January is a holiday, so (01-01, 12-31] holds them all.
        assert_eq!(
            c.working_days_between("2025-01-01", "2025-12-31").unwrap(),
            248
        );
        // 2026: 365 − 104 − 19 + 6 = 248.
        assert_eq!(
            c.working_days_between("2026-01-01", "2026-12-31").unwrap(),
            248
        );
        // Both ends must be inside the calendar.
        assert_eq!(
            c.working_days_between("2024-12-31", "2025-12-31")
                .unwrap_err()
                .code(),
            "calendar-out-of-range"
        );
    }

    #[test]
    fn out_of_range_is_an_error() {
        let c = cal();
        let e = c.is_working_day("2028-01-03").unwrap_err();
        assert_eq!(e.code(), "calendar-out-of-range");
        assert_eq!(e.kind(), CalendarErrorKind::OutOfRange);
        assert_eq!(
            e.to_string(),
            "日期 2028-01-03 超出工作日历范围（2025–2027）"
        );
        assert_eq!(
            c.is_working_day("2024-12-31").unwrap_err().code(),
            "calendar-out-of-range"
        );
        // A result past the end of the data is an error too, not a guess.
        let e = c.add_working_days("2027-12-30", 5).unwrap_err();
        assert_eq!(e.code(), "calendar-out-of-range");
        assert!(e.to_string().contains("超出工作日历范围"), "{e}");
        assert_eq!(c.add_working_days("2027-12-30", 1).unwrap(), "2027-12-31");
    }

    #[test]
    fn malformed_dates_are_errors() {
        let c = cal();
        for bad in [
            "",
            "2025-1-01",
            "2025/01/01",
            "2025-13-01",
            "2025-02-29",
            "2025-04-31",
            "2025-00-10",
            "2025-01-00",
            "20250101",
            "2025-01-01T00:00",
            " 2025-01-01",
            "２０２５-01-01",
            "+025-01-01",
        ] {
            let e = c.is_working_day(bad).unwrap_err();
            assert_eq!(e.code(), "calendar-invalid-date", "{bad:?}");
            assert!(e.to_string().contains("无效"), "{e}");
            assert_eq!(
                c.add_working_days(bad, 1).unwrap_err().code(),
                "calendar-invalid-date"
            );
            assert_eq!(
                c.working_days_between("2025-01-01", bad)
                    .unwrap_err()
                    .code(),
                "calendar-invalid-date"
            );
        }
    }

    fn one_year(holidays: &str, workdays: &str) -> String {
        format!(
            r#"{{"source":"test","years":{{"2025":{{"status":"official","notice":"n","published":"2024-11-12",
            "holidays":[{holidays}],"workdays":[{workdays}]}}}}}}"#
        )
    }

    #[test]
    fn load_validates_the_data() {
        let ok = one_year(
            r#"{"name":"元旦","dates":["2025-01-01"]}"#,
            r#"{"name":"x","dates":["2025-01-26"]}"#,
        );
        let c = Calendar::from_json(&ok).unwrap();
        assert_eq!(c.years(), 2025..=2025);

        let bad = [
            // not JSON
            "{".to_string(),
            // bad date
            one_year(r#"{"name":"元旦","dates":["2025-02-30"]}"#, ""),
            // date outside its year
            one_year(r#"{"name":"元旦","dates":["2026-01-01"]}"#, ""),
            // make-up working day on a weekday
            one_year("", r#"{"name":"x","dates":["2025-01-27"]}"#),
            // holiday that is also a make-up working day
            one_year(r#"{"name":"a","dates":["2025-01-26"]}"#, r#"{"name":"x","dates":["2025-01-26"]}"#),
            // duplicate holiday
            one_year(r#"{"name":"a","dates":["2025-01-01"]},{"name":"b","dates":["2025-01-01"]}"#, ""),
            // empty group
            one_year(r#"{"name":"a","dates":[]}"#, ""),
            // gap in the years
            r#"{"source":"t","years":{
                "2025":{"status":"provisional","explanation":"e","holidays":[],"workdays":[]},
                "2027":{"status":"provisional","explanation":"e","holidays":[],"workdays":[]}}}"#
                .to_string(),
            // unknown status / missing provenance
            r#"{"source":"t","years":{"2025":{"status":"guess","holidays":[],"workdays":[]}}}"#.to_string(),
            r#"{"source":"t","years":{"2025":{"status":"official","holidays":[],"workdays":[]}}}"#.to_string(),
            r#"{"source":"t","years":{"2025":{"status":"provisional","holidays":[],"workdays":[]}}}"#.to_string(),
            // no years
            r#"{"source":"t","years":{}}"#.to_string(),
        ];
        for text in bad {
            let e = Calendar::from_json(&text).unwrap_err();
            assert_eq!(e.code(), "calendar-invalid-data", "{text}");
            assert!(e.to_string().starts_with("工作日历数据无效"), "{e}");
        }
    }

    #[test]
    fn a_notice_is_parsed_by_line_with_ranges_and_lists() {
        let groups = parse_groups("元旦：2027-01-01\n\n春节：2027-02-06至2027-02-08、2027-02-09\n")
            .expect("parses");
        assert_eq!(
            groups,
            vec![
                ("元旦".to_string(), vec!["2027-01-01".to_string()]),
                (
                    "春节".to_string(),
                    ["2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"]
                        .map(String::from)
                        .to_vec()
                ),
            ]
        );
        assert!(
            parse_groups("春节 2027-02-06")
                .unwrap_err()
                .contains("第1行")
        );
        assert!(
            parse_groups("元旦：2027-01-01\n春节：2027-02-30")
                .unwrap_err()
                .contains("第2行")
        );
        assert!(parse_groups("春节：2027-02-08至2027-02-06").is_err());
    }

    #[test]
    fn a_notice_makes_its_year_official_and_is_checked_whole() {
        let notice = Notice {
            year: 2027,
            notice: "国务院办公厅关于2027年部分节假日安排的通知".into(),
            published: "2026-11-20".into(),
            holidays: vec![("元旦".into(), vec!["2027-01-01".into()])],
            workdays: vec![("春节调休".into(), vec!["2027-02-20".into()])],
        };
        let (text, cal) = notice.apply_to(official_json()).expect("applies");
        assert!(cal.year_status(2027).is_some_and(YearStatus::is_official));
        assert!(!cal.is_working_day("2027-01-01").expect("in range"));
        assert!(
            cal.is_working_day("2027-02-20")
                .expect("a Saturday, worked")
        );
        assert!(Calendar::from_json(&text).is_ok(), "stored text reads back");
        // A make-up day that is not a weekend, or a year that leaves a gap, is refused.
        let weekday = Notice {
            workdays: vec![("调休".into(), vec!["2027-02-22".into()])],
            ..notice.clone()
        };
        assert!(weekday.apply_to(official_json()).is_err());
        let gap = Notice {
            year: 2030,
            holidays: vec![("元旦".into(), vec!["2030-01-01".into()])],
            workdays: vec![],
            ..notice
        };
        assert!(
            gap.apply_to(official_json())
                .unwrap_err()
                .message()
                .contains("不连续")
        );
    }
}
