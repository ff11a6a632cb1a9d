//! Shared helpers for the end-to-end browser suite: the real app on a fresh database, and a
//! headless Chromium driven through its own chromedriver.
//!
//! Every test gets its own app server (on a free port), its own chromedriver (on another free
//! port) and its own browser profile, so the tests run side by side in one binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::ops::Deref;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use securebase_store::testing::TestDb;
use securebase_web::{AppState, Settings};
use serde_json::json;
use tokio::sync::{Semaphore, SemaphorePermit, oneshot};

pub use fantoccini;

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Every seeded demo account signs in with this.
pub const DEMO_PASSWORD: &str = "long enough pass 1";
pub const ADMIN_EMAIL: &str = "admin@demo.test";

/// How long any one wait for the page may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(100);

/// Desktop and phone window sizes.
pub const DESKTOP: (u32, u32) = (1280, 900);
pub const PHONE: (u32, u32) = (375, 812);
/// The narrowest window Chromium opens; narrower sizes are emulated as a phone screen.
const MIN_WINDOW_WIDTH: u32 = 500;
/// The most Tab presses [`Browser::tab_to`] makes looking for one control: more than any page
/// here has before its last control, so a miss means the control is not reachable.
const MAX_TABS: usize = 120;

/// In CI (or when asked) a missing browser fails the run; elsewhere the browser tests skip.
pub fn browser_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
        || std::env::var("SECUREBASE_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// True when Chromium and chromedriver are installed. When they are not, fails the test if a
/// browser is required here, and otherwise says the test is skipped and returns false.
pub fn browser_available(test: &str) -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER].into_iter().filter(|p| !Path::new(p).is_file()).collect();
    if missing.is_empty() {
        return true;
    }
    let what = missing.join(" and ");
    if browser_required() {
        panic!(
            "{test}: the browser tests are required here (CI=true or SECUREBASE_TEST_REQUIRE_BROWSER=1) \
             but {what} is missing; install Debian's chromium and chromium-driver packages"
        );
    }
    eprintln!("skipping {test}: {what} is missing (install Debian's chromium and chromium-driver to run it)");
    false
}

/// axe-core's browser build, installed from npm into `tests/node_modules` by `scripts/test`
/// (see `tests/package.json`).
pub fn axe_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js")
}

/// In CI (or when `scripts/test` installed it) a missing axe-core fails the run; elsewhere the
/// accessibility checks skip.
pub fn axe_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
        || std::env::var("SECUREBASE_TEST_REQUIRE_AXE").is_ok_and(|v| v == "1")
}

/// axe-core's source, to inject into pages with [`Browser::assert_accessible`]. When it is not
/// installed, fails the test if it is required here, and otherwise says the test is skipped and
/// returns `None`.
pub fn axe_source(test: &str) -> Option<String> {
    let path = axe_path();
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(source),
        Err(e) if axe_required() => panic!(
            "{test}: axe-core is required here (CI=true or SECUREBASE_TEST_REQUIRE_AXE=1) but {} cannot be read: {e}; \
             run `npm ci` in tests/ (scripts/test does)",
            path.display()
        ),
        Err(_) => {
            eprintln!("skipping {test}: {} is missing (run `npm ci` in tests/ to install axe-core)", path.display());
            None
        }
    }
}

/// poppler-utils' `pdfinfo` and `pdftotext`, which read the PDFs the browser prints.
pub const PDFINFO: &str = "pdfinfo";
pub const PDFTOTEXT: &str = "pdftotext";

/// In CI (or when `scripts/test` installed them) missing PDF tools fail the run; elsewhere the
/// print checks skip.
pub fn pdf_tools_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
        || std::env::var("SECUREBASE_TEST_REQUIRE_PDF_TOOLS").is_ok_and(|v| v == "1")
}

/// True when `pdfinfo` and `pdftotext` run. When they do not, fails the test if they are
/// required here, and otherwise says the test is skipped and returns false.
pub fn pdf_tools_available(test: &str) -> bool {
    let missing: Vec<&str> = [PDFINFO, PDFTOTEXT]
        .into_iter()
        .filter(|tool| Command::new(tool).arg("-v").stdout(Stdio::null()).stderr(Stdio::null()).status().is_err())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let what = missing.join(" and ");
    if pdf_tools_required() {
        panic!(
            "{test}: the print checks are required here (CI=true or SECUREBASE_TEST_REQUIRE_PDF_TOOLS=1) \
             but {what} cannot be run; install Debian's poppler-utils"
        );
    }
    eprintln!("skipping {test}: {what} is missing (install Debian's poppler-utils to run it)");
    false
}

/// A printed PDF as poppler reads it: each page's MediaBox in points and its text.
#[derive(Debug)]
pub struct Printed {
    /// (width, height) of each page's MediaBox, in points.
    pub sizes: Vec<(f64, f64)>,
    /// Each page's text as `pdftotext -layout` lays it out.
    pub pages: Vec<String>,
}

impl Printed {
    /// Reads a PDF with `pdfinfo -box` and `pdftotext -layout`.
    pub fn read(pdf: &[u8]) -> Printed {
        let dir = tempfile::Builder::new().prefix("securebase-e2e-pdf-").tempdir().expect("a folder for the PDF");
        let path = dir.path().join("printed.pdf");
        std::fs::write(&path, pdf).expect("write the PDF");
        let file = path.to_string_lossy().into_owned();
        let run = |tool: &str, args: &[&str]| -> String {
            let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("cannot run {tool}: {e}"));
            assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{tool} wrote something other than UTF-8: {e}"))
        };
        // `-l` past the last page means every page.
        let info = run(PDFINFO, &["-f", "1", "-l", "100000", "-box", &file]);
        let count: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("pdfinfo gave no page count:\n{info}"));
        // "Page    1 MediaBox:     0.00     0.00   595.92   841.92"
        let sizes: Vec<(f64, f64)> = info
            .lines()
            .filter(|l| l.starts_with("Page") && l.contains("MediaBox:"))
            .map(|l| {
                let n: Vec<f64> = l
                    .split("MediaBox:")
                    .nth(1)
                    .unwrap_or("")
                    .split_whitespace()
                    .filter_map(|v| v.parse().ok())
                    .collect();
                match n.as_slice() {
                    [x0, y0, x1, y1] => (x1 - x0, y1 - y0),
                    _ => panic!("cannot read a MediaBox from {l:?}"),
                }
            })
            .collect();
        assert_eq!(sizes.len(), count, "a MediaBox for every page:\n{info}");
        let text = run(PDFTOTEXT, &["-layout", "-enc", "UTF-8", &file, "-"]);
        // pdftotext ends every page with a form feed.
        let pages: Vec<String> = text.split('\u{c}').take(count).map(str::to_owned).collect();
        assert_eq!(pages.len(), count, "text for every page");
        Printed { sizes, pages }
    }
}

/// The WCAG levels every page is checked against: A and AA of WCAG 2.0, 2.1 and 2.2.
pub const AXE_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The real application, serving on 127.0.0.1 on a free port, with the demo agency seeded.
/// Stops when dropped.
pub struct App {
    pub state: AppState,
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    server: tokio::task::JoinHandle<()>,
}

impl App {
    pub async fn start(db: &TestDb) -> App {
        let settings = Settings { database_url: db.url.clone(), ..Settings::default() };
        let state = AppState::new(settings).await.expect("the app starts on a fresh database");
        let hash = tokio::task::spawn_blocking(|| securebase_web::auth::password::hash(DEMO_PASSWORD))
            .await
            .expect("hashing task")
            .expect("hash the demo password");
        state.store.run(move |c| securebase_store::demo::seed(c, &hash, None)).await.expect("seed the demo accounts");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a free port");
        let addr = listener.local_addr().expect("local address");
        let (stop, stopped) = oneshot::channel::<()>();
        let serving = state.clone();
        let server = tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            if let Err(e) = securebase_web::serve(listener, serving, shutdown).await {
                eprintln!("the app server stopped with an error: {e}");
            }
        });
        App { state, addr, stop: Some(stop), server }
    }

    /// The full address of a path on this app, e.g. `app.url("/sign-in")`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // The browser may still hold keep-alive connections open; do not wait for them.
        self.server.abort();
    }
}

/// How many browsers may run at once in this test binary (each is a whole Chromium). Set
/// `SECUREBASE_TEST_BROWSERS` to change it.
fn browser_slots() -> &'static Semaphore {
    static SLOTS: std::sync::OnceLock<Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        let n = std::env::var("SECUREBASE_TEST_BROWSERS").ok().and_then(|v| v.parse::<usize>().ok()).unwrap_or(4);
        Semaphore::new(n.max(1))
    })
}

/// A chromedriver process of our own. Killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Result<Driver, String> {
        let mut last_error = String::new();
        // The free port is found by binding and releasing it, so another process could take it
        // in between; try again on a fresh port if chromedriver cannot listen.
        for _ in 0..3 {
            let port = free_port()?;
            let child = Command::new(CHROMEDRIVER)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start {CHROMEDRIVER}: {e}"))?;
            let mut driver = Driver { child, port };
            match driver.wait_until_listening() {
                Ok(()) => return Ok(driver),
                Err(e) => last_error = e,
            }
        }
        Err(last_error)
    }

    fn wait_until_listening(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("chromedriver exited at once ({status}) on port {}", self.port));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("chromedriver did not answer on port {} within 20 seconds", self.port));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Ends a WebDriver session without the async client, which may be gone already (a test
    /// that panicked): chromedriver then quits that Chromium.
    fn delete_session(&self, session: &str) {
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(15)));
        let _ = stream.set_write_timeout(Some(Duration::from_secs(2)));
        let request = format!(
            "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.port
        );
        if stream.write_all(request.as_bytes()).is_ok() {
            let mut answer = Vec::new();
            let _ = stream.read_to_end(&mut answer);
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot find a free port: {e}"))?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// A headless Chromium with a fresh profile, driven through its own chromedriver. Derefs to
/// the fantoccini [`Client`]. Call [`Browser::close`] at the end of a test; if a test panics
/// first, dropping it still ends the browser and its chromedriver.
pub struct Browser {
    client: Client,
    session: Option<String>,
    // Field order is drop order: the session ends, then chromedriver, then the profile goes.
    driver: Driver,
    _profile: tempfile::TempDir,
    _slot: SemaphorePermit<'static>,
}

impl Deref for Browser {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Browser {
    /// A desktop-sized browser window.
    pub async fn launch() -> Browser {
        Browser::launch_sized(DESKTOP).await
    }

    /// A browser whose viewport is `(width, height)` CSS pixels; below 500 px wide it emulates
    /// a phone (touch, `mobile`, the page's viewport meta tag honoured).
    pub async fn launch_sized((width, height): (u32, u32)) -> Browser {
        let slot = browser_slots().acquire().await.expect("the browser limit is never closed");
        let profile = tempfile::Builder::new().prefix("securebase-e2e-chromium-").tempdir().expect("profile folder");
        let driver = tokio::task::spawn_blocking(Driver::start)
            .await
            .expect("chromedriver start task")
            .unwrap_or_else(|e| panic!("{e}"));
        let args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--no-first-run".to_owned(),
            "--no-default-browser-check".to_owned(),
            "--disable-extensions".to_owned(),
            "--disable-sync".to_owned(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut caps = fantoccini::wd::Capabilities::new();
        caps.insert("browserName".into(), json!("chrome"));
        let mut options = json!({ "binary": CHROMIUM, "args": args });
        if width < MIN_WINDOW_WIDTH {
            // Chromium will not make a window narrower than 500 px, so a phone-sized viewport
            // is emulated the way DevTools' device toolbar does it.
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "mobile": true, "touch": true }
            });
        }
        caps.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&driver.url())
            .await
            .unwrap_or_else(|e| panic!("cannot start Chromium through chromedriver at {}: {e}", driver.url()));
        let session = client.session_id().await.ok().flatten();
        Browser { client, session, driver, _profile: profile, _slot: slot }
    }

    /// Ends the browser session; chromedriver and the profile go when this returns.
    pub async fn close(mut self) {
        if self.session.take().is_some() {
            let _ = self.client.clone().close().await;
        }
    }

    /// Goes to `url` and waits for the page to load.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    }

    /// The first element matching the CSS selector, waiting for it to appear.
    pub async fn element(&self, css: &str) -> fantoccini::elements::Element {
        match self.client.wait().at_most(WAIT).for_element(Locator::Css(css)).await {
            Ok(e) => e,
            Err(e) => self.fail(&format!("no element matches {css:?}: {e}")).await,
        }
    }

    /// Types `text` into the field matching `css`, replacing what was there.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.element(css).await;
        field.clear().await.unwrap_or_else(|e| panic!("cannot clear {css}: {e}"));
        field.send_keys(text).await.unwrap_or_else(|e| panic!("cannot type into {css}: {e}"));
    }

    pub async fn click(&self, css: &str) {
        let target = self.element(css).await;
        target.click().await.unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Clicks the element found by an XPath expression (for "the radio labelled X" and the like).
    pub async fn click_xpath(&self, xpath: &str) {
        let target = match self.client.wait().at_most(WAIT).for_element(Locator::XPath(xpath)).await {
            Ok(e) => e,
            Err(e) => self.fail(&format!("nothing matches {xpath:?}: {e}")).await,
        };
        target.click().await.unwrap_or_else(|e| panic!("cannot click {xpath}: {e}"));
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let e = self.element(css).await;
        e.text().await.unwrap_or_else(|err| panic!("cannot read the text of {css}: {err}"))
    }

    /// The current value of the form field matching `css`.
    pub async fn value(&self, css: &str) -> String {
        let e = self.element(css).await;
        e.prop("value").await.unwrap_or_else(|err| panic!("cannot read the value of {css}: {err}")).unwrap_or_default()
    }

    /// Runs a script and returns its result.
    pub async fn script(&self, js: &str) -> serde_json::Value {
        self.client.execute(js, vec![]).await.unwrap_or_else(|e| panic!("script {js:?} failed: {e}"))
    }

    /// Everything a person can read on the page.
    pub async fn page_text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The current path (with the query, if any), e.g. `/sign-in?signed_out=1`.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap_or_else(|e| panic!("cannot read the URL: {e}"));
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Waits until the browser is at `path` (query included when given).
    pub async fn wait_for_path(&self, path: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let now = self.path().await;
            if now == path {
                return;
            }
            if Instant::now() > deadline {
                return self.fail(&format!("expected to be at {path}, still at {now}")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until an element matching `css` shows text containing `needle`, and returns that
    /// element's whole text.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(found) = self.client.find_all(Locator::Css(css)).await {
                for e in found {
                    let text = e.text().await.unwrap_or_default();
                    if text.contains(needle) {
                        return text;
                    }
                }
            }
            if Instant::now() > deadline {
                return self.fail(&format!("no {css:?} shows {needle:?}")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until a script returns `true`.
    pub async fn wait_for_script(&self, what: &str, js: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            if self.client.execute(js, vec![]).await.is_ok_and(|v| v == json!(true)) {
                return;
            }
            if Instant::now() > deadline {
                return self.fail(&format!("timed out waiting for {what}")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Fails the test, saying where the browser is and what the page shows.
    pub async fn fail<T>(&self, why: &str) -> T {
        let url = self.client.current_url().await.map(|u| u.to_string()).unwrap_or_else(|e| format!("(unknown: {e})"));
        let text = self.page_text().await;
        panic!("{why}\n  at: {url}\n  page text:\n{text}");
    }

    /// Prints the page to PDF through WebDriver's Print Page command: every page (no
    /// `pageRanges`), on A4. The paper has to be asked for: chromedriver prints on the size in
    /// the command (US Letter by the standard's default) whatever the page's `@page` rule says,
    /// so [`Browser::print_pdf_as_the_page_asks`] checks that rule.
    pub async fn print_pdf(&self) -> Vec<u8> {
        use fantoccini::wd::{PrintConfiguration, PrintSize};
        let a4 = match PrintConfiguration::builder().size(PrintSize::A4).build() {
            Ok(c) => c,
            Err(e) => panic!("an A4 print configuration: {e}"),
        };
        match self.client.print(a4).await {
            Ok(pdf) => pdf,
            Err(e) => self.fail(&format!("cannot print the page: {e}")).await,
        }
    }

    /// Prints the page to PDF the way Chromium's own print preview does, through the DevTools
    /// command chromedriver passes on: the page's `@page` size wins over the paper asked for,
    /// which is US Letter here so that an A4 page can only come from the page.
    pub async fn print_pdf_as_the_page_asks(&self) -> Vec<u8> {
        let cmd = Cdp {
            cmd: "Page.printToPDF",
            params: json!({ "preferCSSPageSize": true, "paperWidth": 8.5, "paperHeight": 11.0 }),
        };
        let answer = match self.client.issue_cmd(cmd).await {
            Ok(a) => a,
            Err(e) => self.fail(&format!("cannot print the page through DevTools: {e}")).await,
        };
        let data = answer.get("data").and_then(|d| d.as_str()).unwrap_or_default();
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap_or_else(|e| panic!("DevTools sent a PDF that is not base64 ({e}): {answer}"))
    }

    /// Signs in through the form, as a person would, and waits for the home page.
    pub async fn sign_in(&self, app: &App, email: &str, password: &str) {
        self.open(&app.url("/sign-in")).await;
        self.fill("#email", email).await;
        self.fill("#password", password).await;
        self.click("form[action='/sign-in'] button[type='submit']").await;
        self.wait_for_path("/").await;
        self.element("h1").await;
    }
}

/// A Chrome DevTools Protocol command, sent through chromedriver's `goog/cdp/execute`, for what
/// WebDriver cannot ask for.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// A script function `describe(e)` naming an element for messages.
const FOCUSED_JS: &str = "function describe(e) { if (!e) { return 'nothing'; } \
    var t = (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 60); \
    return '<' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + (e.name ? ' name=' + e.name : '') + \
    (e.type ? ' type=' + e.type : '') + (e.getAttribute('href') ? ' href=' + e.getAttribute('href') : '') + '> ' + t; }";

/// Keyboard-only driving: every key goes to whatever has focus, as a person's typing would.
impl Browser {
    /// Sends `keys` (text, or [`Key`] values turned into strings) to the focused element.
    /// Modifier keys such as [`Key::Shift`] stay down until the end of `keys`.
    pub async fn keys(&self, keys: &str) {
        let focused = match self.client.active_element().await {
            Ok(e) => e,
            Err(e) => return self.fail(&format!("nothing has focus to type {keys:?} into: {e}")).await,
        };
        if let Err(e) = focused.send_keys(keys).await {
            let what = self.focused().await;
            self.fail::<()>(&format!("cannot type {keys:?} into the focused {what}: {e}")).await;
        }
    }

    pub async fn press(&self, key: Key) {
        self.keys(&key.to_string()).await;
    }

    /// A short description of the focused element, for messages: its tag, id, name, type, link
    /// and the start of its text.
    pub async fn focused(&self) -> String {
        let js = format!("{FOCUSED_JS} return describe(document.activeElement);");
        self.client.execute(&js, vec![]).await.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    /// Whether the focused element matches the CSS selector.
    pub async fn focus_is(&self, css: &str) -> bool {
        self.focus_check(css).await.is_none()
    }

    /// `None` when the focused element matches `css`, else a description of it. One script.
    async fn focus_check(&self, css: &str) -> Option<String> {
        let js = format!(
            "{FOCUSED_JS} var e = document.activeElement; \
             return e !== null && e.matches(arguments[0]) ? null : describe(e);"
        );
        match self.client.execute(&js, vec![json!(css)]).await {
            Ok(serde_json::Value::Null) => None,
            Ok(v) => Some(v.as_str().unwrap_or_default().to_owned()),
            Err(e) => Some(format!("(cannot tell: {e})")),
        }
    }

    async fn move_focus_to(&self, css: &str, key: &str, direction: &str) {
        let mut seen = Vec::new();
        for _ in 0..MAX_TABS {
            match self.focus_check(css).await {
                None => return,
                Some(what) => seen.push(what),
            }
            self.keys(key).await;
        }
        if self.focus_check(css).await.is_some() {
            let path = seen.join("\n    ");
            self.fail::<()>(&format!(
                "pressing {direction} {MAX_TABS} times never focused {css:?}; focus went through:\n    {path}"
            ))
            .await;
        }
    }

    /// Presses Tab until the element matching `css` has focus (no press if it has it already).
    pub async fn tab_to(&self, css: &str) {
        self.move_focus_to(css, &Key::Tab.to_string(), "Tab").await;
    }

    /// Presses Shift+Tab until the element matching `css` has focus.
    pub async fn shift_tab_to(&self, css: &str) {
        self.move_focus_to(css, &format!("{}{}", Key::Shift, Key::Tab), "Shift+Tab").await;
    }

    /// Tabs to the element matching `css` and presses Enter on it.
    pub async fn tab_and_enter(&self, css: &str) {
        self.tab_to(css).await;
        self.press(Key::Enter).await;
    }

    /// From the top of a page: Tab to the "Skip to main content" link and follow it, so the next
    /// Tab is the first control in `<main>`, past the site navigation.
    pub async fn skip_to_main(&self) {
        self.tab_and_enter("a.skip-link[href='#main']").await;
        self.wait_for_script(
            "the skip link to move focus to <main>",
            "return document.activeElement !== null && document.activeElement.id === 'main';",
        )
        .await;
    }

    /// Fails unless a sighted keyboard user can see where focus is: the focused element has an
    /// outline or a box shadow.
    pub async fn assert_focus_visible(&self, step: &str) {
        let js = "var e = document.activeElement; if (!e || e === document.body) { return null; } \
                  var s = getComputedStyle(e); \
                  return { outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow, \
                           visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' };";
        let style = self.script_with(js, vec![]).await;
        if style.get("visible") != Some(&json!(true)) {
            let what = self.focused().await;
            self.fail::<()>(&format!("{step}: focus is not visible on {what}: {style}")).await;
        }
    }

    /// Runs a script with arguments and returns its result.
    /// Fails when any element shown on the page reaches beyond the viewport's sides: content
    /// cut off inside a scrolling box fails too, as nothing on a phone says it scrolls. Hidden
    /// elements (`display: none`, `visibility: hidden`, the visually-hidden pattern, the skip
    /// link until focused) are not looked at.
    pub async fn assert_nothing_overflows(&self, page: &str) {
        let js = r#"
            var width = document.documentElement.clientWidth, bad = [];
            function clipped(el) {
              for (var e = el; e && e !== document.body; e = e.parentElement) {
                var cs = getComputedStyle(e);
                if (cs.clipPath !== 'none' || (cs.clip && cs.clip !== 'auto')) { return true; }
                if (e.classList.contains('skip-link') || e.classList.contains('visually-hidden')) { return true; }
              }
              return false;
            }
            document.querySelectorAll('body *').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) { return; }
              if (getComputedStyle(el).visibility === 'hidden') { return; }
              if (r.right <= width + 1 && r.left >= -1) { return; }
              if (clipped(el)) { return; }
              var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
              bad.push(name + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ': ' +
                (el.textContent || '').trim().slice(0, 40));
            });
            return [width, bad.slice(0, 12)];"#;
        let answer = self.script(js).await;
        let width = answer[0].as_u64().unwrap_or(0);
        let bad: Vec<String> = serde_json::from_value(answer[1].clone()).unwrap_or_default();
        assert!(bad.is_empty(), "{page}: elements reach beyond the {width} px viewport:\n{}", bad.join("\n"));
    }

    pub async fn script_with(&self, js: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
        self.client.execute(js, args).await.unwrap_or_else(|e| panic!("script {js:?} failed: {e}"))
    }

    /// Waits until the browser's path (without the query) is `path`.
    pub async fn wait_for_path_without_query(&self, path: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let now = self.path().await;
            if now.split('?').next() == Some(path) {
                return;
            }
            if Instant::now() > deadline {
                return self.fail(&format!("expected to be at {path}, still at {now}")).await;
            }
            tokio::time::sleep(POLL).await;
        }
    }
}

/// Accessibility checks with axe-core.
impl Browser {
    /// Checks the page as it is now with axe-core against [`AXE_TAGS`], and fails listing every
    /// violation (rule, help, and each offending node) if there is any. `axe` is the source
    /// from [`axe_source`]; it is injected through WebDriver, which the page's
    /// Content-Security-Policy does not govern.
    pub async fn assert_accessible(&self, axe: &str, page: &str) {
        let problems = self.axe_violations(axe).await;
        if problems.is_empty() {
            return;
        }
        let url = self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let mut report = format!("{page} ({url}) has {} accessibility problem(s):", problems.len());
        for v in &problems {
            let text = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_owned();
            report.push_str(&format!(
                "\n  - {} [{}]: {} ({})",
                text("id"),
                text("impact"),
                text("help"),
                text("helpUrl")
            ));
            for n in v.get("nodes").and_then(|n| n.as_array()).into_iter().flatten() {
                let html = n.get("html").and_then(|x| x.as_str()).unwrap_or("");
                let summary = n.get("summary").and_then(|x| x.as_str()).unwrap_or("").replace('\n', " ");
                report.push_str(&format!(
                    "\n      at {}: {html}\n        {summary}",
                    n.get("target").unwrap_or(&json!(null))
                ));
            }
        }
        panic!("{report}");
    }

    /// axe-core's violations on the page as it is now, each with `id`, `impact`, `help`,
    /// `helpUrl` and `nodes` (`target`, `html`, `summary`).
    pub async fn axe_violations(&self, axe: &str) -> Vec<serde_json::Value> {
        let loaded = "return typeof window.axe === 'object' && typeof window.axe.run === 'function';";
        if !self.client.execute(loaded, vec![]).await.is_ok_and(|v| v == json!(true))
            && let Err(e) = self.client.execute(axe, vec![]).await
        {
            panic!("cannot inject axe-core: {e}");
        }
        let run = "var done = arguments[arguments.length - 1]; \
            window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] }) \
              .then(function (r) { done({ violations: r.violations.map(function (v) { return { \
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, \
                nodes: v.nodes.map(function (n) { return { target: n.target, html: n.html, summary: n.failureSummary }; }) \
              }; }) }); }) \
              .catch(function (e) { done({ error: String(e) }); });";
        let answer = match self.client.execute_async(run, vec![json!(AXE_TAGS)]).await {
            Ok(a) => a,
            Err(e) => panic!("axe-core did not run: {e}"),
        };
        if let Some(e) = answer.get("error") {
            panic!("axe-core failed: {e}");
        }
        answer.get("violations").and_then(|v| v.as_array()).cloned().unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(session) = self.session.take() {
            self.driver.delete_session(&session);
        }
    }
}
