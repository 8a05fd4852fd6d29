"use server";
import { revalidatePath } from "next/cache";
import { createUser, setUserDisabled, setUserPassword } from "@/db/mutations/users";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { formDataToObject, type FormState } from "@/lib/admin/forms";
import { userCreateInput } from "@/lib/admin/schemas";
import { requireAdmin } from "../_lib/auth";
import { failedResult, invalidInput } from "../_lib/results";

/** Admin only: a new account with a generated password, shown once. */
export async function createUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  const values = formDataToObject(fd);
  const parsed = userCreateInput.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const password = generatePassword();
  const r = createUser({ ...parsed.data, passwordHash: await hashPassword(password) }, admin);
  if (r.status !== "ok") return failedResult(r, values);
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now(), message: `${r.message} Their password is shown below, once: pass it on securely.`, secret: password };
}

export async function setDisabledAction(userId: number, disabled: boolean, version: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  void _fd;
  const r = setUserDisabled(userId, disabled, version, admin);
  if (r.status !== "ok") return failedResult(r, {});
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now(), message: r.message };
}

/** Admin only: a new generated password (shown once); the user's sessions end. */
export async function resetPasswordAction(userId: number, version: number, _prev: FormState, _fd: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  void _fd;
  const password = generatePassword();
  const r = setUserPassword(userId, await hashPassword(password), admin, { action: "reset-password", version });
  if (r.status !== "ok") return failedResult(r, {});
  revalidatePath("/admin/users");
  return { status: "saved", at: Date.now(), message: "New password set; their sessions have ended. It is shown below, once.", secret: password };
}
