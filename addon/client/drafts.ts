// Keeps a new entry's unsaved values on the server side for this user: one call after typing pauses, never one per key.
import type { FormId } from "../../core/form-ids.ts";
import { server } from "./rpc.ts";

/** How long typing must pause before the draft is sent (one google.script.run call). */
export const DRAFT_DELAY_MS = 1500;

export interface DraftKeeper {
  /** Something was typed or chosen: keep it once typing pauses. */
  changed(): void;
  /** Waits for a draft on its way (before a save clears it on the server). */
  settle(): Promise<void>;
  /** Forgets the draft (the user emptied the form). */
  discard(): void;
}

export function draftKeeper(form: FormId, values: () => Record<string, unknown>): DraftKeeper {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Calls go out one after another, so an older draft never lands after a newer one.
  let chain: Promise<unknown> = Promise.resolve();
  const send = (v: Record<string, unknown> | null) => {
    chain = chain.then(() => server.saveDraft(form, v)).catch(() => undefined);
  };
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    send(values());
  };
  // Closing the sidebar or switching away sends what is pending at once.
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  return {
    changed() {
      clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DELAY_MS);
    },
    async settle() {
      clearTimeout(timer);
      timer = undefined;
      await chain;
    },
    discard() {
      clearTimeout(timer);
      timer = undefined;
      send(null);
    },
  };
}
