/** 教育局 (jyj) and 文广旅局 (wgljj). SAMPLE DATA — see ./items.ts. */
import {
  CUL, PHOTO, SFZ, SFZ_DZ, YYZZ,
  addr, checks, count, date, dz, fy, idcard, licence, mk, opt, person, pg, radio, select, sqb, text, yesNo, yf, yj,
  type Draft,
} from "./helpers";

const YWJY = "《中华人民共和国义务教育法》";
const JSF = "《中华人民共和国教师法》";
const MBJY = "《中华人民共和国民办教育促进法》";
const RX_KW = ["入学", "报名", "上学", "招生"];

const childPage = pg("儿童信息", person("childName", "儿童姓名"), idcard("childIdCard", "儿童居民身份证号码"), date("childBirth", "出生日期"));
const basisPage = pg(
  "入学依据",
  radio("basis", "入学类别", "hukouHouse=户籍与房产一致|house=有房无户|hukou=有户无房|migrant=随迁子女"),
  addr("houseAddress", "房产或实际居住地址"),
);

const jyj: Draft[] = [
  mk({
    name: "市直学校义务教育入学报名（小学）", section: CUL, dept: "jyj", theme: "上学",
    summary: "适龄儿童在线报名市直小学一年级，按学区划分和入学类别确定录取顺序。",
    cond: ["当年8月31日前年满6周岁", "户籍、房产或父母居住证明符合市直学校学区招生条件"],
    mat: [dz("居民户口簿"), opt(dz("不动产权证书"), "有房产的提供"), opt(fy("居住证及社保缴纳证明"), "随迁子女提供")], law: [YWJY],
    days: [20, 10], online: true, kw: [...RX_KW, "小学报名", "一年级", "幼升小", "学区"],
    q: [childPage, basisPage, pg("意向学校", text("school", "学区对应小学"))],
  }),
  mk({
    name: "市直学校义务教育入学报名（初中）", section: CUL, dept: "jyj", theme: "上学",
    summary: "小学毕业生在线报名市直初中，按学区划分和对口关系录取。",
    cond: ["小学应届毕业生", "户籍、房产或父母居住证明符合市直学校学区招生条件"],
    mat: [dz("居民户口簿"), opt(dz("不动产权证书")), opt(fy("居住证及社保缴纳证明"), "随迁子女提供")], law: [YWJY],
    days: [20, 10], online: true, kw: [...RX_KW, "小升初", "初中报名", "初一"],
    q: [childPage, basisPage, pg("就读小学", text("primarySchool", "小学毕业学校"), text("school", "学区对应初中"))],
  }),
  mk({
    name: "随迁子女义务教育入学申请", section: CUL, dept: "jyj", theme: "上学",
    summary: "持南通居住证的外来务工人员为适龄子女申请在通接受义务教育。",
    cond: ["父母一方持有本市有效居住证", "在本市合法稳定就业并按规定缴纳社会保险", "有合法稳定住所"],
    mat: [dz("父（母）居住证"), dz("社会保险参保缴费证明"), fy("住所证明（房产或租赁备案）"), fy("儿童户口簿")], law: [YWJY, "《居住证暂行条例》"],
    days: [20, 10], online: true, kw: [...RX_KW, "随迁子女", "外地孩子上学", "积分入学"],
    q: [childPage, pg("入学学段", radio("grade", "申请年级", "grade1=小学一年级|grade7=初中一年级|transfer=插班")), pg("居住情况", addr("residenceAddress", "居住地址"), date("socialSince", "在通缴纳社保起始年月"))],
  }),
  mk({
    name: "中小学生转学申请", section: CUL, dept: "jyj", theme: "上学",
    summary: "义务教育阶段学生因户籍迁移、家庭住址变动等原因申请转学，网上办理学籍转接。",
    cond: ["具有全国中小学生学籍", "转入学校同意接收"], mat: [SFZ_DZ, fy("转学原因证明（户籍迁移、购房等）"), opt(fy("转入学校接收证明"))],
    law: [YWJY, "《中小学生学籍管理办法》"], days: [10, 5], kw: ["转学", "学籍", "插班"],
    place: "转入学校所在地教育行政部门学籍管理窗口",
  }),
  mk({
    name: "义务教育阶段学生休学、复学申请", section: CUL, dept: "jyj", theme: "上学",
    summary: "学生因病等原因需休学或休学期满复学的，由监护人提出申请。",
    cond: ["具有本市中小学学籍", "因病或其他特殊原因需要休学，或休学期满"], mat: [SFZ_DZ, fy("二级以上医院诊断证明或其他证明")],
    law: ["《中小学生学籍管理办法》"], days: [10, 5], kw: ["休学", "复学", "学籍"],
    place: "学生就读学校教务处",
  }),
  mk({
    name: "中小学学籍证明开具", section: CUL, dept: "jyj", theme: "上学",
    summary: "在线开具学生在读或毕业学籍证明，用于异地就读、出国等。",
    cond: ["具有全国中小学生学籍"], mat: [SFZ_DZ], law: ["《中小学生学籍管理办法》"], days: [3, 1], online: true, kw: ["学籍证明", "在读证明", "学籍"],
    q: [pg("学生信息", person("studentName", "学生姓名"), idcard("studentIdCard", "学生居民身份证号码")), pg("证明用途", radio("purpose", "用途", "transfer=异地就读|abroad=出国（境）|other=其他"))],
  }),
  mk({
    name: "家庭经济困难学生资助申请", section: CUL, dept: "jyj", theme: "上学", kind: "行政给付",
    summary: "学前教育、普通高中和中等职业教育阶段家庭经济困难学生申请国家助学金或保育教育费减免。",
    cond: ["在本市学校就读", "属于低保、特困、残疾、脱贫家庭等经济困难情形之一"],
    mat: [SFZ_DZ, fy("家庭经济困难情况证明")], law: ["《学生资助资金管理办法》"], days: [20, 15], kw: ["助学金", "学生资助", "困难学生", "减免学费"],
    place: "学生就读学校学生资助管理部门",
  }),
  mk({
    name: "高中阶段学校招生报名", section: CUL, dept: "jyj", theme: "上学",
    summary: "初中毕业生和往届生在线报名参加高中阶段学校招生考试（中考）。",
    cond: ["本市初中应届毕业生或符合条件的往届生、随迁子女"], mat: [SFZ_DZ, PHOTO], law: ["《中华人民共和国教育法》"], days: [5, 3], online: true,
    kw: ["中考", "中考报名", "高中报名"],
    q: [pg("考生信息", text("school", "毕业学校"), radio("candidateType", "考生类别", "current=应届生|previous=往届生|migrant=随迁子女")), pg("志愿意向", yesNo("sportsSpecialty", "是否报考体育、艺术特长生"))],
  }),
  mk({
    name: "教师资格认定", section: CUL, dept: "jyj", theme: "就业", kind: "行政许可",
    summary: "通过中小学教师资格考试或符合免试条件的人员申请认定教师资格，领取教师资格证书。",
    cond: ["遵守宪法和法律，热爱教育事业", "具备《中华人民共和国教师法》规定的学历", "普通话水平达到二级乙等以上", "体检合格，考试合格或符合免试认定条件"],
    mat: [dz("学历证书"), dz("普通话水平测试等级证书"), dz("中小学教师资格考试合格证明"), yj("体检合格证明", "到指定医院体检"), PHOTO],
    law: [`${JSF}第十条`, "《教师资格条例》", "《〈教师资格条例〉实施办法》"], days: [60, 30], online: true, kw: ["教师资格证", "教资", "教师资格认定", "教师证"],
    q: [pg("认定类别", select("level", "资格种类", "kindergarten=幼儿园|primary=小学|junior=初级中学|senior=高级中学|vocational=中等职业学校"), text("subject", "任教学科")), pg("认定依据", radio("basis", "认定依据", "exam=国家考试合格|exempt=免试认定（师范生）"), text("examCertNo", "考试合格证明编号", { required: false }))],
  }),
  mk({
    name: "教师资格证书补发、换发", section: CUL, dept: "jyj", theme: "就业",
    summary: "教师资格证书遗失、损毁或信息变更的，向原认定机构申请补发、换发。",
    cond: ["已取得教师资格证书", "证书遗失、损毁或姓名等信息变更"], mat: [SFZ, yj("遗失声明或损毁证书"), PHOTO, opt(yj("信息变更证明"))],
    law: ["《教师资格条例》"], days: [20, 10], kw: ["教师资格证", "补办教资", "教师证丢了"],
  }),
  mk({
    name: "普通话水平测试报名", section: CUL, dept: "jyj", theme: "就业",
    summary: "在线报名参加普通话水平测试（机辅测试），成绩合格后领取电子等级证书。",
    cond: ["在校学生、教师或社会人员"], mat: [SFZ_DZ, PHOTO], law: ["《中华人民共和国国家通用语言文字法》"], days: [5, 1], online: true,
    fees: "按江苏省物价部门核定标准收取测试费", kw: ["普通话", "普通话考试", "普通话报名", "PSC"],
    q: [pg("报名信息", select("candidateType", "考生类别", "student=在校学生|teacher=教师|public=社会人员"), text("unit", "学校或工作单位"), date("preferredDate", "意向测试日期"))],
  }),
  mk({
    name: "高等教育自学考试毕业证书申办", section: CUL, dept: "jyj", theme: "上学",
    summary: "自学考试全部课程合格且符合毕业条件的考生申请办理毕业证书。",
    cond: ["所考专业课程全部合格", "思想品德鉴定合格", "本科须具有国民教育系列专科以上学历"],
    mat: [SFZ, yj("毕业生登记表"), yj("思想品德鉴定表"), opt(yf("专科学历证书"), "申请本科毕业的提供"), PHOTO],
    law: ["《高等教育自学考试暂行条例》"], days: [60, 40], place: "南通市教育考试院（示例地址）", kw: ["自考", "自学考试", "自考毕业"],
  }),
  mk({
    name: "中等职业学校学历证明书办理", section: CUL, dept: "jyj", theme: "上学",
    summary: "中等职业学校毕业证书遗失的，申请办理学历证明书。",
    cond: ["在本市中等职业学校毕业", "毕业证书遗失"], mat: [SFZ, yj("毕业学校出具的学籍证明"), PHOTO], law: ["《中华人民共和国职业教育法》"], days: [20, 10],
    kw: ["中专毕业证", "学历证明", "职校毕业证丢了"],
  }),
  mk({
    name: "适龄残疾儿童少年入学评估申请", section: CUL, dept: "jyj", theme: "残疾人",
    summary: "适龄残疾儿童少年由监护人申请入学评估，确定随班就读、特殊教育学校就读或送教上门安置方式。",
    cond: ["适龄残疾儿童少年", "本市户籍或持居住证家庭"], mat: [yj("儿童户口簿"), opt(yj("残疾人证")), yj("医院诊断证明")],
    law: [YWJY, "《残疾人教育条例》"], days: [20, 10], kw: ["残疾儿童入学", "特殊教育", "送教上门", "随班就读"],
  }),
  mk({
    name: "中小学生暑期托管服务报名", section: CUL, dept: "jyj", theme: "上学",
    summary: "小学生家长在线报名学校或社区举办的公益性暑期托管服务。",
    cond: ["本市小学在校学生", "家长确有托管需求"], mat: [SFZ_DZ], law: ["《中华人民共和国未成年人保护法》"], days: [3, 1], online: true,
    kw: ["暑托班", "托管", "暑期托管"],
    q: [pg("学生信息", person("studentName", "学生姓名"), text("school", "就读学校"), select("grade", "年级", "1=一年级|2=二年级|3=三年级|4=四年级|5=五年级")), pg("托管需求", select("period", "托管期次", "p1=第一期|p2=第二期|both=两期"), text("site", "托管点"))],
  }),
  ...licence(
    {
      name: "民办中小学校和幼儿园设立", cert: "民办学校办学许可证", section: CUL, dept: "jyj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "社会力量举办民办中小学校、幼儿园的，申请筹设和正式设立，取得办学许可证。",
      cond: ["举办者符合法律规定", "有合格的教师和管理人员", "有符合标准的校舍、场地和设施", "有必备的办学资金和稳定的经费来源"],
      mat: [sqb("举办民办学校申请书"), yj("学校章程"), yj("资产来源、资金数额及有效证明"), fy("校舍和场地证明"), yj("教师和管理人员名单及资格证明")],
      law: [MBJY, "《中华人民共和国民办教育促进法实施条例》"], days: [60, 30], kw: ["民办学校", "民办幼儿园", "办学许可"],
      changeItems: "name=学校名称|address=办学地址|principal=校长|sponsor=举办者", online: { 变更: false },
    },
    ["新办", "变更", "注销"],
  ),
  ...licence(
    {
      name: "非学科类校外培训机构设立", cert: "民办学校办学许可证", section: CUL, dept: "jyj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "面向中小学生开展文化艺术、科技等非学科类培训的机构，申请取得办学许可证。",
      cond: ["培训内容属于非学科类", "培训场所符合消防、安全等要求", "从业人员具有相应资质且无违法犯罪记录"],
      mat: [sqb("设立申请书"), yj("机构章程"), fy("场所证明"), yj("从业人员资格证明及无犯罪记录证明"), yj("培训内容和收费标准")],
      law: [MBJY, "《中华人民共和国未成年人保护法》"], days: [30, 15], kw: ["校外培训", "培训机构", "兴趣班", "艺术培训"],
      changeItems: "name=机构名称|address=培训场所|content=培训内容|legalRep=法定代表人",
    },
    ["新办", "变更", "注销"],
  ),
];

// ---------------------------------------------------------------- 文广旅局
const YCTL = "《营业性演出管理条例》";
const LXS = "《旅行社条例》";
const WWF = "《中华人民共和国文物保护法》";
const TSG = "《中华人民共和国公共图书馆法》";

const wgljj: Draft[] = [
  mk({
    name: "营业性演出审批", section: CUL, dept: "wgljj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "举办营业性演出的演出经纪机构、文艺表演团体，在演出前申请营业性演出审批。",
    cond: ["举办单位具备相应资质", "演出内容不含禁止内容", "演出场所符合安全要求"],
    mat: [sqb("营业性演出申请表"), fy("营业性演出许可证"), yj("演出节目内容材料"), yj("演员名单及身份证明"), fy("演出场地协议")], law: [YCTL],
    days: [10, 3], kw: ["演出审批", "演唱会审批", "营业性演出", "演出许可"],
  }),
  ...licence(
    {
      name: "文艺表演团体设立", cert: "营业性演出许可证", section: CUL, dept: "wgljj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "设立从事营业性演出活动的文艺表演团体，申请营业性演出许可证。",
      cond: ["有与其演出业务相适应的专职演员和器材设备"], mat: [sqb("设立申请书"), YYZZ, yj("专职演员名单及身份证明"), yj("器材设备清单")], law: [YCTL],
      days: [20, 10], kw: ["文艺团体", "演出团体", "演出许可证"], changeItems: "name=名称|legalRep=法定代表人|address=住所|performers=主要演员",
    },
    ["新办", "变更"],
  ),
  ...licence(
    {
      name: "演出经纪机构设立", cert: "营业性演出许可证", section: CUL, dept: "wgljj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "设立从事演出组织、制作、营销等经纪活动的演出经纪机构，申请营业性演出许可证。",
      cond: ["有3名以上专职演出经纪人员"], mat: [sqb("设立申请书"), YYZZ, yj("演出经纪人员资格证书")], law: [YCTL],
      days: [20, 10], kw: ["演出经纪", "演出公司", "经纪机构"], changeItems: "name=名称|legalRep=法定代表人|address=住所|brokers=专职演出经纪人员",
    },
    ["新办", "变更"],
  ),
  ...licence({
    name: "娱乐场所经营许可", cert: "娱乐经营许可证", section: CUL, dept: "wgljj", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "经营歌舞、游艺等娱乐场所的，申请娱乐经营许可证。",
    cond: ["场所位置符合规定，不在居民楼、学校周边等禁止区域", "使用面积和设施符合规定", "消防、环保验收或承诺符合要求"],
    mat: [sqb("娱乐场所申请表"), YYZZ, fy("场所产权或租赁证明"), yj("场所平面图及设施清单"), yj("法定代表人和主要负责人无犯罪记录承诺")],
    law: ["《娱乐场所管理条例》"], days: [20, 10], kw: ["KTV", "歌舞厅", "娱乐场所", "游艺厅"],
    changeItems: "name=场所名称|legalRep=法定代表人|area=经营面积|rooms=包厢数量|type=场所类型",
  }, ["新办", "变更", "注销"]),
  ...licence(
    {
      name: "互联网上网服务营业场所经营许可", cert: "网络文化经营许可证", section: CUL, dept: "wgljj", aud: "enterprise", theme: "经营", kind: "行政许可",
      summary: "开办网吧、电竞馆等互联网上网服务营业场所的，申请经营许可。",
      cond: ["营业场所与中小学校保持法定距离", "营业面积和计算机台数符合规定", "符合消防安全条件"],
      mat: [sqb("申请表"), YYZZ, fy("场所使用证明"), yj("计算机台数及网络安全技术措施说明"), yj("消防安全承诺")], law: ["《互联网上网服务营业场所管理条例》"],
      days: [20, 10], kw: ["网吧", "网咖", "电竞馆", "上网服务"], changeItems: "name=名称|legalRep=法定代表人|area=营业面积|computers=计算机台数",
    },
    ["新办", "变更", "注销"],
  ),
  ...licence(
    {
      name: "旅行社设立许可", cert: "旅行社业务经营许可证", section: CUL, dept: "wgljj", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "申请经营国内旅游业务和入境旅游业务的旅行社，取得旅行社业务经营许可证并交纳质量保证金。",
      cond: ["取得企业法人资格", "有固定的经营场所和必要的营业设施", "按规定交存旅游服务质量保证金"],
      mat: [sqb("旅行社设立申请书"), YYZZ, fy("经营场所证明"), yj("营业设施证明"), yj("法定代表人履历")], law: [LXS, "《旅行社条例实施细则》"],
      days: [20, 10], kw: ["旅行社", "开旅行社", "旅游公司"], changeItems: "name=名称|address=经营场所|legalRep=法定代表人|capital=注册资本",
    },
    ["新办", "变更", "注销"],
  ),
  mk({
    name: "导游证核发", section: CUL, dept: "wgljj", theme: "就业", kind: "行政许可",
    summary: "导游资格考试合格的人员，与旅行社订立劳动合同或在旅游行业组织注册后，申请取得电子导游证。",
    cond: ["取得导游人员资格证书", "与旅行社订立劳动合同或在旅游行业组织注册"], mat: [SFZ_DZ, dz("导游人员资格证书"), fy("劳动合同或注册证明"), PHOTO],
    law: ["《导游人员管理条例》", "《导游管理办法》"], days: [10, 5], online: true, kw: ["导游证", "导游", "电子导游证"],
    q: [pg("执业信息", text("qualificationNo", "导游资格证书编号"), radio("affiliation", "执业依托", "agency=旅行社|association=旅游行业组织"), text("affiliationName", "旅行社或行业组织名称")), pg("语种", select("language", "导游语种", "zh=中文|en=英语|ja=日语|ko=韩语|other=其他"))],
  }),
  mk({
    name: "艺术品经营单位备案", section: CUL, dept: "wgljj", aud: "enterprise", theme: "经营",
    summary: "从事艺术品收购、销售、租赁、经纪等经营活动的单位，在取得营业执照后15日内备案。",
    cond: ["已取得营业执照且经营范围包含艺术品经营"], mat: [YYZZ, fy("经营场所证明")], law: ["《艺术品经营管理办法》"], days: [15, 5], online: true,
    kw: ["艺术品", "画廊", "艺术品备案"],
    q: [pg("经营信息", addr("shopAddress", "经营场所地址"), checks("businessTypes", "经营类型", "sale=收购、销售|lease=租赁|broker=经纪|auction=进出口|appraise=鉴定、评估"))],
  }),
  mk({
    name: "文物保护单位修缮审批", section: CUL, dept: "wgljj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "对市、县级文物保护单位进行修缮的，申请审批修缮计划和工程设计方案。",
    cond: ["修缮单位具有相应文物保护工程资质", "方案符合不改变文物原状的原则"], mat: [sqb("修缮申请"), yj("文物保护工程设计方案"), fy("设计单位资质证书"), yj("文物现状照片")],
    law: [WWF, "《中华人民共和国文物保护法实施条例》"], days: [20, 15], kw: ["文物修缮", "文保单位", "古建筑修缮"],
  }),
  mk({
    name: "文物保护单位保护范围内其他建设工程审批", section: CUL, dept: "wgljj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "因特殊情况需要在文物保护单位保护范围内进行其他建设工程或爆破、钻探、挖掘等作业的，申请审批。",
    cond: ["确因特殊情况需要", "保证文物保护单位的安全"], mat: [sqb("申请报告"), yj("工程设计方案"), yj("文物影响评估报告"), yj("文物保护措施")],
    law: [WWF], days: [20, 15], kw: ["文物保护范围", "文保建设", "文物审批"],
  }),
  mk({
    name: "A级旅游景区评定申请", section: CUL, dept: "wgljj", aud: "enterprise", theme: "资质", kind: "其他行政权力",
    summary: "景区管理单位申请A级旅游景区质量等级评定或复核。",
    cond: ["正式开业1年以上", "符合《旅游景区质量等级的划分与评定》国家标准"], mat: [sqb("等级评定申请报告"), yj("自查自评报告"), yj("景区介绍及图片资料")],
    law: ["《旅游景区质量等级管理办法》"], days: [60, 45], kw: ["A级景区", "景区评定", "4A", "3A"],
  }),
  mk({
    name: "南通市图书馆读者证办理", section: CUL, dept: "wgljj", theme: "证照",
    summary: "在线开通南通市图书馆借阅功能，可用市民卡或电子读者证借还图书、使用数字资源。",
    cond: ["持有效身份证件的读者"], mat: [SFZ_DZ], law: [TSG], days: [1, 0], online: true, kw: ["图书馆", "读者证", "借书证", "借书"],
    q: [pg("读者证类型", radio("cardType", "读者证类型", "citizen=市民卡开通借阅功能|virtual=电子读者证")), pg("偏好（可选）", checks("interests", "感兴趣的服务", "ebook=数字资源|lecture=讲座活动|kids=少儿服务", { required: false }))],
  }),
  mk({
    name: "图书馆借阅图书续借", section: CUL, dept: "wgljj", theme: "证照",
    summary: "借阅的图书到期前在线续借一次，延长借期。",
    cond: ["持有南通市图书馆读者证", "图书未逾期且无人预约"], mat: [SFZ_DZ], law: [TSG], days: [1, 0], online: true, kw: ["图书馆", "续借", "借书"],
    q: [pg("续借图书", text("barcode", "图书条码号", { validation: { pattern: "^[0-9A-Za-z]{6,20}$", patternMessage: "请输入6到20位图书条码号" } }))],
  }),
  mk({
    name: "南通博物苑参观预约", section: CUL, dept: "wgljj", theme: "证照",
    summary: "实名预约参观南通博物苑（1905年张謇创办，中国第一座公共博物馆），免费入馆。",
    cond: ["参观者实名预约"], mat: [SFZ_DZ], law: ["《博物馆条例》"], days: [1, 0], online: true, kw: ["博物苑", "博物馆", "参观预约", "张謇"],
    q: [pg("参观信息", date("visitDate", "参观日期"), radio("session", "入馆时段", "am=上午|pm=下午"), count("visitors", "参观人数", 5))],
  }),
  mk({
    name: "南通市文化馆场地预约", section: CUL, dept: "wgljj", theme: "证照",
    summary: "市民和群众文艺团队预约文化馆排练厅、展厅等公益性场地。",
    cond: ["开展公益性群众文化活动"], mat: [SFZ_DZ], law: ["《中华人民共和国公共文化服务保障法》"], days: [5, 2], online: true,
    kw: ["文化馆", "排练厅", "场地预约", "群众文化"],
    q: [pg("场地", select("room", "场地", "rehearsal=排练厅|gallery=展厅|classroom=培训教室|theater=小剧场"), date("useDate", "使用日期"), radio("session", "时段", "am=上午|pm=下午|eve=晚上")), pg("活动", text("activity", "活动名称"), count("participants", "参加人数", 500))],
  }),
  mk({
    name: "公益性文化艺术培训报名", section: CUL, dept: "wgljj", theme: "证照",
    summary: "报名参加文化馆开设的书法、舞蹈、声乐等免费公益性培训课程。",
    cond: ["本市常住居民"], mat: [SFZ_DZ], law: ["《中华人民共和国公共文化服务保障法》"], days: [3, 1], online: true, kw: ["公益培训", "文化馆", "免费课程", "学跳舞", "书法班"],
    q: [pg("报名课程", select("course", "课程", "calligraphy=书法|dance=舞蹈|vocal=声乐|painting=绘画|opera=戏曲"), radio("group", "班级", "adult=成人班|elder=老年班|kids=少儿班"))],
  }),
  mk({
    name: "文化志愿者注册", section: CUL, dept: "wgljj", theme: "证照",
    summary: "注册成为文化志愿者，参与公共文化场馆讲解、活动组织等志愿服务，服务时长可计入智慧南通积分。",
    cond: ["年满16周岁", "热心公益文化事业"], mat: [SFZ_DZ], law: ["《志愿服务条例》"], days: [3, 1], online: true, kw: ["志愿者", "文化志愿", "讲解员"],
    q: [pg("志愿意向", checks("areas", "服务方向", "guide=讲解导览|event=活动组织|library=图书馆服务|training=文艺辅导"), checks("availability", "可服务时间", "weekday=工作日|weekend=周末|holiday=节假日"))],
  }),
  mk({
    name: "非物质文化遗产代表性传承人认定申请", section: CUL, dept: "wgljj", theme: "证照", kind: "行政确认",
    summary: "掌握市级非物质文化遗产代表性项目技艺的传承人，申请认定为市级代表性传承人。",
    cond: ["熟练掌握其传承的非物质文化遗产", "在特定领域内具有代表性并在一定区域内具有较大影响", "积极开展传承活动"],
    mat: [sqb("代表性传承人申报书"), SFZ, yj("传承谱系及技艺证明材料"), yj("代表作品照片或视频")], law: ["《中华人民共和国非物质文化遗产法》"],
    days: [60, 45], kw: ["非遗", "传承人", "非物质文化遗产", "蓝印花布", "板鹞"],
  }),
];

export const EDUCATION_CULTURE: Draft[] = [...jyj, ...wgljj];
