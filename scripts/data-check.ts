/** npm run data:check — runs the dataset check over the curated seed data; exits non-zero on any finding. */
import { checkDataset, dataCheckPasses, formatDataCheck } from "../lib/data-check";
import { DATA_CHECK_ALLOW } from "../db/seed/data-check-allow";
import { SOURCES, STANCES } from "../db/seed/data";

const result = checkDataset({ stances: STANCES, sources: SOURCES }, DATA_CHECK_ALLOW);
console.log(formatDataCheck(result));
process.exit(dataCheckPasses(result) ? 0 : 1);
