import { databaseAnswers } from "@/db/queries/reference";
import { connection } from "next/server";

export async function GET() {
  await connection(); // per request: the build never runs this handler or opens the database
  try {
    databaseAnswers();
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable", error: "The database does not answer." }, { status: 503 });
  }
}
