// Sending the sealed queue: batches of at most 20, every answer of the worker kept on the item, nothing dropped.
import { afterEach, describe, expect, it, vi } from "vitest";
import { refreshStates, sendQueue } from "../../phone/sender.ts";
import type { Join, QueuedItem } from "../../phone/storage.ts";

const JOIN: Join = { server: "https://pilah.example.org", token: "pilahm_current", publicKey: "k" };

function queued(n: number, state: QueuedItem["state"] = "saved"): QueuedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `rec-${String(i).padStart(4, "0")}`,
    form: "person",
    village: "73.09.03.2004",
    saved_at: "2026-11-27T03:00:00.000Z",
    box: "x".repeat(64),
    state,
  }));
}

interface Call {
  url: string;
  token: string;
  body: { items?: { id: string }[]; ids?: string[] };
}

/** A stand-in worker: `answer` decides each response; every request is recorded. */
function worker(answer: (call: Call) => Response | "offline"): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const call = {
      url,
      token: String((init.headers as Record<string, string>).Authorization).replace("Bearer ", ""),
      body: JSON.parse(String(init.body)),
    };
    calls.push(call);
    const res = answer(call);
    if (res === "offline") throw new TypeError("Failed to fetch");
    return res;
  });
  return calls;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const error = (status: number, code: string, issues: unknown[] = []) =>
  json(status, { error: { code, message: code, issues } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendQueue", () => {
  it("sends in batches of at most 20 and keeps the worker's state and the token on each item", async () => {
    const calls = worker((c) =>
      json(200, { items: (c.body.items ?? []).map((i) => ({ id: i.id, state: "sent" })) }),
    );
    const queue = [...queued(45), ...queued(1, "taken").map((i) => ({ ...i, id: "rec-done" }))];
    expect(await sendQueue(JOIN, queue)).toEqual({ kind: "done", sent: 45 });
    expect(calls.map((c) => c.body.items?.length)).toEqual([20, 20, 5]);
    expect(calls.every((c) => c.url === `${JOIN.server}/v1/field/inbox`)).toBe(true);
    expect(queue.slice(0, 45).every((i) => i.state === "sent" && i.sentWith === JOIN.token)).toBe(
      true,
    );
    // Only the clear metadata and the box travel.
    expect(Object.keys(calls[0]?.body.items?.[0] ?? {}).sort()).toEqual([
      "box",
      "form",
      "id",
      "saved_at",
      "village",
    ]);
  });

  it("offline, revoked or a full inbox: stops and keeps every item as it was", async () => {
    for (const [answer, outcome] of [
      ["offline", { kind: "offline", sent: 0 }],
      [error(401, "revoked"), { kind: "revoked", sent: 0 }],
      [
        error(413, "quota_exceeded"),
        { kind: "failed", sent: 0, key: "phone.quota", reason: "quota_exceeded" },
      ],
      [
        error(503, "unavailable"),
        { kind: "failed", sent: 0, key: "phone.server_error", reason: "503 unavailable" },
      ],
    ] as const) {
      const calls = worker(() => (answer === "offline" ? "offline" : answer.clone()));
      const queue = queued(30);
      expect(await sendQueue(JOIN, queue)).toEqual(outcome);
      expect(calls).toHaveLength(1);
      expect(queue.every((i) => i.state === "saved" && !i.problem)).toBe(true);
    }
  });

  it("marks only the item the worker refuses; the others go in the next send", async () => {
    let refuse = true;
    worker((c) => {
      if (refuse) {
        refuse = false;
        return error(400, "invalid", [{ path: ["items", 2, "village"], message: "bad" }]);
      }
      return json(200, { items: (c.body.items ?? []).map((i) => ({ id: i.id, state: "sent" })) });
    });
    const queue = queued(5);
    await sendQueue(JOIN, queue);
    expect(queue.map((i) => i.problem?.key ?? i.state)).toEqual([
      "saved",
      "saved",
      "phone.refused",
      "saved",
      "saved",
    ]);
    expect(await sendQueue(JOIN, queue)).toEqual({ kind: "done", sent: 4 });
    expect(queue.map((i) => i.problem?.key ?? i.state)).toEqual([
      "sent",
      "sent",
      "phone.refused",
      "sent",
      "sent",
    ]);
  });
});

describe("refreshStates", () => {
  it("reads each item's state with the token it was sent with; a revoked earlier token leaves them sent", async () => {
    const calls = worker((c) => {
      if (c.token === "pilahm_old") return error(401, "revoked");
      return json(200, { items: (c.body.ids ?? []).map((id) => ({ id, state: "taken" })) });
    });
    const queue = queued(4, "sent");
    (queue[0] as QueuedItem).sentWith = "pilahm_old";
    (queue[1] as QueuedItem).sentWith = JOIN.token;
    (queue[3] as QueuedItem).state = "saved";
    expect(await refreshStates(JOIN, queue)).toBe("done");
    expect(queue.map((i) => i.state)).toEqual(["sent", "taken", "taken", "saved"]);
    expect(calls.map((c) => [c.token, c.body.ids])).toEqual([
      ["pilahm_old", ["rec-0000"]],
      [JOIN.token, ["rec-0001", "rec-0002"]],
    ]);
  });

  it("says so when the current token is revoked", async () => {
    worker(() => error(401, "revoked"));
    const queue = queued(1, "sent");
    expect(await refreshStates(JOIN, queue)).toBe("revoked");
    expect(queue[0]?.state).toBe("sent");
  });
});
