//! docs/openapi.yaml as a checker of answers, and a client of the portal that checks
//! every answer it gets: its status must be one the operation documents, its body must
//! validate against the documented schema (JSON Schema 2020-12, `$ref`s resolved inside
//! the file). It records which operations were called, so a test can ask for all.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use qb_tests::portal::Portal;
use serde_json::Value;

/// docs/openapi.yaml, its compiled response schemas, and the operations called so far.
pub struct Spec {
    pub doc: Value,
    validators: RefCell<HashMap<String, jsonschema::Validator>>,
    pub called: RefCell<BTreeSet<(String, String)>>,
}

/// A JSON pointer token (`~` and `/` escaped) as a URI fragment may carry it (`{` `}`
/// of a path template percent-encoded).
fn pointer_token(s: &str) -> String {
    s.replace('~', "~0")
        .replace('/', "~1")
        .replace('{', "%7B")
        .replace('}', "%7D")
}

impl Spec {
    pub fn load() -> Spec {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/openapi.yaml");
        let text = std::fs::read_to_string(&path).expect("docs/openapi.yaml");
        let doc: Value = serde_yaml_ng::from_str(&text).expect("openapi.yaml is YAML");
        Spec {
            doc,
            validators: RefCell::new(HashMap::new()),
            called: RefCell::new(BTreeSet::new()),
        }
    }

    /// Every (METHOD, path template) the file documents.
    pub fn operations(&self) -> BTreeSet<(String, String)> {
        let mut out = BTreeSet::new();
        for (path, item) in self.doc["paths"].as_object().expect("paths") {
            for method in ["get", "post", "put", "delete", "patch"] {
                if item.get(method).is_some() {
                    out.insert((method.to_uppercase(), path.clone()));
                }
            }
        }
        out
    }

    /// What is wrong with `value` by the schema at JSON pointer `at` (e.g.
    /// `#/components/schemas/Error`): the whole file is the root, so every `$ref`
    /// resolves inside it; formats (`date-time`, `date`) are checked too.
    pub fn errors_at(&self, at: &str, value: &Value) -> Vec<String> {
        let mut cache = self.validators.borrow_mut();
        let validator = cache.entry(at.to_string()).or_insert_with(|| {
            let mut root = self.doc.clone();
            root["$ref"] = Value::String(at.to_string());
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&root)
                .unwrap_or_else(|e| panic!("schema at {at}: {e}"))
        });
        validator
            .iter_errors(value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect()
    }

    pub fn validate_at(&self, at: &str, value: &Value) {
        let errors = self.errors_at(at, value);
        assert!(
            errors.is_empty(),
            "answer does not match {at}:\n{}\n{value:#}",
            errors.join("\n")
        );
    }

    /// Check an answer of `METHOD template` against the operation's documented response
    /// for its status and content type; the JSON body, if any.
    pub fn check(
        &self,
        method: &str,
        template: &str,
        status: u16,
        ctype: &str,
        body: &[u8],
    ) -> Value {
        self.called
            .borrow_mut()
            .insert((method.to_string(), template.to_string()));
        let m = method.to_lowercase();
        let op = &self.doc["paths"][template][&m];
        assert!(op.is_object(), "{method} {template} is not documented");
        let code = status.to_string();
        let mut response = &op["responses"][&code];
        let mut at = format!("#/paths/{}/{m}/responses/{code}", pointer_token(template));
        assert!(
            response.is_object(),
            "{method} {template} answered {status}, which it does not document: {}",
            String::from_utf8_lossy(body)
        );
        if let Some(r) = response["$ref"].as_str() {
            at = r.to_string();
            let name = r.rsplit('/').next().expect("a named response");
            response = &self.doc["components"]["responses"][name];
        }
        let media = ctype.split(';').next().unwrap_or_default().trim();
        assert!(
            response["content"][media].is_object(),
            "{method} {template} {status} answered {media}, not documented"
        );
        if media != "application/json" {
            return Value::Null;
        }
        let value: Value = serde_json::from_slice(body).expect("a JSON answer");
        self.validate_at(
            &format!("{at}/content/{}/schema", pointer_token(media)),
            &value,
        );
        value
    }
}

/// A portal and the spec every answer is checked against.
pub struct Api<'a> {
    pub portal: &'a Portal,
    pub spec: &'a Spec,
}

impl Api<'_> {
    /// `METHOD template` with `{…}` filled from `args` in order, `query` appended.
    pub fn call(
        &self,
        method: &str,
        template: &str,
        args: &[&str],
        query: &str,
        user: Option<&str>,
        body: Option<(&str, Vec<u8>)>,
    ) -> (u16, Value, Vec<u8>) {
        let mut args = args.iter();
        let path: Vec<String> = template
            .split('/')
            .map(|seg| {
                if seg.starts_with('{') {
                    percent(args.next().expect("an argument per {…}"))
                } else {
                    seg.to_string()
                }
            })
            .collect();
        let mut path = path.join("/");
        if !query.is_empty() {
            path = format!("{path}?{query}");
        }
        let (ctype, bytes) = body.unwrap_or(("application/json", Vec::new()));
        let (status, headers, raw) = self
            .portal
            .request(method, &path, user, Some(ctype), &bytes);
        let answered = headers
            .iter()
            .find(|(k, _)| k == "content-type")
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        let json = self.spec.check(method, template, status, answered, &raw);
        (status, json, raw)
    }

    pub fn get(
        &self,
        template: &str,
        args: &[&str],
        query: &str,
        user: Option<&str>,
    ) -> (u16, Value) {
        let (status, json, _) = self.call("GET", template, args, query, user, None);
        (status, json)
    }

    pub fn post(
        &self,
        template: &str,
        args: &[&str],
        user: Option<&str>,
        body: &Value,
    ) -> (u16, Value) {
        let bytes = body.to_string().into_bytes();
        let (status, json, _) = self.call(
            "POST",
            template,
            args,
            "",
            user,
            Some(("application/json", bytes)),
        );
        (status, json)
    }

    /// Every entry of a paged list, all pages.
    pub fn all(&self, template: &str, query: &str, user: Option<&str>) -> Vec<Value> {
        let mut items = Vec::new();
        for page in 1.. {
            let q = format!("{query}&page={page}&per_page=2");
            let (status, answer) = self.get(template, &[], &q, user);
            assert_eq!(status, 200, "{answer}");
            let got = answer["items"].as_array().expect("items").clone();
            items.extend(got.iter().cloned());
            if got.len() < 2 {
                assert_eq!(answer["total"], items.len(), "{template} total");
                return items;
            }
        }
        unreachable!()
    }
}

pub use qb_tests::portal::percent;
