//! A filed form's values inside the case state (附件1 申报表, 附件2 申报材料), kept as
//! their own encoded bytes and decoded only when a decision reads them.
//!
//! The two forms are ~10 KB of an application's ~11 KB state and never change after
//! submission, yet every call on the application loaded and re-encoded them: decoding
//! their few hundred strings was most of the cost of loading a case (docs/performance.md).
//! In the binary layout (4, ADR 7) each form is one length-prefixed byte string, so a
//! call that does not read it copies it through unchanged; a call that reads it decodes
//! it once; a call that changes it re-encodes it once, when the state is written.
//! In JSON (layouts 1 and 2, and anything human-readable) it is the plain list of fields.
//!
//! Beside the bytes it keeps the form's `title` field (附件2 名称): every case summary
//! and most messages name the benchmark, and reading one field should not decode all.

use std::cell::OnceCell;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::contract::Field;

/// A form's values: `Deref`s to the list of fields, decoding on first read.
#[derive(Default, Clone)]
pub struct FiledForm {
    /// The encoding and the `title` field as loaded, while they still match `fields`
    /// (dropped on any change).
    encoded: Option<(Vec<u8>, Option<String>)>,
    /// The decoded fields, once read (or as built).
    fields: OnceCell<Vec<Field>>,
}

impl FiledForm {
    /// Loaded bytes, decoded on first read.
    fn from_encoded(bytes: Vec<u8>, title: Option<String>) -> Self {
        FiledForm {
            encoded: Some((bytes, title)),
            fields: OnceCell::new(),
        }
    }

    /// The text of the form's `title` field, without decoding the form.
    pub fn title(&self) -> Option<&str> {
        match (&self.encoded, self.fields.get()) {
            (_, Some(fields)) => crate::forms::values::text(fields, TITLE),
            (Some((_, title)), None) => title.as_deref(),
            (None, None) => None,
        }
    }

    fn fields(&self) -> &Vec<Field> {
        self.fields.get_or_init(|| match &self.encoded {
            // The bytes are the plugin's own encoding, handed back unchanged by the host
            // (H1). Bytes that no longer decode mean the host broke its store: the call
            // stops (a trap, which the host rolls back) rather than decide on a form it
            // cannot read.
            Some((bytes, _)) => postcard::from_bytes(bytes)
                .unwrap_or_else(|e| panic!("a filed form in the case state is corrupt: {e}")),
            None => Vec::new(),
        })
    }

    /// The encoding to write: the loaded bytes if unchanged, else the fields encoded now.
    fn encoded(&self) -> std::borrow::Cow<'_, [u8]> {
        match &self.encoded {
            Some((bytes, _)) => bytes.as_slice().into(),
            // Serialising plain strings and numbers into a Vec cannot fail.
            None => postcard::to_allocvec(self.fields())
                .unwrap_or_default()
                .into(),
        }
    }
}

/// The field kept beside the bytes.
const TITLE: &str = "title";

impl From<Vec<Field>> for FiledForm {
    fn from(fields: Vec<Field>) -> Self {
        FiledForm {
            encoded: None,
            fields: OnceCell::from(fields),
        }
    }
}

impl Deref for FiledForm {
    type Target = Vec<Field>;
    fn deref(&self) -> &Vec<Field> {
        self.fields()
    }
}

impl DerefMut for FiledForm {
    fn deref_mut(&mut self) -> &mut Vec<Field> {
        self.fields();
        // About to change: the loaded encoding no longer speaks for the fields.
        self.encoded = None;
        self.fields.get_mut().expect("decoded just above")
    }
}

impl PartialEq for FiledForm {
    fn eq(&self, other: &Self) -> bool {
        match (&self.encoded, &other.encoded) {
            (Some((a, _)), Some((b, _))) if a == b => true,
            _ => self.fields() == other.fields(),
        }
    }
}

impl std::fmt::Debug for FiledForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.fields().fmt(f)
    }
}

impl Serialize for FiledForm {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            self.fields().serialize(s)
        } else {
            // Bytes as a byte string (one length prefix, skipped whole), then the title.
            (serde_bytes(&self.encoded()), self.title()).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for FiledForm {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            Vec::<Field>::deserialize(d).map(FiledForm::from)
        } else {
            let (Bytes(bytes), title) = <(Bytes, Option<String>)>::deserialize(d)?;
            Ok(FiledForm::from_encoded(bytes, title))
        }
    }
}

/// Bytes written as one byte string (serde writes a `&[u8]` as a list of numbers).
fn serde_bytes(bytes: &[u8]) -> impl Serialize + '_ {
    struct Out<'a>(&'a [u8]);
    impl Serialize for Out<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(self.0)
        }
    }
    Out(bytes)
}

/// A byte string read back.
struct Bytes(Vec<u8>);

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an encoded form")
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
        }
        d.deserialize_byte_buf(Visit).map(Bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::FieldValue;

    fn fields() -> Vec<Field> {
        vec![
            Field {
                id: "enterprise-name".into(),
                value: FieldValue::Text("郑州中原精工机械有限公司".into()),
            },
            Field {
                id: "employees".into(),
                value: FieldValue::Number(320.0),
            },
            Field {
                id: "title".into(),
                value: FieldValue::Text("卓越绩效模式".into()),
            },
        ]
    }

    #[test]
    fn binary_keeps_the_loaded_bytes_until_a_change_and_reads_back_the_fields() {
        let form = FiledForm::from(fields());
        let bytes = postcard::to_allocvec(&form).expect("encodes");
        let loaded: FiledForm = postcard::from_bytes(&bytes).expect("decodes");
        assert!(loaded.encoded.is_some() && loaded.fields.get().is_none());
        assert_eq!(loaded.title(), Some("卓越绩效模式"));
        assert!(
            loaded.fields.get().is_none(),
            "the title is read without decoding"
        );
        assert_eq!(postcard::to_allocvec(&loaded).expect("encodes"), bytes);
        assert_eq!(*loaded, fields());

        let mut changed = loaded.clone();
        changed.push(Field {
            id: "contact".into(),
            value: FieldValue::Text("李四".into()),
        });
        assert!(changed.encoded.is_none());
        let again: FiledForm =
            postcard::from_bytes(&postcard::to_allocvec(&changed).expect("encodes"))
                .expect("decodes");
        assert_eq!(again.len(), 4);
        assert_ne!(again, loaded);
    }

    #[test]
    fn json_is_the_plain_list_of_fields() {
        let form = FiledForm::from(fields());
        let json = serde_json::to_value(&form).expect("encodes");
        assert_eq!(json, serde_json::to_value(fields()).expect("encodes"));
        let back: FiledForm = serde_json::from_value(json).expect("decodes");
        assert_eq!(back, form);
    }

    #[test]
    #[should_panic(expected = "corrupt")]
    fn bytes_that_no_longer_decode_stop_the_call() {
        let form = FiledForm::from_encoded(vec![0xff, 0xff, 0xff], None);
        let _ = form.len();
    }
}
