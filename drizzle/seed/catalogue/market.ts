/**
 * 市场监管局 (scjgj), 行政审批局 (xzspj), 发改委 (fgw), 工信局 (gxj), 商务局 (swj), 应急管理局 (yjglj), 数据局 (sjj).
 * SAMPLE DATA — see ./items.ts.
 */
import {
  ECO, GOV, LIFE, PHOTO, SFZ, SFZ_DZ, YYZZ, FR_ID,
  addr, area, area_m2, bankCard, bankName, checks, count, date, dz, email, fy, idcard, licence, mk, money, num, opt, person, pg, plate, radio,
  select, sqb, text, yesNo, yf, yj,
  type Draft, type Q,
} from "./helpers";
import type { Material } from "./types";

const DJTL = "《中华人民共和国市场主体登记管理条例》";
const DJXZ = "《中华人民共和国市场主体登记管理条例实施细则》";
const GSF = "《中华人民共和国公司法》";
const SPAQ = "《中华人民共和国食品安全法》";
const TZSB = "《中华人民共和国特种设备安全法》";
const YPGL = "《中华人民共和国药品管理法》";
const QXTL = "《医疗器械监督管理条例》";
const DJ_KW = ["营业执照", "工商登记", "企业登记"];
const KB_KW = [...DJ_KW, "开公司", "注册公司", "企业开办"];

const SCOPE = area("businessScope", "经营范围", { hint: "按《经营范围登记规范表述目录》选择规范表述", validation: { maxLength: 1000 } });
const companyPages = (entity: string): Q[] => [
  pg(`${entity}名称和住所`, text("entityName", "名称", { hint: "已通过名称自主申报的名称", validation: { minLength: 4, maxLength: 60 } }), addr("entityAddress", "住所（经营场所）"), yesNo("addressPromise", "是否采用住所申报承诺制")),
  pg("经营范围", SCOPE),
];
const registerSteps = ["网上申请", "受理", "审核", "核准登记", "电子营业执照发放"];

// ---------------------------------------------------------------- 市场监管局
const registration: Draft[] = [
  mk({
    name: "企业名称自主申报", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办",
    summary: "企业设立或变更名称前，在线自主查询、比对并申报企业名称。",
    cond: ["名称符合《企业名称登记管理规定》", "不与同行业在先登记的企业名称相同或近似"], mat: [SFZ_DZ], law: ["《企业名称登记管理规定》", "《企业名称登记管理规定实施办法》"],
    days: [1, 0], online: true, kw: [...KB_KW, "企业名称", "核名", "起名字"],
    q: [pg("名称组成", text("district", "行政区划", { hint: "如：南通" }), text("tradeName", "字号", { validation: { minLength: 2, maxLength: 10 } }), text("industry", "行业或经营特点"), select("orgForm", "组织形式", "llc=有限公司|jsc=股份有限公司|sole=个人独资企业（厂、店、中心）|partnership=合伙企业"))],
  }),
  mk({
    name: "企业设立登记（有限责任公司）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "设立有限责任公司，一次申请同步办理营业执照、公章刻制、涉税事项、社保和公积金登记，1个工作日内办结。",
    cond: ["股东符合法定人数", "有符合公司章程规定的全体股东认缴的出资额（5年内缴足）", "股东共同制定公司章程", "有公司名称、住所和组织机构"],
    mat: [sqb("公司登记（备案）申请书"), yj("公司章程"), dz("股东主体资格证明"), dz("法定代表人、董事、监事和经理身份证明"), opt(fy("住所使用证明"), "未采用承诺制的提供")],
    law: [GSF, DJTL, DJXZ], days: [3, 1], steps: registerSteps, online: true, kw: [...KB_KW, "有限公司", "公司注册", "企业设立登记"],
    q: [...companyPages("公司"), pg("注册资本和股东", money("registeredCapital", "注册资本（万元）", { hint: "单位：万元" }), count("shareholderCount", "股东人数", 50)), pg("法定代表人", person("legalRepName", "法定代表人姓名"), idcard("legalRepIdCard", "法定代表人居民身份证号码"), radio("legalRepRole", "法定代表人职务", "chairman=董事长|director=董事|manager=经理"))],
  }),
  mk({
    name: "企业设立登记（个人独资企业）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "自然人投资设立个人独资企业，在线申请营业执照。",
    cond: ["投资人为一个自然人", "有合法的企业名称", "有投资人申报的出资", "有固定的生产经营场所和必要的生产经营条件"],
    mat: [sqb("个人独资企业登记（备案）申请书"), dz("投资人身份证明"), opt(fy("住所使用证明"), "未采用承诺制的提供")], law: ["《中华人民共和国个人独资企业法》", DJTL],
    days: [3, 1], steps: registerSteps, online: true, kw: [...KB_KW, "个人独资", "个独", "企业设立登记"],
    q: [...companyPages("企业"), pg("出资", money("capital", "投资人申报的出资额（万元）", { hint: "单位：万元" }), radio("capitalType", "出资方式", "personal=个人财产出资|family=家庭共有财产出资"))],
  }),
  mk({
    name: "企业设立登记（合伙企业）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "设立普通合伙企业或有限合伙企业，在线申请营业执照。",
    cond: ["有二个以上合伙人", "有书面合伙协议", "有合伙人认缴或者实际缴付的出资", "有合伙企业的名称和生产经营场所"],
    mat: [sqb("合伙企业登记（备案）申请书"), yj("合伙协议"), dz("全体合伙人主体资格证明"), yj("全体合伙人委托执行事务合伙人的委托书")], law: ["《中华人民共和国合伙企业法》", DJTL],
    days: [3, 1], steps: registerSteps, online: true, kw: [...KB_KW, "合伙企业", "有限合伙", "企业设立登记"],
    q: [...companyPages("合伙企业"), pg("合伙人", radio("partnershipType", "合伙企业类型", "general=普通合伙|special=特殊普通合伙|limited=有限合伙"), count("partnerCount", "合伙人数", 50), money("totalCapital", "认缴出资总额（万元）", { hint: "单位：万元" }))],
  }),
  mk({
    name: "企业设立登记（外商投资企业）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "外国投资者在南通投资设立公司或合伙企业，申请设立登记并同步报送外商投资信息。",
    cond: ["不属于外商投资准入负面清单禁止投资的领域", "限制类领域符合负面清单规定的条件", "符合公司法或合伙企业法规定的设立条件"],
    mat: [sqb("外商投资企业登记（备案）申请书"), yj("公司章程或合伙协议"), yj("外国投资者主体资格证明（经公证认证）"), yj("法律文件送达授权委托书"), fy("住所使用证明")],
    law: ["《中华人民共和国外商投资法》", GSF, DJTL], days: [3, 2], kw: [...KB_KW, "外资企业", "外商投资", "企业设立登记"],
  }),
  mk({
    name: "个体工商户设立登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "有经营能力的公民开个体店，在线申请个体工商户营业执照，即时办结。",
    cond: ["有经营能力的公民", "有经营场所", "经营范围不属于法律法规禁止的行业"], mat: [SFZ_DZ, opt(fy("经营场所使用证明"), "未采用承诺制的提供")],
    law: ["《促进个体工商户发展条例》", DJTL], days: [3, 0], steps: ["网上申请", "系统核验", "即时核准", "电子营业执照发放"], online: true,
    kw: [...DJ_KW, "个体户", "个体工商户", "开店", "小店执照"],
    q: [pg("个体户信息", text("shopName", "个体户名称", { required: false, hint: "可以不起字号" }), addr("shopAddress", "经营场所"), select("organizeForm", "组成形式", "personal=个人经营|family=家庭经营")), pg("经营范围", SCOPE), pg("经营者", count("staffCount", "从业人数", 1000), money("capital", "资金数额（万元）", { hint: "单位：万元" }))],
  }),
  mk({
    name: "农民专业合作社设立登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: "农民专业合作社申请设立登记，取得营业执照。",
    cond: ["有五名以上符合规定的成员，农民至少占成员总数的百分之八十", "有符合规定的章程", "有符合规定的组织机构", "有符合规定的名称和章程确定的住所"],
    mat: [sqb("农民专业合作社登记申请书"), yj("全体设立人签名、盖章的设立大会纪要"), yj("章程"), yj("成员名册及身份证明"), yj("出资清单")],
    law: ["《中华人民共和国农民专业合作社法》", DJTL], days: [3, 2], kw: [...DJ_KW, "合作社", "农民合作社", "专业合作社"],
  }),
  mk({
    name: "企业变更登记（名称、住所、法定代表人）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "变更", kind: "行政许可",
    summary: "企业名称、住所、法定代表人、经营范围等登记事项变更，在线申请换发营业执照。",
    cond: ["变更事项已按章程规定作出决议或决定", "变更后的事项符合法律规定"], mat: [sqb("变更登记申请书"), yj("股东会决议或股东决定"), yj("章程修正案"), opt(fy("新住所使用证明"), "变更住所且未采用承诺制的提供"), YYZZ],
    law: [GSF, DJTL], days: [3, 1], online: true, kw: [...DJ_KW, "变更登记", "改名", "换地址", "换法人"],
    q: [pg("变更事项", checks("changeItems", "变更事项", "name=名称|address=住所|legalRep=法定代表人|scope=经营范围|type=企业类型"), text("changeDetail", "变更前后内容", { validation: { maxLength: 500 } })), pg("决议", date("resolutionDate", "股东会决议（股东决定）日期"))],
  }),
  mk({
    name: "企业变更登记（股东、股权转让）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "变更", kind: "行政许可",
    summary: "有限责任公司股东转让股权或股东姓名、名称变化的，在线申请变更登记。",
    cond: ["股权转让符合公司章程规定", "股权未被冻结、未出质"], mat: [sqb("变更登记申请书"), yj("股权转让协议"), yj("股东会决议或股东决定"), dz("新股东主体资格证明"), YYZZ],
    law: [GSF, DJTL], days: [3, 1], online: true, kw: [...DJ_KW, "股权转让", "股东变更", "变更登记"],
    q: [pg("转让方", text("transferor", "转让方姓名或名称"), num("transferRatio", "转让出资比例（%）", { validation: { min: 0, max: 100 } })), pg("受让方", text("transferee", "受让方姓名或名称"), text("transfereeId", "受让方证件号码"), money("price", "转让价格（万元）", { hint: "单位：万元" }))],
  }),
  mk({
    name: "企业变更登记（注册资本）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "变更", kind: "行政许可",
    summary: "公司增加或减少注册资本的，在线申请变更登记（减资须先公告）。",
    cond: ["增资或减资已经股东会决议", "减少注册资本的已在国家企业信用信息公示系统公告满45日"], mat: [sqb("变更登记申请书"), yj("股东会决议"), yj("章程修正案"), opt(yj("减资公告情况及债务清偿或担保说明"), "减资的提供")],
    law: [GSF, DJTL], days: [3, 1], online: true, kw: [...DJ_KW, "增资", "减资", "注册资本变更"],
    q: [pg("注册资本", radio("direction", "变更方向", "increase=增加注册资本|decrease=减少注册资本"), money("before", "变更前注册资本（万元）", { hint: "单位：万元" }), money("after", "变更后注册资本（万元）", { hint: "单位：万元" }))],
  }),
  mk({
    name: "个体工商户变更登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "变更", kind: "行政许可",
    summary: "个体工商户名称、经营场所、经营范围或经营者变更的，在线申请变更登记。",
    cond: ["个体工商户登记事项发生变化"], mat: [SFZ_DZ, YYZZ, opt(fy("新经营场所证明"))], law: ["《促进个体工商户发展条例》", DJTL], days: [3, 0], online: true,
    kw: [...DJ_KW, "个体户变更", "个体工商户"],
    q: [pg("变更事项", checks("changeItems", "变更事项", "name=名称|address=经营场所|scope=经营范围|operator=经营者（直接变更）"), text("changeDetail", "变更前后内容", { validation: { maxLength: 300 } }))],
  }),
  mk({
    name: "企业备案（章程、董事、监事、经理）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "变更",
    summary: "企业章程修改未涉及登记事项，或董事、监事、经理、联络员等变动的，在线办理备案。",
    cond: ["备案事项已按章程规定作出决议"], mat: [YYZZ, yj("相关决议或任免文件"), opt(yj("章程或章程修正案"))], law: [DJTL, DJXZ], days: [3, 0], online: true,
    kw: [...DJ_KW, "备案", "董事备案", "章程备案"],
    q: [pg("备案事项", checks("filingItems", "备案事项", "articles=章程|directors=董事|supervisors=监事|manager=经理|liaison=登记联络员"), text("detail", "变动情况说明", { validation: { maxLength: 300 } }))],
  }),
  mk({
    name: "企业注销登记（一般注销）", section: ECO, dept: "scjgj", aud: "enterprise", theme: "注销", kind: "行政许可",
    summary: "企业解散并完成清算后，在线申请注销登记，同步办理税务、社保等注销。",
    cond: ["已依法成立清算组并公告", "清算组自成立之日起10日内通知债权人并公告满45日", "已清偿债务并完成清算"], mat: [sqb("注销登记申请书"), yj("股东会决议"), yj("清算报告"), dz("清税证明")],
    law: [GSF, DJTL], days: [3, 1], online: true, kw: [...DJ_KW, "注销公司", "公司注销", "注销登记"],
    q: [pg("清算信息", date("liquidationStart", "清算组成立日期"), date("noticeDate", "债权人公告日期"), yesNo("debtsCleared", "债权债务是否已清理完毕"))],
  }),
  mk({
    name: "企业简易注销登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "注销", kind: "行政许可",
    summary: "未发生债权债务或已将债权债务清偿完结的企业，经20日公示无异议后在线申请简易注销。",
    cond: ["未发生债权债务或债权债务已清偿完结", "未结清清偿费用、职工工资、社保费、法定补偿金、应缴纳税款等的，不适用", "公示期20日届满无异议"],
    mat: [sqb("简易注销登记申请书"), yj("全体投资人承诺书")], law: [DJTL, DJXZ], days: [3, 1], online: true, kw: [...DJ_KW, "简易注销", "公司注销"],
    q: [pg("公示", date("publicityStart", "简易注销公告起始日期"), yesNo("objections", "公示期内是否有异议")), pg("承诺", yesNo("noDebts", "是否承诺无未结清的债权债务"))],
  }),
  mk({
    name: "个体工商户注销登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "注销", kind: "行政许可",
    summary: "个体工商户不再从事经营活动的，在线申请注销登记。",
    cond: ["已结清税款等相关事项"], mat: [SFZ_DZ, YYZZ], law: ["《促进个体工商户发展条例》", DJTL], days: [3, 0], online: true, kw: [...DJ_KW, "个体户注销", "关店"],
    q: [pg("注销原因", radio("reason", "注销原因", "stop=不再经营|transfer=转为企业|other=其他"))],
  }),
  mk({
    name: "市场主体歇业备案", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "因自然灾害、事故灾难、公共卫生事件等造成经营困难的，可自主决定在一定时期内歇业，最长不超过3年。",
    cond: ["因自然灾害、事故灾难、公共卫生事件、社会安全事件等原因造成经营困难", "已妥善处理劳动关系"], mat: [YYZZ, yj("全体投资人决议或决定")], law: [`${DJTL}第三十条`],
    days: [3, 0], online: true, kw: [...DJ_KW, "歇业", "暂停营业"],
    q: [pg("歇业信息", date("fromDate", "歇业起始日期"), date("toDate", "歇业截止日期"), addr("legalDocAddress", "歇业期间法律文书送达地址"))],
  }),
  mk({
    name: "营业执照补领、换发", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "营业执照遗失、损坏的，在线申请补领或换发纸质营业执照；电子营业执照可随时下载。",
    cond: ["营业执照遗失或损坏"], mat: [YYZZ, opt(yj("损坏的营业执照原件"), "换发的提供")], law: [DJTL], days: [3, 0], online: true,
    kw: [...DJ_KW, "补执照", "执照丢了", "电子营业执照"],
    q: [pg("补换", radio("reason", "原因", "lost=遗失|damaged=损坏"), radio("receiveMethod", "领取方式", "post=免费邮寄|window=窗口领取"))],
  }),
  mk({
    name: "企业年度报告公示", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "企业每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度报告并向社会公示。",
    cond: ["上一年度已登记成立的企业、农民专业合作社、个体工商户"], mat: [YYZZ], law: ["《企业信息公示暂行条例》"], days: [1, 0], online: true,
    kw: [...DJ_KW, "年报", "工商年报", "年检"],
    q: [pg("年度", count("year", "报告年度", 2100), count("employees", "从业人数", 1000000)), pg("资产状况", money("totalAssets", "资产总额（万元）", { hint: "单位：万元" }), money("revenue", "营业总收入（万元）", { hint: "单位：万元" }), radio("disclose", "资产状况是否公示", "yes=公示|no=不公示"))],
  }),
  mk({
    name: "移出经营异常名录申请", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "因未按时年报等原因被列入经营异常名录的企业，补报并纠正后申请移出。",
    cond: ["列入经营异常名录的情形已消除（如已补报年报、已能通过登记住所取得联系）"], mat: [YYZZ, opt(fy("住所证明"), "因通过住所无法联系被列入的提供")], law: ["《企业经营异常名录管理暂行办法》"],
    days: [5, 1], online: true, kw: [...DJ_KW, "经营异常", "信用修复", "异常名录"],
    q: [pg("列入原因", select("reason", "列入原因", "annual=未按期公示年度报告|info=未按要求公示即时信息|false=公示信息隐瞒真实情况|address=通过登记住所无法联系"), area("correction", "纠正情况说明"))],
  }),
  mk({
    name: "动产抵押登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营", kind: "行政确认",
    summary: "企业、个体工商户以生产设备、原材料、产品等动产抵押的，通过动产融资统一登记公示系统办理登记。",
    cond: ["抵押人与抵押权人已签订抵押合同"], mat: [YYZZ, fy("抵押合同")], law: ["《中华人民共和国民法典》第四百零三条"], days: [1, 0], online: true,
    kw: ["动产抵押", "设备抵押", "融资"],
    q: [pg("抵押物", text("collateral", "抵押物名称及数量"), money("securedAmount", "被担保债权数额（万元）", { hint: "单位：万元" })), pg("抵押权人", text("mortgagee", "抵押权人名称"), date("termEnd", "债务履行期限届满日"))],
  }),
  mk({
    name: "12315消费投诉举报", section: GOV, dept: "scjgj", theme: "证照", kind: "其他行政权力",
    summary: "消费者在线投诉商品或服务质量、价格欺诈、虚假宣传等侵害消费者权益的行为。",
    cond: ["有明确的被投诉方", "有具体的投诉请求和事实依据", "属于市场监管部门职责范围"], mat: [opt(yj("购物凭证、发票")), opt(yj("相关证据照片"))], law: ["《中华人民共和国消费者权益保护法》", "《市场监督管理投诉举报处理暂行办法》"],
    days: [7, 5], online: true, realName: false, kw: ["12315", "消费投诉", "维权", "退货", "价格欺诈"],
    q: [pg("被投诉方", text("merchant", "被投诉商家名称"), addr("merchantAddress", "商家地址或网店名称")), pg("投诉内容", select("issueType", "问题类型", "quality=商品质量|service=服务质量|price=价格问题|ad=虚假宣传|prepaid=预付卡|other=其他"), money("amount", "涉及金额", { required: false }), area("description", "事实与诉求"))],
  }),
];

const food: Draft[] = [
  ...licence({
    name: "食品经营许可", cert: "食品经营许可证", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "从事食品销售、餐饮服务的，申请食品经营许可证（告知承诺制可当场发证）。",
    cond: ["具有与经营的食品品种、数量相适应的经营场所", "具有与经营的食品品种、数量相适应的设备或设施", "有专职或兼职的食品安全管理人员和保证食品安全的规章制度", "具有合理的设备布局和工艺流程"],
    mat: [sqb("食品经营许可申请书"), YYZZ, yj("经营场所平面图和设备布局图"), yj("食品安全管理制度目录"), fy("食品安全管理人员培训合格证明")], law: [`${SPAQ}第三十五条`, "《食品经营许可和备案管理办法》"],
    days: [10, 3], online: { 新办: true, 变更: true, 延续: true, 注销: true }, kw: ["食品经营许可证", "餐饮许可", "开饭店", "食品许可"],
    changeItems: "name=经营者名称|legalRep=法定代表人|items=经营项目|layout=经营场所布局",
    q: [pg("经营场所", addr("premisesAddress", "经营场所地址"), area_m2("premisesArea", "经营面积")), pg("经营项目", checks("operationItems", "经营项目", "prepackaged=预包装食品销售|bulk=散装食品销售|hotMeal=热食类食品制售|coldMeal=冷食类食品制售|pastry=糕点类食品制售|drink=自制饮品制售"), radio("mainType", "主体业态", "retail=食品销售经营者|catering=餐饮服务经营者|canteen=单位食堂")), pg("食品安全管理", person("safetyManager", "食品安全管理人员姓名"), yesNo("promise", "是否采用告知承诺方式办理"))],
  }),
  ...licence({
    name: "食品生产许可", cert: "食品生产许可证", section: ECO, dept: "scjgj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事食品生产活动的，申请食品生产许可证，经现场核查合格后发证。",
    cond: ["具有与生产的食品品种、数量相适应的生产场所", "具有与生产的食品品种、数量相适应的生产设备或设施", "有专职或兼职的食品安全专业技术人员、管理人员和规章制度", "具有合理的设备布局和工艺流程"],
    mat: [sqb("食品生产许可申请书"), YYZZ, yj("生产场所平面图、工艺流程图"), yj("主要设备设施清单"), yj("食品安全管理制度")], law: [`${SPAQ}第三十五条`, "《食品生产许可管理办法》"],
    days: [10, 8], renewBefore: "30日", steps: ["提交申请", "受理", "现场核查", "审查决定", "发证"], kw: ["食品生产许可证", "SC证", "食品厂", "SC"],
    changeItems: "name=生产者名称|legalRep=法定代表人|category=食品类别|equipment=生产设备布局和工艺流程",
  }),
  mk({
    name: "仅销售预包装食品备案", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "仅销售预包装食品的经营者，在办理营业执照后在线备案，无需申请食品经营许可。",
    cond: ["仅销售预包装食品", "已取得营业执照"], mat: [YYZZ], law: [SPAQ, "《食品经营许可和备案管理办法》"], days: [1, 0], online: true,
    kw: ["预包装食品", "食品备案", "便利店", "小超市"],
    q: [pg("经营场所", addr("premisesAddress", "经营场所地址"), yesNo("refrigerated", "是否含冷藏冷冻食品"))],
  }),
  mk({
    name: "食品小作坊登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "固定从业人员较少、生产条件简单的食品小作坊，申请食品小作坊登记证。",
    cond: ["有与生产的食品相适应的固定场所和设施", "生产的食品不在禁止目录内", "从业人员持有效健康证明"], mat: [sqb("食品小作坊登记申请表"), YYZZ, fy("从业人员健康证明"), yj("场所平面图")],
    law: ["《江苏省食品小作坊和食品摊贩管理条例》"], days: [15, 10], kw: ["小作坊", "食品作坊", "作坊登记"],
  }),
  mk({
    name: "食品摊贩登记", section: ECO, dept: "scjgj", theme: "就业", kind: "行政许可",
    summary: "在指定区域和时段从事食品销售或现场制售的食品摊贩，申请登记卡。",
    cond: ["在政府划定的区域、时段经营", "从业人员持有效健康证明"], mat: [SFZ, yj("健康证明"), PHOTO], law: ["《江苏省食品小作坊和食品摊贩管理条例》"], days: [5, 1],
    place: "经营地镇（街道）市场监管所", kw: ["摊贩", "小吃摊", "流动摊点"],
  }),
];

const drugsAndEquipment: Draft[] = [
  ...licence({
    name: "药品经营许可（零售）", cert: "药品经营许可证", section: ECO, dept: "scjgj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "开办药品零售企业（药店）的，申请药品经营许可证。",
    cond: ["有依法经过资格认定的药师或其他药学技术人员", "有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境", "有保证药品质量的规章制度和质量管理体系"],
    mat: [sqb("药品经营许可证申请表"), YYZZ, yj("执业药师注册证"), fy("营业场所证明"), yj("质量管理文件")], law: [YPGL, "《药品经营和使用质量监督管理办法》"],
    days: [20, 10], renewBefore: "6个月", steps: ["提交申请", "受理", "现场检查", "审查决定", "发证"], kw: ["药店", "开药店", "药品经营", "药品零售"],
    online: { 变更: false }, changeItems: "name=企业名称|legalRep=法定代表人|pharmacist=质量负责人|address=注册地址|scope=经营范围",
  }, ["新办", "变更", "延续"]),
  mk({
    name: "第二类医疗器械经营备案", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "经营第二类医疗器械的企业在线备案，取得备案凭证。",
    cond: ["有与经营规模和经营范围相适应的经营场所和贮存条件", "有与经营的医疗器械相适应的质量管理制度和质量管理机构或人员"], mat: [YYZZ, yj("经营场所和库房证明"), yj("质量管理制度文件"), yj("质量负责人资格证明")],
    law: [QXTL, "《医疗器械经营监督管理办法》"], days: [1, 0], online: true, kw: ["医疗器械", "二类器械", "器械备案"],
    q: [pg("经营信息", addr("premisesAddress", "经营场所"), addr("warehouseAddress", "库房地址", { required: false }), radio("mode", "经营方式", "wholesale=批发|retail=零售|both=批零兼营"))],
  }),
  ...licence(
    {
      name: "第三类医疗器械经营许可", cert: "医疗器械经营许可证", section: ECO, dept: "scjgj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "经营第三类医疗器械的企业申请医疗器械经营许可证。",
      cond: ["有与经营规模和经营范围相适应的经营场所和贮存条件", "有与经营的医疗器械相适应的质量管理制度和质量管理机构或人员", "有符合要求的计算机信息管理系统"],
      mat: [sqb("医疗器械经营许可申请表"), YYZZ, yj("质量负责人资格证明"), fy("经营场所和库房证明"), yj("质量管理制度文件")], law: [QXTL, "《医疗器械经营监督管理办法》"],
      days: [20, 10], renewBefore: "90个工作日至30个工作日", steps: ["提交申请", "受理", "现场核查", "审查决定", "发证"], kw: ["医疗器械", "三类器械", "器械许可"],
      online: { 变更: false }, changeItems: "name=企业名称|legalRep=法定代表人|quality=质量负责人|address=经营场所|warehouse=库房地址|scope=经营范围",
    },
    ["新办", "变更", "延续"],
  ),
  mk({
    name: "特种设备使用登记", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "电梯、锅炉、压力容器、起重机械等特种设备投入使用前或投入使用后30日内，在线办理使用登记。",
    cond: ["特种设备已经安装、检验合格", "使用单位建立了安全管理制度并配备安全管理人员"], mat: [yj("特种设备使用登记表"), fy("产品合格证及监督检验证明"), YYZZ],
    law: [`${TZSB}第三十三条`, "《特种设备使用管理规则》"], days: [15, 5], online: true, kw: ["特种设备", "电梯登记", "锅炉登记", "使用登记"],
    q: [pg("设备信息", select("equipmentType", "设备种类", "elevator=电梯|boiler=锅炉|vessel=压力容器|crane=起重机械|vehicle=场（厂）内专用机动车辆|ride=大型游乐设施"), text("productNo", "产品编号"), text("manufacturer", "制造单位")), pg("使用地点", addr("useAddress", "使用地点"), person("safetyManager", "安全管理员姓名"))],
  }),
  mk({
    name: "特种设备安装改造修理告知", section: ECO, dept: "scjgj", aud: "enterprise", theme: "经营",
    summary: "特种设备安装、改造、修理的施工单位在施工前在线书面告知。",
    cond: ["施工单位具有相应的许可资质"], mat: [yj("施工告知书"), fy("施工单位资质证书"), yj("施工方案")], law: [`${TZSB}第二十三条`], days: [1, 0], online: true,
    kw: ["特种设备", "电梯安装", "施工告知"],
    q: [pg("施工信息", select("workType", "施工类别", "install=安装|modify=改造|repair=修理"), select("equipmentType", "设备种类", "elevator=电梯|boiler=锅炉|crane=起重机械|other=其他"), addr("siteAddress", "施工地点"), date("startDate", "拟施工日期"))],
  }),
  mk({
    name: "特种设备作业人员资格认定", section: ECO, dept: "scjgj", theme: "就业", kind: "行政许可",
    summary: "从事电梯、锅炉、起重机械、叉车等特种设备作业的人员经考试合格后取得资格证书。",
    cond: ["年龄18周岁以上且不超过60周岁", "身体健康并满足申请从事的作业种类对身体的特殊要求", "有与申请作业种类相适应的文化程度", "考试合格"],
    mat: [SFZ, yj("体检报告"), yf("学历证明"), PHOTO], law: [TZSB, "《特种设备作业人员监督管理办法》"], days: [20, 10], steps: ["报名", "考试", "审查", "发证"],
    kw: ["特种设备", "叉车证", "电梯证", "起重证", "锅炉证"],
  }),
  mk({
    name: "计量标准器具核准", section: ECO, dept: "scjgj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "企业、事业单位建立本单位使用的最高计量标准，申请计量标准考核。",
    cond: ["计量标准器具经检定合格", "具有正常工作所需要的环境条件", "具有称职的保存、维护、使用人员", "具有完善的管理制度"], mat: [yj("计量标准考核（复查）申请书"), yj("计量标准技术报告"), fy("计量标准器及配套设备检定或校准证书")],
    law: ["《中华人民共和国计量法》", "《计量标准考核办法》"], days: [20, 15], kw: ["计量", "计量标准", "计量考核"],
  }),
];

// ---------------------------------------------------------------- 行政审批局
type Shop = { what: string; summary: string; includes: string; kw: string[]; mat: Material[] };
const SHOPS: Shop[] = [
  { what: "开餐馆", summary: "营业执照、食品经营许可、店招备案、排水许可", includes: "license=营业执照|food=食品经营许可|sign=店招标牌设置备案|drain=城镇污水排入排水管网许可", kw: ["开饭店", "餐馆", "餐饮"], mat: [yj("经营场所平面图和设备布局图"), yj("食品安全管理制度目录")] },
  { what: "开便利店", summary: "营业执照、仅销售预包装食品备案、酒类和烟草相关手续", includes: "license=营业执照|prepackaged=仅销售预包装食品备案|sign=店招标牌设置备案", kw: ["便利店", "小超市", "开店"], mat: [] },
  { what: "开药店", summary: "营业执照、药品经营许可、第二类医疗器械经营备案、医保定点申请", includes: "license=营业执照|drug=药品经营许可（零售）|device2=第二类医疗器械经营备案|sign=店招标牌设置备案", kw: ["开药店", "药房"], mat: [yj("执业药师注册证"), yj("质量管理文件")] },
  { what: "开宾馆", summary: "营业执照、特种行业许可、公共场所卫生许可", includes: "license=营业执照|hotel=旅馆业特种行业许可|hygiene=公共场所卫生许可|sign=店招标牌设置备案", kw: ["开宾馆", "旅馆", "民宿"], mat: [yj("治安保卫制度"), fy("从业人员健康证明")] },
  { what: "开美容美发店", summary: "营业执照、公共场所卫生许可、店招备案", includes: "license=营业执照|hygiene=公共场所卫生许可|sign=店招标牌设置备案", kw: ["理发店", "美容院", "美发"], mat: [fy("从业人员健康证明")] },
  { what: "开健身房", summary: "营业执照、高危险性体育项目经营许可（游泳）、公共场所卫生许可", includes: "license=营业执照|sports=高危险性体育项目经营许可|hygiene=公共场所卫生许可", kw: ["健身房", "游泳馆", "健身"], mat: [yj("社会体育指导人员和救助人员资格证明")] },
];
const shopBundle = (s: Shop): Draft =>
  mk({
    name: `我要${s.what}“一件事”`, section: ECO, dept: "xzspj", aud: "enterprise", theme: "开办",
    summary: `一次申请、一套材料，并联办理${s.summary}等事项。`,
    cond: ["经营场所权属清晰，符合规划、消防、环保要求", "符合各联办事项的许可条件"],
    mat: [sqb("“一件事”联办申请表"), FR_ID, fy("经营场所产权证明或租赁合同"), ...s.mat], law: ["《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》", DJTL],
    days: [10, 3], online: true, kw: [...s.kw, "一件事", "开店", "企业开办"],
    q: [pg("店铺信息", text("shopName", "店铺名称"), addr("shopAddress", "经营场所地址"), area_m2("shopArea", "经营面积")), pg("联办事项", checks("bundle", "需要联办的事项", s.includes)), pg("投资人", count("investorCount", "投资人数", 50), money("capital", "投资额（万元）", { hint: "单位：万元" }))],
  });

const xzspj: Draft[] = [
  mk({
    name: "企业投资项目备案", section: ECO, dept: "xzspj", aud: "enterprise", theme: "工程建设",
    summary: "不属于核准范围的企业投资项目，在投资项目在线审批监管平台告知项目信息完成备案，取得项目代码。",
    cond: ["项目不属于《政府核准的投资项目目录》范围", "符合国家产业政策"], mat: [YYZZ], law: ["《企业投资项目核准和备案管理条例》", "《企业投资项目核准和备案管理办法》"],
    days: [3, 1], online: true, kw: ["项目备案", "投资备案", "立项", "备案证"],
    q: [pg("项目基本信息", text("projectName", "项目名称"), addr("projectAddress", "建设地点"), select("industry", "所属行业", "manufacturing=制造业|energy=能源|logistics=交通物流|service=服务业|agriculture=农业|other=其他")), pg("建设内容", area("content", "主要建设规模和内容"), money("totalInvestment", "总投资（万元）", { hint: "单位：万元" }), date("plannedStart", "计划开工时间"))],
  }),
  mk({
    name: "企业投资项目核准", section: ECO, dept: "xzspj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "属于《政府核准的投资项目目录》中市级核准权限的企业投资项目，申请项目核准。",
    cond: ["项目属于市级核准权限", "符合国家产业政策和行业准入标准", "已取得用地预审与选址意见书等前置文件"], mat: [yj("项目申请报告"), fy("用地预审与选址意见书"), opt(yj("法律法规规定的其他前置文件"))],
    law: ["《企业投资项目核准和备案管理条例》"], days: [20, 10], kw: ["项目核准", "立项核准"],
  }),
  ...licence({
    name: "危险化学品经营许可", cert: "危险化学品经营许可证", section: ECO, dept: "xzspj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事危险化学品经营（不带储存设施）的企业，申请危险化学品经营许可证。",
    cond: ["有符合国家标准、行业标准的经营场所", "从业人员经过专业技术培训并经考核合格", "有健全的安全管理规章制度", "有专职安全管理人员和事故应急救援预案"],
    mat: [sqb("危险化学品经营许可证申请表"), YYZZ, fy("经营场所产权或租赁证明"), yj("安全管理制度和岗位操作规程"), fy("主要负责人和安全管理人员安全资格证书"), yj("事故应急救援预案")],
    law: ["《危险化学品安全管理条例》", "《危险化学品经营许可证管理办法》"], days: [30, 15], renewBefore: "3个月", kw: ["危化品", "危险化学品经营", "化工贸易"],
    changeItems: "name=企业名称|legalRep=主要负责人|address=注册地址|scope=经营范围", online: { 变更: false },
  }, ["新办", "变更", "延续"]),
  ...licence(
    {
      name: "烟花爆竹经营（零售）许可", cert: "烟花爆竹经营（零售）许可证", section: ECO, dept: "xzspj", aud: "enterprise", theme: "经营", kind: "行政许可",
      summary: "零售烟花爆竹的经营者，在规定的布点区域申请零售许可证。",
      cond: ["符合本地零售经营布点规划", "有与经营规模相适应的零售经营场所", "主要负责人经安全培训合格"], mat: [sqb("烟花爆竹零售许可申请书"), YYZZ, fy("零售场所证明"), yj("安全培训合格证明")],
      law: ["《烟花爆竹安全管理条例》", "《烟花爆竹经营许可实施办法》"], days: [20, 10], kw: ["烟花爆竹", "鞭炮", "烟花零售"], changeItems: "name=名称|legalRep=主要负责人|address=零售场所",
    },
    ["新办", "延续"],
  ),
  ...licence(
    {
      name: "出版物零售业务经营许可", cert: "出版物经营许可证", section: ECO, dept: "xzspj", aud: "enterprise", theme: "经营", kind: "行政许可",
      summary: "开办书店、报刊亭等从事出版物零售业务的，申请出版物经营许可证。",
      cond: ["已取得营业执照，经营范围含出版物零售", "有固定的经营场所", "有与出版物零售业务相适应的设备"], mat: [sqb("出版物零售业务经营许可申请表"), YYZZ, fy("经营场所证明")],
      law: ["《出版管理条例》", "《出版物市场管理规定》"], days: [20, 10], kw: ["书店", "出版物", "开书店"], online: { 变更: false }, changeItems: "name=名称|legalRep=法定代表人|address=经营场所",
    },
    ["新办", "变更"],
  ),
  ...licence(
    {
      name: "印刷经营许可（包装装潢印刷品和其他印刷品）", cert: "印刷经营许可证", section: ECO, dept: "xzspj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "从事包装装潢印刷品和其他印刷品印刷经营活动的企业申请印刷经营许可证。",
      cond: ["有企业的名称、章程", "有确定的业务范围", "有适应业务范围需要的生产经营场所和必要的资金、设备等生产经营条件", "有适应业务范围需要的组织机构和人员"],
      mat: [sqb("印刷经营许可申请书"), YYZZ, fy("生产经营场所证明"), yj("设备清单"), yj("管理制度")], law: ["《印刷业管理条例》"], days: [20, 10],
      kw: ["印刷厂", "包装印刷", "印刷许可"], online: { 变更: false }, changeItems: "name=企业名称|legalRep=法定代表人|address=地址|scope=印刷经营范围",
    },
    ["新办", "变更"],
  ),
  mk({
    name: "电影放映单位设立审批", section: ECO, dept: "xzspj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "设立电影院等电影放映单位，申请电影放映经营许可证。",
    cond: ["有放映电影的场所和设施", "场所符合消防、安全要求", "有相应的放映技术人员"], mat: [sqb("电影放映单位设立申请表"), YYZZ, fy("放映场所证明"), yj("放映设备清单")],
    law: ["《中华人民共和国电影产业促进法》"], days: [20, 10], kw: ["电影院", "影院", "放映许可"],
  }),
  ...licence({
    name: "外国人来华工作许可", cert: "外国人工作许可证", section: ECO, dept: "xzspj", aud: "enterprise", theme: "用工", kind: "行政许可",
    summary: "用人单位聘用外国人在南通工作的，通过外国人来华工作管理服务系统在线申请工作许可。",
    cond: ["外国人年满18周岁、身体健康、无犯罪记录", "具有从事其工作所必需的专业技能或相适应的工作经历", "用人单位依法设立，无严重违法失信记录"],
    mat: [sqb("外国人来华工作许可申请表"), yj("工作资历证明"), yj("最高学位（学历）证书或相关批准文书、职业资格证明"), yj("无犯罪记录证明"), yj("体检证明"), yj("劳动合同或聘用证明"), yj("护照"), yj("外国人近期正面免冠照片")],
    law: ["《中华人民共和国出境入境管理法》", "《外国人在中国就业管理规定》"], days: [10, 5], renewBefore: "30日", online: { 新办: true, 变更: true, 延续: true, 注销: true },
    kw: ["外国人工作许可", "外籍员工", "工作证", "来华工作"], changeItems: "position=工作岗位|employer=用人单位名称|passport=护照信息",
    q: [pg("外国人信息", text("foreignerName", "外国人姓名（与护照一致）"), text("nationality", "国籍"), text("passportNo", "护照号码")), pg("工作信息", text("position", "工作岗位"), select("category", "人员类别", "A=外国高端人才（A类）|B=外国专业人才（B类）|C=其他外国人员（C类）"), date("contractEnd", "合同截止日期"))],
  }),
  ...SHOPS.map(shopBundle),
  mk({
    name: "应建防空地下室的民用建筑项目报建审批", section: GOV, dept: "xzspj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "新建民用建筑应当按规定修建防空地下室，建设单位在报建时申请审批或缴纳易地建设费。",
    cond: ["属于应建防空地下室的民用建筑", "防空地下室设计符合人防工程技术标准"], mat: [sqb("人防工程报建申请表"), yj("防空地下室设计文件"), dz("建设工程规划许可证")],
    law: ["《中华人民共和国人民防空法》"], days: [20, 10], kw: ["人防", "防空地下室", "人防报建"],
  }),
];

// ---------------------------------------------------------------- 发改委
const fgw: Draft[] = [
  mk({
    name: "政府投资项目建议书审批", section: GOV, dept: "fgw", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "采取直接投资和资本金注入方式的市级政府投资项目，报批项目建议书。",
    cond: ["属于市级政府投资项目", "项目单位已编制项目建议书"], mat: [sqb("审批申请文件"), yj("项目建议书")], law: ["《政府投资条例》"], days: [20, 15],
    kw: ["项目建议书", "政府投资", "立项"],
  }),
  mk({
    name: "政府投资项目可行性研究报告审批", section: GOV, dept: "fgw", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "市级政府投资项目在项目建议书批复后报批可行性研究报告。",
    cond: ["项目建议书已批复", "已取得用地预审与选址意见、节能审查等前置意见"], mat: [sqb("审批申请文件"), yj("可行性研究报告"), fy("用地预审与选址意见书"), opt(fy("节能审查意见"))],
    law: ["《政府投资条例》"], days: [20, 15], kw: ["可研", "可行性研究报告", "政府投资"],
  }),
  mk({
    name: "固定资产投资项目节能审查", section: ECO, dept: "fgw", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "年综合能源消费量达到规定标准的固定资产投资项目，开工前报送节能报告进行审查。",
    cond: ["项目年综合能源消费量达到节能审查标准", "已编制节能报告"], mat: [sqb("节能审查申请"), yj("节能报告")], law: ["《中华人民共和国节约能源法》", "《固定资产投资项目节能审查办法》"],
    days: [20, 15], kw: ["节能审查", "能评", "节能报告"],
  }),
  mk({
    name: "居民家庭分布式光伏发电项目备案", section: LIFE, dept: "fgw", theme: "住房",
    summary: "居民利用自有住宅屋顶建设分布式光伏发电项目的，在线备案后并网发电。",
    cond: ["在自有产权住宅屋顶建设", "房屋结构安全", "多户共有屋顶的已征得其他业主同意"], mat: [SFZ_DZ, dz("不动产权证书"), opt(yj("其他业主同意意见"), "共有屋顶的提供")],
    law: ["《中华人民共和国可再生能源法》", "《分布式光伏发电开发建设管理办法》"], days: [5, 1], online: true, kw: ["光伏", "屋顶光伏", "太阳能发电", "分布式光伏"],
    q: [pg("项目信息", addr("roofAddress", "安装地址"), num("capacityKw", "装机容量（千瓦）", { validation: { min: 0, max: 100 } }), radio("gridMode", "并网方式", "full=全额上网|surplus=自发自用、余电上网"))],
  }),
  mk({
    name: "企业分布式光伏发电项目备案", section: ECO, dept: "fgw", aud: "enterprise", theme: "工程建设",
    summary: "企业利用厂房屋顶等建设分布式光伏发电项目的，在线备案取得项目代码。",
    cond: ["建设场所权属清晰或已取得使用授权", "建筑结构满足承载要求"], mat: [YYZZ, fy("屋顶使用协议或产权证明")], law: ["《企业投资项目核准和备案管理条例》", "《分布式光伏发电开发建设管理办法》"],
    days: [3, 1], online: true, kw: ["光伏", "分布式光伏", "厂房光伏"],
    q: [pg("项目", text("projectName", "项目名称"), addr("siteAddress", "建设地点"), num("capacityKw", "装机容量（千瓦）", { validation: { min: 0 } }), money("investment", "总投资（万元）", { hint: "单位：万元" }))],
  }),
  mk({
    name: "公共信用信息修复申请", section: ECO, dept: "fgw", aud: "enterprise", theme: "经营",
    summary: "在“信用南通”公示的行政处罚等失信信息，已履行义务、纠正失信行为的，申请信用修复。",
    cond: ["已履行行政处罚等法定义务", "最短公示期已满", "已作出信用承诺"], mat: [YYZZ, yj("信用修复承诺书"), fy("履行义务的证明材料")], law: ["《失信行为纠正后的信用信息修复管理办法（试行）》"],
    days: [10, 5], online: true, kw: ["信用修复", "信用南通", "行政处罚公示", "失信"],
    q: [pg("失信信息", text("penaltyNo", "行政处罚决定书文号"), text("penaltyOrg", "处罚机关"), date("penaltyDate", "处罚日期")), pg("履行情况", yesNo("finePaid", "罚款是否已缴纳"), area("rectification", "整改情况"))],
  }),
  mk({
    name: "企业专用信用报告开具", section: ECO, dept: "fgw", aud: "enterprise", theme: "经营",
    summary: "企业在线开具专用信用报告，替代各部门出具的无违法违规记录证明，用于上市、融资、招投标等。",
    cond: ["在本市依法登记的企业"], mat: [YYZZ], law: ["《江苏省社会信用条例》"], days: [3, 1], online: true, kw: ["信用报告", "无违法违规证明", "信用南通", "合规证明"],
    q: [pg("报告", select("purpose", "用途", "ipo=上市|finance=融资|bid=招投标|other=其他"), select("period", "报告期间", "1=近1年|3=近3年"), email("receiveEmail", "接收邮箱", { required: false }))],
  }),
];

// ---------------------------------------------------------------- 工信局
const gxj: Draft[] = [
  mk({
    name: "工业企业技术改造项目备案", section: ECO, dept: "gxj", aud: "enterprise", theme: "经营",
    summary: "工业企业利用自有厂房实施技术改造的，在线办理技术改造项目备案。",
    cond: ["在现有厂区内实施，不新增用地", "符合产业政策"], mat: [YYZZ, yj("项目备案信息表")], law: ["《企业投资项目核准和备案管理条例》"], days: [3, 1], online: true,
    kw: ["技改", "技术改造", "技改备案"],
    q: [pg("项目", text("projectName", "项目名称"), area("content", "改造内容"), money("investment", "总投资（万元）", { hint: "单位：万元" })), pg("设备", money("equipmentInvestment", "设备投资（万元）", { hint: "单位：万元" }), date("plannedStart", "计划开工日期"))],
  }),
  mk({
    name: "专精特新中小企业认定", section: ECO, dept: "gxj", aud: "enterprise", theme: "资质", kind: "行政确认",
    summary: "专业化、精细化、特色化、新颖化的中小企业申请认定为省级专精特新中小企业（市级初审）。",
    cond: ["在中国境内工商注册登记、连续经营2年以上的中小企业", "主营业务收入占营业收入比重达到规定标准", "研发投入和创新能力符合评价指标"],
    mat: [sqb("专精特新中小企业申请书"), yj("近2年财务审计报告"), yj("知识产权证明"), yj("主导产品说明")], law: ["《优质中小企业梯度培育管理暂行办法》"], days: [60, 45],
    kw: ["专精特新", "小巨人", "中小企业认定"],
  }),
  mk({
    name: "智能化改造数字化转型项目申报", section: ECO, dept: "gxj", aud: "enterprise", theme: "经营", kind: "行政奖励",
    summary: "工业企业实施智能化改造和数字化转型项目，申报市级专项资金支持。",
    cond: ["本市规模以上工业企业", "项目已实施完成或进度达到要求", "无严重失信记录"], mat: [sqb("项目申报书"), yj("项目投资凭证"), yj("专项审计报告")], law: ["《中华人民共和国中小企业促进法》"],
    days: [30, 20], kw: ["智改数转", "数字化转型", "智能化改造", "专项资金"],
  }),
  mk({
    name: "中小企业云服务申请", section: ECO, dept: "gxj", aud: "enterprise", theme: "经营",
    summary: "中小企业在线选用平台发布的云计算、工业软件等云服务，申请服务券或补贴支持。",
    cond: ["在本市登记的中小企业", "所选服务为平台在册的云服务产品"], mat: [YYZZ], law: ["《中华人民共和国中小企业促进法》"], days: [5, 3], online: true,
    kw: ["上云", "云服务", "中小企业", "数字化"],
    q: [pg("服务需求", select("serviceType", "服务类型", "iaas=云主机和存储|saas=管理软件（ERP、CRM等）|industrial=工业软件|security=网络安全服务"), text("productName", "意向云服务产品名称"), count("accounts", "使用账号数", 10000))],
  }),
];

// ---------------------------------------------------------------- 商务局
const swj: Draft[] = [
  mk({
    name: "单用途商业预付卡发卡企业备案", section: ECO, dept: "swj", aud: "enterprise", theme: "经营",
    summary: "零售、餐饮、美容美发等企业发行单用途预付卡的，在开展业务之日起30日内备案。",
    cond: ["从事零售业、住宿和餐饮业、居民服务业的企业法人", "建立预付卡业务管理制度和预收资金存管制度"], mat: [YYZZ, yj("单用途卡业务备案表"), yj("预收资金存管协议")],
    law: ["《单用途商业预付卡管理办法（试行）》"], days: [10, 5], online: true, kw: ["预付卡", "储值卡", "会员卡备案"],
    q: [pg("发卡信息", select("industry", "行业", "retail=零售|catering=餐饮|beauty=美容美发|fitness=健身|education=培训|other=其他"), radio("cardType", "卡类型", "registered=记名卡|anonymous=不记名卡|both=两者都有"), text("depositBank", "资金存管银行"))],
  }),
  mk({
    name: "再生资源回收经营者备案", section: ECO, dept: "swj", aud: "enterprise", theme: "经营",
    summary: "从事再生资源回收经营活动的企业和个体工商户，在取得营业执照后30日内备案。",
    cond: ["已取得营业执照，经营范围含再生资源回收"], mat: [YYZZ, fy("经营场所证明")], law: ["《再生资源回收管理办法》"], days: [5, 1], online: true, kw: ["废品回收", "再生资源", "回收站"],
    q: [pg("经营信息", addr("siteAddress", "经营场所"), checks("categories", "回收品种", "paper=废纸|metal=废金属|plastic=废塑料|glass=废玻璃|ewaste=废旧电子产品"))],
  }),
  mk({
    name: "二手车经营主体备案", section: ECO, dept: "swj", aud: "enterprise", theme: "经营",
    summary: "二手车交易市场经营者、二手车经销企业和经纪机构，在取得营业执照后备案。",
    cond: ["已取得营业执照，经营范围含二手车经营"], mat: [YYZZ, fy("经营场所证明")], law: ["《二手车流通管理办法》"], days: [5, 1], online: true, kw: ["二手车", "二手车经销", "车商"],
    q: [pg("经营信息", radio("type", "主体类型", "market=二手车交易市场|dealer=二手车经销企业|broker=二手车经纪机构"), addr("siteAddress", "经营场所"))],
  }),
  mk({
    name: "汽车以旧换新补贴申领", section: ECO, dept: "swj", theme: "出行", kind: "行政给付",
    summary: "个人消费者报废旧车并购买新能源或节能汽车，或置换更新汽车的，在线申领以旧换新补贴。",
    cond: ["报废或转出的旧车登记在本人名下", "在规定期间内购买新车并在本市登记", "每人只能享受一次"], mat: [SFZ_DZ, fy("报废机动车回收证明或二手车交易发票"), fy("新车购车发票"), dz("机动车行驶证（新车）")],
    law: ["《汽车以旧换新补贴实施细则》"], days: [20, 15], online: true, kw: ["以旧换新", "汽车补贴", "报废补贴", "置换补贴", "买车补贴"],
    q: [pg("旧车", plate("oldPlate", "旧车号牌"), radio("oldDisposal", "旧车处置方式", "scrap=报废|transfer=转出（置换）")), pg("新车", plate("newPlate", "新车号牌"), radio("newType", "新车类型", "ev=新能源汽车|fuel=燃油汽车"), money("newPrice", "新车价格（元）")), pg("收款账户", bankName(), bankCard())],
  }),
];

// ---------------------------------------------------------------- 应急管理局
const AQSC = "《中华人民共和国安全生产法》";
const yjglj: Draft[] = [
  mk({
    name: "生产经营单位生产安全事故应急预案备案", section: GOV, dept: "yjglj", aud: "enterprise", theme: "经营",
    summary: "生产经营单位的生产安全事故应急预案经评审或论证后，在公布之日起20个工作日内在线备案。",
    cond: ["应急预案已经评审或论证", "已由主要负责人签署公布"], mat: [yj("应急预案备案申报表"), yj("应急预案评审意见"), yj("风险评估结果和应急资源调查清单"), yj("应急预案文本")],
    law: [AQSC, "《生产安全事故应急条例》", "《生产安全事故应急预案管理办法》"], days: [5, 3], online: true, kw: ["应急预案", "安全生产", "预案备案"],
    q: [pg("预案", select("industry", "行业", "chemical=危险化学品|metallurgy=冶金工贸|construction=建筑施工|other=其他"), date("issueDate", "公布日期"), yesNo("reviewed", "是否已经评审"))],
  }),
  mk({
    name: "危险化学品建设项目安全条件审查", section: GOV, dept: "yjglj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "新建、改建、扩建危险化学品生产、储存装置和设施的建设项目，申请安全条件审查。",
    cond: ["建设项目已进行安全评价", "符合国家产业政策和当地规划布局"], mat: [sqb("安全条件审查申请书"), yj("安全评价报告"), fy("项目备案或核准文件"), fy("规划选址文件")],
    law: [AQSC, "《危险化学品安全管理条例》", "《危险化学品建设项目安全监督管理办法》"], days: [45, 20], kw: ["危化品项目", "安全条件审查", "化工项目"],
  }),
  mk({
    name: "危险化学品建设项目安全设施设计审查", section: GOV, dept: "yjglj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "危险化学品建设项目在安全条件审查通过后，申请安全设施设计审查。",
    cond: ["已通过安全条件审查", "安全设施设计由具有相应资质的设计单位编制"], mat: [sqb("安全设施设计审查申请书"), yj("安全设施设计专篇"), fy("设计单位资质证书")],
    law: [AQSC, "《危险化学品建设项目安全监督管理办法》"], days: [20, 15], kw: ["安全设施设计", "危化品项目"],
  }),
  mk({
    name: "非药品类易制毒化学品经营备案", section: GOV, dept: "yjglj", aud: "enterprise", theme: "经营",
    summary: "经营第二类、第三类非药品类易制毒化学品的单位，在线办理经营备案。",
    cond: ["有合法的营业执照", "有相应的仓储设施和管理制度"], mat: [YYZZ, yj("易制毒化学品管理制度"), yj("经营场所和仓储设施证明")], law: ["《易制毒化学品管理条例》", "《非药品类易制毒化学品生产、经营许可办法》"],
    days: [10, 5], online: true, kw: ["易制毒", "化学品备案"],
    q: [pg("经营品种", text("chemicals", "经营的易制毒化学品品种"), radio("category", "类别", "second=第二类|third=第三类|both=第二类和第三类"), num("annualTons", "年经营量（吨）", { validation: { min: 0 } }))],
  }),
  mk({
    name: "特种作业操作证（安全生产）复审", section: GOV, dept: "yjglj", theme: "就业",
    summary: "电工、焊接与热切割、高处作业等特种作业操作证每3年复审一次，在线申请并参加复审培训。",
    cond: ["持有有效的特种作业操作证", "复审期内无违章作业造成事故", "身体健康"], mat: [SFZ_DZ, dz("特种作业操作证"), fy("体检证明"), fy("复审培训合格证明")],
    law: [AQSC, "《特种作业人员安全技术培训考核管理规定》"], days: [20, 10], kw: ["电工证", "焊工证", "特种作业证复审", "登高证"],
  }),
  mk({
    name: "生产经营单位主要负责人和安全生产管理人员考核", section: GOV, dept: "yjglj", theme: "就业", kind: "行政确认",
    summary: "危险物品生产经营储存单位、金属冶炼单位等的主要负责人和安全生产管理人员参加安全生产知识和管理能力考核。",
    cond: ["属于应当考核的生产经营单位的主要负责人或安全生产管理人员", "已参加规定学时的安全培训"], mat: [SFZ, yj("单位推荐及任职证明"), PHOTO], law: [`${AQSC}第二十七条`],
    days: [20, 10], steps: ["报名", "考试", "审核", "发证"], kw: ["安全员证", "安全管理人员", "主要负责人考核"],
  }),
  mk({
    name: "安全生产违法行为举报", section: GOV, dept: "yjglj", theme: "就业", kind: "其他行政权力",
    summary: "公众在线举报生产经营单位非法违法生产、重大事故隐患等安全生产违法行为，查实的给予奖励。",
    cond: ["举报事项发生在本市行政区域内"], mat: [opt(yj("现场照片或视频"))], law: [AQSC, "《安全生产领域举报奖励办法》"], days: [60, 30], online: true, realName: false,
    kw: ["安全生产举报", "事故隐患", "12350"],
    q: [pg("被举报单位", text("target", "被举报单位名称"), addr("location", "地点")), pg("举报内容", select("issueType", "举报类型", "illegal=非法违法生产|hazard=重大事故隐患|concealed=瞒报谎报事故|other=其他"), area("description", "情况描述"))],
  }),
];

// ---------------------------------------------------------------- 数据局
const GGSJ = "《江苏省公共数据管理办法》";
const sjj: Draft[] = [
  mk({
    name: "公共数据开放申请", section: GOV, dept: "sjj", aud: "enterprise", theme: "经营",
    summary: "企业申请使用“有条件开放”类公共数据，签订开放利用协议后通过接口或安全环境获取数据。",
    cond: ["在本市依法登记的企业或其他组织", "有明确、合法的数据使用场景", "具备相应的数据安全保障能力"],
    mat: [YYZZ, yj("数据利用方案"), yj("数据安全保障措施说明"), sqb("公共数据开放利用承诺书")], law: [GGSJ, "《中华人民共和国数据安全法》"], days: [15, 10], online: true,
    kw: ["公共数据", "数据开放", "开放数据", "数据申请"],
    q: [pg("申请数据", text("datasetName", "数据集名称"), text("provider", "数据提供部门"), radio("accessMode", "获取方式", "api=接口调用|sandbox=数据安全沙箱|file=批量下载")), pg("使用场景", area("scenario", "应用场景说明"), date("useUntil", "使用期限至"))],
  }),
  mk({
    name: "公共数据开放接口调用申请", section: GOV, dept: "sjj", theme: "证照",
    summary: "个人开发者申请调用无条件开放类公共数据接口（如公交、空气质量、停车数据），获得接口密钥。",
    cond: ["已完成实名认证", "遵守开放数据使用协议"], mat: [SFZ_DZ], law: [GGSJ], days: [3, 1], online: true, kw: ["公共数据", "开放接口", "API", "开发者", "数据开放"],
    q: [pg("接口", checks("apis", "申请的接口", "bus=公交实时到站|air=空气质量|parking=停车泊位|bike=公共自行车"), text("appName", "应用名称"), area("usage", "用途说明", { validation: { maxLength: 300 } }))],
  }),
  mk({
    name: "公共数据授权运营申请", section: GOV, dept: "sjj", aud: "enterprise", theme: "资质",
    summary: "企业申请参与公共数据授权运营，在安全可控的环境中开发数据产品和服务。",
    cond: ["具备相应的技术能力和数据安全管理能力", "近三年无重大违法违规记录"], mat: [YYZZ, yj("授权运营申请书"), yj("数据产品开发方案"), yj("数据安全管理制度"), opt(yj("数据安全相关认证证书"))],
    law: [GGSJ, "《中华人民共和国数据安全法》"], days: [30, 20], kw: ["授权运营", "公共数据", "数据要素"],
  }),
  mk({
    name: "公共数据异议处理申请", section: GOV, dept: "sjj", theme: "证照",
    summary: "个人或单位认为公共数据中有关自身的信息存在错误、遗漏的，申请核实更正。",
    cond: ["异议数据与申请人相关", "能够提供证明数据有误的材料"], mat: [SFZ_DZ, fy("证明数据有误的材料")], law: [GGSJ, "《中华人民共和国个人信息保护法》"], days: [10, 5], online: true,
    kw: ["数据纠错", "信息更正", "数据异议", "公共数据"],
    q: [pg("异议数据", text("dataItem", "有误的数据项"), text("system", "数据所在部门或系统"), area("correctValue", "正确内容说明"))],
  }),
  mk({
    name: "政府信息公开申请", section: GOV, dept: "sjj", theme: "证照",
    summary: "公民、法人和其他组织向市政府及其部门申请获取政府信息。",
    cond: ["申请公开的信息属于本级行政机关制作或保存的政府信息"], mat: [SFZ_DZ], law: ["《中华人民共和国政府信息公开条例》第三十三条"], days: [20, 15], online: true,
    kw: ["信息公开", "依申请公开", "政府信息"],
    q: [pg("申请内容", text("infoTitle", "所需政府信息的名称、文号或描述"), text("agency", "信息制作或保存的机关", { required: false })), pg("获取方式", radio("format", "提供形式", "electronic=电子文档|paper=纸质文本"), radio("delivery", "获取方式", "email=电子邮件|post=邮寄|pickup=自行领取"), email("replyEmail", "电子邮箱", { required: false }))],
  }),
  mk({
    name: "政务服务帮办代办申请", section: GOV, dept: "sjj", theme: "养老",
    summary: "老年人、残疾人等特殊群体和重大项目，在线预约政务服务帮办代办，工作人员全程协助或上门服务。",
    cond: ["属于老年人、残疾人等需要帮助的群体，或为重大投资项目"], mat: [SFZ_DZ], law: ["《优化营商环境条例》"], days: [3, 1], online: true,
    kw: ["帮办代办", "上门服务", "代办", "老年人办事"],
    q: [pg("需要办理的事项", text("itemName", "需要帮办的事项名称"), radio("mode", "服务方式", "guide=窗口陪同帮办|home=上门代办|remote=远程视频帮办")), pg("联系", addr("serviceAddress", "上门服务地址", { required: false }), date("preferredDate", "期望服务日期"))],
  }),
  mk({
    name: "政务服务“跨省通办”代收代办", section: GOV, dept: "sjj", theme: "证照",
    summary: "在南通政务服务中心“跨省通办”专窗提交外省事项的申请材料，由窗口代收并转递办理地。",
    cond: ["所办事项已纳入“跨省通办”清单"], mat: [SFZ, yj("所办事项要求的申请材料")], law: ["《国务院办公厅关于加快推进政务服务“跨省通办”的指导意见》"], days: [10, 5],
    kw: ["跨省通办", "异地办事", "代收代办"],
  }),
];

export const MARKET: Draft[] = [...registration, ...food, ...drugsAndEquipment, ...xzspj, ...fgw, ...gxj, ...swj, ...yjglj, ...sjj];
