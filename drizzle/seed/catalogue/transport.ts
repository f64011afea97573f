/** 交通运输局 (jtj). SAMPLE DATA — see ./items.ts. */
import {
  TRA, PHOTO, SFZ, SFZ_DZ, YYZZ,
  addr, area, checks, date, dz, fy, licence, mk, num, opt, pg, plate, radio, select, sqb, text, yf, yj,
  type Draft,
} from "./helpers";

const DLYS = "《中华人民共和国道路运输条例》";
const GLF = "《中华人民共和国公路法》";
const GLAQ = "《公路安全保护条例》";
const WYC = "《网络预约出租汽车经营服务管理暂行办法》";
const CZCJSY = "《出租汽车驾驶员从业资格管理规定》";
const GKF = "《中华人民共和国港口法》";
const YS_KW = ["道路运输", "运管"];
const VEHICLE_PAGE = pg("车辆信息", plate(), text("vehicleModel", "品牌型号"), date("registerDate", "车辆注册日期"));

export const TRANSPORT: Draft[] = [
  ...licence({
    name: "道路旅客运输经营许可", cert: "道路运输经营许可证", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事班车、包车等道路旅客运输经营的企业，申请道路旅客运输经营许可。",
    cond: ["有与其经营业务相适应并经检测合格的客车", "有符合规定条件的驾驶人员", "有健全的安全生产管理制度"],
    mat: [sqb("道路旅客运输经营申请表"), YYZZ, yj("拟投入车辆承诺书"), fy("驾驶人员从业资格证及驾驶证"), yj("安全生产管理制度文本")],
    law: [DLYS, "《道路旅客运输及客运站管理规定》"], days: [20, 10], kw: [...YS_KW, "客运", "客运许可", "包车"],
    changeItems: "name=企业名称|address=经营地址|legalRep=法定代表人|scope=经营范围",
  }),
  ...licence(
    {
      name: "道路货物运输经营许可", cert: "道路运输经营许可证", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "使用总质量4500千克以上普通货运车辆从事货物运输经营的，申请道路货物运输经营许可。",
      cond: ["有与其经营业务相适应并经检测合格的运输车辆", "有符合规定条件的驾驶人员", "有健全的安全生产管理制度"],
      mat: [sqb("道路货物运输经营申请表"), YYZZ, fy("车辆行驶证或购车承诺"), fy("驾驶人员从业资格证"), yj("安全生产管理制度文本")],
      law: [DLYS, "《道路货物运输及站场管理规定》"], days: [20, 5],
      kw: [...YS_KW, "货运", "货运许可", "物流"], changeItems: "name=企业名称|address=经营地址|legalRep=法定代表人|vehicles=车辆",
    },
    ["新办", "变更", "注销"],
  ),
  ...licence(
    {
      name: "道路危险货物运输许可", cert: "道路运输经营许可证", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "从事道路危险货物运输的企业或单位申请道路危险货物运输许可。",
      cond: ["有符合要求的专用车辆及设备", "有符合要求的停车场地", "有取得从业资格的驾驶人员、装卸管理人员、押运人员", "有健全的安全生产管理制度"],
      mat: [sqb("道路危险货物运输申请表"), YYZZ, yj("专用车辆及设备承诺"), fy("停车场地证明"), fy("从业人员资格证"), yj("安全生产管理制度文本")],
      law: [DLYS, "《危险货物道路运输安全管理办法》", "《道路危险货物运输管理规定》"], days: [20, 10], kw: [...YS_KW, "危货运输", "危险品运输", "危化品运输"],
      changeItems: "name=企业名称|legalRep=法定代表人|vehicles=车辆|parking=停车场地|category=运输类别",
    },
    ["新办", "变更", "注销"],
  ),
  ...licence(
    {
      name: "网络预约出租汽车经营许可", cert: "网络预约出租汽车经营许可证", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "网约车平台公司在南通开展网约车经营服务的，申请网络预约出租汽车经营许可。",
      cond: ["具有企业法人资格", "具备开展网约车经营的互联网平台和与拟开展业务相适应的信息数据交互及处理能力", "在服务所在地有相应服务机构及服务能力"],
      mat: [sqb("网络预约出租汽车经营申请表"), YYZZ, yj("平台信息数据交互及处理能力证明"), yj("服务机构及服务能力证明"), yj("经营管理制度")],
      law: [WYC], days: [20, 15], kw: ["网约车", "网约车平台", "网约车许可"], changeItems: "name=企业名称|address=服务机构地址|legalRep=法定代表人|platform=平台名称",
      online: { 变更: false },
    },
    ["新办", "变更"],
  ),
  mk({
    name: "网络预约出租汽车运输证核发", section: TRA, dept: "jtj", theme: "就业", kind: "行政许可",
    summary: "拟从事网约车经营的车辆申请《网络预约出租汽车运输证》。",
    cond: ["7座及以下乘用车", "安装具有行驶记录功能的车辆卫星定位装置和应急报警装置", "车辆技术性能符合运营安全标准", "符合本市车辆轴距、车龄等要求"],
    mat: [SFZ_DZ, dz("机动车行驶证"), fy("车辆保险单（营业性质）"), yj("车辆照片")], law: [WYC], days: [10, 5],
    kw: ["网约车", "运输证", "网约车车证", "滴滴"],
  }),
  mk({
    name: "网络预约出租汽车驾驶员证核发", section: TRA, dept: "jtj", theme: "就业", kind: "行政许可",
    summary: "拟从事网约车服务的驾驶员经考试合格后申领网络预约出租汽车驾驶员证。",
    cond: ["取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历", "无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录", "无暴力犯罪记录", "最近连续3个记分周期内没有记满12分记录"],
    mat: [SFZ, yj("机动车驾驶证"), yj("无犯罪记录证明"), PHOTO], law: [WYC, CZCJSY], days: [10, 5],
    steps: ["网上报名", "背景核查", "全国公共科目和区域科目考试", "发证"], place: "南通市出租汽车驾驶员考试服务点（示例地址）",
    kw: ["网约车", "网约车驾驶员证", "人证", "网约车司机", "开滴滴"],
  }),
  mk({
    name: "巡游出租汽车驾驶员证核发", section: TRA, dept: "jtj", theme: "就业", kind: "行政许可",
    summary: "拟从事巡游出租汽车（出租车）客运服务的驾驶员经考试合格后申领从业资格证。",
    cond: ["取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历", "无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录", "无暴力犯罪记录"],
    mat: [SFZ, yj("机动车驾驶证"), yj("无犯罪记录证明"), PHOTO], law: [CZCJSY], days: [10, 5], steps: ["报名", "考试", "发证"],
    place: "南通市出租汽车驾驶员考试服务点（示例地址）", kw: ["出租车", "出租车司机", "的士", "从业资格证"],
  }),
  mk({
    name: "出租汽车驾驶员从业资格注册", section: TRA, dept: "jtj", theme: "就业", kind: "其他行政权力",
    summary: "取得出租汽车驾驶员从业资格证的驾驶员，与经营者签订合同后办理从业资格注册。",
    cond: ["持有有效的出租汽车驾驶员从业资格证", "与出租汽车经营者签订劳动合同或经营合同"], mat: [SFZ_DZ, dz("出租汽车驾驶员从业资格证"), fy("劳动合同或经营合同")],
    law: [CZCJSY], days: [5, 2], kw: ["出租车", "网约车", "从业资格注册"],
  }),
  mk({
    name: "道路运输从业人员从业资格证核发", section: TRA, dept: "jtj", theme: "就业", kind: "行政许可",
    summary: "经营性道路客货运输驾驶员经考试合格后申领从业资格证。",
    cond: ["取得相应的机动车驾驶证", "年龄不超过60周岁", "客运驾驶员3年内无重大以上交通责任事故"],
    mat: [SFZ, yj("机动车驾驶证"), PHOTO, opt(yj("驾驶员安全驾驶经历证明"), "客运驾驶员提供")], law: [DLYS, "《道路运输从业人员管理规定》"], days: [10, 5],
    steps: ["报名", "考试", "发证"], kw: [...YS_KW, "从业资格证", "货运资格证", "客运资格证", "上岗证"],
  }),
  mk({
    name: "道路危险货物运输从业人员从业资格证核发", section: TRA, dept: "jtj", theme: "就业", kind: "行政许可",
    summary: "道路危险货物运输驾驶员、装卸管理人员、押运人员经考试合格后申领从业资格证。",
    cond: ["年龄不超过60周岁", "驾驶员取得相应机动车驾驶证并有经营性道路货物运输驾驶员从业资格", "初中以上学历"],
    mat: [SFZ, yj("机动车驾驶证", "驾驶员提供"), yf("学历证明"), PHOTO], law: [DLYS, "《道路运输从业人员管理规定》"], days: [10, 5], steps: ["报名", "考试", "发证"],
    kw: [...YS_KW, "危货资格证", "押运员证", "危险品驾驶员"],
  }),
  mk({
    name: "道路运输从业人员从业资格证换证、补证", section: TRA, dept: "jtj", theme: "就业",
    summary: "从业资格证有效期届满换证，或遗失、损毁补证，可在线办理电子证件。",
    cond: ["持有或曾持有本市核发的从业资格证", "有效期届满前30日内换证或证件遗失、损毁"], mat: [SFZ_DZ, PHOTO], law: ["《道路运输从业人员管理规定》"],
    days: [10, 3], online: true, kw: [...YS_KW, "从业资格证", "换证", "补证"],
    q: [pg("证件信息", text("certNo", "从业资格证号"), radio("action", "办理事项", "renew=有效期满换证|reissue=遗失补证|damaged=损毁换证"))],
  }),
  mk({
    name: "机动车维修经营备案", section: TRA, dept: "jtj", aud: "enterprise", theme: "开办",
    summary: "从事机动车维修经营的，在取得营业执照后向交通运输主管部门备案。",
    cond: ["有与维修业务相适应的维修车辆停车场和生产厂房", "有必要的设备、设施和技术人员", "有健全的维修管理制度和环境保护措施"],
    mat: [YYZZ, yj("维修经营备案表"), fy("场地证明"), yj("技术人员名册及资格证明"), yj("主要设备清单")], law: [DLYS, "《机动车维修管理规定》"],
    days: [5, 1], online: true, kw: ["汽车维修", "修车店", "维修备案", "汽修"],
    q: [pg("经营类别", select("category", "维修经营类别", "class1=一类汽车维修|class2=二类汽车维修|class3=三类汽车维修（专项）|moto=摩托车维修")), pg("场地", addr("siteAddress", "经营场地地址"), num("siteArea", "场地面积（平方米）", { validation: { min: 0 } }))],
  }),
  mk({
    name: "机动车驾驶员培训经营备案", section: TRA, dept: "jtj", aud: "enterprise", theme: "开办",
    summary: "从事机动车驾驶员培训（驾校）业务的，在取得营业执照后备案。",
    cond: ["有与培训业务相适应的教学人员、管理人员", "有必要的教学车辆和教学设施、场地", "有健全的培训管理制度"],
    mat: [YYZZ, yj("驾驶员培训备案表"), fy("教练场地证明"), yj("教学车辆清单"), yj("教练员名册")], law: [DLYS, "《机动车驾驶员培训管理规定》"],
    days: [5, 1], kw: ["驾校", "驾驶培训", "驾校备案"],
  }),
  mk({
    name: "道路运输证配发", section: TRA, dept: "jtj", aud: "enterprise", theme: "经营",
    summary: "道路运输经营者为新增或更新的营运车辆申领道路运输证（电子证照）。",
    cond: ["已取得道路运输经营许可", "车辆技术等级达到规定要求", "安装符合标准的卫星定位装置"], mat: [YYZZ, dz("机动车行驶证"), fy("车辆技术等级评定结果")],
    law: [DLYS], days: [5, 1], online: true, kw: [...YS_KW, "运输证", "营运证", "车辆营运证"],
    q: [VEHICLE_PAGE, pg("营运类别", select("operationType", "营运类别", "passenger=旅客运输|cargo=普通货物运输|dangerous=危险货物运输"))],
  }),
  mk({
    name: "道路运输车辆年度审验", section: TRA, dept: "jtj", aud: "enterprise", theme: "经营", kind: "其他行政权力",
    summary: "营运车辆按年度接受道路运输证审验，检测合格的在线办理。",
    cond: ["持有有效的道路运输证", "车辆检测合格", "无未处理的违章记录"], mat: [YYZZ, fy("车辆综合性能检测报告")], law: [DLYS], days: [5, 1], online: true,
    kw: [...YS_KW, "年审", "营运车年审", "运输证审验"],
    q: [pg("车辆", plate(), text("transportCertNo", "道路运输证号"), date("testDate", "检测日期"))],
  }),
  mk({
    name: "超限运输车辆行驶公路许可", section: TRA, dept: "jtj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "运输不可解体物品的车辆超过公路限定标准的，申请超限运输许可，确定通行路线和时间。",
    cond: ["运输的物品不可解体", "车辆符合规定的技术要求", "按规定采取加固等措施"],
    mat: [sqb("超限运输车辆通行申请表"), fy("车辆行驶证"), fy("道路运输证"), yj("货物名称、外廓尺寸和质量说明"), opt(yj("通行路线方案及安全保障措施"))],
    law: [GLF, GLAQ, "《超限运输车辆行驶公路管理规定》"], days: [5, 2], online: true, kw: ["超限", "大件运输", "超限许可"],
    q: [
      pg("车辆与货物", plate("tractorPlate", "牵引车号牌"), text("cargoName", "货物名称")),
      pg("外廓尺寸", num("length", "车货总长（米）", { validation: { min: 0, max: 100 } }), num("width", "车货总宽（米）", { validation: { min: 0, max: 20 } }), num("height", "车货总高（米）", { validation: { min: 0, max: 10 } }), num("weight", "车货总质量（吨）", { validation: { min: 0, max: 2000 } })),
      pg("通行", addr("route", "起讫地点及途经路线"), date("fromDate", "通行起始日期")),
    ],
  }),
  mk({
    name: "涉路施工许可", section: TRA, dept: "jtj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "在公路、公路用地范围内跨越、穿越公路架设管线或进行其他涉路施工的，申请涉路施工许可。",
    cond: ["符合公路工程技术标准要求", "有保障公路、公路附属设施质量和安全的技术评价报告", "有处置施工险情和意外事故的应急方案"],
    mat: [sqb("涉路施工申请书"), yj("设计和施工方案"), yj("技术评价报告"), yj("安全保障措施及应急方案")], law: [GLF, GLAQ], days: [20, 10],
    kw: ["涉路施工", "公路施工", "管线穿越公路"],
  }),
  mk({
    name: "公路用地范围内设置非公路标志许可", section: TRA, dept: "jtj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "在公路用地范围内设置广告牌等非公路标志的，申请设置许可。",
    cond: ["不影响公路交通安全", "不遮挡公路标志", "符合公路用地范围内标志设置规划"], mat: [sqb("申请书"), yj("设置位置、规格、结构设计图"), YYZZ], law: [GLF, GLAQ],
    days: [20, 10], kw: ["公路广告", "非公路标志", "路边广告牌"],
  }),
  mk({
    name: "公路建设项目施工许可", section: TRA, dept: "jtj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "公路建设项目具备开工条件后，项目法人申请施工许可。",
    cond: ["项目已列入公路建设年度计划", "施工图设计文件已审批", "建设资金已落实", "已完成施工、监理招标"],
    mat: [sqb("施工许可申请书"), fy("施工图设计批复"), fy("施工、监理合同"), yj("资金落实证明"), yj("质量安全监督手续")], law: [GLF, "《公路建设市场管理办法》"],
    days: [20, 15], kw: ["公路施工许可", "公路建设"],
  }),
  ...licence({
    name: "港口经营许可", cert: "港口经营许可证", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事码头、港口装卸、仓储等港口经营的企业申请港口经营许可。",
    cond: ["有固定的经营场所", "有与经营范围、规模相适应的港口设施、设备", "有与经营规模相适应的管理人员和技术人员", "有健全的经营管理制度和安全管理制度"],
    mat: [sqb("港口经营许可申请书"), YYZZ, fy("码头、堆场等设施使用权证明"), yj("设施设备清单"), yj("安全管理制度和应急预案")], law: [GKF, "《港口经营管理规定》"],
    days: [30, 15], kw: ["港口", "码头", "港口经营"], changeItems: "name=企业名称|legalRep=法定代表人|scope=经营范围|facilities=港口设施",
    online: { 变更: false },
  }, ["新办", "变更", "延续"]),
  mk({
    name: "港口危险货物作业附证核发", section: TRA, dept: "jtj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "在港区内从事危险货物装卸、过驳、储存作业的港口经营人申请作业附证。",
    cond: ["已取得港口经营许可", "设施设备符合危险货物作业安全要求", "通过安全评价"], mat: [sqb("港口危险货物作业附证申请书"), dz("港口经营许可证"), yj("安全评价报告"), yj("危险货物作业应急预案")],
    law: [GKF, "《港口危险货物安全管理规定》"], days: [30, 15], kw: ["港口危货", "危险货物作业", "码头危险品"],
  }),
  mk({
    name: "老年人乘车优待卡办理", section: TRA, dept: "jtj", theme: "出行",
    summary: "60周岁以上老年人在线开通市民卡乘车优待功能：60至64周岁半价，65周岁以上免费乘坐市区公交和地铁。",
    cond: ["年满60周岁", "本市户籍或持本市居住证"], mat: [SFZ_DZ, PHOTO], law: ["《中华人民共和国老年人权益保障法》"], days: [5, 1], online: true,
    kw: ["老年卡", "敬老卡", "老人乘车", "免费坐公交", "地铁半价", "市民卡"],
    q: [pg("优待类型", radio("cardType", "优待类型", "half=60至64周岁半价乘车|free=65周岁以上免费乘车")), pg("领卡方式", radio("receiveMethod", "领卡方式", "existing=在已有市民卡上开通|new=新办卡邮寄到家"), addr("postAddress", "邮寄地址", { required: false }))],
  }),
  mk({
    name: "残疾人免费乘车卡办理", section: TRA, dept: "jtj", theme: "残疾人",
    summary: "持残疾人证的本市户籍残疾人在线开通市民卡免费乘坐市区公交功能。",
    cond: ["持有中华人民共和国残疾人证（第二代）", "本市户籍"], mat: [dz("残疾人证"), PHOTO], law: ["《中华人民共和国残疾人保障法》"], days: [5, 1], online: true,
    kw: ["残疾人乘车", "免费乘车", "爱心卡", "市民卡"],
    q: [pg("领卡方式", radio("receiveMethod", "领卡方式", "existing=在已有市民卡上开通|new=新办卡邮寄到家"), addr("postAddress", "邮寄地址", { required: false }))],
  }),
  mk({
    name: "出租汽车和网约车服务投诉", section: TRA, dept: "jtj", theme: "出行", kind: "其他行政权力",
    summary: "乘客对出租汽车、网约车的拒载、绕路、服务态度等问题在线投诉。",
    cond: ["在本市乘坐出租汽车或网约车发生服务纠纷"], mat: [opt(yj("乘车发票或订单截图")), opt(yj("其他证据照片"))], law: ["《巡游出租汽车经营服务管理规定》", WYC],
    days: [10, 5], online: true, realName: false, kw: ["出租车投诉", "网约车投诉", "拒载", "绕路"],
    q: [pg("乘车信息", radio("carType", "车辆类型", "taxi=巡游出租汽车|ride=网约车"), text("carNo", "车牌号或订单号"), date("rideDate", "乘车日期")), pg("投诉内容", checks("issues", "投诉事项", "refuse=拒载|detour=绕路|overcharge=多收费|attitude=服务态度|safety=危险驾驶|other=其他"), area("description", "情况说明"))],
  }),
];
