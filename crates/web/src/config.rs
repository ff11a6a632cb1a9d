//! Settings: built-in defaults, then an optional `securebase.toml`, then `SECUREBASE_*`
//! environment variables, then `SECUREBASE_*_FILE` variables naming files that hold a value
//! (for secrets mounted by an orchestrator). Later sources win.

use std::path::PathBuf;

use figment::providers::{Format, Serialized, Toml};
use figment::value::{Dict, Map, Value};
use figment::{Figment, Metadata, Profile, Provider};
use securebase_core::session::SessionPolicy;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Settings {
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST:PORT/DATABASE`.
    pub database_url: String,
    /// Address the server listens on.
    pub listen: String,
    /// The address people use, e.g. `https://securebase.example.org`. When it is HTTPS, cookies
    /// are `Secure` with the `__Host-` prefix and HSTS is sent.
    pub public_url: Option<String>,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    pub request_timeout_secs: u64,
    /// Connections open at once; at the cap, the oldest idle one is closed for a new one.
    pub max_connections: usize,
    /// Seconds a client has to send a request's headers, from connecting or from its previous
    /// answer; a connection that sends nothing for this long is closed.
    pub header_timeout_secs: u64,
    /// Database connections per app server.
    pub pool_size: u32,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy you run).
    pub trust_forwarded_for: bool,
    /// Log filter, e.g. `info` or `securebase_web=debug,info`.
    pub log: String,
    /// A directory holding the practice content (`secure-base/...`) to use instead of the copy
    /// built into the binary, e.g. `content` in a checkout.
    pub content_dir: Option<String>,
    /// How much drawn Secure Base profile output one server keeps for reuse, in MiB; 0 keeps
    /// none (every view draws again).
    pub profile_cache_mib: usize,
    /// Key (at least 32 characters) signing audit checkpoints with HMAC-SHA256, best given as
    /// `SECUREBASE_AUDIT_CHECKPOINT_KEY_FILE`. Without one, checkpoints are written unsigned.
    pub audit_checkpoint_key: Option<String>,
    /// A directory the server writes an audit checkpoint into on a schedule (point it at storage
    /// outside the database's reach); none written when not set.
    pub audit_checkpoint_dir: Option<String>,
    /// How often the server writes an audit checkpoint, in minutes.
    pub audit_checkpoint_minutes: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: "sqlite://securebase.db".into(),
            listen: "127.0.0.1:8080".into(),
            public_url: None,
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            max_body_bytes: 1024 * 1024,
            request_timeout_secs: 30,
            max_connections: 1024,
            header_timeout_secs: 15,
            pool_size: 16,
            trust_forwarded_for: false,
            log: "info".into(),
            content_dir: None,
            profile_cache_mib: 16,
            audit_checkpoint_key: None,
            audit_checkpoint_dir: None,
            audit_checkpoint_minutes: 60,
        }
    }
}

/// Keys whose values are masked when printed.
const SECRET_KEYS: &[&str] = &["database_url", "audit_checkpoint_key"];

pub const KEYS: &[&str] = &[
    "database_url",
    "listen",
    "public_url",
    "session_idle_minutes",
    "session_absolute_hours",
    "max_body_bytes",
    "request_timeout_secs",
    "max_connections",
    "header_timeout_secs",
    "pool_size",
    "trust_forwarded_for",
    "log",
    "profile_cache_mib",
    "audit_checkpoint_key",
    "audit_checkpoint_dir",
    "audit_checkpoint_minutes",
];

impl Settings {
    pub fn session_policy(&self) -> SessionPolicy {
        SessionPolicy {
            idle_timeout_secs: self.session_idle_minutes.saturating_mul(60),
            absolute_timeout_secs: self.session_absolute_hours.saturating_mul(3600),
        }
    }

    pub fn is_https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }

    pub fn validate(&self) -> Result<(), String> {
        if let Some(u) = &self.public_url {
            let parsed = url::Url::parse(u).map_err(|e| format!("public_url '{u}' is not a URL: {e}"))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(format!("public_url '{u}' must start with http:// or https://"));
            }
        }
        if self.session_idle_minutes < 1 || self.session_absolute_hours < 1 {
            return Err("session_idle_minutes and session_absolute_hours must be at least 1".into());
        }
        if self.max_body_bytes < 1024 {
            return Err("max_body_bytes must be at least 1024".into());
        }
        if self.max_connections < 1 || self.header_timeout_secs < 1 {
            return Err("max_connections and header_timeout_secs must be at least 1".into());
        }
        if self.pool_size < 1 {
            return Err("pool_size must be at least 1".into());
        }
        if self.audit_checkpoint_key.as_ref().is_some_and(|k| k.chars().count() < 32) {
            return Err("audit_checkpoint_key must be at least 32 characters long".into());
        }
        if self.audit_checkpoint_minutes < 1 {
            return Err("audit_checkpoint_minutes must be at least 1".into());
        }
        Ok(())
    }

    /// The origin (scheme://host[:port]) browsers will send, when the public URL is known.
    pub fn public_origin(&self) -> Option<String> {
        let u = url::Url::parse(self.public_url.as_deref()?).ok()?;
        Some(u.origin().ascii_serialization())
    }
}

/// One setting as `securebase config` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub key: &'static str,
    pub value: String,
    pub source: String,
}

#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    pub effective: Vec<Effective>,
}

/// Reads a `SECUREBASE_<KEY>_FILE` variable's file as that key's value.
struct FileValue {
    key: String,
    var: String,
    value: String,
}

impl Provider for FileValue {
    fn metadata(&self) -> Metadata {
        Metadata::named(format!("file named by {}", self.var))
    }
    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let mut dict = Dict::new();
        let value = match self.value.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => match self.value.as_str() {
                "true" => Value::from(true),
                "false" => Value::from(false),
                s => Value::from(s.to_owned()),
            },
        };
        dict.insert(self.key.clone(), value);
        Ok(Profile::Default.collect(dict))
    }
}

fn config_path(vars: &[(String, String)]) -> (PathBuf, bool) {
    match vars.iter().find(|(k, _)| k == "SECUREBASE_CONFIG") {
        Some((_, v)) => (PathBuf::from(v), true),
        None => (PathBuf::from("securebase.toml"), false),
    }
}

/// Loads settings from the process environment and the working directory.
pub fn load() -> Result<Loaded, String> {
    load_from(std::env::vars().collect())
}

/// Loads settings from the given environment variables (testable without touching the process).
pub fn load_from(vars: Vec<(String, String)>) -> Result<Loaded, String> {
    let (path, explicit) = config_path(&vars);
    if explicit && !path.is_file() {
        return Err(format!("configuration file {} (from SECUREBASE_CONFIG) does not exist", path.display()));
    }
    let mut fig = Figment::from(Serialized::defaults(Settings::default()));
    if path.is_file() {
        fig = fig.merge(Toml::file_exact(&path));
    }
    let env_vars: Vec<(String, String)> = vars
        .iter()
        .filter(|(k, _)| k.starts_with("SECUREBASE_") && !k.ends_with("_FILE"))
        .filter_map(|(k, v)| {
            let key = k.trim_start_matches("SECUREBASE_").to_lowercase();
            KEYS.contains(&key.as_str()).then(|| (key, v.clone()))
        })
        .collect();
    for (key, value) in env_vars {
        fig = fig.merge(EnvValue { key, value });
    }
    for (var, file) in vars.iter().filter(|(k, _)| k.starts_with("SECUREBASE_") && k.ends_with("_FILE")) {
        let key = var.trim_start_matches("SECUREBASE_").trim_end_matches("_FILE").to_lowercase();
        if !KEYS.contains(&key.as_str()) {
            return Err(format!("{var} names no known setting"));
        }
        let content = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file} (from {var}): {e}"))?;
        let value = content.trim_end_matches(['\n', '\r']).to_owned();
        fig = fig.merge(FileValue { key, var: var.clone(), value });
    }
    let settings: Settings = fig.extract().map_err(|e| format!("configuration is not valid: {e}"))?;
    settings.validate()?;
    let effective = KEYS
        .iter()
        .map(|key| {
            let source = fig.find_metadata(key).map(|m| describe_source(m, key)).unwrap_or_else(|| "default".into());
            Effective { key, value: display_value(&settings, key), source }
        })
        .collect();
    Ok(Loaded { settings, effective })
}

/// One `SECUREBASE_<KEY>` variable as a provider, so its provenance names the exact variable.
struct EnvValue {
    key: String,
    value: String,
}

impl Provider for EnvValue {
    fn metadata(&self) -> Metadata {
        Metadata::named(format!("environment variable SECUREBASE_{}", self.key.to_uppercase()))
    }
    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        let mut dict = Dict::new();
        dict.insert(self.key.clone(), parse_env_value(&self.value));
        Ok(Profile::Default.collect(dict))
    }
}

fn parse_env_value(raw: &str) -> Value {
    raw.parse::<Value>().unwrap_or_else(|_| Value::from(raw.to_owned()))
}

fn describe_source(m: &Metadata, _key: &str) -> String {
    match &m.source {
        Some(figment::Source::File(p)) => format!("file {}", p.display()),
        _ if m.name.ends_with("Settings") => "default".into(),
        _ => m.name.to_string(),
    }
}

fn display_value(s: &Settings, key: &str) -> String {
    let raw = match key {
        "database_url" => s.database_url.clone(),
        "listen" => s.listen.clone(),
        "public_url" => s.public_url.clone().unwrap_or_else(|| "(not set)".into()),
        "session_idle_minutes" => s.session_idle_minutes.to_string(),
        "session_absolute_hours" => s.session_absolute_hours.to_string(),
        "max_body_bytes" => s.max_body_bytes.to_string(),
        "request_timeout_secs" => s.request_timeout_secs.to_string(),
        "max_connections" => s.max_connections.to_string(),
        "header_timeout_secs" => s.header_timeout_secs.to_string(),
        "pool_size" => s.pool_size.to_string(),
        "trust_forwarded_for" => s.trust_forwarded_for.to_string(),
        "log" => s.log.clone(),
        "profile_cache_mib" => s.profile_cache_mib.to_string(),
        "audit_checkpoint_key" => {
            return if s.audit_checkpoint_key.is_some() { "(set)".into() } else { "(not set)".into() };
        }
        "audit_checkpoint_dir" => s.audit_checkpoint_dir.clone().unwrap_or_else(|| "(not set)".into()),
        "audit_checkpoint_minutes" => s.audit_checkpoint_minutes.to_string(),
        _ => String::new(),
    };
    if SECRET_KEYS.contains(&key) && !raw.starts_with("sqlite://") { securebase_store::db::mask_url(&raw) } else { raw }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn vars(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn source<'a>(l: &'a Loaded, key: &str) -> &'a str {
        l.effective.iter().find(|e| e.key == key).map(|e| e.source.as_str()).unwrap_or("")
    }

    #[test]
    fn layers_defaults_file_env_and_secret_files() {
        let dir = std::env::temp_dir().join(format!("sbcfg-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        let toml = dir.join("securebase.toml");
        std::fs::write(&toml, "listen = \"0.0.0.0:9000\"\nsession_idle_minutes = 20\npool_size = 4\n").unwrap();
        let secret = dir.join("db-url");
        std::fs::write(&secret, "postgres://sb:s3cret-value@db:5432/sb\n").unwrap();
        let loaded = load_from(vars(&[
            ("SECUREBASE_CONFIG", toml.to_str().unwrap()),
            ("SECUREBASE_POOL_SIZE", "9"),
            ("SECUREBASE_DATABASE_URL", "sqlite://ignored.db"),
            ("SECUREBASE_DATABASE_URL_FILE", secret.to_str().unwrap()),
            ("SECUREBASE_TEST_POSTGRES_URL", "not a setting, ignored"),
        ]))
        .unwrap();
        let s = &loaded.settings;
        assert_eq!(s.listen, "0.0.0.0:9000");
        assert_eq!(s.session_idle_minutes, 20);
        assert_eq!(s.pool_size, 9, "environment beats the file");
        assert_eq!(s.database_url, "postgres://sb:s3cret-value@db:5432/sb", "_FILE beats the plain variable");
        assert_eq!(s.session_absolute_hours, 12);
        assert_eq!(source(&loaded, "listen"), format!("file {}", toml.display()));
        assert_eq!(source(&loaded, "pool_size"), "environment variable SECUREBASE_POOL_SIZE");
        assert_eq!(source(&loaded, "database_url"), "file named by SECUREBASE_DATABASE_URL_FILE");
        assert_eq!(source(&loaded, "log"), "default");
        let shown = loaded.effective.iter().find(|e| e.key == "database_url").unwrap();
        assert!(!shown.value.contains("s3cret"), "{}", shown.value);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn bad_values_and_missing_files_are_reported() {
        let err = load_from(vars(&[("SECUREBASE_POOL_SIZE", "lots")])).unwrap_err();
        assert!(err.contains("pool_size"), "{err}");
        let err = load_from(vars(&[("SECUREBASE_CONFIG", "/nonexistent/securebase.toml")])).unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        let err = load_from(vars(&[("SECUREBASE_PUBLIC_URL", "ftp://x")])).unwrap_err();
        assert!(err.contains("public_url"), "{err}");
        let err = load_from(vars(&[("SECUREBASE_DATABSE_URL_FILE", "/tmp/x")])).unwrap_err();
        assert!(err.contains("names no known setting"), "{err}");
    }
}
