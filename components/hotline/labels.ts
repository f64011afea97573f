/** How a 12345 request reached the hotline, in the words every ticket page uses (safe for client code). */
export const CHANNEL_NAMES: Record<string, string> = {
  phone: "电话",
  web: "网站",
  mobile: "手机网页",
  wechat: "微信",
  open311: "开放接口（Open311）",
};
