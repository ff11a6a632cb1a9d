//! Group commit for the audit events of views. A view changes nothing, so its event need not share
//! a transaction with a change; what matters is that it is durable before the page is shown.
//! Requests hand their event to one writer, which appends everything waiting in one transaction
//! and answers each request once that transaction has committed: one durable commit serves many
//! views instead of one each.
//!
//! The writer is a thread with a connection of its own. Through the pool it would queue for a
//! connection behind the very requests that are waiting for it, and every batch would wait a
//! whole round of the queue.

use tokio::sync::{mpsc, oneshot};

use crate::access::Actor;
use crate::db::write_tx;
use crate::{DbConnection, Store, StoreError, audit};

/// How many events one transaction takes at most.
const BATCH: usize = 256;

#[derive(Debug, Clone)]
pub struct ViewEvent {
    pub actor: Actor,
    pub record_type: &'static str,
    pub record_id: String,
}

type Waiting = (ViewEvent, oneshot::Sender<Result<(), String>>);

#[derive(Clone)]
pub struct ViewLog {
    tx: mpsc::UnboundedSender<Waiting>,
}

fn write(conn: &mut DbConnection, batch: &[Waiting]) -> Result<(), StoreError> {
    let events: Vec<audit::NewEvent<'_>> = batch
        .iter()
        .map(|(e, _)| audit::NewEvent {
            actor: &e.actor,
            action: "view",
            record_type: e.record_type,
            record_id: Some(&e.record_id),
        })
        .collect();
    write_tx(conn, |c| audit::append_all(c, &events))
}

impl ViewLog {
    /// Starts the writer; it stops when every `ViewLog` is dropped. It connects on its first
    /// event, and again after any failure, so a database that went away is found again.
    pub fn start(store: Store) -> Result<ViewLog, StoreError> {
        let (tx, mut rx) = mpsc::unbounded_channel::<Waiting>();
        std::thread::Builder::new()
            .name("audit-views".into())
            .spawn(move || {
                let mut conn: Option<DbConnection> = None;
                while let Some(first) = rx.blocking_recv() {
                    let mut batch = vec![first];
                    while batch.len() < BATCH {
                        match rx.try_recv() {
                            Ok(next) => batch.push(next),
                            Err(_) => break,
                        }
                    }
                    let written = match conn.take() {
                        Some(c) => Ok(c),
                        None => store.connect_dedicated(),
                    }
                    .and_then(|mut c| {
                        write(&mut c, &batch)?;
                        conn = Some(c);
                        Ok(())
                    })
                    .map_err(|e| e.to_string());
                    for (_, done) in batch {
                        // The request may have gone (client hung up); nothing to tell it then.
                        let _ = done.send(written.clone());
                    }
                }
            })
            .map_err(|e| StoreError::Task(format!("cannot start the audit writer: {e}")))?;
        Ok(ViewLog { tx })
    }

    /// Records a view and returns once it is durable.
    pub async fn record(&self, event: ViewEvent) -> Result<(), StoreError> {
        let (done, wait) = oneshot::channel();
        self.tx.send((event, done)).map_err(|_| StoreError::Task("the audit writer has stopped".into()))?;
        match wait.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(StoreError::Task(format!("audit: {e}"))),
            Err(_) => Err(StoreError::Task("the audit writer has stopped".into())),
        }
    }
}
