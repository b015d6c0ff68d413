// What the phone keeps (localStorage): the join (server, member token, group key), the sealed queue and the language.
import type { InboxItem } from "../core/api/field.ts";
import type { PhoneState } from "../core/field/phone-item.ts";
import type { Lang } from "../core/i18n.ts";
import type { MessageKey } from "../core/messages.ts";

export interface Join {
  /** The worker's origin (the app is served by it). */
  server: string;
  token: string;
  /** The group's X25519 public key (base64), pinned from the join link. */
  publicKey: string;
  /** The worker said the token was revoked; cleared by a new join link. */
  revoked?: boolean;
}

/** A queued record: only the sealed box and its clear metadata, never a readable value. */
export interface QueuedItem extends InboxItem {
  state: PhoneState;
  /**
   * The member token it was sent with: only that token may read its state (a new join link brings a
   * new token, and the worker answers "unknown" to any other).
   */
  sentWith?: string;
  /** Why the last send of this item failed, in the catalogue's words. */
  problem?: { key: MessageKey; reason?: string };
}

const JOIN = "pilah.lapangan.join";
const QUEUE = "pilah.lapangan.queue";
const LANG = "pilah.lapangan.lang";

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as T);
  } catch {
    return undefined;
  }
}

export function loadJoin(): Join | undefined {
  return read<Join>(JOIN);
}

export function saveJoin(join: Join): void {
  localStorage.setItem(JOIN, JSON.stringify(join));
}

export function loadQueue(): QueuedItem[] {
  const q = read<QueuedItem[]>(QUEUE);
  return Array.isArray(q) ? q : [];
}

/** Throws when the phone's storage is full: the caller must then say the record was not kept. */
export function saveQueue(items: readonly QueuedItem[]): void {
  localStorage.setItem(QUEUE, JSON.stringify(items));
}

export function loadLang(): Lang | undefined {
  const l = localStorage.getItem(LANG);
  return l === "id" || l === "en" ? l : undefined;
}

export function saveLang(lang: Lang): void {
  localStorage.setItem(LANG, lang);
}
