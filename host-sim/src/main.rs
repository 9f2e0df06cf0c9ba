//! host-sim command line (clap): the web portal, the scripted demo, module inspection,
//! installation and upgrade, the directory, the audit, the catalog and the forms tools
//! for OA integrators. Output goes through `Out`, so `host-sim … | head` ends quietly.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use host_sim::directory::{DEFAULT_DIRECTORY, Directory};
use host_sim::fields_json::{fields_from_json, forms_from_json};
use host_sim::{Sim, audit, db, demo, exports, module, params, portal};

/// 郑州市质量标杆插件的 OA 主机模拟器（host-sim）
#[derive(Parser)]
#[command(
    name = "host-sim",
    version,
    about = "郑州市质量标杆插件的 OA 主机模拟器：wasmtime + SQLite 模拟 OA 平台"
)]
struct Cli {
    /// 插件组件（.wasm）
    #[arg(
        long,
        global = true,
        env = "QB_PLUGIN",
        default_value = "target/wasm32-wasip2/release/qb_plugin.wasm"
    )]
    plugin: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 启动门户（模拟 OA）：导入组织目录后在本机地址提供网页，并按时执行到期的定时事项
    Serve {
        /// 数据库文件
        #[arg(long, default_value = "var/portal.sqlite")]
        db: PathBuf,
        /// 监听地址（端口 0 自动选择）
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// 模拟时钟起点（RFC 3339，如 2026-03-16T10:00:00+08:00）；管理员可在门户或经 API 向后调整。默认用系统时间
        #[arg(long)]
        clock: Option<String>,
        /// 由市工信局开启本年度批次，企业可直接申报
        #[arg(long)]
        demo_data: bool,
        /// 另外接受的主机名（Host 头），如经反向代理访问时的域名 oa.example.gov.cn；可重复
        #[arg(long = "allow-host")]
        allow_host: Vec<String>,
    },
    /// 运行脚本化演示（开启批次 → 企业申报 → 区县推荐）
    Demo {
        #[arg(long, default_value = "var/demo.sqlite")]
        db: PathBuf,
    },
    /// 查看插件：契约版本、导入导出接口、大小、sha256
    Inspect { file: PathBuf },
    /// 安装或升级插件（保留全部数据；契约不兼容则拒绝）
    Install {
        #[arg(long)]
        db: PathBuf,
        file: PathBuf,
    },
    /// 列出已安装的插件模块
    Modules {
        #[arg(long)]
        db: PathBuf,
    },
    /// 组织目录
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// 校验审计记录：流转记录的哈希链与密钥校验值、附件摘要；有问题时以非零状态退出并指出第一处
    Verify {
        #[arg(long)]
        db: PathBuf,
        /// 流转记录密钥文件（默认：数据库文件名加 .history-key）
        #[arg(long)]
        history_key: Option<PathBuf>,
    },
    /// 插件目录：阶段、操作、定时器、拒绝代码（Markdown 表格，docs/contract.md 引用）
    Catalog {
        /// 以 Markdown 输出（默认即是）
        #[arg(long)]
        markdown: bool,
    },
    /// 表单工具
    Forms {
        #[command(subcommand)]
        command: FormsCommand,
    },
    /// 导入省级申报名单（第十一条）
    Import {
        #[command(subcommand)]
        command: exports::ImportCommand,
    },
    /// 导出：BPMN 流程图、推荐省级名单、申报表等文档
    Export {
        #[command(subcommand)]
        command: exports::ExportCommand,
    },
    /// 场景文件（docs/scenarios.md）
    Scenario {
        #[command(subcommand)]
        command: ScenarioCommand,
    },
}

#[derive(Subcommand)]
enum ScenarioCommand {
    /// 运行场景文件：每个场景用新的数据库，每个场景一行结果，任一失败则退出码非零
    Run {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// 在 PostgreSQL 上运行：每个场景在此库旁新建一个数据库（postgres://…）
        #[arg(long)]
        db: Option<String>,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// 导入或更新组织目录（按主键更新，可重复执行）
    Load {
        file: PathBuf,
        #[arg(long)]
        db: PathBuf,
    },
}

#[derive(Subcommand)]
enum FormsCommand {
    /// 列出插件定义的表单
    List,
    /// 打印表单定义（JSON）
    Show { id: String },
    /// 校验填好的表单（字段数组，或 {表单id: 字段数组}）
    Validate {
        id: String,
        file: PathBuf,
        /// 按草稿校验（必填项可空）
        #[arg(long)]
        draft: bool,
    },
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
fn scratch_sim(plugin: &Path) -> Result<(Sim, tempdir::TempDb)> {
    let tmp = tempdir::TempDb::new()?;
    let sim = Sim::open(&tmp.path, &read_plugin(plugin)?)?;
    Ok((sim, tmp))
}

mod tempdir {
    /// A database file (and its history key) removed on drop.
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
            for suffix in ["", "-wal", "-shm", ".history-key"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", self.path.display()));
            }
        }
    }
}

fn run(cli: Cli, out: &mut impl Write) -> Result<()> {
    let plugin = cli.plugin.as_path();
    match cli.command {
        Command::Demo { db } => {
            if !db::is_file(&db) {
                bail!("演示在一个新的 SQLite 文件上运行，请给出文件路径");
            }
            if let Some(dir) = db.parent() {
                std::fs::create_dir_all(dir)?;
            }
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            demo::run(&db, &read_plugin(plugin)?)
        }
        Command::Inspect { file } => {
            let info = module::inspect(&read_plugin(&file)?)?;
            writeln!(
                out,
                "文件：{}\n大小：{} 字节\nsha256：{}",
                file.display(),
                info.size,
                info.sha256
            )?;
            writeln!(
                out,
                "契约版本：{}",
                info.contract.as_deref().unwrap_or("（无）")
            )?;
            writeln!(out, "导出：")?;
            for e in &info.exports {
                writeln!(out, "  {e}")?;
            }
            writeln!(out, "导入：")?;
            for i in &info.imports {
                writeln!(out, "  {i}")?;
            }
            match module::check_compatible(&info) {
                Ok(()) => writeln!(
                    out,
                    "兼容性：可安装（主机契约 {}@{}）",
                    module::CONTRACT_PACKAGE,
                    module::CONTRACT_VERSION
                )?,
                Err(e) => writeln!(out, "兼容性：{e}")?,
            }
            Ok(())
        }
        Command::Install { db, file } => install(&db, &file, out),
        Command::Modules { db } => modules(&db, out),
        Command::Directory {
            command: DirectoryCommand::Load { file, db },
        } => {
            let dir = Directory::from_file(&file)?;
            dir.load(&db::open(&db)?)?;
            writeln!(
                out,
                "已导入组织目录：{} 名人员，{} 家企业登记信息 → {}",
                dir.users.len(),
                dir.enterprises.len(),
                db.display()
            )?;
            Ok(())
        }
        Command::Serve {
            db,
            listen,
            clock,
            demo_data,
            allow_host,
        } => serve(
            plugin,
            &db,
            &listen,
            clock.as_deref(),
            demo_data,
            allow_host,
        ),
        Command::Verify { db, history_key } => verify(&db, history_key, out),
        Command::Scenario {
            command: ScenarioCommand::Run { files, db },
        } => {
            if let Some(url) = db
                .as_deref()
                .filter(|u| !host_sim::store::is_postgres_url(u))
            {
                bail!("--db 应为 PostgreSQL 地址（postgres://…），而不是 {url}");
            }
            let failed =
                host_sim::scenario::run_files(&files, &read_plugin(plugin)?, db.as_deref(), out)?;
            if failed > 0 {
                bail!("{failed} 个场景未通过");
            }
            Ok(())
        }
        Command::Catalog { markdown: _ } => {
            let (sim, _tmp) = scratch_sim(plugin)?;
            write!(out, "{}", host_sim::catalog_doc::markdown(sim.catalog()))?;
            Ok(())
        }
        Command::Import { command } => exports::import(&read_plugin(plugin)?, command, out),
        Command::Export {
            command: exports::ExportCommand::Bpmn { out: file },
        } => {
            let (sim, _tmp) = scratch_sim(plugin)?;
            exports::export_bpmn(&sim, file.as_deref(), out)
        }
        Command::Export { command } => exports::export(&read_plugin(plugin)?, command, out),
        Command::Forms {
            command: FormsCommand::List,
        } => {
            let (mut sim, _tmp) = scratch_sim(plugin)?;
            for (id, title) in sim.list_forms()? {
                writeln!(out, "{id}\t{title}")?;
            }
            Ok(())
        }
        Command::Forms {
            command: FormsCommand::Show { id },
        } => {
            let (mut sim, _tmp) = scratch_sim(plugin)?;
            demo::prepare(&sim, &host_sim::clock::system_now())?;
            let form = sim.describe("admin", &id, None)?;
            writeln!(out, "{}", serde_json::to_string_pretty(&form.definition)?)?;
            Ok(())
        }
        Command::Forms {
            command: FormsCommand::Validate { id, file, draft },
        } => {
            let (mut sim, _tmp) = scratch_sim(plugin)?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("读取 {}", file.display()))?;
            let v: serde_json::Value = serde_json::from_str(&text).context("文件不是 JSON")?;
            let fields = if v.is_array() {
                fields_from_json(&v)
            } else {
                forms_from_json(&v).map(|forms| {
                    forms
                        .into_iter()
                        .filter(|(f, _)| *f == id)
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
            let errors = sim.validate(&id, &fields, !draft, year)?;
            if errors.is_empty() {
                writeln!(out, "校验通过：{} 个字段", fields.len())?;
                return Ok(());
            }
            for e in &errors {
                writeln!(out, "{}\t{}\t{}", e.field, e.code, e.message)?;
            }
            bail!("{} 处错误", errors.len())
        }
    }
}

/// `verify`: the audit of an existing database, with or without the history key.
fn verify(db: &Path, key_path: Option<PathBuf>, out: &mut impl Write) -> Result<()> {
    if db::is_file(db) && !db.exists() {
        bail!("数据库 {} 不存在", db.display());
    }
    let key_path = match key_path {
        Some(path) => path,
        None => audit::default_key_path(db)?,
    };
    let key = audit::read_key(&key_path)?;
    let report = audit::verify(&db::open(db)?, key.as_deref())?;
    for line in report.lines() {
        writeln!(out, "{line}")?;
    }
    if !report.intact() {
        bail!("审计校验未通过");
    }
    writeln!(out, "审计校验通过")?;
    Ok(())
}

/// Install or upgrade: the contract is checked before the database is touched, and an
/// upgrade keeps every record (the schema migrates forward; cases keep their state).
fn install(db: &Path, file: &Path, out: &mut impl Write) -> Result<()> {
    let bytes = read_plugin(file)?;
    let info = module::inspect(&bytes)?;
    module::check_compatible(&info)?;
    let sim = Sim::open(db, &bytes)?;
    let count = |t: &str| sim.count(&format!("SELECT COUNT(*) FROM {t}")).unwrap_or(0);
    writeln!(
        out,
        "已安装：契约 {}，{} 字节，sha256 {}",
        sim.module().contract.as_deref().unwrap_or("?"),
        sim.module().size,
        sim.module().sha256
    )?;
    writeln!(
        out,
        "已有记录均保留：{} 个事项，{} 条流转记录，{} 条通知，{} 个待办",
        count("cases"),
        count("history"),
        count("outbox"),
        count("tasks")
    )?;
    Ok(())
}

fn modules(db: &Path, out: &mut impl Write) -> Result<()> {
    let conn = db::open(db)?;
    let rows = conn.query_map(
        "SELECT sha256, contract, size, installed_at, active FROM modules ORDER BY id",
        params![],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<String>(1)?,
                r.get::<i64>(2)?,
                r.get::<String>(3)?,
                r.get::<bool>(4)?,
            ))
        },
    )?;
    writeln!(out, "状态\t契约\t大小（字节）\t安装时间\tsha256")?;
    for (sha, contract, size, at, active) in rows {
        let state = if active { "运行中" } else { "已停用" };
        writeln!(out, "{state}\t{contract}\t{size}\t{at}\t{sha}")?;
    }
    Ok(())
}

/// The portal on an embedded SQLite file, with the directory seeded.
fn serve(
    plugin: &Path,
    db: &Path,
    listen: &str,
    clock: Option<&str>,
    demo_data: bool,
    allow_host: Vec<String>,
) -> Result<()> {
    if let Some(dir) = db.parent().filter(|_| db::is_file(db)) {
        std::fs::create_dir_all(dir)?;
    }
    let (mut sim, note) = Sim::open_serving(db, &read_plugin(plugin)?).context("打开 host-sim")?;
    if let Some(note) = note {
        tracing::warn!("{note}");
    }
    Directory::parse(DEFAULT_DIRECTORY)?.load(sim.connection())?;
    match clock {
        Some(t) => sim.set_clock(t)?,
        // A clock left behind by a scenario would freeze the portal's time.
        None => {
            sim.connection()
                .execute("DELETE FROM settings WHERE key = 'clock'", params![])?;
        }
    }
    if demo_data {
        seed_demo_data(&mut sim)?;
    }
    let m = sim.module();
    println!(
        "插件：契约 {}，{} 字节，sha256 {}",
        m.contract.as_deref().unwrap_or("?"),
        m.size,
        &m.sha256[..16]
    );
    match db.to_str().filter(|_| !db::is_file(db)) {
        Some(url) => println!("数据库：PostgreSQL {}", host_sim::store::redacted(url)),
        None => println!("数据库：{}", db.display()),
    }
    portal::serve(sim, listen, allow_host, |addr| {
        println!("门户已启动：http://{addr}/");
        println!("（模拟单点登录：选择任一人员即可登录，无需密码；按 Ctrl+C 停止）");
    })
}

/// The city bureau opens the current year's batch, so an enterprise can apply at once.
/// The demo's deadlines move later when today is already past them.
fn seed_demo_data(sim: &mut Sim) -> Result<()> {
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
    let calendar = sim.calendar().clone();
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
    // The operator log (the portal's and the plugin's lines) goes to stderr; RUST_LOG
    // chooses how much (default: info).
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_target(true)
        .init();
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out).and_then(|()| out.flush().map_err(Into::into)) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped reading (`| head`) is not an error.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("错误：{e:#}");
            ExitCode::FAILURE
        }
    }
}
