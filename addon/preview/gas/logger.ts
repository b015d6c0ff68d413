// Logger and console: lines collected on the host (and echoed by the preview server), never written to the test's stdout directly.
import { inspect } from "node:util";
import { Service } from "./runtime.ts";
import { formatString } from "./utilities.ts";

function show(v: unknown): string {
  return typeof v === "string" ? v : inspect(v, { depth: 4, breakLength: 120 });
}

export class LoggerService extends Service {
  static override gasName = "Logger";
  _lines: string[] = [];

  log(data: unknown, ...values: unknown[]): this {
    const line =
      typeof data === "string" && values.length > 0 ? formatString(data, values) : show(data);
    this._lines.push(line);
    this._rt.host.logs.push(line);
    this._rt.host.onLog?.(line);
    return this;
  }

  getLog(): string {
    return this._lines.map((l) => `${l}\n`).join("");
  }

  clear(): void {
    this._lines = [];
  }
}

export class ConsoleService extends Service {
  static override gasName = "console";

  _write(level: string, args: unknown[]): void {
    const line = `${level === "log" ? "" : `[${level}] `}${args.map(show).join(" ")}`;
    this._rt.host.logs.push(line);
    this._rt.host.onLog?.(line);
  }

  log(...args: unknown[]): void {
    this._write("log", args);
  }

  info(...args: unknown[]): void {
    this._write("info", args);
  }

  warn(...args: unknown[]): void {
    this._write("warn", args);
  }

  error(...args: unknown[]): void {
    this._write("error", args);
  }

  time(_label?: string): void {}

  timeEnd(_label?: string): void {}
}
