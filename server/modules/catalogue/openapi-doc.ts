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

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "智慧南通开放数据 API",
    version: "1.0.0",
    description: "南通市一网通办服务事项目录（只读、公开）。错误以 JSON 返回，参数错误为 400。",
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
  },
  components: {
    schemas: {
      Section: { type: "string", enum: ["economy", "culture", "governance", "transport", "environment", "life"] },
      Error,
    },
  },
} as const;
