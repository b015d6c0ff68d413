// SpreadsheetApp.getUi(): menus (recorded for the preview's menu bar), sidebar and dialogs, and alerts/prompts answered from a queue.
import { HtmlOutput } from "./html-service.ts";
import { Service } from "./runtime.ts";
import type { AlertModel, HtmlSurface, MenuModel } from "./ui-state.ts";

const BUTTONS = ["CLOSE", "OK", "CANCEL", "YES", "NO"] as const;
const BUTTON_SETS = ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const;

function enumOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

export class MenuService extends Service {
  static override gasName = "Menu";
  _model!: MenuModel;

  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== "string" || typeof functionName !== "string")
      throw this._rt.signatureError("Menu.addItem", [caption, functionName]);
    this._model.items.push({ kind: "item", caption, functionName });
    return this;
  }

  addSeparator(): this {
    this._model.items.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: unknown): this {
    const m = this._rt.unwrap(menu, MenuService);
    if (!m) throw this._rt.signatureError("Menu.addSubMenu", [menu]);
    this._model.items.push({ kind: "submenu", menu: m._model });
    return this;
  }

  addToUi(): void {
    const menus = this._rt.host.ui.menus;
    // Adding a menu with the same title again replaces it, as re-running onOpen does in Sheets.
    const i = menus.findIndex(
      (m) => m.title === this._model.title && m.addon === this._model.addon,
    );
    if (i >= 0) menus[i] = this._model;
    else menus.push(this._model);
  }
}

export class PromptResponse extends Service {
  static override gasName = "PromptResponse";
  _button = "OK";
  _text = "";

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): string {
    return this._button;
  }
}

function surface(output: HtmlOutput): HtmlSurface {
  return {
    title: output._title,
    html: output._content,
    width: output._width,
    height: output._height,
    metaTags: [...output._metaTags],
  };
}

export class UiService extends Service {
  static override gasName = "Ui";

  get Button(): Record<string, string> {
    return enumOf(BUTTONS);
  }

  get ButtonSet(): Record<string, string> {
    return enumOf(BUTTON_SETS);
  }

  createAddonMenu(): MenuService {
    const m = new MenuService(this._rt);
    m._model = { title: this._rt.host.addonName, addon: true, items: [] };
    return m;
  }

  createMenu(caption: string): MenuService {
    const m = new MenuService(this._rt);
    m._model = { title: String(caption), addon: false, items: [] };
    return m;
  }

  _html(userInterface: unknown, method: string): HtmlOutput {
    const out = this._rt.unwrap(userInterface, HtmlOutput);
    if (!out) throw this._rt.signatureError(`Ui.${method}`, [userInterface]);
    return out;
  }

  showSidebar(userInterface: unknown): void {
    const sidebar = surface(this._html(userInterface, "showSidebar"));
    this._rt.host.ui.sidebar = sidebar;
    this._rt.host.ui.emit({ kind: "sidebar", sidebar });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this._dialog(userInterface, title, true, "showModalDialog");
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this._dialog(userInterface, title, false, "showModelessDialog");
  }

  private _dialog(userInterface: unknown, title: string, modal: boolean, method: string): void {
    const dialog = { ...surface(this._html(userInterface, method)), title: String(title), modal };
    this._rt.host.ui.dialogs.push(dialog);
    this._rt.host.ui.emit({ kind: "dialog", dialog });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(a: unknown, b?: unknown, c?: unknown): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ["", String(a), String(b)]
          : ["", String(a), "OK"];
    const answer = this._answer(buttons).button;
    const alert: AlertModel = { kind: "alert", title, prompt, buttons, answer };
    this._record(alert);
    return answer;
  }

  prompt(a: unknown, b?: unknown, c?: unknown): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ["", String(a), String(b)]
          : ["", String(a), "OK"];
    const { button, text } = this._answer(buttons);
    this._record({ kind: "prompt", title, prompt, buttons, answer: button });
    const r = new PromptResponse(this._rt);
    r._button = button;
    r._text = text;
    return r;
  }

  /** Next queued answer, else the affirmative button of the set (OK or YES). */
  _answer(buttons: string): { button: string; text: string } {
    const queued = this._rt.host.ui.responses.shift();
    const fallback = buttons.startsWith("YES") ? "YES" : "OK";
    return { button: queued?.button ?? fallback, text: queued?.text ?? "" };
  }

  _record(alert: AlertModel): void {
    const ui = this._rt.host.ui;
    ui.alerts.push(alert.prompt);
    ui.alertDetails.push(alert);
    ui.emit({ kind: "alert", alert });
  }
}
