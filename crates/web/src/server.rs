//! Accepting connections: HTTP/1 with a deadline for each request's headers and a cap on open
//! connections, so that clients which connect and then send nothing, or send it a byte at a
//! time, cannot hold the server's file descriptors and keep others out.
//!
//! * A client must send a request's headers within `header_timeout_secs` of connecting, or of
//!   its previous answer on a kept-alive connection; otherwise the connection is closed.
//! * At most `max_connections` connections are open at once. When a new one arrives at the cap,
//!   the oldest connection that is not in the middle of a request (idle, or still sending its
//!   headers) is closed to make room; when every connection is busy with a request, the new one
//!   waits its turn. So idle and slow clients can delay a real request, never lock it out.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Notify, watch};
use tower::ServiceExt;

/// How the server treats its connections (from `Settings`).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_connections: usize,
    pub header_timeout: Duration,
}

/// One open connection, as the accept loop sees it.
struct Slot {
    /// Requests of this connection being answered now.
    busy: AtomicUsize,
    /// Told when the connection must close to make room for a new one.
    evict: Notify,
}

#[derive(Default)]
struct Open {
    next_id: u64,
    /// By arrival: the first idle entry is the oldest idle connection.
    conns: BTreeMap<u64, Arc<Slot>>,
}

struct Tracker {
    open: Mutex<Open>,
    /// Told whenever a connection closes.
    closed: Notify,
}

impl Tracker {
    fn with_open<T>(&self, f: impl FnOnce(&mut Open) -> T) -> T {
        match self.open.lock() {
            Ok(mut g) => f(&mut g),
            Err(poisoned) => f(&mut poisoned.into_inner()),
        }
    }

    /// Makes room for one more connection and registers it; `None` when every connection is
    /// busy with a request (wait for `closed`, then try again).
    fn admit(&self, max: usize) -> Option<(u64, Arc<Slot>)> {
        self.with_open(|open| {
            if open.conns.len() >= max {
                let oldest_idle =
                    open.conns.iter().find(|(_, s)| s.busy.load(Ordering::SeqCst) == 0).map(|(id, _)| *id);
                let slot = open.conns.remove(&oldest_idle?)?;
                slot.evict.notify_one();
            }
            let id = open.next_id;
            open.next_id += 1;
            let slot = Arc::new(Slot { busy: AtomicUsize::new(0), evict: Notify::new() });
            open.conns.insert(id, Arc::clone(&slot));
            Some((id, slot))
        })
    }

    fn release(&self, id: u64) {
        self.with_open(|open| open.conns.remove(&id));
        self.closed.notify_one();
    }
}

/// Counts a request as in progress on its connection while it lives.
struct Busy(Arc<Slot>);

impl Busy {
    fn new(slot: &Arc<Slot>) -> Busy {
        slot.busy.fetch_add(1, Ordering::SeqCst);
        Busy(Arc::clone(slot))
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.busy.fetch_sub(1, Ordering::SeqCst);
    }
}

/// An answer's body, keeping its connection counted as busy until it has been sent.
struct Sending {
    inner: axum::body::Body,
    _busy: Busy,
}

impl hyper::body::Body for Sending {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        std::pin::Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

/// Errors of `accept` that concern one connection only; anything else (out of file
/// descriptors, say) is waited out briefly.
fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(e.kind(), ConnectionRefused | ConnectionAborted | ConnectionReset | Interrupted)
}

/// Serves `app` on `listener` until `shutdown` resolves, then stops accepting, lets requests
/// in progress finish and returns once every connection has closed.
pub async fn run(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let tracker = Arc::new(Tracker { open: Mutex::new(Open::default()), closed: Notify::new() });
    let max = limits.max_connections.max(1);
    let (stop_tx, stop_rx) = watch::channel(false);
    // Each connection holds a clone; when all are dropped, every connection has closed.
    let (all_closed_tx, all_closed_rx) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);

    'accept: loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) if is_connection_error(&e) => continue,
                Err(e) => {
                    tracing::warn!(error = %e, "could not accept a connection; trying again in a moment");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                    continue;
                }
            },
            () = &mut shutdown => break 'accept,
        };
        let (id, slot) = loop {
            // Registered before looking, so a connection closing meanwhile is not missed.
            let closed = tracker.closed.notified();
            if let Some(admitted) = tracker.admit(max) {
                break admitted;
            }
            tokio::select! {
                () = closed => {}
                () = tokio::time::sleep(Duration::from_millis(200)) => {}
                () = &mut shutdown => break 'accept,
            }
        };
        let (app, tracker) = (app.clone(), Arc::clone(&tracker));
        let (mut stop, all_closed) = (stop_rx.clone(), all_closed_rx.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn({
                let slot = Arc::clone(&slot);
                move |mut req: hyper::Request<Incoming>| {
                    let busy = Busy::new(&slot);
                    req.extensions_mut().insert(ConnectInfo(peer));
                    let app = app.clone();
                    async move {
                        let res = app.oneshot(req.map(axum::body::Body::new)).await;
                        // Busy until the answer has been sent, not only made.
                        res.map(|r| r.map(|inner| Sending { inner, _busy: busy })).map_err(|e: Infallible| e)
                    }
                }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            let mut conn = std::pin::pin!(conn);
            let mut stopping = false;
            loop {
                tokio::select! {
                    result = conn.as_mut() => {
                        if let Err(e) = result {
                            tracing::debug!(error = %e, "connection ended");
                        }
                        break;
                    }
                    () = slot.evict.notified() => {
                        tracing::debug!("closed an idle connection to make room for a new one");
                        break;
                    }
                    _ = stop.changed(), if !stopping => {
                        stopping = true;
                        conn.as_mut().graceful_shutdown();
                    }
                }
            }
            tracker.release(id);
            drop(all_closed);
        });
    }

    drop(listener);
    let _ = stop_tx.send(true);
    drop(stop_rx);
    drop(all_closed_rx);
    all_closed_tx.closed().await;
    Ok(())
}
