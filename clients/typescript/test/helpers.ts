// Shared by the tests: the server under test and users of their own.
import { randomUUID } from "node:crypto";

import {
  createKithClient,
  DevicePersonality,
  DeviceType,
  Platform,
  type KithClient,
  type KithNodeClientOptions,
} from "../src/node.js";

/** The server under test: clients/with-server.sh exports KITH_URL. */
export function kithUrl(): string {
  const url = process.env.KITH_URL;
  if (!url) {
    throw new Error("KITH_URL is not set: run the tests through clients/with-server.sh (make test-ts)");
  }
  return url;
}

export const PASSWORD = "correct horse battery staple";

/** A fresh address for each call, so tests never share a user. */
export function uniqueEmail(tag: string): string {
  return `ts-${tag}-${randomUUID()}@example.com`;
}

export interface SignedIn {
  email: string;
  userId: string;
  token: string;
  client: KithClient;
}

/** Registers a new user and returns a client that calls as them. */
export async function newUser(tag: string, options: Omit<KithNodeClientOptions, "token"> = {}): Promise<SignedIn> {
  const email = uniqueEmail(tag);
  const res = await createKithClient(kithUrl(), options).auth.register({
    email,
    password: PASSWORD,
    displayName: `TS ${tag}`,
    timezone: "UTC",
  });
  const token = res.session!.accessToken;
  return { email, userId: res.user!.id, token, client: createKithClient(kithUrl(), { ...options, token }) };
}

/** Creates a device of the user's with the given name. */
export async function newDevice(client: KithClient, name: string) {
  const { device } = await client.devices.createDevice({
    device: {
      name,
      platform: Platform.ANDROID,
      deviceType: DeviceType.SMARTPHONE,
      personality: DevicePersonality.LOGICAL,
    },
  });
  return device!;
}
