/**
 * The first admin: from ADMIN_USERNAME / ADMIN_PASSWORD when set, else a generated strong password printed
 * once. Runs on every start but only acts while the users table is empty.
 */
import { generatePassword, hashPasswordSync } from "../../lib/auth/password";
import type { Db } from "../connection";

export function ensureFirstAdmin(db: Db, log: (line: string) => void, env = process.env): void {
  const { n } = db.$client.prepare("select count(*) as n from users").get() as { n: number };
  if (n > 0) return;
  const username = (env.ADMIN_USERNAME ?? "").trim() || "admin";
  const given = env.ADMIN_PASSWORD ?? "";
  const password = given || generatePassword();
  if (given && given.length < 12) {
    log("ADMIN_PASSWORD must be at least 12 characters; no admin account was created.");
    return;
  }
  const now = new Date().toISOString();
  db.$client
    .prepare(
      "insert into users (username, password_hash, role, created_at, updated_at, password_changed_at) values (?, ?, 'admin', ?, ?, ?)",
    )
    .run(username, hashPasswordSync(password), now, now, now);
  if (given) log(`Created the first admin account "${username}" from ADMIN_USERNAME / ADMIN_PASSWORD.`);
  else
    log(
      `Created the first admin account. Sign in at /admin with username "${username}" and password ${password}\n` +
        "  (shown only this once: store it now, or set ADMIN_USERNAME / ADMIN_PASSWORD before the first start).",
    );
}
