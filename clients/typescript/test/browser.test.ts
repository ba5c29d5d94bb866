// A real page in headless Chromium signs in and lists the user's devices
// through @kith/client over gRPC-Web. The page is served from
// http://localhost:<port> and calls the API at http://127.0.0.1:<apiport>,
// so every call is cross-origin and goes through the server's CORS. Other
// pages of the same build answer a survey with no token (survey.html) and
// watch the owner's persona being made (persona.html).
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

import { DevicePersonality, DeviceType, personasv1, Platform } from "../src/node.js";
import { kithUrl, newUser, PASSWORD, uniqueEmail } from "./helpers.js";

const { PersonaStatus, QuestionKind } = personasv1;

const here = fileURLToPath(new URL(".", import.meta.url));
const pageDir = resolve(here, "../browser");
const distDir = join(pageDir, "dist");
const screenshot = resolve(here, "../../../test-artifacts/browser.png");
const personaScreenshot = resolve(here, "../../../test-artifacts/browser-persona.png");
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

it("friends answer a survey with no account and the owner watches their persona being made", async () => {
  // The owner's survey, made beforehand with the Node client.
  const { client, token } = await newUser("browser-persona");
  const { survey, persona } = await client.surveys.createSurvey({
    title: "What am I like?",
    questions: [
      { text: "How calm am I under pressure?", kind: QuestionKind.SCALE },
      {
        text: "Where would I spend a free Saturday?",
        kind: QuestionKind.SINGLE_CHOICE,
        options: ["Hiking", "Reading at home", "At a party"],
      },
      { text: "Describe me in one sentence.", kind: QuestionKind.FREE_TEXT },
    ],
    minResponses: 3,
  });
  expect(survey?.slug).toBeTruthy();
  expect(persona?.status).toBe(PersonaStatus.PENDING);
  const slug = survey!.slug;
  const personaId = persona!.id;
  const api = kithUrl();

  // The owner's page watches the persona (WatchPersona over gRPC-Web) from
  // before the first answer, so it sees every status the run goes through.
  const owner = await context!.newPage();
  const ownerErrors: string[] = [];
  owner.on("pageerror", (err) => ownerErrors.push(err.message));
  await owner.goto(
    `${pageOrigin}/persona.html?api=${encodeURIComponent(api)}&persona=${encodeURIComponent(personaId)}` +
      `#token=${encodeURIComponent(token)}`,
  );
  const statuses = owner.locator("[data-testid=status]");
  await expect.poll(() => statuses.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await statuses.first().getAttribute("data-status")).toBe(PersonaStatus[PersonaStatus.PENDING]);

  // Each friend opens the share link in a page of their own: no token, so
  // no authorization header on any call.
  const sentAuthorization: (string | undefined)[] = [];
  async function answer(fingerprint: string, scale: number, choice: string, text: string) {
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    const calls: Promise<void>[] = [];
    page.on("request", (req) => {
      if (req.url().startsWith(api) && req.method() === "POST") {
        calls.push(req.allHeaders().then((h) => void sentAuthorization.push(h["authorization"])));
      }
    });
    await page.goto(`${pageOrigin}/survey.html?api=${encodeURIComponent(api)}&s=${encodeURIComponent(slug)}&fp=${fingerprint}`);
    await page.waitForSelector("body[data-state=ready]");
    expect(await page.textContent("#title")).toBe("What am I like?");
    const questions = page.locator("[data-testid=question]");
    expect(await questions.count()).toBe(3);
    expect(await questions.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind))).toEqual([
      "SCALE",
      "SINGLE_CHOICE",
      "FREE_TEXT",
    ]);
    await page.check(`[data-index="0"] input[value="${scale}"]`);
    await page.locator(`[data-index="1"]`).getByLabel(choice).check();
    await page.fill(`[data-index="2"] textarea`, text);
    await page.click("#submit");
    await page.waitForSelector("body[data-state=done], body[data-state=error]");
    const state = await page.getAttribute("body", "data-state");
    const error = state === "error" ? await page.textContent("#error") : "";
    await Promise.all(calls);
    expect(errors).toEqual([]);
    await page.close();
    return { state, error };
  }

  expect(await answer("browser-fp-1", 4, "Hiking", "Steady, curious and kind.")).toEqual({ state: "done", error: "" });
  // The same browser again: one answer set per fingerprint.
  const again = await answer("browser-fp-1", 2, "At a party", "Answering twice.");
  expect(again.state).toBe("error");
  expect(again.error).toContain("AlreadyExists");
  expect(await answer("browser-fp-2", 5, "At a party", "Loud laugh, big heart.")).toEqual({ state: "done", error: "" });
  // The third answer reaches min_responses: the server's worker makes the persona.
  expect(await answer("browser-fp-3", 3, "Reading at home", "Thinks before speaking.")).toEqual({
    state: "done",
    error: "",
  });
  // GetPublicSurvey and SubmitResponse, four times each, none with a token.
  expect(sentAuthorization).toHaveLength(8);
  expect(sentAuthorization.every((h) => h === undefined)).toBe(true);

  // The watch ends at READY (or FAILED); the page then draws the card.
  await owner.waitForSelector("body[data-state=ready], body[data-state=failed], body[data-state=error]", {
    timeout: 45_000,
  });
  const shown = await statuses.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
  expect(await owner.getAttribute("body", "data-state"), `${await owner.textContent("#error")} ${shown}`).toBe("ready");
  expect(shown.at(-1)).toBe(PersonaStatus[PersonaStatus.READY]);
  expect(shown).toContain(PersonaStatus[PersonaStatus.ILLUSTRATING]);
  expect((await owner.textContent("#name"))?.trim()).toBeTruthy();
  expect(await owner.locator("[data-testid=trait]").count()).toBeGreaterThan(0);

  // GetPersonaCard: a PNG of 1200 x 630, which the browser decodes.
  const card = owner.locator("#card");
  expect((await card.getAttribute("data-signature"))?.split(",").slice(0, 4)).toEqual(["137", "80", "78", "71"]);
  expect(await card.getAttribute("data-width")).toBe("1200");
  expect(await card.getAttribute("data-height")).toBe("630");
  expect(await card.evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight])).toEqual([
    1200, 630,
  ]);

  // The same persona as the owner's Node client reads it.
  const mine = (await client.personas.getMyPersona({ surveyId: survey!.id })).persona;
  expect(mine?.status).toBe(PersonaStatus.READY);
  expect(mine?.name).toBe((await owner.textContent("#name"))?.trim());

  await mkdir(resolve(personaScreenshot, ".."), { recursive: true });
  await owner.screenshot({ path: personaScreenshot, fullPage: true });
  expect(ownerErrors).toEqual([]);
  await owner.close();
}, 60_000);
