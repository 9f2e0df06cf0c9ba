//! Module management: what a plugin file is (contract version, imports, exports, size,
//! sha256) and whether this host can run it.

use anyhow::{Result, bail};
use sha2::{Digest, Sha256};
use wasmparser::{Parser, Payload};

/// The contract package this host implements.
pub const CONTRACT_PACKAGE: &str = "zhengzhou:quality-benchmark";
/// The contract version this host implements; compatible plugins share major (and, for 0.x, minor).
pub const CONTRACT_VERSION: &str = "0.3.0";

/// Interfaces a plugin must export.
pub const REQUIRED_EXPORTS: &[&str] = &["forms", "approval"];

/// Imports a plugin may never have: ambient files, network, time or randomness would
/// break the sandbox or the plugin's determinism.
pub const FORBIDDEN_IMPORTS: &[&str] = &[
    "wasi:filesystem",
    "wasi:sockets",
    "wasi:http",
    "wasi:clocks",
    "wasi:random",
];

/// What a plugin file says about itself.
#[derive(Debug, Clone)]
pub struct ModuleInfo {
    pub size: usize,
    pub sha256: String,
    /// Version of the contract package its exports implement.
    pub contract: Option<String>,
    pub imports: Vec<String>,
    pub exports: Vec<String>,
}

/// Read a component's top-level imports and exports without compiling it.
pub fn inspect(bytes: &[u8]) -> Result<ModuleInfo> {
    if !wasmparser::Parser::is_component(bytes) {
        bail!("不是 WebAssembly 组件（component）文件");
    }
    let mut imports = Vec::new();
    let mut exports = Vec::new();
    let mut depth = 0usize;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload? {
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) => depth = depth.saturating_sub(1),
            Payload::ComponentImportSection(reader) if depth == 0 => {
                for import in reader {
                    imports.push(import?.name.name.to_string());
                }
            }
            Payload::ComponentExportSection(reader) if depth == 0 => {
                for export in reader {
                    exports.push(export?.name.name.to_string());
                }
            }
            _ => {}
        }
    }
    let prefix = format!("{CONTRACT_PACKAGE}/");
    let contract = exports
        .iter()
        .filter_map(|e| e.strip_prefix(&prefix))
        .find_map(|e| e.split_once('@').map(|(_, v)| v.to_string()));
    Ok(ModuleInfo {
        size: bytes.len(),
        sha256: crate::db::hex(&Sha256::digest(bytes)),
        contract,
        imports,
        exports,
    })
}

/// The (major, minor) that must match between host and plugin, per semver's 0.x rule.
fn compat_key(version: &str) -> Option<(u64, u64)> {
    let mut parts = version.split(['.', '-', '+']);
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some(if major == 0 { (0, minor) } else { (major, 0) })
}

/// Refuse a plugin whose contract this host does not implement, or that imports an ambient capability.
pub fn check_compatible(info: &ModuleInfo) -> Result<()> {
    let Some(version) = &info.contract else {
        bail!("该组件没有导出 {CONTRACT_PACKAGE} 契约接口，不是质量标杆插件");
    };
    if compat_key(version).is_none() || compat_key(version) != compat_key(CONTRACT_VERSION) {
        bail!(
            "插件契约版本 {version} 与本主机支持的 {CONTRACT_PACKAGE}@{CONTRACT_VERSION} 不兼容，拒绝安装"
        );
    }
    for required in REQUIRED_EXPORTS {
        let name = format!("{CONTRACT_PACKAGE}/{required}@{version}");
        if !info.exports.contains(&name) {
            bail!("插件缺少导出接口 {name}");
        }
    }
    if let Some(bad) = info
        .imports
        .iter()
        .find(|i| FORBIDDEN_IMPORTS.iter().any(|f| i.starts_with(f)))
    {
        bail!("插件导入了不允许的能力 {bad}（插件不得访问文件、网络、时钟或随机数）");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver_compatibility() {
        assert_eq!(compat_key("0.2.0"), compat_key("0.2.7"));
        assert_ne!(compat_key("0.1.0"), compat_key("0.2.0"));
        assert_ne!(compat_key("0.1.0"), compat_key("0.2.0"));
        assert_eq!(compat_key("1.2.0"), compat_key("1.9.1"));
        assert_ne!(compat_key("1.0.0"), compat_key("2.0.0"));
        assert!(compat_key("x").is_none());
    }
}
