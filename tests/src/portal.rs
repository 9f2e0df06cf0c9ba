//! `host-sim serve` as a browser or an integrator meets it: a child process on a loopback
//! port, spoken to over plain HTTP/1.1 (a few lines of std, no client crate).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

/// A running portal, killed when dropped.
pub struct Portal {
    child: Child,
    pub addr: String,
}

/// The built host-sim binary (`scripts/test` builds it before the tests).
pub fn host_sim_binary() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(|p| p.join("target/release/host-sim"))
        .unwrap_or_default()
}

impl Portal {
    /// Serve `db` with a simulated clock starting at `clock`.
    pub fn start(db: &Path, clock: &str) -> Portal {
        Portal::start_with_env(db, clock, &[])
    }

    /// … with these environment variables (fault injection).
    pub fn start_with_env(db: &Path, clock: &str, env: &[(&str, &str)]) -> Portal {
        Portal::spawn(db, clock, env, Stdio::null())
    }

    /// … writing its operator log, at `RUST_LOG`'s level, to `log`.
    pub fn start_logging_to(db: &Path, clock: &str, rust_log: &str, log: &Path) -> Portal {
        let file = std::fs::File::create(log).expect("log file");
        Portal::spawn(db, clock, &[("RUST_LOG", rust_log)], Stdio::from(file))
    }

    /// … with the plugin built with fault injection (`fault_plugin`), writing its log
    /// to `log`.
    pub fn start_faulty_logging_to(db: &Path, clock: &str, rust_log: &str, log: &Path) -> Portal {
        let file = std::fs::File::create(log).expect("log file");
        let plugin = crate::fault_plugin_path();
        Portal::spawn_with(
            db,
            clock,
            &plugin,
            &[("RUST_LOG", rust_log)],
            Stdio::from(file),
        )
    }

    fn spawn(db: &Path, clock: &str, env: &[(&str, &str)], stderr: Stdio) -> Portal {
        let plugin = crate::workspace().join("target/wasm32-wasip2/release/qb_plugin.wasm");
        Portal::spawn_with(db, clock, &plugin, env, stderr)
    }

    fn spawn_with(
        db: &Path,
        clock: &str,
        plugin: &Path,
        env: &[(&str, &str)],
        stderr: Stdio,
    ) -> Portal {
        let mut child = Command::new(host_sim_binary())
            .envs(env.iter().copied())
            .args(["serve", "--listen", "127.0.0.1:0", "--clock", clock, "--db"])
            .arg(db)
            .arg("--plugin")
            .arg(plugin)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start host-sim serve (build it first: cargo build --release -p host-sim)");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let addr = loop {
            let line = lines
                .next()
                .expect("host-sim serve printed its address")
                .expect("read");
            if let Some(rest) = line.split("http://").nth(1) {
                break rest.trim_end_matches('/').to_string();
            }
        };
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Portal { child, addr }
    }

    /// One request; returns the status, the headers (lower-case names) and the body.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        user: Option<&str>,
        content_type: Option<&str>,
        body: &[u8],
    ) -> (u16, Vec<(String, String)>, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .expect("timeout");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if let Some(u) = user {
            head.push_str(&format!("Cookie: qb_user={u}\r\n"));
        }
        if let Some(t) = content_type {
            head.push_str(&format!("Content-Type: {t}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).expect("write");
        stream.write_all(body).expect("write body");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read");
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let mut body = raw[split + 4..].to_vec();
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|s| s.parse().ok())
            .expect("a status");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        if headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"))
        {
            body = dechunk(&body);
        }
        (status, headers, body)
    }

    /// GET a page as `user`: status and text.
    pub fn get(&self, path: &str, user: Option<&str>) -> (u16, String) {
        let (status, _, body) = self.request("GET", path, user, None, b"");
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    /// POST JSON as `user`: status and the JSON answer.
    pub fn post_json(&self, path: &str, user: &str, body: &Value) -> (u16, Value) {
        let (status, _, raw) = self.request(
            "POST",
            path,
            Some(user),
            Some("application/json"),
            body.to_string().as_bytes(),
        );
        (status, serde_json::from_slice(&raw).unwrap_or(Value::Null))
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[eol + 2..eol + 2 + size]);
        body = &body[eol + 2 + size + 2..];
    }
}

impl Portal {
    /// The portal's process id (the bench reads its CPU time).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL the portal, as a power cut or the OOM killer would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// POST JSON to a portal at `addr` as `user`; `None` if no whole answer came back (the
/// portal died, the connection dropped): that request was not acknowledged.
pub fn try_post(addr: &str, path: &str, user: &str, body: &Value) -> Option<(u16, String)> {
    try_post_with(addr, path, user, body, &[]).map(|(status, _, body)| (status, body))
}

/// Percent-encoding of a path segment or query value, as a browser sends it.
pub fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The value of header `name` (lower case) in an answer's headers.
pub fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A whole answer: status, headers (lower-case names) and body.
pub type Answer = (u16, Vec<(String, String)>, String);

/// `try_post` with extra request headers; the answer's headers too.
pub fn try_post_with(
    addr: &str,
    path: &str,
    user: &str,
    body: &Value,
    headers: &[(&str, &str)],
) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .ok()?;
    let body = body.to_string();
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: qb_user={user}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(body.as_bytes()).ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let status = head
        .lines()
        .next()?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    let length: usize = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())?;
    let body = raw.get(split + 4..split + 4 + length)?;
    let headers = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((status, headers, String::from_utf8_lossy(body).into_owned()))
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
