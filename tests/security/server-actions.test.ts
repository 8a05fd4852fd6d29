import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Session guards an action may start with; each is async, so only an awaited call stops the action. */
const GUARDS = new Set(["requireEditor", "requireAdmin", "requireSession"]);
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

/**
 * `await requireX()` or `const|let x = await requireX()` (one declaration): the guard runs, and its redirect or
 * 403 ends the action, before anything else. A call without `await` only creates a promise and checks nothing.
 */
function isAwaitedGuard(st: ts.Statement | undefined): boolean {
  if (!st) return false;
  let expr: ts.Expression | undefined;
  if (ts.isExpressionStatement(st)) expr = st.expression;
  else if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1) expr = st.declarationList.declarations[0].initializer;
  if (!expr || !ts.isAwaitExpression(expr)) return false;
  const call = expr.expression;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && GUARDS.has(call.expression.text);
}

/** Every exported function of every "use server" module, with its first statement. */
function serverActions() {
  const found: { file: string; name: string; first: string; guarded: boolean }[] = [];
  for (const file of [...files("app"), ...files("components"), ...files("db"), ...files("lib")]) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    if (!isUseServerFile(sf)) continue;
    for (const st of sf.statements) {
      const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isFunctionDeclaration(st) && st.name) {
        const first = st.body?.statements[0];
        found.push({ file, name: st.name.text, first: first?.getText(sf) ?? "", guarded: isAwaitedGuard(first) });
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer;
          const body = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.body : undefined;
          const first = body && ts.isBlock(body) ? body.statements[0] : undefined;
          // An expression-bodied arrow has no first statement to guard it.
          found.push({ file, name: d.name.getText(sf), first: first?.getText(sf) ?? body?.getText(sf) ?? "", guarded: isAwaitedGuard(first) });
        }
      }
    }
  }
  return found;
}

describe("[security] server actions", () => {
  it("every exported server action awaits a session check in its first statement", () => {
    const actions = serverActions();
    // The admin area's actions are found (a scanner that finds nothing proves nothing).
    expect(actions.length).toBeGreaterThanOrEqual(12);
    const unguarded = actions.filter((a) => !PUBLIC_ACTIONS.has(a.name) && !a.guarded);
    expect(unguarded.map((a) => `${a.file}: ${a.name} starts with ${a.first.slice(0, 60)}`)).toEqual([]);
  });

  it("the first-statement check refuses a guard without await, a later guard and a look-alike", () => {
    const first = (body: string) => {
      const sf = ts.createSourceFile("x.ts", `async function f() { ${body} }`, ts.ScriptTarget.Latest, true);
      return (sf.statements[0] as ts.FunctionDeclaration).body!.statements[0];
    };
    expect(isAwaitedGuard(first("await requireEditor();"))).toBe(true);
    expect(isAwaitedGuard(first("const admin = await requireAdmin();"))).toBe(true);
    expect(isAwaitedGuard(first("requireEditor();"))).toBe(false);
    expect(isAwaitedGuard(first("const editor = requireEditor();"))).toBe(false);
    expect(isAwaitedGuard(first("void requireEditor();"))).toBe(false);
    expect(isAwaitedGuard(first("const v = parse(); await requireEditor();"))).toBe(false);
    expect(isAwaitedGuard(first("await requireEditorLater();"))).toBe(false);
    expect(isAwaitedGuard(first("const a = 1, b = await requireEditor();"))).toBe(false);
  });
});
