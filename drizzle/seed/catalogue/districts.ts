/**
 * People-facing items run by each of the seven district/county governments (崇川区 … 如东县), with the
 * district name in the item name. SAMPLE DATA — see ./items.ts.
 */
import {
  CUL, GOV, LIFE, HKB, PHOTO, SFZ, SFZ_DZ, WTS,
  addr, area, bankCard, bankName, checks, date, dz, fy, grassroots, idcard, opt, perDistrict, person, pg, radio, select, sqb,
  text, yesNo, yj,
  type District, type Draft, type Spec,
} from "./helpers";

const LNR = "《中华人民共和国老年人权益保障法》";
const JZTL = "《社会救助暂行办法》";
const JSJZ = "《江苏省社会救助办法》";
const CJR = "《中华人民共和国残疾人保障法》";
const YWJY = "《中华人民共和国义务教育法》";
const PAY = pg("收款账户", bankName(), bankCard());
const ASSIST_STEPS = ["申请", "镇（街道）受理", "入户调查和核对", "村（居）公示", "县级民政部门审批", "发放"];

/** Each template produces one item per district. */
const templates: { make: (d: District) => Spec; only?: string[] }[] = [
  {
    make: (d) => ({
      name: `${d.shortName}老年人优待证办理`, section: LIFE, dept: d.code, theme: "养老",
      summary: `${d.shortName}户籍或常住的60周岁以上老年人在线申领老年人优待证，享受景区、公共交通等优待。`,
      cond: ["年满60周岁", `${d.shortName}户籍，或持有${d.shortName}居住证`], mat: [SFZ_DZ, PHOTO], law: [LNR, "《江苏省老年人权益保障条例》"],
      days: [5, 1], online: true, kw: ["老年证", "老年人优待证", "敬老", "优待证"],
      q: [pg("领证方式", radio("receiveMethod", "领证方式", "electronic=电子优待证|post=实体证邮寄|window=社区领取"), addr("postAddress", "邮寄地址", { required: false }))],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}高龄老人尊老金申领`, section: LIFE, dept: d.code, theme: "养老", kind: "行政给付",
      summary: `${d.shortName}户籍80周岁以上老年人按月领取尊老金（高龄津贴），首次申领后按月发放。`,
      cond: ["年满80周岁", `${d.shortName}户籍`], mat: [SFZ, HKB, yj("本人银行卡或社会保障卡"), WTS], law: [LNR, "《江苏省老年人权益保障条例》"],
      days: [20, 10], steps: ["申请", "村（居）初审", "镇（街道）审核", "县级民政部门审批", "按月发放"], place: grassroots(d),
      kw: ["尊老金", "高龄津贴", "高龄补贴", "80岁补贴"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}居家养老服务补贴申请`, section: LIFE, dept: d.code, theme: "养老", kind: "行政给付",
      summary: `${d.shortName}户籍的低保、特困、失能等困难老年人申请政府购买的居家养老上门服务。`,
      cond: [`${d.shortName}户籍60周岁以上老年人`, "属于低保、低保边缘、特困、失能或失独等困难老年人之一", "居家生活且有服务需求"],
      mat: [sqb("居家养老服务补贴申请表"), SFZ, HKB, opt(yj("困难身份或失能评估证明"))], law: [LNR, "《江苏省养老服务条例》"],
      days: [20, 15], steps: ["申请", "镇（街道）审核", "需求评估", "县级民政部门审批", "派单服务"], place: grassroots(d), kw: ["居家养老", "上门服务", "养老补贴", "助老"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}老年人助餐服务申请`, section: LIFE, dept: d.code, theme: "养老",
      summary: `${d.shortName}60周岁以上老年人在线申请社区助餐点（长者食堂）就餐或送餐上门，符合条件的享受就餐补贴。`,
      cond: ["年满60周岁", `在${d.shortName}居住`], mat: [SFZ_DZ], law: [LNR, "《江苏省养老服务条例》"], days: [3, 1],
      kw: ["助餐", "长者食堂", "老年食堂", "送餐上门"],
      place: "居住地社区（村）助餐点",
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}最低生活保障申请`, section: LIFE, dept: d.code, theme: "社保", kind: "行政给付",
      summary: `${d.shortName}户籍家庭人均收入低于当地低保标准且财产符合规定的，申请最低生活保障。`,
      cond: [`共同生活的家庭成员持有${d.shortName}户籍`, "家庭人均收入低于当地最低生活保障标准", "家庭财产状况符合规定"],
      mat: [sqb("最低生活保障申请书"), SFZ, HKB, yj("家庭经济状况核对授权书"), opt(yj("残疾、疾病等特殊情况证明"))], law: [JZTL, JSJZ, "《最低生活保障审核确认办法》"],
      days: [30, 20], steps: ASSIST_STEPS, place: grassroots(d), kw: ["低保", "最低生活保障", "困难补助", "社会救助"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}特困人员救助供养申请`, section: LIFE, dept: d.code, theme: "社保", kind: "行政给付",
      summary: `${d.shortName}户籍无劳动能力、无生活来源且无法定赡养抚养扶养义务人的老年人、残疾人和未成年人，申请特困人员救助供养。`,
      cond: ["无劳动能力", "无生活来源", "无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力"],
      mat: [sqb("特困人员救助供养申请书"), SFZ, HKB, yj("家庭经济状况核对授权书"), opt(yj("残疾人证"))], law: [JZTL, JSJZ, "《特困人员认定办法》"],
      days: [30, 20], steps: ASSIST_STEPS, place: grassroots(d), kw: ["特困", "五保", "特困供养", "社会救助"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}临时救助申请`, section: LIFE, dept: d.code, theme: "社保", kind: "行政给付",
      summary: `因火灾、交通事故、重大疾病等突发原因导致基本生活暂时出现严重困难的${d.shortName}家庭或个人，在线申请临时救助。`,
      cond: ["因意外事件、突发重大疾病等导致基本生活暂时出现严重困难", `${d.shortName}户籍或在${d.shortName}居住`],
      mat: [SFZ_DZ, fy("困难情况证明（如医疗费用票据、事故证明）")], law: [JZTL, JSJZ, "《国务院关于全面建立临时救助制度的通知》"], days: [10, 5],
      kw: ["临时救助", "急难救助", "困难救助", "社会救助"],
      place: grassroots(d),
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}困难残疾人生活补贴和重度残疾人护理补贴申领`, section: LIFE, dept: d.code, theme: "残疾人", kind: "行政给付",
      summary: `${d.shortName}户籍持证残疾人在线申领困难残疾人生活补贴、重度残疾人护理补贴（残疾人两项补贴）。`,
      cond: ["持有第二代中华人民共和国残疾人证", `${d.shortName}户籍`, "生活补贴：低保家庭中的残疾人；护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人"],
      mat: [dz("残疾人证"), SFZ_DZ], law: [CJR, "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"], days: [20, 15], online: true,
      kw: ["残疾人补贴", "两项补贴", "护理补贴", "生活补贴"],
      q: [pg("残疾信息", text("disabilityCertNo", "残疾人证号"), select("disabilityType", "残疾类别", "vision=视力|hearing=听力|speech=言语|physical=肢体|intellectual=智力|mental=精神|multiple=多重"), select("disabilityLevel", "残疾等级", "1=一级|2=二级|3=三级|4=四级")), pg("申领项目", checks("subsidies", "申领项目", "living=困难残疾人生活补贴|care=重度残疾人护理补贴")), PAY],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}残疾人证新办`, section: LIFE, dept: d.code, theme: "残疾人", kind: "行政确认",
      summary: `${d.shortName}户籍残疾人经指定医疗机构评定后，申领第二代中华人民共和国残疾人证。`,
      cond: [`${d.shortName}户籍`, "符合残疾标准", "经指定医疗机构残疾评定"], mat: [SFZ, HKB, PHOTO, opt(yj("相关病历资料"))], law: [CJR, "《中华人民共和国残疾人证管理办法》"],
      days: [30, 20], visits: 2, steps: ["申请", "残疾评定", "审核", "公示", "发证"], place: `${d.shortName}残疾人联合会服务窗口（示例地址）`, kw: ["残疾证", "办残疾证", "残疾评定"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}小学一年级新生入学登记`, section: CUL, dept: d.code, theme: "上学",
      summary: `${d.shortName}适龄儿童在线登记小学一年级入学信息，按施教区划分安排入学。`,
      cond: ["当年8月31日前年满6周岁", `户籍、房产或父母居住证明在${d.shortName}对应施教区`], mat: [dz("居民户口簿"), opt(dz("不动产权证书")), opt(fy("居住证及社保缴纳证明"), "随迁子女提供")], law: [YWJY],
      days: [20, 10], online: true, kw: ["入学", "小学报名", "一年级", "幼升小", "施教区"],
      q: [pg("儿童信息", person("childName", "儿童姓名"), idcard("childIdCard", "儿童居民身份证号码"), date("childBirth", "出生日期")), pg("入学依据", radio("basis", "入学类别", "hukouHouse=户籍与房产一致|house=有房无户|hukou=有户无房|migrant=随迁子女"), addr("houseAddress", "房产或实际居住地址")), pg("意向学校", text("school", "施教区对应小学"))],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}幼儿园新生入园报名`, section: CUL, dept: d.code, theme: "上学",
      summary: `${d.shortName}适龄幼儿在线报名公办幼儿园和普惠性民办幼儿园小班。`,
      cond: ["当年8月31日前年满3周岁", `户籍或居住地在${d.shortName}`], mat: [dz("居民户口簿"), opt(dz("不动产权证书"))], law: ["《中华人民共和国学前教育法》"],
      days: [20, 10], online: true, kw: ["入园", "幼儿园报名", "小班", "上幼儿园"],
      q: [pg("幼儿信息", person("childName", "幼儿姓名"), idcard("childIdCard", "幼儿居民身份证号码"), date("childBirth", "出生日期")), pg("报名", text("kindergarten", "意向幼儿园"), addr("houseAddress", "居住地址"))],
    }),
  },
  {
    only: ["tongzhou", "haimen", "rugao", "qidong", "haian", "rudong"],
    make: (d) => ({
      name: `${d.shortName}图书馆读者证办理`, section: CUL, dept: d.code, theme: "证照",
      summary: `在${d.shortName}图书馆及其分馆办理读者证，可与南通市图书馆通借通还。`,
      cond: ["持有效身份证件"], mat: [SFZ], law: ["《中华人民共和国公共图书馆法》"], days: [1, 0], place: `${d.shortName}图书馆总服务台（示例地址）`,
      kw: ["图书馆", "借书证", "读者证", "借书"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}政府信息公开申请`, section: GOV, dept: d.code, theme: "证照",
      summary: `向${d.name}及其部门申请获取政府信息。`,
      cond: [`申请公开的信息属于${d.name}或其部门制作或保存的政府信息`], mat: [SFZ_DZ], law: ["《中华人民共和国政府信息公开条例》第三十三条"], days: [20, 15], online: true,
      kw: ["信息公开", "依申请公开", "政府信息"],
      q: [pg("申请内容", text("infoTitle", "所需政府信息的名称、文号或描述"), text("agency", "信息制作或保存的部门", { required: false })), pg("获取方式", radio("format", "提供形式", "electronic=电子文档|paper=纸质文本"), radio("delivery", "获取方式", "email=电子邮件|post=邮寄|pickup=自行领取"))],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}门（楼）牌号码证明开具`, section: GOV, dept: d.code, theme: "户籍",
      summary: `为${d.shortName}范围内已编制门（楼）牌号码的房屋出具门牌号码证明，用于户口登记、水电开户、不动产登记等。`,
      cond: ["房屋已编制门（楼）牌号码", "申请人为房屋产权人或使用人"], mat: [SFZ, opt(yj("房屋权属证明或使用证明"))], law: ["《地名管理条例》"],
      days: [5, 1], place: `${d.shortName}民政局地名服务窗口（${d.shortName}政务服务中心，示例地址）`, kw: ["门牌证明", "门牌号", "地址证明", "楼牌"],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}网上信访事项提交`, section: GOV, dept: d.code, theme: "证照", kind: "其他行政权力",
      summary: `向${d.name}及其部门在线提出建议、意见或投诉请求，可查询办理进度和答复意见。`,
      cond: ["信访事项属于本级行政机关职责范围", "信访人如实提供真实姓名、联系方式和诉求"], mat: [SFZ_DZ, opt(fy("相关证明材料"))], law: ["《信访工作条例》"],
      days: [60, 30], online: true, kw: ["信访", "网上信访", "投诉", "反映问题"],
      q: [pg("信访事项", select("category", "问题类别", "land=土地征收|housing=住房和物业|labor=劳动社保|environment=生态环境|urban=城乡建设|other=其他"), text("title", "事项标题", { validation: { maxLength: 60 } }), area("content", "主要诉求和事实理由")), pg("处理情况", yesNo("reportedBefore", "此前是否已向有关部门反映"), text("previousOrg", "已反映的部门", { required: false }))],
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}法律援助申请`, section: GOV, dept: d.code, theme: "证照",
      summary: `经济困难或符合法定情形的公民，向${d.shortName}法律援助中心申请免费的法律咨询、代理和刑事辩护。`,
      cond: ["因经济困难没有委托代理人", "属于请求支付劳动报酬、给予社会保险待遇、请求给付赡养费抚养费等法律援助事项范围", "经济困难标准按当地规定执行（符合免予核查情形的除外）"],
      mat: [SFZ_DZ, yj("经济困难状况说明或证明"), fy("与所申请法律援助事项有关的材料")], law: ["《中华人民共和国法律援助法》"],
      days: [7, 5], kw: ["法律援助", "免费律师", "法援", "打官司"],
      place: `${d.shortName}法律援助中心（示例地址）`,
    }),
  },
  {
    make: (d) => ({
      name: `${d.shortName}退役军人优待证申领`, section: GOV, dept: d.code, theme: "证照",
      summary: `${d.shortName}户籍的退役军人和其他优抚对象在线申领优待证，享受交通、文旅等优待。`,
      cond: [`${d.shortName}户籍退役军人或烈士、因公牺牲军人、病故军人遗属`, "已在退役军人事务部门采集信息"], mat: [SFZ_DZ, PHOTO, opt(fy("退役证件"))],
      law: ["《中华人民共和国退役军人保障法》", "《中华人民共和国军人地位和权益保障法》"], days: [20, 10], kw: ["退役军人", "优待证", "军人优待"],
      place: `${d.shortName}退役军人服务中心（示例地址）`,
    }),
  },
  {
    only: ["tongzhou", "haimen", "rugao", "qidong", "haian", "rudong"],
    make: (d) => ({
      name: `${d.shortName}农村村民宅基地申请`, section: LIFE, dept: d.code, theme: "住房", kind: "行政许可",
      summary: `${d.shortName}农村集体经济组织成员申请宅基地用于建造自住住房，经村民小组、村集体和镇政府审核后批准。`,
      cond: ["本集体经济组织成员，一户只能拥有一处宅基地", "符合国土空间规划和村庄规划", "出卖、出租、赠与住宅后再申请宅基地的不予批准"],
      mat: [sqb("农村宅基地和建房（规划许可）申请表"), SFZ, HKB, yj("农村宅基地使用承诺书"), yj("村民小组会议记录")], law: ["《中华人民共和国土地管理法》第六十二条"],
      days: [20, 15], steps: ["申请", "村级审查", "镇级联审", "镇政府审批", "放样开工", "竣工验收"], place: `${d.shortName}户籍所在镇人民政府便民服务中心`,
      kw: ["宅基地", "农村建房", "盖房子", "翻建"],
    }),
  },
  {
    only: ["tongzhou", "haimen", "rugao", "qidong", "haian", "rudong"],
    make: (d) => ({
      name: `${d.shortName}农村危房改造申请`, section: LIFE, dept: d.code, theme: "住房", kind: "行政给付",
      summary: `${d.shortName}农村低收入群体等重点对象的住房经鉴定为危房的，申请农村危房改造补助。`,
      cond: ["属于农村低保户、分散供养特困人员、低保边缘家庭等重点对象", "住房经鉴定为C级或D级危房", "本人或家庭无其他安全住房"],
      mat: [sqb("农村危房改造申请表"), SFZ, HKB, yj("困难身份证明"), yj("房屋危险性鉴定结果")], law: ["《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》"],
      days: [30, 20], steps: ["申请", "村级评议", "镇级审核", "县级审批", "改造施工", "竣工验收", "补助发放"], place: `${d.shortName}户籍所在镇人民政府便民服务中心`,
      kw: ["危房改造", "农村危房", "房屋改造补助"],
    }),
  },
];

export const DISTRICT_ITEMS: Draft[] = templates.flatMap((t) => perDistrict(t.make, t.only));
