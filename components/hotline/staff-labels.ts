/** Channel names shown on the department desk (safe for client code). */
export const CHANNEL_NAMES: Record<string, string> = {
  phone: "电话",
  web: "网站",
  mobile: "手机",
  wechat: "微信",
  open311: "开放接口（Open311）",
};
