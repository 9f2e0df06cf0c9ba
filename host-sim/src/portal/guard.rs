//! Checks every request passes before it reaches the store: the `Host` it names must be
//! one the portal serves (a page of another name that resolves here — DNS rebinding —
//! gets nothing), and a state-changing request from a browser must come from the
//! portal's own pages (`Origin`, else `Sec-Fetch-Site`): a cross-site form or script
//! cannot act, upload or sign in as the person (CSRF). A browser's state-changing
//! request must also carry the token of its `qb_csrf` cookie (the portal's pages send
//! it as `X-CSRF-Token` or a `csrf` form field): a forgery that slips past the origin
//! check (an old browser, a proxy that drops `Origin`) still cannot read the token.
//! JSON endpoints further accept only `application/json` (`Req::json`). Programs that
//! send neither `Origin` nor `Sec-Fetch-Site` (curl, an integration) are not browsers
//! carrying someone's cookie, and pass.

use std::io::Read;

use super::http::{Method, Req, Resp};

/// Hex digits of a token: 128 random bits.
const TOKEN_CHARS: usize = 32;

/// A fresh anti-forgery token from the operating system's randomness.
pub fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_CHARS / 2];
    if let Err(e) = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)) {
        // Without randomness no token can be trusted: every browser post is refused
        // (an empty token never matches), and the operator is told why.
        tracing::error!("无法读取系统随机数，防伪令牌不可用：{e}");
        return String::new();
    }
    crate::db::hex(&bytes)
}

/// The cookie's token, when it is one this portal could have issued.
pub fn cookie_token(req: &Req) -> Option<&str> {
    req.csrf_cookie
        .as_deref()
        .filter(|t| t.len() == TOKEN_CHARS && t.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The token the request sends back: the header, else the `csrf` field of a form.
fn sent_token(req: &Req) -> Option<String> {
    if let Some(t) = &req.csrf_header {
        return Some(t.clone());
    }
    let ct = req.content_type.to_ascii_lowercase();
    if ct.starts_with("application/x-www-form-urlencoded") {
        let form = req.form().ok()?;
        return form.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v);
    }
    if ct.starts_with("multipart/form-data") {
        let part = req.multipart_file("csrf")?;
        return std::str::from_utf8(part).ok().map(str::to_string);
    }
    None
}

/// Equal without telling, by the time taken, how much of a guess was right.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// The host names a portal answers to.
pub struct Hosts {
    allowed: Vec<String>,
}

impl Hosts {
    /// The bound address (`127.0.0.1:8080`), `localhost` on its port, and any names an
    /// operator allows (`--allow-host`, e.g. a reverse proxy's domain).
    pub fn new(bound: &str, extra: &[String]) -> Hosts {
        let mut allowed = vec![bound.to_ascii_lowercase()];
        if let Some((_, port)) = bound.rsplit_once(':') {
            allowed.push(format!("localhost:{port}"));
            allowed.push(format!("127.0.0.1:{port}"));
        }
        allowed.extend(extra.iter().map(|h| h.to_ascii_lowercase()));
        Hosts { allowed }
    }

    fn serves(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        self.allowed.contains(&host)
    }
}

/// `Err` is the answer for a request that must not go further.
pub fn check(req: &Req, hosts: &Hosts) -> Result<(), Resp> {
    let Some(host) = req.host.as_deref().filter(|h| hosts.serves(h)) else {
        return Err(Resp::status(421, "请求的主机名不属于本门户"));
    };
    if req.method != Method::Post {
        return Ok(());
    }
    let same_origin = |origin: &str| {
        origin.eq_ignore_ascii_case(&format!("http://{host}"))
            || origin.eq_ignore_ascii_case(&format!("https://{host}"))
    };
    let cross_site = match (req.origin.as_deref(), req.fetch_site.as_deref()) {
        (Some(origin), _) => !same_origin(origin),
        (None, Some(site)) => site != "same-origin" && site != "none",
        (None, None) => false,
    };
    if cross_site {
        return Err(Resp::status(403, "跨站提交已拒绝：请从本门户的页面办理"));
    }
    let browser = req.origin.is_some() || req.fetch_site.is_some();
    let token_ok = match (cookie_token(req), sent_token(req)) {
        (Some(cookie), Some(sent)) => same(cookie, &sent),
        _ => false,
    };
    if browser && !token_ok {
        return Err(Resp::status(
            403,
            "页面已过期或无法确认提交来自本门户，请刷新页面后重试",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "0123456789abcdef0123456789abcdef";

    /// A post as the portal's own page sends it: the cookie's token in the header.
    fn post(host: &str, origin: Option<&str>, site: Option<&str>) -> Req {
        Req {
            method: Method::Post,
            segments: vec!["api".into(), "act".into()],
            query: Vec::new(),
            cookie_user: Some("ent-jinggong".into()),
            content_type: "text/plain".into(),
            body: Vec::new(),
            idempotency_key: None,
            host: Some(host.into()),
            origin: origin.map(str::to_string),
            fetch_site: site.map(str::to_string),
            csrf_cookie: Some(TOKEN.into()),
            csrf_header: Some(TOKEN.into()),
        }
    }

    #[test]
    fn foreign_hosts_and_cross_site_posts_are_refused() {
        let hosts = Hosts::new("127.0.0.1:8080", &["oa.example.gov.cn".into()]);
        let status = |r: &Req| check(r, &hosts).err().map(|e| e.status);
        assert_eq!(status(&post("127.0.0.1:8080", None, None)), None);
        assert_eq!(
            status(&post("LOCALHOST:8080", Some("http://localhost:8080"), None)),
            None
        );
        assert_eq!(
            status(&post(
                "oa.example.gov.cn",
                Some("https://oa.example.gov.cn"),
                None
            )),
            None
        );
        assert_eq!(status(&post("evil.example:8080", None, None)), Some(421));
        assert_eq!(
            status(&post("127.0.0.1:8080", Some("http://evil.example"), None)),
            Some(403)
        );
        assert_eq!(
            status(&post("127.0.0.1:8080", Some("null"), None)),
            Some(403)
        );
        assert_eq!(
            status(&post("127.0.0.1:8080", None, Some("cross-site"))),
            Some(403)
        );
        assert_eq!(
            status(&post("127.0.0.1:8080", None, Some("same-origin"))),
            None
        );
    }

    #[test]
    fn a_browser_post_needs_the_token_of_its_cookie() {
        let hosts = Hosts::new("127.0.0.1:8080", &[]);
        let status = |r: &Req| check(r, &hosts).err().map(|e| e.status);
        let same_site = || post("127.0.0.1:8080", Some("http://127.0.0.1:8080"), None);
        assert_eq!(status(&same_site()), None);

        let mut missing = same_site();
        missing.csrf_header = None;
        assert_eq!(status(&missing), Some(403), "no token sent");
        let mut wrong = same_site();
        wrong.csrf_header = Some("f".repeat(32));
        assert_eq!(status(&wrong), Some(403), "another token");
        let mut no_cookie = same_site();
        no_cookie.csrf_cookie = None;
        assert_eq!(status(&no_cookie), Some(403), "no cookie to match");
        let mut forged_cookie = same_site();
        forged_cookie.csrf_cookie = Some("x".into());
        forged_cookie.csrf_header = Some("x".into());
        assert_eq!(
            status(&forged_cookie),
            Some(403),
            "not a token the portal issues"
        );
        let mut fetch_only = post("127.0.0.1:8080", None, Some("same-origin"));
        fetch_only.csrf_header = None;
        assert_eq!(
            status(&fetch_only),
            Some(403),
            "Sec-Fetch-Site marks a browser too"
        );

        // A plain HTML form sends it as a field, urlencoded or multipart.
        let mut form = same_site();
        form.csrf_header = None;
        form.content_type = "application/x-www-form-urlencoded".into();
        form.body = format!("user=ent-jinggong&csrf={TOKEN}").into_bytes();
        assert_eq!(status(&form), None);
        form.body = b"user=ent-jinggong&csrf=0".to_vec();
        assert_eq!(status(&form), Some(403));
        let mut upload = same_site();
        upload.csrf_header = None;
        upload.content_type = "multipart/form-data; boundary=b".into();
        upload.body = format!(
            "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{TOKEN}\r\n--b--\r\n"
        )
        .into_bytes();
        assert_eq!(status(&upload), None);

        // A program (neither header) is no browser carrying someone's cookie.
        let mut program = post("127.0.0.1:8080", None, None);
        (program.csrf_cookie, program.csrf_header) = (None, None);
        assert_eq!(status(&program), None);
    }

    #[test]
    fn tokens_are_fresh_and_well_formed() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), TOKEN_CHARS);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }
}
