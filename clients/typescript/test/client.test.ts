// The Node client against a running server (KITH_URL): both transports,
// the token interceptor, the wellness calls, and decoded errors.
import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import { ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";

import * as web from "../src/index.js";
import {
  AppCategory,
  Code,
  createKithClient,
  DevicePersonality,
  DeviceType,
  KithError,
  kithError,
  Platform,
  type KithClient,
  type UsageRecord,
} from "../src/node.js";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { UsageRecordSchema } from "../src/node.js";
import { kithUrl, newDevice, newUser, PASSWORD, uniqueEmail } from "./helpers.js";

type RecordInit = MessageInitShape<typeof UsageRecordSchema>;

/** The KithError a call fails with (fails the test when it succeeds). */
async function failure(call: Promise<unknown>): Promise<KithError> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(KithError);
    expect(err).toBeInstanceOf(ConnectError);
    return err as KithError;
  }
  throw new Error("the call succeeded, an error was expected");
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function session(deviceId: string, bundleId: string, category: AppCategory, startMs: number, durationMs: number): RecordInit {
  return {
    record: {
      case: "session",
      value: {
        deviceId,
        bundleId,
        appName: bundleId.split(".").pop()!,
        category,
        startTime: timestampFromMs(startMs),
        durationMs: BigInt(durationMs),
        launches: 1,
      },
    },
  };
}

describe.each(["grpc-web", "grpc"] as const)("over %s", (transport) => {
  it("registers, logs in and calls with the bearer token", async () => {
    const email = uniqueEmail(`login-${transport}`);
    const anonymous = createKithClient(kithUrl(), { transport });
    const registered = await anonymous.auth.register({ email, password: PASSWORD, displayName: "Grace" });
    expect(registered.user?.email).toBe(email);
    expect(registered.session?.tokenType).toBe("Bearer");

    const login = await anonymous.auth.login({ email, password: PASSWORD });
    expect(login.user?.id).toBe(registered.user?.id);
    const token = login.session!.accessToken;
    expect(token).not.toBe("");

    let contentType: string | null = null;
    const me = await createKithClient(kithUrl(), { transport, token }).users.getMe(
      {},
      { onHeader: (h) => (contentType = h.get("content-type")) },
    );
    expect(me.user?.email).toBe(email);
    expect(me.user?.displayName).toBe("Grace");
    // The call really went over the transport asked for.
    expect(contentType).toMatch(transport === "grpc" ? /^application\/grpc(\+proto)?$/ : /^application\/grpc-web/);

    // Calls rejected for a missing or bad token answer UNAUTHENTICATED, and
    // the connection keeps working for the calls after them.
    for (let i = 0; i < 10; i++) {
      const noToken = await failure(anonymous.users.getMe({}));
      expect(noToken.code).toBe(Code.Unauthenticated);
      expect(noToken.reason).toBe("UNAUTHENTICATED");
      expect(noToken.domain).toBe("kith.dev");
      const badToken = await failure(createKithClient(kithUrl(), { transport, token: "not-a-token" }).users.getMe({}));
      expect(badToken.code).toBe(Code.Unauthenticated);
      expect((await anonymous.auth.login({ email, password: PASSWORD })).user?.email).toBe(email);
    }
  });

  it("reports bad input as InvalidArgument naming every wrong field", async () => {
    const anonymous = createKithClient(kithUrl(), { transport });
    const err = await failure(anonymous.auth.register({ email: "not-an-email", password: "short", displayName: "X" }));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(err.codeName).toBe("InvalidArgument");
    expect(err.reason).toBe("INVALID_ARGUMENT");
    expect(err.domain).toBe("kith.dev");
    expect(err.fields.sort()).toEqual(["email", "password"]);
    expect(err.errorMetadata.fields?.split(",").sort()).toEqual(["email", "password"]);
    for (const v of err.fieldViolations) expect(v.description).not.toBe("");
    expect(err.requestId).toBeTruthy();

    const { client } = await newUser(`bad-device-${transport}`, { transport });
    const bad = await failure(
      client.devices.createDevice({
        device: { name: "", platform: Platform.IOS, deviceType: DeviceType.TABLET, nickname: "n".repeat(101) },
      }),
    );
    expect(bad.code).toBe(Code.InvalidArgument);
    expect(bad.fields.sort()).toEqual(["device.name", "device.nickname", "device.personality"]);
  });
});

describe("devices and usage", () => {
  it("creates a device, batch-creates usage and reads it back in the summary", async () => {
    const { client } = await newUser("usage");
    const device = await newDevice(client, "Usage phone");
    expect(device.id).not.toBe("");
    expect(device.isActive).toBe(true);

    const listed = await client.devices.listDevices({});
    expect(listed.devices.map((d) => d.id)).toEqual([device.id]);

    const now = Date.now();
    const records: RecordInit[] = [
      session(device.id, "com.example.notes", AppCategory.PRODUCTIVITY, now - 4 * 3_600_000, 600_000),
      session(device.id, "com.example.notes", AppCategory.PRODUCTIVITY, now - 3 * 3_600_000, 1_200_000),
      session(device.id, "com.example.chat", AppCategory.SOCIAL, now - 2 * 3_600_000, 300_000),
      { record: { case: "daily", value: { deviceId: device.id, day: isoDay(now), screenTimeMs: 7_200_000n, unlocks: 9 } } },
    ];
    const created = await client.usage.batchCreateUsage({ records });
    expect(created.counts).toMatchObject({ received: 4n, inserted: 4n, rejected: 0n });
    expect(created.rejections).toEqual([]);

    // Sending the same records again stores nothing twice.
    const again = await client.usage.batchCreateUsage({ records });
    expect(again.counts).toMatchObject({ received: 4n, inserted: 0n, unchanged: 4n });

    const range = { startDay: isoDay(now - 6 * DAY_MS), endDay: isoDay(now) };
    const summary = await client.usage.getUsageSummary({ range });
    expect(summary.days).toHaveLength(7);
    expect(summary.totals).toMatchObject({ appTimeMs: 2_100_000n, screenTimeMs: 7_200_000n, unlocks: 9n });
    expect(summary.days.reduce((sum, d) => sum + d.appTimeMs, 0n)).toBe(2_100_000n);
    const byCategory = Object.fromEntries(summary.categories.map((c) => [c.category, c.appTimeMs]));
    expect(byCategory).toEqual({ [AppCategory.PRODUCTIVITY]: 1_800_000n, [AppCategory.SOCIAL]: 300_000n });

    const sessions = await client.usage.listUsage({ range, deviceId: device.id });
    expect(sessions.sessions.map((s) => s.app?.bundleId)).toEqual([
      "com.example.chat",
      "com.example.notes",
      "com.example.notes",
    ]);
  });

  it("rejects bad records one by one and keeps the good ones", async () => {
    const { client } = await newUser("rejects");
    const device = await newDevice(client, "Reject phone");
    const now = Date.now();
    const created = await client.usage.batchCreateUsage({
      records: [
        session(device.id, "com.example.ok", AppCategory.GAMES, now - 3_600_000, 60_000),
        session(device.id, "com.example.long", AppCategory.GAMES, now - 3_600_000, DAY_MS + 1),
      ],
    });
    expect(created.counts).toMatchObject({ received: 2n, inserted: 1n, rejected: 1n });
    expect(created.rejections).toHaveLength(1);
    expect(created.rejections[0]).toMatchObject({ recordIndex: 1, field: "session.duration_ms" });
  });

  it("streams UploadUsage batches over gRPC (HTTP/2)", async () => {
    const { client } = await newUser("upload", { transport: "grpc" });
    const device = await newDevice(client, "Upload phone");
    const now = Date.now();
    async function* batches() {
      for (let b = 0; b < 3; b++) {
        yield {
          uploadId: `ts-upload-${device.id}`,
          batchIndex: BigInt(b),
          records: [0, 1].map((i) =>
            session(device.id, "com.example.reader", AppCategory.EDUCATION, now - (10 - b * 2 - i) * 600_000, 60_000),
          ),
        };
      }
    }
    const res = await client.usage.uploadUsage(batches());
    expect(res.counts).toMatchObject({ received: 6n, inserted: 6n, rejected: 0n });
    expect(res.lastBatchIndex).toBe(2n);
    const status = await client.usage.getUploadStatus({ uploadId: `ts-upload-${device.id}` });
    expect(status.lastBatchIndex).toBe(2n);
  });

  it("answers NotFound for another user's device and leaves it alone", async () => {
    const owner = await newUser("owner");
    const other = await newUser("other");
    const device = await newDevice(owner.client, "Not yours");

    for (const call of [
      () => other.client.devices.getDevice({ deviceId: device.id }),
      () => other.client.devices.deleteDevice({ deviceId: device.id }),
      () =>
        other.client.devices.updateDevice({
          device: { id: device.id, name: "Mine now" },
          updateMask: { paths: ["name"] },
        }),
    ]) {
      const err = await failure(call());
      expect(err.code).toBe(Code.NotFound);
      expect(err.reason).toBe("DEVICE_NOT_FOUND");
    }
    expect((await other.client.devices.listDevices({})).devices).toEqual([]);
    const still = await owner.client.devices.getDevice({ deviceId: device.id });
    expect(still.device?.name).toBe("Not yours");
  });
});

describe("client options", () => {
  it("asks a token function before every call", async () => {
    const a = await newUser("token-a");
    const b = await newUser("token-b");
    let current: string | undefined = a.token;
    const client: KithClient = createKithClient(kithUrl(), { token: () => current });
    expect((await client.users.getMe({})).user?.email).toBe(a.email);
    current = b.token;
    expect((await client.users.getMe({})).user?.email).toBe(b.email);
    current = undefined;
    expect((await failure(client.users.getMe({}))).code).toBe(Code.Unauthenticated);
  });

  it("the web entry point speaks gRPC-Web with fetch and refuses gRPC", async () => {
    const email = uniqueEmail("web-entry");
    const client = web.createKithClient(kithUrl());
    await client.auth.register({ email, password: PASSWORD, displayName: "Web" });
    const login = await client.auth.login({ email, password: PASSWORD });
    const me = await web.createKithClient(kithUrl(), { token: login.session!.accessToken }).users.getMe({});
    expect(me.user?.email).toBe(email);
    const wrong = await failure(client.auth.login({ email, password: "wrong password!" }));
    expect(wrong.code).toBe(web.Code.Unauthenticated);
    expect(wrong.reason).toBe("INVALID_CREDENTIALS");
    expect(() => web.createKithClient(kithUrl(), { transport: "grpc" as "grpc-web" })).toThrow(/@kith\/client\/node/);
  });

  it("kithError turns anything thrown into a KithError", () => {
    const plain = kithError(new Error("boom"));
    expect(plain).toBeInstanceOf(KithError);
    expect(plain.code).toBe(Code.Unknown);
    expect(plain.reason).toBe("");
    expect(plain.fieldViolations).toEqual([]);
    const connect = new ConnectError("gone", Code.NotFound);
    expect(connect).not.toBeInstanceOf(KithError);
    expect(kithError(connect).code).toBe(Code.NotFound);
    expect(kithError(plain)).toBe(plain);
  });
});
