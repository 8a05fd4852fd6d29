/** npm run db:restore -- FILE — replaces DATABASE_URL with a verified backup. Stop the app first. */
import path from "node:path";
import { databasePath } from "../db/connection";
import { restoreDatabase } from "../db/backup";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- BACKUP_FILE   (stop the app first)");
  process.exit(2);
}
const target = databasePath();
try {
  restoreDatabase(path.resolve(file), target);
  console.log(`Restored ${target} from ${path.resolve(file)}. Start the app with npm start.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
