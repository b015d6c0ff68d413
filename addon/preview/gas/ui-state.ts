// What the add-on showed the user: menus built by onOpen, the sidebar, dialogs, toasts, alerts; plus an ordered event feed the preview page replays.

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; menu: MenuModel };

export interface MenuModel {
  title: string;
  /** true for Ui.createAddonMenu(): shown under Extensions → <add-on name> */
  addon: boolean;
  items: MenuEntry[];
}

export interface HtmlSurface {
  title: string;
  html: string;
  width?: number;
  height?: number;
  metaTags: { name: string; content: string }[];
}

export interface DialogModel extends HtmlSurface {
  modal: boolean;
}

export interface ToastModel {
  title: string;
  message: string;
  timeoutSeconds: number;
}

export interface AlertModel {
  title: string;
  prompt: string;
  buttons: string;
  /** the button the host answered with (alerts cannot wait for a click outside Sheets) */
  answer: string;
  kind: "alert" | "prompt";
}

export type UiEvent =
  | { seq: number; kind: "toast"; toast: ToastModel }
  | { seq: number; kind: "alert"; alert: AlertModel }
  | { seq: number; kind: "sidebar"; sidebar: HtmlSurface }
  | { seq: number; kind: "dialog"; dialog: DialogModel };

/** A canned answer for the next Ui.alert/prompt: tests push these to play the user. */
export interface UiResponse {
  button?: string;
  text?: string;
}

export class UiState {
  menus: MenuModel[] = [];
  sidebar: HtmlSurface | undefined = undefined;
  dialogs: DialogModel[] = [];
  toasts: ToastModel[] = [];
  /** prompt text of every alert, in order */
  alerts: string[] = [];
  alertDetails: AlertModel[] = [];
  responses: UiResponse[] = [];
  events: UiEvent[] = [];
  private seq = 0;

  emit(event: UiEvent extends infer E ? (E extends UiEvent ? Omit<E, "seq"> : never) : never) {
    this.seq += 1;
    this.events.push({ ...event, seq: this.seq } as UiEvent);
    // The page only needs recent events; keep the feed bounded.
    if (this.events.length > 500) this.events.splice(0, this.events.length - 500);
  }

  lastSeq(): number {
    return this.seq;
  }

  eventsSince(seq: number): UiEvent[] {
    return this.events.filter((e) => e.seq > seq);
  }
}
