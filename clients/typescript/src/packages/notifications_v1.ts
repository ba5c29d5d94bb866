// kith.notifications.v1 is two proto files (notifications, webhooks): one
// namespace for both.
export * from "../gen/kith/notifications/v1/notifications_pb.js";
export * from "../gen/kith/notifications/v1/webhooks_pb.js";
