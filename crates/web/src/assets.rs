//! Our own CSS and JavaScript, compiled into the binary: no CDN, no build step.

use std::fmt::Write as _;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use securebase_core::Dimension;
use securebase_core::content::ContentPack;

use crate::AppState;
use crate::routes::Routes;

// The charts' rules live in their own file beside the chart code, served as one stylesheet.
const CSS: &str = concat!(include_str!("static/app.css"), "\n", include_str!("static/charts.css"));
const JS: &str = include_str!("static/app.js");

/// Changes with every release so browsers may cache assets for long.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub fn routes() -> Routes {
    Routes::new().get("/static/app.css", css).get("/static/app.js", js)
}

const CACHE: &str = "public, max-age=86400";

/// The stylesheet as served: ours and the charts', then each dimension's colour from the
/// practice content, so the colour a dimension is given there is the one used on every page
/// (task lists, swatches, the home page) as well as in the charts. Made once, at start.
pub fn stylesheet(pack: &ContentPack) -> String {
    let mut css = String::with_capacity(CSS.len() + 1024);
    css.push_str(CSS);
    css.push_str("\n/* Dimension colours, from the practice content. */\n:root {");
    for d in Dimension::ALL {
        // Colours are checked as #rrggbb when the content loads, so they are safe here.
        let colour = pack.dimension(d).map_or("#505a5f", |c| c.colour.as_str());
        let _ = write!(css, " --dim-{}: {colour};", d.key());
    }
    css.push_str(" }\n");
    for d in Dimension::ALL {
        let key = d.key();
        let _ = writeln!(css, ".dim-{key} {{ border-top-color: var(--dim-{key}) !important; }}");
        let _ = writeln!(css, ".swatch-{key} {{ background: var(--dim-{key}); }}");
    }
    css
}

async fn css(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], state.stylesheet.clone())
}

async fn js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], JS)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn dimension_colours_come_from_the_content_alone() {
        let mut pack = securebase_core::content::embedded_pack().unwrap();
        for d in Dimension::ALL {
            let key = d.key();
            // Ours hold no colour of their own for a dimension, so nothing can disagree.
            assert!(!CSS.contains(&format!(".swatch-{key}")) && !CSS.contains(&format!(".dim-{key}")));
            let css = stylesheet(&pack);
            let colour = &pack.dimension(d).unwrap().colour;
            assert!(css.contains(&format!("--dim-{key}: {colour};")), "{key}");
            assert!(css.contains(&format!(".swatch-{key} {{ background: var(--dim-{key}); }}")));
            assert!(css.contains(&format!(".dim-{key} {{ border-top-color: var(--dim-{key}) !important; }}")));
        }
        let first = pack.dimensions.iter_mut().next().unwrap();
        first.colour = "#123456".into();
        let key = first.dimension.key();
        assert!(stylesheet(&pack).contains(&format!("--dim-{key}: #123456;")));
    }
}
