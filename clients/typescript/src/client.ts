// What the web and Node entry points share: the typed clients for every
// service over any Connect transport, the bearer-token interceptor, and the
// interceptor that turns every failure into a KithError.
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";

import { AdminService, AuthService, UserService } from "./gen/kith/identity/v1/identity_pb.js";
import { DeviceService } from "./gen/kith/devices/v1/devices_pb.js";
import { AppService } from "./gen/kith/apps/v1/apps_pb.js";
import { UsageService } from "./gen/kith/usage/v1/usage_pb.js";
import { AnalyticsService } from "./gen/kith/analytics/v1/analytics_pb.js";
import { ConversationService } from "./gen/kith/conversations/v1/conversations_pb.js";
import { ChatService } from "./gen/kith/chat/v1/chat_pb.js";
import { JobService } from "./gen/kith/jobs/v1/jobs_pb.js";
import { SocialService } from "./gen/kith/social/v1/social_pb.js";
import { NotificationService } from "./gen/kith/notifications/v1/notifications_pb.js";
import { WebhookService } from "./gen/kith/notifications/v1/webhooks_pb.js";
import { ActivityService, EngagementService, UtilityService } from "./gen/kith/engagement/v1/engagement_pb.js";
import {
  DashboardService,
  ExportService,
  FeedService,
  GoalService,
  JournalService,
  MentorService,
  SuggestionService,
} from "./gen/kith/coaching/v1/coaching_pb.js";
import { PersonaService, SurveyService } from "./gen/kith/personas/v1/personas_pb.js";
import { CaseService, ImageService, MatchService } from "./gen/kith/cases/v1/cases_pb.js";
import { ExternalSourceService } from "./gen/kith/cases/v1/sources_pb.js";
import { KithError } from "./errors.js";

/** The access token, or a function asked before every call (undefined: none). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

/** Every Kith service, by the name of its client in KithClient. */
export const kithServices = {
  auth: AuthService,
  users: UserService,
  admin: AdminService,
  devices: DeviceService,
  apps: AppService,
  usage: UsageService,
  analytics: AnalyticsService,
  conversations: ConversationService,
  chat: ChatService,
  jobs: JobService,
  social: SocialService,
  notifications: NotificationService,
  webhooks: WebhookService,
  activity: ActivityService,
  engagement: EngagementService,
  utility: UtilityService,
  goals: GoalService,
  journal: JournalService,
  dashboards: DashboardService,
  mentors: MentorService,
  suggestions: SuggestionService,
  feed: FeedService,
  exports: ExportService,
  surveys: SurveyService,
  personas: PersonaService,
  cases: CaseService,
  images: ImageService,
  matches: MatchService,
  sources: ExternalSourceService,
} as const;

/** Typed clients for every Kith service, sharing one transport. */
export interface KithClient {
  /** Register, Login, Refresh, Logout, SignInWithGoogle, ChangePassword. */
  auth: Client<typeof AuthService>;
  /** GetMe, UpdateMe. */
  users: Client<typeof UserService>;
  /** Operators only (role ADMIN). */
  admin: Client<typeof AdminService>;
  devices: Client<typeof DeviceService>;
  apps: Client<typeof AppService>;
  usage: Client<typeof UsageService>;
  /** Stats, the wellness score, comparisons and trends. */
  analytics: Client<typeof AnalyticsService>;
  /** Conversations between the user's devices and apps, and journals (server streams). */
  conversations: Client<typeof ConversationService>;
  /** Chat threads with a device or app (SendMessage streams the reply). */
  chat: Client<typeof ChatService>;
  /** The background job queue and schedules (admins). */
  jobs: Client<typeof JobService>;
  /** Friends, device visits, challenges and leaderboards. */
  social: Client<typeof SocialService>;
  /** The signed-in user's notifications. */
  notifications: Client<typeof NotificationService>;
  /** The signed-in user's webhook endpoints and their delivery logs. */
  webhooks: Client<typeof WebhookService>;
  /** RecordLogin, RecordEvent, RecordEvents: what the signed-in user does. */
  activity: Client<typeof ActivityService>;
  /** Engagement profiles, message logs and statuses; runs and metrics (admins). */
  engagement: Client<typeof EngagementService>;
  /** SendUtility: reminders and receipts from templates (admins and backends). */
  utility: Client<typeof UtilityService>;
  /** The signed-in user's goals, their plans (habits and subgoals) and daily check-ins. */
  goals: Client<typeof GoalService>;
  /** The signed-in user's journal, scored on the server; ShareEntry shares an entry with their mentor. */
  journal: Client<typeof JournalService>;
  /** GetSummary, GetAdherence, GetRisk: how the signed-in user is doing on their habits. */
  dashboards: Client<typeof DashboardService>;
  /** Mentors and their members: links, invitations, member dashboards and AskAboutMember (streamed). */
  mentors: Client<typeof MentorService>;
  /** Plan changes the AI proposes weekly: ListSuggestions, AcceptSuggestion (applied atomically), RejectSuggestion. */
  suggestions: Client<typeof SuggestionService>;
  /** The cohort feed of a mentor and their members, with the AI coach's weekly reviews. */
  feed: Client<typeof FeedService>;
  /** ExportChanges (admin, streamed): coaching changes since a watermark, for a warehouse. */
  exports: Client<typeof ExportService>;
  /**
   * The signed-in user's surveys and their answers. GetPublicSurvey and
   * SubmitResponse are public: a client without a token calls them (a
   * friend answering by the share link).
   */
  surveys: Client<typeof SurveyService>;
  /** The AI persona made of a survey's answers: GetMyPersona, WatchPersona (streamed), RegeneratePersona, GetPersonaCard (PNG). */
  personas: Client<typeof PersonaService>;
  /**
   * Missing-person cases: CreateCase, GetCase, ListCases, UpdateCase,
   * CloseCase, MarkFound, ShareCase. A case the caller may not see reads as
   * NOT_FOUND.
   */
  cases: Client<typeof CaseService>;
  /**
   * A case's photos: UploadImage (client-streamed, so Node with
   * `transport: "grpc"` only), UploadImageBatch (up to 4 photos in one call,
   * for browsers), DownloadImage (streamed), ListImages.
   */
  images: Client<typeof ImageService>;
  /**
   * SubmitSighting (client-streamed; any signed-in user), and for
   * investigators SearchByImage, ListMatches, VerifyMatch, RejectMatch.
   */
  matches: Client<typeof MatchService>;
  /**
   * External registries synced into cases (admins): Create/List/Update/
   * DeleteExternalSource, TestConnection, SyncNow, ListSyncLogs,
   * ListQueryLogs.
   */
  sources: Client<typeof ExternalSourceService>;
  /** The transport underneath, to build further clients with `createClient`. */
  transport: Transport;
}

export interface CommonOptions {
  /**
   * Sent as `authorization: Bearer <token>` on every call that does not set
   * its own authorization header. A function is asked before each call, so
   * it can hand out the current token after a refresh.
   */
  token?: TokenSource;
  /** Run before the token interceptor (outermost first). */
  interceptors?: Interceptor[];
}

/** Adds `authorization: Bearer <token>` when there is a token. */
export function bearerInterceptor(token: TokenSource): Interceptor {
  return (next) => async (req) => {
    if (!req.header.has("authorization")) {
      const value = typeof token === "function" ? await token() : token;
      if (value) {
        req.header.set("authorization", `Bearer ${value}`);
      }
    }
    return next(req);
  };
}

/**
 * Rethrows every failure of a call as a KithError (a ConnectError), also
 * when it surfaces while reading a streamed response.
 */
export const kithErrorInterceptor: Interceptor = (next) => async (req) => {
  let res;
  try {
    res = await next(req);
  } catch (err) {
    throw KithError.from(err);
  }
  if (!res.stream) {
    return res;
  }
  const messages = res.message;
  return {
    ...res,
    message: (async function* () {
      try {
        yield* messages;
      } catch (err) {
        throw KithError.from(err);
      }
    })(),
  };
};

/** The interceptors every Kith transport carries, outermost first. */
export function kithInterceptors(options: CommonOptions): Interceptor[] {
  const list: Interceptor[] = [kithErrorInterceptor, ...(options.interceptors ?? [])];
  if (options.token !== undefined) {
    list.push(bearerInterceptor(options.token));
  }
  return list;
}

/** Typed clients for every service over a transport of your own. */
export function createKithClientFromTransport(transport: Transport): KithClient {
  const s = kithServices;
  return {
    auth: createClient(s.auth, transport),
    users: createClient(s.users, transport),
    admin: createClient(s.admin, transport),
    devices: createClient(s.devices, transport),
    apps: createClient(s.apps, transport),
    usage: createClient(s.usage, transport),
    analytics: createClient(s.analytics, transport),
    conversations: createClient(s.conversations, transport),
    chat: createClient(s.chat, transport),
    jobs: createClient(s.jobs, transport),
    social: createClient(s.social, transport),
    notifications: createClient(s.notifications, transport),
    webhooks: createClient(s.webhooks, transport),
    activity: createClient(s.activity, transport),
    engagement: createClient(s.engagement, transport),
    utility: createClient(s.utility, transport),
    goals: createClient(s.goals, transport),
    journal: createClient(s.journal, transport),
    dashboards: createClient(s.dashboards, transport),
    mentors: createClient(s.mentors, transport),
    suggestions: createClient(s.suggestions, transport),
    feed: createClient(s.feed, transport),
    exports: createClient(s.exports, transport),
    surveys: createClient(s.surveys, transport),
    personas: createClient(s.personas, transport),
    cases: createClient(s.cases, transport),
    images: createClient(s.images, transport),
    matches: createClient(s.matches, transport),
    sources: createClient(s.sources, transport),
    transport,
  };
}
