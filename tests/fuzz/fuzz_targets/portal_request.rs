//! Arbitrary bytes → the portal's request parsing in host-sim: `percent_decode` and
//! `parse_urlencoded` (URLs, queries, form posts and the session cookie), and an act
//! request's JSON body → the request (`request_of`, `values_of`). Nothing may panic;
//! decoding inverts `percent_encode`; a decoded request carries what the body said.

#![no_main]

// The portal's pure files, compiled from host-sim's source: `http.rs` (the request and
// response model over tiny_http) and `request.rs` (the JSON body), as siblings so that
// `super::http` resolves. host-sim is not a dependency: it pulls wasmtime and SQLite.
// Only the parsing is exercised, hence `dead_code`.
#[allow(dead_code)]
#[path = "../../../host-sim/src/portal/http.rs"]
mod http;
#[path = "../../../host-sim/src/portal/request.rs"]
mod request;

/// The contract's types, under the name host-sim gives them (`crate::contract`): the
/// plugin's bindings of the same WIT interface, as `fields_json` is compiled against
/// both.
use qb_plugin::contract;
/// The same file host-sim compiles as `crate::fields_json` (`plugin/src/forms/json.rs`).
use qb_plugin::forms::json as fields_json;

/// host-sim's `sim::Request` lives next to wasmtime in `sim.rs`; this is its shape
/// (case id, action code, values, opinion, expected version), which `request.rs` fills.
mod sim {
    #[derive(Debug, Clone)]
    pub struct Request {
        pub case_id: Option<String>,
        pub action: String,
        pub values: Vec<crate::contract::Field>,
        pub opinion: Option<String>,
        pub expected_version: Option<u64>,
    }
}

use http::{parse_urlencoded, percent_decode, percent_encode};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// Whether every `%` starts an escape of exactly two hex digits, which is all
/// `percent_decode` may accept.
fn escapes_are_hex(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return false;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    true
}

fn urls(s: &str) {
    if let Some(decoded) = percent_decode(s) {
        assert!(escapes_are_hex(s), "{s:?} decoded to {decoded:?}");
        assert_eq!(
            percent_decode(&percent_encode(&decoded)).as_deref(),
            Some(&*decoded)
        );
    }
    if let Some(pairs) = parse_urlencoded(s) {
        // Every pair came from one non-empty `&`-separated part.
        assert!(pairs.len() <= s.split('&').filter(|kv| !kv.is_empty()).count());
    }
    let encoded = percent_encode(s);
    assert_eq!(percent_decode(&encoded).as_deref(), Some(s));
}

fn body(v: &Value) {
    let values = request::values_of(v).ok();
    match request::request_of(v) {
        Ok(r) => {
            assert_eq!(Some(&r.values), values.as_ref());
            assert_eq!(
                r.expected_version,
                v.get("expected_version").and_then(Value::as_u64)
            );
            assert_eq!(
                Some(r.action.as_str()),
                v.get("action").and_then(Value::as_str)
            );
            assert!(!r.action.is_empty());
            assert!(r.case_id.as_ref().is_none_or(|c| !c.is_empty()));
            assert!(
                r.opinion
                    .as_ref()
                    .is_none_or(|o| o.trim() == o && !o.is_empty())
            );
        }
        Err(resp) => {
            assert_eq!(resp.status, 400);
            let answer: Value = serde_json::from_slice(&resp.body).expect("error body is JSON");
            assert_eq!(answer["ok"], Value::Bool(false));
        }
    }
}

/// The body as the portal reads it: JSON only when declared `application/json` (CSRF),
/// and any failure a 400 in the API's shape.
fn declared(data: &[u8]) {
    for content_type in ["application/json", "text/plain"] {
        let req = http::Req {
            method: http::Method::Post,
            segments: vec!["api".into(), "act".into()],
            query: Vec::new(),
            cookie_user: None,
            content_type: content_type.into(),
            body: data.to_vec(),
            idempotency_key: None,
            host: None,
            origin: None,
            fetch_site: None,
            csrf_cookie: None,
            csrf_header: None,
        };
        match request::json_body(&req) {
            Ok(v) => {
                assert_eq!(content_type, "application/json");
                body(&v);
            }
            Err(resp) => assert_eq!(resp.status, 400),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        urls(s);
    }
    declared(data);
});
