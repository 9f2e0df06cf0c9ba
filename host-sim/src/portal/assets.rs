//! The portal's stylesheet and script, embedded at build time: no frontend build step,
//! nothing to deploy besides the binary.

use super::http::Resp;

const CSS: &str = include_str!("../../static/portal.css");
const JS: &str = include_str!("../../static/portal.js");

pub fn get(name: &str) -> Result<Resp, Resp> {
    match name {
        "portal.css" => Ok(Resp::bytes(
            "text/css; charset=utf-8",
            CSS.as_bytes().to_vec(),
        )),
        "portal.js" => Ok(Resp::bytes(
            "text/javascript; charset=utf-8",
            JS.as_bytes().to_vec(),
        )),
        _ => Err(Resp::status(404, "文件不存在")),
    }
}
