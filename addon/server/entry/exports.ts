// Public entry points of the exports (new tabs for OpenSID and the village meeting).
export {
  exportA9,
  exportDtsen,
  exportOpensid,
  exportReferrals,
} from "../exports/write-exports.ts";
