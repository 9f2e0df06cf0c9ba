//! A small request/response model over tiny_http, so pages and handlers never touch
//! the server and every malformed input becomes a 400 with a Chinese message.

use std::io::Read;

/// Largest request body accepted (attachments included).
pub const MAX_BODY: u64 = 20 << 20;

/// The signed-in user's cookie.
pub const SESSION_COOKIE: &str = "qb_user";

/// The browser's anti-forgery token (`guard.rs`): set on the first page, sent back by
/// the portal's own pages in the `X-CSRF-Token` header or a `csrf` form field.
pub const CSRF_COOKIE: &str = "qb_csrf";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Other,
}

/// A parsed request.
pub struct Req {
    pub method: Method,
    /// Decoded path segments, e.g. `["case", "app-2026-…"]`.
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
    pub cookie_user: Option<String>,
    pub content_type: String,
    pub body: Vec<u8>,
    /// The `Idempotency-Key` header: a retry with the same key gets the first answer.
    pub idempotency_key: Option<String>,
    /// The `Host`, `Origin` and `Sec-Fetch-Site` headers, for `guard.rs`.
    pub host: Option<String>,
    pub origin: Option<String>,
    pub fetch_site: Option<String>,
    /// The `qb_csrf` cookie and the `X-CSRF-Token` header, for `guard.rs`.
    pub csrf_cookie: Option<String>,
    pub csrf_header: Option<String>,
}

/// Longest idempotency key accepted.
pub const IDEMPOTENCY_KEY_CHARS: usize = 128;

impl Req {
    /// Read a tiny_http request whole; `Err` is a 400 response.
    pub fn from_tiny(r: &mut tiny_http::Request) -> Result<Req, Resp> {
        let method = match r.method() {
            tiny_http::Method::Get | tiny_http::Method::Head => Method::Get,
            tiny_http::Method::Post => Method::Post,
            _ => Method::Other,
        };
        let url = r.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| percent_decode(s).ok_or_else(|| Resp::bad_request("网址编码无效")))
            .collect::<Result<Vec<_>, _>>()?;
        let query = parse_urlencoded(query).ok_or_else(|| Resp::bad_request("查询参数编码无效"))?;
        let header = |name: &'static str| {
            r.headers()
                .iter()
                .find(|h| h.field.equiv(name))
                .map(|h| h.value.as_str().to_string())
        };
        let cookie = |name: &str| {
            header("Cookie").and_then(|c| {
                c.split(';').find_map(|kv| {
                    let (k, v) = kv.trim().split_once('=')?;
                    (k == name && !v.is_empty()).then(|| percent_decode(v))?
                })
            })
        };
        let (cookie_user, csrf_cookie) = (cookie(SESSION_COOKIE), cookie(CSRF_COOKIE));
        let csrf_header = header("X-CSRF-Token");
        let content_type = header("Content-Type").unwrap_or_default();
        let idempotency_key = header("Idempotency-Key");
        if let Some(key) = &idempotency_key {
            let visible = key.chars().all(|c| c.is_ascii_graphic());
            if key.is_empty() || key.len() > IDEMPOTENCY_KEY_CHARS || !visible {
                return Err(Resp::bad_request(
                    "Idempotency-Key 须为 1 至 128 个可见 ASCII 字符",
                ));
            }
        }
        let (host, origin, fetch_site) =
            (header("Host"), header("Origin"), header("Sec-Fetch-Site"));
        let mut body = Vec::new();
        if method == Method::Post {
            let mut limited = r.as_reader().take(MAX_BODY + 1);
            limited
                .read_to_end(&mut body)
                .map_err(|_| Resp::bad_request("请求内容读取失败"))?;
            if body.len() as u64 > MAX_BODY {
                return Err(Resp::status(413, "上传内容超过 20 MB 上限"));
            }
        }
        Ok(Req {
            method,
            segments,
            query,
            cookie_user,
            content_type,
            body,
            idempotency_key,
            host,
            origin,
            fetch_site,
            csrf_cookie,
            csrf_header,
        })
    }

    /// The path as requested, e.g. `/api/v1/cases`.
    pub fn path(&self) -> String {
        format!("/{}", self.segments.join("/"))
    }

    pub fn query(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The body as `application/x-www-form-urlencoded`.
    pub fn form(&self) -> Result<Vec<(String, String)>, Resp> {
        std::str::from_utf8(&self.body)
            .ok()
            .and_then(parse_urlencoded)
            .ok_or_else(|| Resp::bad_request("表单内容编码无效"))
    }

    /// The content of the file field `name` of a `multipart/form-data` body, as a plain
    /// HTML form posts an upload (no script needed); `None` when the body is not
    /// multipart or has no such part.
    pub fn multipart_file(&self, name: &str) -> Option<&[u8]> {
        let boundary = self
            .content_type
            .split(';')
            .map(str::trim)
            .find_map(|p| p.strip_prefix("boundary="))?
            .trim_matches('"');
        let delimiter = format!("--{boundary}");
        let closing = format!("\r\n{delimiter}");
        let start = find(&self.body, delimiter.as_bytes())?;
        let mut rest = &self.body[start + delimiter.len()..];
        let wanted = format!("name=\"{name}\"");
        // Each part: CRLF, its headers, a blank line, the content, CRLF and the delimiter.
        while !rest.starts_with(b"--") {
            rest = rest.strip_prefix(b"\r\n")?;
            let head_end = find(rest, b"\r\n\r\n")?;
            let head = std::str::from_utf8(&rest[..head_end]).ok()?;
            let content = &rest[head_end + 4..];
            let end = find(content, closing.as_bytes())?;
            let named = head.lines().any(|l| {
                l.to_ascii_lowercase().starts_with("content-disposition:")
                    && l.split(';').any(|p| p.trim() == wanted)
            });
            if named {
                return Some(&content[..end]);
            }
            rest = &content[end + closing.len()..];
        }
        None
    }

    /// The body as JSON. Only an `application/json` body is read: a browser sends that
    /// type cross-site only after a CORS preflight, which the portal never grants, so a
    /// forged form or `text/plain` post from another site cannot act (CSRF).
    pub fn json(&self) -> Result<serde_json::Value, Resp> {
        json_of(&self.content_type, &self.body)
    }
}

/// A request body read as JSON, if its content type says it is.
pub fn json_of(content_type: &str, body: &[u8]) -> Result<serde_json::Value, Resp> {
    if !content_type.trim_start().starts_with("application/json") {
        return Err(Resp::bad_request("请求内容须为 application/json"));
    }
    serde_json::from_slice(body).map_err(|_| Resp::bad_request("请求内容不是有效的 JSON"))
}

/// A response under construction.
pub struct Resp {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn html(body: String) -> Resp {
        Resp {
            status: 200,
            content_type: "text/html; charset=utf-8",
            headers: Vec::new(),
            body: body.into_bytes(),
        }
    }

    /// `value` serialized straight to the body's bytes.
    pub fn json(status: u16, value: &impl serde::Serialize) -> Resp {
        // Our answers are maps with string keys: serializing them cannot fail. Were one
        // ever to, the person gets an error, not half an answer.
        let (status, body) = match serde_json::to_vec(value) {
            Ok(body) => (status, body),
            Err(e) => {
                tracing::error!(error = %e, "an answer could not be serialized");
                (500, r#"{"ok":false,"kind":"host-fault","code":"host","message":"系统错误，请稍后重试","fields":[]}"#
                    .as_bytes()
                    .to_vec())
            }
        };
        Resp {
            status,
            content_type: "application/json; charset=utf-8",
            headers: Vec::new(),
            body,
        }
    }

    pub fn bytes(content_type: &'static str, body: Vec<u8>) -> Resp {
        Resp {
            status: 200,
            content_type,
            headers: vec![("Cache-Control", "max-age=300".into())],
            body,
        }
    }

    /// A file to save, never to render: `Content-Disposition: attachment` with the
    /// name in RFC 5987 form (Chinese names survive every browser), and not cached, since
    /// what a person may download depends on who they are.
    pub fn download(content_type: &'static str, name: &str, body: Vec<u8>) -> Resp {
        Resp {
            status: 200,
            content_type,
            headers: vec![
                (
                    "Content-Disposition",
                    format!("attachment; filename*=UTF-8''{}", percent_encode(name)),
                ),
                ("Cache-Control", "private, no-store".into()),
            ],
            body,
        }
    }

    pub fn redirect(to: &str) -> Resp {
        Resp {
            status: 303,
            content_type: "text/plain; charset=utf-8",
            headers: vec![("Location", to.to_string())],
            body: Vec::new(),
        }
    }

    /// A plain-text error page; pages wrap their own errors in the layout instead.
    pub fn status(status: u16, message: &str) -> Resp {
        Resp {
            status,
            content_type: "text/plain; charset=utf-8",
            headers: Vec::new(),
            body: message.as_bytes().to_vec(),
        }
    }

    pub fn bad_request(message: &str) -> Resp {
        Resp::status(400, message)
    }

    pub fn with_header(mut self, name: &'static str, value: String) -> Resp {
        self.headers.push((name, value));
        self
    }

    pub fn into_tiny(self) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
        let mut r = tiny_http::Response::from_data(self.body).with_status_code(self.status);
        let mut add = |name: &str, value: &str| {
            if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                r.add_header(h);
            }
        };
        add("Content-Type", self.content_type);
        add("X-Content-Type-Options", "nosniff");
        // Only the portal's own script, styles and images; never framed (clickjacking).
        add(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        );
        add("X-Frame-Options", "DENY");
        add("Referrer-Policy", "same-origin");
        for (name, value) in &self.headers {
            add(name, value);
        }
        r
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `%XX` decoding (and `+` as space, since forms post it); `None` on bad escapes or UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                // Exactly two hex digits: `from_str_radix` alone also takes a sign, so
                // `%+f` decoded to U+000F (found by the `portal_request` fuzz target).
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Encode a path segment or query value.
pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn parse_urlencoded(s: &str) -> Option<Vec<(String, String)>> {
    s.split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            Some((percent_decode(k)?, percent_decode(v)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_part_is_found_by_its_field_name() {
        let body = b"--xyz\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2026\r\n--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\nContent-Type: text/xml\r\n\r\n<a>\r\n</a>\r\n--xyz--\r\n";
        let req = Req {
            method: Method::Post,
            segments: Vec::new(),
            query: Vec::new(),
            cookie_user: None,
            content_type: "multipart/form-data; boundary=xyz".into(),
            body: body.to_vec(),
            idempotency_key: None,
            host: None,
            origin: None,
            fetch_site: None,
            csrf_cookie: None,
            csrf_header: None,
        };
        assert_eq!(req.multipart_file("file"), Some(&b"<a>\r\n</a>"[..]));
        assert_eq!(req.multipart_file("year"), Some(&b"2026"[..]));
        assert_eq!(req.multipart_file("other"), None);
    }

    #[test]
    fn decoding_round_trips_and_rejects_bad_escapes() {
        let s = "中原区 a+b/c";
        assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
        assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%e4"), None);
        // A sign is not a hex digit (fuzzing found `%+b` decoded to U+000B).
        assert_eq!(percent_decode("%+f"), None);
        assert_eq!(percent_decode("a%+bc"), None);
        assert_eq!(percent_decode("%-1"), None);
        assert_eq!(percent_decode("%2"), None);
        assert_eq!(parse_urlencoded("q=a%+b"), None);
        assert_eq!(
            parse_urlencoded("user=ent-01&x=%E4%B8%AD"),
            Some(vec![
                ("user".into(), "ent-01".into()),
                ("x".into(), "中".into())
            ])
        );
    }
}
