//! What each subcommand does. Errors are one line for the terminal; nothing here panics.

use std::fmt;

use clap::Subcommand;
use rand::Rng;
use securebase_core::{DisplayName, Email, OrgName, Password, Role};
use securebase_store::audit::By;
use securebase_store::checkpoint::{self, Checkpoint};
use securebase_store::users::{self, NewUser};
use securebase_store::{DatabaseUrl, Store, demo, orgs};
use securebase_web::auth::password;
use securebase_web::config::{self, Loaded};
use securebase_web::{AppState, Settings};

use crate::Command;

#[derive(Subcommand)]
pub enum OrgCommand {
    /// Add an organisation (a fostering agency, local authority, children's home...).
    Add {
        /// Its name, e.g. "Riverside Fostering".
        name: String,
    },
    /// List organisations.
    List,
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Add a person who can sign in.
    Add {
        /// Organisation, by name or id.
        #[arg(long)]
        org: String,
        #[arg(long)]
        email: String,
        /// Full name.
        #[arg(long)]
        name: String,
        /// One of: agency_admin, team_manager, supervising_social_worker, child_social_worker, caregiver, auditor.
        #[arg(long)]
        role: String,
        /// First password [default: one is generated and printed once]
        #[arg(long, env = "SECUREBASE_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// List people, optionally of one organisation.
    List {
        /// Organisation, by name or id.
        #[arg(long)]
        org: Option<String>,
    },
    /// Disable an account and end its sessions at once.
    Disable { email: String },
    /// Enable a disabled account.
    Enable { email: String },
    /// Give a person one or more roles, replacing the ones they had.
    SetRoles {
        email: String,
        /// Comma-separated, e.g. team_manager,child_social_worker
        roles: String,
    },
    /// Set a new password (ends the person's sessions).
    SetPassword {
        email: String,
        /// The new password [default: one is generated and printed once]
        #[arg(long, env = "SECUREBASE_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Prove the audit trail's hash chain is whole; names the first broken link. With
    /// --checkpoint, also prove that it still reaches every head the checkpoint holds, so that
    /// newest events cut off are found too.
    Verify {
        /// A checkpoint file from `securebase audit checkpoint` (or the server's
        /// audit_checkpoint_dir), kept outside the database.
        #[arg(long, value_name = "FILE")]
        checkpoint: Option<std::path::PathBuf>,
    },
    /// Write a checkpoint of every organisation's newest audit event (signed when
    /// audit_checkpoint_key is set), to keep outside the database.
    Checkpoint {
        /// The file to write [default: print to standard output]
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum ExportCommand {
    /// A child's whole record: details, family and significant others, placements, workers,
    /// change history and access log.
    Child {
        /// The child's id (from the address of their record page).
        id: String,
        /// Folder to write into [default: the current folder]
        #[arg(long, default_value = ".")]
        out: std::path::PathBuf,
    },
    /// A household's whole record.
    Household {
        id: String,
        #[arg(long, default_value = ".")]
        out: std::path::PathBuf,
    },
}

#[derive(Debug)]
pub struct CliError(String);

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! impl_from {
    ($($t:ty),*) => {$(
        impl From<$t> for CliError {
            fn from(e: $t) -> Self { CliError(e.to_string()) }
        }
    )*};
}
impl_from!(securebase_store::StoreError, securebase_web::StartError, std::io::Error, password::HashError, String);

fn settings() -> Result<Loaded, CliError> {
    Ok(config::load()?)
}

/// Logs to stderr. Colour codes only on a terminal: in a file or a log collector they are noise
/// around every field, and cost a little on each of the per-request lines logged at `info`.
fn init_logging(filter: &str) {
    use std::io::IsTerminal;
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| filter.to_owned());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

async fn open_store(s: &Settings) -> Result<Store, CliError> {
    let url = s.database_url.clone();
    let pool = s.pool_size;
    let store =
        tokio::task::spawn_blocking(move || Store::open(&url, pool)).await.map_err(|e| CliError(e.to_string()))??;
    store.migrate().await?;
    Ok(store)
}

/// A passphrase-like generated password: about 100 bits, easy to read out and type.
fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::rngs::OsRng;
    (0..4)
        .map(|_| (0..5).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

async fn hash(pw: Password) -> Result<String, CliError> {
    Ok(tokio::task::spawn_blocking(move || password::hash(pw.expose()))
        .await
        .map_err(|e| CliError(e.to_string()))??)
}

fn checked_password(given: Option<String>, email: Option<&str>) -> Result<(Password, bool), CliError> {
    match given {
        Some(p) => Ok((Password::parse(&p, email).map_err(|e| CliError(e.to_string()))?, false)),
        None => Ok((Password::parse(&generate_password(), email).map_err(|e| CliError(e.to_string()))?, true)),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}

async fn serve(mut settings: Settings, listen: Option<String>, store: Option<Store>) -> Result<(), CliError> {
    if let Some(l) = listen {
        settings.listen = l;
    }
    let listener = tokio::net::TcpListener::bind(&settings.listen)
        .await
        .map_err(|e| CliError(format!("cannot listen on {}: {e}", settings.listen)))?;
    let addr = listener.local_addr()?;
    let state = match store {
        Some(s) => AppState::with_store(settings, s).await?,
        None => AppState::new(settings).await?,
    };
    println!(
        "securebase is serving on http://{addr} ({} database); press Ctrl+C to stop",
        state.store.backend().name()
    );
    tracing::info!(%addr, "serving");
    securebase_web::serve(listener, state, shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

pub async fn run(command: Command) -> Result<(), CliError> {
    let loaded = settings()?;
    let s = loaded.settings.clone();
    match command {
        Command::Serve { listen } => {
            init_logging(&s.log);
            serve(s, listen, None).await
        }
        Command::Migrate => {
            init_logging("warn");
            let url = s.database_url.clone();
            let store = tokio::task::spawn_blocking(move || Store::open(&url, 1))
                .await
                .map_err(|e| CliError(e.to_string()))??;
            let applied = store.migrate().await?;
            if applied.is_empty() {
                println!("The database schema is up to date.");
            } else {
                println!("Applied {} migration(s): {}", applied.len(), applied.join(", "));
            }
            Ok(())
        }
        Command::Demo { password, no_serve, listen, scale, profile_history, language } => {
            let norwegian = language == "nb";
            init_logging(&s.log);
            let store = open_store(&s).await?;
            let reset = password.is_some();
            let (pw, generated) = checked_password(password, None)?;
            let shown = pw.expose().to_owned();
            let h = hash(pw).await?;
            let h_nb = h.clone();
            let started = std::time::Instant::now();
            let seeded = store
                .run(move |c| {
                    demo::seed_scaled(c, &h, if reset { Some(h.as_str()) } else { None }, scale, &mut |o| {
                        let what = if o.created {
                            format!(
                                "created {} workers, {} households, {} children, {} placements",
                                o.workers, o.households, o.children, o.placements
                            )
                        } else if reset {
                            "already there; its workers now have the password you gave".to_owned()
                        } else {
                            "already there, left as it was".to_owned()
                        };
                        println!("Demo organisation {}/{scale}: {}: {what}", o.index, o.org.name);
                    })
                })
                .await?;
            if scale > 1 {
                println!("Seeded {scale} organisations in {:.1} s.", started.elapsed().as_secs_f64());
            }
            if let Some(n) = profile_history {
                let today = jiff::Zoned::now().date();
                let child = store
                    .run(move |c| {
                        let pack = securebase_core::content::embedded_pack().map_err(|e| {
                            securebase_store::StoreError::Invalid(format!(
                                "the built-in content: {} problem(s)",
                                e.len()
                            ))
                        })?;
                        securebase_store::demo_history::add_history(c, &pack, n as usize, today)
                    })
                    .await?;
                println!("Profile with {n} signed-off assessments: /children/{child}/profile");
            }
            println!("Demo organisation: {}", seeded.org.name);
            println!("Sign in with any of these accounts:");
            for a in &seeded.accounts {
                let note = if a.created || reset { "" } else { "  (already existed; password unchanged)" };
                println!("  {:<20} {:<28} {}{note}", a.email, a.role.label(), a.name);
            }
            println!(
                "Its team managers and social workers sign in as first.last@{} with the same password.",
                demo::email_domain(1)
            );
            if scale > 1 {
                println!("Those of Demo Agency N sign in as first.last@demoN.test (N from 2 to {scale}).");
            }
            let mut any_new = seeded.accounts.iter().any(|a| a.created) || seeded.orgs.iter().any(|o| o.created);
            if norwegian {
                let (org, accounts) = store
                    .run(move |c| demo::seed_norwegian(c, &h_nb, if reset { Some(h_nb.as_str()) } else { None }))
                    .await?;
                println!("Norwegian demo organisation: {} (Bokmål, Europe/Oslo)", org.name);
                for a in &accounts {
                    let note = if a.created || reset { "" } else { "  (already existed; password unchanged)" };
                    println!("  {:<24} {:<28} {}{note}", a.email, a.role.label(), a.name);
                }
                println!(
                    "Its team managers and social workers sign in as first.last@{} with the same password.",
                    demo::email_domain_in(securebase_core::Language::Nb, 1)
                );
                any_new |= accounts.iter().any(|a| a.created);
            }
            if generated && any_new {
                println!("Password for the new accounts (shown only this once): {shown}");
            } else if !generated {
                println!("Password for every demo account: the one you gave with --password.");
            }
            if no_serve { Ok(()) } else { serve(s, listen, Some(store)).await }
        }
        Command::Config => {
            for e in &loaded.effective {
                println!("{:<24} = {:<40} ({})", e.key, e.value, e.source);
            }
            Ok(())
        }
        Command::Org(cmd) => {
            init_logging("warn");
            let store = open_store(&s).await?;
            match cmd {
                OrgCommand::Add { name } => {
                    let name = OrgName::parse(&name).map_err(|e| CliError(e.to_string()))?;
                    let by = cli_actor();
                    let org = store.run(move |c| orgs::add(c, &name, &by)).await?;
                    println!("Added organisation {} ({})", org.name, org.id);
                }
                OrgCommand::List => {
                    for o in store.run(orgs::list).await? {
                        println!("{}  {}", o.id, o.name);
                    }
                }
            }
            Ok(())
        }
        Command::User(cmd) => {
            init_logging("warn");
            let store = open_store(&s).await?;
            user_command(&store, cmd).await
        }
        Command::Audit(AuditCommand::Verify { checkpoint }) => {
            init_logging("warn");
            // Read and check the checkpoint before touching the database: a bad file is the
            // first thing to say.
            let cp = match checkpoint {
                Some(path) => {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| CliError(format!("cannot read {}: {e}", path.display())))?;
                    let cp = Checkpoint::from_json(&text).map_err(|e| CliError(format!("{}: {e}", path.display())))?;
                    cp.check_signature(s.audit_checkpoint_key.as_deref())
                        .map_err(|e| CliError(format!("{}: {e}", path.display())))?;
                    Some(cp)
                }
                None => None,
            };
            let store = open_store(&s).await?;
            let report = store.run(securebase_store::audit::verify).await?;
            if let Some(b) = report.first_broken {
                return Err(CliError(format!(
                    "the audit trail is broken at event {} (number {} of organisation {}): {}",
                    b.event_id, b.seq, b.org_id, b.reason
                )));
            }
            let whole = format!(
                "The audit trail is whole: {} events in {} chain(s), every link checked.",
                report.events, report.organisations
            );
            let Some(cp) = cp else {
                println!("{whole}");
                return Ok(());
            };
            let held = cp.clone();
            let short = store.run(move |c| checkpoint::verify_against(c, &held)).await?;
            if short.is_empty() {
                println!("{whole}");
                println!(
                    "It still reaches all {} head(s) of the checkpoint taken {}{}.",
                    cp.heads.len(),
                    cp.taken_at_utc,
                    if cp.signature.is_some() { " (signature checked)" } else { " (unsigned)" }
                );
                return Ok(());
            }
            let lines: Vec<String> = short.iter().map(|s| format!("  {s}")).collect();
            Err(CliError(format!(
                "the audit trail no longer reaches the checkpoint taken {}: events it held are gone\n{}",
                cp.taken_at_utc,
                lines.join("\n")
            )))
        }
        Command::Audit(AuditCommand::Checkpoint { out }) => {
            init_logging("warn");
            let store = open_store(&s).await?;
            let key = s.audit_checkpoint_key.as_deref();
            let cp = securebase_web::checkpoints::take(&store, key).await?;
            let json = cp.to_json()?;
            match out {
                Some(path) => {
                    std::fs::write(&path, format!("{json}\n"))
                        .map_err(|e| CliError(format!("cannot write {}: {e}", path.display())))?;
                    eprintln!(
                        "Wrote a checkpoint of {} chain(s) to {}{}.",
                        cp.heads.len(),
                        path.display(),
                        if key.is_some() { ", signed" } else { ", unsigned (no audit_checkpoint_key is set)" }
                    );
                }
                None => println!("{json}"),
            }
            Ok(())
        }
        Command::Export(cmd) => {
            init_logging("warn");
            let store = open_store(&s).await?;
            let (kind, id, out) = match cmd {
                ExportCommand::Child { id, out } => ("child", id, out),
                ExportCommand::Household { id, out } => ("household", id, out),
            };
            let key = id.clone();
            let export = store
                .run(move |c| {
                    if kind == "child" {
                        securebase_store::export::child(c, &key)
                    } else {
                        securebase_store::export::household(c, &key)
                    }
                })
                .await
                .map_err(
                    |e| if e.is_not_found() { CliError(format!("no {kind} with the id {id}")) } else { e.into() },
                )?;
            std::fs::create_dir_all(&out)?;
            let json_path = out.join(format!("{kind}-{id}.json"));
            let html_path = out.join(format!("{kind}-{id}.html"));
            let json = serde_json::to_string_pretty(&export.json).map_err(|e| CliError(e.to_string()))?;
            std::fs::write(&json_path, json)?;
            std::fs::write(&html_path, export.html)?;
            println!("Wrote {} and {}", json_path.display(), html_path.display());
            Ok(())
        }
        Command::Backup { file } => {
            init_logging("warn");
            let url = s.database_url.clone();
            let store = tokio::task::spawn_blocking(move || Store::open(&url, 1))
                .await
                .map_err(|e| CliError(e.to_string()))??;
            let report = store.backup(file).await?;
            println!("Backed up to {} ({} bytes); integrity check passed.", report.path.display(), report.bytes);
            Ok(())
        }
        Command::Restore { file, force } => {
            init_logging("warn");
            let url = DatabaseUrl::parse(&s.database_url)?;
            securebase_store::backup::restore(&url, &file, force)?;
            println!("Restored {} into {}. Start securebase again to use it.", file.display(), url.masked());
            Ok(())
        }
    }
}

/// Who the audit trail says acted when the command line changes something: `system:cli`, with
/// the operating-system user who ran it when the environment names one (`system:cli:alice`).
fn cli_actor() -> By {
    let os_user = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).ok();
    By::cli(os_user.as_deref())
}

async fn user_command(store: &Store, cmd: UserCommand) -> Result<(), CliError> {
    let by = cli_actor();
    let find = |email: String| async move {
        let email = Email::parse(&email).map_err(|e| CliError(e.to_string()))?;
        let shown = email.to_string();
        store
            .run(move |c| users::find_by_email(c, &email))
            .await?
            .ok_or_else(|| CliError(format!("no account with the email address {shown}")))
    };
    match cmd {
        UserCommand::Add { org, email, name, role, password } => {
            let org = store.run(move |c| orgs::find(c, &org)).await.map_err(|e| {
                if e.is_not_found() {
                    CliError("no such organisation; see `securebase org list`".into())
                } else {
                    e.into()
                }
            })?;
            let email = Email::parse(&email).map_err(|e| CliError(e.to_string()))?;
            let name = DisplayName::parse(&name).map_err(|e| CliError(e.to_string()))?;
            let role = Role::parse(&role).ok_or_else(|| {
                let keys: Vec<_> = Role::ALL.iter().map(|r| r.key()).collect();
                CliError(format!("unknown role '{role}'; use one of: {}", keys.join(", ")))
            })?;
            let (pw, generated) = checked_password(password, Some(email.as_str()))?;
            let shown = pw.expose().to_owned();
            let h = hash(pw).await?;
            let org_id = org.id.clone();
            let user = store
                .run(move |c| {
                    users::create(
                        c,
                        &NewUser { org_id: &org_id, email: &email, display_name: &name, role, password_hash: &h },
                        &by,
                    )
                })
                .await?;
            println!("Added {} <{}> as {} in {}", user.display_name, user.email, role.label(), org.name);
            if generated {
                println!("Password (shown only this once): {shown}");
            }
        }
        UserCommand::List { org } => {
            let org_id = match org {
                Some(o) => Some(store.run(move |c| orgs::find(c, &o)).await?.id),
                None => None,
            };
            let all = store
                .run(move |c| {
                    let orgs = orgs::list(c)?;
                    let mut out = Vec::new();
                    for o in orgs.into_iter().filter(|o| org_id.as_ref().is_none_or(|id| *id == o.id)) {
                        for u in users::list_in_org(c, &o.id)? {
                            out.push((o.name.clone(), u));
                        }
                    }
                    Ok(out)
                })
                .await?;
            for (org, u) in all {
                let status = if u.disabled { "disabled" } else { "active" };
                let roles = u.roles.iter().map(|r| r.key()).collect::<Vec<_>>().join(",");
                println!("{:<28} {:<28} {:<26} {:<8} {}", u.email, u.display_name, roles, status, org);
            }
        }
        UserCommand::Disable { email } => {
            let u = find(email).await?;
            store.run(move |c| users::set_disabled(c, &u.org_id, &u.id, true, &by)).await?;
            println!("Disabled; every session of that account has ended.");
        }
        UserCommand::Enable { email } => {
            let u = find(email).await?;
            store.run(move |c| users::set_disabled(c, &u.org_id, &u.id, false, &by)).await?;
            println!("Enabled.");
        }
        UserCommand::SetRoles { email, roles } => {
            let u = find(email).await?;
            let parsed = roles
                .split(',')
                .map(|r| {
                    Role::parse(r.trim()).ok_or_else(|| {
                        let keys: Vec<_> = Role::ALL.iter().map(|r| r.key()).collect();
                        CliError(format!("unknown role '{}'; use one or more of: {}", r.trim(), keys.join(", ")))
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let user = store.run(move |c| users::set_roles(c, &u.org_id, &u.id, &parsed, &by)).await?;
            println!("{} now holds: {}", user.display_name, user.role_labels());
        }
        UserCommand::SetPassword { email, password } => {
            let u = find(email).await?;
            let (pw, generated) = checked_password(password, Some(&u.email))?;
            let shown = pw.expose().to_owned();
            let h = hash(pw).await?;
            store.run(move |c| users::set_password_hash(c, &u.org_id, &u.id, &h, &by)).await?;
            println!("Password changed; the person's sessions have ended.");
            if generated {
                println!("New password (shown only this once): {shown}");
            }
        }
    }
    Ok(())
}
