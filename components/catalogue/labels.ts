export const SECTION_NAMES: Record<string, string> = {
  economy: "智慧经济",
  culture: "智慧人文",
  governance: "智慧治理",
  transport: "智慧交通",
  environment: "智慧环保",
  life: "智慧生活",
};
export const AUDIENCE_NAMES: Record<string, string> = { personal: "个人", enterprise: "企业" };

export function timeLimitText(promisedDays: number): string {
  return promisedDays === 0 ? "即办" : `${promisedDays}个工作日`;
}

/** The promise as a sentence's end: "受理后当场办结（即办）" or "在 5 个工作日内办结" — never "在 即办内办结". */
export function completionPromise(promisedDays: number): string {
  return promisedDays === 0 ? "受理后当场办结（即办）" : `在 ${promisedDays} 个工作日内办结`;
}
