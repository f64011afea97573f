import { idCardCheckChar } from "@/server/lib/id-card";
import { usccCheckChar } from "@/server/lib/uscc";

/** Every demo account signs in with this password (it passes the password policy). */
export const DEMO_PASSWORD = "Nantong@2026";

// SAMPLE DATA: the person, ID number and company below are invented for the demo. The ID number
// uses 崇川区's division code (320613) and a valid GB 11643 check digit; the credit code a valid
// GB 32100 check character. Neither belongs to a real person or company.
const SAMPLE_ID_17 = "32061319900315002";
export const SAMPLE_ID_NUMBER = SAMPLE_ID_17 + idCardCheckChar(SAMPLE_ID_17);
const SAMPLE_USCC_17 = "91320600MA1P8K3T6";
export const SAMPLE_USCC = SAMPLE_USCC_17 + usccCheckChar(SAMPLE_USCC_17);

export type DemoAccount = {
  role: "citizen" | "enterprise" | "agent" | "staff" | "admin";
  phone: string;
  nickname: string;
  label: string;
  realName?: { name: string; idNumber: string };
  enterprise?: { name: string; uscc: string };
  departmentCode?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: "citizen",
    phone: "13800000001",
    nickname: "周晓彤",
    label: "市民（已实名，示例人物）",
    realName: { name: "周晓彤", idNumber: SAMPLE_ID_NUMBER },
  },
  {
    role: "enterprise",
    phone: "13800000002",
    nickname: "江海智造",
    label: "企业（示例公司）",
    enterprise: { name: "南通江海智造科技有限公司（示例）", uscc: SAMPLE_USCC },
  },
  { role: "agent", phone: "13800000003", nickname: "坐席·王敏", label: "12345坐席" },
  { role: "staff", phone: "13800000004", nickname: "城管·李强", label: "部门办理人（市城管局）", departmentCode: "cgj" },
  { role: "admin", phone: "13800000005", nickname: "平台管理员", label: "管理员" },
  { role: "staff", phone: "13800000006", nickname: "工信·陈静", label: "部门办理人（市工信局，中小企业云服务）", departmentCode: "gxj" },
  // 智慧生活 staff: bound to their unit by drizzle/seed/life (life_staff_assignment), not to a bureau.
  { role: "staff", phone: "13800000007", nickname: "医院·顾敏", label: "医院工作人员（南通大学附属医院，示例）" },
  { role: "staff", phone: "13800000008", nickname: "社区·王芳", label: "社区服务中心、市民卡网点工作人员（示例）" },
  { role: "staff", phone: "13800000009", nickname: "景区·朱磊", label: "景区检票员（狼山风景名胜区，示例）" },
  // 突发事件预警 (issue 16): two people of 市应急管理局 (a red or orange alert needs a second person) and one of 市气象局.
  { role: "staff", phone: "13800000021", nickname: "应急·赵刚", label: "预警发布（市应急管理局）", departmentCode: "yjglj" },
  { role: "staff", phone: "13800000022", nickname: "应急·孙丽", label: "预警审批（市应急管理局）", departmentCode: "yjglj" },
  { role: "staff", phone: "13800000023", nickname: "气象·刘洋", label: "预警发布（市气象局）", departmentCode: "qxj" },
];
