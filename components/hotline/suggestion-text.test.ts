import { describe, expect, it } from "vitest";
import { placeText } from "./suggestion-text";

describe("placeText", () => {
  it("claims no more precision than the published point (~100 m)", () => {
    expect(placeText({ sameAddress: true, distanceM: null })).toBe("同一地址");
    expect(placeText({ sameAddress: false, distanceM: null })).toBe("");
    expect(placeText({ sameAddress: false, distanceM: 12 })).toBe("距您100米以内");
    expect(placeText({ sameAddress: false, distanceM: 99 })).toBe("距您100米以内");
    expect(placeText({ sameAddress: false, distanceM: 137 })).toBe("距您约150米");
    expect(placeText({ sameAddress: false, distanceM: 174 })).toBe("距您约150米");
  });
});
