/** npm run db:migrate — applies the committed migrations to DATABASE_URL (default data/stance-atlas.db). */
import { databasePath, openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";

const file = databasePath();
try {
  const db = openDatabase(file);
  runMigrations(db);
  db.$client.close();
  console.log(`Database ${file} is at the latest schema.`);
} catch (error) {
  console.error(`Migration of ${file} failed: ${(error as Error).message}`);
  process.exit(1);
}
