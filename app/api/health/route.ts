import { databaseAnswers } from "@/db/queries/reference";

export async function GET() {
  try {
    databaseAnswers();
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable", error: "The database does not answer." }, { status: 503 });
  }
}
