import { Link } from "@/i18n/link";

/** The terms an analyst meets on the comparison views, each in a sentence, with the methodology for the rest. */
export const GLOSSARY: { term: string; id: string; text: string }[] = [
  {
    term: "Salience",
    id: "salience",
    text: "How much an actor cares about an issue, 1 (marginal) to 5 (top priority), coded per stance. “Salience: South Korea 5, Japan 4” gives each side's own figure.",
  },
  {
    term: "Salience-weighted divergence",
    id: "divergence",
    text: "How far apart two actors are, 0 (same positions) to 1 (opposite poles): each issue's gap on the scale, weighted by the pair's mean salience, over the issues where both state a position.",
  },
  {
    term: "Pressure and accommodation poles",
    id: "poles",
    text: "Every issue runs from −2, the pressure / maximal-demands pole (full demands first), to +2, the accommodation pole (reciprocal, step-by-step concessions). Each issue's own labels say what each point means.",
  },
  {
    term: "Confidence",
    id: "confidence",
    text: "How well the sources support a coding: high (explicit, first-hand statements), medium (one report or a second-hand reading), low (an inference; framed with a dashed border).",
  },
  {
    term: "CVID / FFVD",
    id: "cvid",
    text: "Complete, Verifiable and Irreversible Dismantlement (the 2000s–2018 formula) and Final, Fully Verified Denuclearization (the US wording from mid-2018): maximal definitions of the denuclearization goal.",
  },
];

/** A short glossary, closed by default, under a view's controls. */
export function Glossary({ className = "" }: { className?: string }) {
  return (
    <details className={`no-print rounded-lg border border-slate-200 bg-white p-3 text-sm ${className}`} data-testid="glossary">
      <summary className="cursor-pointer font-medium text-slate-800">Terms used here</summary>
      <dl className="mt-2 grid gap-x-6 gap-y-2 md:grid-cols-2">
        {GLOSSARY.map((g) => (
          <div key={g.id}>
            <dt className="font-medium text-slate-900">{g.term}</dt>
            <dd className="text-slate-700">{g.text}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs">
        <Link href="/methodology" prefetch={false} className="text-blue-800 underline">
          The methodology: how stances are coded, the scale, the sources and the formula
        </Link>
      </p>
    </details>
  );
}
