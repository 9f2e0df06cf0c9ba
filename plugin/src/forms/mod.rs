//! placeholder, replaced by the forms work
