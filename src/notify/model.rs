//! NotificationService requests, checked: every field valid, or every bad
//! field named. A preferences update is checked where preferences are
//! (`preferences::Update`), push tokens in `push`.

use uuid::Uuid;

use crate::error::FieldViolations;
use crate::proto::notifications::v1 as pb;
use crate::request;

/// The most ids one MarkNotificationsRead may name.
pub const MAX_MARK: usize = 500;

/// MarkNotificationsRead, checked: the notifications to mark, or None for
/// every unread one (an empty list). The list is counted before any id is
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkRead {
    pub ids: Option<Vec<Uuid>>,
}

impl TryFrom<&pb::MarkNotificationsReadRequest> for MarkRead {
    type Error = FieldViolations;

    fn try_from(r: &pb::MarkNotificationsReadRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        if !request::count(&mut v, "notification_ids", &r.notification_ids, MAX_MARK) {
            return Err(v);
        }
        let ids: Vec<Uuid> = (r.notification_ids.iter().enumerate())
            .filter_map(|(i, raw)| request::uuid(&mut v, &format!("notification_ids[{i}]"), raw))
            .collect();
        v.into_result()?;
        Ok(Self {
            ids: (!r.notification_ids.is_empty()).then_some(ids),
        })
    }
}

/// WatchNotifications, checked: the last notification the client has, or
/// None to start with every unread one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchFrom {
    pub after: Option<Uuid>,
}

impl TryFrom<&pb::WatchNotificationsRequest> for WatchFrom {
    type Error = FieldViolations;

    fn try_from(r: &pb::WatchNotificationsRequest) -> Result<Self, FieldViolations> {
        let mut v = FieldViolations::new();
        let after = request::optional_uuid(&mut v, "after_notification_id", &r.after_notification_id);
        v.into_result()?;
        Ok(Self { after })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: FieldViolations) -> Vec<String> {
        v.fields().map(str::to_owned).collect()
    }

    #[test]
    fn mark_read_requests_name_every_bad_id() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        let some = MarkRead::try_from(&pb::MarkNotificationsReadRequest {
            notification_ids: vec![a.to_string(), b.to_string()],
        })
        .unwrap();
        assert_eq!(some.ids, Some(vec![a, b]));
        let all = MarkRead::try_from(&pb::MarkNotificationsReadRequest::default()).unwrap();
        assert_eq!(all.ids, None);
        let bad = pb::MarkNotificationsReadRequest {
            notification_ids: vec!["x".into(), a.to_string(), String::new()],
        };
        assert_eq!(
            fields(MarkRead::try_from(&bad).unwrap_err()),
            ["notification_ids[0]", "notification_ids[2]"]
        );
        let too_many = pb::MarkNotificationsReadRequest {
            notification_ids: vec!["x".into(); MAX_MARK + 1],
        };
        assert_eq!(fields(MarkRead::try_from(&too_many).unwrap_err()), ["notification_ids"]);
    }

    #[test]
    fn watch_requests_may_name_where_to_start() {
        let id = Uuid::now_v7();
        let from = WatchFrom::try_from(&pb::WatchNotificationsRequest {
            after_notification_id: id.to_string(),
        })
        .unwrap();
        assert_eq!(from.after, Some(id));
        assert_eq!(
            WatchFrom::try_from(&pb::WatchNotificationsRequest::default()).unwrap(),
            WatchFrom { after: None }
        );
        let bad = pb::WatchNotificationsRequest {
            after_notification_id: "latest".into(),
        };
        assert_eq!(
            fields(WatchFrom::try_from(&bad).unwrap_err()),
            ["after_notification_id"]
        );
    }
}
