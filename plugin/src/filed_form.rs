//! An application's filed forms (附件1 申报表, 附件2 申报材料): their values, and the
//! case's *filed part* that holds them (contract 0.3, `stored-case.filed`).
//!
//! The two forms are ~10 KB of an application's ~11 KB of data and never change after
//! submission, yet every call on the application used to load and re-encode them, and
//! every write made the host rewrite them. Now (layout 5, ADR 7) each form is its own
//! encoded byte string in the filed part, which the host stores apart and the plugin
//! writes only when a form changed: a call that does not read a form never decodes it,
//! a call that does decodes it once, and a write after submission leaves it alone.
//! The state keeps each form's `title` field (附件2 名称): every case summary and most
//! messages name the benchmark, and reading one field should not decode a form.
//! In JSON (layouts 1 and 2, and anything human-readable) a form is the plain list of
//! fields.

use std::cell::OnceCell;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::contract::Field;

/// A form's values: `Deref`s to the list of fields, decoding on first read.
#[derive(Default, Clone)]
pub struct FiledForm {
    /// The encoding and the `title` field as loaded, while they still match `fields`
    /// (dropped on any change).
    encoded: Option<(Vec<u8>, Option<String>)>,
    /// The decoded fields, once read (or as built).
    fields: OnceCell<Vec<Field>>,
    /// SHA-256 of the encoding: what a seal binds of a form on file (`seal.rs`). Filed
    /// with the bytes, so that a seal on a filed form hashes nothing; dropped on any
    /// change.
    digest: OnceCell<[u8; 32]>,
}

impl FiledForm {
    /// Loaded bytes, decoded on first read.
    fn from_encoded(bytes: Vec<u8>, title: Option<String>) -> Self {
        FiledForm {
            encoded: Some((bytes, title)),
            fields: OnceCell::new(),
            digest: OnceCell::new(),
        }
    }

    /// Whether the form changed since it was loaded (or was never filed): the filed part
    /// must be written.
    pub fn is_changed(&self) -> bool {
        self.encoded.is_none()
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

    /// Give a form read from the state (its title only) its bytes from the filed part,
    /// with their digest if the part carried it.
    fn attach(&mut self, bytes: Vec<u8>, digest: Option<[u8; 32]>) {
        let title = self.encoded.take().and_then(|(_, title)| title);
        *self = FiledForm::from_encoded(bytes, title);
        if let Some(d) = digest {
            self.digest = OnceCell::from(d);
        }
    }

    /// SHA-256 of the form's encoding: as filed, or computed once now.
    pub fn digest(&self) -> [u8; 32] {
        match self.digest.get() {
            Some(d) => *d,
            None => self.digest_of(&self.encoded()),
        }
    }

    /// The digest, computed (once) from the encoding the caller already holds.
    fn digest_of(&self, encoded: &[u8]) -> [u8; 32] {
        *self.digest.get_or_init(|| Sha256::digest(encoded).into())
    }

    /// The form's compact encoding, as the filed part stores it: the loaded bytes if
    /// unchanged, else the fields encoded now. What a seal binds of a form on file.
    pub fn encoded(&self) -> std::borrow::Cow<'_, [u8]> {
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
            digest: OnceCell::new(),
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
        // About to change: the loaded encoding and its digest no longer speak for the
        // fields.
        self.encoded = None;
        self.digest = OnceCell::new();
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
            // In the binary state (layout 5) only the title: the bytes are in the filed part.
            self.title().serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for FiledForm {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            Vec::<Field>::deserialize(d).map(FiledForm::from)
        } else {
            // Its bytes are attached from the filed part (`FiledPart::attach_to`) before
            // anything reads the form.
            let title = Option::<String>::deserialize(d)?;
            Ok(FiledForm::from_encoded(Vec::new(), title))
        }
    }
}

/// A form as layout 4 held it inside the state: its bytes, then its title. Read on upgrade.
pub struct Layout4Form(pub FiledForm);

impl<'de> Deserialize<'de> for Layout4Form {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (Bytes(bytes), title) = <(Bytes, Option<String>)>::deserialize(d)?;
        Ok(Layout4Form(FiledForm::from_encoded(bytes, title)))
    }
}

/// The first bytes of a filed part: `QB`, then `F` and its layout. Layout 2 carries each
/// form's digest after its bytes; layout 1 does not: contract 0.3's first build wrote
/// it, and a draft's part is written in it (`Digests::Later`).
const FILED_TAG: [u8; 3] = [b'Q', b'B', b'F'];
const FILED_LAYOUT: u8 = 2;
const FILED_WITHOUT_DIGESTS: u8 = 1;

/// Whether a filed part carries its forms' digests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Digests {
    /// Computed now (if not known) and filed: the forms are what later seals bind.
    Filed,
    /// Not computed: the part is a draft's, which the enterprise may save many times
    /// before it submits, and no seal binds a draft's forms on file — the submission
    /// seals the values it files, and its write files the digests. A digest asked for
    /// anyway is computed from the bytes then (`FiledForm::digest`).
    Later,
}

/// A case's filed part: both forms' bytes (and, from submission on, their digests),
/// stamped with the case and with the version of the write that filed them. The state
/// carries the same stamp, so a host that drops the part, keeps one from a rolled-back
/// write or hands over another case's is caught when the case is loaded — without
/// hashing 10 KB on every call.
pub struct FiledPart {
    pub case_id: String,
    /// The case version the write that filed it created.
    pub filed_at: u64,
    form: (Vec<u8>, Option<[u8; 32]>),
    materials: (Vec<u8>, Option<[u8; 32]>),
}

impl FiledPart {
    /// The filed part of an application with these forms.
    pub fn encode(
        case_id: &str,
        filed_at: u64,
        form: &FiledForm,
        materials: &FiledForm,
        digests: Digests,
    ) -> Vec<u8> {
        let mut bytes = FILED_TAG.to_vec();
        let (form_bytes, materials_bytes) = (form.encoded(), materials.encoded());
        // Serialising strings, numbers and bytes into a Vec cannot fail.
        let body = match digests {
            Digests::Filed => {
                bytes.push(FILED_LAYOUT);
                postcard::to_allocvec(&(
                    case_id,
                    filed_at,
                    serde_bytes(&form_bytes),
                    form.digest_of(&form_bytes),
                    serde_bytes(&materials_bytes),
                    materials.digest_of(&materials_bytes),
                ))
            }
            Digests::Later => {
                bytes.push(FILED_WITHOUT_DIGESTS);
                postcard::to_allocvec(&(
                    case_id,
                    filed_at,
                    serde_bytes(&form_bytes),
                    serde_bytes(&materials_bytes),
                ))
            }
        };
        bytes.extend(body.unwrap_or_default());
        bytes
    }

    /// Read a filed part as the host returned it.
    pub fn decode(bytes: &[u8]) -> Result<FiledPart, String> {
        let unreadable = |e: postcard::Error| format!("归档部分无法读取：{e}");
        match bytes.strip_prefix(&FILED_TAG) {
            Some([FILED_LAYOUT, body @ ..]) => {
                let (
                    case_id,
                    filed_at,
                    Bytes(form),
                    form_digest,
                    Bytes(materials),
                    materials_digest,
                ) = postcard::from_bytes(body).map_err(unreadable)?;
                Ok(FiledPart {
                    case_id,
                    filed_at,
                    form: (form, Some(form_digest)),
                    materials: (materials, Some(materials_digest)),
                })
            }
            Some([FILED_WITHOUT_DIGESTS, body @ ..]) => {
                let (case_id, filed_at, Bytes(form), Bytes(materials)) =
                    postcard::from_bytes(body).map_err(unreadable)?;
                Ok(FiledPart {
                    case_id,
                    filed_at,
                    form: (form, None),
                    materials: (materials, None),
                })
            }
            _ if bytes.is_empty() => Err("主机未返回归档部分".to_string()),
            _ => Err("归档部分格式不符".to_string()),
        }
    }

    /// Give the forms read from the state their bytes and digests.
    pub fn attach_to(self, form: &mut FiledForm, materials: &mut FiledForm) {
        form.attach(self.form.0, self.form.1);
        materials.attach(self.materials.0, self.materials.1);
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
    fn the_filed_part_keeps_the_loaded_bytes_until_a_change_and_reads_back_the_fields() {
        let (form, materials) = (FiledForm::from(fields()), FiledForm::default());
        let state = postcard::to_allocvec(&form).expect("encodes");
        let part = FiledPart::encode("app-2026-x", 3, &form, &materials, Digests::Filed);
        let mut loaded: FiledForm = postcard::from_bytes(&state).expect("decodes");
        let mut loaded_materials = FiledForm::default();
        let read = FiledPart::decode(&part).expect("reads");
        assert_eq!((read.case_id.as_str(), read.filed_at), ("app-2026-x", 3));
        read.attach_to(&mut loaded, &mut loaded_materials);
        assert!(!loaded.is_changed() && loaded.fields.get().is_none());
        assert_eq!(loaded.title(), Some("卓越绩效模式"));
        assert!(
            loaded.fields.get().is_none(),
            "the title is read without decoding"
        );
        assert_eq!(postcard::to_allocvec(&loaded).expect("encodes"), state);
        assert_eq!(
            FiledPart::encode("app-2026-x", 3, &loaded, &loaded_materials, Digests::Filed),
            part
        );
        assert_eq!(*loaded, fields());

        let mut changed = loaded.clone();
        changed.push(Field {
            id: "contact".into(),
            value: FieldValue::Text("李四".into()),
        });
        assert!(changed.is_changed());
        let mut again = FiledForm::default();
        FiledPart::decode(&FiledPart::encode(
            "app-2026-x",
            4,
            &changed,
            &materials,
            Digests::Filed,
        ))
        .expect("reads")
        .attach_to(&mut again, &mut loaded_materials);
        assert_eq!(again.len(), 4);
        assert_ne!(again, loaded);
    }

    #[test]
    fn the_digests_are_filed_with_the_bytes_and_a_first_layout_part_still_reads() {
        let (form, materials) = (FiledForm::from(fields()), FiledForm::default());
        let digest: [u8; 32] = Sha256::digest(form.encoded()).into();
        assert_eq!(form.digest(), digest);

        let (mut loaded, mut loaded_materials) = (FiledForm::default(), FiledForm::default());
        FiledPart::decode(&FiledPart::encode(
            "app-2026-x",
            3,
            &form,
            &materials,
            Digests::Filed,
        ))
        .expect("reads")
        .attach_to(&mut loaded, &mut loaded_materials);
        assert_eq!(loaded.digest.get(), Some(&digest), "filed, not computed");
        assert_eq!(loaded_materials.digest(), materials.digest());

        // Layout 1: the bytes alone; the digest is computed from them when asked. The
        // first build of contract 0.3 wrote it, and a draft's part is written in it.
        let mut first = vec![b'Q', b'B', b'F', 1];
        first.extend(
            postcard::to_allocvec(&(
                "app-2026-x",
                3u64,
                serde_bytes(&form.encoded()),
                serde_bytes(&materials.encoded()),
            ))
            .expect("encodes"),
        );
        let fresh = FiledForm::from(fields());
        let draft = FiledPart::encode("app-2026-x", 3, &fresh, &materials, Digests::Later);
        assert_eq!(draft, first);
        assert!(
            fresh.digest.get().is_none(),
            "a draft's part hashes nothing"
        );
        let (mut old, mut old_materials) = (FiledForm::default(), FiledForm::default());
        FiledPart::decode(&first)
            .expect("reads")
            .attach_to(&mut old, &mut old_materials);
        assert!(old.digest.get().is_none());
        assert_eq!((old.digest(), &*old), (digest, &fields()));

        // A change drops the digest with the bytes.
        old.push(Field {
            id: "contact".into(),
            value: FieldValue::Text("李四".into()),
        });
        assert_ne!(old.digest(), digest);
        assert_eq!(
            old.digest(),
            <[u8; 32]>::from(Sha256::digest(old.encoded()))
        );
    }

    #[test]
    fn a_missing_or_foreign_filed_part_is_named() {
        assert!(
            FiledPart::decode(&[])
                .err()
                .is_some_and(|e| e.contains("未返回"))
        );
        assert!(
            FiledPart::decode(b"{}")
                .err()
                .is_some_and(|e| e.contains("格式不符"))
        );
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
