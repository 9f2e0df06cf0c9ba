//! A small request/response model over tiny_http, so pages and handlers never touch
//! the server and every malformed input becomes a 400 with a Chinese message.

use std::io::Read;

/// Largest request body accepted (attachments included).
pub const MAX_BODY: u64 = 20 << 20;

/// The signed-in user's cookie.
pub const SESSION_COOKIE: &str = "qb_user";

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
}

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
        let cookie_user = header("Cookie").and_then(|c| {
            c.split(';').find_map(|kv| {
                let (k, v) = kv.trim().split_once('=')?;
                (k == SESSION_COOKIE && !v.is_empty()).then(|| percent_decode(v))?
            })
        });
        let content_type = header("Content-Type").unwrap_or_default();
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

    /// The body as JSON.
    pub fn json(&self) -> Result<serde_json::Value, Resp> {
        serde_json::from_slice(&self.body).map_err(|_| Resp::bad_request("请求内容不是有效的 JSON"))
    }
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

    pub fn json(status: u16, value: &serde_json::Value) -> Resp {
        Resp {
            status,
            content_type: "application/json; charset=utf-8",
            headers: Vec::new(),
            body: value.to_string().into_bytes(),
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
        for (name, value) in &self.headers {
            add(name, value);
        }
        r
    }
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
