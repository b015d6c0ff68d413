// Sheet/Range protections: kept and reported, not enforced against the owner (who, in Sheets, may always edit).
import type { ProtectionModel, SheetModel } from "../model/spreadsheet-store.ts";
import { RangeService } from "./range.ts";
import { type Runtime, Service } from "./runtime.ts";
import { UserService } from "./session.ts";

export class Protection extends Service {
  static override gasName = "Protection";

  constructor(
    rt: Runtime,
    readonly _sheet: SheetModel,
    readonly _model: ProtectionModel,
  ) {
    super(rt);
  }

  getProtectionType(): string {
    return this._model.kind;
  }

  getDescription(): string {
    return this._model.description;
  }

  setDescription(description: string): this {
    this._model.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._model.warningOnly = Boolean(warningOnly);
    return this;
  }

  canEdit(): boolean {
    return true;
  }

  canDomainEdit(): boolean {
    return false;
  }

  setDomainEdit(_editable: boolean): this {
    return this;
  }

  getEditors(): UserService[] {
    return this._model.editors.map((email) => new UserService(this._rt, email));
  }

  addEditor(email: unknown): this {
    const e = String(email);
    if (!this._model.editors.includes(e)) this._model.editors.push(e);
    return this;
  }

  addEditors(emails: unknown): this {
    if (Array.isArray(emails)) for (const e of emails) this.addEditor(e);
    return this;
  }

  removeEditor(email: unknown): this {
    this._model.editors = this._model.editors.filter((e) => e !== String(email));
    return this;
  }

  removeEditors(emails: unknown): this {
    const drop = new Set(Array.isArray(emails) ? emails.map(String) : []);
    // The owner stays an editor, as in Sheets.
    this._model.editors = this._model.editors.filter(
      (e) => !drop.has(e) || e === this._rt.host.user.email,
    );
    return this;
  }

  getRange(): RangeService {
    const r = this._model.range;
    if (!r)
      return new RangeService(
        this._rt,
        this._sheet,
        1,
        1,
        this._sheet.maxRows,
        this._sheet.maxCols,
      );
    return new RangeService(this._rt, this._sheet, r.row, r.col, r.numRows, r.numCols);
  }

  remove(): void {
    this._sheet.protections = this._sheet.protections.filter((p) => p !== this._model);
  }
}
