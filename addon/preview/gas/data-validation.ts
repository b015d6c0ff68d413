// SpreadsheetApp.newDataValidation(): the rule builder and DataValidation rules, stored on cells as JSON-safe models.
import type { RangeRef, ValidationRule } from "../model/spreadsheet-store.ts";
import { isDate } from "../model/values.ts";
import { RangeService } from "./range.ts";
import { type Runtime, Service } from "./runtime.ts";

export const DATA_VALIDATION_CRITERIA = [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const;

/** Criteria values → JSON-safe (dates as {$date}, ranges as {range}). */
function toModelValue(rt: Runtime, v: unknown): unknown {
  if (isDate(v)) return { $date: v.getTime() };
  const range = rt.unwrap(v, RangeService);
  if (range) {
    const ref: RangeRef = {
      sheetId: range._sheet.id,
      row: range._row,
      col: range._col,
      numRows: range._numRows,
      numCols: range._numCols,
    };
    return { range: ref };
  }
  if (Array.isArray(v)) return v.map((x) => toModelValue(rt, x));
  return v;
}

function fromModelValue(rt: Runtime, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => fromModelValue(rt, x));
  if (v && typeof v === "object") {
    if ("$date" in v) return new Date((v as { $date: number }).$date);
    if ("range" in v) {
      const ref = (v as { range: RangeRef }).range;
      const sheet = rt.store.sheetById(ref.sheetId);
      if (sheet) return new RangeService(rt, sheet, ref.row, ref.col, ref.numRows, ref.numCols);
    }
  }
  return v;
}

export class DataValidationBuilder extends Service {
  static override gasName = "DataValidationBuilder";
  _rule: ValidationRule = { criteria: "", values: [], allowInvalid: true, helpText: "" };

  _set(criteria: string, values: unknown[]): this {
    this._rule.criteria = criteria;
    this._rule.values = values.map((v) => toModelValue(this._rt, v));
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: boolean): this {
    if (!Array.isArray(values))
      throw this._rt.signatureError("SpreadsheetApp.DataValidationBuilder.requireValueInList", [
        values,
      ]);
    return this._set("VALUE_IN_LIST", [values.map(String), showDropdown ?? true]);
  }

  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this._set("VALUE_IN_RANGE", [range, showDropdown ?? true]);
  }

  requireNumberBetween(start: number, end: number): this {
    return this._set("NUMBER_BETWEEN", [start, end]);
  }

  requireNumberNotBetween(start: number, end: number): this {
    return this._set("NUMBER_NOT_BETWEEN", [start, end]);
  }

  requireNumberEqualTo(n: number): this {
    return this._set("NUMBER_EQUAL_TO", [n]);
  }

  requireNumberGreaterThan(n: number): this {
    return this._set("NUMBER_GREATER_THAN", [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [n]);
  }

  requireNumberLessThan(n: number): this {
    return this._set("NUMBER_LESS_THAN", [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set("NUMBER_LESS_THAN_OR_EQUAL_TO", [n]);
  }

  requireDate(): this {
    return this._set("DATE_IS_VALID_DATE", []);
  }

  requireDateAfter(date: Date): this {
    return this._set("DATE_AFTER", [date]);
  }

  requireDateBefore(date: Date): this {
    return this._set("DATE_BEFORE", [date]);
  }

  requireDateBetween(start: Date, end: Date): this {
    return this._set("DATE_BETWEEN", [start, end]);
  }

  requireDateOnOrAfter(date: Date): this {
    return this._set("DATE_ON_OR_AFTER", [date]);
  }

  requireDateOnOrBefore(date: Date): this {
    return this._set("DATE_ON_OR_BEFORE", [date]);
  }

  requireTextIsEmail(): this {
    return this._set("TEXT_IS_VALID_EMAIL", []);
  }

  requireTextIsUrl(): this {
    return this._set("TEXT_IS_VALID_URL", []);
  }

  requireTextContains(text: string): this {
    return this._set("TEXT_CONTAINS", [text]);
  }

  requireTextDoesNotContain(text: string): this {
    return this._set("TEXT_DOES_NOT_CONTAIN", [text]);
  }

  requireTextEqualTo(text: string): this {
    return this._set("TEXT_EQUAL_TO", [text]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this._set(
      "CHECKBOX",
      [checkedValue, uncheckedValue].filter((v) => v !== undefined),
    );
  }

  requireFormulaSatisfied(formula: string): this {
    return this._set("CUSTOM_FORMULA", [formula]);
  }

  withCriteria(criteria: string, args: unknown): this {
    return this._set(String(criteria), Array.isArray(args) ? args : []);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this._rule.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: string): this {
    this._rule.helpText = String(helpText);
    return this;
  }

  getCriteriaType(): string {
    return this._rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this._rule.values.map((v) => fromModelValue(this._rt, v));
  }

  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }

  getHelpText(): string {
    return this._rule.helpText;
  }

  build(): DataValidation {
    if (!this._rule.criteria)
      throw this._rt.exception("You must specify a criteria for the data validation rule.");
    return new DataValidation(this._rt, structuredClone(this._rule));
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._rt);
    b._rule = structuredClone(this._rule);
    return b;
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  for (const v of Object.values(value)) deepFreeze(v);
  Object.freeze(value);
}

export class DataValidation extends Service {
  static override gasName = "DataValidation";

  constructor(
    rt: Runtime,
    readonly _model: ValidationRule,
  ) {
    super(rt);
    // A built rule never changes (as in Apps Script): frozen, so cells can share it.
    deepFreeze(_model);
  }

  /**
   * The rule as a cell holds it: the same frozen object for every cell it is set on, as a copy
   * per cell made a 60,000-row column cost seconds of the host's time, none of the add-on's.
   */
  _toModel(): ValidationRule {
    return this._model;
  }

  getCriteriaType(): string {
    return this._model.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this._model.values.map((v) => fromModelValue(this._rt, v));
  }

  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }

  getHelpText(): string {
    return this._model.helpText;
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._rt);
    b._rule = structuredClone(this._model);
    return b;
  }
}
