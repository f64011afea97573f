import { describe, expect, it } from "vitest";
import { publicView } from "./service";
import { ELDER_CARD_FIELDS } from "./validation";

const full = {
  displayName: "王桂兰",
  emergencyContacts: [{ name: "王小明", relation: "儿子", phone: "13900001111" }],
  bloodType: "B",
  allergies: "青霉素",
  communityName: "和平桥社区",
};
const KEY_OF = {
  name: "name",
  emergencyContacts: "emergencyContacts",
  bloodType: "bloodType",
  allergies: "allergies",
  community: "community",
} as const;

describe("老人二维码名片 public view", () => {
  it("for every subset of fields, shows exactly the chosen ones", () => {
    for (let mask = 0; mask < 1 << ELDER_CARD_FIELDS.length; mask++) {
      const chosen = ELDER_CARD_FIELDS.filter((_, i) => mask & (1 << i));
      const view = publicView({ ...full, visibleFields: chosen });
      expect(Object.keys(view).sort()).toEqual(chosen.map((f) => KEY_OF[f]).sort());
      const text = JSON.stringify(view);
      if (!chosen.includes("allergies")) expect(text).not.toContain("青霉素");
      if (!chosen.includes("community")) expect(text).not.toContain("和平桥");
      if (!chosen.includes("emergencyContacts")) expect(text).not.toContain("13900001111");
      if (!chosen.includes("name")) expect(text).not.toContain("王桂兰");
    }
  });

  it("ignores unknown field names and does not copy extra contact properties", () => {
    const contact = { name: "王小明", relation: "儿子", phone: "13900001111", idNumber: "320681195001010011" };
    const view = publicView({
      ...full,
      emergencyContacts: [contact],
      visibleFields: ["emergencyContacts", "idNumber", "__proto__"],
    });
    expect(view).toEqual({ emergencyContacts: [{ name: "王小明", relation: "儿子", phone: "13900001111" }] });
  });
});
