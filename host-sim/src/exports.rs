//! The files host-sim writes for people and for the province, and the one it reads
//! (issue 11): `host-sim export bpmn | province | documents` and
//! `host-sim import province`. Each command is a thin shell over its library module
//! (`bpmn`, `provincial`, `documents::from_case`), so tests drive the same code.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Sim;
use crate::documents::{self, from_case};
use crate::{bpmn, exchange, provincial};

/// The city officer who acts when `--as` is not given.
const OFFICER: &str = "city-officer-1";

#[derive(Subcommand)]
pub enum ImportCommand {
    /// 省级申报名单（XML，第十一条）：每个申报企业登记为市级申报；整份文件有任何问题则全部不导入
    Province {
        /// 省级申报名单文件（UTF-8 或 GBK/GB18030）
        file: PathBuf,
        #[arg(long)]
        db: PathBuf,
        /// 办理人（市工信局经办人员）
        #[arg(long = "as", default_value = OFFICER)]
        user: String,
    },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// BPMN 2.0 流程图（由插件目录生成，含 BPMNDI 布局）
    Bpmn {
        /// 输出文件（默认：标准输出）
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// 推荐申报河南省质量标杆名单（XML，第十一条）
    Province {
        #[arg(long)]
        year: u16,
        #[arg(long)]
        db: PathBuf,
        /// 推荐文号（默认：本年度认定名单的公布文号）
        #[arg(long)]
        document_number: Option<String>,
        #[arg(long = "as", default_value = OFFICER)]
        user: String,
        /// 输出文件（默认：标准输出）
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// 文档：一件申报的申报表和总结材料（--case），或年度的公示、认定名单和专家评审排名（--batch）
    Documents {
        /// 申报事项编号，如 app-2026-91410102MA44XKQ7PB
        #[arg(long, conflicts_with = "batch", required_unless_present = "batch")]
        case: Option<String>,
        /// 年度
        #[arg(long)]
        batch: Option<u16>,
        #[arg(long)]
        db: PathBuf,
        /// 输出目录
        #[arg(long)]
        out: PathBuf,
        #[arg(long = "as", default_value = OFFICER)]
        user: String,
        /// 公示的异议受理处室、联系人、电话、电子邮箱、地址（插件不保存这些，可在此给出）
        #[arg(long, default_value = "郑州市工业和信息化局")]
        office: String,
        #[arg(long, default_value = "")]
        contact: String,
        #[arg(long, default_value = "")]
        phone: String,
        #[arg(long, default_value = "")]
        email: String,
        #[arg(long, default_value = "")]
        address: String,
    },
}

/// Writes `bytes` to `out`, or to standard output.
fn emit(bytes: &[u8], out: Option<&Path>, stdout: &mut impl Write) -> Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, bytes).with_context(|| format!("写入 {}", path.display()))
        }
        None => Ok(stdout.write_all(bytes)?),
    }
}

fn open(db: &Path, component: &[u8]) -> Result<Sim> {
    if crate::db::is_file(db) && !db.exists() {
        bail!("数据库 {} 不存在", db.display());
    }
    Sim::open(db, component).context("打开 host-sim")
}

/// `host-sim export bpmn` on a scratch host with the plugin loaded.
pub fn export_bpmn(sim: &Sim, out: Option<&Path>, stdout: &mut impl Write) -> Result<()> {
    let xml = bpmn::export(sim.catalog())?;
    emit(xml.as_bytes(), out, stdout)
}

/// The recommendation to the province of `year`, as `user` sees it, in the exchange's
/// XML: the one path of `host-sim export province` and of the portal's download.
pub fn province_xml(
    sim: &mut Sim,
    user: &str,
    year: u16,
    document_number: Option<&str>,
) -> Result<Vec<u8>> {
    let rec = provincial::recommendation(sim, user, year, document_number)?;
    Ok(exchange::write_recommendation(&rec))
}

pub fn import(component: &[u8], cmd: ImportCommand, stdout: &mut impl Write) -> Result<()> {
    let ImportCommand::Province { file, db, user } = cmd;
    let bytes = std::fs::read(&file).with_context(|| format!("读取 {}", file.display()))?;
    let mut sim = open(&db, component)?;
    let done = provincial::import_round(&mut sim, &user, &bytes).map_err(|e| match e {
        provincial::ImportError::Refused(e) => {
            anyhow::anyhow!("{}：{e}（整份文件未导入）", file.display())
        }
        provincial::ImportError::Host(e) => e.context("导入失败，整份文件未导入"),
    })?;
    writeln!(
        stdout,
        "已登记{}年度省级申报企业{}家（其中{}家登记了申报材料）：",
        done.year,
        done.applications.len(),
        done.with_materials
    )?;
    for (case, name) in &done.applications {
        writeln!(stdout, "  {case}\t{name}")?;
    }
    Ok(())
}

pub fn export(component: &[u8], cmd: ExportCommand, stdout: &mut impl Write) -> Result<()> {
    match cmd {
        ExportCommand::Bpmn { .. } => bail!("export bpmn 不需要数据库"),
        ExportCommand::Province {
            year,
            db,
            document_number,
            user,
            out,
        } => {
            let mut sim = open(&db, component)?;
            let xml = province_xml(&mut sim, &user, year, document_number.as_deref())?;
            emit(&xml, out.as_deref(), stdout)
        }
        ExportCommand::Documents {
            case,
            batch,
            db,
            out,
            user,
            office,
            contact,
            phone,
            email,
            address,
        } => {
            let mut sim = open(&db, component)?;
            std::fs::create_dir_all(&out).with_context(|| format!("建立 {}", out.display()))?;
            let mut files: Vec<(&str, Vec<u8>)> = Vec::new();
            if let Some(case) = case {
                let (form, materials) = from_case::application_documents(&mut sim, &user, &case)?;
                files.push(("申报表.docx", documents::application_form_docx(&form)?));
                files.push((
                    "总结材料.docx",
                    documents::summary_materials_docx(&materials)?,
                ));
            }
            if let Some(year) = batch {
                let contacts = from_case::Contacts {
                    office,
                    person: contact,
                    phone,
                    email,
                    address,
                    online: "郑州市质量标杆门户（公示期内实名提出异议）".into(),
                };
                let docs = from_case::batch_documents(&mut sim, &user, year, &contacts)?;
                files.push((
                    "拟认定名单公示.docx",
                    documents::publicity_notice_docx(&docs.notice)?,
                ));
                if let Some(list) = &docs.list {
                    files.push(("认定名单.docx", documents::recognition_list_docx(list)?));
                }
                files.push((
                    "专家评审排名.xlsx",
                    documents::expert_ranking_xlsx(&docs.ranking)?,
                ));
            }
            for (name, bytes) in files {
                let path = out.join(name);
                std::fs::write(&path, bytes).with_context(|| format!("写入 {}", path.display()))?;
                writeln!(stdout, "{}", path.display())?;
            }
            Ok(())
        }
    }
}
