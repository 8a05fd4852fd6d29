/**
 * The runs of Latin letters in a text (an English quote inside a Korean summary, a name or a code), trailing
 * punctuation left outside; joined, the runs give back the text. Pure.
 */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  const re = /[A-Za-z][A-Za-z0-9 ,.'’:;!?&\-/[\]]*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0].replace(/[ ,.:;!?&\-/[]+$/, "");
    if (m.index > last) out.push({ text: text.slice(last, m.index), latin: false });
    out.push({ text: run, latin: true });
    last = m.index + run.length;
    re.lastIndex = last;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

