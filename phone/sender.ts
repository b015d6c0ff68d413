// Sends the sealed queue to the worker in batches and reads back each record's state; keeps everything it could not send.

import type { InboxState } from "../core/api/field.ts";
import { MAX_INBOX_ITEMS_PER_REQUEST } from "../core/api/field.ts";
import type { MessageKey } from "../core/messages.ts";
import type { Join, QueuedItem } from "./storage.ts";

/** States the phone still has to send (expired or unknown to the worker: the phone holds the box). */
const UNSENT = new Set(["saved", "unknown", "expired"]);
/** States whose change the phone waits for. */
const WAITING = new Set(["sent"]);
const STATUS_IDS = 200;

export type SendOutcome =
  | { kind: "done"; sent: number }
  | { kind: "offline"; sent: number }
  | { kind: "revoked"; sent: number }
  | { kind: "failed"; sent: number; key: MessageKey; reason: string };

interface ErrorEnvelope {
  error?: { code?: string; message?: string; issues?: { path?: (string | number)[] }[] };
}

async function post(
  join: Join,
  path: string,
  body: unknown,
  token = join.token,
): Promise<Response> {
  return fetch(`${join.server}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
}

async function envelope(res: Response): Promise<ErrorEnvelope> {
  try {
    return (await res.json()) as ErrorEnvelope;
  } catch {
    return {};
  }
}

function apply(queue: QueuedItem[], states: { id: string; state: InboxState }[]): void {
  const byId = new Map(states.map((s) => [s.id, s.state]));
  for (const item of queue) {
    const s = byId.get(item.id);
    if (s === undefined) continue;
    // "unknown" after a successful send cannot happen; after a status read it means not there (yet).
    item.state = s;
    delete item.problem;
  }
}

/**
 * Sends every unsent item (≤ 20 per request), updating `queue` in place. Stops at the first answer
 * that concerns all items (offline, revoked, quota, server trouble); a refused item is marked and kept.
 */
export async function sendQueue(join: Join, queue: QueuedItem[]): Promise<SendOutcome> {
  let sent = 0;
  const pending = queue.filter((i) => UNSENT.has(i.state) && !i.problem);
  for (let at = 0; at < pending.length; at += MAX_INBOX_ITEMS_PER_REQUEST) {
    const batch = pending.slice(at, at + MAX_INBOX_ITEMS_PER_REQUEST);
    let res: Response;
    try {
      res = await post(join, "/v1/field/inbox", {
        items: batch.map(({ id, form, village, saved_at, box }) => ({
          id,
          form,
          village,
          saved_at,
          box,
        })),
      });
    } catch {
      return { kind: "offline", sent };
    }
    if (res.ok) {
      const body = (await res.json()) as { items: { id: string; state: InboxState }[] };
      for (const item of batch) item.sentWith = join.token;
      apply(queue, body.items);
      sent += batch.length;
      continue;
    }
    const env = await envelope(res);
    const code = env.error?.code ?? String(res.status);
    if (res.status === 401 && code === "revoked") return { kind: "revoked", sent };
    if (res.status === 413 && code === "quota_exceeded")
      return { kind: "failed", sent, key: "phone.quota", reason: code };
    if (res.status === 400 || res.status === 409 || res.status === 413) {
      // Only the items the answer names are refused; without a path the whole batch is.
      const named = new Set(
        (env.error?.issues ?? [])
          .map((i) => i.path?.[1])
          .filter((k): k is number => typeof k === "number"),
      );
      batch.forEach((item, k) => {
        if (!named.size || named.has(k))
          item.problem = { key: "phone.refused", reason: env.error?.message ?? code };
      });
      continue;
    }
    return {
      kind: "failed",
      sent,
      key: "phone.server_error",
      reason: `${res.status} ${code}`,
    };
  }
  return { kind: "done", sent };
}

/**
 * Reads the worker's state of every item still waiting (sent, not yet in the sheet), each with the
 * token it was sent with. An earlier token that was revoked can no longer read: its items stay
 * "terkirim" (the sheet will still take them).
 */
export async function refreshStates(
  join: Join,
  queue: QueuedItem[],
): Promise<"done" | "offline" | "revoked" | "failed"> {
  const byToken = new Map<string, string[]>();
  for (const item of queue)
    if (WAITING.has(item.state)) {
      const token = item.sentWith ?? join.token;
      byToken.set(token, [...(byToken.get(token) ?? []), item.id]);
    }
  for (const [token, ids] of byToken)
    for (let at = 0; at < ids.length; at += STATUS_IDS) {
      let res: Response;
      try {
        res = await post(
          join,
          "/v1/field/inbox/status",
          { ids: ids.slice(at, at + STATUS_IDS) },
          token,
        );
      } catch {
        return "offline";
      }
      if (!res.ok) {
        const env = await envelope(res);
        const revoked = res.status === 401 && env.error?.code === "revoked";
        if (revoked && token !== join.token) break;
        return revoked ? "revoked" : "failed";
      }
      apply(queue, ((await res.json()) as { items: { id: string; state: InboxState }[] }).items);
    }
  return "done";
}
