import type { ReactNode } from "react";
import { WorkspaceNav } from "@/components/layout/workspace-nav";

const LINKS = [
  { href: "/agent", label: "工作台" },
  { href: "/agent/calls", label: "来电登记" },
  { href: "/agent/knowledge", label: "知识库" },
  { href: "/agent/stats", label: "统计" },
];

/** The agent workspace: full width, no citizen header, 长辈版 or six-section tabs (globals.css `.workspace`). */
export default function AgentLayout({ children }: { children: ReactNode }) {
  return (
    <div className="workspace">
      <WorkspaceNav title="12345坐席工作台" links={LINKS} />
      <div className="workspace-body">{children}</div>
    </div>
  );
}
