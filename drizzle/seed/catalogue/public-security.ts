/** 公安局 (gaj): 户籍、居民身份证、居住证、出入境、治安、交通管理. SAMPLE DATA — see ./items.ts. */
import {
  GOV, TRA, HKB, PHOTO, PLACE, SFZ, SFZ_DZ, WTS, YYZZ,
  addr, area, checks, date, dz, fy, licence, mk, opt, person, pg, plate, postAddr, radio, select, sqb, text, yesNo, yf, yj,
  type Draft,
} from "./helpers";

const HKTL = "《中华人民共和国户口登记条例》";
const SFZF = "《中华人民共和国居民身份证法》";
const JZZ = "《居住证暂行条例》";
const CJRJ = "《中华人民共和国出境入境管理法》";
const DJTL = "《中华人民共和国道路交通安全法》";
const JDCDJ = "《机动车登记规定》（公安部令第164号）";
const JSZ = "《机动车驾驶证申领和使用规定》（公安部令第162号）";

const HK_KW = ["户口", "户籍", "落户"];
const JT_KW = ["车管所", "交管"];
const HOUSEHOLD_RECEIVE = radio("receiveMethod", "户口簿领取方式", "window=派出所窗口领取|post=免费邮寄");

const hukou: Draft[] = [
  mk({
    name: "出生登记（户口申报）", section: GOV, dept: "gaj", theme: "出生", kind: "行政确认",
    summary: "新生儿出生后为其申报常住户口，可与出生医学证明、医保参保、社保卡申领“出生一件事”联办。",
    cond: ["新生儿出生后一个月以内申报（超期的可补办）", "父母一方为本市常住户口", "已取得出生医学证明"],
    mat: [dz("出生医学证明"), dz("父母居民身份证"), dz("父（母）居民户口簿"), opt(dz("结婚证"), "父母已登记结婚的提供")],
    law: [`${HKTL}第七条`], days: [5, 1], online: true, kw: [...HK_KW, "报户口", "新生儿落户", "出生一件事", "上户口"],
    q: [
      pg("新生儿信息", person("babyName", "新生儿姓名"), radio("babyGender", "性别", "male=男|female=女"), date("birthDate", "出生日期"), text("birthCertNo", "出生医学证明编号")),
      pg("落户信息", radio("followParent", "随父或随母落户", "father=随父亲|mother=随母亲"), addr("hukouAddress", "落户地址（户口簿首页住址）")),
      pg("户口簿领取", HOUSEHOLD_RECEIVE, postAddr()),
    ],
  }),
  ...(
    [
      ["夫妻投靠", "夫妻一方为本市常住户口的，另一方申请将户口迁入配偶户籍地。", ["夫妻双方已依法登记结婚", "被投靠方为本市常住户口并有合法固定住所"], [dz("结婚证"), yj("被投靠方居民户口簿"), opt(yj("合法固定住所证明"), "迁入非被投靠方户内的提供")]],
      ["子女投靠父母", "未成年子女或无配偶、无生活来源的成年子女申请将户口迁入父母户籍地。", ["父母一方为本市常住户口", "子女为未成年人，或父母需要照顾的子女"], [yj("出生医学证明或亲子关系证明"), yj("父（母）居民户口簿")]],
      ["父母投靠子女", "父母投靠在本市落户的子女，申请将户口迁入子女户籍地。", ["子女为本市常住户口", "被投靠子女有合法固定住所"], [yj("亲属关系证明"), yj("子女居民户口簿"), opt(yj("合法固定住所证明"))]],
      ["购房落户", "在本市城镇购买合法产权住房的人员，申请将户口迁入所购住房地址。", ["在本市城镇购买合法产权住房并取得不动产权证书", "实际居住"], [dz("不动产权证书"), opt(yj("共有人同意落户的书面意见"), "房屋有共有人的提供")]],
      ["就业落户", "在本市稳定就业并参加社会保险的人员，申请将户口迁入单位集体户或合法住所。", ["与本市用人单位签订劳动合同", "在本市连续缴纳社会保险达到规定期限"], [fy("劳动合同"), dz("社会保险参保缴费证明"), yj("落户地址证明")]],
    ] as [string, string, string[], ReturnType<typeof yj>[]][]
  ).map(([type, summary, cond, mat]) =>
    mk({
      name: `户口迁入（${type}）`, section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
      summary, cond, mat: [SFZ, HKB, ...mat, WTS], law: [`${HKTL}第十三条`], days: [20, 10], visits: 1, place: PLACE.hukou,
      kw: [...HK_KW, "迁户口", "户口迁入", type],
    }),
  ),
  mk({
    name: "户口迁入（人才落户）", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "具有大专以上学历或技能等级证书的人才，凭学历或证书申请在本市落户，可在线办理准迁。",
    cond: ["具有全日制大专以上学历，或取得高级工以上职业技能等级证书", "在本市有合法住所或拟落户单位、人才集体户"],
    mat: [SFZ_DZ, dz("学历证书或职业技能等级证书"), opt(fy("落户地址证明"), "落户到自有住房或亲属户的提供")], law: [`${HKTL}第十三条`],
    days: [10, 5], kw: [...HK_KW, "人才落户", "大学生落户", "毕业生落户"],
    place: PLACE.hukou,
  }),
  mk({
    name: "户口迁移（跨省通办）", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "夫妻、父母子女投靠及工作调动等户口跨省迁移，在迁入地派出所“一站式”办理，无需回迁出地。",
    cond: ["符合迁入地落户条件", "属于跨省迁移“一站式”办理范围"], mat: [SFZ, HKB, yj("符合落户条件的证明材料")],
    law: [HKTL], days: [20, 15], place: PLACE.hukou, kw: [...HK_KW, "跨省迁户口", "一站式迁移", "跨省通办"],
  }),
  mk({
    name: "户口迁出登记", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "本市户籍人员因入学、参军、出国定居等原因办理户口迁出或注销。",
    cond: ["本市常住户口", "已具备迁出条件或取得迁入地准迁证明"], mat: [SFZ, HKB, opt(yj("准予迁入证明"))], law: [`${HKTL}第十条`],
    days: [1, 0], place: PLACE.hukou, kw: [...HK_KW, "迁出户口", "户口迁出"],
  }),
  mk({
    name: "死亡人员户口注销", section: GOV, dept: "gaj", theme: "身后事", kind: "行政确认",
    summary: "公民死亡后由其亲属办理死亡登记，注销常住户口并缴销居民身份证。",
    cond: ["公民已死亡", "申报人为死者户主、亲属或抚养人"], mat: [yj("死亡医学证明或火化证明"), HKB, yj("死者居民身份证", "无法交回的说明情况"), yj("申报人居民身份证")],
    law: [`${HKTL}第八条`], days: [1, 0], place: PLACE.hukou, kw: [...HK_KW, "销户", "死亡注销", "去世销户口"],
  }),
  mk({
    name: "户口登记项目变更更正（姓名）", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "未成年人或符合条件的成年人申请变更户口登记中的姓名。",
    cond: ["未满18周岁的由监护人申请", "成年人变更姓名须有正当理由并符合规定"], mat: [SFZ, HKB, yj("变更姓名的理由及证明材料")],
    law: [`${HKTL}第十八条`, "《中华人民共和国民法典》第一千零一十六条"], days: [20, 10], visits: 2, place: PLACE.hukou,
    kw: [...HK_KW, "改名", "更名", "姓名变更"],
  }),
  mk({
    name: "户口登记项目变更更正（出生日期）", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "户口登记的出生日期与原始记录不一致的，凭原始凭证申请更正。",
    cond: ["有出生医学证明、原始户籍档案等能够证明真实出生日期的原始凭证"], mat: [SFZ, HKB, yj("出生日期原始证明材料")],
    law: [`${HKTL}第十七条`], days: [20, 15], visits: 2, place: PLACE.hukou, kw: [...HK_KW, "出生日期更正", "改年龄"],
  }),
  mk({
    name: "户籍证明开具", section: GOV, dept: "gaj", theme: "户籍",
    summary: "在线开具本人户籍信息证明、注销户口证明等，带电子印章。",
    cond: ["本市户籍人员或原本市户籍人员"], mat: [SFZ_DZ], law: [HKTL], days: [1, 0], online: true,
    kw: [...HK_KW, "户籍证明", "户口证明", "开证明"],
    q: [pg("证明类型", select("certType", "证明类型", "hukou=户籍信息证明|cancelled=注销户口证明|migrated=户口迁移证明"), radio("purpose", "证明用途", "job=就业|school=入学|estate=不动产登记|other=其他"))],
  }),
  mk({
    name: "户口分户", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "同一户内的家庭成员因结婚、购房等原因申请分立户口。",
    cond: ["在同一合法住所内", "申请分户人员已成年", "符合本市分户规定"], mat: [SFZ, HKB, yj("合法住所证明"), opt(yj("原户主同意分户的书面意见"))],
    law: [HKTL], days: [10, 5], place: PLACE.hukou, kw: [...HK_KW, "分户", "单独立户"],
  }),
  mk({
    name: "居民户口簿补领、换领", section: GOV, dept: "gaj", theme: "户籍",
    summary: "居民户口簿遗失、损坏或户主变更时申请补领、换领。",
    cond: ["本市常住户口", "户口簿遗失、损坏或需要换领"], mat: [SFZ, opt(HKB, "换领的交回原户口簿")], law: [HKTL], days: [5, 1],
    place: PLACE.hukou, kw: [...HK_KW, "户口本补办", "户口簿丢了", "户口本"],
  }),
  mk({
    name: "户口恢复登记", section: GOV, dept: "gaj", theme: "户籍", kind: "行政确认",
    summary: "退出现役、刑满释放、出国（境）后回国定居等原因注销户口的人员，申请恢复常住户口。",
    cond: ["因服兵役、服刑、出国（境）定居等原因被注销户口", "注销原因已消失且符合恢复户口条件"],
    mat: [yj("恢复户口的证明材料（退役证、释放证明、回国定居证明等）"), opt(HKB, "恢复到原户内的提供"), PHOTO],
    law: [HKTL], days: [20, 10], place: PLACE.hukou, kw: [...HK_KW, "恢复户口", "退伍落户", "回国落户"],
  }),
  mk({
    name: "居住登记", section: GOV, dept: "gaj", theme: "户籍",
    summary: "离开常住户口所在地到南通居住的人员，在居住地办理居住登记。",
    cond: ["非本市常住户口", "已在本市居住或拟居住"], mat: [SFZ_DZ, opt(fy("居住地址证明"), "租赁合同或房屋权属证明")], law: [`${JZZ}第二条`], days: [1, 0], online: true,
    kw: ["居住登记", "暂住", "外来人口登记", "居住证"],
    q: [pg("居住信息", addr("residenceAddress", "居住地址"), date("residenceSince", "来通居住日期"), select("residenceType", "住所类型", "own=自有住房|rent=租赁住房|employer=单位宿舍|relative=亲友住房|other=其他"))],
  }),
  mk({
    name: "居住证申领", section: GOV, dept: "gaj", theme: "证照",
    summary: "在南通居住半年以上、有合法稳定就业、住所或连续就读的非本市户籍人员申领居住证，享受公共服务。",
    cond: ["在本市居住半年以上", "有合法稳定就业、合法稳定住所、连续就读条件之一"],
    mat: [SFZ_DZ, PHOTO, fy("合法稳定住所、就业或就读证明")], law: [`${JZZ}第二条`], days: [15, 7], online: true,
    kw: ["居住证", "办居住证", "暂住证"],
    q: [
      pg("居住信息", addr("residenceAddress", "居住地址"), date("residenceSince", "来通居住日期"), select("residenceType", "住所类型", "own=自有住房|rent=租赁住房|employer=单位宿舍|other=其他")),
      pg("申领条件", radio("basis", "申领条件", "job=合法稳定就业|housing=合法稳定住所|study=连续就读"), text("employerOrSchool", "工作单位或就读学校", { required: false })),
      pg("领证方式", radio("receiveMethod", "领证方式", "window=居住地派出所领取|post=邮寄")),
    ],
  }),
  mk({
    name: "居住证签注", section: GOV, dept: "gaj", theme: "证照",
    summary: "居住证持证人在居住地连续居住的，每年签注一次，保持居住证有效。",
    cond: ["持有南通市居住证", "在本市连续居住"], mat: [SFZ_DZ], law: [JZZ], days: [1, 0], online: true,
    kw: ["居住证", "签注", "居住证续签", "居住证年审"],
    q: [pg("居住情况", yesNo("addressChanged", "居住地址是否发生变化"), addr("newAddress", "现居住地址", { required: false }))],
  }),
  mk({
    name: "居住证补领、换领", section: GOV, dept: "gaj", theme: "证照",
    summary: "居住证遗失、损坏或登记内容变更时申请补领、换领。",
    cond: ["持有或曾持有南通市居住证"], mat: [SFZ_DZ, PHOTO], law: [JZZ], days: [15, 7],
    fees: "按国家规定收取工本费；换领因登记内容变更的不收费", kw: ["居住证", "居住证补办", "居住证丢了"],
    place: "居住地公安派出所户籍窗口",
  }),
  mk({
    name: "港澳台居民居住证申领", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "在南通居住半年以上、有合法稳定就业、住所或连续就读的港澳台居民申领居住证，享受基本公共服务和便利。",
    cond: ["在本市居住半年以上", "有合法稳定就业、合法稳定住所、连续就读条件之一"],
    mat: [yj("港澳居民来往内地通行证或台湾居民来往大陆通行证"), PHOTO, fy("居住地住址、就业或就读证明")],
    law: [JZZ, "《港澳台居民居住证申领发放办法》"], days: [20, 15], fees: "首次申领免收证件工本费", place: "居住地县（市、区）公安机关出入境窗口",
    kw: ["港澳台居住证", "台胞居住证", "港澳居民居住证", "居住证"],
  }),
  mk({
    name: "居民身份证首次申领", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "本市常住户口公民首次申领居民身份证，现场采集人像和指纹。",
    cond: ["本市常住户口", "年满16周岁应当申领，未满16周岁可以申领"], mat: [HKB, opt(yj("监护人居民身份证"), "未满16周岁由监护人陪同")],
    law: [SFZF], days: [60, 15], fees: "按国家规定收取工本费", place: PLACE.hukou, kw: ["身份证", "办身份证", "第一次办身份证"],
  }),
  mk({
    name: "居民身份证换领", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "居民身份证有效期满、登记项目变更或严重损坏的，申请换领新证，可邮寄到家。",
    cond: ["居民身份证有效期满、登记项目变更或证件严重损坏不能辨认"], mat: [SFZ, opt(HKB, "登记项目变更的提供")],
    law: [`${SFZF}第十一条`], days: [60, 15], fees: "按国家规定收取工本费", place: PLACE.hukou, kw: ["身份证", "换身份证", "身份证到期", "身份证过期"],
  }),
  mk({
    name: "居民身份证补领", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "居民身份证遗失的，申请补领新证，可同时申领临时居民身份证。",
    cond: ["居民身份证遗失"], mat: [HKB], law: [`${SFZF}第十一条`], days: [60, 15], fees: "按国家规定收取工本费", place: PLACE.hukou,
    kw: ["身份证", "身份证丢了", "补办身份证", "挂失身份证"],
  }),
  mk({
    name: "临时居民身份证申领", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "申领、换领、补领居民身份证期间急需使用的，申领临时居民身份证。",
    cond: ["正在申领、换领或补领居民身份证", "急需使用身份证件"], mat: [HKB, PHOTO], law: [SFZF], days: [3, 1],
    fees: "按国家规定收取工本费", place: PLACE.hukou, kw: ["临时身份证", "身份证", "急用身份证"],
  }),
  mk({
    name: "居民身份证异地受理（跨省通办）", section: GOV, dept: "gaj", theme: "证照", kind: "行政确认",
    summary: "外省户籍人员在南通任一户政窗口申请换领、补领居民身份证，办好后邮寄或窗口领取。",
    cond: ["非本市户籍", "申请换领或补领居民身份证（首次申领除外）"], mat: [opt(SFZ, "换领的提供"), opt(HKB)],
    law: [SFZF], days: [60, 20], fees: "按国家规定收取工本费", place: "南通市各公安派出所户籍窗口（异地受理点）",
    kw: ["身份证", "异地办身份证", "跨省通办", "外地人换身份证"],
  }),
];

const crj: Draft[] = [
  mk({
    name: "普通护照签发", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "中国公民因私出国申请普通护照，全国通办，办好后可邮寄。",
    cond: ["中国公民", "无法律规定不准出境的情形"], mat: [SFZ, opt(yj("监护人同意出境意见书"), "未满16周岁的提供"), PHOTO],
    law: ["《中华人民共和国护照法》", CJRJ], days: [15, 7], fees: "按国家规定收取护照工本费", place: PLACE.crj, kw: ["护照", "办护照", "出国", "出入境"],
  }),
  mk({
    name: "普通护照换发、补发", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "护照有效期即将届满、签证页即将用完、损毁或遗失的，申请换发、补发。",
    cond: ["持有或曾持有普通护照", "符合换发或补发情形"], mat: [SFZ, opt(yj("原护照"), "换发的提供"), PHOTO],
    law: ["《中华人民共和国护照法》"], days: [15, 7], fees: "按国家规定收取护照工本费", place: PLACE.crj, kw: ["护照", "换护照", "护照丢了", "护照到期"],
  }),
  mk({
    name: "往来港澳通行证及签注签发", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "内地居民前往香港、澳门申领往来港澳通行证及旅游、探亲、商务等签注。",
    cond: ["内地居民", "无法律规定不准出境的情形"], mat: [SFZ, PHOTO, opt(yj("探亲、商务等签注所需证明材料"))],
    law: ["《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》", CJRJ], days: [15, 7], fees: "按国家规定收取证件工本费和签注费",
    place: PLACE.crj, kw: ["港澳通行证", "去香港", "去澳门", "港澳签注"],
  }),
  mk({
    name: "往来港澳通行证再次签注", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "持有有效电子往来港澳通行证的，在线申请再次签注，无需到现场。",
    cond: ["持有有效的电子往来港澳通行证", "曾在出入境窗口采集指纹和人像"], mat: [SFZ_DZ],
    law: ["《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》"], days: [15, 5], fees: "按国家规定收取签注费", online: true,
    kw: ["港澳通行证", "再次签注", "续签", "去香港", "港澳签注"],
    q: [pg("签注信息", select("endorseType", "签注种类", "group=团队旅游|personal=个人旅游|visit=探亲|business=商务|other=其他"), select("times", "有效次数", "once=一次有效|twice=二次有效")), pg("证件信息", text("permitNo", "往来港澳通行证号码", { validation: { pattern: "^C[0-9A-Z]\\d{7}$", patternMessage: "请输入以C开头的9位证件号码" } }))],
  }),
  mk({
    name: "往来台湾通行证及签注签发", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "大陆居民前往台湾地区申领往来台湾通行证及签注。",
    cond: ["大陆居民", "无法律规定不准出境的情形"], mat: [SFZ, PHOTO, opt(yj("签注所需证明材料"))],
    law: ["《中国公民往来台湾地区管理办法》"], days: [15, 7], fees: "按国家规定收取证件工本费和签注费", place: PLACE.crj, kw: ["台湾通行证", "赴台", "大通证"],
  }),
  mk({
    name: "往来台湾通行证再次签注", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "持有有效电子往来台湾通行证的，在线申请再次签注。",
    cond: ["持有有效的电子往来台湾通行证"], mat: [SFZ_DZ], law: ["《中国公民往来台湾地区管理办法》"], days: [15, 5], fees: "按国家规定收取签注费",
    online: true, kw: ["台湾通行证", "赴台签注", "再次签注"],
    q: [pg("签注信息", select("endorseType", "签注种类", "group=团队旅游|personal=个人旅游|visit=探亲|business=商务|other=其他"), select("times", "有效次数", "once=一次有效|multi=多次有效")), pg("证件信息", text("permitNo", "往来台湾通行证号码"))],
  }),
  mk({
    name: "出入境记录查询", section: GOV, dept: "gaj", theme: "证照",
    summary: "查询本人出入境记录，开具出入境记录查询结果，可用于留学、签证等。",
    cond: ["中国公民本人申请"], mat: [SFZ_DZ], law: [CJRJ], days: [7, 3], online: true, kw: ["出入境记录", "出国记录", "出境记录"],
    q: [pg("查询期间", date("fromDate", "起始日期"), date("toDate", "截止日期"), radio("purpose", "用途", "study=留学|visa=办理签证|job=就业|other=其他"))],
  }),
  mk({
    name: "外国人居留许可签发（工作类）", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "在南通工作的外国人持工作许可申请工作类居留许可。",
    cond: ["已取得外国人工作许可证", "持有效护照和相应签证"], mat: [yj("护照"), fy("外国人工作许可证"), yj("住宿登记证明"), PHOTO, yj("单位邀请函件")],
    law: [CJRJ, "《中华人民共和国外国人入境出境管理条例》"], days: [15, 10], fees: "按国家规定收取居留许可费", place: PLACE.crj,
    kw: ["外国人", "居留许可", "工作居留", "residence permit"],
  }),
  mk({
    name: "外国人签证延期、换发、补发", section: GOV, dept: "gaj", theme: "证照", kind: "行政许可",
    summary: "在华外国人因事由需要延长停留期限或签证损毁、遗失时申请延期、换发、补发。",
    cond: ["持有有效签证在华停留的外国人", "有正当事由"], mat: [yj("护照"), yj("事由证明材料"), PHOTO, yj("住宿登记证明")],
    law: [CJRJ], days: [7, 5], fees: "按国家规定收取签证费", place: PLACE.crj, kw: ["外国人签证", "签证延期", "visa"],
  }),
];

const zhian: Draft[] = [
  mk({
    name: "无犯罪记录证明开具", section: GOV, dept: "gaj", theme: "证照",
    summary: "为本人开具在中国境内的无犯罪记录证明，用于就业、出国、入学等，可在线申请电子证明。",
    cond: ["本市户籍人员或在本市居住的人员", "本人申请或委托他人申请"], mat: [SFZ_DZ, opt(fy("用途说明材料"), "用于出国（境）的提供相关材料")],
    law: ["《公安机关办理犯罪记录查询工作规定》"], days: [3, 1], online: true, kw: ["无犯罪记录证明", "无犯罪证明", "良民证", "政审"],
    q: [pg("证明用途", select("purpose", "证明用途", "job=就业|abroad=出国（境）|adopt=收养|study=入学|other=其他"), text("receiver", "证明使用单位或国家")), pg("证明形式", radio("certForm", "证明形式", "electronic=电子证明|paper=纸质证明（邮寄）"), postAddr())],
  }),
  mk({
    name: "保安员证核发", section: GOV, dept: "gaj", theme: "就业", kind: "行政许可",
    summary: "拟从事保安服务的人员经考试合格后申领保安员证。",
    cond: ["年满18周岁", "身体健康、品行良好", "具有初中以上学历", "无《保安服务管理条例》规定不得担任保安员的情形"],
    mat: [SFZ, yf("学历证明"), PHOTO], law: ["《保安服务管理条例》"], days: [15, 10], steps: ["报名", "背景审查", "考试", "发证"],
    kw: ["保安证", "保安员", "保安上岗"],
  }),
  mk({
    name: "养犬登记", section: GOV, dept: "gaj", theme: "证照",
    summary: "在城市养犬重点管理区域饲养犬只的，办理养犬登记，领取犬牌。",
    cond: ["具有完全民事行为能力", "犬只已接种狂犬病疫苗", "饲养犬只不属于禁养犬种"],
    mat: [SFZ_DZ, fy("犬只狂犬病免疫证明"), yj("犬只正面及侧面照片")], law: ["《中华人民共和国动物防疫法》"], days: [5, 1],
    kw: ["养犬", "狗证", "犬证", "养狗登记", "宠物"],
    place: "居住地公安派出所或犬只登记服务点（示例地址）",
  }),
  mk({
    name: "公章刻制备案", section: GOV, dept: "gaj", aud: "enterprise", theme: "开办",
    summary: "新设立企业刻制公章、财务章、发票专用章等，在线选择刻章企业并备案，与企业开办一并办理。",
    cond: ["已取得营业执照", "选择已备案的公章刻制企业"], mat: [YYZZ, dz("法定代表人居民身份证")],
    law: ["《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》"], days: [1, 0], online: true,
    fees: "刻章费用由企业与刻制单位协商（新开办企业首套印章由政府购买服务免费刻制）", kw: ["刻章", "公章", "印章备案", "刻公章"],
    q: [pg("印章种类", checks("sealTypes", "需刻制的印章", "official=公章|finance=财务专用章|invoice=发票专用章|contract=合同专用章|legalRep=法定代表人名章")), pg("刻章企业", text("engraver", "刻章企业名称"), radio("receiveMethod", "领取方式", "window=政务服务中心领取|post=免费邮寄"))],
  }),
  ...licence(
    {
      name: "旅馆业特种行业许可", cert: "特种行业许可证", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
      summary: "开办旅馆、宾馆、民宿等住宿场所的，申请旅馆业特种行业许可。",
      cond: ["已取得营业执照", "房屋建筑、消防设备、出入口和通道等符合治安、消防要求", "安装旅馆业治安管理信息系统和视频监控"],
      mat: [sqb("特种行业许可证申请登记表"), YYZZ, fy("经营场所产权证明或租赁合同"), yj("经营场所平面图"), yj("治安保卫制度"), fy("消防安全检查意见或承诺")],
      law: ["《旅馆业治安管理办法》"], days: [20, 7], kw: ["旅馆", "宾馆", "民宿", "特行证", "特种行业"], changeItems: "name=旅馆名称|legalRep=法定代表人|rooms=客房数量|address=经营地址",
    },
    ["新办", "变更", "注销"],
  ),
  mk({
    name: "保安服务公司设立许可", section: GOV, dept: "gaj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "设立保安服务公司的，经设区的市公安机关审核后报省公安厅审批。",
    cond: ["注册资本不少于人民币100万元", "拟任的保安服务公司法定代表人和主要管理人员具备规定条件", "有与所提供保安服务相适应的专业技术人员"],
    mat: [sqb("设立保安服务公司申请书"), yj("公司章程"), yj("法定代表人和管理人员任职资格证明"), yj("注册资本证明"), fy("住所和场所证明")],
    law: ["《保安服务管理条例》"], days: [20, 15], visits: 2, kw: ["保安公司", "保安服务", "保安"],
  }),
  mk({
    name: "大型群众性活动安全许可", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "举办预计参加人数1000人以上的体育比赛、演唱会、展览展销等大型群众性活动的，申请安全许可。",
    cond: ["承办者是依法设立的法人或其他组织", "活动场所、设施符合安全要求", "有安全工作方案和安全责任制度"],
    mat: [sqb("大型群众性活动安全许可申请表"), YYZZ, yj("安全工作方案"), yj("场所管理者出具的场所使用证明"), yj("活动方案及说明")],
    law: ["《大型群众性活动安全管理条例》"], days: [7, 5], kw: ["大型活动", "演唱会审批", "活动报备", "安全许可"],
  }),
  mk({
    name: "焰火晚会及其他大型焰火燃放活动许可", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "举办焰火晚会以及其他大型焰火燃放活动的，由主办单位申请燃放许可。",
    cond: ["燃放作业单位具有相应资质", "作业人员持证上岗", "有燃放作业方案和安全措施"],
    mat: [sqb("焰火燃放许可申请表"), yj("燃放作业方案"), fy("燃放作业单位资质证明"), fy("作业人员资格证明"), yj("焰火产品质量证明")],
    law: ["《烟花爆竹安全管理条例》"], days: [20, 10], kw: ["焰火", "烟花燃放", "放烟花"],
  }),
  mk({
    name: "剧毒化学品购买许可证核发", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "依法需要购买剧毒化学品的单位申请剧毒化学品购买许可证。",
    cond: ["有合法用途", "有专职保管人员和安全储存条件"], mat: [sqb("剧毒化学品购买许可证申请表"), YYZZ, yj("购买用途说明"), fy("经办人身份证明")],
    law: ["《危险化学品安全管理条例》"], days: [3, 2], kw: ["剧毒化学品", "危化品购买", "剧毒品"],
  }),
  mk({
    name: "第二类、第三类易制毒化学品购买备案", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营",
    summary: "购买第二类、第三类易制毒化学品的单位在购买前办理备案，取得备案证明。",
    cond: ["有合法用途", "购买数量与生产经营规模相适应"], mat: [YYZZ, fy("购买合同"), yj("用途说明")], law: ["《易制毒化学品管理条例》"],
    days: [1, 0], online: true, kw: ["易制毒", "化学品备案", "易制毒化学品"],
    q: [pg("购买信息", text("chemicalName", "品种名称"), text("quantity", "购买数量（含单位）"), text("supplier", "供货单位")), pg("用途", area("usage", "用途说明"))],
  }),
  mk({
    name: "民用爆炸物品购买许可", section: GOV, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "民用爆炸物品使用单位申请购买民用爆炸物品。",
    cond: ["持有爆破作业单位许可证或工商营业执照（非爆破作业单位）", "有符合规定的储存设施"],
    mat: [sqb("民用爆炸物品购买许可申请表"), YYZZ, fy("爆破作业单位许可证"), yj("购买品种、数量和用途说明")],
    law: ["《民用爆炸物品安全管理条例》"], days: [5, 3], kw: ["民爆", "爆炸物品", "炸药购买"],
  }),
];

const jiaoguan: Draft[] = [
  mk({
    name: "机动车注册登记", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "新购机动车申请注册登记，核发号牌、行驶证和登记证书，可选择“网上选号”。",
    cond: ["机动车所有人在本市有住所", "车辆已投保机动车交通事故责任强制保险", "国产车辆已取得合格证，进口车辆有进口凭证"],
    mat: [SFZ, yj("机动车来历证明（购车发票）"), yj("机动车整车出厂合格证明或进口凭证"), yj("交强险凭证"), dz("车辆购置税完税证明")],
    law: [`${DJTL}第八条`, JDCDJ], days: [2, 1], fees: "按国家和江苏省核定标准收取号牌、行驶证、登记证书工本费", place: PLACE.cgs,
    kw: [...JT_KW, "上牌", "新车上牌", "机动车登记", "选号"],
  }),
  mk({
    name: "机动车转移登记", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "二手车买卖、赠与、继承等所有权转移时办理转移登记（过户）。",
    cond: ["车辆已检验合格且无未处理的交通违法和事故", "现机动车所有人住所在本市"],
    mat: [SFZ, yj("机动车登记证书"), yj("机动车行驶证"), yj("机动车所有权转移证明或凭证"), dz("交强险凭证")],
    law: [JDCDJ], days: [2, 1], place: PLACE.cgs, kw: [...JT_KW, "过户", "二手车过户", "车辆过户"],
  }),
  mk({
    name: "机动车变更登记", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "改变车身颜色、更换发动机、所有人住所迁出等情形办理变更登记。",
    cond: ["机动车发生登记事项变更", "变更后符合机动车国家安全技术标准"], mat: [SFZ, yj("机动车登记证书"), yj("机动车行驶证"), opt(yj("变更事项证明"))],
    law: [JDCDJ], days: [2, 1], place: PLACE.cgs, kw: [...JT_KW, "车辆变更", "改颜色", "换发动机"],
  }),
  mk({
    name: "机动车抵押登记", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "机动车作为抵押物办理抵押登记或解除抵押登记，可由金融机构在线代办。",
    cond: ["机动车所有人与抵押权人已签订抵押合同", "车辆不属于被查封、扣押等状态"], mat: [SFZ_DZ, dz("机动车登记证书"), fy("抵押合同或解除抵押证明")],
    law: [JDCDJ], days: [1, 0], online: true, kw: [...JT_KW, "车辆抵押", "解押", "车贷抵押"],
    q: [pg("车辆信息", plate(), radio("action", "办理类型", "mortgage=抵押登记|release=解除抵押")), pg("抵押权人", text("mortgagee", "抵押权人名称"), text("mortgageContractNo", "抵押合同编号"))],
  }),
  mk({
    name: "机动车注销登记", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "机动车报废、灭失、退车或因质量问题退车等办理注销登记。",
    cond: ["机动车已达到报废标准、灭失或其他应当注销的情形"], mat: [SFZ, opt(yj("报废机动车回收证明")), yj("机动车登记证书"), opt(yj("机动车号牌、行驶证"))],
    law: [JDCDJ], days: [2, 1], place: PLACE.cgs, kw: [...JT_KW, "报废", "车辆注销", "注销车辆"],
  }),
  mk({
    name: "补领、换领机动车号牌和行驶证", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "机动车号牌、行驶证灭失、丢失或损毁的，在线申请补领、换领并邮寄到家。",
    cond: ["机动车号牌或行驶证灭失、丢失、损毁"], mat: [SFZ_DZ], law: [JDCDJ], days: [5, 1], fees: "按国家和江苏省核定标准收取工本费", online: true,
    kw: [...JT_KW, "补牌照", "行驶证补办", "车牌丢了"],
    q: [pg("车辆信息", plate(), checks("items", "补换项目", "plate=号牌|license=行驶证"), radio("reason", "原因", "lost=丢失|damaged=损毁")), pg("邮寄", addr("postAddress", "邮寄地址"))],
  }),
  mk({
    name: "机动车检验标志电子凭证核发", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "机动车安全技术检验合格后，在线领取检验标志电子凭证，无需粘贴纸质标志。",
    cond: ["机动车已检验合格", "无未处理的交通违法和事故"], mat: [SFZ_DZ, dz("机动车行驶证")], law: [`${DJTL}第十三条`, JDCDJ], days: [1, 0], online: true,
    kw: [...JT_KW, "年检", "年审", "电子检验标志", "车检"],
    q: [pg("车辆信息", plate(), text("vinLast6", "车辆识别代号后6位", { validation: { pattern: "^[A-HJ-NPR-Z0-9]{6}$", patternMessage: "请输入车辆识别代号后6位" } }))],
  }),
  mk({
    name: "免检车辆检验标志核发", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "6年以内非营运小微型载客汽车（面包车除外）在检验有效期届满前在线申领检验标志，无需上检测线。",
    cond: ["属于6年以内的非营运小微型载客汽车（面包车除外）", "无未处理的交通违法和事故", "已投保有效的交强险"],
    mat: [SFZ_DZ, dz("交强险凭证")], law: [JDCDJ], days: [1, 0], online: true, kw: [...JT_KW, "免检", "六年免检", "年检", "检验标志"],
    q: [pg("车辆信息", plate(), select("vehicleType", "车辆类型", "small=小型载客汽车|mini=微型载客汽车")), pg("领取方式", radio("receiveMethod", "领取方式", "electronic=电子凭证|post=纸质标志邮寄"), postAddr())],
  }),
  mk({
    name: "临时行驶车号牌核发", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "未销售的机动车、购买后尚未注册登记需要临时上道路行驶的，申领临时号牌。",
    cond: ["机动车尚未注册登记需要临时上路", "已投保交强险"], mat: [SFZ_DZ, fy("购车发票"), fy("机动车整车出厂合格证明"), dz("交强险凭证")],
    law: [JDCDJ], days: [2, 1], online: true, kw: [...JT_KW, "临牌", "临时号牌"],
    q: [pg("车辆信息", text("vin", "车辆识别代号", { validation: { pattern: "^[A-HJ-NPR-Z0-9]{17}$", patternMessage: "请输入17位车辆识别代号" } }), radio("route", "行驶范围", "local=本市范围内|crossCity=跨市行驶")), pg("领取方式", radio("receiveMethod", "领取方式", "electronic=电子临时号牌|post=纸质号牌邮寄"), postAddr())],
  }),
  mk({
    name: "机动车驾驶证初次申领", section: TRA, dept: "gaj", theme: "出行", kind: "行政许可",
    summary: "学习驾驶并通过科目一至科目四考试后申领机动车驾驶证。",
    cond: ["符合申请驾驶证的年龄和身体条件", "无不得申请驾驶证的情形", "在驾驶培训机构完成学习"],
    mat: [SFZ, yj("机动车驾驶人身体条件证明"), PHOTO], law: [`${DJTL}第十九条`, JSZ], days: [20, 10],
    steps: ["报名受理", "科目一考试", "科目二考试", "科目三考试", "核发驾驶证"], fees: "按江苏省核定标准收取考试费和驾驶证工本费", place: PLACE.cgs,
    kw: [...JT_KW, "考驾照", "驾照", "驾驶证", "学车"],
  }),
  mk({
    name: "机动车驾驶证有效期满换证", section: TRA, dept: "gaj", theme: "出行", kind: "行政许可",
    summary: "驾驶证有效期满前90日内在线申请换证，新证邮寄到家。",
    cond: ["驾驶证有效期满前90日内", "身体条件符合驾驶许可条件", "驾驶证未被扣押、记满12分等"],
    mat: [SFZ_DZ, fy("机动车驾驶人身体条件证明", "已在医疗机构联网提交的无需上传"), yj("驾驶证照片", "白色背景彩色照片")], law: [JSZ], days: [5, 1], online: true,
    kw: [...JT_KW, "驾照到期", "换驾照", "驾驶证换证"],
    q: [pg("驾驶证信息", text("licenseFileNo", "驾驶证档案编号", { validation: { pattern: "^\\d{12}$", patternMessage: "请输入12位档案编号" } }), date("expiryDate", "有效期截止日期")), pg("邮寄", addr("postAddress", "邮寄地址"))],
  }),
  mk({
    name: "机动车驾驶证补领", section: TRA, dept: "gaj", theme: "出行", kind: "行政许可",
    summary: "驾驶证遗失的，在线申请补领并邮寄。",
    cond: ["驾驶证遗失", "驾驶证处于正常状态"], mat: [SFZ_DZ, yj("驾驶证照片")], law: [JSZ], days: [5, 1], online: true,
    kw: [...JT_KW, "驾照丢了", "补驾照", "驾驶证补办"],
    q: [pg("驾驶证信息", text("licenseFileNo", "驾驶证档案编号", { validation: { pattern: "^\\d{12}$", patternMessage: "请输入12位档案编号" } })), pg("邮寄", addr("postAddress", "邮寄地址"))],
  }),
  mk({
    name: "境外机动车驾驶证换领", section: TRA, dept: "gaj", theme: "出行", kind: "行政许可",
    summary: "持境外机动车驾驶证的人员经科目一考试合格后换领中国驾驶证。",
    cond: ["持有效的境外机动车驾驶证", "在境外驾驶证发证国家或地区一次性居留3个月以上"],
    mat: [SFZ, yj("境外机动车驾驶证及中文翻译文本"), yj("身体条件证明"), yj("出入境记录"), PHOTO], law: [JSZ], days: [10, 5],
    place: PLACE.cgs, kw: [...JT_KW, "国外驾照", "境外驾照换证", "外国驾照"],
  }),
  mk({
    name: "机动车驾驶证延期办理", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "因出国（境）、服兵役等原因无法按期换证、审验或提交身体条件证明的，申请延期。",
    cond: ["在国（境）外、服兵役或其他正当理由无法按期办理"], mat: [SFZ_DZ, fy("延期事由证明")], law: [JSZ], days: [1, 0], online: true,
    kw: [...JT_KW, "驾照延期", "延期换证"],
    q: [pg("延期事项", radio("deferItem", "延期事项", "renew=延期换证|review=延期审验|health=延期提交身体条件证明"), select("reason", "延期原因", "abroad=在国（境）外|military=服兵役|other=其他正当理由"), date("deferUntil", "延期至"))],
  }),
  mk({
    name: "提交机动车驾驶人身体条件证明", section: TRA, dept: "gaj", theme: "出行",
    summary: "年龄在70周岁以上及持大中型客货车驾驶证的驾驶人按规定周期在线提交身体条件证明。",
    cond: ["年龄在70周岁以上，或持有大中型客货车驾驶证"], mat: [SFZ_DZ, fy("机动车驾驶人身体条件证明")], law: [JSZ], days: [1, 0], online: true,
    kw: [...JT_KW, "体检", "驾驶人体检", "70岁驾照"],
    q: [pg("体检信息", text("hospital", "体检医疗机构"), date("examDate", "体检日期"))],
  }),
  mk({
    name: "机动车驾驶证审验", section: TRA, dept: "gaj", theme: "出行", kind: "其他行政权力",
    summary: "持大中型客货车驾驶证等驾驶人按规定参加审验教育，可在线学习完成审验。",
    cond: ["持大中型客货车、校车等驾驶证或记分达到规定分值", "已完成规定学时的审验教育"], mat: [SFZ_DZ], law: [JSZ], days: [1, 0], online: true,
    kw: [...JT_KW, "驾驶证审验", "年审", "网上审验"],
    q: [pg("审验信息", select("reviewType", "审验类型", "annual=大中型客货车年度审验|points=记分周期审验|school=校车驾驶人审验"), yesNo("studyCompleted", "是否已完成网上审验教育"))],
  }),
  mk({
    name: "交通违法网上处理", section: TRA, dept: "gaj", theme: "出行", kind: "其他行政权力",
    summary: "机动车驾驶人在线处理本人名下车辆的非现场交通违法记录并缴纳罚款。",
    cond: ["违法行为为电子监控记录的非现场违法", "违法记录符合网上处理条件"], mat: [SFZ_DZ, dz("机动车驾驶证")], law: [DJTL], days: [1, 0],
    fees: "按《中华人民共和国道路交通安全法》及江苏省实施办法规定的罚款标准缴纳", online: true, kw: [...JT_KW, "违章", "违章处理", "交通违法", "罚款"],
    q: [pg("违法信息", plate(), text("violationNo", "违法记录编号"), radio("payMethod", "罚款缴纳方式", "online=网上缴款|bank=银行代收"))],
  }),
  mk({
    name: "道路交通事故快处快赔", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "仅造成车辆损失、事实清楚的轻微交通事故，当事人在线上传照片自行协商定责并快速理赔。",
    cond: ["仅造成财产损失", "事故双方对事实和成因无争议", "车辆能够移动"], mat: [yj("事故现场照片"), dz("机动车驾驶证"), dz("机动车行驶证")], law: [DJTL], days: [1, 0], online: true,
    kw: [...JT_KW, "交通事故", "快处快赔", "剐蹭", "轻微事故"],
    q: [pg("事故信息", date("accidentDate", "事故日期"), addr("accidentPlace", "事故地点")), pg("事故双方", plate("ownPlate", "本方号牌号码"), plate("otherPlate", "对方号牌号码"), radio("responsibility", "责任认定", "own=本方全责|other=对方全责|equal=同等责任"))],
  }),
  mk({
    name: "道路交通事故认定复核", section: TRA, dept: "gaj", theme: "出行", kind: "其他行政权力",
    summary: "当事人对道路交通事故认定有异议的，向上一级公安机关交通管理部门申请复核。",
    cond: ["收到事故认定书之日起3日内提出", "当事人未向人民法院提起诉讼"], mat: [yj("复核申请书"), SFZ, yj("道路交通事故认定书")], law: [DJTL, "《道路交通事故处理程序规定》"],
    days: [30, 20], place: "南通市公安局交通警察支队事故处理大队（示例地址）", kw: [...JT_KW, "事故复核", "责任认定异议"],
  }),
  mk({
    name: "电动自行车登记上牌", section: TRA, dept: "gaj", theme: "出行", kind: "行政确认",
    summary: "购买符合国家标准的电动自行车后，办理登记并领取号牌。",
    cond: ["车辆符合《电动自行车安全技术规范》（GB 17761-2018）", "车辆来历合法"], mat: [SFZ, yj("购车发票"), yj("产品合格证及CCC认证证书")],
    law: [DJTL], days: [1, 0], place: "本市电动自行车登记服务点（示例地址）", kw: ["电动车上牌", "电瓶车上牌", "电动自行车", "小电驴"],
  }),
  mk({
    name: "校车使用许可", section: TRA, dept: "gaj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "学校或校车服务提供者申请校车使用许可，取得校车标牌。",
    cond: ["车辆符合校车安全国家标准并经检验合格", "有取得校车驾驶资格的驾驶人", "有包括行驶线路、开行时间和停靠站点的合理可行的校车运行方案"],
    mat: [sqb("校车使用许可申请表"), fy("机动车行驶证"), fy("校车驾驶人驾驶证"), yj("校车运行方案"), yj("校车安全管理制度"), fy("机动车承运人责任保险凭证")],
    law: ["《校车安全管理条例》"], days: [20, 10], kw: ["校车", "校车许可", "校车标牌"],
  }),
];

export const PUBLIC_SECURITY: Draft[] = [...hukou, ...crj, ...zhian, ...jiaoguan];
