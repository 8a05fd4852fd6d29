/**
 * Password hashing with scrypt (memory-hard, per-user random salt), stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt b64url>$<hash b64url>` so parameters can be raised later.
 */
import { randomBytes, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { createHashGate } from "./hash-gate";

const LOG2_N = 17; // N = 131072: OWASP's minimum for scrypt
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/**
 * Every asynchronous hash in this process goes through one gate: one scrypt at a time (the other core stays free
 * for pages), four more may wait up to 5 s, anything beyond throws HashBusyError at once, before hashing.
 */
export const passwordGate = createHashGate({ concurrency: 1, queue: 4, waitMs: 5_000 });

function scrypt(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return passwordGate.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password.normalize("NFKC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, LOG2_N, R, P);
  return ["scrypt", LOG2_N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** The same hash, computed synchronously: for command-line and start-up paths only (it blocks the thread). */
export function hashPasswordSync(password: string): string {
  const N = 2 ** LOG2_N;
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 256 * N * R });
  return ["scrypt", LOG2_N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await scrypt(password, Buffer.from(salt, "base64url"), Number(logN), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, for spending the same time on unknown usernames as on known ones. */
let dummy: string | undefined;
export async function dummyHash(): Promise<string> {
  dummy ??= await hashPassword(randomBytes(18).toString("base64url"));
  return dummy;
}

/** A strong random password: 24 characters from a URL-safe alphabet (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
