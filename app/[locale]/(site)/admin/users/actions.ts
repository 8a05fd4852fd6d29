"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { createUser, setUserDisabled, setUserPassword } from "@/db/mutations/users";
import { HashBusyError } from "@/lib/auth/hash-gate";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { boundOk, bound, readForm, type FormState } from "@/lib/admin/forms";
import { userCreateInput } from "@/lib/admin/schemas";
import { requireAdmin } from "../_lib/auth";
import { adminMessages } from "../_lib/messages";
import { failedResult, invalidInput, refused, refusedBound } from "../_lib/results";

/** The hash, or null when the process-wide hashing gate is full. */
async function hashOrBusy(password: string): Promise<string | null> {
  try {
    return await hashPassword(password);
  } catch (error) {
    if (error instanceof HashBusyError) return null;
    throw error;
  }
}

/** Admin only: a new account with a generated password, shown once. */
export async function createUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  const t = await getTranslations("AdminPages");
  const form = readForm(fd);
  if (!form.ok) return refused();
  const values = form.values;
  const parsed = userCreateInput.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const password = generatePassword();
  const passwordHash = await hashOrBusy(password);
  if (!passwordHash) return { status: "error", at: Date.now(), message: t("users.busy"), values };
  const r = createUser({ ...parsed.data, passwordHash }, admin);
  if (r.status !== "ok") return failedResult(r, values, "user");
  revalidatePath("/admin/users");
  const ta = await getTranslations("Admin");
  const role = parsed.data.role === "admin" ? ta("role.admin") : ta("role.editor");
  return { status: "saved", at: Date.now(), message: t("users.added", { role, username: parsed.data.username }), secret: password };
}

export async function setDisabledAction(userId: number, disabled: boolean, version: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  if (!boundOk([bound.id, userId], [bound.flag, disabled], [bound.version, version])) return refusedBound();
  void _fd;
  const r = setUserDisabled(userId, disabled, version, admin);
  if (r.status !== "ok") return failedResult(r, {}, "user");
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now(), message: (await adminMessages())(r.message) };
}

/** Admin only: a new generated password (shown once); the user's sessions end. */
export async function resetPasswordAction(userId: number, version: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  if (!boundOk([bound.id, userId], [bound.version, version])) return refusedBound();
  void _fd;
  const password = generatePassword();
  const passwordHash = await hashOrBusy(password);
  const t = await getTranslations("AdminPages");
  if (!passwordHash) return { status: "error", at: Date.now(), message: t("users.busy"), values: {} };
  const r = setUserPassword(userId, passwordHash, admin, { action: "reset-password", version });
  if (r.status !== "ok") return failedResult(r, {}, "user");
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now(), message: t("users.reset"), secret: password };
}
