//! The values the store binds and reads, in the store's own types, so that no caller
//! names a database library and a second backend converts from the same five kinds.

use super::StoreError;

/// A value as it crosses into or out of the database, borrowed where it can be so that
/// binding a parameter or reading a column copies nothing the library would not.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl Value<'_> {
    /// The kind's name, for a message about a column of the wrong kind.
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::Integer(_) => "integer",
            Value::Real(_) => "real",
            Value::Text(_) => "text",
            Value::Blob(_) => "blob",
        }
    }
}

/// Something that can be bound as a statement parameter.
pub trait ToValue {
    fn to_value(&self) -> Result<Value<'_>, StoreError>;
}

/// Something a column can be read as (`Row::get`).
pub trait FromValue: Sized {
    fn from_value(v: Value<'_>) -> Result<Self, String>;
}

/// A parameter owned by a list built at run time (a filter with as many stages as it
/// names); bind it as `&dyn ToValue` like any other.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Integer(i64),
    Text(String),
}

impl ToValue for Param {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(match self {
            Param::Integer(i) => Value::Integer(*i),
            Param::Text(t) => Value::Text(t),
        })
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        (**self).to_value()
    }
}

impl ToValue for str {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Text(self))
    }
}

impl ToValue for String {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Text(self))
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Blob(self))
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Blob(self))
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Real(*self))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        Ok(Value::Integer(i64::from(*self)))
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Result<Value<'_>, StoreError> {
        match self {
            Some(v) => v.to_value(),
            None => Ok(Value::Null),
        }
    }
}

/// Integers are stored as i64; one that does not fit is refused, not wrapped.
macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Result<Value<'_>, StoreError> {
                i64::try_from(*self)
                    .map(Value::Integer)
                    .map_err(|_| StoreError::OutOfRange(self.to_string()))
            }
        }
        impl FromValue for $t {
            fn from_value(v: Value<'_>) -> Result<Self, String> {
                match v {
                    Value::Integer(i) => <$t>::try_from(i).map_err(|_| format!("{i} out of range")),
                    other => Err(format!("{} where an integer was expected", other.kind())),
                }
            }
        }
    )*};
}
integers!(i64, u64, i32, u32, i16, u16, u8, usize);

impl FromValue for f64 {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Integer(i) => Ok(i as f64),
            other => Err(format!("{} where a number was expected", other.kind())),
        }
    }
}

impl FromValue for bool {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Integer(i) => Ok(i != 0),
            other => Err(format!("{} where a boolean was expected", other.kind())),
        }
    }
}

impl FromValue for String {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Text(t) => Ok(t.to_string()),
            other => Err(format!("{} where text was expected", other.kind())),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Blob(b) => Ok(b.to_vec()),
            other => Err(format!("{} where a blob was expected", other.kind())),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value<'_>) -> Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// Statement parameters as the store's methods take them: `params![a, b]` is
/// `&[&a as &dyn ToValue, &b as &dyn ToValue]`.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::store::ToValue]
    };
    ($($p:expr),+ $(,)?) => {
        &[$(&$p as &dyn $crate::store::ToValue),+] as &[&dyn $crate::store::ToValue]
    };
}
