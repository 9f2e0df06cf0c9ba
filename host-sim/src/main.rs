//! host-sim command line: the web portal, the scripted demo, module inspection,
//! installation and upgrade, the directory, and the forms tools for OA integrators.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use host_sim::directory::{DEFAULT_DIRECTORY, Directory};
use host_sim::fields_json::{fields_from_json, forms_from_json};
use host_sim::{Sim, db, demo, module, portal};

const USAGE: &str = "host-sim — 郑州市质量标杆插件的 OA 主机模拟器

用法：
  host-sim serve [--db var/portal.sqlite] [--listen 127.0.0.1:8080] [--clock 时间] [--demo-data]
                                               启动门户（模拟 OA）：导入组织目录后在本机地址提供网页；
                                               --clock 固定模拟时钟（RFC 3339），默认用系统时间；
                                               --demo-data 由市工信局开启本年度批次，企业可直接申报
  host-sim demo [--db 文件]                    运行脚本化演示（开启批次 → 企业申报 → 区县推荐）
  host-sim inspect <插件.wasm>                 查看插件：契约版本、导入导出接口、大小、sha256
  host-sim install --db 文件 <插件.wasm>       安装或升级插件（保留全部数据；契约不兼容则拒绝）
  host-sim modules --db 文件                   列出已安装的插件模块
  host-sim directory load <目录.json> --db 文件
                                               导入或更新组织目录（按主键更新，可重复执行）
  host-sim catalog [--markdown]                列出插件目录：阶段、操作、定时器、拒绝代码（--markdown 输出文档表格）
  host-sim forms list                          列出插件定义的表单
  host-sim forms show <表单id>                 打印表单定义（JSON）
  host-sim forms validate <表单id> <文件.json> [--draft]
                                               校验填好的表单（字段数组，或 {表单id: 字段数组}）
  host-sim scenario run <场景.json>...         运行场景文件（docs/scenarios.md），每个场景用新的数据库；
                                               每个场景一行结果，任一失败则退出码非零

公共选项：--plugin <插件.wasm>（默认 $QB_PLUGIN 或 target/wasm32-wasip2/release/qb_plugin.wasm）";

struct Args {
    words: Vec<String>,
    db: Option<PathBuf>,
    plugin: Option<PathBuf>,
    draft: bool,
    listen: Option<String>,
    clock: Option<String>,
    demo_data: bool,
}

fn parse(mut raw: impl Iterator<Item = String>) -> Result<Args> {
    let mut args = Args {
        words: Vec::new(),
        db: None,
        plugin: None,
        draft: false,
        listen: None,
        clock: None,
        demo_data: false,
    };
    while let Some(a) = raw.next() {
        match a.as_str() {
            "--db" => args.db = Some(raw.next().context("--db 需要文件路径")?.into()),
            "--plugin" => args.plugin = Some(raw.next().context("--plugin 需要文件路径")?.into()),
            "--draft" => args.draft = true,
            // The catalog prints as Markdown; the flag says so for readers of scripts.
            "--markdown" => {}
            "--listen" => {
                args.listen = Some(raw.next().context("--listen 需要地址，如 127.0.0.1:8080")?)
            }
            "--clock" => {
                args.clock = Some(
                    raw.next()
                        .context("--clock 需要时间，如 2026-03-16T10:00:00+08:00")?,
                )
            }
            "--demo-data" => args.demo_data = true,
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
        ["install", file] => install(&args, file),
        ["modules"] => modules(&args),
        ["directory", "load", file] => {
            let db = args.db.clone().context("directory load 需要 --db 文件")?;
            let dir = Directory::from_file(Path::new(file))?;
            dir.load(&db::open(&db)?)?;
            println!(
                "已导入组织目录：{} 名人员，{} 家企业登记信息 → {}",
                dir.users.len(),
                dir.enterprises.len(),
                db.display()
            );
            Ok(())
        }
        ["serve"] => serve(&args),
        ["catalog"] => {
            let (sim, _tmp) = scratch_sim(&args)?;
            print!("{}", host_sim::catalog_doc::markdown(sim.catalog()));
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
            let year = sim
                .now()?
                .get(..4)
                .and_then(|y| y.parse().ok())
                .unwrap_or(2026);
            let errors = sim.validate(id, &fields, !args.draft, year)?;
            if errors.is_empty() {
                println!("校验通过：{} 个字段", fields.len());
                return Ok(());
            }
            for e in &errors {
                println!("{}\t{}\t{}", e.field, e.code, e.message);
            }
            bail!("{} 处错误", errors.len())
        }
        ["scenario", "run", files @ ..] if !files.is_empty() => {
            let failed = host_sim::scenario::run_files(files, &read_plugin(&plugin_path(&args))?)?;
            if failed > 0 {
                bail!("{failed} 个场景未通过");
            }
            Ok(())
        }
        ["help"] | [] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => bail!("无法识别的命令\n\n{USAGE}"),
    }
}

/// Install or upgrade: the contract is checked before the database is touched, and an
/// upgrade keeps every record (the schema migrates forward; cases keep their state).
fn install(args: &Args, file: &str) -> Result<()> {
    let db = args.db.clone().context("install 需要 --db 文件")?;
    let bytes = read_plugin(Path::new(file))?;
    let info = module::inspect(&bytes)?;
    module::check_compatible(&info)?;
    let sim = Sim::open(&db, &bytes)?;
    let count = |t: &str| sim.count(&format!("SELECT COUNT(*) FROM {t}")).unwrap_or(0);
    println!(
        "已安装：契约 {}，{} 字节，sha256 {}",
        sim.module().contract.as_deref().unwrap_or("?"),
        sim.module().size,
        sim.module().sha256
    );
    println!(
        "已有记录均保留：{} 个事项，{} 条流转记录，{} 条通知，{} 个待办",
        count("cases"),
        count("history"),
        count("outbox"),
        count("tasks")
    );
    Ok(())
}

fn modules(args: &Args) -> Result<()> {
    let db = args.db.clone().context("modules 需要 --db 文件")?;
    let conn = db::open(&db)?;
    let mut stmt = conn
        .prepare("SELECT sha256, contract, size, installed_at, active FROM modules ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, bool>(4)?,
        ))
    })?;
    println!("状态\t契约\t大小（字节）\t安装时间\tsha256");
    for row in rows {
        let (sha, contract, size, at, active) = row?;
        let state = if active { "运行中" } else { "已停用" };
        println!("{state}\t{contract}\t{size}\t{at}\t{sha}");
    }
    Ok(())
}

/// The portal on an embedded SQLite file, with the directory seeded.
fn serve(args: &Args) -> Result<()> {
    let db = args
        .db
        .clone()
        .unwrap_or_else(|| PathBuf::from("var/portal.sqlite"));
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let listen = args.listen.as_deref().unwrap_or("127.0.0.1:8080");
    let mut sim = Sim::open(&db, &read_plugin(&plugin_path(args))?).context("打开 host-sim")?;
    Directory::parse(DEFAULT_DIRECTORY)?.load(sim.connection())?;
    match &args.clock {
        Some(t) => sim.set_clock(t)?,
        // A clock left behind by a scenario would freeze the portal's time.
        None => {
            sim.connection()
                .execute("DELETE FROM settings WHERE key = 'clock'", [])?;
        }
    }
    if args.demo_data {
        demo_data(&mut sim)?;
    }
    let m = sim.module();
    println!(
        "插件：契约 {}，{} 字节，sha256 {}",
        m.contract.as_deref().unwrap_or("?"),
        m.size,
        &m.sha256[..16]
    );
    println!("数据库：{}", db.display());
    portal::serve(sim, listen, |addr| {
        println!("门户已启动：http://{addr}/");
        println!("（模拟单点登录：选择任一人员即可登录，无需密码；按 Ctrl+C 停止）");
    })
}

/// The city bureau opens the current year's batch, so an enterprise can apply at once.
/// The demo's deadlines move later when today is already past them.
fn demo_data(sim: &mut Sim) -> Result<()> {
    let now = sim.now()?;
    let today = now.get(..10).context("时钟无效")?;
    let year: u16 = today[..4].parse().context("时钟年份无效")?;
    let batches = sim.count(&format!(
        "SELECT COUNT(*) FROM cases WHERE kind = 'batch' AND year = {year}"
    ))?;
    if batches > 0 {
        println!("演示数据：{year}年度批次已存在");
        return Ok(());
    }
    let calendar = host_sim::calendar::Calendar::official()?;
    let later = |days: u32, last: &str| {
        calendar
            .add_working_days(today, days)
            .ok()
            .filter(|d| d.starts_with(&year.to_string()))
            .unwrap_or_else(|| format!("{year}-{last}"))
    };
    let mut config = demo::batch_config(year);
    for (id, date) in [
        ("application-deadline", later(20, "12-30")),
        ("district-deadline", later(40, "12-31")),
    ] {
        if let Some(f) = config.iter_mut().find(|f| f.id == id)
            && let host_sim::contract::FieldValue::Date(d) = &mut f.value
            && d.as_str() < date.as_str()
        {
            *d = date;
        }
    }
    let request = demo::request(None, "open-batch", config, Some("演示数据：开启年度申报"));
    match sim.act(demo::OFFICER, request) {
        Ok(_) => println!("演示数据：市工信局已发布{year}年度申报通知"),
        Err(e) => {
            println!("演示数据：未能开启{year}年度批次（{e}），请由市工信局经办人员在门户中发布")
        }
    }
    Ok(())
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
