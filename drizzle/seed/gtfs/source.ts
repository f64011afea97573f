/**
 * Source of the GTFS feed in this folder (`npx tsx scripts/generate-gtfs.ts` writes the .txt files from
 * it; `gtfs-feed.test.ts` checks that the committed files match). README.md here cites the sources.
 *
 * Metro: the real lines and stations of 南通轨道交通, in order, with approximate coordinates (taken from
 * MetroMan's open station data and checked against zh.wikipedia station articles; the coordinates are
 * approximate, good to a few hundred metres). Timetables are modelled on the published operating
 * hours and headways, not copied from the operator.
 *
 * Buses: SAMPLE DATA (示例数据). Line numbers, stops, coordinates and headways are invented but
 * plausible, spread over 崇川区, 通州区 and 海门区.
 */

export type Division = "崇川区" | "通州区" | "海门区" | "如皋市" | "启东市" | "海安市" | "如东县";

export type SourceStop = { name: string; lat: number; lon: number; district: Division };

export type Headways = {
  /** minutes between departures in the morning and evening peaks (07:00–09:00, 17:00–19:00) */
  peak: number;
  /** minutes between departures at other times */
  offPeak: number;
};

export type SourceLine = {
  routeId: string;
  agencyId: "ntmetro" | "ntbus";
  shortName: string;
  longName: string;
  desc: string;
  routeType: 1 | 3; // GTFS: 1 = subway/metro, 3 = bus
  color: string;
  textColor: string;
  stops: SourceStop[];
  /** first and last departure from each terminal, "HH:MM" */
  firstDeparture: string;
  lastDeparture: string;
  headways: Headways;
  /** average running speed between stops in m/s, and dwell time at each stop in seconds */
  speed: number;
  dwell: number;
  /** published route length in km: shape distances are scaled to it (the straight lines between stations are shorter than the track) */
  lengthKm?: number;
  sample: boolean;
};

const 崇川 = "崇川区" as const;
const 通州 = "通州区" as const;
const 海门 = "海门区" as const;

const s = (name: string, lat: number, lon: number, district: Division = 崇川): SourceStop => ({ name, lat, lon, district });

/**
 * 南通轨道交通1号线, 平潮—振兴路: 28 stations, 39.18 km, opened 2022-11-10, 06:00–22:00.
 * Districts are approximate (stations in the 开发区 and 创新区 are listed under 崇川区).
 */
export const METRO_LINE_1: SourceStop[] = [
  s("平潮", 32.106356, 120.757115, 通州),
  s("南通西站", 32.102957, 120.76559, 通州),
  s("集成村", 32.090178, 120.778261),
  s("河口", 32.085206, 120.794183),
  s("唐闸公园", 32.071106, 120.818274),
  s("普贤路", 32.061791, 120.830237),
  s("十里坊", 32.043418, 120.82247),
  s("城港路", 32.031868, 120.815694),
  s("曙光", 32.023681, 120.820093),
  s("茶庵殿", 32.015131, 120.835907),
  s("孩儿巷", 32.015772, 120.849823),
  s("和平桥", 32.016186, 120.859511),
  s("友谊桥", 32.018014, 120.869145),
  s("学田", 32.014694, 120.88202),
  s("文峰", 32.005938, 120.882926),
  s("慈善博物馆", 31.997299, 120.884622),
  s("政务中心", 31.987867, 120.886842),
  s("世纪大道", 31.978321, 120.88894),
  s("图书馆", 31.974294, 120.896053),
  s("南通大学", 31.975855, 120.906444),
  s("盘香路", 31.977511, 120.920268),
  s("崇州大道", 31.977648, 120.933416),
  s("静海大道", 31.975932, 120.944569),
  s("大剧院", 31.965083, 120.946564),
  s("紫琅湖", 31.954051, 120.94753),
  s("能达商务区", 31.933585, 120.958924),
  s("航运学院", 31.921802, 120.958838),
  s("振兴路", 31.910409, 120.956188),
];

const byName = (name: string) => {
  const stop = METRO_LINE_1.find((x) => x.name === name);
  if (!stop) throw new Error(`no Line 1 station ${name}`);
  return stop;
};

/**
 * 南通轨道交通2号线一期, 幸福—先锋: 17 stations, about 20.9 km, opened 2023-12-27; interchanges with
 * Line 1 at 和平桥 and 文峰. 南通火车站's coordinates are our estimate (MetroMan's data omits it).
 */
export const METRO_LINE_2: SourceStop[] = [
  s("幸福", 32.08608, 120.852068),
  s("南通火车站", 32.0705, 120.8572),
  s("长岸", 32.058152, 120.861552),
  s("北大街", 32.04693, 120.86108),
  s("北城大桥", 32.038254, 120.860994),
  s("钟秀西路", 32.0282, 120.855823),
  byName("和平桥"),
  s("体育公园", 32.005934, 120.862796),
  s("易家桥", 32.003418, 120.87544),
  byName("文峰"),
  s("五一路", 32.006284, 120.891469),
  s("园林路", 32.003245, 120.907713),
  s("汽车东站", 32.00148, 120.91842),
  s("通富北路", 32.000261, 120.927733),
  s("观音山", 31.998951, 120.939105),
  s("南通东站", 31.998751, 120.953997),
  s("先锋", 32.002608, 120.981806, 通州),
];

// Bus stops shared by several sample lines (one stop each, so transfers line up).
const B = {
  火车站: s("南通火车站北广场", 32.0712, 120.8561),
  永兴: s("永兴大道", 32.0598, 120.8664),
  北大街: s("北大街", 32.0465, 120.8625),
  钟秀路: s("钟秀路工农路口", 32.0305, 120.8792),
  和平桥: s("和平桥", 32.0158, 120.8601),
  南大街: s("南大街", 32.0116, 120.8618),
  附院: s("南通大学附属医院", 32.0121, 120.854),
  市一院: s("市第一人民医院", 32.0195, 120.8478),
  博物苑: s("南通博物苑", 32.0039, 120.8626),
  文峰: s("文峰公园", 32.0072, 120.8809),
  工农路: s("工农路青年路口", 32.0046, 120.886),
  汽车东站: s("汽车东站", 32.0019, 120.9175),
  南通大学: s("南通大学啬园校区", 31.9752, 120.9071),
  狼山: s("狼山风景区", 31.9545, 120.8867),
  唐闸: s("唐闸古镇", 32.0705, 120.8196),
  任港: s("任港路", 32.0241, 120.8362),
  政务中心: s("市政务中心", 31.9886, 120.8851),
  星湖: s("星湖101广场", 31.9575, 120.9428, 崇川),
  紫琅湖: s("紫琅湖公园", 31.9525, 120.9488),
  观音山: s("观音山", 31.9992, 120.9385),
  先锋: s("先锋街道", 32.0031, 120.9806, 通州),
  通州站: s("通州汽车站", 32.0836, 121.0752, 通州),
  通州医院: s("通州区人民医院", 32.0879, 121.0688, 通州),
  通州政府: s("通州区政府", 32.0652, 121.0743, 通州),
  海门站: s("海门汽车站", 31.8846, 121.1651, 海门),
  海门政府: s("海门区政府", 31.8715, 121.1762, 海门),
  东洲公园: s("东洲公园", 31.8769, 121.1727, 海门),
};

function bus(
  routeId: string,
  shortName: string,
  longName: string,
  stops: SourceStop[],
  headways: Headways,
  hours: [string, string] = ["06:00", "21:00"],
): SourceLine {
  return {
    routeId,
    agencyId: "ntbus",
    shortName,
    longName,
    desc: "示例线路（Sample data）：站点、坐标和发车间隔为演示用的虚构数据",
    routeType: 3,
    color: "0B7A4B",
    textColor: "FFFFFF",
    stops,
    firstDeparture: hours[0],
    lastDeparture: hours[1],
    headways,
    speed: 6.5, // ≈ 23 km/h between stops; with dwell ≈ 18 km/h overall, typical of urban buses
    dwell: 25,
    sample: true,
  };
}

export const METRO_LINES: SourceLine[] = [
  {
    routeId: "M1",
    agencyId: "ntmetro",
    shortName: "1号线",
    longName: "平潮—振兴路",
    desc: "南通轨道交通1号线，2022年11月10日开通，全长39.18公里，28座车站",
    routeType: 1,
    color: "EC464C",
    textColor: "FFFFFF",
    stops: METRO_LINE_1,
    lengthKm: 39.18,
    firstDeparture: "06:00",
    lastDeparture: "22:00",
    // Peak headway 6 min 50 s is published; we round to 7 and use 10 off-peak (our assumption).
    headways: { peak: 7, offPeak: 10 },
    speed: 12.5, // with 30 s dwell: ≈ 66 min end to end, as published (65 min 58 s)
    dwell: 30,
    sample: false,
  },
  {
    routeId: "M2",
    agencyId: "ntmetro",
    shortName: "2号线",
    longName: "幸福—先锋",
    desc: "南通轨道交通2号线一期，2023年12月27日开通，约20.9公里，17座车站",
    routeType: 1,
    color: "4095E5",
    textColor: "FFFFFF",
    stops: METRO_LINE_2,
    lengthKm: 20.9,
    firstDeparture: "06:00",
    lastDeparture: "22:00",
    headways: { peak: 8, offPeak: 10 },
    speed: 12.5,
    dwell: 30,
    sample: false,
  },
];

export const BUS_LINES: SourceLine[] = [
  bus(
    "B1",
    "1路",
    "南通火车站—狼山风景区（示例）",
    [
      B.火车站,
      B.永兴,
      B.北大街,
      s("北城大桥", 32.0379, 120.8625),
      s("钟秀西路", 32.0281, 120.8569),
      B.和平桥,
      B.南大街,
      B.博物苑,
      B.文峰,
      B.工农路,
      s("虹桥新村", 31.9955, 120.8843),
      B.政务中心,
      s("五山森林公园", 31.965, 120.8825),
      B.狼山,
    ],
    { peak: 8, offPeak: 12 },
  ),
  bus(
    "B2",
    "2路",
    "唐闸古镇—汽车东站（示例）",
    [
      B.唐闸,
      s("唐闸公园", 32.0689, 120.8224),
      s("秦灶", 32.052, 120.829),
      s("十里坊", 32.043, 120.824),
      s("城港路", 32.032, 120.817),
      B.任港,
      B.市一院,
      B.附院,
      B.南大街,
      B.文峰,
      s("学田", 32.014, 120.8835),
      s("园林路", 32.0038, 120.907),
      B.汽车东站,
    ],
    { peak: 10, offPeak: 15 },
  ),
  bus(
    "B3",
    "3路",
    "南通西站—南大街（示例）",
    [
      s("南通西站公交枢纽", 32.1025, 120.7672, 通州),
      s("集成村", 32.0905, 120.7795),
      s("河口", 32.085, 120.7952),
      s("港闸开发区", 32.076, 120.808),
      B.唐闸,
      s("普贤路", 32.0612, 120.8315),
      s("曙光", 32.024, 120.8215),
      s("茶庵殿", 32.0155, 120.8372),
      B.市一院,
      B.南大街,
    ],
    { peak: 12, offPeak: 20 },
  ),
  bus(
    "B9",
    "9路",
    "汽车东站—航运学院（示例）",
    [
      B.汽车东站,
      s("通富北路", 32.0, 120.9275),
      B.观音山,
      s("南通东站", 31.9983, 120.9535),
      s("通盛大道", 31.98, 120.946),
      B.星湖,
      B.紫琅湖,
      s("大剧院", 31.9648, 120.948),
      s("能达商务区", 31.934, 120.96),
      s("航运学院", 31.922, 120.96),
    ],
    { peak: 10, offPeak: 15 },
  ),
  bus(
    "B10",
    "10路",
    "南通大学啬园校区—南通火车站（示例）",
    [
      B.南通大学,
      s("图书馆", 31.9738, 120.8955),
      s("世纪大道", 31.9785, 120.888),
      B.政务中心,
      s("慈善博物馆", 31.997, 120.8858),
      B.工农路,
      s("人民东路", 32.018, 120.88),
      B.钟秀路,
      s("城北大桥", 32.042, 120.87),
      B.永兴,
      B.火车站,
    ],
    { peak: 8, offPeak: 12 },
  ),
  bus(
    "B15",
    "15路",
    "濠河环线（示例）",
    [
      B.南大街,
      B.附院,
      s("濠西路", 32.008, 120.853),
      B.博物苑,
      s("濠河风景区", 32.0035, 120.868),
      s("文峰塔", 32.009, 120.8745),
      s("北濠桥", 32.0205, 120.866),
      B.和平桥,
      B.南大街,
    ],
    { peak: 12, offPeak: 15 },
    ["07:00", "20:00"],
  ),
  bus(
    "B601",
    "601路",
    "南通汽车东站—通州汽车站（示例）",
    [
      B.汽车东站,
      B.观音山,
      B.先锋,
      s("兴仁", 32.033, 121.005, 通州),
      s("通州高新区", 32.052, 121.04, 通州),
      B.通州政府,
      s("金沙老街", 32.079, 121.081, 通州),
      B.通州医院,
      B.通州站,
    ],
    { peak: 15, offPeak: 20 },
  ),
  bus(
    "B602",
    "602路",
    "通州城区环线（示例）",
    [
      B.通州站,
      B.通州医院,
      s("通州中学", 32.086, 121.062, 通州),
      s("金沙公园", 32.0775, 121.064, 通州),
      B.通州政府,
      s("世纪大道通州段", 32.07, 121.085, 通州),
      s("金沙老街", 32.079, 121.081, 通州),
      B.通州站,
    ],
    { peak: 12, offPeak: 20 },
  ),
  bus(
    "B603",
    "603路",
    "通州汽车站—平潮（示例）",
    [
      B.通州站,
      s("刘桥", 32.12, 121.01, 通州),
      s("石港", 32.16, 120.94, 通州),
      s("五接", 32.13, 120.84, 通州),
      s("平潮镇", 32.106, 120.761, 通州),
    ],
    { peak: 20, offPeak: 30 },
  ),
  bus(
    "B701",
    "701路",
    "南通汽车东站—海门汽车站（示例）",
    [
      B.汽车东站,
      B.先锋,
      s("川姜", 31.98, 121.045, 通州),
      s("叠石桥家纺城", 31.969, 121.08, 海门),
      s("三厂", 31.926, 121.128, 海门),
      B.海门站,
    ],
    { peak: 15, offPeak: 25 },
  ),
  bus(
    "B801",
    "海门1路",
    "海门汽车站—东洲公园（示例）",
    [
      B.海门站,
      s("海门区中医院", 31.883, 121.172, 海门),
      s("解放路", 31.879, 121.169, 海门),
      B.东洲公园,
      B.海门政府,
      s("海门中学", 31.866, 121.183, 海门),
      s("长江路", 31.862, 121.17, 海门),
    ],
    { peak: 10, offPeak: 15 },
  ),
  bus(
    "B802",
    "海门2路",
    "海门区政府—海门港新区（示例）",
    [
      B.海门政府,
      s("北京路", 31.87, 121.19, 海门),
      s("正余", 31.89, 121.26, 海门),
      s("包场", 31.91, 121.33, 海门),
      s("海门港新区", 31.925, 121.38, 海门),
    ],
    { peak: 20, offPeak: 30 },
  ),
];

export const FEED_INFO = {
  publisherName: "智慧南通",
  publisherUrl: "https://www.nantong.gov.cn/",
  lang: "zh",
  startDate: "20260101",
  endDate: "20271231",
  /** Bump when the source changes: the importer reloads the tables when this differs. */
  version: "2026.1",
};

export const AGENCIES = [
  {
    id: "ntmetro",
    name: "南通城市轨道交通有限公司",
    url: "https://www.ntrailway.com/",
  },
  {
    id: "ntbus",
    name: "南通公交（示例数据）",
    url: "https://www.nantong.gov.cn/",
  },
] as const;
