/**
 * 宏观经济 indicators of Nantong by year.
 *
 * SOURCED values (`sample: false`) — found with the project's search tool, each row names its source:
 *  - 2013 GDP 5,020 亿元: seed papers /work/shared/seeds/000 and 001 (南通市智慧城市建设领导小组办公室:
 *    “2013年，南通的地区生产总值达到5020亿元”).
 *  - 2014 GDP 5,653 亿元; 服务业增加值 2011 1,571.5 亿元 (38.5 %) and 2014 2,500.8 亿元 (44.2 %):
 *    https://js.010b.com/info/detail/156704.html (“南通GDP突破六千亿元 跻身全国大中城市第二十五位”).
 *  - 2017 GDP ≈ 7,750 亿元: https://m.tianqiyubao2.com/news/view-1169632 (“2017年总量达到7750亿元”; rounded).
 *  - 2018 GDP 8,427 亿元, +7.2 %; 常住人口 731.00 万人; 城镇化率 67.1 %; 全体居民人均可支配收入 37,071 元,
 *    城镇 46,321 元, 农村 22,369 元; 年末私营企业 20.94 万家: the 2018 统计公报 of 南通市统计局 as
 *    reprinted at http://enteach.net/webdiceng.php?id=141295.
 *  - 2019 常住人口 731.8 万人, 户籍人口 759.8 万人, 城镇化率 68.1 %: http://executivefront.com/ShuJuXiangGuan/921248.html.
 *  - 2021 GDP ≈ 1.1 万亿元, +8.9 %, 人均 GDP ≈ 142,000 元: https://www.rsa-tax.com/single-post/nantong-and-economic-trends.
 *  - 2023 GDP > 1.18 万亿元, +5.8 %; 服务业占比 47.1 %; 人均可支配收入 51,853 元:
 *    https://chinaservicesinfo.com/s/202402/01/WS65bc3029498ed2d7b7ea6cf1/nantongs-gdp-hits-1-18t-yuan-in-2023.html
 *    (citing en.nantong.gov.cn).
 * Where a source gives a rounded figure (“约1.1万亿元”, “超过1.18万亿元”) the value is that figure and
 * the note says so.
 *
 * SAMPLE values (`sample: true`, 示例): every other year — plausible figures filled in so the charts
 * have continuous series; we could not cite them, and the pages mark them 示例.
 */

export type SeedIndicator = { code: string; name: string; unit: string; category: string; description: string };
export type SeedIndicatorValue = {
  indicator: string;
  year: number;
  value: number;
  source: string;
  sourceUrl?: string;
  note?: string;
  sample: boolean;
};

export const SEED_INDICATORS: SeedIndicator[] = [
  { code: "gdp", name: "地区生产总值", unit: "亿元", category: "经济总量", description: "全市地区生产总值（GDP），当年价格。" },
  { code: "gdp_growth", name: "地区生产总值增速", unit: "%", category: "经济总量", description: "按可比价格计算，比上年增长。" },
  { code: "gdp_per_capita", name: "人均地区生产总值", unit: "元", category: "经济总量", description: "按常住人口计算的人均地区生产总值。" },
  { code: "services_value_added", name: "服务业增加值", unit: "亿元", category: "产业结构", description: "第三产业增加值。" },
  { code: "services_share", name: "服务业增加值占比", unit: "%", category: "产业结构", description: "服务业增加值占地区生产总值的比重。" },
  { code: "resident_population", name: "年末常住人口", unit: "万人", category: "人口", description: "全市年末常住人口。" },
  { code: "registered_population", name: "年末户籍人口", unit: "万人", category: "人口", description: "全市年末户籍人口。" },
  { code: "urbanization", name: "城镇化率", unit: "%", category: "人口", description: "城镇常住人口占常住人口的比重。" },
  { code: "disposable_income", name: "全体居民人均可支配收入", unit: "元", category: "居民收入", description: "全体居民人均可支配收入。" },
  { code: "urban_income", name: "城镇居民人均可支配收入", unit: "元", category: "居民收入", description: "城镇常住居民人均可支配收入。" },
  { code: "rural_income", name: "农村居民人均可支配收入", unit: "元", category: "居民收入", description: "农村常住居民人均可支配收入。" },
  {
    code: "private_enterprises",
    name: "年末私营企业户数",
    unit: "万家",
    category: "市场主体",
    description: "年末累计登记的私营企业户数。",
  },
];

const SEED_PAPER = "智慧南通建设材料（seeds 000、001）";
const BULLETIN_2018 = "南通市2018年国民经济和社会发展统计公报（转载）";
const URL_2018 = "http://enteach.net/webdiceng.php?id=141295";
const URL_010B = "https://js.010b.com/info/detail/156704.html";
const URL_2019 = "http://executivefront.com/ShuJuXiangGuan/921248.html";
const URL_2021 = "https://www.rsa-tax.com/single-post/nantong-and-economic-trends";
const URL_2023 = "https://chinaservicesinfo.com/s/202402/01/WS65bc3029498ed2d7b7ea6cf1/nantongs-gdp-hits-1-18t-yuan-in-2023.html";
const SAMPLE = "示例数据（未找到可引用的来源）";

const sourced = (
  indicator: string,
  year: number,
  value: number,
  source: string,
  sourceUrl?: string,
  note?: string,
): SeedIndicatorValue => ({
  indicator,
  year,
  value,
  source,
  sourceUrl,
  note,
  sample: false,
});
const sample = (indicator: string, year: number, value: number): SeedIndicatorValue => ({
  indicator,
  year,
  value,
  source: SAMPLE,
  sample: true,
});

export const SEED_INDICATOR_VALUES: SeedIndicatorValue[] = [
  // 地区生产总值
  sourced("gdp", 2013, 5020, SEED_PAPER, undefined, "2013年南通的地区生产总值达到5020亿元"),
  sourced("gdp", 2014, 5653, "“南通GDP突破六千亿元”（江苏产业资讯）", URL_010B),
  sample("gdp", 2015, 6148),
  sample("gdp", 2016, 6768),
  sourced(
    "gdp",
    2017,
    7750,
    "“南通人均GDP在江苏省里排第几”（转载）",
    "https://m.tianqiyubao2.com/news/view-1169632",
    "来源为约数“7750亿元”",
  ),
  sourced("gdp", 2018, 8427, BULLETIN_2018, URL_2018),
  sample("gdp", 2019, 9383),
  sample("gdp", 2020, 10036),
  sourced("gdp", 2021, 11000, "Nantong and Economic Trends（RSA）", URL_2021, "来源为约数“1.1万亿元”"),
  sample("gdp", 2022, 11380),
  sourced(
    "gdp",
    2023,
    11800,
    "Nantong's GDP hits 1.18t yuan in 2023（中国服务信息网，引南通市政府英文网）",
    URL_2023,
    "来源表述为“超过1.18万亿元”",
  ),
  sample("gdp", 2024, 12422),
  // 增速
  sample("gdp_growth", 2014, 10.0),
  sample("gdp_growth", 2015, 9.6),
  sample("gdp_growth", 2016, 9.4),
  sample("gdp_growth", 2017, 7.8),
  sourced("gdp_growth", 2018, 7.2, BULLETIN_2018, URL_2018),
  sample("gdp_growth", 2019, 6.2),
  sample("gdp_growth", 2020, 4.7),
  sourced("gdp_growth", 2021, 8.9, "Nantong and Economic Trends（RSA）", URL_2021),
  sample("gdp_growth", 2022, 2.1),
  sourced("gdp_growth", 2023, 5.8, "Nantong's GDP hits 1.18t yuan in 2023", URL_2023),
  sample("gdp_growth", 2024, 5.9),
  // 人均
  sample("gdp_per_capita", 2018, 115320),
  sample("gdp_per_capita", 2020, 129900),
  sourced("gdp_per_capita", 2021, 142000, "Nantong and Economic Trends（RSA）", URL_2021, "来源为约数“142,000元”"),
  // 服务业
  sourced("services_value_added", 2011, 1571.5, "“南通GDP突破六千亿元”（江苏产业资讯）", URL_010B),
  sourced("services_value_added", 2014, 2500.8, "“南通GDP突破六千亿元”（江苏产业资讯）", URL_010B),
  sample("services_value_added", 2018, 4050),
  sourced("services_share", 2011, 38.5, "“南通GDP突破六千亿元”（江苏产业资讯）", URL_010B),
  sourced("services_share", 2014, 44.2, "“南通GDP突破六千亿元”（江苏产业资讯）", URL_010B),
  sample("services_share", 2018, 48.1),
  sourced("services_share", 2023, 47.1, "Nantong's GDP hits 1.18t yuan in 2023", URL_2023),
  // 人口
  sample("resident_population", 2017, 730.5),
  sourced("resident_population", 2018, 731.0, BULLETIN_2018, URL_2018),
  sourced("resident_population", 2019, 731.8, "南通市2019年人口数据（转载）", URL_2019),
  sample("resident_population", 2020, 772.7),
  sample("resident_population", 2023, 774.4),
  sourced("registered_population", 2019, 759.8, "南通市2019年人口数据（转载）", URL_2019),
  sample("urbanization", 2017, 66.0),
  sourced("urbanization", 2018, 67.1, BULLETIN_2018, URL_2018),
  sourced("urbanization", 2019, 68.1, "南通市2019年人口数据（转载）", URL_2019),
  sample("urbanization", 2020, 70.4),
  // 收入
  sample("disposable_income", 2017, 33920),
  sourced("disposable_income", 2018, 37071, BULLETIN_2018, URL_2018),
  sample("disposable_income", 2020, 42870),
  sample("disposable_income", 2022, 49080),
  sourced("disposable_income", 2023, 51853, "Nantong's GDP hits 1.18t yuan in 2023", URL_2023),
  sourced("urban_income", 2018, 46321, BULLETIN_2018, URL_2018),
  sourced("rural_income", 2018, 22369, BULLETIN_2018, URL_2018),
  // 市场主体
  sourced("private_enterprises", 2018, 20.94, BULLETIN_2018, URL_2018),
];
