/** 住建局 (zjj) and 自然资源和规划局 (zrzyghj). SAMPLE DATA — see ./items.ts. */
import {
  ECO, ENV, GOV, LIFE, HKB, PLACE, SFZ, SFZ_DZ, YYZZ,
  addr, area_m2, count, date, dz, fy, idcard, licence, mk, money, num, opt, person, pg, radio, select, sqb, text, yesNo, yj,
  type Draft,
} from "./helpers";

const JZF = "《中华人民共和国建筑法》";
const FDC = "《中华人民共和国城市房地产管理法》";
const WYTL = "《物业管理条例》";
const BZF = "《公共租赁住房管理办法》";
const XFSJ = "《建设工程消防设计审查验收管理暂行规定》";
const GCXM = "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》";
const FC_KW = ["房产", "房屋", "住房"];
const WX_KW = ["维修资金", "物业", "大修基金"];

const housePage = pg("房屋信息", addr("houseAddress", "房屋坐落"), area_m2("buildingArea", "建筑面积"), money("totalPrice", "成交总价"));
const buyerPage = pg("共同买受人", yesNo("hasCoBuyer", "是否有共同买受人"), person("coBuyerName", "共同买受人姓名", { required: false }), idcard("coBuyerIdCard", "共同买受人居民身份证号码", { required: false }));
const projectPage = pg("项目信息", text("projectName", "项目名称"), addr("projectAddress", "建设地点"), text("projectCode", "项目代码", { hint: "投资项目在线审批监管平台赋予的项目代码" }));

const zjj: Draft[] = [
  ...licence(
    {
      name: "建筑工程施工许可", cert: "建筑工程施工许可证", section: ECO, dept: "zjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
      summary: "建筑工程开工前，建设单位申请领取建筑工程施工许可证（电子证照）。",
      cond: ["已办理用地批准手续", "已取得建设工程规划许可证", "已确定施工企业", "有满足施工需要的资金安排、施工图纸及技术资料", "有保证工程质量和安全的具体措施"],
      mat: [sqb("建筑工程施工许可证申请表"), dz("建设工程规划许可证"), fy("施工合同"), yj("施工图设计文件审查合格书或承诺"), yj("质量安全监督手续"), yj("建设资金已经落实承诺书")],
      law: [`${JZF}第七条`, `${JZF}第八条`, "《建筑工程施工许可管理办法》"], days: [7, 3], online: { 新办: true, 变更: true },
      kw: ["施工许可", "施工许可证", "开工", "建筑许可"], changeItems: "builder=建设单位名称|contractor=施工单位|supervisor=监理单位|scale=建设规模",
      q: [projectPage, pg("工程概况", area_m2("floorArea", "总建筑面积"), money("contractPrice", "合同价格（万元）", { hint: "单位：万元" }), date("plannedStart", "计划开工日期"), date("plannedEnd", "计划竣工日期")), pg("参建单位", text("contractorName", "施工总承包单位"), text("supervisorName", "监理单位", { required: false }))],
    },
    ["新办", "变更"],
  ),
  mk({
    name: "建筑工程施工许可证延期", section: ECO, dept: "zjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "领取施工许可证后因故不能按期开工的，在期满前申请延期，延期以两次为限，每次不超过三个月。",
    cond: ["自领取施工许可证之日起三个月内因故不能按期开工", "在期满前提出申请", "延期以两次为限"], mat: [sqb("延期申请"), dz("建筑工程施工许可证"), yj("不能按期开工的理由说明")],
    law: [`${JZF}第九条`], days: [7, 3], online: true, kw: ["施工许可", "延期", "延期开工"],
    q: [pg("延期信息", text("licenceNo", "施工许可证编号"), radio("times", "本次为第几次延期", "1=第一次|2=第二次"), text("reason", "延期原因", { validation: { maxLength: 200 } }))],
  }),
  mk({
    name: "商品房预售许可", section: ECO, dept: "zjj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "房地产开发企业预售商品房，申请领取商品房预售许可证。",
    cond: ["已交付全部土地使用权出让金，取得土地使用权证书", "持有建设工程规划许可证和施工许可证", "投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期"],
    mat: [sqb("商品房预售许可申请表"), YYZZ, dz("房地产开发企业资质证书"), dz("不动产权证书（土地）"), dz("建设工程规划许可证"), dz("建筑工程施工许可证"), yj("工程进度及投资证明"), yj("商品房预售方案"), yj("预售资金监管协议")],
    law: [`${FDC}第四十五条`, "《城市商品房预售管理办法》"], days: [10, 5], kw: ["预售证", "预售许可", "楼盘预售", "开盘"],
  }),
  mk({
    name: "商品房现售备案", section: ECO, dept: "zjj", aud: "enterprise", theme: "经营",
    summary: "房地产开发企业在商品房竣工验收合格后现售的，办理现售备案。",
    cond: ["取得房地产开发企业资质证书", "商品房已通过竣工验收", "已落实拆迁安置和供水、供电等配套设施"], mat: [YYZZ, yj("竣工验收备案证明"), yj("物业管理方案"), yj("房屋测绘报告")],
    law: ["《商品房销售管理办法》"], days: [10, 5], kw: ["现房销售", "现售备案"],
  }),
  mk({
    name: "商品房买卖合同网签备案", section: LIFE, dept: "zjj", theme: "住房",
    summary: "购买新建商品房签订买卖合同后在线网签备案，取得合同备案编号。",
    cond: ["所购商品房已取得预售许可或现售备案", "买卖双方已签订商品房买卖合同"], mat: [SFZ_DZ, opt(dz("结婚证"), "已婚的提供")], law: [FDC, "《城市商品房预售管理办法》"],
    days: [1, 0], online: true, kw: [...FC_KW, "网签", "合同备案", "买房", "新房"],
    q: [housePage, pg("合同", text("contractNo", "合同编号"), text("developer", "出卖人（开发企业）"), radio("payMethod", "付款方式", "full=一次性付款|loan=贷款|gjj=公积金贷款|combined=组合贷款")), buyerPage],
  }),
  mk({
    name: "存量房买卖合同网签备案", section: LIFE, dept: "zjj", theme: "住房",
    summary: "二手房买卖双方签订存量房买卖合同后在线网签备案。",
    cond: ["房屋已取得不动产权证书且无查封", "买卖双方已协商一致"], mat: [SFZ_DZ, dz("不动产权证书")], law: [FDC],
    days: [1, 0], online: true, kw: [...FC_KW, "二手房", "网签", "存量房", "过户"],
    q: [housePage, pg("出卖人", person("sellerName", "出卖人姓名"), idcard("sellerIdCard", "出卖人居民身份证号码"), text("certNo", "不动产权证书号")), pg("交易方式", radio("viaAgency", "成交方式", "agency=经纪机构居间|self=买卖双方自行成交"), text("agencyName", "经纪机构名称", { required: false })), buyerPage],
  }),
  mk({
    name: "房屋租赁登记备案", section: LIFE, dept: "zjj", theme: "住房",
    summary: "房屋租赁合同订立后30日内，出租人或承租人在线办理租赁登记备案，可用于提取公积金、子女入学、居住证。",
    cond: ["出租房屋权属清晰，符合安全、消防要求", "租赁双方已签订书面租赁合同"], mat: [SFZ_DZ, dz("不动产权证书"), fy("房屋租赁合同")], law: ["《商品房屋租赁管理办法》"],
    days: [3, 1], online: true, kw: [...FC_KW, "租赁备案", "租房备案", "租房合同"],
    q: [pg("租赁房屋", addr("rentAddress", "房屋坐落"), area_m2("rentArea", "租赁面积"), num("monthlyRent", "月租金", { hint: "单位：元", validation: { min: 0 } })), pg("租赁期限", date("fromDate", "租赁起始日期"), date("toDate", "租赁截止日期"), radio("role", "申请人身份", "lessor=出租人|lessee=承租人"))],
  }),
  mk({
    name: "公共租赁住房申请", section: LIFE, dept: "zjj", theme: "住房", kind: "行政给付",
    summary: "本市城镇中等偏下收入住房困难家庭、新就业无房职工和稳定就业外来务工人员申请公共租赁住房。",
    cond: ["家庭人均住房面积低于本市规定标准", "家庭收入、财产符合本市规定标准", "申请人及家庭成员在本市无其他住房"],
    mat: [sqb("公共租赁住房申请表"), SFZ, HKB, yj("家庭收入证明"), yj("住房情况证明"), opt(fy("劳动合同及社保缴纳证明"), "外来务工人员提供")], law: [BZF],
    days: [30, 20], steps: ["申请", "街道初审", "部门联审", "公示", "轮候配租"], place: "户籍或工作所在地街道便民服务中心", kw: [...FC_KW, "公租房", "廉租房", "保障房"],
  }),
  mk({
    name: "住房租赁补贴申请", section: LIFE, dept: "zjj", theme: "住房", kind: "行政给付",
    summary: "符合条件的城镇低收入住房困难家庭自行租房的，申请按月发放住房租赁补贴。",
    cond: ["本市城镇户籍", "家庭收入和住房符合住房保障标准", "在市场租赁住房并签订合同"], mat: [sqb("住房租赁补贴申请表"), SFZ, HKB, yj("家庭收入证明"), fy("房屋租赁合同")],
    law: [BZF], days: [30, 20], steps: ["申请", "街道初审", "部门联审", "公示", "发放补贴"], place: "户籍所在地街道便民服务中心", kw: [...FC_KW, "租房补贴", "住房补贴"],
  }),
  mk({
    name: "保障性租赁住房申请", section: LIFE, dept: "zjj", theme: "住房",
    summary: "新市民、青年人等在本市无房的，在线申请保障性租赁住房，租金低于同地段同品质市场租金。",
    cond: ["在本市稳定就业", "本人及配偶在本市无自有住房"], mat: [SFZ_DZ, dz("社会保险参保缴费证明"), opt(fy("劳动合同"))], law: ["《国务院办公厅关于加快发展保障性租赁住房的意见》"],
    days: [15, 10], online: true, kw: [...FC_KW, "保租房", "人才公寓", "青年公寓", "租房"],
    q: [pg("工作情况", text("employer", "工作单位"), date("employedSince", "在通就业起始日期")), pg("房源意向", select("project", "意向项目区域", "chongchuan=崇川区|development=南通经济技术开发区|tongzhou=通州区|haimen=海门区"), radio("roomType", "户型", "single=单间|oneBed=一室|twoBed=两室"), count("members", "入住人数", 6))],
  }),
  mk({
    name: "住宅专项维修资金交存", section: LIFE, dept: "zjj", theme: "住房",
    summary: "购房人在办理不动产登记前在线缴交住宅专项维修资金。",
    cond: ["购买本市新建商品住宅或非住宅"], mat: [SFZ_DZ], law: [WYTL, "《住宅专项维修资金管理办法》"], days: [1, 0], online: true,
    fees: "按房屋建筑面积和本市规定的交存标准缴交", kw: [...WX_KW, "维修基金交存", "买房交维修基金"],
    q: [pg("房屋信息", addr("houseAddress", "房屋坐落"), area_m2("buildingArea", "建筑面积"), text("contractNo", "商品房买卖合同编号"))],
  }),
  mk({
    name: "住宅专项维修资金使用申请", section: LIFE, dept: "zjj", theme: "住房",
    summary: "住宅共用部位、共用设施设备保修期满后需要维修、更新改造的，由业主委员会或物业服务企业申请使用维修资金。",
    cond: ["共用部位、共用设施设备保修期满", "维修方案经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积过半数且参与表决人数过半数的业主同意"],
    mat: [sqb("维修资金使用申请表"), yj("维修方案及预算"), yj("业主表决结果"), yj("维修合同")], law: [WYTL, "《住宅专项维修资金管理办法》", "《中华人民共和国民法典》第二百七十八条"],
    days: [15, 10], kw: [...WX_KW, "维修资金使用", "电梯维修", "屋顶漏水"],
  }),
  mk({
    name: "业主大会成立和业主委员会备案", section: LIFE, dept: "zjj", theme: "住房",
    summary: "业主大会成立或业主委员会选举产生后，向物业所在地主管部门备案。",
    cond: ["业主大会已依法召开", "业主委员会委员已选举产生"], mat: [yj("业主大会会议决议"), yj("业主大会议事规则"), yj("管理规约"), yj("业主委员会委员名单")],
    law: [WYTL, "《业主大会和业主委员会指导规则》"], days: [15, 10], place: "物业所在地街道便民服务中心", kw: ["业委会", "业主大会", "物业", "业主委员会"],
  }),
  mk({
    name: "前期物业服务合同备案", section: LIFE, dept: "zjj", aud: "enterprise", theme: "经营",
    summary: "建设单位选聘物业服务企业后，将前期物业服务合同和临时管理规约在线备案。",
    cond: ["建设单位已通过招投标或协议方式选聘物业服务企业"], mat: [YYZZ, fy("前期物业服务合同"), fy("临时管理规约"), opt(fy("中标通知书"))], law: [WYTL],
    days: [5, 1], online: true, kw: ["物业", "物业合同", "前期物业"],
    q: [pg("项目", text("estateName", "物业项目名称"), addr("estateAddress", "项目坐落"), text("propertyCompany", "物业服务企业")), pg("合同", date("fromDate", "服务起始日期"), num("feePerM2", "物业费标准（元/平方米·月）", { validation: { min: 0, max: 100 } }))],
  }),
  mk({
    name: "既有多层住宅加装电梯审批", section: LIFE, dept: "zjj", theme: "住房", kind: "行政许可",
    summary: "既有多层住宅业主协商一致加装电梯的，提交联合审查申请，审查通过后施工。",
    cond: ["经本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上且人数四分之三以上的业主同意", "房屋结构安全，具备加装条件"],
    mat: [sqb("加装电梯申请表"), yj("业主同意加装电梯的书面意见"), yj("加装电梯设计方案"), yj("房屋结构安全评估报告"), yj("费用分摊和维护管理协议")],
    law: ["《中华人民共和国民法典》第二百七十八条", "《中华人民共和国特种设备安全法》"], days: [20, 15], place: "所在县（市、区）政务服务中心加装电梯联合审查窗口（示例地址）",
    kw: [...FC_KW, "加装电梯", "老楼装电梯", "电梯"],
  }),
  mk({
    name: "房屋安全鉴定申请", section: LIFE, dept: "zjj", theme: "住房",
    summary: "房屋出现裂缝、倾斜等安全隐患的，申请由房屋安全鉴定机构进行鉴定。",
    cond: ["房屋所有人或使用人", "房屋存在安全隐患或需要改变结构用途"], mat: [SFZ, dz("不动产权证书"), yj("房屋现状照片")], law: ["《城市危险房屋管理规定》"],
    days: [20, 10], fees: "按本市房屋安全鉴定收费标准收取", kw: [...FC_KW, "房屋鉴定", "危房", "房屋裂缝"],
  }),
  ...licence({
    name: "房地产开发企业二级资质核定", cert: "房地产开发企业资质证书", section: ECO, dept: "zjj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事房地产开发经营的企业申请二级资质核定。",
    cond: ["从事房地产开发经营1年以上", "有符合规定的专业管理人员", "有健全的质量保证体系"], mat: [sqb("资质申请表"), YYZZ, yj("专业管理人员名单及证书"), yj("质量保证体系文件")],
    law: [FDC, "《房地产开发企业资质管理规定》"], days: [20, 10], kw: ["房开资质", "开发资质", "房地产资质"], changeItems: "name=企业名称|legalRep=法定代表人|address=住所",
  }, ["新办", "延续"]),
  ...licence(
    {
      name: "建筑业企业资质核准", cert: "建筑业企业资质证书", section: ECO, dept: "zjj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "申请施工总承包、专业承包（设区市审批权限内）资质和施工劳务资质。",
      cond: ["具有法人资格", "净资产、技术负责人、技术工人等符合资质标准", "有符合规定的工程业绩（如需要）"],
      mat: [sqb("建筑业企业资质申请表"), YYZZ, yj("技术负责人和注册人员证明"), yj("财务报表"), opt(yj("工程业绩证明"))], law: [JZF, "《建筑业企业资质管理规定》"],
      days: [20, 10],
      kw: ["建筑资质", "施工资质", "劳务资质"], changeItems: "name=企业名称|legalRep=法定代表人|address=住所|techLead=技术负责人",
    },
    ["新办", "变更"],
  ),
  ...licence({
    name: "燃气经营许可", cert: "燃气经营许可证", section: ECO, dept: "zjj", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "从事管道燃气、瓶装燃气、汽车加气经营的企业申请燃气经营许可。",
    cond: ["符合燃气发展规划要求", "有符合国家标准的燃气气源和燃气设施", "有固定的经营场所、完善的安全管理制度和健全的经营方案", "主要负责人、安全生产管理人员及运行维护和抢修人员经专业培训考核合格"],
    mat: [sqb("燃气经营许可申请书"), YYZZ, yj("气源证明"), yj("燃气设施验收证明"), yj("安全管理制度和经营方案"), yj("人员培训考核合格证明")], law: ["《城镇燃气管理条例》", "《燃气经营许可管理办法》"],
    days: [20, 15], kw: ["燃气", "液化气", "天然气", "燃气许可"], changeItems: "name=企业名称|legalRep=法定代表人|address=经营场所|scope=经营区域",
    online: { 变更: false },
  }, ["新办", "变更", "延续"]),
  mk({
    name: "建设工程消防设计审查", section: GOV, dept: "zjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "特殊建设工程的建设单位在施工前申请消防设计审查。",
    cond: ["属于特殊建设工程", "消防设计文件由具有相应资质的设计单位编制"], mat: [sqb("消防设计审查申请表"), yj("消防设计文件"), fy("设计单位资质证书"), opt(yj("特殊消防设计技术资料"))],
    law: ["《中华人民共和国消防法》第十一条", XFSJ], days: [15, 10], kw: ["消防审查", "消防设计", "消防图审"],
  }),
  mk({
    name: "建设工程消防验收", section: GOV, dept: "zjj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "特殊建设工程竣工后，建设单位申请消防验收。",
    cond: ["消防设计审查已合格", "工程已完成竣工验收消防查验"], mat: [sqb("消防验收申请表"), yj("工程竣工验收报告"), yj("涉及消防的建设工程竣工图纸"), fy("消防产品质量证明")],
    law: ["《中华人民共和国消防法》第十三条", XFSJ], days: [15, 10], kw: ["消防验收", "竣工消防"],
  }),
  mk({
    name: "建设工程消防验收备案", section: GOV, dept: "zjj", aud: "enterprise", theme: "工程建设",
    summary: "其他建设工程竣工验收合格后，建设单位在线进行消防验收备案。",
    cond: ["不属于特殊建设工程", "已完成竣工验收"], mat: [yj("消防验收备案表"), yj("工程竣工验收报告"), yj("涉及消防的建设工程竣工图纸")], law: ["《中华人民共和国消防法》", XFSJ],
    days: [5, 1], online: true, kw: ["消防备案", "消防验收备案"],
    q: [projectPage, pg("竣工", date("completionDate", "竣工验收日期"), area_m2("floorArea", "建筑面积"))],
  }),
  mk({
    name: "房屋建筑和市政基础设施工程竣工验收备案", section: ECO, dept: "zjj", aud: "enterprise", theme: "工程建设",
    summary: "工程竣工验收合格之日起15日内，建设单位在线办理竣工验收备案。",
    cond: ["工程已竣工验收合格", "规划、消防、环保等验收或备案已完成"], mat: [yj("竣工验收备案表"), yj("工程竣工验收报告"), yj("施工单位工程质量保修书"), opt(yj("住宅质量保证书和住宅使用说明书"), "商品住宅提供")],
    law: ["《建设工程质量管理条例》", "《房屋建筑和市政基础设施工程竣工验收备案管理办法》"], days: [5, 3], online: true, kw: ["竣工备案", "竣工验收"],
    q: [projectPage, pg("竣工", date("completionDate", "竣工验收日期"), text("qualityOrg", "质量监督机构"))],
  }),
  mk({
    name: "建筑起重机械使用登记", section: ECO, dept: "zjj", aud: "enterprise", theme: "工程建设",
    summary: "施工现场的塔式起重机、施工升降机等建筑起重机械安装验收合格后办理使用登记。",
    cond: ["起重机械已产权备案", "安装验收合格", "操作人员持证上岗"], mat: [YYZZ, yj("安装验收资料"), yj("特种作业人员名单及证书"), yj("安全事故应急救援预案")],
    law: ["《建设工程安全生产管理条例》", "《建筑起重机械安全监督管理规定》"], days: [7, 3], kw: ["塔吊", "施工升降机", "起重机械"],
  }),
];

// ---------------------------------------------------------------- 自然资源和规划局
const BDC = "《不动产登记暂行条例》";
const BDCXZ = "《不动产登记暂行条例实施细则》";
const CXGH = "《中华人民共和国城乡规划法》";
const TDGL = "《中华人民共和国土地管理法》";
const BDC_KW = ["不动产", "不动产登记", "房产证", "产权证"];
const BDC_PAY = "按国家规定收取不动产登记费（住宅每件80元，非住宅每件550元）及证书工本费";

const zrzyghj: Draft[] = [
  mk({
    name: "不动产首次登记（国有建设用地使用权及房屋所有权）", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政确认",
    summary: "新建房屋竣工后，房地产开发企业等申请国有建设用地使用权及房屋所有权首次登记（大证）。",
    cond: ["房屋已竣工验收", "已取得国有建设用地使用权", "已完成房屋测绘"], mat: [sqb("不动产登记申请书"), YYZZ, dz("不动产权证书（土地）"), yj("建设工程符合规划的材料"), yj("房屋已竣工的材料"), yj("房地产调查或测绘报告")],
    law: [BDC, BDCXZ], days: [30, 5], fees: BDC_PAY, place: PLACE.bdc, kw: [...BDC_KW, "首次登记", "大证"],
  }),
  mk({
    name: "新建商品房转移登记（交房即交证）", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "购买新建商品房的，交房时在线申请转移登记，领取电子不动产权证书。",
    cond: ["开发项目已完成首次登记", "已缴清购房款和契税", "已签订商品房买卖合同并备案"], mat: [SFZ_DZ, dz("商品房买卖合同备案信息"), dz("契税完税凭证"), opt(dz("结婚证"))],
    law: [BDC, BDCXZ], days: [30, 3], fees: BDC_PAY, online: true, kw: [...BDC_KW, "交房即交证", "新房产证", "转移登记"],
    q: [pg("房屋", addr("houseAddress", "房屋坐落"), text("contractNo", "商品房买卖合同备案号")), pg("共有情况", radio("ownership", "共有方式", "sole=单独所有|joint=共同共有|share=按份共有"), person("coOwnerName", "共有人姓名", { required: false })), pg("领证", radio("receiveMethod", "领证方式", "electronic=电子证书|post=纸质证书邮寄|window=窗口领取"))],
  }),
  mk({
    name: "存量房转移登记（二手房买卖）", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "二手房买卖双方在“一窗受理”窗口同时办理缴税和转移登记。",
    cond: ["房屋已取得不动产权证书", "房屋无查封、无异议登记，抵押的已经抵押权人同意", "已签订存量房买卖合同并网签备案"],
    mat: [sqb("不动产登记申请书"), yj("买卖双方居民身份证"), yj("不动产权证书"), dz("存量房买卖合同网签信息"), opt(yj("婚姻状况证明"))],
    law: [BDC, BDCXZ], days: [30, 1], fees: BDC_PAY, place: PLACE.bdc, kw: [...BDC_KW, "二手房过户", "过户", "转移登记"],
  }),
  mk({
    name: "不动产转移登记（继承、受遗赠）", section: GOV, dept: "zrzyghj", theme: "身后事", kind: "行政确认",
    summary: "因继承、受遗赠取得不动产的，申请转移登记。",
    cond: ["被继承人已死亡", "继承人之间已协商一致或有生效法律文书"], mat: [sqb("不动产登记申请书"), yj("全部继承人居民身份证"), yj("被继承人死亡证明"), yj("亲属关系证明"), yj("继承权公证书、遗嘱或全体继承人继承协议"), yj("不动产权证书")],
    law: [BDC, BDCXZ, "《中华人民共和国民法典》"], days: [30, 10], fees: BDC_PAY, place: PLACE.bdc, visits: 2, kw: [...BDC_KW, "继承过户", "遗产房产", "继承"],
  }),
  mk({
    name: "不动产转移登记（赠与）", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "不动产赠与他人的，双方共同申请转移登记。",
    cond: ["赠与人与受赠人已签订赠与合同或办理赠与公证", "不动产无查封、无异议登记"], mat: [sqb("不动产登记申请书"), yj("双方居民身份证"), yj("赠与合同或公证书"), yj("不动产权证书")],
    law: [BDC, BDCXZ], days: [30, 3], fees: BDC_PAY, place: PLACE.bdc, kw: [...BDC_KW, "赠与过户", "房产赠与"],
  }),
  mk({
    name: "不动产抵押权首次登记", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "经营", kind: "行政确认",
    summary: "银行等金融机构作为抵押权人，与抵押人在线申请不动产抵押权登记，签发电子不动产登记证明。",
    cond: ["已签订借款合同和抵押合同", "抵押物已取得不动产权证书或预告登记"], mat: [sqb("不动产登记申请书"), dz("不动产权证书"), fy("抵押合同"), fy("主债权合同")],
    law: [BDC, BDCXZ, "《中华人民共和国民法典》第四百零二条"], days: [30, 1], fees: "按国家规定收取不动产登记费", online: true, kw: [...BDC_KW, "抵押登记", "房屋抵押", "按揭"],
    q: [pg("抵押物", addr("houseAddress", "不动产坐落"), text("certNo", "不动产权证书号")), pg("债权", money("debtAmount", "被担保主债权数额"), date("debtStart", "债务履行期限起"), date("debtEnd", "债务履行期限止"), radio("mortgageType", "抵押方式", "general=一般抵押|maximum=最高额抵押"))],
  }),
  mk({
    name: "不动产抵押权注销登记", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "贷款还清后，由抵押权人在线申请注销抵押登记，无需本人跑腿。",
    cond: ["主债权已消灭或抵押权人放弃抵押权"], mat: [dz("不动产登记证明"), yj("抵押权人同意注销的证明")], law: [BDC, BDCXZ], days: [30, 1], online: true,
    kw: [...BDC_KW, "解押", "抵押注销", "还清房贷"],
    q: [pg("抵押信息", text("proofNo", "不动产登记证明号"), text("mortgagee", "抵押权人"), date("settleDate", "贷款结清日期"))],
  }),
  mk({
    name: "不动产变更登记", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "权利人姓名、身份证件号码、不动产坐落名称等发生变化时申请变更登记。",
    cond: ["不动产登记簿记载的权利人信息或不动产自然状况发生变化"], mat: [SFZ_DZ, dz("不动产权证书"), fy("变更的证明材料")], law: [BDC, BDCXZ], days: [30, 1],
    fees: "不收登记费，换发证书的收取证书工本费", online: true, kw: [...BDC_KW, "变更登记", "房产证改名"],
    q: [pg("变更事项", text("certNo", "不动产权证书号"), select("changeType", "变更事项", "name=权利人姓名或名称|idNo=身份证件号码|address=不动产坐落名称|use=用途|other=其他")), pg("变更内容", text("changeDetail", "变更前后内容", { validation: { maxLength: 200 } }))],
  }),
  mk({
    name: "不动产更正登记", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "权利人、利害关系人认为不动产登记簿记载事项错误的，申请更正登记。",
    cond: ["登记簿记载事项确有错误", "有证明登记确有错误的材料"], mat: [sqb("不动产登记申请书"), SFZ, yj("不动产权证书"), yj("证实登记确有错误的材料")], law: [BDC, BDCXZ],
    days: [30, 10], place: PLACE.bdc, kw: [...BDC_KW, "更正登记", "登记错误"],
  }),
  mk({
    name: "不动产异议登记", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "利害关系人认为登记簿记载错误而权利人不同意更正的，申请异议登记。",
    cond: ["利害关系人认为登记簿记载错误", "权利人不同意更正"], mat: [sqb("不动产登记申请书"), SFZ, yj("证实对登记的不动产权利有利害关系的材料"), yj("证实登记簿记载事项错误的材料")],
    law: [BDC, BDCXZ], days: [1, 1], place: PLACE.bdc, kw: [...BDC_KW, "异议登记"],
  }),
  mk({
    name: "不动产预告登记（预购商品房）", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "购买期房签订预售合同后，在线申请预告登记，保障将来取得物权。",
    cond: ["商品房买卖合同已网签备案"], mat: [SFZ_DZ, dz("商品房预售合同备案信息")], law: [BDC, BDCXZ, "《中华人民共和国民法典》第二百二十一条"], days: [30, 1], online: true,
    kw: [...BDC_KW, "预告登记", "期房", "预售"],
    q: [pg("房屋", addr("houseAddress", "预购房屋坐落"), text("contractNo", "预售合同备案号")), pg("共有", radio("ownership", "共有方式", "sole=单独所有|joint=共同共有|share=按份共有"))],
  }),
  mk({
    name: "不动产权证书补发、换发", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "不动产权证书遗失、灭失或破损的，申请补发或换发。",
    cond: ["不动产权证书遗失、灭失或破损"], mat: [sqb("不动产登记申请书"), SFZ, opt(yj("破损的不动产权证书"))], law: [BDC, BDCXZ], days: [30, 20],
    fees: "按规定收取证书工本费", steps: ["申请", "受理", "遗失公告（15个工作日）", "审核", "登簿发证"], place: PLACE.bdc, kw: [...BDC_KW, "补办房产证", "房产证丢了"],
  }),
  mk({
    name: "不动产登记资料查询", section: GOV, dept: "zrzyghj", theme: "住房",
    summary: "权利人在线查询本人名下不动产登记信息，出具带电子印章的查询结果（含有无房产证明）。",
    cond: ["查询人为不动产权利人或其委托的人"], mat: [SFZ_DZ], law: [BDC, "《不动产登记资料查询暂行办法》"], days: [1, 0], online: true,
    kw: [...BDC_KW, "房产查询", "无房证明", "名下房产", "查房产"],
    q: [pg("查询内容", radio("queryType", "查询内容", "list=本人名下不动产信息|none=有无不动产记录证明|detail=指定不动产登记结果"), text("certNo", "不动产权证书号", { required: false })), pg("用途", select("purpose", "用途", "loan=贷款|school=入学|housing=购房资格|subsidy=保障申请|other=其他"))],
  }),
  mk({
    name: "宅基地使用权及房屋所有权首次登记", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政确认",
    summary: "农村村民依法取得的宅基地及其上房屋申请首次登记（房地一体）。",
    cond: ["宅基地依法批准取得", "房屋符合规划或建设的相关材料"], mat: [sqb("不动产登记申请书"), SFZ, HKB, yj("宅基地批准文件或权属来源证明"), yj("房屋符合规划或建设的材料"), yj("权籍调查成果")],
    law: [BDC, BDCXZ, TDGL], days: [30, 10], place: "不动产所在地县（市、区）不动产登记窗口", kw: [...BDC_KW, "宅基地", "农房确权", "房地一体"],
  }),
  mk({
    name: "建设项目用地预审与选址意见书核发", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "以划拨方式供地或需要核准、审批的建设项目，申请用地预审与选址意见书。",
    cond: ["符合国土空间规划和用途管制要求", "符合节约集约用地要求"], mat: [sqb("建设项目用地预审与选址申请表"), yj("建设项目用地预审与选址申请报告"), yj("项目拟选位置图")], law: [TDGL, CXGH],
    days: [20, 10], kw: ["选址意见书", "用地预审", "规划选址"],
  }),
  mk({
    name: "建设用地规划许可证核发", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "建设单位取得国有土地使用权后申请建设用地规划许可证。",
    cond: ["已签订国有建设用地使用权出让合同或取得划拨决定书", "符合规划条件"], mat: [sqb("建设用地规划许可申请表"), fy("国有建设用地使用权出让合同或划拨决定书"), yj("规划条件")],
    law: [`${CXGH}第三十七条`, `${CXGH}第三十八条`], days: [20, 5], online: true, kw: ["用地规划许可证", "规划许可", "用地规划"],
    q: [projectPage, pg("土地", text("landContractNo", "出让合同或划拨决定书编号"), num("landArea", "用地面积（平方米）", { validation: { min: 0 } }))],
  }),
  mk({
    name: "建设工程规划许可证核发", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "在城市、镇规划区内进行建筑物、构筑物、道路、管线等工程建设的，申请建设工程规划许可证。",
    cond: ["已取得建设用地规划许可证或不动产权证书（土地）", "建设工程设计方案符合控制性详细规划和规划条件"], mat: [sqb("建设工程规划许可申请表"), dz("不动产权证书（土地）"), yj("建设工程设计方案"), yj("总平面图")],
    law: [`${CXGH}第四十条`], days: [20, 10], online: true, kw: ["工程规划许可证", "规划许可", "建设工程规划"],
    q: [projectPage, pg("规模", area_m2("floorArea", "总建筑面积"), num("plotRatio", "容积率", { validation: { min: 0, max: 20 } }), count("buildingCount", "单体数量", 1000))],
  }),
  mk({
    name: "乡村建设规划许可证核发", section: GOV, dept: "zrzyghj", theme: "住房", kind: "行政许可",
    summary: "在乡、村庄规划区内进行农村村民住宅等建设的，申请乡村建设规划许可证。",
    cond: ["符合村庄规划", "宅基地申请已经批准（农村村民住宅）"], mat: [sqb("乡村建设规划许可申请表"), SFZ, yj("宅基地批准材料"), yj("建房设计图或通用图")], law: [`${CXGH}第四十一条`],
    days: [20, 10], place: "户籍所在地镇人民政府便民服务中心", kw: ["农村建房", "乡村规划许可", "翻建房屋", "盖房子"],
  }),
  mk({
    name: "建设工程规划条件核实", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政确认",
    summary: "建设工程竣工后，核实是否符合规划条件，合格的出具规划核实意见。",
    cond: ["建设工程已竣工", "已完成竣工测量"], mat: [sqb("规划条件核实申请表"), dz("建设工程规划许可证"), yj("竣工测量成果报告"), yj("竣工图")], law: [CXGH],
    days: [20, 10], kw: ["规划核实", "规划验收", "竣工规划"],
  }),
  mk({
    name: "临时建设工程规划许可", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "在城市、镇规划区内进行临时建设的，申请临时建设工程规划许可，期满自行拆除。",
    cond: ["不影响近期建设规划和控制性详细规划实施", "不影响交通、市容、安全", "使用期限一般不超过二年"], mat: [sqb("临时建设申请表"), yj("临时建设设计图"), yj("用地证明"), yj("到期拆除承诺书")],
    law: [`${CXGH}第四十四条`], days: [20, 10], kw: ["临时建设", "临建", "临时建筑"],
  }),
  mk({
    name: "建设工程设计方案审查", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "其他行政权力",
    summary: "建设工程规划许可前，审查建设工程设计方案是否符合规划条件。",
    cond: ["已取得规划条件或建设用地规划许可证"], mat: [sqb("设计方案审查申请表"), yj("建设工程设计方案文本及图纸"), yj("方案电子报批数据")], law: [CXGH, GCXM],
    days: [20, 10], kw: ["方案审查", "设计方案", "规划方案"],
  }),
  mk({
    name: "建设项目临时用地审批", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "建设项目施工、地质勘查需要临时使用国有土地或农民集体所有土地的，申请临时用地审批。",
    cond: ["确需临时使用土地", "已与土地所有权人或使用权人签订临时使用土地合同", "有土地复垦方案"], mat: [sqb("临时用地申请"), fy("临时使用土地合同"), yj("土地复垦方案"), yj("用地位置图")],
    law: [`${TDGL}第五十七条`], days: [20, 15], kw: ["临时用地", "施工用地"],
  }),
  mk({
    name: "基础测绘成果提供使用", section: GOV, dept: "zrzyghj", aud: "enterprise", theme: "经营",
    summary: "单位因规划设计、工程建设等需要使用地形图等基础测绘成果的，在线申请提供。",
    cond: ["有明确、合法的使用目的", "属于保密成果的，有符合要求的保密管理制度和设备"], mat: [YYZZ, yj("基础测绘成果使用申请表"), opt(yj("保密管理制度"), "申请涉密成果的提供")],
    law: ["《中华人民共和国测绘法》", "《基础测绘成果提供使用管理暂行办法》"], days: [10, 5], kw: ["地形图", "测绘成果", "测绘数据"],
  }),
  mk({
    name: "林木采伐许可证核发", section: ENV, dept: "zrzyghj", theme: "住房", kind: "行政许可",
    summary: "采伐非城市绿地内的林木（农村居民采伐自留地和房前屋后个人所有的零星林木除外），申请林木采伐许可证。",
    cond: ["林木权属清楚", "符合年森林采伐限额", "有更新造林计划"], mat: [sqb("林木采伐申请"), SFZ_DZ, yj("林木权属证明"), yj("伐区调查设计或采伐作业说明")],
    law: ["《中华人民共和国森林法》"], days: [20, 10], kw: ["砍树", "采伐证", "林木采伐"],
  }),
  mk({
    name: "临时使用林地审批", section: ENV, dept: "zrzyghj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "建设项目施工、勘查等需要临时使用林地的，申请审批并按期恢复林业生产条件。",
    cond: ["确需临时使用林地", "使用期限一般不超过二年", "有植被恢复方案"], mat: [sqb("使用林地申请表"), yj("使用林地现状调查表"), yj("植被恢复方案"), fy("林地权利人同意使用的证明")],
    law: ["《中华人民共和国森林法》"], days: [20, 15], fees: "按规定缴纳森林植被恢复费", kw: ["临时用林", "占用林地", "林地审批"],
  }),
];

export const HOUSING_LAND: Draft[] = [...zjj, ...zrzyghj];
