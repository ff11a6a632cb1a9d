//! The `securebase` command: the web server and its administration tools in one binary.

mod commands;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "securebase",
    version,
    about = "A practice platform for the Secure Base model of therapeutic caregiving"
)]
#[command(after_help = "Configuration comes from securebase.toml and SECUREBASE_* variables; see `securebase config`.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (brings the database schema up to date first).
    Serve {
        /// Address to listen on, e.g. 0.0.0.0:8080 [default: from configuration, 127.0.0.1:8080]
        #[arg(long)]
        listen: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Create a fictional demo agency with accounts for every role, print them, then serve.
    Demo {
        /// Password for every demo account [default: one is generated and printed once]
        #[arg(long, env = "SECUREBASE_DEMO_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        /// Create the demo data and stop, without serving.
        #[arg(long)]
        no_serve: bool,
        /// Address to listen on when serving.
        #[arg(long)]
        listen: Option<String>,
        /// How many demo organisations: the first has the accounts above, the others ("Demo
        /// Agency 2", ...) their own workers at first.last@demoN.test, for trying securebase at scale.
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        scale: u32,
        /// Also give the first child of csw@demo.test N signed-off assessments in all (for load
        /// tests of the profile page); prints the child's profile address.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=500))]
        profile_history: Option<u32>,
        /// With `nb`, also create a Norwegian agency beside the English one: "Fjordbyen
        /// barneverntjeneste (demo)", reading securebase in Bokmål, its accounts at fjordbyen.test.
        #[arg(long, value_name = "LANGUAGE", default_value = "en", value_parser = ["en", "nb"])]
        language: String,
    },
    /// Print the effective configuration, secrets masked, and where each value came from.
    Config,
    /// Manage organisations.
    #[command(subcommand)]
    Org(commands::OrgCommand),
    /// Manage the people who sign in.
    #[command(subcommand)]
    User(commands::UserCommand),
    /// Write a consistent copy of a running SQLite database to FILE.
    Backup {
        /// The new backup file (must not exist yet).
        file: std::path::PathBuf,
    },
    /// Replace the SQLite database with a backup (stop the server first).
    Restore {
        /// The backup file to restore.
        file: std::path::PathBuf,
        /// Replace an existing database.
        #[arg(long)]
        force: bool,
    },
    /// Check the audit trail.
    #[command(subcommand)]
    Audit(commands::AuditCommand),
    /// Export a person's whole record (for a subject access request) as JSON and HTML.
    #[command(subcommand)]
    Export(commands::ExportCommand),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        Err(e) => {
            // One line: the reason, and where to look for more.
            let text = e.render().to_string();
            let reason = text.lines().next().unwrap_or("invalid arguments").trim_start_matches("error: ");
            eprintln!("securebase: {reason} (see securebase --help)");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("securebase: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("securebase: {e}");
            ExitCode::FAILURE
        }
    }
}
