/** OpenAPI 3.1 description of the public open-data API (later modules add their paths here). */
const Error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string", description: "中文说明" }, field: { type: "string" } },
    },
  },
};

const ServiceSummary = {
  type: "object",
  required: ["id", "code", "name", "section", "department", "audience", "online", "timeLimitDays", "url"],
  properties: {
    id: { type: "integer" },
    code: { type: "string", description: "事项编码" },
    name: { type: "string" },
    section: { $ref: "#/components/schemas/Section" },
    department: { type: "string", description: "承办部门" },
    audience: { type: "string", enum: ["personal", "enterprise"] },
    online: { type: "boolean", description: "是否全程网办" },
    timeLimitDays: { type: "integer", description: "承诺办结时限（工作日，0 为即办）" },
    url: { type: "string", format: "uri" },
  },
};

const Material = {
  type: "object",
  required: ["name", "form", "copies", "required"],
  properties: {
    name: { type: "string" },
    form: { type: "string" },
    copies: { type: "integer" },
    required: { type: "boolean" },
    note: { type: "string" },
  },
};

const ServiceGuide = {
  type: "object",
  required: [
    "id",
    "code",
    "name",
    "department",
    "conditions",
    "materials",
    "steps",
    "fees",
    "legalBasis",
    "timeLimit",
    "visits",
    "phone",
    "online",
  ],
  properties: {
    ...ServiceSummary.properties,
    theme: { type: "string" },
    kind: { type: "string", description: "事项类型，如 行政许可、公共服务" },
    summary: { type: "string" },
    conditions: { type: "array", items: { type: "string" }, description: "申请条件" },
    materials: { type: "array", items: Material, description: "申报材料" },
    steps: { type: "array", items: { type: "string" }, description: "办理流程" },
    fees: { type: "string", description: "收费标准" },
    legalBasis: { type: "array", items: { type: "string" }, description: "设定依据" },
    timeLimit: {
      type: "object",
      required: ["legalDays", "promisedDays", "unit"],
      properties: { legalDays: { type: "integer" }, promisedDays: { type: "integer" }, unit: { const: "working_day" } },
    },
    visits: { type: "integer", description: "到现场次数" },
    phone: { type: "string", description: "咨询电话" },
    updatedAt: { type: "string", format: "date-time" },
  },
};

const DatasetField = {
  type: "object",
  required: ["name", "title", "type", "description"],
  properties: {
    name: { type: "string", description: "JSON 中的字段名" },
    title: { type: "string", description: "中文列名（CSV 表头）" },
    type: { type: "string", enum: ["string", "integer", "number", "boolean", "date", "datetime"] },
    description: { type: "string" },
    unit: { type: "string" },
  },
};

const DatasetSummary = {
  type: "object",
  required: ["id", "title", "description", "publisher", "section", "updateFrequency", "licence", "keywords", "sample", "rowCount", "links"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
    title: { type: "string" },
    description: { type: "string" },
    publisher: { type: "string", description: "发布部门" },
    section: { $ref: "#/components/schemas/Section" },
    updateFrequency: { type: "string", enum: ["realtime", "hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "irregular"] },
    updateFrequencyName: { type: "string", description: "更新频率（中文）" },
    licence: {
      type: "object",
      required: ["id", "name", "url"],
      properties: { id: { type: "string" }, name: { type: "string" }, url: { type: "string", format: "uri" }, summary: { type: "string" } },
    },
    keywords: { type: "array", items: { type: "string" } },
    sample: { type: "boolean", description: "true 表示演示用示例数据" },
    rowCount: { type: "integer" },
    lastUpdated: { type: ["string", "null"], format: "date-time" },
    links: {
      type: "object",
      properties: {
        page: { type: "string", format: "uri" },
        self: { type: "string", format: "uri" },
        json: { type: "string", format: "uri" },
        csv: { type: "string", format: "uri" },
        jsonDownload: { type: "string", format: "uri" },
      },
    },
  },
};

const Dataset = {
  ...DatasetSummary,
  required: [...DatasetSummary.required, "fields", "preview"],
  properties: {
    ...DatasetSummary.properties,
    fields: { type: "array", items: DatasetField, description: "字段说明" },
    preview: { type: "array", items: { type: "object" }, description: "前10行" },
  },
};

const DataPage = {
  type: "object",
  required: ["dataset", "page", "pageSize", "total", "totalPages", "fields", "items", "next"],
  properties: {
    dataset: { type: "string" },
    page: { type: "integer" },
    pageSize: { type: "integer" },
    total: { type: "integer" },
    totalPages: { type: "integer" },
    fields: { type: "array", items: { type: "string" } },
    items: { type: "array", items: { type: "object" }, description: "每行一个对象，键为字段名" },
    next: { type: ["string", "null"], format: "uri", description: "下一页地址，最后一页为 null" },
  },
};

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: Error } } });

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "智慧南通开放数据 API",
    version: "1.0.0",
    description:
      "南通市一网通办服务事项目录和公共数据开放数据集（只读、公开）。错误以 JSON 返回：参数错误为 400（不支持、重复或无效的参数），资源不存在为 404。",
  },
  servers: [{ url: "/api/open/v1" }],
  paths: {
    "/services": {
      get: {
        operationId: "listServices",
        summary: "查询服务事项",
        parameters: [
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, description: "关键词，支持汉字、拼音、拼音首字母" },
          { name: "section", in: "query", schema: { $ref: "#/components/schemas/Section" } },
          { name: "department", in: "query", schema: { type: "string", pattern: "^[a-z0-9_-]+$" }, description: "部门代码，如 rsj" },
          { name: "audience", in: "query", schema: { type: "string", enum: ["personal", "enterprise"] } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 1 } },
          { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: {
          "200": {
            description: "分页结果",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["total", "page", "pageSize", "items"],
                  properties: {
                    total: { type: "integer" },
                    page: { type: "integer" },
                    pageSize: { type: "integer" },
                    items: { type: "array", items: ServiceSummary },
                  },
                },
              },
            },
          },
          "400": { description: "参数无效", content: { "application/json": { schema: Error } } },
        },
      },
    },
    "/services/{id}": {
      get: {
        operationId: "getService",
        summary: "服务事项办事指南",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": { description: "办事指南", content: { "application/json": { schema: ServiceGuide } } },
          "404": { description: "事项不存在", content: { "application/json": { schema: Error } } },
        },
      },
    },
    "/datasets": {
      get: {
        operationId: "listDatasets",
        summary: "开放数据集目录",
        parameters: [
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 }, description: "关键词，支持汉字、拼音、拼音首字母" },
          { name: "section", in: "query", schema: { $ref: "#/components/schemas/Section" } },
        ],
        responses: {
          "200": {
            description: "数据集列表",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["total", "items"],
                  properties: { total: { type: "integer" }, items: { type: "array", items: DatasetSummary } },
                },
              },
            },
          },
          "400": errorResponse("参数无效"),
        },
      },
    },
    "/datasets/{id}": {
      get: {
        operationId: "getDataset",
        summary: "数据集说明（发布部门、更新频率、许可协议、字段说明和预览）",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "数据集说明", content: { "application/json": { schema: Dataset } } },
          "400": errorResponse("不支持的参数"),
          "404": errorResponse("数据集不存在"),
        },
      },
    },
    "/datasets/{id}/data": {
      get: {
        operationId: "getDatasetData",
        summary: "数据集数据：带 page 返回一页；不带 page 以流式下载全部数据",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "format", in: "query", schema: { type: "string", enum: ["json", "csv"], default: "json" } },
          {
            name: "page",
            in: "query",
            schema: { type: "integer", minimum: 1, maximum: 1000000 },
            description: "页码；不带时返回全部数据（下载）",
          },
          {
            name: "pageSize",
            in: "query",
            schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
            description: "每页行数，须与 page 一起使用",
          },
        ],
        responses: {
          "200": {
            description: "JSON：带 page 时为分页结果，不带 page 时为 {dataset, fields, items}；CSV：UTF-8（带 BOM），表头为中文列名",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    DataPage,
                    {
                      type: "object",
                      required: ["dataset", "fields", "items"],
                      properties: {
                        dataset: { type: "string" },
                        fields: { type: "array", items: { type: "string" } },
                        items: { type: "array", items: { type: "object" } },
                      },
                    },
                  ],
                },
              },
              "text/csv": { schema: { type: "string" } },
            },
          },
          "400": errorResponse("参数无效"),
          "404": errorResponse("数据集不存在"),
        },
      },
    },
  },
  components: {
    schemas: {
      Section: { type: "string", enum: ["economy", "culture", "governance", "transport", "environment", "life"] },
      Error,
    },
  },
} as const;
