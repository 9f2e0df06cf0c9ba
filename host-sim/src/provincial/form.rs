//! 附件1 and 附件2 between the exchange's plain structs and the plugin's form values, in
//! both directions: what the province sends becomes the `provincial-import` and
//! `application-materials` values; what the city has on file becomes the recommendation.

use crate::contract::{Field, FieldValue, Scalar, TableRow};
use crate::exchange::{ApplicationForm, Conditions, Materials, YearFigures};

fn text(id: &str, value: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Text(value.into()),
    }
}

fn choice(id: &str, value: &str) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Choice(value.into()),
    }
}

fn flag(id: &str, value: bool) -> Field {
    Field {
        id: id.into(),
        value: FieldValue::Flag(value),
    }
}

/// The `provincial-import` values of one applicant: its reference and its 附件1.
pub fn import_values(provincial_ref: &str, f: &ApplicationForm) -> Vec<Field> {
    let mut v = vec![
        text("provincial-ref", provincial_ref),
        text("enterprise-name", &f.enterprise_name),
        text("credit-code", &f.credit_code),
        choice("district", &f.district),
        choice("industry", &f.industry),
        choice("direction", &f.direction),
        text("benchmark-name", &f.benchmark_name),
        text("benchmark-intro", &f.benchmark_intro),
        text("address", &f.address),
        text("postcode", &f.postcode),
        text("contact", &f.contact),
        text("phone", &f.phone),
        text("mobile", &f.mobile),
    ];
    if let Some(fax) = &f.fax {
        v.push(text("fax", fax));
    }
    v.push(text("email", &f.email));
    let rows = f
        .figures
        .iter()
        .map(|y| TableRow {
            key: y.year.to_string(),
            cells: vec![
                ("assets".into(), Scalar::Number(y.assets)),
                ("sales".into(), Scalar::Number(y.sales)),
                ("profit".into(), Scalar::Number(y.profit)),
                ("employees".into(), Scalar::Number(f64::from(y.employees))),
            ],
        })
        .collect();
    v.push(Field {
        id: "basic-figures".into(),
        value: FieldValue::Table(rows),
    });
    v.push(flag(
        "independent-legal-entity",
        f.conditions.independent_legal_entity,
    ));
    v.push(flag("quality-system", f.conditions.quality_system));
    v.push(flag("commitment", f.conditions.commitment));
    v
}

/// The `application-materials` values of 附件2 总结材料.
pub fn materials_values(m: &Materials) -> Vec<Field> {
    vec![
        text("title", &m.title),
        text("summary", &m.summary),
        text("profile", &m.profile),
        text("implementation", &m.implementation),
        text("results", &m.results),
    ]
}

/// Typed reads of form values on file; a missing value is named by its Chinese label.
pub struct OnFile<'a> {
    values: &'a [Field],
    /// Whose file, for the message: the enterprise's name.
    whose: &'a str,
}

impl<'a> OnFile<'a> {
    pub fn new(values: &'a [Field], whose: &'a str) -> Self {
        OnFile { values, whose }
    }

    fn get(&self, id: &str) -> Option<&'a FieldValue> {
        self.values.iter().find(|f| f.id == id).map(|f| &f.value)
    }

    fn missing(&self, label: &str) -> String {
        format!("{}的申报表缺少{label}，不能报送", self.whose)
    }

    /// A text, choice or date value, trimmed; empty counts as missing.
    pub fn opt(&self, id: &str) -> Option<String> {
        match self.get(id)? {
            FieldValue::Text(s) | FieldValue::Choice(s) | FieldValue::Date(s) => {
                Some(s.trim().to_string()).filter(|s| !s.is_empty())
            }
            _ => None,
        }
    }

    pub fn required(&self, id: &str, label: &str) -> Result<String, String> {
        self.opt(id).ok_or_else(|| self.missing(label))
    }

    fn flag(&self, id: &str) -> bool {
        matches!(self.get(id), Some(FieldValue::Flag(true)))
    }

    /// 基本情况 as the exchange carries it: every year with every figure.
    fn figures(&self) -> Result<Vec<YearFigures>, String> {
        let Some(FieldValue::Table(rows)) = self.get("basic-figures") else {
            return Err(self.missing("基本情况"));
        };
        rows.iter()
            .map(|row| {
                let cell = |col: &str, label: &str| {
                    row.cells
                        .iter()
                        .find_map(|(c, v)| match v {
                            Scalar::Number(n) if c == col => Some(*n),
                            _ => None,
                        })
                        .ok_or_else(|| self.missing(&format!("{}年的{label}", row.key)))
                };
                let employees = cell("employees", "从业人员")?;
                Ok(YearFigures {
                    year: row
                        .key
                        .parse()
                        .map_err(|_| self.missing(&format!("基本情况的年度（{}）", row.key)))?,
                    assets: cell("assets", "资产总额")?,
                    sales: cell("sales", "销售收入")?,
                    profit: cell("profit", "利润总额")?,
                    employees: u32::try_from(employees.round() as i64)
                        .map_err(|_| self.missing(&format!("{}年的从业人员", row.key)))?,
                })
            })
            .collect()
    }

    /// The 附件1 on file as the exchange carries it.
    pub fn application_form(&self) -> Result<ApplicationForm, String> {
        Ok(ApplicationForm {
            enterprise_name: self.required("enterprise-name", "申报企业")?,
            credit_code: self.required("credit-code", "统一社会信用代码")?,
            district: self.required("district", "所在地区")?,
            industry: self.required("industry", "所属行业")?,
            direction: self.required("direction", "遴选方向")?,
            benchmark_name: self.required("benchmark-name", "标杆名称")?,
            benchmark_intro: self.required("benchmark-intro", "标杆简介")?,
            address: self.required("address", "通讯地址")?,
            postcode: self.required("postcode", "邮编")?,
            contact: self.required("contact", "联系人")?,
            phone: self.required("phone", "电话")?,
            mobile: self.required("mobile", "手机")?,
            fax: self.opt("fax"),
            email: self.required("email", "E-mail")?,
            figures: self.figures()?,
            conditions: Conditions {
                independent_legal_entity: self.flag("independent-legal-entity"),
                quality_system: self.flag("quality-system"),
                commitment: self.flag("commitment"),
            },
        })
    }

    /// 附件2 总结材料, if it is on file.
    pub fn materials(&self) -> Option<Materials> {
        Some(Materials {
            title: self.opt("title")?,
            summary: self.opt("summary")?,
            profile: self.opt("profile")?,
            implementation: self.opt("implementation")?,
            results: self.opt("results")?,
        })
    }
}
