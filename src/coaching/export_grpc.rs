//! `kith.coaching.v1.ExportService`: the warehouse export as a stream, for
//! admins.

use futures::stream::BoxStream;
use futures::StreamExt;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::export::{self, Batch, Changes, CheckInFact, Deletion, GoalDim, JournalFact, UserDim};
use super::grpc::CoachingGrpc;
use super::model::{ExportSince, GoalStatus, SentimentLabel, Theme};
use super::CoachingError;
use crate::auth::{Caller, Role};
use crate::error::FieldViolations;
use crate::proto::coaching::v1 as pb;
use crate::proto::timestamp;

pub use pb::export_service_server::ExportServiceServer;

/// Batches in flight to a slow reader before reading the database waits.
const BUFFERED: usize = 4;

impl From<UserDim> for pb::ExportedUser {
    fn from(u: UserDim) -> Self {
        pb::ExportedUser {
            key: u.key,
            role: u.role,
            timezone: u.timezone,
            locale: u.locale,
            is_active: u.is_active,
            create_time: Some(timestamp(u.created_at)),
            changed_txid: u.changed_txid,
        }
    }
}

impl From<GoalDim> for pb::ExportedGoal {
    fn from(g: GoalDim) -> Self {
        pb::ExportedGoal {
            id: g.id.to_string(),
            user_key: g.user_key,
            title: g.title,
            theme: Theme::from_stored(&g.theme).map_or(0, |t| pb::Theme::from(t) as i32),
            status: GoalStatus::from_stored(&g.status).map_or(0, |s| pb::GoalStatus::from(s) as i32),
            target_date: g.target_date.map(|d| d.to_string()).unwrap_or_default(),
            minutes_per_week: g.minutes_per_week,
            create_time: Some(timestamp(g.created_at)),
            update_time: Some(timestamp(g.updated_at)),
            changed_txid: g.changed_txid,
        }
    }
}

impl From<CheckInFact> for pb::ExportedCheckIn {
    fn from(c: CheckInFact) -> Self {
        pb::ExportedCheckIn {
            id: c.id.to_string(),
            user_key: c.user_key,
            goal_id: c.goal_id.to_string(),
            habit_id: c.habit_id.to_string(),
            day: c.day.to_string(),
            completed: c.completed,
            value: c.value,
            create_time: Some(timestamp(c.created_at)),
            update_time: Some(timestamp(c.updated_at)),
            changed_txid: c.changed_txid,
        }
    }
}

impl From<JournalFact> for pb::ExportedJournalEntry {
    fn from(j: JournalFact) -> Self {
        pb::ExportedJournalEntry {
            id: j.id.to_string(),
            user_key: j.user_key,
            sentiment: j.sentiment,
            label: SentimentLabel::from_stored(&j.label).map_or(0, |l| pb::SentimentLabel::from(l) as i32),
            emotions: j.emotions.into_iter().flatten().collect(),
            shared: j.shared,
            text_chars: j.text_chars,
            create_time: Some(timestamp(j.created_at)),
            changed_txid: j.changed_txid,
        }
    }
}

impl From<Deletion> for pb::ExportedDeletion {
    fn from(d: Deletion) -> Self {
        pb::ExportedDeletion {
            entity: d.entity,
            row_id: d.row_id,
            delete_time: Some(timestamp(d.deleted_at)),
            changed_txid: d.changed_txid,
        }
    }
}

fn message(batch: Batch) -> pb::ExportChangesResponse {
    fn all<T, M: From<T>>(rows: Vec<T>) -> Vec<M> {
        rows.into_iter().map(Into::into).collect()
    }
    let mut m = pb::ExportChangesResponse::default();
    match batch {
        Batch::Users(r) => m.users = all(r),
        Batch::Goals(r) => m.goals = all(r),
        Batch::CheckIns(r) => m.check_ins = all(r),
        Batch::Journal(r) => m.journal_entries = all(r),
        Batch::Deletions(r) => m.deletions = all(r),
    }
    m
}

#[tonic::async_trait]
impl pb::export_service_server::ExportService for CoachingGrpc {
    type ExportChangesStream = BoxStream<'static, Result<pb::ExportChangesResponse, Status>>;

    async fn export_changes(
        &self,
        request: Request<pb::ExportChangesRequest>,
    ) -> Result<Response<Self::ExportChangesStream>, Status> {
        Caller::of(&request)?.require(Role::Admin)?;
        let ExportSince { since_watermark: since } = ExportSince::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let to = export::watermark(&mut conn).await?;
        // A field's fault only the database knows.
        if since > to {
            let mut v = FieldViolations::new();
            v.add(
                "since_watermark",
                "is ahead of this database (an export of another one?)",
            );
            v.into_result().map_err(CoachingError::from)?;
        }
        drop(conn);
        let pool = self.state().pool.clone();
        let (tx, rx) = tokio::sync::mpsc::channel(BUFFERED);
        tokio::spawn(async move {
            let mut changes = Changes::new(since, to);
            let result: Result<(), Status> = async {
                loop {
                    // A connection per batch: a slow reader holds none.
                    let next = {
                        let mut conn = crate::db::conn(&pool).await?;
                        changes.next(&mut conn).await?
                    };
                    let Some((_, batch)) = next else { break };
                    if tx.send(Ok(message(batch))).await.is_err() {
                        return Ok(());
                    }
                }
                let done = pb::ExportChangesResponse {
                    done: true,
                    watermark: to,
                    ..Default::default()
                };
                let _ = tx.send(Ok(done)).await;
                Ok(())
            }
            .await;
            if let Err(status) = result {
                let _ = tx.send(Err(status)).await;
            }
        });
        Ok(Response::new(ReceiverStream::new(rx).boxed()))
    }
}
