import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Checkbox } from "./checkbox";
import { ErrorMessage } from "./error-message";
import { Field } from "./field";
import { Fieldset } from "./form-group";
import { Select } from "./select";
import { Textarea } from "./textarea";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);
/** The attributes of the first `tag` element in the markup. */
const attrs = (markup: string, tag: string) =>
  Object.fromEntries(
    [...(new RegExp(`<${tag}\\b([^>]*)>`).exec(markup)?.[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );

describe("labelled controls", () => {
  it("name the control by its label and default its name to the id", () => {
    const out = html(<Field id="phone" label="手机号" />);
    expect(out).toContain('<label for="phone"');
    expect(attrs(out, "input")).toMatchObject({ id: "phone", name: "phone" });
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("aria-describedby");
  });

  it("describe the control by its hint and its error, and mark it invalid", () => {
    for (const out of [
      html(<Field id="a" label="A" hint="提示" error="请填写" />),
      html(
        <Select id="a" label="A" hint="提示" error="请填写">
          <option value="">请选择</option>
        </Select>,
      ),
      html(<Textarea id="a" label="A" hint="提示" error="请填写" />),
    ]) {
      expect(out).toContain('aria-describedby="a-hint a-error"');
      expect(out).toContain('aria-invalid="true"');
      expect(out).toContain('id="a-hint"');
      expect(out).toContain('<p id="a-error" class="mb-1 font-semibold text-danger"><span class="sr-only">错误：</span>请填写</p>');
      expect(out).toContain("border-l-4 border-danger");
      expect(out).toContain("border-danger");
    }
  });

  it("keep extra descriptions the caller names (a character count)", () => {
    const out = html(<Textarea id="d" label="内容" aria-describedby="d-count" after={<p id="d-count">已输入 0 字</p>} />);
    expect(out).toContain('aria-describedby="d-count"');
    expect(out).toContain('<p id="d-count">已输入 0 字</p>');
  });

  it("can hide a label that is repeated on every row, but still name the control", () => {
    const out = html(
      <Select id="role-1" name="role" label="张三 的新角色" hideLabel>
        <option>市民</option>
      </Select>,
    );
    expect(out).toContain('<label for="role-1" class="sr-only">张三 的新角色</label>');
    expect(out).toContain('name="role"');
  });

  it("put a button beside the input on one line", () => {
    const out = html(<Field id="q" label="查找" width="max-w-md" append={<button type="submit">查找</button>} />);
    expect(out).toMatch(/<div class="flex gap-2 max-w-md"><input[^>]*\/><button type="submit">查找<\/button><\/div>/);
  });
});

describe("ErrorMessage", () => {
  it("says nothing without an error", () => {
    expect(html(<ErrorMessage id="x-error" error={null} />)).toBe("");
    expect(html(<ErrorMessage error={[]} />)).toBe("");
  });

  it("lists every rule broken when there are several", () => {
    const out = html(<ErrorMessage id="form-error" error={["第1页缺少标题", "第2页缺少字段"]} />);
    expect(out).toContain('<ul id="form-error"');
    expect(out.match(/错误：/g)).toHaveLength(2);
  });
});

describe("groups of options and single checkboxes", () => {
  it("describe the fieldset by its hint and error", () => {
    const out = html(
      <Fieldset id="type" legend="诉求类型" hint="决定时限" error="请选择诉求类型">
        <input type="radio" name="type" value="咨询" />
      </Fieldset>,
    );
    expect(out).toContain('<fieldset id="type" aria-describedby="type-hint type-error"');
    expect(out).toContain("<legend");
    expect(out).toContain("请选择诉求类型");
  });

  it("label a single checkbox beside it", () => {
    const out = html(<Checkbox id="online" label="可全程网办" hint="勾选后必须有在线表单" error="请上传表单" />);
    expect(attrs(out, "input")).toMatchObject({
      id: "online",
      name: "online",
      type: "checkbox",
      "aria-invalid": "true",
      "aria-describedby": "online-hint online-error",
    });
    expect(out).toContain('<label for="online"');
  });
});
