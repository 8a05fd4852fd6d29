/** npm run db:backup [-- FILE] — online backup of DATABASE_URL, verified, written atomically. */
import path from "node:path";
import { backupDatabase } from "../db/backup";
import { databasePath } from "../db/connection";

const source = databasePath();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = path.resolve(process.argv[2] ?? path.join(path.dirname(source), "backups", `stance-atlas-${stamp}.db`));
backupDatabase(source, target)
  .then(({ pages }) => console.log(`Backed up ${source} to ${target} (${pages} pages, integrity ok).`))
  .catch((error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  });
