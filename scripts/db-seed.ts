/** npm run db:seed — loads the curated dataset into DATABASE_URL. Idempotent: inserts only what is missing. */
import { databasePath, openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { DATASET } from "../db/seed/dataset";
import { seedDatabase } from "../db/seed/load";

const file = databasePath();
try {
  const db = openDatabase(file);
  runMigrations(db);
  const r = seedDatabase(db, DATASET);
  db.$client.close();
  console.log(
    `Seeded ${file}: ${r.actors} actors, ${r.issues} issues, ${r.stances} stances, ${r.evidence} evidence items, ${r.events} events added.`,
  );
} catch (error) {
  console.error(`Seeding ${file} failed: ${(error as Error).message}`);
  process.exit(1);
}
