// Public entry points of the drafts feature: the sidebar keeps what is typed until it is saved.
import type { DraftsApi } from "../../shared/api/drafts-api.ts";
import { saveDraft as save } from "../drafts.ts";

const api: DraftsApi = { saveDraft: save };

export const saveDraft = api.saveDraft;
