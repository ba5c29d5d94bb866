// A page that signs in (or creates an account) and lists the user's devices
// through @kith/client over gRPC-Web. The API address comes from ?api=...
// (default http://127.0.0.1:50051); email and password may be prefilled with
// ?email=...&password=... .
import {
  createKithClient,
  DeviceType,
  kithError,
  Platform,
  type Device,
  type KithClient,
  type Session,
  type User,
} from "../src/index.js";

/** What Login and Register both answer. */
type SignedIn = { user?: User; session?: Session };

const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "http://127.0.0.1:50051";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("signin");
const email = $<HTMLInputElement>("email");
const password = $<HTMLInputElement>("password");
const displayName = $<HTMLInputElement>("name");
const errorBox = $<HTMLParagraphElement>("error");

$("api").textContent = api;
email.value = params.get("email") ?? "";
password.value = params.get("password") ?? "";

let token: string | undefined;
const kith: KithClient = createKithClient(api, { token: () => token });

const label = (name: string | undefined) => (name ?? "unknown").toLowerCase().replace(/_/g, " ");

function setState(state: "idle" | "loading" | "ready" | "error") {
  document.body.dataset.state = state;
}

function showError(err: unknown) {
  const e = kithError(err);
  const fields = e.fieldViolations.map((v) => `${v.field}: ${v.description}`).join("; ");
  errorBox.textContent = `${e.codeName} · ${e.reason || "no reason"} — ${fields || e.rawMessage}`;
  errorBox.hidden = false;
  setState("error");
}

async function allDevices(): Promise<Device[]> {
  const devices: Device[] = [];
  let pageToken = "";
  do {
    const page = await kith.devices.listDevices({ pageSize: 100, pageToken });
    devices.push(...page.devices);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return devices;
}

function render(signedIn: SignedIn, devices: Device[]) {
  $("who").textContent = `Signed in as ${signedIn.user?.displayName} (${signedIn.user?.email})`;
  const list = $<HTMLUListElement>("devices");
  list.replaceChildren(
    ...devices.map((d) => {
      const li = document.createElement("li");
      li.dataset.testid = "device";
      li.dataset.id = d.id;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = d.name;
      const kind = document.createElement("span");
      kind.className = "tag platform";
      kind.textContent = `${label(Platform[d.platform])} ${label(DeviceType[d.deviceType])}`;
      li.append(name, kind);
      if (d.isPrimary) {
        const primary = document.createElement("span");
        primary.className = "tag primary";
        primary.textContent = "primary";
        li.append(primary);
      }
      return li;
    }),
  );
  $("empty").hidden = devices.length > 0;
  $("account").hidden = false;
}

/** Shows each notification as the server streams it (gRPC-Web server streaming). */
async function watchNotifications() {
  const list = $<HTMLUListElement>("notifications");
  let after = "";
  for (;;) {
    try {
      for await (const { notification } of kith.notifications.watchNotifications({ afterNotificationId: after })) {
        if (!notification) continue;
        after = notification.id;
        const li = document.createElement("li");
        li.dataset.testid = "notification";
        li.dataset.kind = notification.kind;
        li.textContent = notification.title;
        list.append(li);
      }
    } catch (err) {
      // The stream broke (network, server restart): reconnect after the
      // last one received, so nothing is lost.
      console.warn("notification stream ended", kithError(err).codeName);
    }
    await new Promise((ok) => setTimeout(ok, 1000));
  }
}

async function signIn(action: () => Promise<SignedIn>) {
  errorBox.hidden = true;
  setState("loading");
  try {
    const signedIn = await action();
    token = signedIn.session?.accessToken;
    render(signedIn, await allDevices());
    void watchNotifications();
    setState("ready");
  } catch (err) {
    showError(err);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void signIn(() => kith.auth.login({ email: email.value, password: password.value }));
});

$("register").addEventListener("click", () => {
  void signIn(() =>
    kith.auth.register({ email: email.value, password: password.value, displayName: displayName.value }),
  );
});
