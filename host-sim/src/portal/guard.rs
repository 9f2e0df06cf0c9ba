//! Checks every request passes before it reaches the store: the `Host` it names must be
//! one the portal serves (a page of another name that resolves here — DNS rebinding —
//! gets nothing), and a state-changing request from a browser must come from the
//! portal's own pages (`Origin`, else `Sec-Fetch-Site`): a cross-site form or script
//! cannot act, upload or sign in as the person (CSRF). JSON endpoints further accept
//! only `application/json` (`Req::json`). Programs that send neither header (curl, an
//! integration) are not browsers carrying someone's cookie, and pass.

use super::http::{Method, Req, Resp};

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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
