import { describe, expect, it } from "vitest";
import { actorDotCss } from "./actor-dots";

describe("actorDotCss", () => {
  it("gives each actor's index its colour", () => {
    expect(actorDotCss(["#0072B2", "#d55e00"])).toBe(".ta0::before{background:#0072B2}.ta1::before{background:#d55e00}");
  });
  it("leaves out a value that is not a hex colour, keeping the other indexes", () => {
    expect(actorDotCss(["red;}</style><script>", "#000"])).toBe(".ta1::before{background:#000}");
  });
});
