//! Password hashing with argon2id (the crate's defaults follow OWASP's recommended parameters).

use std::sync::{Arc, Mutex};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::{mpsc, oneshot};

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

pub fn hash(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// True only for the right password; a malformed stored hash verifies nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

/// Argon2 memory a checking thread keeps between checks: enough for the default parameters
/// (19 MiB) and more; a stored hash asking for more borrows it for that one check.
const KEEP_BLOCKS: usize = 64 * 1024;

/// Checks `password` against `stored` in `memory`, which is grown as needed and kept.
fn verify_in(password: &str, stored: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else { return false };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else { return false };
    let mut salt_buf = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buf) else { return false };
    let blocks = params.block_count();
    let mut borrowed = Vec::new();
    let memory = if blocks <= KEEP_BLOCKS { memory } else { &mut borrowed };
    if memory.len() < blocks {
        memory.resize(blocks, Block::new());
    }
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, memory.as_mut_slice())
        .ok()
        .and_then(|()| Output::new(&out).ok())
        // `Output`'s comparison takes the same time wherever the first difference is.
        .is_some_and(|computed| computed == expected)
}

struct Job {
    password: String,
    stored: String,
    answer: oneshot::Sender<bool>,
}

#[derive(Debug, thiserror::Error)]
#[error("the password checker has stopped")]
pub struct CheckerStopped;

/// Checks passwords on a few threads of its own, one check per thread at a time, and queues
/// the rest. Each argon2 check needs 19 MiB, so a burst of sign-ins costs at most
/// `threads × 19 MiB`, allocated once and reused, however many arrive together.
#[derive(Clone)]
pub struct Checker {
    jobs: mpsc::Sender<Job>,
}

impl Checker {
    /// One thread per processor core, at most four. The threads end when the last clone of
    /// the checker is dropped.
    pub fn start() -> std::io::Result<Checker> {
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
        Checker::with_threads(threads)
    }

    pub fn with_threads(threads: usize) -> std::io::Result<Checker> {
        let (jobs, queue) = mpsc::channel::<Job>(1024);
        let queue = Arc::new(Mutex::new(queue));
        for i in 0..threads.max(1) {
            let queue = Arc::clone(&queue);
            std::thread::Builder::new().name(format!("password-check-{i}")).spawn(move || {
                let mut memory = Vec::new();
                loop {
                    let job = match queue.lock() {
                        Ok(mut q) => q.blocking_recv(),
                        Err(_) => None,
                    };
                    let Some(job) = job else { return };
                    let ok = verify_in(&job.password, &job.stored, &mut memory);
                    let _ = job.answer.send(ok);
                }
            })?;
        }
        Ok(Checker { jobs })
    }

    /// True only for the right password; waits its turn behind checks already running.
    pub async fn verify(&self, password: String, stored: String) -> Result<bool, CheckerStopped> {
        let (answer, answered) = oneshot::channel();
        self.jobs.send(Job { password, stored, answer }).await.map_err(|_| CheckerStopped)?;
        answered.await.map_err(|_| CheckerStopped)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_checker_agrees_with_the_library() {
        let h = hash("a long enough passphrase").unwrap_or_default();
        let mut memory = Vec::new();
        assert!(verify_in("a long enough passphrase", &h, &mut memory));
        assert!(!verify_in("a long enough passphrasE", &h, &mut memory));
        assert!(!verify_in("anything", "not a hash", &mut memory));
        assert_eq!(memory.len(), Params::DEFAULT_M_COST as usize, "the memory is kept for the next check");
        // Other parameters and algorithms stored in a hash are honoured.
        let other = Argon2::new(Algorithm::Argon2i, Version::V0x10, Params::new(8, 2, 1, Some(20)).unwrap_or_default());
        let salt = SaltString::generate(&mut OsRng);
        let h = other.hash_password(b"pw", &salt).map(|h| h.to_string()).unwrap_or_default();
        assert!(verify_in("pw", &h, &mut memory) && verify("pw", &h));
        assert!(!verify_in("pX", &h, &mut memory));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_checker_answers_many_at_once_on_its_threads() {
        let h = hash("right").unwrap_or_default();
        let checker = Checker::with_threads(2).unwrap();
        let tasks: Vec<_> = (0..6)
            .map(|i| {
                let (c, h) = (checker.clone(), h.clone());
                tokio::spawn(async move { c.verify(if i == 0 { "right" } else { "wrong" }.into(), h).await })
            })
            .collect();
        let mut answers = Vec::new();
        for t in tasks {
            answers.push(matches!(t.await, Ok(Ok(true))));
        }
        assert_eq!(answers, [true, false, false, false, false, false]);
    }

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let h = hash("a long enough passphrase").unwrap_or_default();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify("a long enough passphrase", &h));
        assert!(!verify("a long enough passphrasE", &h));
        assert!(!verify("anything", "not a hash"));
        assert_ne!(h, hash("a long enough passphrase").unwrap_or_default(), "salted");
    }
}
