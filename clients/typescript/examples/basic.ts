// Register, log in, create a device, upload a few app sessions and a day's
// totals with BatchCreateUsage, and read the week's summary back.
//
//   npm run example                     (server at http://127.0.0.1:50051)
//   KITH_URL=http://127.0.0.1:50052 npm run example
//
// In an application, import from "@kith/client/node" (or "@kith/client" in
// a browser) instead of "../src/node.js".
import { pathToFileURL } from "node:url";

import { timestampFromMs } from "@bufbuild/protobuf/wkt";

import { AppCategory, DevicePersonality, DeviceType, Platform, createKithClient, kithError } from "../src/node.js";

export interface ExampleResult {
  deviceId: string;
  inserted: bigint;
  appTimeMs: bigint;
  screenTimeMs: bigint;
}

/** Runs the example against the server at baseUrl and returns what it read. */
export async function basicExample(
  baseUrl: string,
  email = `ada-${Date.now()}@example.com`,
  log: (line: string) => void = console.log,
): Promise<ExampleResult> {
  const password = "correct horse battery";

  // No token yet: Register and Login are public.
  const anonymous = createKithClient(baseUrl);
  await anonymous.auth.register({ email, password, displayName: "Ada", timezone: "UTC" });
  const { session, user } = await anonymous.auth.login({ email, password });
  log(`signed in as ${user?.displayName} <${user?.email}>`);

  // Every other call carries `authorization: Bearer <token>`. Pass a function
  // instead of a string to hand out a refreshed token later.
  let token = session?.accessToken;
  const kith = createKithClient(baseUrl, { token: () => token });

  const { device } = await kith.devices.createDevice({
    device: {
      name: "Ada's phone",
      platform: Platform.IOS,
      deviceType: DeviceType.SMARTPHONE,
      personality: DevicePersonality.SNARKY,
      isPrimary: true,
    },
    requestId: `example-${email}`,
  });
  const deviceId = device!.id;
  log(`created device ${device!.name} (${deviceId})`);

  // Three app sessions an hour apart, ending an hour ago, and today's totals.
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const sessions = [0, 1, 2].map((i) => ({
    record: {
      case: "session" as const,
      value: {
        deviceId,
        bundleId: "com.example.notes",
        appName: "Notes",
        category: AppCategory.PRODUCTIVITY,
        startTime: timestampFromMs(now - (4 - i) * 3_600_000),
        durationMs: 600_000n,
        launches: 1,
      },
    },
  }));
  const daily = { record: { case: "daily" as const, value: { deviceId, day: today, screenTimeMs: 5_400_000n, unlocks: 12 } } };
  const { counts, rejections } = await kith.usage.batchCreateUsage({ records: [...sessions, daily] });
  log(`stored ${counts?.inserted} records, ${counts?.rejected} rejected`);
  for (const r of rejections) log(`  rejected #${r.recordIndex} ${r.field}: ${r.reason}`);

  const weekAgo = new Date(now - 6 * 86_400_000).toISOString().slice(0, 10);
  const summary = await kith.usage.getUsageSummary({ range: { startDay: weekAgo, endDay: today } });
  log(`last 7 days: ${summary.totals?.appTimeMs} ms in apps, ${summary.totals?.screenTimeMs} ms screen time`);

  // Errors are KithErrors: gRPC code, ErrorInfo reason and the wrong fields.
  try {
    await kith.devices.createDevice({ device: { name: "", platform: Platform.IOS, deviceType: DeviceType.TABLET } });
  } catch (err) {
    const e = kithError(err);
    log(`as expected: ${e.codeName} ${e.reason} [${e.fields.join(", ")}]`);
  }

  return {
    deviceId,
    inserted: counts?.inserted ?? 0n,
    appTimeMs: summary.totals?.appTimeMs ?? 0n,
    screenTimeMs: summary.totals?.screenTimeMs ?? 0n,
  };
}

// Run directly (after `npm run build`): node dist/examples/basic.js
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  basicExample(process.env.KITH_URL ?? "http://127.0.0.1:50051").catch((err) => {
    console.error(kithError(err).message);
    process.exit(1);
  });
}
