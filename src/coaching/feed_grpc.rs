//! `kith.coaching.v1.FeedService`: the caller's cohort feed.

use chrono::{DateTime, Utc};
use tonic::{Code, Request, Response, Status};
use uuid::Uuid;

use super::feed::{self, Author, PostRow, MAX_POSTS_PER_HOUR};
use super::grpc::CoachingGrpc;
use super::model::NewPost;
use super::CoachingError;
use crate::auth::{Caller, Role};
use crate::error::{status, FieldViolations};
use crate::proto::coaching::v1 as pb;
use crate::proto::timestamp;
use crate::request::Page;

pub use pb::feed_service_server::FeedServiceServer;

impl From<PostRow> for pb::Post {
    fn from(p: PostRow) -> Self {
        let author = Author::from_stored(&p.author);
        pb::Post {
            id: p.id.to_string(),
            cohort_id: p.cohort_id.to_string(),
            author: author.map_or(0, |a| pb::PostAuthor::from(a) as i32),
            author_id: p.author_id.map(|id| id.to_string()).unwrap_or_default(),
            author_name: match author {
                Some(Author::Coach) => "Coach".into(),
                _ => p.author_name.unwrap_or_default(),
            },
            content: p.content,
            member_id: p.member_id.map(|id| id.to_string()).unwrap_or_default(),
            create_time: Some(timestamp(p.created_at)),
        }
    }
}

/// The caller's cohort and their part in it: a mentor's own, a member's
/// mentor's.
async fn cohort(conn: &mut diesel_async::AsyncPgConnection, caller: &Caller) -> Result<Option<(Uuid, Author)>, Status> {
    if matches!(caller.role, Role::Mentor) {
        return Ok(Some((caller.user_id, Author::Mentor)));
    }
    Ok(feed::mentor_of(conn, caller.user_id)
        .await?
        .map(|m| (m, Author::Member)))
}

#[tonic::async_trait]
impl pb::feed_service_server::FeedService for CoachingGrpc {
    async fn list_posts(
        &self,
        request: Request<pb::ListPostsRequest>,
    ) -> Result<Response<pb::ListPostsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let scope = format!("ListPosts|{}", caller.user_id);
        let page = Page::<(DateTime<Utc>, Uuid)>::parse(&mut v, self.page_tokens(), scope, r.page_size, &r.page_token);
        v.into_result().map_err(CoachingError::from)?;
        let page = page.expect("checked");
        let mut conn = self.conn().await?;
        let Some((cohort_id, _)) = cohort(&mut conn, &caller).await? else {
            return Ok(Response::new(pb::ListPostsResponse::default()));
        };
        let mut rows = feed::list(&mut conn, cohort_id, caller.user_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(self.page_tokens(), &mut rows, |p| (p.created_at, p.id));
        Ok(Response::new(pb::ListPostsResponse {
            posts: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn create_post(
        &self,
        request: Request<pb::CreatePostRequest>,
    ) -> Result<Response<pb::CreatePostResponse>, Status> {
        let caller = Caller::of(&request)?;
        let NewPost { content } = NewPost::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let Some((cohort_id, author)) = cohort(&mut conn, &caller).await? else {
            return Err(status(
                Code::FailedPrecondition,
                "NO_COHORT",
                "posts go to a mentor's cohort; you have no mentor",
            ));
        };
        if feed::recent_posts(&mut conn, caller.user_id).await? >= MAX_POSTS_PER_HOUR {
            return Err(status(
                Code::ResourceExhausted,
                "TOO_MANY_POSTS",
                format!("at most {MAX_POSTS_PER_HOUR} posts an hour"),
            ));
        }
        let id = feed::insert(&mut conn, cohort_id, author, Some(caller.user_id), None, &content).await?;
        let post = feed::list(&mut conn, cohort_id, cohort_id, None, 50)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .map(Into::into);
        Ok(Response::new(pb::CreatePostResponse { post }))
    }
}
