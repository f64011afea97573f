/**
 * Nantong municipal bureaus and the seven district/county governments (divisions since 2020:
 * 崇川区, 通州区, 海门区; 如皋市, 启东市, 海安市; 如东县). Names are the official ones; codes are ours.
 * Consultation phones are left empty rather than invented: 12345 routes every enquiry.
 */
export const DEPARTMENTS: { code: string; name: string; shortName: string; kind: "bureau" | "district" }[] = [
  { code: "rsj", name: "南通市人力资源和社会保障局", shortName: "市人社局", kind: "bureau" },
  { code: "gaj", name: "南通市公安局", shortName: "市公安局", kind: "bureau" },
  { code: "wjw", name: "南通市卫生健康委员会", shortName: "市卫健委", kind: "bureau" },
  { code: "jtj", name: "南通市交通运输局", shortName: "市交通运输局", kind: "bureau" },
  { code: "sthjj", name: "南通市生态环境局", shortName: "市生态环境局", kind: "bureau" },
  { code: "cgj", name: "南通市城市管理局", shortName: "市城管局", kind: "bureau" },
  { code: "zjj", name: "南通市住房和城乡建设局", shortName: "市住建局", kind: "bureau" },
  { code: "mzj", name: "南通市民政局", shortName: "市民政局", kind: "bureau" },
  { code: "jyj", name: "南通市教育局", shortName: "市教育局", kind: "bureau" },
  { code: "scjgj", name: "南通市市场监督管理局", shortName: "市市场监管局", kind: "bureau" },
  { code: "xzspj", name: "南通市行政审批局", shortName: "市行政审批局", kind: "bureau" },
  { code: "sjj", name: "南通市数据局", shortName: "市数据局", kind: "bureau" },
  { code: "zrzyghj", name: "南通市自然资源和规划局", shortName: "市自然资源和规划局", kind: "bureau" },
  { code: "ybj", name: "南通市医疗保障局", shortName: "市医保局", kind: "bureau" },
  { code: "gjj", name: "南通市住房公积金管理中心", shortName: "市公积金中心", kind: "bureau" },
  { code: "wgljj", name: "南通市文化广电和旅游局", shortName: "市文广旅局", kind: "bureau" },
  { code: "fgw", name: "南通市发展和改革委员会", shortName: "市发改委", kind: "bureau" },
  { code: "gxj", name: "南通市工业和信息化局", shortName: "市工信局", kind: "bureau" },
  { code: "swj", name: "南通市商务局", shortName: "市商务局", kind: "bureau" },
  { code: "slj", name: "南通市水利局", shortName: "市水利局", kind: "bureau" },
  { code: "yjglj", name: "南通市应急管理局", shortName: "市应急管理局", kind: "bureau" },
  { code: "qxj", name: "南通市气象局", shortName: "市气象局", kind: "bureau" },
  { code: "chongchuan", name: "崇川区人民政府", shortName: "崇川区", kind: "district" },
  { code: "tongzhou", name: "通州区人民政府", shortName: "通州区", kind: "district" },
  { code: "haimen", name: "海门区人民政府", shortName: "海门区", kind: "district" },
  { code: "rugao", name: "如皋市人民政府", shortName: "如皋市", kind: "district" },
  { code: "qidong", name: "启东市人民政府", shortName: "启东市", kind: "district" },
  { code: "haian", name: "海安市人民政府", shortName: "海安市", kind: "district" },
  { code: "rudong", name: "如东县人民政府", shortName: "如东县", kind: "district" },
];
