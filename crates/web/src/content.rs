//! Loading the practice content at start: the copy built into the binary, or a directory an
//! agency points `content_dir` at, holding a folder per language (`en/`, `nb/`). Bad content,
//! or content present in one language and missing in another, stops start-up with every
//! problem listed.

use std::path::{Path, PathBuf};

use securebase_core::content::{self, ContentFile, Packs};

pub fn load(dir: Option<&str>) -> Result<Packs, String> {
    let files = match dir {
        None => content::embedded_language_files(),
        Some(dir) => read_dir(Path::new(dir))?,
    };
    content::load_languages(&files).map_err(|errors| {
        let place = dir.map(|d| format!(" in {d}")).unwrap_or_default();
        let mut text = format!("the practice content{place} has {} problem(s):", errors.len());
        for e in errors {
            text.push_str(&format!("\n  {e}"));
        }
        text
    })
}

/// The support pack (interview, programme, ideas, caregiving cycle) in every language, from the
/// same place as [`load`]; bad content stops start-up the same way.
pub fn load_support(dir: Option<&str>) -> Result<securebase_core::support::SupportPacks, String> {
    let files = match dir {
        None => securebase_core::support::embedded_support_files(),
        Some(dir) => read_dir(Path::new(dir))?,
    };
    securebase_core::support::load_support_languages(&files).map_err(|errors| {
        let place = dir.map(|d| format!(" in {d}")).unwrap_or_default();
        let mut text = format!("the support content{place} has {} problem(s):", errors.len());
        for e in errors {
            text.push_str(&format!("\n  {e}"));
        }
        text
    })
}

/// Every `.toml` file under `root`, named by its path relative to it with `/` separators.
fn read_dir(root: &Path) -> Result<Vec<ContentFile>, String> {
    let mut out = Vec::new();
    let mut pending: Vec<PathBuf> = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot read content directory {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                out.push(ContentFile::new(name, text));
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_directory_and_the_built_in_copy_both_load() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
        let from_dir = load(Some(dir)).unwrap();
        let built_in = load(None).unwrap();
        assert_eq!(from_dir, built_in);
        assert_eq!(load_support(Some(dir)).unwrap(), load_support(None).unwrap());
    }

    #[test]
    fn a_broken_file_stops_start_with_its_name_and_place() {
        let tmp = std::env::temp_dir().join(format!("securebase-content-{}", uuid::Uuid::now_v7()));
        for language in ["en", "nb"] {
            let src =
                Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")).join(language).join("secure-base");
            let dst = tmp.join(language).join("secure-base");
            std::fs::create_dir_all(dst.join("child-indicators")).unwrap();
            for f in std::fs::read_dir(&src).unwrap().chain(std::fs::read_dir(src.join("child-indicators")).unwrap()) {
                let p = f.unwrap().path();
                if p.is_file() {
                    let rel = p.strip_prefix(&src).unwrap();
                    std::fs::copy(&p, dst.join(rel)).unwrap();
                }
            }
        }
        let ratings = tmp.join("nb/secure-base/ratings.toml");
        let text = std::fs::read_to_string(&ratings).unwrap();
        std::fs::write(&ratings, text.replacen("[child.sensitivity]", "[child.sensitivity]\ncolour = 3", 1)).unwrap();
        let err = load(Some(tmp.to_str().unwrap())).unwrap_err();
        assert!(err.contains("nb/secure-base/ratings.toml:"), "{err}");
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
