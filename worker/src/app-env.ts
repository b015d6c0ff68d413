// The Hono environment shared by the app and its sub-apps: bindings plus what auth puts on the context.
import type { Group } from "./db/groups.ts";

export interface AppEnv {
  Bindings: Env;
  Variables: { group: Group };
}
