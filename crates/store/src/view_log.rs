//! Group commit for the audit events of views. A view changes nothing, so its event need not share
//! a transaction with a change; what matters is that it is durable before the page is shown.
//! Requests hand their event to one writer, which appends everything waiting in one transaction
//! and answers each request once that transaction has committed: one durable commit serves many
//! views instead of one each.

use tokio::sync::{mpsc, oneshot};

use crate::access::Actor;
use crate::db::write_tx;
use crate::{Store, StoreError, audit};

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

impl ViewLog {
    /// Starts the writer on the current tokio runtime; it stops when every `ViewLog` is dropped.
    pub fn start(store: Store) -> ViewLog {
        let (tx, mut rx) = mpsc::unbounded_channel::<Waiting>();
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut batch = vec![first];
                while batch.len() < BATCH {
                    match rx.try_recv() {
                        Ok(next) => batch.push(next),
                        Err(_) => break,
                    }
                }
                let events: Vec<ViewEvent> = batch.iter().map(|(e, _)| e.clone()).collect();
                let written = store
                    .run(move |c| {
                        write_tx(c, |c| {
                            for e in &events {
                                audit::append(c, &e.actor, "view", e.record_type, Some(&e.record_id))?;
                            }
                            Ok::<(), StoreError>(())
                        })
                    })
                    .await
                    .map_err(|e| e.to_string());
                for (_, done) in batch {
                    // The request may have gone (client hung up); nothing to tell it then.
                    let _ = done.send(written.clone());
                }
            }
        });
        ViewLog { tx }
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
