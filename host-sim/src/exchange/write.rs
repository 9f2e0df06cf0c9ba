//! Writing the exchange documents as UTF-8 XML, indented, in the element order of the
//! schema. Text is written verbatim (escaped), so reading it back gives the same values:
//! `&<>"'` become entities and a carriage return becomes `&#13;` (a raw one would be
//! normalised away by any XML reader). Characters XML 1.0 cannot carry at all (control
//! characters other than tab, newline, carriage return) are written as U+FFFD.

use super::NAMESPACE;
use super::model::*;

/// The city's recommendation to the province, as UTF-8 XML.
pub fn write_recommendation(rec: &Recommendation) -> Vec<u8> {
    let mut out = Out::new();
    out.open(
        "recommendation",
        &[("xmlns", NAMESPACE), ("year", &rec.year.to_string())],
    );
    out.leaf("document-number", &rec.document_number);
    out.leaf("issued-on", &rec.issued_on);
    for entry in &rec.entries {
        out.open("entry", &[("rank", &entry.rank.to_string())]);
        form(&mut out, &entry.form);
        if let Some(m) = &entry.materials {
            materials(&mut out, m);
        }
        out.leaf("district-opinion", &entry.district_opinion);
        out.leaf("score", &number(entry.score));
        out.leaf("plaque-number", &entry.plaque_number);
        if !entry.seals.is_empty() {
            out.open("seals", &[]);
            for seal in &entry.seals {
                out.open("seal", &[]);
                out.leaf("id", &seal.id);
                out.leaf("capacity", &seal.capacity);
                out.leaf("holder", &seal.holder);
                out.leaf("signer", &seal.signer);
                out.leaf("signed-at", &seal.signed_at);
                out.leaf("digest", &seal.digest);
                out.close("seal");
            }
            out.close("seals");
        }
        out.close("entry");
    }
    out.close("recommendation");
    out.finish()
}

/// The province's list of applicants in the import format, as UTF-8 XML. The city
/// never sends this; it exists so tests and demos can produce import files.
pub fn write_provincial_round(round: &ProvincialRound) -> Vec<u8> {
    let mut out = Out::new();
    out.open(
        "provincial-round",
        &[("xmlns", NAMESPACE), ("year", &round.year.to_string())],
    );
    for a in &round.applicants {
        out.open("applicant", &[]);
        out.leaf("provincial-ref", &a.provincial_ref);
        if let Some(day) = &a.submitted_on {
            out.leaf("submitted-on", day);
        }
        form(&mut out, &a.form);
        if let Some(m) = &a.materials {
            materials(&mut out, m);
        }
        out.close("applicant");
    }
    out.close("provincial-round");
    out.finish()
}

fn form(out: &mut Out, f: &ApplicationForm) {
    out.open("application-form", &[]);
    out.leaf("enterprise-name", &f.enterprise_name);
    out.leaf("credit-code", &f.credit_code);
    out.leaf("district", &f.district);
    out.leaf("industry", &f.industry);
    out.leaf("direction", &f.direction);
    out.leaf("benchmark-name", &f.benchmark_name);
    out.leaf("benchmark-intro", &f.benchmark_intro);
    out.leaf("address", &f.address);
    out.leaf("postcode", &f.postcode);
    out.leaf("contact", &f.contact);
    out.leaf("phone", &f.phone);
    out.leaf("mobile", &f.mobile);
    if let Some(fax) = &f.fax {
        out.leaf("fax", fax);
    }
    out.leaf("email", &f.email);
    out.open("basic-figures", &[]);
    for y in &f.figures {
        out.open("year", &[("value", &y.year.to_string())]);
        out.leaf("assets", &number(y.assets));
        out.leaf("sales", &number(y.sales));
        out.leaf("profit", &number(y.profit));
        out.leaf("employees", &y.employees.to_string());
        out.close("year");
    }
    out.close("basic-figures");
    out.open("conditions", &[]);
    let flag = |b: bool| if b { "true" } else { "false" };
    out.leaf(
        "independent-legal-entity",
        flag(f.conditions.independent_legal_entity),
    );
    out.leaf("quality-system", flag(f.conditions.quality_system));
    out.leaf("commitment", flag(f.conditions.commitment));
    out.close("conditions");
    out.close("application-form");
}

fn materials(out: &mut Out, m: &Materials) {
    out.open("materials", &[]);
    out.leaf("title", &m.title);
    out.leaf("summary", &m.summary);
    out.leaf("profile", &m.profile);
    out.leaf("implementation", &m.implementation);
    out.leaf("results", &m.results);
    out.close("materials");
}

/// A number in the schema's `amount` form: plain decimal, no exponent. Rust prints the
/// shortest decimal that reads back as the same `f64`, so the round trip is exact.
fn number(x: f64) -> String {
    let s = format!("{x}");
    if s.contains(['e', 'E']) || !x.is_finite() {
        // Not reachable for amounts in 万元 or scores; kept total for any f64.
        format!("{x:.6}")
    } else {
        s
    }
}

/// Escapes text for element content and attribute values alike.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A tiny indenting XML writer: infallible, since it only appends to a `String`.
struct Out {
    buf: String,
    depth: usize,
}

impl Out {
    fn new() -> Self {
        Out {
            buf: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            depth: 0,
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.buf.push_str("  ");
        }
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.buf.push('<');
        self.buf.push_str(name);
        for (k, v) in attrs {
            // Attribute values also normalise tabs and newlines: write them as references.
            let v = escape(v).replace('\t', "&#9;").replace('\n', "&#10;");
            self.buf.push_str(&format!(" {k}=\"{v}\""));
        }
        self.buf.push_str(">\n");
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        self.buf.push_str(&format!("</{name}>\n"));
    }

    fn leaf(&mut self, name: &str, text: &str) {
        self.indent();
        self.buf
            .push_str(&format!("<{name}>{}</{name}>\n", escape(text)));
    }

    fn finish(self) -> Vec<u8> {
        self.buf.into_bytes()
    }
}
