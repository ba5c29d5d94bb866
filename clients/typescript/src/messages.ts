// The generated messages, schemas (for `create(Schema, init)`), enums and
// service descriptors.
//
// Each proto package is exported as a namespace (identityv1, devicesv1,
// appsv1, usagev1, analyticsv1, conversationsv1, chatv1, jobsv1, socialv1,
// notificationsv1, engagementv1, coachingv1, personasv1, casesv1, sourcesv1), since names
// repeat across packages (Mood, ToggleFavoriteRequest, ...). The identity and
// wellness packages, whose names are all distinct, are also exported flat:
// `import { Platform, DeviceSchema } from "@kith/client"`.
export * from "./gen/kith/identity/v1/identity_pb.js";
export * from "./gen/kith/devices/v1/devices_pb.js";
export * from "./gen/kith/apps/v1/apps_pb.js";
export * from "./gen/kith/usage/v1/usage_pb.js";

export * as identityv1 from "./gen/kith/identity/v1/identity_pb.js";
export * as devicesv1 from "./gen/kith/devices/v1/devices_pb.js";
export * as appsv1 from "./gen/kith/apps/v1/apps_pb.js";
export * as usagev1 from "./gen/kith/usage/v1/usage_pb.js";
export * as analyticsv1 from "./gen/kith/analytics/v1/analytics_pb.js";
export * as conversationsv1 from "./gen/kith/conversations/v1/conversations_pb.js";
export * as chatv1 from "./gen/kith/chat/v1/chat_pb.js";
export * as jobsv1 from "./gen/kith/jobs/v1/jobs_pb.js";
export * as socialv1 from "./gen/kith/social/v1/social_pb.js";
export * as notificationsv1 from "./packages/notifications_v1.js";
export * as engagementv1 from "./gen/kith/engagement/v1/engagement_pb.js";
export * as coachingv1 from "./gen/kith/coaching/v1/coaching_pb.js";
export * as personasv1 from "./gen/kith/personas/v1/personas_pb.js";
export * as casesv1 from "./gen/kith/cases/v1/cases_pb.js";
export * as sourcesv1 from "./gen/kith/cases/v1/sources_pb.js";
export * as rpc from "./gen-extra/google/rpc/error_details_pb.js";
