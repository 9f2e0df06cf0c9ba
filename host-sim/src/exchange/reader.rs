//! A streaming reader over quick-xml's pull parser: it hands out the root element's
//! attributes, then one complete child subtree of the root at a time (one applicant,
//! one entry), so memory stays bounded by the largest entry, not the file.
//!
//! Every node keeps the byte offset of its start tag and of its text; offsets become
//! line and column only when an error is reported ([`super::decode::locate`]).

use super::NAMESPACE;
use super::decode::{not_xml_char, xml_char};
use quick_xml::NsReader;
use quick_xml::errors::{Error as XmlError, IllFormedError, SyntaxError};
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

/// Where an element's name was resolved to.
enum Ns {
    Ours,
    Other(String),
    Unbound,
}

/// A problem at a byte offset of the decoded text.
#[derive(Debug)]
pub struct Fault {
    pub at: usize,
    pub reason: String,
}

pub fn fault(at: usize, reason: impl Into<String>) -> Fault {
    Fault {
        at,
        reason: reason.into(),
    }
}

/// An attribute without namespace prefix.
#[derive(Debug)]
pub struct Attr {
    pub name: String,
    pub value: String,
    pub at: usize,
}

/// An element of the exchange namespace.
#[derive(Debug)]
pub struct Element {
    /// Local name.
    pub name: String,
    /// Offset of `<`.
    pub at: usize,
    pub attrs: Vec<Attr>,
    /// Text content (character references resolved, line ends normalised); only leaf
    /// elements may have any.
    pub text: String,
    /// Offset of the first text, or of the end of the start tag.
    pub text_at: usize,
    pub children: Vec<Element>,
}

impl Element {
    /// Where the value starts: the first character of the text after leading
    /// whitespace (which is always literal, never a reference, in the source).
    pub fn value_at(&self) -> usize {
        self.text_at + (self.text.len() - self.text.trim_start().len())
    }
}

pub struct Stream<'a> {
    text: &'a str,
    reader: NsReader<&'a [u8]>,
    root: Option<String>,
    done: bool,
}

/// Offset of `part` inside `whole`, when `part` borrows from it.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (start <= whole.len()).then_some(start)
}

fn xml_error(e: &XmlError) -> String {
    match e {
        XmlError::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            format!("结束标签</{found}>与开始标签<{expected}>不匹配")
        }
        XmlError::IllFormed(IllFormedError::UnmatchedEndTag(tag)) => {
            format!("结束标签</{tag}>没有对应的开始标签")
        }
        XmlError::Syntax(SyntaxError::UnclosedTag) => "标签没有以“>”结束".into(),
        XmlError::Syntax(
            SyntaxError::UnclosedDoubleQuotedAttributeValue
            | SyntaxError::UnclosedSingleQuotedAttributeValue,
        ) => "属性值缺少结束引号".into(),
        XmlError::Syntax(SyntaxError::UnclosedComment) => "注释没有以“-->”结束".into(),
        XmlError::Syntax(SyntaxError::UnclosedCData) => "CDATA段没有以“]]>”结束".into(),
        XmlError::InvalidAttr(a) => format!("属性格式错误（{a}）"),
        XmlError::Escape(x) => format!("字符引用错误（{x}）"),
        other => format!("XML格式错误（{other}）"),
    }
}

impl<'a> Stream<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut reader = NsReader::from_str(text);
        let config = reader.config_mut();
        config.trim_text(false);
        config.expand_empty_elements = false;
        config.check_end_names = true;
        Stream {
            text,
            reader,
            root: None,
            done: false,
        }
    }

    /// The next event with its start offset. Whitespace text is kept so that the
    /// offset before each event is exactly where it starts.
    fn next(&mut self) -> Result<(usize, Ns, Event<'a>), Fault> {
        let at = usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX);
        match self.reader.read_resolved_event() {
            Ok((ns, ev)) => {
                let ns = match ns {
                    ResolveResult::Bound(n) if n.as_ref() == NAMESPACE => Ns::Ours,
                    ResolveResult::Bound(n) => Ns::Other(n.as_ref().to_string()),
                    ResolveResult::Unknown(prefix) => Ns::Other(format!("{prefix}:")),
                    ResolveResult::Unbound => Ns::Unbound,
                };
                Ok((at, ns, ev))
            }
            Err(e) => {
                let pos = usize::try_from(self.reader.error_position()).unwrap_or(at);
                Err(fault(pos, xml_error(&e)))
            }
        }
    }

    /// An element from its start tag, checked to be in the exchange namespace.
    fn element(&self, at: usize, ns: Ns, start: &BytesStart<'a>) -> Result<Element, Fault> {
        let name = start.local_name().as_ref().to_string();
        match ns {
            Ns::Ours => {}
            Ns::Other(uri) => {
                return Err(fault(
                    at,
                    format!("元素<{name}>的命名空间“{uri}”不是{NAMESPACE}"),
                ));
            }
            Ns::Unbound => {
                return Err(fault(
                    at,
                    format!("元素<{name}>缺少命名空间：根元素应声明xmlns=\"{NAMESPACE}\""),
                ));
            }
        }
        let mut attrs = Vec::new();
        for attr in start.attributes() {
            let attr = attr.map_err(|e| fault(at, format!("元素<{name}>的属性格式错误（{e}）")))?;
            let key = attr.key.as_ref();
            let attr_at = offset_in(self.text, key).unwrap_or(at);
            // Namespace declarations and other vocabularies (xsi:schemaLocation) are
            // not ours to read.
            if key.starts_with("xmlns") || key.contains(':') {
                continue;
            }
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| fault(attr_at, format!("属性值错误（{e}）")))?
                .into_owned();
            if let Some(c) = value.chars().find(|c| !xml_char(*c)) {
                return Err(fault(attr_at, not_xml_char(c)));
            }
            attrs.push(Attr {
                name: key.to_string(),
                value,
                at: attr_at,
            });
        }
        let text_at = at + start.len() + 2;
        Ok(Element {
            name,
            at,
            attrs,
            text: String::new(),
            text_at,
            children: Vec::new(),
        })
    }

    /// Reads up to the root element and returns it (attributes only).
    pub fn root(&mut self) -> Result<Element, Fault> {
        loop {
            let (at, ns, ev) = self.next()?;
            match ev {
                Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
                Event::Text(t) if t.trim().is_empty() => {}
                Event::DocType(_) => return Err(fault(at, "不接受DOCTYPE声明")),
                Event::Start(s) => {
                    let root = self.element(at, ns, &s)?;
                    self.root = Some(root.name.clone());
                    return Ok(root);
                }
                Event::Empty(s) => {
                    let root = self.element(at, ns, &s)?;
                    self.done = true;
                    self.expect_end()?;
                    return Ok(root);
                }
                Event::Eof => return Err(fault(at, "文件为空，没有根元素")),
                _ => return Err(fault(at, "根元素之前不应有内容")),
            }
        }
    }

    /// The next complete child of the root, or `None` after the root's end tag (and
    /// nothing but comments and whitespace after it).
    pub fn next_child(&mut self) -> Result<Option<Element>, Fault> {
        let mut stack: Vec<Element> = Vec::new();
        if self.done {
            return Ok(None);
        }
        loop {
            let (at, ns, ev) = self.next()?;
            match ev {
                Event::Start(s) => {
                    let el = self.element(at, ns, &s)?;
                    stack.push(el);
                }
                Event::Empty(s) => {
                    let el = self.element(at, ns, &s)?;
                    if let Some(done) = self.close(&mut stack, el)? {
                        return Ok(Some(done));
                    }
                }
                Event::End(_) => match stack.pop() {
                    Some(el) => {
                        if let Some(done) = self.close(&mut stack, el)? {
                            return Ok(Some(done));
                        }
                    }
                    None => {
                        self.done = true;
                        self.expect_end()?;
                        return Ok(None);
                    }
                },
                Event::Text(t) => {
                    let content = t.xml10_content();
                    self.add_text(&mut stack, at, &content)?;
                }
                Event::CData(c) => {
                    let content = c.xml10_content();
                    self.add_text(&mut stack, at, &content)?;
                }
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref() {
                        // `&#1;` names a character XML 1.0 cannot carry either.
                        Ok(Some(c)) if !xml_char(c) => return Err(fault(at, not_xml_char(c))),
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => quick_xml::escape::resolve_predefined_entity(&r[..])
                            .ok_or_else(|| fault(at, format!("未定义的实体引用“&{};”", &*r)))?
                            .to_string(),
                        Err(_) => return Err(fault(at, format!("无效的字符引用“&{};”", &*r))),
                    };
                    self.add_text(&mut stack, at, &resolved)?;
                }
                Event::Comment(_) | Event::PI(_) => {}
                Event::Decl(_) => return Err(fault(at, "XML声明只能出现在文件开头")),
                Event::DocType(_) => return Err(fault(at, "不接受DOCTYPE声明")),
                Event::Eof => {
                    let open = stack
                        .last()
                        .map(|e| e.name.clone())
                        .or_else(|| self.root.clone())
                        .unwrap_or_default();
                    return Err(fault(at, format!("文件意外结束：元素<{open}>没有结束标签")));
                }
            }
        }
    }

    /// Attaches a finished element to its parent, or returns it when it is a child of
    /// the root.
    fn close(&self, stack: &mut [Element], el: Element) -> Result<Option<Element>, Fault> {
        match stack.last_mut() {
            Some(parent) => {
                if !parent.text.trim().is_empty() {
                    return Err(fault(
                        parent.text_at,
                        format!("元素<{}>中不应同时有文字和子元素", parent.name),
                    ));
                }
                parent.children.push(el);
                Ok(None)
            }
            None => Ok(Some(el)),
        }
    }

    fn add_text(&self, stack: &mut [Element], at: usize, content: &str) -> Result<(), Fault> {
        match stack.last_mut() {
            Some(el) => {
                if el.children.is_empty() {
                    if el.text.is_empty() {
                        el.text_at = at;
                    }
                    el.text.push_str(content);
                    Ok(())
                } else if content.trim().is_empty() {
                    Ok(())
                } else {
                    Err(fault(
                        at,
                        format!("元素<{}>中不应同时有文字和子元素", el.name),
                    ))
                }
            }
            None if content.trim().is_empty() => Ok(()),
            None => Err(fault(
                at,
                format!(
                    "根元素<{}>中不应直接有文字",
                    self.root.as_deref().unwrap_or_default()
                ),
            )),
        }
    }

    /// After the root's end tag only comments, processing instructions and whitespace.
    fn expect_end(&mut self) -> Result<(), Fault> {
        loop {
            let (at, _, ev) = self.next()?;
            match ev {
                Event::Eof => return Ok(()),
                Event::Comment(_) | Event::PI(_) => {}
                Event::Text(t) if t.trim().is_empty() => {}
                _ => return Err(fault(at, "根元素结束后不应再有内容")),
            }
        }
    }
}
