//! Account deletion: the account closes at once (sessions revoked, hidden
//! from friends and leaderboards, no sign-in), then after the grace period
//! a job erases or anonymises everything the registry declares, and deletes
//! the user. Cancelling within the grace period reopens the account.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use serde_json::json;
use uuid::Uuid;

use super::{declarations, Erase, Subject};
use crate::audit::{self, AuditEntry};
use crate::auth::password;
use crate::error::DbError;
use crate::identity::error::IdentityError;
use crate::identity::model::{Email, SessionTokens, UserRow};
use crate::identity::repo as users;
use crate::identity::service::{self as identity, Accounts, ClientInfo};
use crate::jobs::{JobContext, JobResult, Kind};
use crate::schema::account_deletions;

/// The job that erases a closed account once its grace period is over.
pub const ERASE_JOB: Kind<EraseJob> = Kind::new("erase_account");

/// The deletion an erase job carries out. Keyed by the deletion, not the
/// user: the job outlives the user's rows and must not name them.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct EraseJob {
    pub deletion_id: Uuid,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = account_deletions, check_for_backend(diesel::pg::Pg))]
pub struct DeletionRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub requested_at: DateTime<Utc>,
    pub erase_after: DateTime<Utc>,
    pub by_admin: bool,
}

type Result<T> = std::result::Result<T, IdentityError>;

fn job_key(deletion: Uuid) -> String {
    format!("{}:{deletion}", ERASE_JOB.name)
}

async fn pending(conn: &mut AsyncPgConnection, user_id: Uuid) -> std::result::Result<Option<DeletionRow>, DbError> {
    Ok(account_deletions::table
        .filter(account_deletions::user_id.eq(user_id))
        .select(DeletionRow::as_select())
        .first(conn)
        .await
        .optional()?)
}

/// Whether the user's account is closed and waiting to be erased.
pub async fn is_pending(conn: &mut AsyncPgConnection, user_id: Uuid) -> std::result::Result<bool, DbError> {
    Ok(pending(conn, user_id).await?.is_some())
}

/// Closes the account and schedules its erasure. Closing an account that is
/// already closed for deletion changes nothing and returns the pending
/// deletion. `by` is the admin acting for support, None for the user.
async fn close(accounts: Accounts<'_>, user_id: Uuid, by: Option<Uuid>, client: &ClientInfo) -> Result<DeletionRow> {
    let grace = accounts.deletion_grace;
    let mut conn = crate::db::conn(accounts.pool).await?;
    conn.transaction::<_, IdentityError, _>(async |conn| {
        // Serialises two closings of one account.
        let user = users::user_for_update(conn, user_id).await.map_err(not_found)?;
        if let Some(existing) = pending(conn, user.id).await? {
            return Ok(existing);
        }
        users::set_active(conn, user.id, false).await?;
        // Access tokens already issued stop at once, refresh tokens too.
        users::bump_session_version(conn, user.id).await?;
        users::revoke_all_for_user(conn, user.id).await?;
        let row: DeletionRow = diesel::insert_into(account_deletions::table)
            .values((
                account_deletions::id.eq(Uuid::now_v7()),
                account_deletions::user_id.eq(user.id),
                account_deletions::erase_after.eq(Utc::now() + grace),
                account_deletions::by_admin.eq(by.is_some()),
            ))
            .returning(DeletionRow::as_returning())
            .get_result(conn)
            .await?;
        // Keyed by the deletion, not the user: the job outlives the user's
        // rows and must not name them.
        let job = (ERASE_JOB.job(&EraseJob { deletion_id: row.id }))
            .unique(job_key(row.id))
            .run_at(row.erase_after);
        crate::jobs::enqueue(conn, job).await?;
        audit::record(
            conn,
            AuditEntry::new("user.deletion_requested", "user", user.id)
                .actor(by.unwrap_or(user.id))
                .ip(&client.peer)
                .meta("erase_after", row.erase_after.to_rfc3339()),
        )
        .await?;
        Ok(row)
    })
    .await
}

/// DeleteMe: re-authenticates the caller, then closes their account.
pub async fn delete_me(
    accounts: Accounts<'_>,
    user_id: Uuid,
    current_password: &str,
    google_id_token: &str,
    client: &ClientInfo,
) -> Result<DeletionRow> {
    let user = {
        let mut conn = crate::db::conn(accounts.pool).await?;
        users::user(&mut conn, user_id).await.map_err(not_found)?
    };
    identity::reauthenticate(accounts, &user, current_password, google_id_token).await?;
    close(accounts, user_id, None, client).await
}

/// DeleteUser: an admin closes an account for support.
pub async fn delete_user(
    accounts: Accounts<'_>,
    admin: Uuid,
    user_id: Uuid,
    client: &ClientInfo,
) -> Result<DeletionRow> {
    if admin == user_id {
        return Err(IdentityError::SelfLockout("delete"));
    }
    close(accounts, user_id, Some(admin), client).await
}

/// How the owner of a closed account proves who they are.
pub enum Proof<'a> {
    Password { email: &'a str, password: &'a str },
    Google { id_token: &'a str },
}

/// CancelDeletion: the owner of an account they closed signs in with it
/// again within the grace period; the account reopens and the erasure is
/// called off. Wrong credentials look like a failed login and count as one.
pub async fn cancel(accounts: Accounts<'_>, proof: Proof<'_>, client: &ClientInfo) -> Result<(UserRow, SessionTokens)> {
    let mut conn = crate::db::conn(accounts.pool).await?;
    let user = match proof {
        Proof::Password { email, password } => {
            let email = Email::parse(email)
                .map(|e| e.as_str().to_owned())
                .unwrap_or_else(|_| email.trim().to_lowercase());
            let attempt = identity::admit_login_attempt(&mut conn, accounts, &email, &client.peer).await?;
            let user = users::user_by_email(&mut conn, &email).await?;
            let stored = user.as_ref().and_then(|u| u.password_hash.clone());
            if !password::verify(password.to_owned(), stored).await {
                return Err(IdentityError::InvalidCredentials);
            }
            users::mark_login_succeeded(&mut conn, attempt).await?;
            user.expect("a verified password belongs to a user")
        }
        Proof::Google { id_token } => {
            let google = accounts.google.verify(id_token).await?;
            users::user_by_google_subject(&mut conn, &google.sub)
                .await?
                .ok_or(IdentityError::InvalidCredentials)?
        }
    };
    conn.transaction::<_, IdentityError, _>(async |conn| {
        let user = users::user_for_update(conn, user.id).await?;
        // Support's deletions are not the user's to call off.
        let deletion = match pending(conn, user.id).await? {
            Some(d) if !d.by_admin => d,
            _ => return Err(IdentityError::NoPendingDeletion),
        };
        diesel::delete(account_deletions::table.find(deletion.id))
            .execute(conn)
            .await?;
        if let Ok(job) = crate::jobs::queue::by_unique_key(conn, &job_key(deletion.id)).await {
            crate::jobs::queue::cancel(conn, job.id).await?;
        }
        let user = users::set_active(conn, user.id, true).await?;
        users::touch_last_active(conn, user.id).await?;
        audit::record(
            conn,
            AuditEntry::new("user.deletion_cancelled", "user", user.id)
                .actor(user.id)
                .ip(&client.peer),
        )
        .await?;
        let (_, session) = identity::start_session(conn, accounts, user.id, user.session_version, None, client).await?;
        Ok((user, session))
    })
    .await
}

fn not_found(err: DbError) -> IdentityError {
    match err {
        DbError::NotFound => IdentityError::UserNotFound,
        other => other.into(),
    }
}

/// The erase_account job: payload `{"deletion_id"}`. A cancelled deletion
/// (its row gone) is skipped.
pub async fn erase_job(ctx: JobContext, EraseJob { deletion_id: deletion }: EraseJob) -> JobResult {
    let mut conn = crate::db::conn(&ctx.pool).await?;
    match erase(&mut conn, deletion).await.map_err(|e| e.to_string())? {
        None => Ok(Some(json!({ "skipped": "the deletion was cancelled" }))),
        Some(counts) => Ok(Some(json!({ "erased": counts }))),
    }
}

/// Erases the account of a deletion whose grace period is over: every
/// declaration's statements run, then the user's row goes with whatever
/// cascades from it, in one transaction. Returns the rows touched per
/// table, or None when there is nothing (left) to erase.
pub async fn erase(
    conn: &mut AsyncPgConnection,
    deletion: Uuid,
) -> std::result::Result<Option<BTreeMap<&'static str, usize>>, DbError> {
    conn.transaction::<_, DbError, _>(async |conn| {
        let row: Option<DeletionRow> = account_deletions::table
            .find(deletion)
            .select(DeletionRow::as_select())
            .for_update()
            .first(conn)
            .await
            .optional()?;
        let Some(row) = row.filter(|r| r.erase_after <= Utc::now()) else {
            return Ok(None);
        };
        let email: String = crate::schema::users::table
            .find(row.user_id)
            .select(crate::schema::users::email)
            .first(conn)
            .await?;
        let subject = Subject {
            user_id: row.user_id,
            email,
        };
        let mut counts = BTreeMap::new();
        for declared in declarations() {
            let touched = match declared.erase {
                Erase::WithUser => continue,
                Erase::Sql(statements) => {
                    let mut n = 0;
                    for sql in statements {
                        n += diesel::sql_query(subject.fill(sql)).execute(conn).await?;
                    }
                    n
                }
                Erase::Custom(erase) => erase(conn, &subject).await?,
            };
            counts.insert(declared.table, touched);
        }
        diesel::delete(crate::schema::users::table.find(subject.user_id))
            .execute(conn)
            .await?;
        // Names the deletion only: nothing in the trail may point at the user.
        audit::record(conn, AuditEntry::new("user.erased", "account_deletion", row.id)).await?;
        Ok(Some(counts))
    })
    .await
}

/// Deletions whose grace period is over but whose job did not erase them
/// (it failed for good, or was lost): the weekly cleanup catches them up.
pub async fn erase_overdue(conn: &mut AsyncPgConnection) -> std::result::Result<usize, DbError> {
    let due: Vec<Uuid> = account_deletions::table
        .filter(account_deletions::erase_after.lt(Utc::now() - Duration::hours(1)))
        .select(account_deletions::id)
        .load(conn)
        .await?;
    let mut erased = 0;
    for id in due {
        erased += usize::from(erase(conn, id).await?.is_some());
    }
    Ok(erased)
}
