//! The portal against another site's pages: a foreign `Host` (DNS rebinding) gets
//! nothing, a cross-site POST to act or to sign in is refused, a browser's post without
//! the token of its anti-forgery cookie is refused, a JSON endpoint reads only
//! `application/json`, every page carries its security headers, and uploads have quotas.

use std::io::{Read, Write};
use std::net::TcpStream;

use qb_tests::portal::Portal;
use qb_tests::*;

/// A raw request, with exactly these headers; status and the whole answer.
fn raw(addr: &str, head: &str, body: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    let request = format!(
        "{head}Connection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(request.as_bytes()).expect("write");
    let mut answer = String::new();
    s.read_to_string(&mut answer).expect("read");
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    (status, answer)
}

#[test]
fn another_sites_requests_are_refused() {
    let path = {
        let mut sim = sim("hardening");
        open_batch(&mut sim);
        std::path::Path::new(sim.connection().path().expect("a file")).to_path_buf()
    };
    let portal = Portal::start(&path, "2026-03-16T10:00:00+08:00");
    let addr = &portal.addr;
    let start = r#"{"action":"start-application"}"#;
    let cases = || {
        let sim = host_sim::Sim::open(&path, &plugin()).expect("open");
        sim.count("SELECT COUNT(*) FROM cases WHERE kind = 'application'")
            .expect("count")
    };

    // A form on another site posting text/plain JSON with the person's cookie.
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /api/act HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://evil.example\r\nCookie: qb_user=ent-jinggong\r\nContent-Type: text/plain\r\n"
        ),
        start,
    );
    assert_eq!(status, 403, "{answer}");
    assert!(answer.contains("跨站"), "{answer}");
    // The same without an Origin, as an old browser might: text/plain is not JSON.
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /api/act HTTP/1.1\r\nHost: {addr}\r\nCookie: qb_user=ent-jinggong\r\nContent-Type: text/plain\r\n"
        ),
        start,
    );
    assert_eq!(status, 400, "{answer}");
    assert!(answer.contains("application/json"), "{answer}");
    // Signing someone in from another site (login CSRF).
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /login HTTP/1.1\r\nHost: {addr}\r\nSec-Fetch-Site: cross-site\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        ),
        "user=ent-jinggong",
    );
    assert_eq!(status, 403, "{answer}");
    assert!(!answer.contains("Set-Cookie"), "{answer}");
    // A page of another name resolving to this address (DNS rebinding).
    let (status, answer) = raw(
        addr,
        "GET /api/v1/me HTTP/1.1\r\nHost: evil.example\r\nCookie: qb_user=ent-jinggong\r\n",
        "",
    );
    assert_eq!(status, 421, "{answer}");
    assert!(!answer.contains("ent-jinggong"), "{answer}");
    assert_eq!(cases(), 0, "nothing was started");

    // Every page says where its content may come from and that it is never framed, and
    // gives a browser its anti-forgery token: a cookie, and a field in each post form.
    let (status, answer) = raw(
        addr,
        &format!("GET /login HTTP/1.1\r\nHost: {addr}\r\n"),
        "",
    );
    assert_eq!(status, 200);
    let token = answer
        .split("qb_csrf=")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .expect("a qb_csrf cookie")
        .to_string();
    assert!(
        answer.contains(&format!(
            "<input type=\"hidden\" name=\"csrf\" value=\"{token}\">"
        )),
        "the sign-in form carries the token"
    );
    assert!(
        answer.contains(&format!("<meta name=\"csrf-token\" content=\"{token}\">")),
        "the page's script finds it"
    );

    // From the portal's own page without the token (a forgery that got past the origin
    // check), or with another, nothing happens.
    for sent in ["", "X-CSRF-Token: 00000000000000000000000000000000\r\n"] {
        let (status, answer) = raw(
            addr,
            &format!(
                "POST /api/act HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nCookie: qb_user=ent-jinggong; qb_csrf={token}\r\n{sent}Content-Type: application/json\r\n"
            ),
            start,
        );
        assert_eq!(status, 403, "{answer}");
        assert!(answer.contains("刷新页面"), "{answer}");
    }
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /login HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nCookie: qb_csrf={token}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        ),
        "user=ent-jinggong",
    );
    assert_eq!(status, 403, "sign-in without the form's token: {answer}");
    assert_eq!(cases(), 0, "nothing was started");

    // With the token, as the page's script sends it, the action goes through; the sign-in
    // form's own field signs in.
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /api/act HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nCookie: qb_user=ent-jinggong; qb_csrf={token}\r\nX-CSRF-Token: {token}\r\nContent-Type: application/json\r\n"
        ),
        start,
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(cases(), 1);
    let (status, answer) = raw(
        addr,
        &format!(
            "POST /login HTTP/1.1\r\nHost: {addr}\r\nSec-Fetch-Site: same-origin\r\nCookie: qb_csrf={token}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        ),
        &format!("user=ent-jinggong&csrf={token}"),
    );
    assert_eq!(status, 303, "{answer}");
    assert!(answer.contains("qb_user=ent-jinggong"), "{answer}");
    let head = answer
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    assert!(
        head.contains("content-security-policy: default-src 'self'"),
        "{head}"
    );
    assert!(head.contains("frame-ancestors 'none'"), "{head}");
    assert!(head.contains("x-frame-options: deny"), "{head}");
}

/// Upload quotas: a person may hold 100 files not yet filed with an action; the next is
/// refused with a reason and not stored, and filing them frees the quota.
#[test]
fn uploads_not_yet_filed_have_a_quota() {
    use host_sim::contract::Action;
    use host_sim::contract_forms::UploadRequest;
    let mut sim = sim("bounds_upload_quota");
    open_batch(&mut sim);
    let a = round_of(&sim, 1).remove(0);
    sim.act(
        &a.user,
        host_sim::demo::request(None, "start-application", vec![], None),
    )
    .expect("start");
    let upload = |sim: &mut host_sim::Sim, i: usize| {
        let content = host_sim::demo::sample_pdf(&format!("证明材料{i}.pdf"));
        let request = UploadRequest {
            case_id: Some(a.case()),
            action: Action::EditMaterials,
            field: "evidence".into(),
            name: format!("证明材料{i}.pdf"),
            media_type: "application/pdf".into(),
            size: content.len() as u64,
        };
        sim.upload(&a.user, request, &content)
    };
    let limit = host_sim::bounds::PENDING_UPLOAD_FILES as usize;
    for i in 0..limit {
        upload(&mut sim, i).unwrap_or_else(|e| panic!("upload {i}: {e}"));
    }
    let stored = sim
        .count("SELECT COUNT(*) FROM attachments")
        .expect("count");
    let refused = upload(&mut sim, limit);
    assert_eq!(refusal_code(refused), "upload-quota");
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM attachments")
            .expect("count"),
        stored,
        "the refused file was not stored"
    );
}
