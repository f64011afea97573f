/** 卫健委 (wjw) and 民政局 (mzj). SAMPLE DATA — see ./items.ts. */
import {
  GOV, LIFE, HKB, PHOTO, PLACE, SFZ, SFZ_DZ, YYZZ,
  addr, area_m2, checks, count, date, districtSel, dz, fy, idcard, licence, mk, money, opt, person, pg, radio,
  select, sqb, text, uscc, yesNo, yj,
  type Draft,
} from "./helpers";

const MYBJ = "《中华人民共和国母婴保健法》";
const RKJS = "《中华人民共和国人口与计划生育法》";
const JSRK = "《江苏省人口与计划生育条例》";
const YLJG = "《医疗机构管理条例》";
const GGCS = "《公共场所卫生管理条例》";
const GRASSROOTS = "户籍所在地镇（街道）便民服务中心";

const wjw: Draft[] = [
  mk({
    name: "出生医学证明首次签发", section: LIFE, dept: "wjw", theme: "出生",
    summary: "在医疗机构内出生的新生儿，由助产机构签发《出生医学证明》，是办理户口登记的依据。",
    cond: ["新生儿在本市具有助产技术服务资质的医疗机构出生", "父母（监护人）身份信息明确"],
    mat: [yj("父母双方居民身份证"), opt(dz("结婚证")), sqb("出生医学证明首次签发登记表")], law: [MYBJ, "《中华人民共和国母婴保健法实施办法》"],
    days: [5, 1], place: PLACE.hospital, kw: ["出生证", "出生医学证明", "出生证明", "新生儿", "宝宝出生"],
  }),
  mk({
    name: "出生医学证明补发", section: LIFE, dept: "wjw", theme: "出生",
    summary: "《出生医学证明》遗失的，由原签发机构核实后补发（限未办理户口登记或确需补发的情形）。",
    cond: ["《出生医学证明》遗失", "新生儿在本市医疗机构出生"], mat: [yj("父母双方居民身份证"), yj("新生儿居民户口簿", "已落户的提供"), yj("遗失声明或情况说明")],
    law: [MYBJ], days: [20, 15], place: "原签发助产机构或南通市妇幼保健院出生医学证明管理窗口（示例地址）", kw: ["出生证", "出生医学证明", "出生证丢了", "补出生证"],
  }),
  mk({
    name: "出生医学证明换发", section: LIFE, dept: "wjw", theme: "出生",
    summary: "《出生医学证明》登记内容有误、新生儿姓名变更或证件严重污损的，申请换发。",
    cond: ["登记内容有误、姓名变更或证件污损"], mat: [yj("原《出生医学证明》正副页"), yj("父母双方居民身份证"), opt(yj("姓名变更证明"))],
    law: [MYBJ], days: [20, 10], place: "原签发助产机构或南通市妇幼保健院出生医学证明管理窗口（示例地址）", kw: ["出生证", "出生医学证明", "出生证改名", "出生证换发"],
  }),
  mk({
    name: "新生儿出生“一件事”联办", section: LIFE, dept: "wjw", theme: "出生",
    summary: "一次申请同时办理出生医学证明、出生登记（户口申报）、医保参保、社会保障卡申领和预防接种证。",
    cond: ["新生儿在本市助产机构出生", "父母一方为本市户籍或持本市居住证"], mat: [dz("父母双方居民身份证"), opt(dz("结婚证")), dz("出生医学证明")],
    law: [MYBJ, "《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》"], days: [10, 5], online: true,
    kw: ["出生一件事", "新生儿", "报户口", "出生证", "宝宝医保", "一件事"],
    q: [
      pg("新生儿信息", person("babyName", "新生儿姓名"), radio("babyGender", "性别", "male=男|female=女"), date("birthDate", "出生日期"), text("birthHospital", "出生医院")),
      pg("联办事项", checks("services", "需要联办的事项", "hukou=出生登记（户口申报）|medical=城乡居民医保参保|card=社会保障卡申领|vaccine=预防接种证办理")),
      pg("落户信息", radio("followParent", "随父或随母落户", "father=随父亲|mother=随母亲"), addr("hukouAddress", "落户地址")),
    ],
  }),
  mk({
    name: "生育登记", section: LIFE, dept: "wjw", theme: "婚育",
    summary: "夫妻生育子女实行登记服务，登记后可享受孕产期保健等服务。",
    cond: ["夫妻一方为本市户籍或在本市居住", "怀孕或已生育"], mat: [SFZ_DZ, opt(dz("结婚证"))], law: [RKJS, JSRK], days: [1, 0], online: true,
    kw: ["生育登记", "准生证", "生育服务证", "怀孕登记", "二孩", "三孩"],
    q: [pg("夫妻信息", person("spouseName", "配偶姓名"), idcard("spouseIdCard", "配偶居民身份证号码")), pg("生育信息", select("childOrder", "本次登记为", "1=一孩|2=二孩|3=三孩及以上"), date("expectedDate", "预产期或出生日期"), districtSel("residenceDistrict", "现居住地"))],
  }),
  mk({
    name: "婚前孕前优生健康检查预约", section: LIFE, dept: "wjw", theme: "婚育",
    summary: "准备结婚或怀孕的夫妇在线预约免费婚前医学检查或孕前优生健康检查。",
    cond: ["本市户籍或在本市居住的准备结婚或计划怀孕的夫妇"], mat: [SFZ_DZ], law: [MYBJ], days: [3, 1], online: true,
    kw: ["婚检", "孕检", "孕前检查", "婚前检查", "免费婚检"],
    q: [pg("检查信息", select("examType", "检查类型", "premarital=婚前医学检查|preconception=孕前优生健康检查"), districtSel("examDistrict", "检查地区"), date("preferredDate", "预约日期")), pg("另一方信息", person("partnerName", "另一方姓名"), idcard("partnerIdCard", "另一方居民身份证号码"))],
  }),
  mk({
    name: "计划生育家庭特别扶助金申领", section: LIFE, dept: "wjw", theme: "养老", kind: "行政给付",
    summary: "独生子女死亡或伤残、未再生育或收养子女的夫妻，按月领取特别扶助金。",
    cond: ["女方年满49周岁", "只生育一个子女或合法收养一个子女", "现无存活子女或独生子女被依法鉴定为三级以上残疾"],
    mat: [SFZ, HKB, opt(yj("子女死亡证明或残疾人证")), yj("结婚证或离婚证")], law: [RKJS, JSRK], days: [30, 20],
    steps: ["申请", "村（居）初审", "镇（街道）审核", "县级审批", "公示", "发放"], place: GRASSROOTS, kw: ["失独", "特别扶助", "计生扶助", "独生子女"],
  }),
  mk({
    name: "农村部分计划生育家庭奖励扶助金申领", section: LIFE, dept: "wjw", theme: "养老", kind: "行政给付",
    summary: "年满60周岁、符合条件的农村计划生育家庭夫妻按年领取奖励扶助金。",
    cond: ["本人及配偶均为农业户口或界定为农村居民", "1973年至2001年间没有违反计划生育规定生育", "年满60周岁"],
    mat: [SFZ, HKB, yj("结婚证或婚姻状况证明"), yj("子女情况证明")], law: [RKJS, JSRK], days: [30, 20],
    steps: ["申请", "村（居）初审", "镇（街道）审核", "县级审批", "公示", "发放"], place: GRASSROOTS, kw: ["奖励扶助", "计生奖扶", "农村奖扶"],
  }),
  mk({
    name: "家庭医生签约服务", section: LIFE, dept: "wjw", theme: "就医",
    summary: "居民在线选择社区卫生服务中心或乡镇卫生院的家庭医生团队签约，享受健康管理和优先转诊服务。",
    cond: ["本市户籍或在本市居住的居民"], mat: [SFZ_DZ], law: ["《中华人民共和国基本医疗卫生与健康促进法》"], days: [5, 1], online: true,
    kw: ["家庭医生", "家医签约", "社区医生", "签约医生"],
    q: [pg("签约机构", districtSel(), text("healthCenter", "社区卫生服务中心或乡镇卫生院")), pg("人群类别", select("group", "人群类别", "elderly=65岁以上老年人|chronic=慢性病患者|maternal=孕产妇|child=0-6岁儿童|disabled=残疾人|general=一般人群"))],
  }),
  mk({
    name: "无偿献血者用血费用报销", section: LIFE, dept: "wjw", theme: "就医",
    summary: "无偿献血者及其配偶、直系亲属临床用血后，按规定报销用血费用。",
    cond: ["献血者在江苏省内无偿献血", "用血者为献血者本人、配偶或直系亲属", "用血后在规定期限内申请"],
    mat: [dz("无偿献血证"), yj("用血发票"), fy("出院记录或用血证明"), opt(fy("亲属关系证明"), "亲属用血的提供")], law: ["《中华人民共和国献血法》"], days: [10, 5],
    kw: ["献血", "用血报销", "献血报销", "血费"],
    place: "南通市中心血站献血者服务窗口（示例地址）",
  }),
  mk({
    name: "预防接种证补办", section: LIFE, dept: "wjw", theme: "出生",
    summary: "儿童预防接种证遗失或损坏的，到接种单位核对接种记录后补办。",
    cond: ["儿童在本市建立预防接种档案"], mat: [yj("儿童出生医学证明或户口簿"), yj("监护人居民身份证")], law: ["《中华人民共和国疫苗管理法》"], days: [1, 0],
    place: "居住地预防接种门诊", kw: ["接种证", "疫苗本", "打预防针", "预防接种"],
  }),
  mk({
    name: "从业人员健康证明办理", section: LIFE, dept: "wjw", theme: "就业",
    summary: "食品、公共场所等行业从业人员进行健康检查，取得健康证明后上岗。",
    cond: ["拟从事或正在从事食品生产经营、公共场所服务等直接为顾客服务的工作"], mat: [SFZ, PHOTO], law: ["《中华人民共和国食品安全法》第四十五条", GGCS],
    days: [7, 3], fees: "按江苏省核定的健康检查收费标准收取", place: "本市从业人员健康检查机构", kw: ["健康证", "体检", "从业健康证", "餐饮健康证"],
  }),
  mk({
    name: "乡村医生执业注册", section: LIFE, dept: "wjw", theme: "就业", kind: "行政许可",
    summary: "取得乡村医生资格的人员申请在村卫生室执业注册。",
    cond: ["符合《乡村医生从业管理条例》规定的条件", "受聘于村卫生室"], mat: [sqb("乡村医生执业注册申请表"), SFZ, fy("学历或培训合格证明"), yj("健康证明"), PHOTO],
    law: ["《乡村医生从业管理条例》"], days: [20, 10], kw: ["乡村医生", "村医", "执业注册"],
  }),
  ...licence(
    {
      name: "医师执业注册", cert: "医师执业证书", section: LIFE, dept: "wjw", theme: "就业", kind: "行政许可",
      summary: "取得医师资格的人员申请在医疗机构执业注册，领取电子医师执业证书。",
      cond: ["取得医师资格证书", "受聘于拟执业的医疗机构", "无不予注册的情形"],
      mat: [SFZ_DZ, dz("医师资格证书"), yj("拟执业机构聘用证明"), opt(yj("6个月内的健康体检证明"))], law: ["《中华人民共和国医师法》", "《医师执业注册管理办法》"],
      days: [20, 5], online: { 新办: true, 变更: true, 注销: true }, kw: ["医师执业", "医生注册", "执业证", "医师"],
      changeItems: "institution=主要执业机构|category=执业类别|scope=执业范围|addInstitution=增加执业机构",
      q: [pg("执业信息", text("qualificationNo", "医师资格证书编码"), select("practiceCategory", "执业类别", "clinical=临床|tcm=中医|dental=口腔|publicHealth=公共卫生"), text("practiceScope", "执业范围")), pg("执业机构", text("institution", "主要执业机构名称"), uscc("institutionCode", "执业机构统一社会信用代码"))],
    },
    ["新办", "变更", "注销"],
  ),
  ...licence({
    name: "护士执业注册", cert: "护士执业证书", section: LIFE, dept: "wjw", theme: "就业", kind: "行政许可",
    summary: "通过护士执业资格考试的人员申请护士执业注册。",
    cond: ["通过国务院卫生主管部门组织的护士执业资格考试", "符合规定的健康标准", "受聘于拟执业的医疗卫生机构"],
    mat: [SFZ_DZ, dz("护士执业资格考试成绩合格证明"), fy("学历证书"), yj("6个月内的健康体检证明")], law: ["《护士条例》", "《护士执业注册管理办法》"],
    days: [20, 5], renewBefore: "30日", online: { 新办: true, 变更: true, 延续: true, 注销: true }, kw: ["护士执业", "护士注册", "护士证"],
    changeItems: "institution=执业机构|address=执业地点",
    q: [pg("执业信息", text("examCertNo", "考试合格证明编号"), text("institution", "拟执业医疗卫生机构")), pg("学历", select("education", "最高学历", "secondary=中专|college=大专|bachelor=本科|master=研究生"), text("school", "毕业院校"))],
  }),
  ...licence(
    {
      name: "医疗机构执业登记", cert: "医疗机构执业许可证", section: LIFE, dept: "wjw", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "设置医院、门诊部等医疗机构的，申请执业登记并领取《医疗机构执业许可证》。",
      cond: ["符合医疗机构基本标准", "有适合的名称、组织机构和场所", "有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员"],
      mat: [sqb("医疗机构执业登记申请书"), fy("场所产权证明或使用证明"), yj("建筑设计平面图"), yj("卫生技术人员名录及资格证书"), yj("规章制度"), fy("消防、环评等相关证明")],
      law: [YLJG, "《医疗机构管理条例实施细则》"], days: [45, 20], kw: ["医疗机构", "办医院", "门诊部", "执业许可证"],
      online: { 变更: false },
      changeItems: "name=名称|address=地址|legalRep=法定代表人或主要负责人|subjects=诊疗科目|beds=床位",
    },
    ["新办", "变更", "注销"],
  ),
  mk({
    name: "医疗机构执业许可证校验", section: LIFE, dept: "wjw", aud: "enterprise", theme: "资质", kind: "其他行政权力",
    summary: "医疗机构按校验期申请对执业活动进行校验。",
    cond: ["持有《医疗机构执业许可证》", "校验期届满前3个月内申请"], mat: [sqb("医疗机构校验申请书"), yj("医疗机构执业许可证正、副本"), yj("校验期内执业情况自查报告")],
    law: [YLJG], days: [30, 20], kw: ["医疗机构校验", "执业许可证校验", "年检"],
  }),
  mk({
    name: "诊所备案", section: LIFE, dept: "wjw", aud: "enterprise", theme: "开办",
    summary: "举办诊所（含中医诊所）实行备案管理，提交材料后即可开展执业活动。",
    cond: ["有符合诊所基本标准的场所和设备", "主要负责人具有相应执业资格和执业年限"],
    mat: [fy("场所产权证明或租赁合同"), dz("主要负责人医师执业证书"), yj("诊所平面布局图"), yj("人员名单及资格证书")], law: ["《中华人民共和国基本医疗卫生与健康促进法》", YLJG],
    days: [1, 0], kw: ["诊所", "开诊所", "诊所备案", "中医诊所"],
  }),
  mk({
    name: "托育机构备案", section: LIFE, dept: "wjw", aud: "enterprise", theme: "开办",
    summary: "举办为3岁以下婴幼儿提供全日托、半日托、计时托等照护服务的托育机构，办理备案。",
    cond: ["已依法登记", "场所符合建筑、消防、卫生等要求", "有合格的保育人员"],
    mat: [YYZZ, fy("场地证明"), yj("托育从业人员名单及资格证明"), fy("消防和卫生评价相关材料")], law: ["《托育机构设置标准（试行）》", "《托育机构管理规范（试行）》"],
    days: [15, 5], kw: ["托育", "托班", "早教", "婴幼儿照护"],
  }),
  ...licence({
    name: "公共场所卫生许可", cert: "公共场所卫生许可证", section: LIFE, dept: "wjw", aud: "enterprise", theme: "经营", kind: "行政许可",
    summary: "经营住宿、沐浴、美容美发、游泳等公共场所的，申请公共场所卫生许可（告知承诺制）。",
    cond: ["场所布局、卫生设施符合卫生规范", "从业人员持有效健康证明", "有卫生管理制度"],
    mat: [sqb("公共场所卫生许可申请表"), YYZZ, yj("卫生管理制度"), yj("场所平面布局图"), fy("从业人员健康证明")], law: [GGCS, "《公共场所卫生管理条例实施细则》"],
    days: [20, 3], renewBefore: "30日", online: { 新办: true, 变更: true }, kw: ["卫生许可证", "美容美发", "宾馆卫生", "公共场所"],
    changeItems: "name=单位名称|legalRep=法定代表人|project=许可项目|area=经营面积",
    q: [pg("场所信息", select("venueType", "场所类别", "hotel=住宿场所|bath=沐浴场所|beauty=美容美发场所|swim=游泳场所|other=其他"), addr("venueAddress", "经营地址"), area_m2("floorArea", "经营面积")), pg("从业人员", count("staffCount", "从业人员数", 1000), yesNo("healthCertAll", "从业人员是否均持有有效健康证明"))],
  }),
  ...licence(
    {
      name: "饮用水供水单位卫生许可", cert: "卫生许可证", section: LIFE, dept: "wjw", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "集中式供水单位、二次供水单位等饮用水供水单位申请卫生许可。",
      cond: ["水源选择和卫生防护符合要求", "水质检验合格", "直接从事供、管水的人员持健康证明"],
      mat: [sqb("饮用水供水单位卫生许可申请书"), YYZZ, yj("水质检验报告"), yj("供水工艺及设施说明"), fy("管水人员健康证明")], law: ["《生活饮用水卫生监督管理办法》"],
      days: [20, 10], kw: ["供水", "二次供水", "饮用水卫生许可"], changeItems: "name=单位名称|legalRep=法定代表人|address=地址",
      online: { 变更: false },
    },
    ["新办", "延续"],
  ),
  ...licence(
    {
      name: "放射诊疗许可", cert: "放射诊疗许可证", section: LIFE, dept: "wjw", aud: "enterprise", theme: "资质", kind: "行政许可",
      summary: "开展X射线影像诊断、介入放射学等放射诊疗工作的医疗机构申请放射诊疗许可。",
      cond: ["具有经核准登记的医学影像科诊疗科目", "有符合要求的放射诊疗设备、场所和防护设施", "有放射诊疗相关专业人员"],
      mat: [sqb("放射诊疗许可申请表"), dz("医疗机构执业许可证"), yj("放射诊疗建设项目职业病危害控制效果评价报告"), yj("放射工作人员资质证明"), yj("设备清单及检测报告")],
      law: ["《放射诊疗管理规定》"], days: [20, 15], kw: ["放射诊疗", "放射科", "X光机"], changeItems: "equipment=放射诊疗设备|project=放射诊疗项目|address=场所",
      online: { 变更: false },
    },
    ["新办", "变更"],
  ),
  mk({
    name: "母婴保健技术服务执业许可", section: LIFE, dept: "wjw", aud: "enterprise", theme: "资质", kind: "行政许可",
    summary: "医疗保健机构开展婚前医学检查、助产技术、结扎手术和终止妊娠手术等母婴保健技术服务的，申请执业许可。",
    cond: ["符合母婴保健专项技术服务基本标准", "从事服务的人员取得相应合格证书"],
    mat: [sqb("母婴保健技术服务执业许可申请表"), dz("医疗机构执业许可证"), yj("人员资格证明"), yj("设备设施清单")], law: [MYBJ, "《中华人民共和国母婴保健法实施办法》"],
    days: [20, 15], kw: ["母婴保健", "助产", "婚检资质"],
  }),
];

// ---------------------------------------------------------------- 民政局
const HYTL = "《婚姻登记条例》";
const MFD = "《中华人民共和国民法典》";
const SHTT = "《社会团体登记管理条例》";
const MFQ = "《民办非企业单位登记管理暂行条例》";
const HY_KW = ["婚姻登记", "结婚", "领证"];
const marriageOffices =
  "chongchuan=崇川区婚姻登记处|tongzhou=通州区婚姻登记处|haimen=海门区婚姻登记处|rugao=如皋市婚姻登记处|qidong=启东市婚姻登记处|haian=海安市婚姻登记处|rudong=如东县婚姻登记处";

type OrgKind = { label: string; law: string; kw: string[] };
const ORGS: OrgKind[] = [
  { label: "社会团体", law: SHTT, kw: ["社团", "协会", "学会", "商会"] },
  { label: "民办非企业单位（社会服务机构）", law: MFQ, kw: ["民非", "社会服务机构", "民办非企业"] },
];
const orgRegs = (o: OrgKind): Draft[] => [
  mk({
    name: `${o.label}成立登记`, section: GOV, dept: "mzj", aud: "enterprise", theme: "开办", kind: "行政许可",
    summary: `在市级行政区域内活动的${o.label}申请成立登记，领取法人登记证书。`,
    cond: ["有规范的名称和相应的组织机构", "有固定的住所", "有与其业务活动相适应的合法财产或资金", "已取得业务主管单位同意（依法直接登记的除外）"],
    mat: [sqb("成立登记申请书"), yj("章程草案"), fy("住所使用证明"), yj("验资报告或资金证明"), yj("拟任负责人基本情况及身份证明"), opt(yj("业务主管单位批准文件"))],
    law: [o.law], days: [60, 20], kw: [...o.kw, "成立登记", "社会组织"],
  }),
  mk({
    name: `${o.label}变更登记`, section: GOV, dept: "mzj", aud: "enterprise", theme: "变更", kind: "行政许可",
    summary: `${o.label}的名称、住所、法定代表人、业务范围等登记事项变更。`,
    cond: ["已在市民政局登记", "变更事项已按章程规定程序通过"], mat: [sqb("变更登记申请表"), yj("会员（代表）大会或理事会决议"), yj("变更事项证明材料"), dz("法人登记证书")],
    law: [o.law], days: [30, 10], kw: [...o.kw, "变更登记", "社会组织"],
  }),
  mk({
    name: `${o.label}注销登记`, section: GOV, dept: "mzj", aud: "enterprise", theme: "注销", kind: "其他行政权力",
    summary: `${o.label}完成宗旨、自行解散、分立合并或因其他原因终止的，清算后申请注销登记。`,
    cond: ["已完成清算", "已取得业务主管单位同意（如有）"], mat: [sqb("注销登记申请书"), yj("注销决议"), yj("清算报告"), yj("法人登记证书正、副本及印章")],
    law: [o.law], days: [30, 15], kw: [...o.kw, "注销", "社会组织"],
  }),
];

const mzj: Draft[] = [
  mk({
    name: "婚姻登记预约", section: LIFE, dept: "mzj", theme: "婚育",
    summary: "在线预约结婚登记、离婚登记或补领婚姻登记证的日期和时段，到场即办。",
    cond: ["符合婚姻登记条件的当事人"], mat: [SFZ_DZ], law: [HYTL], days: [1, 0], online: true,
    kw: [...HY_KW, "预约领证", "结婚预约", "离婚预约", "婚姻登记预约"],
    q: [pg("预约事项", radio("bookingType", "预约事项", "marriage=结婚登记|divorce=离婚登记|reissue=补领婚姻登记证"), select("office", "婚姻登记处", marriageOffices), date("bookingDate", "预约日期")), pg("另一方信息", person("partnerName", "另一方姓名", { required: false }), idcard("partnerIdCard", "另一方居民身份证号码", { required: false, hint: "结婚、离婚登记必填" }))],
  }),
  mk({
    name: "内地居民结婚登记", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "内地居民男女双方自愿结婚的，共同到婚姻登记机关申请结婚登记，当场领取结婚证。",
    cond: ["男女双方完全自愿", "男年满22周岁、女年满20周岁", "双方均无配偶", "双方没有直系血亲和三代以内旁系血亲关系"],
    mat: [yj("双方居民身份证"), opt(HKB, "按现行婚姻登记规定需要时提供"), yj("双方近期半身免冠合影照片", "2寸，3张"), yj("双方无配偶及无禁止结婚亲属关系的签字声明", "现场签署")],
    law: [`${MFD}第一千零四十九条`, HYTL], days: [1, 0], place: PLACE.marriage, kw: [...HY_KW, "结婚证", "结婚登记"],
  }),
  mk({
    name: "内地居民离婚登记", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "自愿离婚并对子女抚养、财产及债务处理达成一致的夫妻，申请协议离婚登记（含30日离婚冷静期）。",
    cond: ["双方自愿离婚", "对子女抚养、财产及债务处理等事项协商一致", "双方均为完全民事行为能力人", "在内地办理的结婚登记"],
    mat: [yj("双方居民身份证"), yj("结婚证"), yj("离婚协议书", "3份")], law: [`${MFD}第一千零七十六条`, `${MFD}第一千零七十七条`, HYTL],
    days: [45, 30], visits: 2, steps: ["双方到场申请", "受理", "30日离婚冷静期", "双方到场申请发给离婚证", "审查", "登记发证"], place: PLACE.marriage,
    kw: ["婚姻登记", "离婚", "协议离婚", "离婚证", "冷静期"],
  }),
  mk({
    name: "补领婚姻登记证", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "结婚证、离婚证遗失或损毁的，当事人到婚姻登记机关申请补领。",
    cond: ["曾在内地办理婚姻登记", "婚姻登记证遗失或损毁"], mat: [yj("本人居民身份证"), yj("近期半身免冠照片", "结婚证补领需双方合影")],
    law: [HYTL], days: [1, 0], place: PLACE.marriage, kw: ["婚姻登记", "补结婚证", "结婚证丢了", "补离婚证"],
  }),
  mk({
    name: "涉外及涉港澳台居民、华侨婚姻登记", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "内地居民同外国人、港澳台居民、华侨在南通办理结婚或离婚登记。",
    cond: ["符合婚姻法律规定的结婚或离婚条件", "一方为内地居民并在本市有常住户口"],
    mat: [yj("内地居民的居民身份证和户口簿"), yj("外方护照或港澳台居民身份证件"), yj("外方无配偶证明（经公证、认证）"), yj("双方近期合影照片")],
    law: [HYTL], days: [1, 0], place: "南通市民政局涉外婚姻登记处（示例地址）", kw: ["婚姻登记", "涉外婚姻", "跨国婚姻", "港澳台婚姻"],
  }),
  mk({
    name: "婚姻登记档案查询", section: LIFE, dept: "mzj", theme: "婚育",
    summary: "当事人查询本人婚姻登记档案，出具查档证明，用于办理不动产继承、公证等。",
    cond: ["查询人为婚姻登记当事人本人，或持有合法证明的利害关系人"], mat: [SFZ_DZ, opt(fy("利害关系证明材料"), "非本人查询时提供")], law: [HYTL, "《婚姻登记档案管理办法》"],
    days: [3, 1], online: true, kw: ["婚姻登记", "婚姻档案", "查档", "婚姻状况"],
    q: [pg("查询信息", select("recordType", "档案类型", "marriage=结婚登记档案|divorce=离婚登记档案"), text("approxYear", "大约登记年份", { required: false }), select("office", "原登记机关", marriageOffices, { required: false })), pg("查询用途", radio("purpose", "用途", "estate=不动产登记|inherit=继承|notary=公证|other=其他"))],
  }),
  mk({
    name: "收养登记", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "符合条件的收养人收养子女的，向民政部门申请收养登记，收养关系自登记之日起成立。",
    cond: ["收养人无子女或只有一名子女", "有抚养、教育和保护被收养人的能力", "年满30周岁", "无不利于被收养人健康成长的违法犯罪记录"],
    mat: [sqb("收养申请书"), SFZ, HKB, yj("婚姻状况证明"), yj("收养人健康检查证明"), yj("无违法犯罪记录证明"), yj("送养人及被收养人相关证明")],
    law: [`${MFD}第一千一百零五条`, "《中国公民收养子女登记办法》"], days: [30, 20], visits: 2, kw: ["收养", "领养", "收养登记"],
  }),
  mk({
    name: "解除收养关系登记", section: LIFE, dept: "mzj", theme: "婚育", kind: "行政确认",
    summary: "收养人与送养人或成年被收养人协议解除收养关系的，申请解除收养登记。",
    cond: ["当事人就解除收养关系协商一致", "被收养人年满8周岁的应征得本人同意"], mat: [yj("解除收养关系协议书"), SFZ, yj("收养登记证")],
    law: [MFD, "《中国公民收养子女登记办法》"], days: [30, 15], kw: ["解除收养", "收养"],
  }),
  mk({
    name: "孤儿基本生活费申领", section: LIFE, dept: "mzj", theme: "出生", kind: "行政给付",
    summary: "父母双方死亡或被宣告死亡、失踪的未满18周岁儿童，按月领取孤儿基本生活费。",
    cond: ["未满18周岁", "父母双方均死亡或被人民法院宣告死亡、失踪", "本市户籍"],
    mat: [yj("儿童居民户口簿"), yj("父母死亡证明或宣告死亡、失踪判决书"), yj("监护人居民身份证"), yj("监护人银行账户")], law: ["《国务院办公厅关于加强孤儿保障工作的意见》"],
    days: [30, 20], steps: ["申请", "镇（街道）调查审核", "县级民政部门审批", "公示", "发放"], place: GRASSROOTS, kw: ["孤儿", "孤儿生活费", "儿童福利"],
  }),
  mk({
    name: "事实无人抚养儿童基本生活补贴申领", section: LIFE, dept: "mzj", theme: "出生", kind: "行政给付",
    summary: "父母双方重残、重病、服刑、失联等导致事实无人抚养的儿童，按月领取基本生活补贴。",
    cond: ["未满18周岁", "父母双方均符合重残、重病、服刑在押、强制隔离戒毒、失联等情形之一", "本市户籍"],
    mat: [yj("儿童居民户口簿"), yj("父母情形证明材料"), yj("监护人居民身份证")], law: ["《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》"],
    days: [30, 20], steps: ["申请", "镇（街道）调查审核", "县级民政部门审批", "公示", "发放"], place: GRASSROOTS, kw: ["无人抚养儿童", "困境儿童", "儿童补贴"],
  }),
  mk({
    name: "基本殡葬服务费用减免", section: LIFE, dept: "mzj", theme: "身后事",
    summary: "本市户籍居民去世后，免除遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用。",
    cond: ["逝者为本市户籍居民或符合规定的常住人员", "在本市殡仪馆火化"], mat: [yj("逝者居民身份证或户口簿"), yj("死亡医学证明"), yj("经办人居民身份证")],
    law: ["《殡葬管理条例》"], days: [1, 0], place: "逝者户籍所在地殡仪馆", kw: ["殡葬", "火化", "丧葬费减免", "惠民殡葬", "去世"],
  }),
  mk({
    name: "公益性骨灰安放设施安葬申请", section: LIFE, dept: "mzj", theme: "身后事",
    summary: "本市户籍居民去世后申请在公益性公墓或骨灰堂安放骨灰。",
    cond: ["逝者为本市户籍居民", "已火化"], mat: [yj("火化证明"), yj("逝者户籍证明"), yj("申请人居民身份证")], law: ["《殡葬管理条例》"], days: [5, 1],
    place: "户籍所在地镇（街道）公益性公墓管理处", kw: ["骨灰", "安葬", "公墓", "骨灰堂", "墓地"],
  }),
  mk({
    name: "家庭养老床位建设申请", section: LIFE, dept: "mzj", theme: "养老",
    summary: "失能、半失能老年人申请家庭养老床位，由服务机构提供适老化改造、智能监测和上门护理服务。",
    cond: ["本市户籍60周岁以上失能、半失能老年人", "居家养老且有照护需求"], mat: [SFZ_DZ, opt(fy("失能评估结果"))], law: ["《中华人民共和国老年人权益保障法》", "《江苏省养老服务条例》"],
    days: [15, 10], kw: ["家庭养老床位", "居家养老", "适老化改造", "养老"],
    place: "户籍所在地镇（街道）便民服务中心",
  }),
  mk({
    name: "养老机构备案", section: LIFE, dept: "mzj", aud: "enterprise", theme: "开办",
    summary: "设立养老机构的，在收住老年人后10个工作日内向民政部门备案。",
    cond: ["已依法办理法人登记", "服务场所符合建筑、消防、卫生等要求", "有与服务规模相适应的人员"],
    mat: [sqb("养老机构备案书"), YYZZ, yj("养老机构备案承诺书"), fy("服务场所产权或使用权证明"), fy("消防验收或备案证明")], law: ["《中华人民共和国老年人权益保障法》", "《养老机构管理办法》"],
    days: [10, 3], online: true, kw: ["养老机构", "养老院", "敬老院", "备案"],
    q: [pg("机构信息", text("institutionName", "养老机构名称"), addr("institutionAddress", "服务场所地址"), count("beds", "床位数", 5000)), pg("服务内容", checks("services", "服务内容", "care=生活照料|medical=医疗护理|rehab=康复|dementia=认知症照护|dayCare=日间照料"))],
  }),
  mk({
    name: "养老机构运营补贴申领", section: LIFE, dept: "mzj", aud: "enterprise", theme: "经营", kind: "行政给付",
    summary: "已备案的民办养老机构按实际收住老年人数和照护等级申领运营补贴。",
    cond: ["已在民政部门备案", "正常运营满1年", "近一年无重大安全责任事故"], mat: [YYZZ, yj("收住老年人名册"), yj("补贴申请表")], law: ["《江苏省养老服务条例》"],
    days: [30, 20], kw: ["养老补贴", "运营补贴", "养老机构"],
  }),
  ...ORGS.flatMap(orgRegs),
  mk({
    name: "社会组织年度检查", section: GOV, dept: "mzj", aud: "enterprise", theme: "经营", kind: "其他行政权力",
    summary: "社会团体、民办非企业单位按年度报送工作报告，接受登记管理机关年度检查。",
    cond: ["在市民政局登记的社会组织", "成立满一个年度"], mat: [sqb("年度工作报告书"), yj("年度财务审计报告")], law: [SHTT, MFQ],
    days: [30, 20], online: true, kw: ["年检", "社会组织年报", "年度检查"],
    q: [pg("年度情况", count("year", "年检年度", 2100), count("memberCount", "会员或从业人员数", 1000000), money("income", "年度收入"), money("expense", "年度支出"))],
  }),
  mk({
    name: "慈善组织认定", section: GOV, dept: "mzj", aud: "enterprise", theme: "资质", kind: "行政确认",
    summary: "已登记的社会团体、社会服务机构申请认定为慈善组织。",
    cond: ["以开展慈善活动为宗旨", "章程符合《中华人民共和国慈善法》规定", "近两年无违法违规记录"], mat: [sqb("慈善组织认定申请书"), yj("符合慈善组织条件的章程"), yj("财务审计报告"), dz("法人登记证书")],
    law: ["《中华人民共和国慈善法》", "《慈善组织认定办法》"], days: [20, 15], kw: ["慈善组织", "慈善认定", "公益"],
  }),
  mk({
    name: "居民区和建筑物名称命名、更名审批", section: GOV, dept: "mzj", aud: "enterprise", theme: "工程建设", kind: "行政许可",
    summary: "房地产项目、大型建筑物的名称命名或更名，由建设单位在办理预售前申请审批。",
    cond: ["名称符合地名管理规定，不含有损国家主权和民族尊严的内容", "不与本市行政区域内同类地名重名"], mat: [sqb("地名命名申请表"), YYZZ, fy("建设工程规划许可证"), yj("名称含义说明")],
    law: ["《地名管理条例》"], days: [20, 10], kw: ["楼盘命名", "地名", "小区名称", "建筑物命名"],
  }),
];

export const HEALTH_CIVIL: Draft[] = [...wjw, ...mzj];
