//! Drawn page parts kept for reuse: a child's petals, progress chart and ratings table are a
//! pure function of their current signed-off assessments, which change only at a sign-off, so
//! each server keeps what it drew under a key that names that version (see
//! `store::profile::bump_version`). Nothing here is needed by another server, and a stale
//! entry can never be served: a new version is a new key. Entries are dropped oldest first
//! once their size passes the limit.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

pub struct Fragments<V> {
    limit: usize,
    inner: Mutex<Inner<V>>,
}

struct Inner<V> {
    entries: HashMap<String, (Arc<V>, usize)>,
    order: VecDeque<String>,
    bytes: usize,
}

impl<V> Fragments<V> {
    pub fn new(limit: usize) -> Fragments<V> {
        Fragments { limit, inner: Mutex::new(Inner { entries: HashMap::new(), order: VecDeque::new(), bytes: 0 }) }
    }

    pub fn get(&self, key: &str) -> Option<Arc<V>> {
        // A poisoned lock only means another request panicked mid-insert; the map is still
        // whole, so keep serving from it.
        let inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        inner.entries.get(key).map(|(v, _)| Arc::clone(v))
    }

    /// Keeps `value` (about `size` bytes) under `key`; anything too large is not kept at all.
    pub fn put(&self, key: String, value: Arc<V>, size: usize) {
        if size > self.limit {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, old)) = inner.entries.insert(key.clone(), (value, size)) {
            inner.bytes -= old;
        } else {
            inner.order.push_back(key);
        }
        inner.bytes += size;
        while inner.bytes > self.limit {
            let Some(oldest) = inner.order.pop_front() else { break };
            if let Some((_, gone)) = inner.entries.remove(&oldest) {
                inner.bytes -= gone;
            }
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.inner.lock().map(|i| i.entries.len()).unwrap_or(0)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn keeps_within_its_limit_dropping_the_oldest_first() {
        let f: Fragments<String> = Fragments::new(100);
        f.put("a".into(), Arc::new("A".into()), 40);
        f.put("b".into(), Arc::new("B".into()), 40);
        assert_eq!(f.get("a").as_deref().map(String::as_str), Some("A"));
        f.put("c".into(), Arc::new("C".into()), 40);
        assert!(f.get("a").is_none(), "the oldest goes first");
        assert_eq!(f.get("b").as_deref().map(String::as_str), Some("B"));
        assert_eq!(f.get("c").as_deref().map(String::as_str), Some("C"));
        assert_eq!(f.len(), 2);
        // Replacing an entry does not count it twice.
        f.put("c".into(), Arc::new("C2".into()), 40);
        assert_eq!(f.len(), 2);
        assert_eq!(f.get("b").as_deref().map(String::as_str), Some("B"));
        // Something larger than the whole limit is never kept, and pushes nothing out.
        f.put("huge".into(), Arc::new("H".into()), 101);
        assert!(f.get("huge").is_none());
        assert_eq!(f.len(), 2);
    }
}
