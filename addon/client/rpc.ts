// A typed promise wrapper over google.script.run: only functions of SidebarApi can be called.
import type { SidebarApi } from "../shared/rpc-api.ts";

interface ScriptRun {
  withSuccessHandler(f: (result: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [fn: string]: unknown;
}
declare const google: { script: { run: ScriptRun; host: { close(): void } } };

type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    (run[name] as (...a: unknown[]) => void)(...args);
  });
}

export const server = new Proxy({} as Remote<SidebarApi>, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(String(name), args),
});

export function closeSidebar(): void {
  google.script.host.close();
}
