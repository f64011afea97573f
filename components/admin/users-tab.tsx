import { changeRoleAction, setDisabledAction, unlockUserAction } from "@/server/actions/admin";
import { ROLES, ROLE_NAMES, type Role } from "@/server/auth/roles";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";

type User = {
  id: string;
  phoneMasked: string;
  nickname: string;
  locked: boolean;
  disabled: boolean;
  realNameVerified: boolean;
  role: Role;
  roleName: string;
  departmentId: number | null;
  departmentName: string | null;
};

/** 用户与角色: find an account by phone or nickname, change its role (and department for staff), 停用 or 启用 it. */
export function UsersTabView({
  users,
  departments,
  page,
  pages,
  q,
}: {
  users: { total: number; items: User[] };
  departments: { id: number; shortName: string }[];
  page: number;
  pages: number;
  q?: string;
}) {
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="mb-3 text-xl font-bold">
        用户与角色（共 {users.total} 人）
      </h2>
      <form action="/admin" className="mb-4">
        <input type="hidden" name="tab" value="users" />
        <Field
          id="user-q"
          name="q"
          label="按手机号或昵称查找"
          defaultValue={q}
          maxLength={50}
          width="max-w-md"
          spacing="mb-0"
          append={
            <Button type="submit" className="shrink-0">
              查找
            </Button>
          }
        />
      </form>
      <Table
        caption="用户列表，可修改角色"
        scrollLabel="用户列表（可左右滚动）"
        rows={users.items}
        rowKey={(u) => u.id}
        columns={[
          { header: "手机号", cell: (u) => u.phoneMasked },
          {
            header: "昵称",
            cell: (u) => (
              <>
                {u.nickname}
                {u.locked ? (
                  <form action={unlockUserAction} className="mt-1 flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-danger">（已锁定）</span>
                    <input type="hidden" name="userId" value={u.id} />
                    <Button type="submit" variant="secondary">
                      解除锁定<span className="sr-only">：{u.nickname}</span>
                    </Button>
                  </form>
                ) : null}
                {u.disabled ? <span className="ml-2 font-semibold text-danger">（已停用）</span> : null}
              </>
            ),
          },
          { header: "实名", cell: (u) => (u.realNameVerified ? "已实名" : "未实名") },
          { header: "当前角色", cell: (u) => `${u.roleName}${u.departmentName ? `（${u.departmentName}）` : ""}` },
          { header: "修改角色", cell: (u) => <RoleForm user={u} departments={departments} /> },
          { header: "账号状态", cell: (u) => <DisableForm user={u} /> },
        ]}
      />
      <Pager page={page} pages={pages} href={(p) => `/admin?tab=users&page=${p}${q ? `&q=${encodeURIComponent(q)}` : ""}`} />
    </section>
  );
}

/** One row's role change; the labels name the user, since every row has the same two selects. */
function RoleForm({ user: u, departments }: { user: User; departments: { id: number; shortName: string }[] }) {
  return (
    <form action={changeRoleAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={u.id} />
      <Select id={`role-${u.id}`} name="role" label={`${u.nickname} 的新角色`} hideLabel defaultValue={u.role} width="w-auto" spacing="">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_NAMES[r]}
          </option>
        ))}
      </Select>
      <Select
        id={`dept-${u.id}`}
        name="departmentId"
        label={`${u.nickname} 的所属部门（部门办理人必选）`}
        hideLabel
        defaultValue={u.departmentId ?? ""}
        width="w-auto max-w-48"
        spacing=""
      >
        <option value="">不属于部门</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.shortName}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary">
        保存<span className="sr-only">：{u.nickname}</span>
      </Button>
    </form>
  );
}

/** 停用 ends every session of the account at once and refuses sign-in; 启用 undoes it. Both are audited. */
function DisableForm({ user: u }: { user: User }) {
  return (
    <form action={setDisabledAction}>
      <input type="hidden" name="userId" value={u.id} />
      <input type="hidden" name="disabled" value={u.disabled ? "0" : "1"} />
      <Button type="submit" variant="secondary">
        {u.disabled ? "启用" : "停用"}
        <span className="sr-only">：{u.nickname}</span>
      </Button>
    </form>
  );
}
