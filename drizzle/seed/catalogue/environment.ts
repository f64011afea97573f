/** 生态环境局 (sthjj), 城管局 (cgj), 水利局 (slj). SAMPLE DATA — see ./items.ts. */
import {
  ENV, TRA, SFZ_DZ, YYZZ,
  addr, area, checks, count, date, dz, fy, licence, mk, money, num, opt, pg, plate, radio, select, sqb, text, yesNo, yj,
  type Draft,
} from "./helpers";

const HPF = "《中华人民共和国环境影响评价法》";
const JSXM = "《建设项目环境保护管理条例》";
const PWXK = "《排污许可管理条例》";
const GFF = "《中华人民共和国固体废物污染环境防治法》";
const FSF = "《中华人民共和国放射性污染防治法》";
const HJ_KW = ["环保", "生态环境"];
const PROJECT_PAGE = pg("建设项目", text("projectName", "建设项目名称"), addr("projectAddress", "建设地点"), money("investment", "总投资（万元）", { hint: "单位：万元" }));

const sthjj: Draft[] = [
  mk({
    name: "建设项目环境影响报告书审批", section: ENV, dept: "sthjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "可能造成重大环境影响的建设项目，在开工前报批环境影响报告书。",
    cond: ["项目属于应当编制环境影响报告书的类别", "符合生态环境分区管控要求和相关规划", "已依法开展公众参与"],
    mat: [sqb("建设项目环境影响评价文件报批申请书"), yj("环境影响报告书（全本）"), yj("公众参与说明"), opt(fy("项目立项、核准或备案文件"))],
    law: [`${HPF}第二十二条`, JSXM], days: [60, 20], steps: ["提交申请", "受理", "技术评估", "审批前公示", "审批决定", "审批后公告"],
    kw: [...HJ_KW, "环评", "环评审批", "环境影响评价", "报告书"],
  }),
  mk({
    name: "建设项目环境影响报告表审批", section: ENV, dept: "sthjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "可能造成轻度环境影响的建设项目，在开工前在线报批环境影响报告表。",
    cond: ["项目属于应当编制环境影响报告表的类别", "符合生态环境分区管控要求和相关规划"],
    mat: [sqb("建设项目环境影响评价文件报批申请书"), yj("环境影响报告表"), opt(fy("项目立项、核准或备案文件"))], law: [`${HPF}第二十二条`, JSXM],
    days: [30, 10], online: true, kw: [...HJ_KW, "环评", "环评审批", "报告表"],
    q: [PROJECT_PAGE, pg("项目类别", text("industry", "国民经济行业类别"), text("evaluator", "环评文件编制单位"))],
  }),
  mk({
    name: "建设项目环境影响登记表备案", section: ENV, dept: "sthjj", aud: "enterprise", theme: "工程建设",
    summary: "对环境影响很小的建设项目，在线填报环境影响登记表完成备案。",
    cond: ["项目属于《建设项目环境影响评价分类管理名录》中应当填报登记表的类别"], mat: [YYZZ], law: [HPF, "《建设项目环境影响登记表备案管理办法》"],
    days: [1, 0], online: true, kw: [...HJ_KW, "环评登记表", "环评备案", "登记表"],
    q: [PROJECT_PAGE, pg("污染防治", area("measures", "主要环境影响及采取的污染防治措施"))],
  }),
  ...licence({
    name: "排污许可", cert: "排污许可证", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "实行排污许可重点管理或简化管理的排污单位，在全国排污许可证管理信息平台申请排污许可证。",
    cond: ["依法取得建设项目环评批复或备案", "污染物排放符合排放标准和重点污染物排放总量控制要求", "有符合要求的自行监测方案"],
    mat: [sqb("排污许可证申请表"), yj("自行监测方案"), yj("信息公开情况说明"), opt(fy("环评批复文件"))], law: [PWXK, "《排污许可管理办法》"],
    days: [20, 10], renewBefore: "60日", online: { 新办: true, 变更: true, 延续: true, 注销: true }, kw: [...HJ_KW, "排污许可", "排污证", "排污许可证"],
    changeItems: "name=单位名称|legalRep=法定代表人|address=生产经营场所|outlets=排放口|pollutants=污染物种类或排放量",
    q: [pg("管理类别", radio("managementType", "排污许可管理类别", "key=重点管理|simplified=简化管理"), text("industry", "行业类别")), pg("排放情况", count("outletCount", "废气、废水排放口数量", 1000), checks("pollutants", "主要污染物", "so2=二氧化硫|nox=氮氧化物|pm=颗粒物|cod=化学需氧量|nh3n=氨氮|voc=挥发性有机物"))],
  }),
  mk({
    name: "固定污染源排污登记", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "污染物产生量、排放量和对环境的影响程度很小的排污单位，在线填报排污登记表。",
    cond: ["属于《固定污染源排污许可分类管理名录》中实行登记管理的排污单位"], mat: [YYZZ], law: [PWXK],
    days: [1, 0], online: true, kw: [...HJ_KW, "排污登记", "登记管理"],
    q: [pg("排污信息", text("industry", "行业类别"), checks("wasteTypes", "排放类型", "gas=废气|water=废水|solid=一般工业固体废物|none=无污染物排放"))],
  }),
  ...licence(
    {
      name: "危险废物收集经营许可", cert: "危险废物经营许可证", section: ENV, dept: "sthjj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "从事机动车维修活动中产生的废矿物油、居民日常生活中产生的废镉镍电池等危险废物收集经营活动的，申请经营许可。",
      cond: ["有符合国家标准的包装工具、中转和临时存放设施", "有保证危险废物经营安全的规章制度和事故应急救援措施", "有相应的专业技术人员"],
      mat: [sqb("危险废物经营许可证申请书"), YYZZ, fy("设施场所证明"), yj("管理制度和应急预案"), yj("技术人员证明")], law: [GFF, "《危险废物经营许可证管理办法》"],
      days: [20, 15], renewBefore: "30日", kw: [...HJ_KW, "危废", "危险废物", "废机油收集"], changeItems: "name=法人名称|legalRep=法定代表人|address=住所",
      online: { 变更: false },
    },
    ["新办", "变更", "延续"],
  ),
  mk({
    name: "危险废物管理计划备案", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "产生危险废物的单位按年度在线制定并备案危险废物管理计划。",
    cond: ["产生危险废物的单位"], mat: [YYZZ, yj("危险废物管理计划")], law: [`${GFF}第七十八条`], days: [5, 1], online: true, kw: [...HJ_KW, "危废", "管理计划", "危废备案"],
    q: [pg("年度计划", count("year", "计划年度", 2100), num("plannedTons", "预计产生量（吨）", { validation: { min: 0 } }), checks("disposal", "利用处置方式", "entrust=委托持证单位利用处置|self=自行利用处置|store=贮存"))],
  }),
  mk({
    name: "危险废物转移电子联单", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "转移危险废物时在线填写、运行危险废物转移电子联单。",
    cond: ["已备案危险废物管理计划", "接受单位持有相应危险废物经营许可证"], mat: [YYZZ], law: [GFF, "《危险废物转移管理办法》"], days: [1, 0], online: true,
    kw: [...HJ_KW, "危废转移", "转移联单"],
    q: [pg("转移信息", text("wasteCode", "废物代码", { validation: { pattern: "^\\d{3}-\\d{3}-\\d{2}$", patternMessage: "格式如 900-041-49" } }), num("tons", "转移量（吨）", { validation: { min: 0 } }), text("receiver", "接受单位")), pg("运输", text("carrier", "运输单位"), plate("vehiclePlate", "运输车辆号牌"), date("transferDate", "转移日期"))],
  }),
  ...licence({
    name: "辐射安全许可", cert: "辐射安全许可证", section: ENV, dept: "sthjj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "使用Ⅲ类射线装置（如医用X射线诊断设备）的单位申请辐射安全许可证。",
    cond: ["有与所从事的辐射工作相适应的专业技术人员", "有符合要求的场所和防护设施", "有健全的安全和防护管理规章制度及事故应急措施"],
    mat: [sqb("辐射安全许可证申请表"), YYZZ, yj("辐射工作人员培训合格证明"), yj("场所防护和监测设备说明"), yj("管理制度和应急预案")], law: [FSF, "《放射性同位素与射线装置安全和防护条例》"],
    days: [20, 10], renewBefore: "30日", kw: [...HJ_KW, "辐射安全", "射线装置", "X光机许可"],
    changeItems: "name=单位名称|legalRep=法定代表人|address=地址|equipment=射线装置",
  }),
  mk({
    name: "突发环境事件应急预案备案", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "可能发生突发环境事件的企业在预案签署发布后20个工作日内在线备案。",
    cond: ["属于应当编制突发环境事件应急预案的企业", "预案已经评估并签署发布"], mat: [YYZZ, yj("突发环境事件应急预案"), yj("环境风险评估报告"), yj("环境应急资源调查报告"), yj("预案评审意见")],
    law: ["《中华人民共和国突发事件应对法》", "《企业事业单位突发环境事件应急预案备案管理办法（试行）》"], days: [5, 1], online: true,
    kw: [...HJ_KW, "应急预案", "环境应急", "预案备案"],
    q: [pg("预案信息", select("riskLevel", "环境风险等级", "general=一般|larger=较大|major=重大"), date("issueDate", "预案签署发布日期"))],
  }),
  mk({
    name: "入河排污口设置审批", section: ENV, dept: "sthjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "新建、改建或扩大入河排污口的，申请设置审批。",
    cond: ["排污口设置符合水功能区划和水环境保护要求", "不在饮用水水源保护区内", "有入河排污口设置论证报告"],
    mat: [sqb("入河排污口设置申请书"), yj("入河排污口设置论证报告"), opt(fy("建设项目环评文件"))], law: ["《中华人民共和国水污染防治法》", "《入河入海排污口监督管理办法》"],
    days: [20, 15], kw: [...HJ_KW, "排污口", "入河排污口"],
  }),
  mk({
    name: "夜间施工作业证明", section: ENV, dept: "sthjj", aud: "enterprise", theme: "工程建设", kind: "其他行政权力",
    summary: "因生产工艺要求或特殊需要必须在夜间（22时至次日6时）连续施工的，申请夜间施工证明并提前公告附近居民。",
    cond: ["因抢修、抢险或生产工艺要求必须连续施工作业", "采取有效的噪声污染防治措施", "已公告附近居民"],
    mat: [sqb("夜间施工申请表"), yj("施工工艺说明或有关证明"), yj("噪声污染防治措施"), dz("建筑工程施工许可证")], law: ["《中华人民共和国噪声污染防治法》第四十三条"],
    days: [3, 1], online: true, kw: [...HJ_KW, "夜间施工", "施工噪声", "夜间施工证明"],
    q: [pg("施工信息", text("projectName", "工程名称"), addr("siteAddress", "施工地点")), pg("夜间作业", date("fromDate", "起始日期"), date("toDate", "截止日期"), text("workContent", "夜间作业内容", { validation: { maxLength: 200 } }))],
  }),
  mk({
    name: "生态环境违法行为举报", section: ENV, dept: "sthjj", theme: "住房", kind: "其他行政权力",
    summary: "公众在线举报偷排偷放、噪声扰民、油烟污染等生态环境违法行为，可上传照片视频，可匿名。",
    cond: ["发现本市行政区域内的生态环境违法行为"], mat: [opt(yj("现场照片或视频"))], law: ["《中华人民共和国环境保护法》第五十七条"], days: [15, 10], online: true, realName: false,
    kw: [...HJ_KW, "环保举报", "污染举报", "12369", "偷排", "噪声扰民"],
    q: [pg("举报对象", text("target", "被举报单位或个人", { required: false }), addr("location", "污染发生地点")), pg("污染情况", checks("pollutionTypes", "污染类型", "water=水污染|air=大气污染|noise=噪声|waste=固体废物|soil=土壤|other=其他"), area("description", "情况描述"))],
  }),
  mk({
    name: "企业环境信用修复申请", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "被评为环保较差、差等级或列入失信名单的企业，整改完成后申请信用修复。",
    cond: ["已纠正失信行为并履行行政处罚决定", "公示期满或符合提前修复条件", "已作出信用承诺"], mat: [YYZZ, yj("整改完成证明材料"), yj("信用修复承诺书"), fy("罚款缴纳凭证")],
    law: ["《企业环境信用评价办法（试行）》"], days: [15, 10], kw: [...HJ_KW, "信用修复", "环保信用", "失信修复"],
  }),
  mk({
    name: "非道路移动机械编码登记", section: ENV, dept: "sthjj", aud: "enterprise", theme: "经营",
    summary: "在本市使用的挖掘机、装载机、叉车等非道路移动机械在线申报编码登记，领取环保号牌。",
    cond: ["在本市使用的非道路移动机械", "排放符合国家标准"], mat: [YYZZ, yj("机械铭牌照片"), yj("发动机铭牌照片"), yj("机械整体照片")],
    law: ["《中华人民共和国大气污染防治法》"], days: [5, 1], online: true, kw: [...HJ_KW, "非道路移动机械", "挖掘机上牌", "叉车登记", "环保号牌"],
    q: [pg("机械信息", select("machineType", "机械类型", "excavator=挖掘机|loader=装载机|forklift=叉车|roller=压路机|crane=起重机|other=其他"), text("machineModel", "机械型号"), text("engineNo", "发动机编号")), pg("排放", select("emissionStage", "排放阶段", "cn2=国二|cn3=国三|cn4=国四|ev=纯电动"))],
  }),
];

// ---------------------------------------------------------------- 城管局
const SRHW = "《城市市容和环境卫生管理条例》";
const CSLH = "《城市绿化条例》";
const CSDL = "《城市道路管理条例》";
const CG_KW = ["城管", "城市管理"];

const cgj: Draft[] = [
  mk({
    name: "城市建筑垃圾处置核准", section: ENV, dept: "cgj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "建设、施工单位在工程开工前申请建筑垃圾（渣土）处置核准，明确消纳场所和运输单位。",
    cond: ["有建筑垃圾分类处置方案和资源化利用措施", "有合法的消纳场所", "委托核准的运输单位运输"],
    mat: [sqb("建筑垃圾处置核准申请表"), yj("建筑垃圾处置方案"), fy("与运输单位签订的运输合同"), fy("消纳场地证明"), dz("建筑工程施工许可证")],
    law: [SRHW, "《城市建筑垃圾管理规定》"], days: [20, 5], kw: [...CG_KW, "渣土", "建筑垃圾", "渣土处置"],
  }),
  mk({
    name: "建筑垃圾（渣土）运输车辆准运证核发", section: ENV, dept: "cgj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "从事建筑垃圾运输的企业为其密闭化、装有定位装置的运输车辆申领准运证。",
    cond: ["运输车辆全密闭并安装卫星定位装置", "车辆外观、标识符合本市要求", "企业有健全的运输管理制度"],
    mat: [YYZZ, fy("机动车行驶证"), fy("道路运输证"), yj("车辆照片"), yj("运输管理制度")], law: [SRHW, "《城市建筑垃圾管理规定》"], days: [10, 5],
    kw: [...CG_KW, "渣土车", "准运证", "渣土运输"],
  }),
  ...licence(
    {
      name: "城市生活垃圾经营性清扫、收集、运输服务许可", cert: "城市生活垃圾经营性服务许可证", section: ENV, dept: "cgj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "从事城市生活垃圾经营性清扫、收集、运输服务的企业申请服务许可。",
      cond: ["机械清扫能力达到规定比例", "垃圾收集、运输车辆为全密闭", "有健全的技术、质量、安全和监测管理制度"],
      mat: [sqb("申请书"), YYZZ, yj("车辆、设备清单及行驶证"), yj("管理制度")], law: [SRHW, "《城市生活垃圾管理办法》"], days: [20, 10], kw: [...CG_KW, "垃圾清运", "环卫", "保洁"],
      changeItems: "name=企业名称|legalRep=法定代表人|vehicles=车辆设备|area=服务区域",
    },
    ["新办", "变更", "注销"],
  ),
  mk({
    name: "餐厨废弃物收集运输服务许可", section: ENV, dept: "cgj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事餐厨废弃物收集、运输服务的企业申请服务许可。",
    cond: ["有全密闭的专用收运车辆", "有规范的收运管理制度和台账", "有固定的停车场所"], mat: [sqb("申请书"), YYZZ, fy("车辆行驶证"), yj("收运管理制度")],
    law: [SRHW, "《城市生活垃圾管理办法》"], days: [20, 10], kw: [...CG_KW, "餐厨垃圾", "泔水", "地沟油"],
  }),
  mk({
    name: "砍伐、迁移城市树木审批", section: ENV, dept: "cgj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "因建设或树木影响安全等原因需要砍伐、迁移城市树木的，申请审批并按规定补植。",
    cond: ["确因建设需要或树木存在安全隐患", "有补植或异地补偿方案", "不属于古树名木"], mat: [sqb("砍伐、迁移树木申请表"), yj("树木位置、品种、数量说明及照片"), yj("补植方案")],
    law: [CSLH], days: [20, 10], kw: [...CG_KW, "砍树", "迁移树木", "园林绿化", "树木审批"],
  }),
  mk({
    name: "临时占用城市绿地审批", section: ENV, dept: "cgj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "因建设或其他特殊需要临时占用城市绿地的，申请审批，期满后恢复原状。",
    cond: ["确因建设或其他特殊需要", "有绿地恢复方案", "占用期限一般不超过一年"], mat: [sqb("临时占用绿地申请表"), yj("占用位置、面积图"), yj("恢复方案")], law: [CSLH], days: [20, 10],
    kw: [...CG_KW, "占用绿地", "绿地审批"],
  }),
  ...licence({
    name: "户外广告设施设置审批", cert: "户外广告设施设置许可证", section: ENV, dept: "cgj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "在城市道路、广场、建筑物外墙等处设置大型户外广告设施的，申请设置许可。",
    cond: ["符合户外广告设施设置规划", "设施结构安全，有安全检测报告", "取得场地或建筑物所有权人同意"],
    mat: [sqb("户外广告设施设置申请表"), YYZZ, yj("设计效果图及结构图"), fy("场地或建筑物使用协议"), yj("结构安全检测报告")], law: [SRHW, "《中华人民共和国广告法》"],
    days: [20, 10], kw: [...CG_KW, "户外广告", "广告牌", "广告审批"], changeItems: "content=画面内容|size=规格|owner=设置人",
  }),
  mk({
    name: "店招标牌设置备案", section: ENV, dept: "cgj", aud: "enterprise", theme: "开办",
    summary: "沿街商户设置门头店招标牌，在线提交效果图备案。",
    cond: ["已取得营业执照", "店招符合本市店招标牌设置导则"], mat: [YYZZ, yj("店招效果图")], law: [SRHW], days: [5, 1], online: true,
    kw: [...CG_KW, "店招", "门头", "招牌"],
    q: [pg("店招信息", addr("shopAddress", "门店地址"), text("signText", "店招文字"), num("signWidth", "店招宽度（米）", { validation: { min: 0, max: 50 } }), num("signHeight", "店招高度（米）", { validation: { min: 0, max: 10 } }))],
  }),
  mk({
    name: "临时占道经营审批", section: ENV, dept: "cgj", theme: "就业", kind: "行政许可",
    summary: "在城市道路、广场等公共场所临时设摊经营或开展促销活动的，申请占道许可。",
    cond: ["在政府划定的临时经营区域或不影响通行和市容的地点", "占用期限明确", "承诺做好门前卫生和安全"],
    mat: [SFZ_DZ, opt(YYZZ, "以经营主体名义申请的提供"), yj("占用位置示意图")], law: [SRHW, CSDL], days: [10, 3], online: true,
    kw: [...CG_KW, "占道经营", "摆摊", "地摊", "临时摊点", "促销活动"],
    q: [pg("占用地点", addr("location", "占用地点"), num("area", "占用面积（平方米）", { validation: { min: 0, max: 500 } })), pg("占用期限", date("fromDate", "起始日期"), date("toDate", "截止日期"), select("purpose", "用途", "stall=便民摊点|promotion=促销活动|event=公益活动|other=其他"))],
  }),
  mk({
    name: "占用、挖掘城市道路审批", section: TRA, dept: "cgj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "因工程建设需要占用或挖掘城市道路的，申请审批，按期恢复并缴纳道路挖掘修复费。",
    cond: ["因工程建设确需占用或挖掘", "有施工方案和交通组织方案", "已征得公安交通管理部门同意"],
    mat: [sqb("占用、挖掘城市道路申请表"), yj("施工图及位置图"), yj("交通组织方案"), fy("规划许可文件")], law: [CSDL],
    fees: "按江苏省规定标准缴纳城市道路挖掘修复费", days: [20, 10], kw: [...CG_KW, "挖路", "道路开挖", "占道施工"],
  }),
  ...licence(
    {
      name: "城镇污水排入排水管网许可", cert: "排水许可证", section: ENV, dept: "cgj", aud: "enterprise", theme: "经营", kind: "行政许可",
      summary: "从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，申请排水许可。",
      cond: ["排放口设置符合规定", "按规定建设预处理设施", "排水水质符合纳管标准"],
      mat: [sqb("排水许可申请表"), YYZZ, yj("排水户内部排水管网、排水口位置图"), yj("排水水质检测报告"), opt(yj("预处理设施说明"))], law: ["《城镇排水与污水处理条例》", "《城镇污水排入排水管网许可管理办法》"],
      days: [20, 5], renewBefore: "30日", online: { 新办: true, 变更: true, 延续: true }, kw: [...CG_KW, "排水许可", "排水证", "污水纳管"],
      changeItems: "name=排水户名称|legalRep=法定代表人|volume=排水量|outlets=排水口",
      q: [pg("排水信息", select("category", "排水户类别", "industry=工业|construction=建筑施工|catering=餐饮|medical=医疗|other=其他"), num("dailyVolume", "日排水量（立方米）", { validation: { min: 0 } })), pg("设施", count("outletCount", "排水口数量", 100), yesNo("pretreatment", "是否建有预处理设施"))],
    },
    ["新办", "变更", "延续"],
  ),
  mk({
    name: "装修垃圾和大件垃圾清运预约", section: ENV, dept: "cgj", theme: "住房",
    summary: "居民在线预约装修垃圾、废旧家具等大件垃圾上门清运服务。",
    cond: ["本市城市建成区内居民"], mat: [SFZ_DZ], law: [SRHW, "《中华人民共和国固体废物污染环境防治法》"], days: [3, 1], online: true,
    fees: "按本市装修垃圾清运服务收费标准收取（示例）", kw: [...CG_KW, "装修垃圾", "大件垃圾", "旧家具", "垃圾清运", "垃圾分类"],
    q: [pg("清运信息", addr("pickupAddress", "清运地址"), select("wasteType", "垃圾类型", "decoration=装修垃圾|furniture=大件家具|appliance=废旧家电"), num("bags", "数量（袋或件）", { validation: { min: 1, max: 500 } })), pg("预约时间", date("pickupDate", "预约日期"), radio("session", "时段", "am=上午|pm=下午"))],
  }),
  mk({
    name: "城市管理问题投诉", section: ENV, dept: "cgj", theme: "住房", kind: "其他行政权力",
    summary: "市民在线反映乱摆摊、乱堆放、违规广告、垃圾未清运等城市管理问题。",
    cond: ["发现本市城市管理问题"], mat: [opt(yj("现场照片"))], law: [SRHW], days: [5, 3], online: true, realName: false,
    kw: [...CG_KW, "城管投诉", "乱摆摊", "垃圾堆放", "随手拍"],
    q: [pg("问题", select("issueType", "问题类型", "stall=乱设摊|pile=乱堆放|ad=违规广告|garbage=垃圾未清运|light=路灯损坏|other=其他"), addr("location", "问题地点")), pg("描述", area("description", "问题描述"))],
  }),
];

// ---------------------------------------------------------------- 水利局
const SF = "《中华人民共和国水法》";
const STBC = "《中华人民共和国水土保持法》";
const HDGL = "《中华人民共和国河道管理条例》";
const SL_KW = ["水利", "水务"];

const slj: Draft[] = [
  ...licence({
    name: "取水许可", cert: "取水许可证", section: ENV, dept: "slj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "直接从江河、湖泊或地下取用水资源的单位和个人，申请取水许可（电子证照）。",
    cond: ["取水符合水资源规划和用水总量控制要求", "已编制建设项目水资源论证报告或论证表", "取水、退水方案合理"],
    mat: [sqb("取水许可申请书"), yj("建设项目水资源论证报告书（表）"), opt(yj("利害关系人的承诺书或意见"))], law: [SF, "《取水许可和水资源费征收管理条例》"],
    days: [45, 20], renewBefore: "45日", kw: [...SL_KW, "取水", "取水证", "地下水", "水资源"], changeItems: "name=取水权人名称|legalRep=法定代表人|volume=取水量|purpose=取水用途",
  }),
  mk({
    name: "生产建设项目水土保持方案审批", section: ENV, dept: "slj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "可能造成水土流失的生产建设项目，在开工前报批水土保持方案。",
    cond: ["项目征占地面积或挖填土石方量达到编制水土保持方案的标准", "方案符合技术规范"],
    mat: [sqb("水土保持方案审批申请"), yj("水土保持方案报告书或报告表"), opt(fy("项目立项文件"))], law: [`${STBC}第二十五条`], days: [20, 10],
    kw: [...SL_KW, "水保", "水土保持", "水保方案"],
  }),
  mk({
    name: "生产建设项目水土保持设施自主验收报备", section: ENV, dept: "slj", aud: "enterprise", theme: "工程建设",
    summary: "生产建设项目投产使用前，建设单位自主验收水土保持设施后在线报备。",
    cond: ["水土保持方案已经批准", "已完成水土保持设施自主验收并公示"], mat: [yj("水土保持设施验收鉴定书"), yj("水土保持设施验收报告"), yj("水土保持监测总结报告")], law: [STBC],
    days: [5, 1], online: true, kw: [...SL_KW, "水保验收", "水土保持验收"],
    q: [pg("验收信息", text("projectName", "项目名称"), text("approvalNo", "水土保持方案批复文号"), date("acceptanceDate", "自主验收日期"))],
  }),
  mk({
    name: "河道管理范围内建设项目工程建设方案审批", section: ENV, dept: "slj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "在河道管理范围内建设桥梁、码头、管道、缆线等工程设施的，申请工程建设方案审批。",
    cond: ["符合防洪规划和河道整治规划", "不影响河势稳定、防洪安全和其他水工程正常运用", "已编制防洪影响评价报告"],
    mat: [sqb("申请书"), yj("工程建设方案及图纸"), yj("防洪影响评价报告")], law: [`${SF}第三十八条`, HDGL, "《中华人民共和国防洪法》"], days: [20, 15],
    kw: [...SL_KW, "河道", "涉河建设", "防洪评价"],
  }),
  mk({
    name: "非防洪建设项目洪水影响评价报告审批", section: ENV, dept: "slj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "在洪泛区、蓄滞洪区内建设非防洪建设项目的，报批洪水影响评价报告。",
    cond: ["项目位于洪泛区或蓄滞洪区内", "已编制洪水影响评价报告"], mat: [sqb("申请书"), yj("洪水影响评价报告")], law: ["《中华人民共和国防洪法》"], days: [20, 15],
    kw: [...SL_KW, "洪评", "洪水影响评价"],
  }),
  mk({
    name: "河道采砂许可", section: ENV, dept: "slj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "在市管河道内从事疏浚结合采砂等活动的，申请河道采砂许可。",
    cond: ["符合河道采砂规划和年度采砂计划", "有符合要求的采砂设备和作业人员", "有采砂作业方案和安全措施"],
    mat: [sqb("河道采砂申请书"), yj("采砂作业方案"), yj("采砂设备证明"), YYZZ], law: [HDGL], days: [20, 15], kw: [...SL_KW, "采砂", "河砂"],
  }),
  mk({
    name: "非居民用水计划用水指标核定", section: ENV, dept: "slj", aud: "enterprise", theme: "经营",
    summary: "纳入计划用水管理的非居民用水单位，在线申报年度用水计划并核定指标。",
    cond: ["属于计划用水管理的非居民用水户"], mat: [YYZZ, yj("上年度用水情况")], law: [SF, "《计划用水管理办法》"], days: [10, 5], online: true,
    kw: [...SL_KW, "计划用水", "用水指标", "节水"],
    q: [pg("用水计划", count("year", "计划年度", 2100), num("plannedVolume", "计划用水量（立方米）", { validation: { min: 0 } }), num("lastYearVolume", "上年度实际用水量（立方米）", { validation: { min: 0 } }))],
  }),
];

export const ENVIRONMENT: Draft[] = [...sthjj, ...cgj, ...slj];
