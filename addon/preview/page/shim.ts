// google.script.run / google.script.host for sidebar and dialog pages: calls go to the preview server, which runs them in the built bundle.
// Injected ahead of the page's own scripts; the server sets window.__pilahFunctions to the bundle's callable top-level functions.

type Handler = (value: unknown, userObject: unknown) => void;

interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

interface ShimWindow extends Window {
  __pilahFunctions?: string[];
  google?: unknown;
}

const w = window as ShimWindow;
const functions = w.__pilahFunctions ?? [];
delete w.__pilahFunctions;

function notifyParent(message: Record<string, unknown>): void {
  window.parent.postMessage({ pilah: true, ...message }, "*");
}

/** google.script.run sends a form as an object of its fields' values. */
function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements)) {
    const input = el as HTMLInputElement;
    if (!input.name || input.disabled) continue;
    if ((input.type === "checkbox" || input.type === "radio") && !input.checked) continue;
    if (input.type === "file") continue;
    const value = input.value;
    const prev = out[input.name];
    if (prev === undefined) out[input.name] = value;
    else out[input.name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Apps Script refuses Dates, functions and DOM nodes other than a form as arguments. */
function illegalPath(v: unknown, path: string): string | undefined {
  if (
    typeof v === "function" ||
    v instanceof Date ||
    (v instanceof Node && !(v instanceof HTMLFormElement))
  )
    return path;
  if (v && typeof v === "object" && !(v instanceof HTMLFormElement)) {
    for (const [k, x] of Object.entries(v)) {
      const bad = illegalPath(x, `${path}.${k}`);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

function invoke(fn: string, args: unknown[], state: RunnerState): void {
  args.forEach((a, i) => {
    const bad = illegalPath(a, String(i));
    if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
  });
  const wire = args.map((a) => (a instanceof HTMLFormElement ? formToObject(a) : a));
  fetch("/api/rpc", {
    method: "POST",
    headers: { "Content-Type": "text/plain;charset=utf-8" },
    body: JSON.stringify({ fn, args: wire }),
  })
    .then(
      (r) =>
        r.json() as Promise<{
          ok: boolean;
          result?: unknown;
          error?: { name: string; message: string };
        }>,
    )
    .then(
      (res) => {
        notifyParent({ kind: "rpc-done" });
        if (res.ok) state.success?.(res.result, state.userObject);
        else {
          const err = new Error(res.error?.message ?? "Unknown error");
          err.name = res.error?.name ?? "Error";
          if (state.failure) state.failure(err, state.userObject);
          else console.error(`google.script.run.${fn} failed:`, err);
        }
      },
      (e: unknown) => {
        const err = new Error(`NetworkError: Connection failure due to HTTP 0 (${String(e)})`);
        if (state.failure) state.failure(err, state.userObject);
        else console.error(err);
      },
    );
}

type Runner = Record<string, unknown>;

function makeRunner(state: RunnerState): Runner {
  const runner: Runner = {
    withSuccessHandler: (f: Handler) => makeRunner({ ...state, success: f }),
    withFailureHandler: (f: Handler) => makeRunner({ ...state, failure: f }),
    withUserObject: (o: unknown) => makeRunner({ ...state, userObject: o }),
  };
  for (const fn of functions)
    runner[fn] = (...args: unknown[]) => {
      invoke(fn, args, state);
    };
  return runner;
}

w.google = {
  script: {
    run: makeRunner({}),
    host: {
      origin: "https://docs.google.com",
      close: () => notifyParent({ kind: "close" }),
      setHeight: (_h: number) => {},
      setWidth: (_w: number) => {},
      editor: { focus: () => {} },
    },
    url: {
      getLocation: (cb: (loc: unknown) => void) => cb({ hash: "", parameter: {}, parameters: {} }),
    },
    history: { push: () => {}, replace: () => {}, setChangeHandler: () => {} },
  },
};
