//! The Secure Base model and the rules of the product, as plain Rust: no I/O, no async, no SQL.
//! Everything here is deterministic so it can be unit-tested exhaustively.

pub mod assessment;
pub mod content;
pub mod dimension;
pub mod email;
pub mod language;
pub mod names;
pub mod password;
pub mod policy;
pub mod records;
pub mod role;
pub mod session;
pub mod support;
pub mod throttle;

pub use dimension::Dimension;
pub use email::Email;
pub use language::Language;
pub use names::{DisplayName, OrgName};
pub use password::{Password, PasswordError};
pub use role::Role;
