//! Reading the children of one element by name: unknown and repeated children are
//! refused, missing ones are reported at the parent's start tag, bad values at their
//! text. Children may come in any order (the schema uses `xs:all` for records).

use super::codes::Reason;
use super::reader::{Attr, Element, Fault, fault};

/// Chinese names of the elements and attributes, for error messages.
const LABELS: [(&str, &str); 44] = [
    ("provincial-round", "省级申报名单"),
    ("recommendation", "推荐名单"),
    ("applicant", "申报企业"),
    ("entry", "推荐企业"),
    ("provincial-ref", "省级申报编号"),
    ("submitted-on", "省级申报日期"),
    ("application-form", "申报表"),
    ("enterprise-name", "申报企业名称"),
    ("credit-code", "统一社会信用代码"),
    ("district", "所在地区"),
    ("industry", "所属行业"),
    ("direction", "遴选方向"),
    ("benchmark-name", "标杆名称"),
    ("benchmark-intro", "标杆简介"),
    ("address", "通讯地址"),
    ("postcode", "邮编"),
    ("contact", "联系人"),
    ("phone", "电话"),
    ("mobile", "手机"),
    ("fax", "传真"),
    ("email", "E-mail"),
    ("basic-figures", "基本情况"),
    ("year", "年度"),
    ("assets", "资产总额（万元）"),
    ("sales", "销售收入（万元）"),
    ("profit", "利润总额（万元）"),
    ("employees", "从业人员（人）"),
    ("conditions", "申报条件"),
    ("independent-legal-entity", "在郑州市注册的独立法人企业"),
    ("quality-system", "有效运行质量管理体系"),
    ("commitment", "分享交流承诺"),
    ("materials", "总结材料"),
    ("title", "质量标杆名称"),
    ("summary", "摘要"),
    ("profile", "企业概况"),
    ("implementation", "管理方法（技术）的推进实施与运行"),
    ("results", "管理方法（技术）的实施效果"),
    ("document-number", "推荐文号"),
    ("issued-on", "推荐日期"),
    ("district-opinion", "推荐单位意见"),
    ("score", "专家评审得分"),
    ("plaque-number", "牌匾编号"),
    ("seals", "印章"),
    ("seal", "印章"),
];

/// The Chinese name of an element, or the name itself.
pub fn label(name: &str) -> &str {
    match name {
        "id" => "印章编号",
        "capacity" => "用印身份",
        "holder" => "印章所属",
        "signer" => "用印人",
        "signed-at" => "用印时间",
        "digest" => "印章摘要",
        "rank" => "名次",
        "value" => "年度",
        _ => LABELS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(name, |(_, l)| l),
    }
}

/// The children of `parent`, checked against the names it may have.
pub struct Fields<'e> {
    parent: &'e Element,
}

/// Checks the children's names; `repeatable` names may occur more than once.
pub fn fields<'e>(
    parent: &'e Element,
    allowed: &[&str],
    repeatable: &[&str],
) -> Result<Fields<'e>, Fault> {
    for (i, child) in parent.children.iter().enumerate() {
        let name = child.name.as_str();
        if !allowed.contains(&name) && !repeatable.contains(&name) {
            return Err(fault(
                child.at,
                format!("<{}>中不应有元素<{name}>", parent.name),
            ));
        }
        let repeated = parent.children[..i].iter().any(|c| c.name == name);
        if repeated && !repeatable.contains(&name) {
            return Err(fault(
                child.at,
                format!("{}（<{name}>）重复出现", label(name)),
            ));
        }
    }
    Ok(Fields { parent })
}

impl<'e> Fields<'e> {
    fn missing(&self, name: &str) -> Fault {
        fault(
            self.parent.at,
            format!(
                "{}缺少{}（<{name}>）",
                label(&self.parent.name),
                label(name)
            ),
        )
    }

    pub fn opt_child(&self, name: &str) -> Option<&'e Element> {
        self.parent.children.iter().find(|c| c.name == name)
    }

    pub fn child(&self, name: &str) -> Result<&'e Element, Fault> {
        self.opt_child(name).ok_or_else(|| self.missing(name))
    }

    pub fn all(&self, name: &'e str) -> impl Iterator<Item = &'e Element> + 'e {
        self.parent.children.iter().filter(move |c| c.name == name)
    }

    /// A required short value, trimmed.
    pub fn token(&self, name: &str) -> Result<&'e str, Fault> {
        let el = self.child(name)?;
        non_empty(el, el.text.trim())
    }

    /// A required short value, trimmed, checked by `check`.
    pub fn checked(
        &self,
        name: &str,
        check: impl FnOnce(&str) -> Result<(), Reason>,
    ) -> Result<&'e str, Fault> {
        let el = self.child(name)?;
        let value = non_empty(el, el.text.trim())?;
        check(value).map_err(|r| fault(el.value_at(), r))?;
        Ok(value)
    }

    /// A required value converted by `parse`.
    pub fn parsed<T>(
        &self,
        name: &str,
        parse: impl FnOnce(&str, &str) -> Result<T, Reason>,
    ) -> Result<T, Fault> {
        let el = self.child(name)?;
        let value = non_empty(el, el.text.trim())?;
        parse(value, label(name)).map_err(|r| fault(el.value_at(), r))
    }

    /// An optional short value, trimmed; an empty element counts as absent.
    pub fn opt_token(&self, name: &str) -> Option<&'e str> {
        self.opt_child(name)
            .map(|el| el.text.trim())
            .filter(|t| !t.is_empty())
    }

    /// A required free text, kept as written (only its length is checked).
    pub fn text(&self, name: &str, max: Option<usize>) -> Result<&'e str, Fault> {
        let el = self.child(name)?;
        non_empty(el, &el.text)?;
        if let Some(max) = max {
            super::codes::max_chars(&el.text, max, label(name))
                .map_err(|r| fault(el.value_at(), r))?;
        }
        Ok(&el.text)
    }
}

/// A value element: no attributes, no child elements, some text.
fn non_empty<'e>(el: &Element, value: &'e str) -> Result<&'e str, Fault> {
    only_attrs(el, &[])?;
    if let Some(child) = el.children.first() {
        return Err(fault(
            child.at,
            format!(
                "{}（<{}>）中不应有子元素<{}>",
                label(&el.name),
                el.name,
                child.name
            ),
        ));
    }
    if value.trim().is_empty() {
        Err(fault(
            el.value_at(),
            format!("{}（<{}>）不能为空", label(&el.name), el.name),
        ))
    } else {
        Ok(value)
    }
}

/// Refuses attributes other than `allowed`.
pub fn only_attrs(el: &Element, allowed: &[&str]) -> Result<(), Fault> {
    match el
        .attrs
        .iter()
        .find(|a| !allowed.contains(&a.name.as_str()))
    {
        Some(a) => Err(fault(
            a.at,
            format!("元素<{}>不应有属性{}", el.name, a.name),
        )),
        None => Ok(()),
    }
}

/// A required attribute.
pub fn attr<'e>(el: &'e Element, name: &str) -> Result<&'e Attr, Fault> {
    el.attrs.iter().find(|a| a.name == name).ok_or_else(|| {
        fault(
            el.at,
            format!("元素<{}>缺少{}属性（{}）", el.name, name, label(name)),
        )
    })
}
