/**
 * npm run user:create -- --username NAME --role editor|admin
 * Creates an account. The password comes from USER_PASSWORD, or is asked for on a terminal (not echoed);
 * at least 12 characters. The creation is written to the audit log as done by "cli".
 */
import { parseArgs } from "node:util";
import readline from "node:readline";
import { databasePath, openDatabase } from "../db/connection";
import { runMigrations } from "../db/migrate";
import { hashPasswordSync } from "../lib/auth/password";
import { MIN_PASSWORD, USERNAME_RULE } from "../lib/admin/schemas";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let muted = false;
    out._writeToOutput = (s: string) => {
      if (!muted || s.includes("\n")) process.stdout.write(muted ? "\n" : s);
    };
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
    muted = true;
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: "string" }, role: { type: "string", default: "editor" } } });
  const username = (values.username ?? "").trim().toLowerCase();
  const role = values.role ?? "editor";
  if (!USERNAME_RULE.test(username))
    fail("Give --username: 3 to 40 characters, lowercase letters, digits, . _ or -, e.g. --username jkim");
  if (role !== "editor" && role !== "admin") fail('--role must be "editor" or "admin".');

  let password = process.env.USER_PASSWORD ?? "";
  if (!password) {
    if (!process.stdin.isTTY) fail("Set USER_PASSWORD, or run on a terminal to be asked for the password.");
    password = await promptHidden(`Password for ${username} (at least ${MIN_PASSWORD} characters): `);
    const again = await promptHidden("Same password again: ");
    if (password !== again) fail("The two passwords differ; nothing was created.");
  }
  if (password.length < MIN_PASSWORD) fail(`The password must be at least ${MIN_PASSWORD} characters; nothing was created.`);

  const db = openDatabase(databasePath());
  runMigrations(db);
  const sqlite = db.$client;
  const now = new Date().toISOString();
  const hash = hashPasswordSync(password);
  const created = sqlite
    .transaction(() => {
      if (sqlite.prepare("select 1 from users where username = ? collate nocase").get(username)) return false;
      const id = Number(
        sqlite
          .prepare("insert into users (username, password_hash, role, password_changed_at, version, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)")
          .run(username, hash, role, now, now, now).lastInsertRowid,
      );
      sqlite
        .prepare(
          "insert into audit_log (at, user_id, username, action, entity_type, entity_id, before, after, summary) values (?, null, 'cli', 'create', 'user', ?, null, ?, ?)",
        )
        .run(now, id, JSON.stringify({ username, role, disabled: false, version: 1 }), `Added ${role} ${username} (npm run user:create)`);
      return true;
    })
    .immediate();
  sqlite.close();
  if (!created) fail(`There is already a user "${username}"; nothing was created.`);
  console.log(`Created the ${role} "${username}" in ${databasePath()}.`);
}

main().catch((e) => fail(`user:create failed: ${(e as Error).message}`));
