//! The tonic layer of `kith.apps.v1.AppService`: validate and convert
//! requests, call the repo or service, convert back.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use uuid::Uuid;

use super::error::{or_not_found, AppsError};
use super::model::{AppKey, AppUpdate, DeviceAppRef, DeviceAppUpdate, NewDeviceApp, NewRelationship, RelationshipRef};
use super::repo::{self, AppSearch, DeviceAppFilter};
use super::service;
use crate::auth::{peer, Caller, Role};
use crate::db::Conn;
use crate::error::FieldViolations;
use crate::proto::apps::v1 as pb;
use crate::request::{optional_uuid, Page};
use crate::state::AppState;

pub use pb::app_service_server::AppServiceServer;

#[derive(Clone)]
pub struct AppsGrpc {
    state: Arc<AppState>,
}

impl AppsGrpc {
    pub fn new(state: Arc<AppState>) -> Self {
        Self { state }
    }

    async fn conn(&self) -> Result<Conn<'_>, Status> {
        Ok(crate::db::conn(&self.state.pool).await?)
    }

    /// The page of a list request, once every field of the request is valid.
    fn page<K>(&self, mut v: FieldViolations, scope: String, size: i32, token: &str) -> Result<Page<K>, Status>
    where
        K: serde::Serialize + serde::de::DeserializeOwned,
    {
        let page = Page::parse(&mut v, &self.state.page_tokens, scope, size, token);
        match page {
            Some(page) if v.is_empty() => Ok(page),
            _ => Err(v.into()),
        }
    }

    /// The caller's device apps, one page of them.
    async fn device_apps_page(
        &self,
        caller: Caller,
        v: FieldViolations,
        filter: DeviceAppFilter,
        size: i32,
        token: &str,
    ) -> Result<(Vec<pb::DeviceApp>, String), Status> {
        let scope = format!("ListDeviceApps|{}|{filter:?}", caller.user_id);
        let page = self.page::<Uuid>(v, scope, size, token)?;
        let mut conn = self.conn().await?;
        let mut rows = repo::list_device_apps(&mut conn, caller.user_id, &filter, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |d| d.row.id);
        Ok((rows.into_iter().map(Into::into).collect(), next_page_token))
    }
}

#[tonic::async_trait]
impl pb::app_service_server::AppService for AppsGrpc {
    async fn search_apps(
        &self,
        request: Request<pb::SearchAppsRequest>,
    ) -> Result<Response<pb::SearchAppsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let search = AppSearch::parse(&mut v, &r);
        let scope = format!("SearchApps|{}|{search:?}", caller.user_id);
        let page = self.page::<(String, Uuid)>(v, scope, r.page_size, &r.page_token)?;
        let mut conn = self.conn().await?;
        let mut rows = repo::search_apps(&mut conn, &search, page.after.clone(), page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |a| (a.name.clone(), a.id));
        Ok(Response::new(pb::SearchAppsResponse {
            apps: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn get_app(&self, request: Request<pb::GetAppRequest>) -> Result<Response<pb::GetAppResponse>, Status> {
        Caller::of(&request)?;
        let AppKey(key) = AppKey::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let app = repo::app_by_id_or_bundle(&mut conn, &key)
            .await?
            .ok_or(AppsError::AppNotFound)?;
        Ok(Response::new(pb::GetAppResponse { app: Some(app.into()) }))
    }

    async fn list_categories(
        &self,
        request: Request<pb::ListCategoriesRequest>,
    ) -> Result<Response<pb::ListCategoriesResponse>, Status> {
        Caller::of(&request)?;
        let mut conn = self.conn().await?;
        let categories = repo::categories(&mut conn).await?;
        Ok(Response::new(pb::ListCategoriesResponse {
            categories: categories.into_iter().map(Into::into).collect(),
        }))
    }

    async fn update_app(
        &self,
        request: Request<pb::UpdateAppRequest>,
    ) -> Result<Response<pb::UpdateAppResponse>, Status> {
        let caller = Caller::of(&request)?;
        caller.require(Role::Admin)?;
        let peer = peer(&request);
        let AppUpdate {
            app_id: id,
            changes,
            paths,
        } = AppUpdate::try_from(request.into_inner())?;
        let mut conn = self.conn().await?;
        let app = service::update_app(&mut conn, caller.user_id, &peer, id, changes, &paths).await?;
        Ok(Response::new(pb::UpdateAppResponse { app: Some(app.into()) }))
    }

    async fn add_device_app(
        &self,
        request: Request<pb::AddDeviceAppRequest>,
    ) -> Result<Response<pb::AddDeviceAppResponse>, Status> {
        let caller = Caller::of(&request)?;
        let new = NewDeviceApp::try_from(request.into_inner()).map_err(AppsError::from)?;
        let mut conn = self.conn().await?;
        let limit = self.state.config.max_apps_per_user;
        let device_app = service::add_device_app(&mut conn, caller.user_id, new, limit).await?;
        Ok(Response::new(pb::AddDeviceAppResponse {
            device_app: Some(device_app.into()),
        }))
    }

    async fn list_device_apps(
        &self,
        request: Request<pb::ListDeviceAppsRequest>,
    ) -> Result<Response<pb::ListDeviceAppsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        // Another user's device filters down to nothing, like an unknown one.
        let filter = DeviceAppFilter {
            device_id: optional_uuid(&mut v, "device_id", &r.device_id),
            favorites_only: false,
        };
        let (device_apps, next_page_token) = self
            .device_apps_page(caller, v, filter, r.page_size, &r.page_token)
            .await?;
        Ok(Response::new(pb::ListDeviceAppsResponse {
            device_apps,
            next_page_token,
        }))
    }

    async fn update_device_app(
        &self,
        request: Request<pb::UpdateDeviceAppRequest>,
    ) -> Result<Response<pb::UpdateDeviceAppResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceAppUpdate {
            device_app_id: id,
            changes,
        } = DeviceAppUpdate::try_from(request.into_inner())?;
        let mut conn = self.conn().await?;
        let device_app = repo::update_device_app(&mut conn, caller.user_id, id, &changes)
            .await
            .map_err(or_not_found(AppsError::DeviceAppNotFound))?;
        Ok(Response::new(pb::UpdateDeviceAppResponse {
            device_app: Some(device_app.into()),
        }))
    }

    async fn remove_device_app(
        &self,
        request: Request<pb::RemoveDeviceAppRequest>,
    ) -> Result<Response<pb::RemoveDeviceAppResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceAppRef(id) = DeviceAppRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        if !repo::remove_device_app(&mut conn, caller.user_id, id).await? {
            return Err(AppsError::DeviceAppNotFound.into());
        }
        Ok(Response::new(pb::RemoveDeviceAppResponse {}))
    }

    async fn toggle_favorite(
        &self,
        request: Request<pb::ToggleFavoriteRequest>,
    ) -> Result<Response<pb::ToggleFavoriteResponse>, Status> {
        let caller = Caller::of(&request)?;
        let DeviceAppRef(id) = DeviceAppRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        let device_app = repo::toggle_favorite(&mut conn, caller.user_id, id)
            .await
            .map_err(or_not_found(AppsError::DeviceAppNotFound))?;
        Ok(Response::new(pb::ToggleFavoriteResponse {
            device_app: Some(device_app.into()),
        }))
    }

    async fn list_favorites(
        &self,
        request: Request<pb::ListFavoritesRequest>,
    ) -> Result<Response<pb::ListFavoritesResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let filter = DeviceAppFilter {
            device_id: None,
            favorites_only: true,
        };
        let (device_apps, next_page_token) = self
            .device_apps_page(caller, FieldViolations::new(), filter, r.page_size, &r.page_token)
            .await?;
        Ok(Response::new(pb::ListFavoritesResponse {
            device_apps,
            next_page_token,
        }))
    }

    async fn create_app_relationship(
        &self,
        request: Request<pb::CreateAppRelationshipRequest>,
    ) -> Result<Response<pb::CreateAppRelationshipResponse>, Status> {
        let caller = Caller::of(&request)?;
        let new = NewRelationship::try_from(request.into_inner()).map_err(AppsError::from)?;
        let mut conn = self.conn().await?;
        let relationship = service::create_relationship(&mut conn, caller.user_id, new).await?;
        Ok(Response::new(pb::CreateAppRelationshipResponse {
            relationship: Some(relationship.into()),
        }))
    }

    async fn list_app_relationships(
        &self,
        request: Request<pb::ListAppRelationshipsRequest>,
    ) -> Result<Response<pb::ListAppRelationshipsResponse>, Status> {
        let caller = Caller::of(&request)?;
        let r = request.into_inner();
        let mut v = FieldViolations::new();
        let device_app_id = optional_uuid(&mut v, "device_app_id", &r.device_app_id);
        let scope = format!("ListAppRelationships|{}|{device_app_id:?}", caller.user_id);
        let page = self.page::<Uuid>(v, scope, r.page_size, &r.page_token)?;
        let mut conn = self.conn().await?;
        let mut rows =
            repo::list_relationships(&mut conn, caller.user_id, device_app_id, page.after, page.fetch()).await?;
        let next_page_token = page.finish(&self.state.page_tokens, &mut rows, |r| r.id);
        Ok(Response::new(pb::ListAppRelationshipsResponse {
            relationships: rows.into_iter().map(Into::into).collect(),
            next_page_token,
        }))
    }

    async fn delete_app_relationship(
        &self,
        request: Request<pb::DeleteAppRelationshipRequest>,
    ) -> Result<Response<pb::DeleteAppRelationshipResponse>, Status> {
        let caller = Caller::of(&request)?;
        let RelationshipRef(id) = RelationshipRef::try_from(request.get_ref())?;
        let mut conn = self.conn().await?;
        if !repo::delete_relationship(&mut conn, caller.user_id, id).await? {
            return Err(AppsError::RelationshipNotFound.into());
        }
        Ok(Response::new(pb::DeleteAppRelationshipResponse {}))
    }
}
