// Joining: the link's fragment (#t=<member token>&k=<group public key>) is read once, kept, and removed from the address bar.
import type { Join } from "./storage.ts";

const TOKEN = /^[A-Za-z0-9\-._~+/]{16,256}=*$/;
const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** The join in a fragment; "bad" when the fragment is a join link that is incomplete or damaged. */
export function parseJoinFragment(hash: string, origin: string): Join | "bad" | undefined {
  const text = hash.replace(/^#/, "");
  if (!text) return undefined;
  const params = new URLSearchParams(text);
  if (!params.has("t") && !params.has("k")) return undefined;
  // A "+" typed into a hand-copied link reads as a space in form encoding.
  const token = (params.get("t") ?? "").replace(/ /g, "+");
  const publicKey = (params.get("k") ?? "").replace(/ /g, "+");
  if (!TOKEN.test(token) || !PUBLIC_KEY.test(publicKey)) return "bad";
  return { server: origin, token, publicKey };
}
