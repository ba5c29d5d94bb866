// A real page in headless Chromium signs in and lists the user's devices
// through @kith/client over gRPC-Web. The page is served from
// http://localhost:<port> and calls the API at http://127.0.0.1:<apiport>,
// so every call is cross-origin and goes through the server's CORS.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium, type BrowserContext, type Response } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";

import { DevicePersonality, DeviceType, Platform } from "../src/node.js";
import { kithUrl, newUser, PASSWORD, uniqueEmail } from "./helpers.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const pageDir = resolve(here, "../browser");
const distDir = join(pageDir, "dist");
const screenshot = resolve(here, "../../../test-artifacts/browser.png");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Serves browser/dist; nothing outside it. */
function serveStatic(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(distDir, path === "/" ? "index.html" : path);
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

let server: Server | undefined;
let context: BrowserContext | undefined;
let profile: string | undefined;
let pageOrigin = "";

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  await build({ configFile: join(pageDir, "vite.config.ts"), logLevel: "warn" });
  server = await serveStatic();
  pageOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
  profile = await mkdtemp(join(tmpdir(), "kith-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 900, height: 640 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await context?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (profile) await rm(profile, { recursive: true, force: true });
});

it("the page bundle imports no Node modules", async () => {
  for (const file of await readdir(join(distDir, "assets"))) {
    const js = await readFile(join(distDir, "assets", file), "utf8");
    expect(js).not.toMatch(/["'`]node:[a-z_]+["'`]|\bhttp2\b/);
  }
});

it("signs in over gRPC-Web from another origin and lists the user's devices", async () => {
  // The user and their devices, made beforehand with the Node client.
  const { email, userId, client } = await newUser("browser");
  const devices = [
    { name: "Living-room tablet", platform: Platform.IOS, deviceType: DeviceType.TABLET, isPrimary: true },
    { name: "Work laptop", platform: Platform.MACOS, deviceType: DeviceType.LAPTOP, isPrimary: false },
  ];
  for (const device of devices) {
    await client.devices.createDevice({ device: { ...device, personality: DevicePersonality.DRAMATIC } });
  }

  const api = kithUrl();
  expect(new URL(api).origin).not.toBe(pageOrigin);
  const page = await context!.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  const apiResponses: Response[] = [];
  page.on("response", (res) => {
    if (res.url().startsWith(api)) apiResponses.push(res);
  });

  await page.goto(`${pageOrigin}/?api=${encodeURIComponent(api)}`);
  await expect.poll(() => page.textContent("#api")).toBe(api);

  // A wrong password: the error details cross CORS and are decoded.
  await page.fill("#email", email);
  await page.fill("#password", "not the password");
  await page.click("#login");
  await page.waitForSelector("body[data-state=error]");
  expect(await page.textContent("#error")).toContain("Unauthenticated · INVALID_CREDENTIALS");

  await page.fill("#password", PASSWORD);
  await page.click("#login");
  await page.waitForSelector("body[data-state=ready]");
  expect(await page.isHidden("#error")).toBe(true);
  expect(await page.textContent("#who")).toContain(email);

  const items = page.locator("[data-testid=device]");
  await expect.poll(() => items.count()).toBe(2);
  const shown = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim()).sort();
  expect(shown).toEqual(["Living-room tablet ios tablet primary", "Work laptop macos laptop"]);

  // A friend request made elsewhere reaches the open page over the
  // gRPC-Web notification stream.
  const friend = await newUser("browser-friend");
  await friend.client.social.sendFriendRequest({ to: { case: "userId", value: userId } });
  const notifications = page.locator("[data-testid=notification]");
  await expect.poll(() => notifications.count()).toBe(1);
  expect(await notifications.first().getAttribute("data-kind")).toBe("friend_request_received");

  await mkdir(resolve(screenshot, ".."), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });

  // Login (twice) and ListDevices went to the API's origin, which allowed ours.
  const paths = apiResponses.map((r) => new URL(r.url()).pathname);
  expect(paths).toEqual(expect.arrayContaining(["/kith.identity.v1.AuthService/Login", "/kith.devices.v1.DeviceService/ListDevices"]));
  for (const res of apiResponses.filter((r) => r.request().method() === "POST")) {
    expect(res.status()).toBe(200);
    expect((await res.allHeaders())["access-control-allow-origin"]).toBe(pageOrigin);
  }
  expect(pageErrors).toEqual([]);
  await page.close();
});

it("creates an account in the page and shows it has no devices", async () => {
  const page = await context!.newPage();
  await page.goto(`${pageOrigin}/?api=${encodeURIComponent(kithUrl())}`);
  const email = uniqueEmail("browser-register");

  // Bad input first: every wrong field is named.
  await page.fill("#email", "not-an-email");
  await page.fill("#password", "short");
  await page.click("#register");
  await page.waitForSelector("body[data-state=error]");
  const error = await page.textContent("#error");
  expect(error).toContain("InvalidArgument · INVALID_ARGUMENT");
  expect(error).toMatch(/email: .*password: .*display_name: /);

  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await page.fill("#name", "Browser Ada");
  await page.click("#register");
  await page.waitForSelector("body[data-state=ready]");
  expect(await page.textContent("#who")).toBe(`Signed in as Browser Ada (${email})`);
  expect(await page.locator("[data-testid=device]").count()).toBe(0);
  expect(await page.isVisible("#empty")).toBe(true);
  await page.close();
});
