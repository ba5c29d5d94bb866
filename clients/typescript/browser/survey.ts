// The page a friend opens from a survey's share link: no account, no token.
// It shows the survey's questions (GetPublicSurvey) and sends the answers
// (SubmitResponse) over gRPC-Web. ?api=... is the API address (default
// http://127.0.0.1:50051), ?s=... the survey's slug, and ?fp=... overrides
// the respondent's fingerprint (otherwise a random id kept in this browser's
// localStorage, so one browser answers a survey once).
import { create } from "@bufbuild/protobuf";

import { createKithClient, kithError, personasv1, type KithClient } from "../src/index.js";

const { AnswerSchema, ChoicesSchema, QuestionKind } = personasv1;
type Answer = personasv1.Answer;
type Question = personasv1.Question;

const params = new URLSearchParams(location.search);
const api = params.get("api") ?? "http://127.0.0.1:50051";
const slug = params.get("s") ?? "";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("answers");
const errorBox = $<HTMLParagraphElement>("error");

$("api").textContent = api;

// No token option: the public methods need none, and no authorization
// header is ever sent from this page.
const kith: KithClient = createKithClient(api);

/** This browser's respondent id: ?fp=..., else a random one kept in localStorage. */
function fingerprint(): string {
  const given = params.get("fp");
  if (given) return given;
  const key = "kith-respondent";
  let id = localStorage.getItem(key);
  if (!id) {
    id = `web-${crypto.randomUUID()}`;
    localStorage.setItem(key, id);
  }
  return id;
}

function setState(state: "idle" | "loading" | "ready" | "sending" | "done" | "error") {
  document.body.dataset.state = state;
}

function showError(err: unknown) {
  const e = kithError(err);
  const fields = e.fieldViolations.map((v) => `${v.field}: ${v.description}`).join("; ");
  errorBox.textContent = `${e.codeName} · ${e.reason || "no reason"} — ${fields || e.rawMessage}`;
  errorBox.hidden = false;
  setState("error");
}

function input(type: "radio" | "checkbox", name: string, value: number, text: string): HTMLLabelElement {
  const label = document.createElement("label");
  const box = document.createElement("input");
  box.type = type;
  box.name = name;
  box.value = String(value);
  label.append(box, ` ${text}`);
  return label;
}

function renderQuestion(q: Question, index: number): HTMLFieldSetElement {
  const set = document.createElement("fieldset");
  set.dataset.testid = "question";
  set.dataset.index = String(index);
  set.dataset.kind = QuestionKind[q.kind] ?? String(q.kind);
  const legend = document.createElement("legend");
  legend.textContent = q.optional ? `${q.text} (optional)` : q.text;
  set.append(legend);
  const name = `q${index}`;
  switch (q.kind) {
    case QuestionKind.SCALE:
      for (let n = 1; n <= 5; n++) set.append(input("radio", name, n, String(n)));
      break;
    case QuestionKind.SINGLE_CHOICE:
      q.options.forEach((option, i) => set.append(input("radio", name, i, option)));
      break;
    case QuestionKind.MULTIPLE_CHOICE:
      q.options.forEach((option, i) => set.append(input("checkbox", name, i, option)));
      break;
    case QuestionKind.FREE_TEXT: {
      const text = document.createElement("textarea");
      text.name = name;
      text.maxLength = 1000;
      set.append(text);
      break;
    }
  }
  return set;
}

/** The answers filled in; a question left blank is left out (the server names it when it is not optional). */
function collect(questions: Question[]): Answer[] {
  const answers: Answer[] = [];
  const picked = (name: string) =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (box) => Number(box.value));
  questions.forEach((q, index) => {
    const name = `q${index}`;
    let value: Answer["value"] | undefined;
    switch (q.kind) {
      case QuestionKind.SCALE: {
        const [n] = picked(name);
        if (n !== undefined) value = { case: "scale", value: n };
        break;
      }
      case QuestionKind.SINGLE_CHOICE: {
        const [n] = picked(name);
        if (n !== undefined) value = { case: "choice", value: n };
        break;
      }
      case QuestionKind.MULTIPLE_CHOICE: {
        const options = picked(name);
        if (options.length > 0) value = { case: "choices", value: create(ChoicesSchema, { options }) };
        break;
      }
      case QuestionKind.FREE_TEXT: {
        const text = form.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`)?.value.trim() ?? "";
        if (text) value = { case: "text", value: text };
        break;
      }
    }
    if (value) answers.push(create(AnswerSchema, { question: index, value }));
  });
  return answers;
}

async function load() {
  setState("loading");
  try {
    const { survey } = await kith.surveys.getPublicSurvey({ slug });
    const questions = survey?.questions ?? [];
    $("title").textContent = survey?.title ?? "";
    document.title = survey?.title ?? document.title;
    $("questions").replaceChildren(...questions.map(renderQuestion));
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void send(questions);
    });
    setState("ready");
  } catch (err) {
    showError(err);
  }
}

async function send(questions: Question[]) {
  errorBox.hidden = true;
  setState("sending");
  try {
    await kith.surveys.submitResponse({ slug, answers: collect(questions), fingerprint: fingerprint() });
    form.hidden = true;
    $("thanks").hidden = false;
    setState("done");
  } catch (err) {
    showError(err);
  }
}

void load();
