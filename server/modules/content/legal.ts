/**
 * 用户服务协议 and 隐私政策 of 智慧南通, as structured content for the pages that render them (suggested
 * routes /terms and /privacy) and for the registration and 实名认证 consent lines. Plain data: no React,
 * no database, so pages can render it statically and tests can check it.
 *
 * The privacy notice describes what the app actually stores (drizzle/schema/*.ts): account_user (phone,
 * argon2id password hash, nickname, real name, AES-256-GCM encrypted ID number and its HMAC lookup hash,
 * enterprise name and USCC, sign-in failure counters), auth_account (WeChat openid and nickname),
 * account_sms_code (only a hash of each code), account_message, application_case / _attachment / _event /
 * _rating (form answers, files, 好差评), hotline_ticket / _attachment / _event (description, address,
 * map point, photos, contact name and phone, rating), audit_log (action, time, outcome, IP), the session
 * and 长辈版 cookies; and what the sections being built will collect (hospital bookings with family
 * members, citizen card, health records, venue bookings), marked “开通相应服务时”.
 *
 * Legal references: 《中华人民共和国个人信息保护法》 (PIPL) arts. 13–17, 19, 21, 23, 28–31, 34–36, 44–50,
 * 57, 65; 《中华人民共和国网络安全法》 art. 21 (logs ≥ 6 months); 《中华人民共和国档案法》 for government
 * case records; 《中华人民共和国行政许可法》 art. 78 on false materials.
 *
 * SAMPLE (示例): the operator's name, address, e-mail and phone, the hosting and SMS providers, and the
 * retention periods this notice commits to where no law fixes one (e.g. drafts 180 days, logs 1 year)
 * are ours and marked 示例 where they name a party; replace them with the real operator's before launch.
 */

export type LegalBlock =
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered?: boolean; items: string[] }
  /** A GOV.UK summary list (term → detail), e.g. one data category's purpose, basis and retention. */
  | { type: "facts"; rows: { term: string; detail: string }[] };

export type LegalSubsection = { id: string; heading: string; blocks: LegalBlock[] };

export type LegalSection = {
  /** Stable anchor for links such as /privacy#rights. */
  id: string;
  heading: string;
  blocks: LegalBlock[];
  subsections?: LegalSubsection[];
};

export type LegalSlug = "terms" | "privacy";

export type LegalDocument = {
  slug: LegalSlug;
  /** Suggested route of the page. */
  path: `/${LegalSlug}`;
  title: string;
  /** ISO date the text takes effect; also its version. */
  effectiveDate: string;
  /** The few sentences shown first, before the full text. */
  summary: string[];
  sections: LegalSection[];
};

/** The operator and how to reach it (示例 until the real operator's details replace them). */
export const LEGAL_OPERATOR = {
  name: "智慧南通平台运营单位（示例：南通市数据局）",
  address: "江苏省南通市崇川区（示例地址）",
  email: "privacy@example.gov.cn（示例）",
  phone: "0513-12345",
  /** PIPL art. 52: the person responsible for personal-information protection. */
  dpo: "个人信息保护负责人（示例）",
} as const;

export const EFFECTIVE_DATE = "2026-12-01";

const effectiveText = "2026年12月1日";

// ---------------------------------------------------------------- data categories (privacy notice)

export type DataCategory = {
  id: string;
  name: string;
  /** When it is collected: at registration, when a feature is used, or only when a service is opened. */
  when: "注册时" | "使用相关功能时" | "开通相应服务时";
  /** True when any item is sensitive personal information (PIPL art. 28): separate consent applies. */
  sensitive: boolean;
  items: string[];
  purpose: string;
  legalBasis: string;
  retention: string;
  sharing: string;
};

export const DATA_CATEGORIES: DataCategory[] = [
  {
    id: "account",
    name: "账户信息",
    when: "注册时",
    sensitive: false,
    items: [
      "手机号（必填，作为账号）",
      "密码（我们只保存经过不可逆算法处理后的摘要，不保存密码原文，任何人都无法看到您的密码）",
      "昵称（选填）",
      "以企业身份办事时填写的企业名称和统一社会信用代码",
      "注册时间、最近登录时间、连续登录失败次数和账户锁定时间",
    ],
    purpose: "创建和识别您的账户，让您登录，向您发送办事进度通知，保护账户安全（例如连续5次密码错误后锁定15分钟）。",
    legalBasis: "为订立和履行本平台《用户服务协议》所必需（《个人信息保护法》第十三条第一款第二项）。",
    retention: "账户存续期间保存；您注销账户后15个工作日内删除或匿名化，法律法规要求保存的除外。",
    sharing: "不向第三方提供。发送短信时，手机号和短信内容交给受托的短信服务商（见“委托处理”）。",
  },
  {
    id: "sms",
    name: "短信验证码",
    when: "使用相关功能时",
    sensitive: false,
    items: ["接收验证码的手机号、验证码的摘要（不保存验证码原文）、用途、发送时间、尝试次数"],
    purpose: "确认手机号是您本人在用，用于注册、短信登录和绑定微信，防止冒用。",
    legalBasis: "为履行《用户服务协议》所必需（《个人信息保护法》第十三条第一款第二项）。",
    retention: "验证码5分钟内有效；发送记录保存30天后删除。",
    sharing: "手机号和短信内容交给受托的短信服务商发送。",
  },
  {
    id: "wechat",
    name: "微信登录信息",
    when: "使用相关功能时",
    sensitive: false,
    items: ["您选择用微信登录或绑定微信时，微信提供的用户标识（openid）和微信昵称"],
    purpose: "让您用微信登录，并把微信身份与您的手机号账户对应起来（一人一个账户）。",
    legalBasis: "您的同意：您主动选择微信登录并授权（《个人信息保护法》第十三条第一款第一项）。",
    retention: "保存至您在“我的”页面解除微信绑定或注销账户时删除。",
    sharing: "我们不向微信提供您在本平台的办事信息。微信登录时，您在微信中的授权由深圳市腾讯计算机系统有限公司按其规则处理。",
  },
  {
    id: "real-name",
    name: "实名认证信息",
    when: "使用相关功能时",
    sensitive: true,
    items: ["真实姓名", "居民身份证号码（加密保存；另存一个用于查重的不可逆摘要）", "实名认证时间"],
    purpose:
      "网上办理政务服务事项需要确认办事人身份；认证后申请表会自动填入您的姓名和证件号，由您确认。同一身份证号只能认证一个账户，防止冒名办事。",
    legalBasis:
      "身份证号码属于敏感个人信息，我们在您提交认证时取得您的单独同意（《个人信息保护法》第十三条第一款第一项、第二十八条、第二十九条）；依法需要核验身份的事项，还基于承办部门履行法定职责的需要（第十三条第一款第三项、第三十四条）。",
    retention: "账户存续期间保存；注销账户后15个工作日内删除。已经提交的办件里的身份信息，随办件档案保存（见“办件信息”）。",
    sharing:
      "只在您办理事项时提供给承办部门。页面和导出文件中显示为打码后的号码，号码原文不写入日志、不出现在网址中。目前我们核对号码的格式和校验位；接入权威身份核验服务后，会把姓名和号码提交核验机构比对，并在本政策中写明该机构。",
  },
  {
    id: "applications",
    name: "办件信息（一网通办）",
    when: "使用相关功能时",
    sensitive: true,
    items: [
      "您在申请表中填写的内容：因事项而异，可能包括申请人和家庭成员的姓名、证件号码、联系方式、地址、银行账户、健康或残疾状况、收入情况",
      "您上传的材料（PDF、JPG、PNG文件，每个不超过10MB）",
      "申办流水号、办理状态和每一步的办理记录（谁在什么时间做了什么）",
      "您对办理结果的评价（好差评）和意见",
    ],
    purpose: "受理、审查和办理您申请的事项，通知您补正和结果，接受您的评价和对差评的回访整改。",
    legalBasis:
      "承办部门履行法定职责所必需（《个人信息保护法》第十三条第一款第三项、第三十四条）。申请表涉及银行账户、健康、未成年人等敏感个人信息的，提交前页面会说明必要性并取得您的单独同意（第二十九条、第三十条）。",
    retention:
      "未提交的草稿，您可以随时删除，180天未修改的草稿自动删除。提交后的办件是政府业务记录，由承办部门按《中华人民共和国档案法》和文书档案保管期限规定保存（一般为10年或30年，少数永久），期满后依法销毁。注销账户不影响已提交办件的保存，但会解除它与您账户的关联。",
    sharing: "提供给负责该事项的承办部门及其办理人员；法律法规规定需要其他部门协同核查的，提供给该部门。",
  },
  {
    id: "hotline",
    name: "12345诉求信息",
    when: "使用相关功能时",
    sensitive: true,
    items: [
      "诉求类型、分类、内容描述",
      "问题所在的区县、详细地址；您点击“使用我的位置”时，当时的地图位置（经纬度）",
      "您上传的现场照片（最多6张，每张不超过5MB）",
      "联系人和联系电话",
      "是否同意公开，以及办理、回访、满意度评价和您的评价意见",
      "电话来电时，来电号码和坐席记录的内容",
    ],
    purpose:
      "受理、派单、办理、答复、督办和回访您的诉求；合并同一问题的重复诉求；生成不含个人身份的统计数据（例如每周诉求量、办结率、热点问题）。",
    legalBasis:
      "政务服务便民热线履行职责所必需（《个人信息保护法》第十三条第一款第三项、第三十四条；《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》）。精确的地图位置按敏感个人信息保护，只在您点击“使用我的位置”并在浏览器中允许后获取，以您的这一单独同意为依据（第二十八条、第二十九条）。公开诉求以您的同意为依据（第十三条第一款第一项）。",
    retention:
      "工单是政府业务记录，按12345热线工作规范和档案管理规定保存，办结后至少保存3年（示例），期满后删除或匿名化。现场照片随工单保存。统计数据不含个人身份，长期保存。",
    sharing:
      "提供给热线坐席和负责办理的部门。照片只有您本人、坐席、承办部门和管理员可以查看。您同意公开的，只在“诉求公开”页面显示类型、分类、区县、诉求内容和答复，联系人、电话和详细地址一律不公开，内容中的手机号、身份证号、邮箱和车牌号自动打码。",
  },
  {
    id: "messages",
    name: "站内消息",
    when: "使用相关功能时",
    sensitive: false,
    items: ["发给您的办事进度、补正、答复等通知的标题、内容、链接和已读时间"],
    purpose: "在“我的”页面告诉您需要处理的事和办理进度。",
    legalBasis: "为履行《用户服务协议》所必需（《个人信息保护法》第十三条第一款第二项）。",
    retention: "账户存续期间保存；注销账户时删除。",
    sharing: "不向第三方提供；同时发送短信通知的，短信内容交给受托的短信服务商。",
  },
  {
    id: "security-log",
    name: "登录和安全日志",
    when: "使用相关功能时",
    sensitive: false,
    items: [
      "登录成功和失败、账户锁定、注册、实名认证、绑定或解绑微信、权限变更等操作的时间和结果",
      "操作时的IP地址",
      "为防止暴力破解，短时间内（最长1小时）按IP地址和手机号对登录、发送短信的次数计数",
    ],
    purpose: "保护账户和系统安全，发现和处置冒用、攻击等安全事件，依法留存网络日志。",
    legalBasis:
      "履行《中华人民共和国网络安全法》第二十一条规定的法定义务（留存网络日志不少于六个月）所必需（《个人信息保护法》第十三条第一款第三项）。",
    retention:
      "安全日志保存1年后删除（法律要求不少于6个月），注销账户后也保存至期满。计数器在1小时内自动清除。日志不记录密码、验证码和身份证号码。",
    sharing: "不向第三方提供；公安机关等依法调取的除外。",
  },
  {
    id: "services-upcoming",
    name: "生活服务信息",
    when: "开通相应服务时",
    sensitive: true,
    items: [
      "预约挂号：就诊人（您本人或您添加的家庭成员）的姓名、身份证号码、手机号、与您的关系，预约的医院、科室、医生和时间",
      "市民卡：卡号、卡片状态、余额和交易记录、挂失记录",
      "健康档案：体检报告（检查日期、体检机构、各项指标的结果、单位和参考范围、医生的总结）、预防接种记录（疫苗、剂次、接种日期、接种单位、批号、下一剂日期）、家庭医生签约（医生、团队、社区卫生服务中心、电话、有效期）、慢病随访记录（病种、随访日期和方式、检查结果、医生建议、下次随访日期）；您给家人的查看授权（家人姓名、可查看的内容、截止日期、撤销时间）",
      "景区、场馆、活动预约：预约人姓名、证件号码、手机号、预约时间和人数",
      "智慧南通积分、低碳行动记录；为老人开通“二维码名片”时，老人自己选择展示的信息",
    ],
    purpose: "只在您开通或使用对应服务时收集，用于完成预约、查询和办理。您不开通，不影响使用其他服务。",
    legalBasis:
      "为履行您所使用服务的约定所必需，以及您的同意（《个人信息保护法》第十三条第一款第一项、第二项）。医疗健康、金融账户（市民卡交易）、家庭成员的身份证号码和不满十四周岁儿童的信息属于敏感个人信息，开通时单独取得您的同意（第二十八条、第二十九条、第三十一条）。为家人预约，您应当已取得家人的同意；为未成年子女预约，您应当是其监护人。",
    retention:
      "预约记录在就诊或预约日期后保存3年（示例），期满删除；市民卡交易记录按市民卡发卡机构和金融监管的规定保存；健康档案来自卫生健康部门的系统（本平台目前展示的是示例数据），您注销账户时删除本人的健康档案和查看授权；未成年子女的健康档案属于子女本人，不随父母注销账户而删除。他人查看您健康档案的记录作为安全日志保存。家庭成员信息保存至您删除该家庭成员或注销账户。",
    sharing:
      "预约信息提供给您选择的医院、景区或场馆；市民卡信息在您与市民卡发卡机构之间传递；健康档案只展示给您本人、未满18周岁子女的监护人、您授权的家人（按您选择的内容和截止日期，您可以随时撤销），以及您就诊当天该医院的工作人员；他人每次查看都会记录，您可以在“我的数据与隐私”中看到。健康档案不进入开放数据接口，也不写入运行日志。",
  },
];

function categoryFacts(c: DataCategory): LegalBlock[] {
  return [
    { type: "list", items: c.items },
    {
      type: "facts",
      rows: [
        { term: "什么时候收集", detail: c.when },
        { term: "用来做什么", detail: c.purpose },
        { term: "法律依据", detail: c.legalBasis },
        { term: "保存多久", detail: c.retention },
        { term: "提供给谁", detail: c.sharing },
      ],
    },
  ];
}

// ---------------------------------------------------------------- privacy notice

export const PRIVACY_POLICY: LegalDocument = {
  slug: "privacy",
  path: "/privacy",
  title: "智慧南通隐私政策",
  effectiveDate: EFFECTIVE_DATE,
  summary: [
    "我们只收集办事需要的个人信息，不出售您的个人信息，不用于广告，不使用第三方统计或追踪工具。",
    "您提交的办件和诉求，只提供给负责办理的部门。",
    "身份证号码加密保存，页面上打码显示。",
    "您可以在“我的”页面查看、下载和更正自己的信息，解除微信绑定，申请注销账户。",
    `本政策自${effectiveText}起施行。`,
  ],
  sections: [
    {
      id: "who-we-are",
      heading: "我们是谁",
      blocks: [
        {
          type: "paragraph",
          text: `“智慧南通”（以下简称本平台）是南通市的城市公共服务平台，包括电脑网页、手机网页和微信服务号中的页面。本平台由${LEGAL_OPERATOR.name}运营，以下称“我们”。`,
        },
        {
          type: "paragraph",
          text: "您通过本平台向政府部门申请办事、提出诉求时，负责办理的部门依法处理与该事项有关的个人信息。本政策说明本平台如何处理您的个人信息，承办部门也按法律规定保护这些信息。",
        },
        {
          type: "paragraph",
          text: "本政策依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》《中华人民共和国数据安全法》等法律法规制定。",
        },
      ],
    },
    {
      id: "what-we-collect",
      heading: "我们收集哪些信息，为什么，保存多久",
      blocks: [
        {
          type: "paragraph",
          text: "下面按类别说明。我们不会收集与所提供服务无关的信息，也不会因为您不同意收集非必要的信息而拒绝提供基本服务。",
        },
        {
          type: "paragraph",
          text: "标明“开通相应服务时”的类别，只有在您开通或使用对应服务时才会收集。",
        },
      ],
      subsections: DATA_CATEGORIES.map((c) => ({ id: c.id, heading: c.name, blocks: categoryFacts(c) })),
    },
    {
      id: "sensitive",
      heading: "敏感个人信息",
      blocks: [
        {
          type: "paragraph",
          text: "敏感个人信息一旦泄露或被非法使用，容易使人格尊严受到侵害或人身、财产安全受到危害。本平台可能处理的敏感个人信息有：",
        },
        {
          type: "list",
          items: [
            "身份证号码等身份证件信息（实名认证、办件、预约）",
            "银行账户和市民卡交易记录（申领补贴等办件、市民卡服务）",
            "健康、残疾状况和就诊信息（部分办件、预约挂号、健康档案）",
            "您点击“使用我的位置”时获取的精确地图位置",
            "不满十四周岁儿童的个人信息（例如为孩子办理入学、新生儿事项）",
          ],
        },
        {
          type: "paragraph",
          text: "处理这些信息前，页面会告诉您为什么需要、对您有什么影响，并取得您的单独同意；法律规定承办部门为履行法定职责必须处理的，我们会告诉您依据。我们采取加密保存、打码显示、严格限制查看人员等措施保护这些信息。",
        },
      ],
    },
    {
      id: "cookies",
      heading: "Cookie和本地存储",
      blocks: [
        { type: "paragraph", text: "本平台只使用保证网站正常工作所必需的Cookie，不使用广告、统计或追踪类Cookie。" },
        {
          type: "list",
          items: [
            "登录凭证：保持您的登录状态，最长7天；工作人员账户闲置30分钟后自动退出。退出登录时删除。",
            "安全令牌：防止他人伪造您的操作提交表单。",
            "“nt-elder”：记住您是否打开了长辈版，保存1年，关闭长辈版时删除。",
          ],
        },
        { type: "paragraph", text: "您可以在浏览器中删除Cookie。删除登录凭证后需要重新登录。" },
      ],
    },
    {
      id: "sharing",
      heading: "我们如何提供、委托处理和公开您的信息",
      blocks: [
        { type: "paragraph", text: "我们不出售、不出租您的个人信息，也不把它用于广告或商业营销。" },
        {
          type: "list",
          items: [
            "提供给承办部门：您申请的事项、提出的诉求，提供给负责办理的部门和其工作人员，只用于办理该事项。",
            "委托处理：我们委托以下类型的服务商代我们处理信息，并通过合同约定处理目的、方式、安全措施和保密义务，监督其不得用于其他用途：短信服务商（发送验证码和通知）、政务云或数据中心运营方（存储和运行系统）。具体服务商名称（示例：待上线时公布）会在本政策中列明。",
            "依法提供：公安、检察、审判、纪检监察等机关依照法律规定的程序调取的，我们依法提供。",
            "公开：只有您同意公开的12345诉求，才会在“诉求公开”页面去除个人身份后展示。",
          ],
        },
        {
          type: "paragraph",
          text: "除上述情形外，需要向其他个人信息处理者提供您的个人信息的，我们会告诉您接收方的名称、联系方式、处理目的、处理方式和信息种类，并取得您的单独同意。",
        },
      ],
    },
    {
      id: "storage-security",
      heading: "信息存放在哪里，我们怎样保护",
      blocks: [
        { type: "paragraph", text: "您的个人信息存储在中华人民共和国境内，不向境外提供。" },
        {
          type: "list",
          items: [
            "传输加密：网站使用HTTPS加密传输。",
            "存储加密：密码只保存不可逆摘要；身份证号码加密保存，查重使用不可逆摘要。",
            "访问控制：工作人员按岗位授权，只能查看办理工作需要的信息；查看和修改重要信息的操作留有日志。",
            "文件检查：上传的文件按内容检查格式和大小，照片只向有权查看的人提供。",
            "安全事件：发生或可能发生个人信息泄露、篡改、丢失的，我们立即采取补救措施，按规定通知您并向主管部门报告。",
          ],
        },
      ],
    },
    {
      id: "rights",
      heading: "您的权利",
      blocks: [
        { type: "paragraph", text: "您对自己的个人信息享有以下权利（《个人信息保护法》第四十四条至第四十九条）：" },
        {
          type: "list",
          items: [
            "查阅和复制：在“我的”页面查看账户资料、办件、诉求和消息；点击“下载我的个人信息”，得到一份账户资料和消息的副本（JSON格式），其中身份证号码打码显示。需要办件和诉求的完整副本的，可以联系我们。",
            "转移：您请求把个人信息转移给您指定的其他处理者，符合国家网信部门规定条件的，我们提供转移的途径。",
            "更正和补充：账户资料有误或不完整的，可以在“我的”页面修改，暂不能在线修改的项目请联系我们更正；已提交办件中的信息有误的，请联系承办部门或通过补正更正。",
            "删除：处理目的已经实现或不再必要、您撤回同意、我们停止提供服务或保存期限届满、我们违法或违约处理的，您可以要求删除。法律法规规定的保存期限未届满（例如政府业务档案、安全日志）的，我们停止除存储和必要的安全保护以外的处理。",
            "撤回同意：您可以解除微信绑定、取消诉求公开（联系我们）、关闭已开通的服务。撤回同意不影响撤回前基于同意已进行的处理。",
            "注销账户：您可以在“我的”页面或通过“联系我们”申请注销。注销后我们在15个工作日内删除或匿名化您的账户信息；已提交的办件和诉求作为政府业务记录依法保存，但不再与您的账户关联。",
            "要求解释：您可以要求我们解释说明本政策和我们处理您个人信息的规则。",
            "近亲属的权利：自然人去世后，其近亲属为了自身的合法、正当利益，可以对死者的相关个人信息行使查阅、复制、更正、删除等权利，死者生前另有安排的除外。",
          ],
        },
        {
          type: "paragraph",
          text: "除“我的”页面可以直接办理的以外，您可以通过“联系我们”提出申请（《个人信息保护法》第五十条）。我们核实您的身份后，在15个工作日内答复；不能满足您的请求的，会说明理由。",
        },
        {
          type: "paragraph",
          text: "您认为我们处理个人信息的行为损害了您的合法权益的，可以向我们投诉，也可以向网信部门或其他履行个人信息保护职责的部门投诉、举报，或者依法向人民法院提起诉讼。",
        },
      ],
    },
    {
      id: "minors",
      heading: "未成年人",
      blocks: [
        { type: "paragraph", text: "本平台的账户主要面向成年人。" },
        {
          type: "list",
          items: [
            "不满十四周岁的儿童不能自行注册。需要为孩子办理的事项（例如新生儿出生、入学、预防接种），请父母或其他监护人用自己的账户办理。",
            "不满十四周岁儿童的个人信息属于敏感个人信息。监护人提交孩子的信息时，我们取得监护人的同意，只用于所办理的事项，并按本政策的敏感个人信息规则保护。",
            "已满十四周岁不满十八周岁的未成年人，应当在监护人同意和指导下注册和使用本平台。",
            "监护人发现我们未经同意收集了孩子的信息的，可以联系我们删除。",
          ],
        },
      ],
    },
    {
      id: "changes",
      heading: "本政策的更新",
      blocks: [
        {
          type: "paragraph",
          text: "本政策变化时，我们会在本页面公布新版本并注明施行日期。处理目的、处理方式、信息种类等发生重大变化的，我们在施行前通过站内消息或页面显著提示告诉您，需要重新取得同意的，会再次征求您的同意。",
        },
        { type: "paragraph", text: `本版本自${effectiveText}起施行。` },
      ],
    },
    {
      id: "contact",
      heading: "联系我们",
      blocks: [
        {
          type: "facts",
          rows: [
            { term: "运营单位", detail: LEGAL_OPERATOR.name },
            { term: "个人信息保护负责人", detail: LEGAL_OPERATOR.dpo },
            { term: "电子邮箱", detail: LEGAL_OPERATOR.email },
            { term: "电话", detail: `${LEGAL_OPERATOR.phone}（12345政务服务便民热线，可转个人信息保护事项）` },
            { term: "通信地址", detail: LEGAL_OPERATOR.address },
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------- user agreement

export const USER_AGREEMENT: LegalDocument = {
  slug: "terms",
  path: "/terms",
  title: "智慧南通用户服务协议",
  effectiveDate: EFFECTIVE_DATE,
  summary: [
    "本平台是办事和反映问题的入口；事项的办理结果由承办部门依法作出。",
    "请提供真实的信息和材料，保管好自己的账户，不要借给他人使用。",
    "紧急情况请拨打110、119、120、122，不要通过本平台求助。",
    "我们如何处理您的个人信息，见《智慧南通隐私政策》。",
    `本协议自${effectiveText}起施行。`,
  ],
  sections: [
    {
      id: "scope",
      heading: "协议的范围",
      blocks: [
        {
          type: "paragraph",
          text: `本协议是您与${LEGAL_OPERATOR.name}（以下称“我们”）之间关于使用“智慧南通”（包括电脑网页、手机网页和微信服务号中的页面，以下称本平台）的约定。`,
        },
        {
          type: "paragraph",
          text: "您点击“同意协议并注册”或以其他方式使用需要登录的功能，即表示您已阅读并同意本协议和《智慧南通隐私政策》。不注册也可以浏览公开信息、查询办事指南。",
        },
      ],
    },
    {
      id: "services",
      heading: "本平台提供什么服务",
      blocks: [
        {
          type: "list",
          items: [
            "一网通办：查询办事指南，在线申请政务服务事项，查看办理进度，对办理结果进行评价。",
            "12345：提出咨询、求助、投诉、建议、举报，查看答复并评价。",
            "城市服务：经济、人文、治理、交通、环保、生活等栏目中的信息查询、预约和办理服务。",
          ],
        },
        {
          type: "paragraph",
          text: "本平台是办事入口。您申请的事项由对应的承办部门依照法律、法规的规定审查和作出决定，办理时限按工作日计算，以办事指南的说明为准。对承办部门作出的决定不服的，可以依法申请行政复议或提起行政诉讼。",
        },
        {
          type: "paragraph",
          text: "本平台发布的政策解读、办事指南和知识文章供参考，与法律法规或承办部门的正式规定不一致的，以后者为准。",
        },
        {
          type: "paragraph",
          text: "本平台不是紧急求助渠道。遇到违法犯罪、火灾、急病、交通事故等紧急情况，请直接拨打110、119、120、122。",
        },
      ],
    },
    {
      id: "account",
      heading: "您的账户",
      blocks: [
        {
          type: "list",
          items: [
            "一人一个账户。请用本人正在使用的手机号注册；微信只能绑定到一个手机号账户。",
            "请设置足够安全的密码，不要告诉他人。连续5次输入错误密码，账户会被锁定15分钟。",
            "网上办理政务服务事项，一般需要先完成实名认证。请如实填写本人的姓名和身份证号码。",
            "账户仅限本人使用，不得转让、出租、出借。他人使用您的账户办理的事项，视为您本人办理，除非您能证明账户被盗用。",
            "发现账户被盗用或手机号不再使用的，请及时修改密码或联系我们。",
            "您可以随时申请注销账户。注销后账户不能恢复；已提交的办件和诉求依法保存。",
          ],
        },
      ],
    },
    {
      id: "applications",
      heading: "网上办事的规则",
      blocks: [
        {
          type: "list",
          items: [
            "请提供真实、准确、完整的信息和材料，上传的材料应当清晰可辨。",
            "隐瞒有关情况或提供虚假材料申请行政许可的，承办部门不予受理或不予许可，并给予警告；涉及公共安全、人身健康、生命财产安全事项的，申请人一年内不得再次申请该许可（《中华人民共和国行政许可法》第七十八条）。以欺骗手段骗取社会保险、救助等待遇的，要退回并依法承担责任。",
            "提交成功后，您会得到一个申办流水号。请用它查询进度或向承办部门咨询。",
            "承办部门要求补正材料的，请在规定时间内补正；逾期未补正的，可能影响办理。",
            "提交前，请在“检查您的答案”页面核对内容。同一份申请重复提交，本平台只受理一次。",
          ],
        },
      ],
    },
    {
      id: "hotline",
      heading: "12345诉求的规则",
      blocks: [
        {
          type: "list",
          items: [
            "请如实描述问题发生的地点、时间和情况。上传照片时，请尽量避免拍到无关人员的面部和他人的隐私。",
            "请勿反复提交同一问题；已经提交的诉求，可以在“我的诉求”中查看进度和答复。",
            "依法应当通过诉讼、仲裁、纪检监察、行政复议、政府信息公开等程序解决的事项，12345会告知您正确的途径。",
            "您可以选择是否公开诉求。公开后，其他市民可以看到去除个人身份的诉求内容和答复。",
            "对答复不满意的，可以在评价时说明理由，热线会回访核实。",
          ],
        },
      ],
    },
    {
      id: "conduct",
      heading: "不允许的行为",
      blocks: [
        { type: "paragraph", text: "使用本平台时，您不得：" },
        {
          type: "list",
          items: [
            "冒用他人身份，或未经他人同意提交他人的个人信息；",
            "发布违法信息，或侮辱、诽谤、骚扰他人；",
            "编造虚假诉求、恶意重复提交，占用公共服务资源；",
            "上传含有病毒、恶意代码的文件，或试图绕过安全措施、攻击系统；",
            "未经许可用程序批量抓取、调用本平台的页面和数据（开放数据和开放接口按其使用说明使用）；",
            "其他违反法律、法规和公序良俗的行为。",
          ],
        },
        {
          type: "paragraph",
          text: "出现上述情形的，我们可以删除相关内容、限制或暂停账户的部分功能，并保存有关记录；涉嫌违法犯罪的，依法移交有关机关。我们会告诉您处理的理由，您可以通过“联系我们”申诉。",
        },
      ],
    },
    {
      id: "content",
      heading: "平台内容",
      blocks: [
        {
          type: "paragraph",
          text: "本平台的页面设计、文字和图片等内容受法律保护。政府信息和开放数据可以按照其公布的规则使用，使用时请注明来源。",
        },
        {
          type: "paragraph",
          text: "您提交的诉求、评价和材料，您同意本平台和承办部门为办理、答复、回访、统计和改进服务的需要使用；您同意公开的诉求，按公开规则展示。",
        },
      ],
    },
    {
      id: "availability",
      heading: "服务的变更和中断",
      blocks: [
        {
          type: "paragraph",
          text: "我们尽力保持本平台稳定可用。因系统维护、升级需要暂停服务的，一般提前在平台公告。因不可抗力、网络故障、电信部门或第三方服务的原因造成服务中断的，我们会尽快恢复。",
        },
        {
          type: "paragraph",
          text: "服务中断影响办理时限的，承办部门按有关规定处理；您也可以到政务服务中心窗口办理，或拨打12345咨询。",
        },
      ],
    },
    {
      id: "privacy",
      heading: "个人信息保护",
      blocks: [
        {
          type: "paragraph",
          text: "我们依照《中华人民共和国个人信息保护法》等法律处理您的个人信息。收集哪些信息、用途、保存期限和您的权利，见《智慧南通隐私政策》。",
        },
      ],
    },
    {
      id: "minors",
      heading: "未成年人",
      blocks: [
        {
          type: "paragraph",
          text: "不满十四周岁的儿童不能自行注册，由监护人用自己的账户为其办理事项。已满十四周岁不满十八周岁的未成年人，应当在监护人同意和指导下使用本平台。",
        },
      ],
    },
    {
      id: "changes",
      heading: "协议的修改",
      blocks: [
        {
          type: "paragraph",
          text: "本协议修改时，我们会在本页面公布新版本并注明施行日期；涉及您重要权利义务的修改，在施行前通过站内消息或页面显著提示告诉您。您不同意修改的，可以停止使用并注销账户。",
        },
      ],
    },
    {
      id: "law",
      heading: "法律适用和争议解决",
      blocks: [
        { type: "paragraph", text: "本协议适用中华人民共和国法律。" },
        {
          type: "paragraph",
          text: "因使用本平台发生争议的，双方先协商解决。对承办部门的行政行为有异议的，可以依法申请行政复议或提起行政诉讼；其他争议协商不成的，可以向运营单位所在地有管辖权的人民法院起诉。",
        },
      ],
    },
    {
      id: "contact",
      heading: "联系我们",
      blocks: [
        {
          type: "facts",
          rows: [
            { term: "运营单位", detail: LEGAL_OPERATOR.name },
            { term: "电话", detail: `${LEGAL_OPERATOR.phone}（12345政务服务便民热线）` },
            { term: "电子邮箱", detail: LEGAL_OPERATOR.email },
            { term: "通信地址", detail: LEGAL_OPERATOR.address },
          ],
        },
        { type: "paragraph", text: `本协议自${effectiveText}起施行。` },
      ],
    },
  ],
};

export const LEGAL_DOCUMENTS: Record<LegalSlug, LegalDocument> = { terms: USER_AGREEMENT, privacy: PRIVACY_POLICY };

export function getLegalDocument(slug: string): LegalDocument | undefined {
  return slug === "terms" || slug === "privacy" ? LEGAL_DOCUMENTS[slug] : undefined;
}

/**
 * The consent line beside “同意协议并注册”: text with the two documents as links, in order. A page renders
 * `before`, then each link, joined by `joiner`, then `after`.
 */
export const REGISTRATION_CONSENT = {
  before: "注册即表示您已阅读并同意",
  links: [
    { href: USER_AGREEMENT.path, text: "《智慧南通用户服务协议》" },
    { href: PRIVACY_POLICY.path, text: "《智慧南通隐私政策》" },
  ],
  joiner: "和",
  after: "。我们用您的手机号登录和发送办事通知。",
} as const;

/** The separate consent (PIPL arts. 29–30) shown on the 实名认证 form before the ID number is submitted. */
export const REAL_NAME_CONSENT =
  "身份证号码是敏感个人信息。我们用它确认办事人是您本人，并在申请表中为您自动填写；号码加密保存、打码显示，只在您办事时提供给承办部门。提交即表示您单独同意我们为上述目的处理您的姓名和身份证号码。详见《智慧南通隐私政策》。";
