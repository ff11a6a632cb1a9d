//! The `securebase` binary as an operator uses it: real processes, real databases.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use securebase_store::both_backends;
use securebase_store::testing::TestDb;

const BIN: &str = env!("CARGO_BIN_EXE_securebase");
const PW: &str = "long enough pass 1";

fn cmd(dir: &Path, url: &str) -> Command {
    let mut c = Command::new(BIN);
    c.current_dir(dir).env("SECUREBASE_DATABASE_URL", url).env("SECUREBASE_LOG", "warn");
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("SECUREBASE_") && k != "SECUREBASE_TEST_POSTGRES_URL")
    {
        if k != "SECUREBASE_DATABASE_URL" && k != "SECUREBASE_LOG" {
            c.env_remove(k);
        }
    }
    c
}

fn run(dir: &Path, url: &str, args: &[&str]) -> Output {
    cmd(dir, url).args(args).output().unwrap()
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// A running `securebase serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &Path, url: &str) -> Server {
    let mut child = cmd(dir, url).args(["serve", "--listen", "127.0.0.1:0"]).stdout(Stdio::piped()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let base = line.split_whitespace().find(|w| w.starts_with("http://")).expect("serving line").to_owned();
    Server { child, base }
}

async fn sign_in_and_get_home(base: &str, email: &str, password: &str) -> String {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let body = format!("email={}&password={}", email.replace('@', "%40"), password.replace(' ', "+"));
    let r = http
        .post(format!("{base}/sign-in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "sign-in of {email}");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    http.get(format!("{base}/")).header("cookie", cookie).send().await.unwrap().text().await.unwrap()
}

#[test]
fn version_help_and_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), "sqlite://x.db", &["--version"]);
    assert!(o.status.success());
    assert_eq!(text(&o).0.trim(), format!("securebase {}", env!("CARGO_PKG_VERSION")));
    for sub in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["demo", "--help"],
        vec!["config", "--help"],
        vec!["org", "--help"],
        vec!["org", "add", "--help"],
        vec!["user", "--help"],
        vec!["user", "add", "--help"],
        vec!["user", "set-password", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
    ] {
        let o = run(dir.path(), "sqlite://x.db", &sub);
        assert!(o.status.success(), "{sub:?}");
        assert!(text(&o).0.contains("Usage:"), "{sub:?}");
    }
    for bad in [
        vec!["--bogus"],
        vec!["frobnicate"],
        vec!["serve", "--listen"],
        vec!["user", "add", "--email", "x"],
        vec!["backup"],
    ] {
        let o = run(dir.path(), "sqlite://x.db", &bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        let (_, err) = text(&o);
        assert_eq!(err.trim_end().lines().count(), 1, "one line for {bad:?}: {err}");
        assert!(err.starts_with("securebase: "), "{err}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing was created");
}

#[test]
fn bad_database_urls_are_one_line_errors_that_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (url, expect) in [
        ("mysql://root@localhost/sb", "unsupported database URL scheme 'mysql'"),
        ("securebase.db", "unsupported database URL scheme"),
        ("postgres://postgres@127.0.0.1:1/sb", "cannot connect to PostgreSQL at 127.0.0.1:1/sb"),
    ] {
        let o = run(dir.path(), url, &["migrate"]);
        assert_eq!(o.status.code(), Some(1), "{url}");
        let (_, err) = text(&o);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expect), "{url}: {err}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no file was created");
}

#[test]
fn config_shows_values_sources_and_masks_secrets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("securebase.toml"), "listen = \"0.0.0.0:9090\"\n").unwrap();
    let o = cmd(dir.path(), "postgres://sb:hunter2-secret@db.internal/sb")
        .env("SECUREBASE_SESSION_IDLE_MINUTES", "20")
        .arg("config")
        .output()
        .unwrap();
    assert!(o.status.success());
    let (out, _) = text(&o);
    assert!(!out.contains("hunter2-secret"), "{out}");
    assert!(out.contains("postgres://sb:****@db.internal/sb"), "{out}");
    assert!(out.contains("environment variable SECUREBASE_DATABASE_URL"), "{out}");
    let listen = out.lines().find(|l| l.starts_with("listen")).unwrap();
    assert!(listen.contains("0.0.0.0:9090") && listen.contains("file securebase.toml"), "{listen}");
    let idle = out.lines().find(|l| l.starts_with("session_idle_minutes")).unwrap();
    assert!(idle.contains("20") && idle.contains("SECUREBASE_SESSION_IDLE_MINUTES"), "{idle}");
    assert!(out.lines().find(|l| l.starts_with("pool_size")).unwrap().contains("(default)"));
}

both_backends!(demo_then_serve_lets_the_administrator_sign_in, |db: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &db.url, &["demo", "--password", PW, "--no-serve"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    for email in ["admin@demo.test", "manager@demo.test", "ssw@demo.test", "csw@demo.test", "carer@demo.test"] {
        assert!(out.contains(email), "{out}");
    }
    // Running it again is harmless.
    let o = run(dir.path(), &db.url, &["demo", "--password", PW, "--no-serve"]);
    assert!(o.status.success());
    let listed = text(&run(dir.path(), &db.url, &["user", "list"])).0;
    let expected = securebase_store::demo::WORKERS_PER_ORG + 2; // workers plus the administrator and the carer
    assert_eq!(listed.lines().count(), expected, "running demo twice adds nobody: {listed}");

    let server = serve(dir.path(), &db.url);
    let home = sign_in_and_get_home(&server.base, "admin@demo.test", PW).await;
    assert!(home.contains("Welcome, Priya Raman"), "{home}");
    let ready = reqwest::get(format!("{}/readyz", server.base)).await.unwrap();
    assert_eq!(ready.status(), 200);
});

both_backends!(demo_in_norwegian_adds_a_bokmal_agency_beside_the_english_one, |db: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &db.url, &["demo", "--password", PW, "--no-serve", "--language", "nb"]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("Fjordbyen barneverntjeneste (demo)"), "{out}");
    for email in ["admin@demo.test", "carer@demo.test", "admin@fjordbyen.test", "carer@fjordbyen.test"] {
        assert!(out.contains(email), "{email}: {out}");
    }
    let orgs = text(&run(dir.path(), &db.url, &["org", "list"])).0;
    assert!(orgs.contains(securebase_store::demo::ORG_NAME) && orgs.contains("Fjordbyen"), "{orgs}");
    let bad = run(dir.path(), &db.url, &["demo", "--no-serve", "--language", "sv"]);
    assert_eq!(bad.status.code(), Some(2), "only the languages securebase speaks");

    let server = serve(dir.path(), &db.url);
    // The Norwegian carer reads Bokmål, as their organisation does; the English carer English.
    let home = sign_in_and_get_home(&server.base, "carer@fjordbyen.test", PW).await;
    assert!(home.contains("<html lang=\"nb\""), "{home}");
    assert!(home.contains("Velkommen, Kim Solheim"), "{home}");
    let home = sign_in_and_get_home(&server.base, "carer@demo.test", PW).await;
    assert!(home.contains("<html lang=\"en-GB\"") && home.contains("Welcome, Sam Whitfield"), "{home}");
});

#[tokio::test]
async fn demo_without_a_password_generates_one_and_shows_it_once() {
    let db = TestDb::create(securebase_store::Backend::Sqlite).unwrap().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = text(&run(dir.path(), &db.url, &["demo", "--no-serve"]));
    let line = out.lines().find(|l| l.contains("shown only this once")).expect(&out);
    let generated = line.rsplit(' ').next().unwrap().to_owned();
    assert!(generated.chars().count() >= 12);
    let (again, _) = text(&run(dir.path(), &db.url, &["demo", "--no-serve"]));
    assert!(!again.contains(&generated), "not shown twice");
    assert!(again.contains("password unchanged"));
    let server = serve(dir.path(), &db.url);
    let home = sign_in_and_get_home(&server.base, "carer@demo.test", &generated).await;
    assert!(home.contains("Welcome, Sam Whitfield"));
}

both_backends!(organisations_and_users_from_the_command_line, |db: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &db.url, &["org", "add", "Riverside Fostering"]).status.success());
    let dup = run(d, &db.url, &["org", "add", "Riverside Fostering"]);
    assert_eq!(dup.status.code(), Some(1));
    assert!(text(&dup).1.contains("already exists"));
    assert!(text(&run(d, &db.url, &["org", "list"])).0.contains("Riverside Fostering"));

    let o = run(
        d,
        &db.url,
        &[
            "user",
            "add",
            "--org",
            "Riverside Fostering",
            "--email",
            "Kim@Riverside.test",
            "--name",
            "Kim Ade",
            "--role",
            "team_manager",
            "--password",
            "kims own passphrase",
        ],
    );
    assert!(o.status.success(), "{:?}", text(&o));
    let bad_role = run(
        d,
        &db.url,
        &[
            "user",
            "add",
            "--org",
            "Riverside Fostering",
            "--email",
            "x@riverside.test",
            "--name",
            "X",
            "--role",
            "boss",
        ],
    );
    assert!(text(&bad_role).1.contains("unknown role 'boss'"));
    let weak = run(
        d,
        &db.url,
        &[
            "user",
            "add",
            "--org",
            "Riverside Fostering",
            "--email",
            "y@riverside.test",
            "--name",
            "Y",
            "--role",
            "caregiver",
            "--password",
            "short",
        ],
    );
    assert!(text(&weak).1.contains("at least 12 characters"));
    let no_org = run(
        d,
        &db.url,
        &["user", "add", "--org", "Nowhere", "--email", "z@riverside.test", "--name", "Z", "--role", "caregiver"],
    );
    assert!(text(&no_org).1.contains("no such organisation"));

    let list = text(&run(d, &db.url, &["user", "list", "--org", "Riverside Fostering"])).0;
    assert!(list.contains("kim@riverside.test") && list.contains("team_manager") && list.contains("active"), "{list}");
    assert!(run(d, &db.url, &["user", "disable", "kim@riverside.test"]).status.success());
    assert!(text(&run(d, &db.url, &["user", "list"])).0.contains("disabled"));
    assert!(run(d, &db.url, &["user", "enable", "kim@riverside.test"]).status.success());
    let o = run(d, &db.url, &["user", "set-roles", "kim@riverside.test", "team_manager, child_social_worker"]);
    assert!(text(&o).0.contains("Team manager, Child's social worker"), "{:?}", text(&o));
    assert!(
        text(&run(d, &db.url, &["user", "set-roles", "kim@riverside.test", "boss"])).1.contains("unknown role 'boss'")
    );
    let o = run(d, &db.url, &["user", "set-password", "kim@riverside.test"]);
    let (out, _) = text(&o);
    let new_pw =
        out.lines().find(|l| l.contains("shown only this once")).unwrap().rsplit(' ').next().unwrap().to_owned();
    let server = serve(d, &db.url);
    let home = sign_in_and_get_home(&server.base, "kim@riverside.test", &new_pw).await;
    assert!(home.contains("Team manager") && home.contains("Riverside Fostering"));
    let missing = run(d, &db.url, &["user", "disable", "nobody@riverside.test"]);
    assert!(text(&missing).1.contains("no account with the email address"));
});

#[tokio::test]
async fn online_backup_restores_into_a_working_database() {
    let db = TestDb::create(securebase_store::Backend::Sqlite).unwrap().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &db.url, &["demo", "--password", PW, "--no-serve"]).status.success());
    let backup = d.join("nightly.db");
    {
        // Backed up while the server is running and serving.
        let server = serve(d, &db.url);
        sign_in_and_get_home(&server.base, "admin@demo.test", PW).await;
        let o = run(d, &db.url, &["backup", backup.to_str().unwrap()]);
        assert!(o.status.success(), "{:?}", text(&o));
        assert!(text(&o).0.contains("integrity check passed"));
        let again = run(d, &db.url, &["backup", backup.to_str().unwrap()]);
        assert_eq!(again.status.code(), Some(1), "never overwrites a backup");
    }
    assert!(run(d, &db.url, &["org", "add", "Added After Backup"]).status.success());

    let refused = run(d, &db.url, &["restore", backup.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused).1.contains("--force"));
    let o = run(d, &db.url, &["restore", backup.to_str().unwrap(), "--force"]);
    assert!(o.status.success(), "{:?}", text(&o));
    assert!(!text(&run(d, &db.url, &["org", "list"])).0.contains("Added After Backup"));

    let server = serve(d, &db.url);
    let home = sign_in_and_get_home(&server.base, "admin@demo.test", PW).await;
    assert!(home.contains("Welcome, Priya Raman"));

    let not_db = d.join("notes.txt");
    std::fs::write(&not_db, "shopping list").unwrap();
    let o = run(d, &db.url, &["restore", not_db.to_str().unwrap(), "--force"]);
    assert!(text(&o).1.contains("not a usable securebase backup"), "{:?}", text(&o));
}

#[tokio::test]
async fn postgres_backup_points_to_pg_dump() {
    let Some(db) = TestDb::create(securebase_store::Backend::Postgres).unwrap() else { return };
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &db.url, &["backup", "x.db"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).1.contains("pg_dump"));
}

both_backends!(export_and_audit_verify, |db: TestDb| async move {
    use diesel::prelude::*;
    use securebase_store::schema::{audit_events, children, households};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(run(d, &db.url, &["demo", "--password", PW, "--no-serve"]).status.success());
    let store = db.store().await.unwrap();
    let (child, household) = store
        .run(|c| {
            let child: String = children::table.select(children::id).first(c)?;
            let household: String = households::table.select(households::id).first(c)?;
            Ok((child, household))
        })
        .await
        .unwrap();
    let out = d.join("sar");
    let o = run(d, &db.url, &["export", "child", &child, "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{:?}", text(&o));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join(format!("child-{child}.json"))).unwrap()).unwrap();
    assert_eq!(json["child"]["id"], child.as_str());
    assert!(json["placements"].is_array() && json["change_history"].is_array() && json["access_log"].is_array());
    // Every demo child has signed-off assessments; a subject access export carries them whole.
    let written = json["assessments"].as_array().unwrap();
    assert!(written.len() >= 2, "{written:?}");
    assert!(written.iter().all(|a| a["indicators"].as_array().is_some_and(|i| !i.is_empty())
        && a["evidence"].as_array().is_some_and(|e| !e.is_empty())
        && a["sections"].as_array().is_some_and(|s| s.len() == 5)));
    assert!(std::fs::read_to_string(out.join(format!("child-{child}.html"))).unwrap().contains("<h1>Record of "));
    let o = run(d, &db.url, &["export", "household", &household, "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{:?}", text(&o));
    let o = run(d, &db.url, &["export", "child", "not-a-real-id"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).1.contains("no child with the id not-a-real-id"));

    let o = run(d, &db.url, &["audit", "verify"]);
    assert!(o.status.success(), "{:?}", text(&o));
    assert!(text(&o).0.contains("The audit trail is whole"));
    // Alter one row by hand: verify fails and names it.
    let victim = store
        .run(|c| {
            let id: String = audit_events::table.order(audit_events::seq.asc()).select(audit_events::id).first(c)?;
            diesel::update(audit_events::table.filter(audit_events::id.eq(&id)))
                .set(audit_events::action.eq("tampered"))
                .execute(c)?;
            Ok(id)
        })
        .await
        .unwrap();
    let o = run(d, &db.url, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    let (_, err) = text(&o);
    assert!(err.contains("broken") && err.contains(&victim), "{err}");
});

both_backends!(command_line_acts_are_audited_and_a_checkpoint_finds_a_cut_off_tail, |db: TestDb| async move {
    use diesel::prelude::*;
    use securebase_store::schema::audit_events;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let key = "an audit checkpoint key, thirty-two characters or more";
    let as_ops = |args: &[&str]| {
        let o = cmd(d, &db.url).env("USER", "ops-kim").env("SECUREBASE_AUDIT_CHECKPOINT_KEY", key).args(args).output();
        o.unwrap()
    };
    for args in [
        &["org", "add", "Riverside Fostering"][..],
        &["user", "add", "--org", "Riverside Fostering", "--email", "kim@riverside.test", "--name", "Kim Ade"],
    ] {
        let mut args = args.to_vec();
        if args[0] == "user" {
            args.extend(["--role", "team_manager", "--password", "kims own passphrase"]);
        }
        let o = as_ops(&args);
        assert!(o.status.success(), "{:?}", text(&o));
    }
    for args in [
        &["user", "disable", "kim@riverside.test"][..],
        &["user", "enable", "kim@riverside.test"],
        &["user", "set-roles", "kim@riverside.test", "team_manager,auditor"],
        &["user", "set-password", "kim@riverside.test"],
    ] {
        let o = as_ops(args);
        assert!(o.status.success(), "{:?}", text(&o));
    }
    let store = db.store().await.unwrap();
    let events: Vec<(Option<String>, String, String)> = store
        .run(|c| {
            Ok(audit_events::table
                .order((audit_events::org_id.asc(), audit_events::seq.asc()))
                .select((audit_events::actor_id, audit_events::action, audit_events::record_type))
                .load(c)?)
        })
        .await
        .unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(
        actions,
        ["create", "create:team_manager", "disable", "enable", "set_roles:team_manager,auditor", "reset_password"]
    );
    assert!(events.iter().all(|e| e.0.as_deref() == Some("system:cli:ops-kim")), "{events:?}");

    // A signed checkpoint, held outside the database.
    let cp = d.join("checkpoint.json");
    let o = as_ops(&["audit", "checkpoint", "--out", cp.to_str().unwrap()]);
    assert!(o.status.success(), "{:?}", text(&o));
    let written = std::fs::read_to_string(&cp).unwrap();
    assert!(written.contains("hmac-sha256:") && written.contains("Riverside Fostering"), "{written}");
    let o = as_ops(&["audit", "verify", "--checkpoint", cp.to_str().unwrap()]);
    assert!(o.status.success(), "{:?}", text(&o));
    assert!(text(&o).0.contains("still reaches all 1 head(s)"), "{:?}", text(&o));

    // The newest two events deleted: the rest is a whole chain, so plain verify passes, but
    // with the checkpoint it fails and says whose events are missing.
    store
        .run(|c| {
            diesel::delete(audit_events::table.filter(audit_events::seq.gt(4_i64))).execute(c)?;
            Ok(())
        })
        .await
        .unwrap();
    assert!(as_ops(&["audit", "verify"]).status.success());
    let o = as_ops(&["audit", "verify", "--checkpoint", cp.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{:?}", text(&o));
    let err = text(&o).1;
    assert!(err.contains("Riverside Fostering") && err.contains("events 5 to 6") && err.contains("missing"), "{err}");

    // A checkpoint edited to match the shortened trail is refused: its signature no longer fits.
    let forged = d.join("forged.json");
    std::fs::write(&forged, written.replacen("\"seq\": 6", "\"seq\": 4", 1)).unwrap();
    let o = as_ops(&["audit", "verify", "--checkpoint", forged.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).1.contains("signature does not match"), "{:?}", text(&o));
});
