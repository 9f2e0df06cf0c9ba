//! host-sim command line: the scripted demo, module inspection and installation, and
//! the forms tools for OA integrators.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use host_sim::fields_json::{fields_from_json, forms_from_json};
use host_sim::{Sim, demo, module};

const USAGE: &str = "host-sim — 郑州市质量标杆插件的 OA 主机模拟器

用法：
  host-sim demo [--db 文件]                    运行脚本化演示（开启批次 → 企业申报 → 区县推荐）
  host-sim inspect <插件.wasm>                 查看插件：契约版本、导入导出接口、大小、sha256
  host-sim install --db 文件 <插件.wasm>       安装或升级插件（保留全部数据）
  host-sim forms list                          列出插件定义的表单
  host-sim forms show <表单id>                 打印表单定义（JSON）
  host-sim forms validate <表单id> <文件.json> [--draft]
                                               校验填好的表单（字段数组，或 {表单id: 字段数组}）

公共选项：--plugin <插件.wasm>（默认 $QB_PLUGIN 或 target/wasm32-wasip2/release/qb_plugin.wasm）";

struct Args {
    words: Vec<String>,
    db: Option<PathBuf>,
    plugin: Option<PathBuf>,
    draft: bool,
}

fn parse(mut raw: impl Iterator<Item = String>) -> Result<Args> {
    let mut args = Args {
        words: Vec::new(),
        db: None,
        plugin: None,
        draft: false,
    };
    while let Some(a) = raw.next() {
        match a.as_str() {
            "--db" => args.db = Some(raw.next().context("--db 需要文件路径")?.into()),
            "--plugin" => args.plugin = Some(raw.next().context("--plugin 需要文件路径")?.into()),
            "--draft" => args.draft = true,
            "-h" | "--help" => args.words.insert(0, "help".into()),
            _ => args.words.push(a),
        }
    }
    Ok(args)
}

fn plugin_path(args: &Args) -> PathBuf {
    args.plugin
        .clone()
        .or_else(|| std::env::var_os("QB_PLUGIN").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("target/wasm32-wasip2/release/qb_plugin.wasm"))
}

fn read_plugin(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| {
        format!(
            "读取插件 {}（请先构建：cargo build -p qb-plugin --target wasm32-wasip2 --release）",
            path.display()
        )
    })
}

/// A scratch database for commands that only need the plugin.
fn scratch_sim(args: &Args) -> Result<(Sim, tempdir::TempDb)> {
    let tmp = tempdir::TempDb::new()?;
    let sim = Sim::open(&tmp.path, &read_plugin(&plugin_path(args))?)?;
    Ok((sim, tmp))
}

mod tempdir {
    /// A database file removed on drop.
    pub struct TempDb {
        pub path: std::path::PathBuf,
    }
    impl TempDb {
        pub fn new() -> anyhow::Result<Self> {
            let path = std::env::temp_dir().join(format!("host-sim-{}.sqlite", std::process::id()));
            Ok(TempDb { path })
        }
    }
    impl Drop for TempDb {
        fn drop(&mut self) {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", self.path.display()));
            }
        }
    }
}

fn run(args: Args) -> Result<()> {
    let words: Vec<&str> = args.words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["demo"] => {
            let db = args
                .db
                .clone()
                .unwrap_or_else(|| PathBuf::from("var/demo.sqlite"));
            if let Some(dir) = db.parent() {
                std::fs::create_dir_all(dir)?;
            }
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            demo::run(&db, &read_plugin(&plugin_path(&args))?)
        }
        ["inspect", file] => {
            let info = module::inspect(&read_plugin(Path::new(file))?)?;
            println!(
                "文件：{file}\n大小：{} 字节\nsha256：{}",
                info.size, info.sha256
            );
            println!("契约版本：{}", info.contract.as_deref().unwrap_or("（无）"));
            println!("导出：");
            info.exports.iter().for_each(|e| println!("  {e}"));
            println!("导入：");
            info.imports.iter().for_each(|i| println!("  {i}"));
            match module::check_compatible(&info) {
                Ok(()) => println!(
                    "兼容性：可安装（主机契约 {}@{}）",
                    module::CONTRACT_PACKAGE,
                    module::CONTRACT_VERSION
                ),
                Err(e) => println!("兼容性：{e}"),
            }
            Ok(())
        }
        ["install", file] => {
            let db = args.db.clone().context("install 需要 --db 文件")?;
            let sim = Sim::open(&db, &read_plugin(Path::new(file))?)?;
            println!(
                "已安装：契约 {}，sha256 {}",
                sim.module().contract.as_deref().unwrap_or("?"),
                sim.module().sha256
            );
            Ok(())
        }
        ["forms", "list"] => {
            let (mut sim, _tmp) = scratch_sim(&args)?;
            for (id, title) in sim.list_forms()? {
                println!("{id}\t{title}");
            }
            Ok(())
        }
        ["forms", "show", id] => {
            let (mut sim, _tmp) = scratch_sim(&args)?;
            demo::prepare(&sim, &host_sim::clock::system_now())?;
            let form = sim.describe("admin", id, None)?;
            println!("{}", serde_json::to_string_pretty(&form.definition)?);
            Ok(())
        }
        ["forms", "validate", id, file] => {
            let (mut sim, _tmp) = scratch_sim(&args)?;
            let text = std::fs::read_to_string(file).with_context(|| format!("读取 {file}"))?;
            let v: serde_json::Value = serde_json::from_str(&text).context("文件不是 JSON")?;
            let fields = if v.is_array() {
                fields_from_json(&v)
            } else {
                forms_from_json(&v).map(|forms| {
                    forms
                        .into_iter()
                        .filter(|(f, _)| f == id)
                        .flat_map(|(_, v)| v)
                        .collect()
                })
            }
            .map_err(|e| anyhow::anyhow!(e))?;
            let errors = sim.validate(id, &fields, !args.draft)?;
            if errors.is_empty() {
                println!("校验通过：{} 个字段", fields.len());
                return Ok(());
            }
            for e in &errors {
                println!("{}\t{}\t{}", e.field, e.code, e.message);
            }
            bail!("{} 处错误", errors.len())
        }
        ["help"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("无法识别的命令\n\n{USAGE}"),
    }
}

fn main() -> ExitCode {
    match parse(std::env::args().skip(1)).and_then(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("错误：{e:#}");
            ExitCode::FAILURE
        }
    }
}
