import { describe, expect, it } from "vitest";
import { citation, datePeriod, exportSourceLine, horizonText, isPastHorizon, pastHorizonText, publication } from "./horizon";

describe("coding horizon", () => {
  it("is past only for a date after the horizon", () => {
    expect(isPastHorizon("2024-06-02", "2024-06-01")).toBe(true);
    expect(isPastHorizon("2024-06-01", "2024-06-01")).toBe(false);
    expect(isPastHorizon("2019-03-01", "2024-06-01")).toBe(false);
    expect(isPastHorizon("2030-01-01", null)).toBe(false);
  });

  it("says what the horizon is and what a view past it shows", () => {
    expect(horizonText("2024-06-01")).toBe("Positions coded through 1 Jun 2024");
    expect(horizonText(null)).toBe("No positions coded yet");
    expect(pastHorizonText("2026-11-30", "2024-06-01")).toBe(
      "You are looking at 30 Nov 2026, after the coding horizon (1 Jun 2024). The positions shown are the last ones coded, not confirmed for 30 Nov 2026.",
    );
  });

  it("puts the horizon, never 'data as of', in the export source line", () => {
    expect(exportSourceLine("2019-03-01", "2024-06-01")).toBe(
      "Source: Stance Atlas, view as of 2019-03-01; positions coded through 2024-06-01 from public sources",
    );
    expect(exportSourceLine("2026-11-30", "2024-06-01")).toBe(
      "Source: Stance Atlas, view as of 2026-11-30 (last coded positions, not confirmed for that date); positions coded through 2024-06-01 from public sources",
    );
    expect(exportSourceLine("2019-03-01", null)).not.toMatch(/data as of/);
  });

  it("cites the dashboard with the horizon, the address and the access date", () => {
    expect(citation("2024-06-01", "https://atlas.example/methodology", "2026-11-30")).toBe(
      "Stance Atlas, positions coded through 2024-06-01, https://atlas.example/methodology, accessed 2026-11-30",
    );
  });
});

describe("published later", () => {
  it("reads partial dates as the period they stand for", () => {
    expect(datePeriod("2019")).toEqual({ first: "2019-01-01", last: "2019-12-31" });
    expect(datePeriod("2020-02")).toEqual({ first: "2020-02-01", last: "2020-02-29" });
    expect(datePeriod("2019-06-12")).toEqual({ first: "2019-06-12", last: "2019-06-12" });
  });

  it("marks a source published after the view's date, not one published on or before it", () => {
    expect(publication("2019-06-30", "2019-03-01")).toBe("later");
    expect(publication("2019-03-02", "2019-03-01")).toBe("later");
    expect(publication("2019-03-01", "2019-03-01")).toBe("before");
    expect(publication("2018-09-19", "2019-03-01")).toBe("before");
  });

  it("marks a partial date that may fall after the view's date as maybe later", () => {
    expect(publication("2019-06", "2019-03-01")).toBe("later");
    expect(publication("2019-03", "2019-03-10")).toBe("maybe-later");
    expect(publication("2019", "2019-03-01")).toBe("maybe-later");
    expect(publication("2019-02", "2019-03-01")).toBe("before");
    expect(publication("2018", "2019-03-01")).toBe("before");
  });
});
