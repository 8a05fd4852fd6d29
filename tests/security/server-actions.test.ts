import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Session guards an action may start with. */
const GUARDS = /^(await\s+)?require(Editor|Admin|Session)\(/;
/** Actions that exist to create a session or only end one, and so cannot require one first. */
// signIn creates a session; signOut only revokes the caller's own cookie (it changes nothing else).
const PUBLIC_ACTIONS = new Set(["signIn", "signOut"]);

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function isUseServerFile(sf: ts.SourceFile): boolean {
  const first = sf.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** Every exported function of every "use server" module, with the text of its first statement. */
function serverActions() {
  const found: { file: string; name: string; first: string }[] = [];
  for (const file of [...files("app"), ...files("components"), ...files("db"), ...files("lib")]) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    if (!isUseServerFile(sf)) continue;
    for (const st of sf.statements) {
      const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isFunctionDeclaration(st) && st.name) {
        found.push({ file, name: st.name.text, first: st.body?.statements[0]?.getText(sf) ?? "" });
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer;
          const body = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.body : undefined;
          const first = body && ts.isBlock(body) ? body.statements[0]?.getText(sf) ?? "" : body?.getText(sf) ?? "";
          found.push({ file, name: d.name.getText(sf), first });
        }
      }
    }
  }
  return found;
}

describe("[security] server actions", () => {
  it("every exported server action checks the session in its first statement", () => {
    const actions = serverActions();
    // The admin area's actions are found (a scanner that finds nothing proves nothing).
    expect(actions.length).toBeGreaterThanOrEqual(12);
    const unguarded = actions.filter((a) => !PUBLIC_ACTIONS.has(a.name) && !GUARDS.test(a.first.replace(/^const\s+\w+\s*=\s*/, "")));
    expect(unguarded.map((a) => `${a.file}: ${a.name} starts with ${a.first.slice(0, 60)}`)).toEqual([]);
  });
});
