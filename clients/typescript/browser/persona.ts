// The owner's view of a persona being made: every status WatchPersona
// streams over gRPC-Web as it happens, then the name, traits and the PNG
// share card (GetPersonaCard) once it is READY. ?api=... is the API address
// (default http://127.0.0.1:50051), ?persona=... the persona's id; the
// owner's access token comes in the fragment (#token=...), which the browser
// never sends to a server.
import { createKithClient, kithError, personasv1, type KithClient } from "../src/index.js";

const { PersonaStatus } = personasv1;
type Persona = personasv1.Persona;

const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "http://127.0.0.1:50051";
const personaId = params.get("persona") ?? "";
const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const errorBox = $<HTMLParagraphElement>("error");

$("api").textContent = api;

const kith: KithClient = createKithClient(api, { token });

function setState(state: "idle" | "watching" | "drawing" | "ready" | "failed" | "error") {
  document.body.dataset.state = state;
}

function showError(err: unknown) {
  const e = kithError(err);
  errorBox.textContent = `${e.codeName} · ${e.reason || "no reason"} — ${e.rawMessage}`;
  errorBox.hidden = false;
  setState("error");
}

const statusName = (status: number) => PersonaStatus[status] ?? String(status);

let last: Persona | undefined;

/** Adds the persona's status to the list when it changed, and shows what it has so far. */
function show(persona: Persona) {
  if (persona.status !== last?.status) {
    const li = document.createElement("li");
    li.dataset.testid = "status";
    li.dataset.status = statusName(persona.status);
    li.textContent = statusName(persona.status).toLowerCase();
    $("statuses").append(li);
  }
  last = persona;
  if (persona.name) {
    $("name").textContent = persona.name;
    $("description").textContent = persona.description;
    $("traits").replaceChildren(
      ...persona.traits.map((t) => {
        const li = document.createElement("li");
        li.dataset.testid = "trait";
        li.textContent = `${t.name}: ${t.score}`;
        return li;
      }),
    );
    $("persona").hidden = false;
  }
}

const settled = () => last?.status === PersonaStatus.READY || last?.status === PersonaStatus.FAILED;

async function showCard() {
  setState("drawing");
  const card = await kith.personas.getPersonaCard({ personaId });
  const img = $<HTMLImageElement>("card");
  img.dataset.width = String(card.width);
  img.dataset.height = String(card.height);
  img.dataset.signature = Array.from(card.png.subarray(0, 8)).join(",");
  const loaded = new Promise<void>((ok, fail) => {
    img.onload = () => ok();
    img.onerror = () => fail(new Error("the card is not an image the browser can show"));
  });
  // A copy: Blob takes bytes backed by an ArrayBuffer, not a SharedArrayBuffer.
  img.src = URL.createObjectURL(new Blob([new Uint8Array(card.png)], { type: "image/png" }));
  img.hidden = false;
  await loaded;
}

async function watch() {
  setState("watching");
  try {
    // The stream ends after READY or FAILED; should it end before (a proxy
    // closing it), it starts again with the current state.
    while (!settled()) {
      for await (const { persona } of kith.personas.watchPersona({ personaId })) {
        if (persona) show(persona);
      }
      if (!settled()) await new Promise((ok) => setTimeout(ok, 500));
    }
    if (last?.status === PersonaStatus.FAILED) {
      errorBox.textContent = `The persona could not be made: ${last.lastError}`;
      errorBox.hidden = false;
      setState("failed");
      return;
    }
    await showCard();
    setState("ready");
  } catch (err) {
    showError(err);
  }
}

void watch();
