//! Mentor links, invitations and interactions. A member has at most one
//! mentor (the link's key is the member); every query a mentor makes about
//! a member goes through [`member_of`], so a member who is not theirs is
//! not found.

use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::error::DbError;
use crate::schema::{coaching_mentor_interactions as interactions, coaching_mentor_invites as invites};
use crate::schema::{coaching_mentor_links as links, users};

/// How long an invitation stays open.
pub const INVITE_DAYS: i64 = 14;
/// Open invitations one mentor may have.
pub const MAX_OPEN_INVITES: i64 = 100;
pub const MAX_QUESTION_CHARS: usize = 1000;

#[derive(Debug, Clone, Queryable)]
pub struct MemberRow {
    pub user_id: Uuid,
    pub display_name: String,
    pub linked_at: DateTime<Utc>,
}

/// `member_id` when they are `mentor_id`'s member.
pub async fn member_of(
    conn: &mut AsyncPgConnection,
    mentor_id: Uuid,
    member_id: Uuid,
) -> Result<Option<MemberRow>, DbError> {
    Ok(links::table
        .inner_join(users::table.on(users::id.eq(links::member_id)))
        .filter(links::mentor_id.eq(mentor_id).and(links::member_id.eq(member_id)))
        .select((links::member_id, users::display_name, links::created_at))
        .first(conn)
        .await
        .optional()?)
}

/// The mentor's members, oldest link first, after `(linked_at, id)`.
pub async fn members(
    conn: &mut AsyncPgConnection,
    mentor_id: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<MemberRow>, DbError> {
    let mut query = links::table
        .inner_join(users::table.on(users::id.eq(links::member_id)))
        .filter(links::mentor_id.eq(mentor_id))
        .select((links::member_id, users::display_name, links::created_at))
        .order((links::created_at, links::member_id))
        .limit(limit)
        .into_boxed();
    if let Some((at, id)) = after {
        query = query.filter(
            links::created_at
                .gt(at)
                .or(links::created_at.eq(at).and(links::member_id.gt(id))),
        );
    }
    Ok(query.load(conn).await?)
}

/// Makes `mentor_id` the member's mentor, replacing any other, and closes
/// the member's open invitations from that mentor.
pub async fn link(conn: &mut AsyncPgConnection, mentor_id: Uuid, member_id: Uuid) -> Result<(), DbError> {
    diesel::insert_into(links::table)
        .values((links::member_id.eq(member_id), links::mentor_id.eq(mentor_id)))
        .on_conflict(links::member_id)
        .do_update()
        .set((links::mentor_id.eq(mentor_id), links::created_at.eq(diesel::dsl::now)))
        .execute(conn)
        .await?;
    diesel::delete(invites::table.filter(invites::member_id.eq(member_id).and(invites::mentor_id.eq(mentor_id))))
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes the member's link; with `mentor_id`, only that mentor's.
pub async fn unlink(conn: &mut AsyncPgConnection, member_id: Uuid, mentor_id: Option<Uuid>) -> Result<bool, DbError> {
    let mut query = diesel::delete(links::table)
        .filter(links::member_id.eq(member_id))
        .into_boxed();
    if let Some(mentor_id) = mentor_id {
        query = query.filter(links::mentor_id.eq(mentor_id));
    }
    Ok(query.execute(conn).await? > 0)
}

/// Stores (or renews) an invitation, unless the member is already the
/// mentor's or the mentor has too many open ones. Run in a transaction.
pub async fn invite(conn: &mut AsyncPgConnection, mentor_id: Uuid, member_id: Uuid) -> Result<bool, DbError> {
    crate::identity::repo::lock(conn, mentor_id).await?;
    if member_of(conn, mentor_id, member_id).await?.is_some() {
        return Ok(false);
    }
    let open: i64 = invites::table
        .filter(
            invites::mentor_id
                .eq(mentor_id)
                .and(invites::expires_at.gt(diesel::dsl::now)),
        )
        .count()
        .get_result(conn)
        .await?;
    if open >= MAX_OPEN_INVITES {
        return Ok(false);
    }
    let expires = Utc::now() + Duration::days(INVITE_DAYS);
    diesel::insert_into(invites::table)
        .values((
            invites::id.eq(Uuid::now_v7()),
            invites::mentor_id.eq(mentor_id),
            invites::member_id.eq(member_id),
            invites::expires_at.eq(expires),
        ))
        .on_conflict((invites::mentor_id, invites::member_id))
        .do_update()
        .set((
            invites::created_at.eq(diesel::dsl::now),
            invites::expires_at.eq(expires),
        ))
        .execute(conn)
        .await?;
    Ok(true)
}

#[derive(Debug, Clone, Queryable)]
pub struct InviteRow {
    pub id: Uuid,
    pub mentor_id: Uuid,
    pub mentor_name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// The member's open invitations, newest first.
pub async fn open_invites(conn: &mut AsyncPgConnection, member_id: Uuid) -> Result<Vec<InviteRow>, DbError> {
    Ok(invites::table
        .inner_join(users::table.on(users::id.eq(invites::mentor_id)))
        .filter(
            invites::member_id
                .eq(member_id)
                .and(invites::expires_at.gt(diesel::dsl::now)),
        )
        .select((
            invites::id,
            invites::mentor_id,
            users::display_name,
            invites::created_at,
            invites::expires_at,
        ))
        .order(invites::created_at.desc())
        .limit(MAX_OPEN_INVITES)
        .load(conn)
        .await?)
}

/// The member's open invitation `id`, taken (deleted) in the caller's
/// transaction.
pub async fn take_invite(
    conn: &mut AsyncPgConnection,
    member_id: Uuid,
    id: Uuid,
) -> Result<Option<InviteRow>, DbError> {
    let row = invites::table
        .inner_join(users::table.on(users::id.eq(invites::mentor_id)))
        .filter(invites::id.eq(id).and(invites::member_id.eq(member_id)))
        .filter(invites::expires_at.gt(diesel::dsl::now))
        .select((
            invites::id,
            invites::mentor_id,
            users::display_name,
            invites::created_at,
            invites::expires_at,
        ))
        .first::<InviteRow>(conn)
        .await
        .optional()?;
    if row.is_some() {
        diesel::delete(invites::table.find(id)).execute(conn).await?;
    }
    Ok(row)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = interactions, check_for_backend(diesel::pg::Pg))]
pub struct InteractionRow {
    pub id: Uuid,
    pub mentor_id: Uuid,
    pub member_id: Uuid,
    pub question: String,
    pub answer: String,
    pub context: serde_json::Value,
    pub complete: bool,
    pub created_at: DateTime<Utc>,
}

pub async fn record(
    conn: &mut AsyncPgConnection,
    mentor_id: Uuid,
    member_id: Uuid,
    question: &str,
    answer: &str,
    context: &serde_json::Value,
    complete: bool,
) -> Result<InteractionRow, DbError> {
    Ok(diesel::insert_into(interactions::table)
        .values((
            interactions::id.eq(Uuid::now_v7()),
            interactions::mentor_id.eq(mentor_id),
            interactions::member_id.eq(member_id),
            interactions::question.eq(question),
            interactions::answer.eq(answer),
            interactions::context.eq(context),
            interactions::complete.eq(complete),
        ))
        .returning(InteractionRow::as_returning())
        .get_result(conn)
        .await?)
}

/// A mentor's interactions (optionally about one member), newest first.
pub async fn interactions(
    conn: &mut AsyncPgConnection,
    mentor_id: Uuid,
    member_id: Option<Uuid>,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<InteractionRow>, DbError> {
    let mut query = interactions::table
        .filter(interactions::mentor_id.eq(mentor_id))
        .select(InteractionRow::as_select())
        .order((interactions::created_at.desc(), interactions::id.desc()))
        .limit(limit)
        .into_boxed();
    if let Some(member_id) = member_id {
        query = query.filter(interactions::member_id.eq(member_id));
    }
    if let Some((at, id)) = after {
        query = query.filter(
            interactions::created_at
                .lt(at)
                .or(interactions::created_at.eq(at).and(interactions::id.lt(id))),
        );
    }
    Ok(query.load(conn).await?)
}
