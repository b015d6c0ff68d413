// Public entry points of the exports (new tabs for OpenSID and the village meeting).
export { exportDtsen, exportOpensid } from "../exports/write-exports.ts";
